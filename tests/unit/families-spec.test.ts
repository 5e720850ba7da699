// The specialised families of spec/fat-ops.yaml: the generator rejects a form whose stack
// effect is not its generic op's, or that reads a cache entry its family does not declare (or
// its `reads` do not list), with the place in the spec; and it emits each form as a case of the
// base interpreter beside its generic op.
import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { generate } from "../../generator/main.js";
import { SpecError } from "../../generator/model.js";

const ROOT = resolve(__dirname, "..", "..");

/** `file:line:col` of the first occurrence of `needle` in `text` (1-based), after `after`. */
function placeOf(text: string, needle: string, after = ""): { line: number; col: number } {
  const from = after ? text.indexOf(after) : 0;
  const at = text.indexOf(needle, from);
  if (from < 0 || at < 0) throw new Error(`'${needle}' not in the spec`);
  const before = text.slice(0, at);
  return { line: before.split("\n").length, col: at - before.lastIndexOf("\n") };
}

/** Runs the generator on a copy of spec/ whose fat-ops.yaml went through `edit`; `then` gets the
 *  generation's outcome, the copy's directory and the edited text. */
async function onSpecCopy<T>(edit: (text: string) => string, then: (outcome: Promise<Map<string, string>>, dir: string, text: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(ROOT, "tests", "fixtures", ".tmp-spec-"));
  try {
    cpSync(join(ROOT, "spec"), dir, { recursive: true });
    const path = join(dir, "fat-ops.yaml");
    const before = readFileSync(path, "utf8");
    const text = edit(before);
    expect(text).not.toBe(before);
    writeFileSync(path, text);
    return await then(generate({ root: ROOT, specDir: dir, checkBodies: false }), dir, text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The SpecError's message (the copy's directory named SPEC) and the edited text. */
function genError(edit: (text: string) => string): Promise<{ message: string; text: string }> {
  return onSpecCopy(edit, async (outcome, dir, text) => {
    try {
      await outcome;
    } catch (e) {
      if (e instanceof SpecError) return { message: e.message.replace(basename(dir), "SPEC"), text };
      throw e;
    }
    throw new Error("expected a spec error");
  });
}

/** The generated files. */
function genWith(edit: (text: string) => string): Promise<Map<string, string>> {
  return onSpecCopy(edit, (outcome) => outcome);
}

describe("specialised families in the spec", { timeout: 60_000 }, () => {
  it("rejects a form whose stack effect differs from its generic op's, at the form's stack", async () => {
    const { message, text } = await genError((t) => t.replace('stack: "owner -- res"\n        reads: [type, version, shape, index]', 'stack: "owner -- res, extra"\n        reads: [type, version, shape, index]'));
    const p = placeOf(text, '"owner -- res, extra"');
    expect(message).toBe(
      `tests/fixtures/SPEC/fat-ops.yaml:${p.line}:${p.col}: form LOAD_ATTR_INSTANCE_VALUE takes 1 and leaves 2 stack items for oparg=0; the generic LOAD_ATTR takes 1 and leaves 1`,
    );
  });

  it("rejects a stack effect that is wrong for some opargs only", async () => {
    const { message } = await genError((t) => t.replace('stack: "-- nul[oparg & 1]: Slot, value"\n        reads: [globals, cell', 'stack: "-- value"\n        reads: [globals, cell'));
    expect(message).toMatch(/^tests\/fixtures\/SPEC\/fat-ops\.yaml:\d+:\d+: form LOAD_GLOBAL_MODULE takes 0 and leaves 1 stack items for oparg=1; the generic LOAD_GLOBAL takes 0 and leaves 2$/);
  });

  it("rejects a form that reads a cache entry its family does not declare", async () => {
    const { message, text } = await genError((t) => t.replace("reads: [type, version, shape, index]\n        when: |\n          cond = rt.plainInstanceAttr(owner, code.names[oparg], \"__getattribute__\")", "reads: [type, version, shape, index, bogus]\n        when: |\n          cond = rt.plainInstanceAttr(owner, code.names[oparg], \"__getattribute__\")"));
    const p = placeOf(text, "[type, version, shape, index, bogus]");
    expect(message).toBe(
      `tests/fixtures/SPEC/fat-ops.yaml:${p.line}:${p.col}: form LOAD_ATTR_INSTANCE_VALUE reads cache entry 'bogus', which family LOAD_ATTR does not declare (it has: type, version, shape, index, types, versions, shapes, indexes, slotType, slotVersion)`,
    );
  });

  it("rejects a guard that uses a cache entry not in the form's reads, at the use", async () => {
    const { message, text } = await genError((t) =>
      t.replace(
        "guard: owner instanceof rt.PyInstance && owner.cls === cache.type && cache.type.version === cache.version\n        body: |\n          const m = owner.attrs!",
        "guard: owner instanceof rt.PyInstance && owner.cls === cache.type && cache.types === cache.version\n        body: |\n          const m = owner.attrs!",
      ),
    );
    const p = placeOf(text, "cache.types ===");
    expect(message).toBe(`tests/fixtures/SPEC/fat-ops.yaml:${p.line}:${p.col}: form LOAD_ATTR_INSTANCE_VALUE: guard uses cache entry 'types', not in its reads`);
  });

  it("rejects a body that leaves the instruction other than by $deopt(), unless it is inline and calls or jumps", async () => {
    const { message, text } = await genError((t) => t.replace("if (v === undefined) $deopt();", "if (v === undefined) $jump(0);"));
    const p = placeOf(text, "$jump(0)");
    expect(message).toBe(
      `tests/fixtures/SPEC/fat-ops.yaml:${p.line}:${p.col}: form LOAD_ATTR_INSTANCE_VALUE_POLY: $jump() leaves the instruction from the base interpreter's loop, so the form must be inline`,
    );
    const r = await genError((t) => t.replace("if (v === undefined) $deopt();", "if (v === undefined) $return(v);"));
    const q = placeOf(r.text, "$return(v)");
    expect(r.message).toBe(
      `tests/fixtures/SPEC/fat-ops.yaml:${q.line}:${q.col}: form LOAD_ATTR_INSTANCE_VALUE_POLY: body must not use $return() (a form leaves only by finishing, or by $deopt() to the generic op)`,
    );
  });

  it("checks an inline form's $call: in the body, the callee's result its last output, what is below it inputs in place", async () => {
    const misplaced = await genError((t) => t.replace("$call(callee, retval);", "$call(callee, receiver);"));
    const p = placeOf(misplaced.text, '"receiver, v -- receiver, retval"');
    expect(misplaced.message).toBe(
      `tests/fixtures/SPEC/fat-ops.yaml:${p.line}:${p.col}: form SEND_GEN: a form that uses $call() leaves the callee's result as its last output, named in $call(callee, retval)`,
    );
    const reordered = await genError((t) => t.replace('stack: "receiver, v -- receiver, retval"', 'stack: "receiver, v -- v, retval"'));
    const q = placeOf(reordered.text, '"receiver, v -- v, retval"');
    expect(reordered.message).toBe(
      `tests/fixtures/SPEC/fat-ops.yaml:${q.line}:${q.col}: form SEND_GEN: a form that uses $call() keeps only its first inputs below the callee's result ('v' is not input 0)`,
    );
    const inGuard = await genError((t) => t.replace("guard: iter instanceof rt.PyGenerator && iter.cls === rt.generatorType", "guard: iter instanceof rt.PyGenerator && $call(iter, next)"));
    const g = placeOf(inGuard.text, "$call(iter, next)");
    expect(inGuard.message).toBe(`tests/fixtures/SPEC/fat-ops.yaml:${g.line}:${g.col}: form FOR_ITER_GEN: $call() belongs in the body`);
  });

  it("emits an inline form's $call as a frame switch in execute's loop and its $jump as the end of the instruction", async () => {
    // (generated/ is the spec's output: npm run gen:check)
    const base = readFileSync(join(ROOT, "generated", "base-interpreter.ts"), "utf8");
    const execute = base.slice(base.indexOf("export function execute("), base.indexOf("export function executeCountingHits("));
    const gen = execute.slice(execute.indexOf("// FOR_ITER_GEN"), execute.indexOf("// FOR_ITER_GEN") + 900);
    // the generator's value is pushed above the iterator, which stays
    expect(gen).toMatch(/frame\.lasti = lasti;\s*frame\.ip = ip;\s*frame\.sp = base \+ 1;\s*entering = callee;\s*continue run;/);
    const range = execute.slice(execute.indexOf("// FOR_ITER_RANGE"), execute.indexOf("// FOR_ITER_RANGE") + 700);
    expect(range).toMatch(/if \(v === undefined\) \{\s*sp = base;\s*ip = oparg;\s*break op_FOR_ITER;\s*\}/);
  });

  it("rejects a form whose thin ops leave the instruction", async () => {
    const { message, text } = await genError((t) => t.replace("      LOAD_GLOBAL_MODULE:", `      LOAD_GLOBAL_JUMPS:
        stack: "-- nul[oparg & 1]: Slot, value"
        when: cond = false;
        guard: "true"
        body: ["JUMP(target=oparg)"]
      LOAD_GLOBAL_MODULE:`));
    const p = placeOf(text, '"JUMP(target=oparg)"', "LOAD_GLOBAL_JUMPS");
    expect(message).toBe(`tests/fixtures/SPEC/fat-ops.yaml:${p.line}:${p.col}: 'JUMP' leaves the instruction: a form's thin ops may not jump, return or yield`);
  });

  it("rejects a family of an opcode that is not a defined fat op", async () => {
    const { message, text } = await genError((t) => t.replace("\n  LOAD_ATTR:\n    cache:", "\n  LOAD_ATTRS:\n    cache:"));
    const p = placeOf(text, "LOAD_ATTRS:");
    expect(message).toBe(`tests/fixtures/SPEC/fat-ops.yaml:${p.line}:${p.col}: family LOAD_ATTRS: not a fat op defined in 'ops'`);
  });

  it("checks a form's stack effect only at the opargs it declares it fits", async () => {
    // UNPACK_SEQUENCE_TWO_TUPLE leaves two items: right for oparg 2 only
    const { message, text } = await genError((t) => t.replace('stack: "seq -- second, first"\n        opargs: [2]\n', 'stack: "seq -- second, first"\n'));
    const p = placeOf(text, '"seq -- second, first"');
    expect(message).toBe(`tests/fixtures/SPEC/fat-ops.yaml:${p.line}:${p.col}: form UNPACK_SEQUENCE_TWO_TUPLE takes 1 and leaves 2 stack items for oparg=0; the generic UNPACK_SEQUENCE takes 1 and leaves 0`);
  });

  it("rejects an oparg that is neither a number nor a binary operator's name", async () => {
    const { message, text } = await genError((t) => t.replace("opargs: [NB_ADD, NB_INPLACE_ADD]", "opargs: [NB_ADD, NB_INPLACE_ADDD]"));
    const p = placeOf(text, "NB_INPLACE_ADDD");
    expect(message).toBe(`tests/fixtures/SPEC/fat-ops.yaml:${p.line}:${p.col}: oparg 'NB_INPLACE_ADDD' of form BINARY_OP_ADD_INT is neither a number nor a binary operator of this CPython version`);
  });

  it("emits each form as a case beside its generic op, run by the family's function, with the specialise function", async () => {
    const files = await generate({ root: ROOT, specDir: join(ROOT, "spec"), checkBodies: false });
    const base = files.get("base-interpreter.ts")!;
    expect(base).toMatch(/case 106:\s+case \d+:\s+\/\* LOAD_ATTR_INSTANCE_VALUE_POLY \*\/ case \d+:\s+\/\* LOAD_ATTR_INSTANCE_VALUE \*\/ case \d+:\s+\/\* LOAD_ATTR_SLOT \*\/ \/\* LOAD_ATTR \*\/ op_LOAD_ATTR: \{/);
    expect(base).toContain("function specialise_LOAD_ATTR(");
    expect(base).toContain("const r = run_LOAD_ATTR(q, frame, code, lasti, oparg, stack, sp);");
    expect(base).toMatch(/function run_LOAD_ATTR\([^)]*\): number \{/);
  });

  it("emits an inline form inside the generic op's case of execute, tried only at its opargs", async () => {
    const files = await generate({ root: ROOT, specDir: join(ROOT, "spec"), checkBodies: false });
    const base = files.get("base-interpreter.ts")!;
    const execute = base.slice(base.indexOf("export function execute("));
    // the generic op's case runs the inline forms first, by the instruction's quickened opcode
    const caseAt = execute.indexOf("op_BINARY_OP: {");
    expect(caseAt).toBeGreaterThan(0);
    const inCase = execute.slice(caseAt, execute.indexOf("sp = body_BINARY_OP(", caseAt));
    expect(inCase).toMatch(/const q = word & 255;\s+if \(q !== \d+\) \{\s+forms_BINARY_OP: switch \(q\) \{\s+case \d+: \{\s+\/\/ BINARY_OP_ADD_INT/);
    expect(inCase).toContain("break op_BINARY_OP;");
    // the out-of-line runner only counts its misses; specialisation tries it only at + and +=
    const run = base.slice(base.indexOf("function run_BINARY_OP("));
    expect(run).toMatch(/case \d+: \/\/ BINARY_OP_ADD_INT\s+break miss;/);
    expect(base).toMatch(/if \(oparg === 0 \|\| oparg === 13\) \{\s+\/\/ BINARY_OP_ADD_INT/);
  });
});

describe("superinstructions of the base interpreter in the spec", { timeout: 60_000 }, () => {
  // (the spec lists none today: each test adds its own to a copy)
  const pairs = "superinstructions: []\n";

  it("rejects a pair whose first op may leave the instruction, or needs frame.lasti", async () => {
    const leaves = await genError((t) => t.replace(pairs, "superinstructions:\n  - [JUMP_FORWARD, LOAD_FAST]\n"));
    const p = placeOf(leaves.text, "[JUMP_FORWARD, LOAD_FAST]");
    expect(leaves.message).toBe(
      `tests/fixtures/SPEC/fat-ops.yaml:${p.line}:${p.col}: superinstruction JUMP_FORWARD__LOAD_FAST: its first op JUMP_FORWARD may leave the instruction other than to the next one (a jump, call, return or yield)`,
    );
    const lasti = await genError((t) => t.replace(pairs, "superinstructions:\n  - [STORE_GLOBAL, LOAD_FAST]\n"));
    expect(lasti.message).toMatch(/: superinstruction STORE_GLOBAL__LOAD_FAST: its first op STORE_GLOBAL needs frame\.lasti while it runs/);
  });

  it("rejects an op with a family, an op not in hot, and a pair listed twice", async () => {
    const family = await genError((t) => t.replace(pairs, "superinstructions:\n  - [LOAD_FAST, LOAD_ATTR]\n"));
    expect(family.message).toMatch(/: superinstruction LOAD_FAST__LOAD_ATTR: 'LOAD_ATTR' has a specialised family/);
    const cold = await genError((t) => t.replace(pairs, "superinstructions:\n  - [LOAD_FAST, BUILD_LIST]\n"));
    expect(cold.message).toMatch(/: superinstruction LOAD_FAST__BUILD_LIST: 'BUILD_LIST' is not in hot/);
    const twice = await genError((t) => t.replace(pairs, "superinstructions:\n  - [LOAD_FAST, LOAD_FAST]\n  - [LOAD_FAST, LOAD_FAST]\n"));
    expect(twice.message).toMatch(/: superinstruction LOAD_FAST__LOAD_FAST is listed twice$/);
  });

  it("emits each pair as one case of execute running both ops' cases, and its opcodes for the quickening", async () => {
    const files = await genWith((t) => t.replace(pairs, "superinstructions:\n  - [STORE_FAST, LOAD_FAST]\n"));
    const base = files.get("base-interpreter.ts")!;
    const execute = base.slice(base.indexOf("export function execute("));
    const at = execute.indexOf("/* STORE_FAST__LOAD_FAST */");
    expect(at).toBeGreaterThan(0);
    const body = execute.slice(at, execute.indexOf("break;\n", execute.indexOf("op_LOAD_FAST: {", at)));
    expect(body).toMatch(/op_STORE_FAST: \{[^]*locals\[index\] = value;[^]*\}\s+lasti = ip;\s+executed\+\+;\s+\{\s+const oparg = ins\[2 \* lasti\];\s+ip = ins\[2 \* lasti \+ 1\] >> 8;\s+op_LOAD_FAST: \{/);
    expect(files.get("opcodes.ts")!).toMatch(/\[125, 124, \d+\], \/\/ STORE_FAST__LOAD_FAST/);
  });
});
