// The generator's own tests: a small spec in → the expected TypeScript out; broken specs →
// the expected `file:line:col: message`; and the repository's spec regenerates to exactly
// what is committed.
import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { generate } from "../../generator/main.js";
import { SpecError } from "../../generator/model.js";
import { BASE_COLD, BASE_DISPATCH_VARS, coldBody, outlineBody, scopeOfBody } from "../../generator/outline.js";

const ROOT = resolve(__dirname, "..", "..");
const SMALL = join(ROOT, "tests", "fixtures", "spec-small");

/** A copy of the small spec inside the repository root (error positions are relative to it). */
function smallSpecCopy(edit?: (file: string, text: string) => string): string {
  const dir = mkdtempSync(join(ROOT, "tests", "fixtures", ".tmp-spec-"));
  cpSync(SMALL, dir, { recursive: true });
  if (edit) {
    for (const f of ["thin-ops.yaml", "fat-ops.yaml", "cpython/3.11.yaml"]) {
      const p = join(dir, f);
      writeFileSync(p, edit(f, readFileSync(p, "utf8")));
    }
  }
  return dir;
}

async function genError(edit: (file: string, text: string) => string): Promise<string> {
  const dir = smallSpecCopy(edit);
  try {
    await generate({ root: ROOT, specDir: dir, checkBodies: true });
  } catch (e) {
    if (e instanceof SpecError) return e.message.replace(basename(dir), "SPEC");
    throw e;
  } finally {
    (await import("node:fs")).rmSync(dir, { recursive: true, force: true });
  }
  throw new Error("expected a spec error");
}

describe("generator", () => {
  // After a deliberate change to what the generator emits, regenerate the expected file (and
  // read its diff): npx tsc -p generator/tsconfig.json && node -e 'import("./dist/generator/main.js")
  //   .then(async (g) => require("fs").writeFileSync("tests/fixtures/spec-small/expected-base-interpreter.ts",
  //   (await g.generate({ root: ".", specDir: "tests/fixtures/spec-small", checkBodies: true })).get("base-interpreter.ts")))'
  it("turns the small spec into the expected interpreter", async () => {
    const files = await generate({ root: ROOT, specDir: SMALL, checkBodies: true });
    const base = files.get("base-interpreter.ts")!;
    const expected = readFileSync(join(SMALL, "expected-base-interpreter.ts"), "utf8");
    expect(base).toBe(expected);
    // the branch of the surrogate became an `if`, the jump a labelled break
    expect(base).toContain("if (_c0)");
    expect(base).toContain("break op_POP_JUMP_FORWARD_IF_TRUE");
    expect(base).toContain('throw rt.notSupported("MATCH_CLASS", "not in the small spec")');
    expect(files.get("opcodes.ts")).toContain('MATCH_CLASS: "not in the small spec"');
  }, 60_000);

  it("is deterministic", async () => {
    const a = await generate({ root: ROOT, specDir: SMALL, checkBodies: false });
    const b = await generate({ root: ROOT, specDir: SMALL, checkBodies: false });
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it("rejects an unknown thin op with its position", async () => {
    const msg = await genError((f, t) => (f === "fat-ops.yaml" ? t.replace("POP_TOP: [POP]", "POP_TOP: [PUP]") : t));
    expect(msg).toBe("tests/fixtures/SPEC/fat-ops.yaml:2:13: unknown thin op 'PUP'");
  });

  it("rejects '&' (read in place) on an item that is not an array input", async () => {
    const scalar = await genError((f, t) => (f === "thin-ops.yaml" ? t.replace('stack: "value --"', 'stack: "&value --"') : t));
    expect(scalar).toMatch(/^tests\/fixtures\/SPEC\/thin-ops\.yaml:2:\d+: '&' \(read in place\) applies to an array item, not '&value'$/);
  });

  it("rejects an opcode neither defined nor unsupported", async () => {
    const msg = await genError((f, t) => (f === "fat-ops.yaml" ? t.replace(/unsupported:\n.*\n/, "") : t));
    expect(msg).toContain("opcodes of CPython 3.11 with neither a definition nor an 'unsupported' entry: MATCH_CLASS");
  });

  it("rejects stack imbalance on a surrogate path", async () => {
    const msg = await genError((f, t) =>
      f === "fat-ops.yaml" ? t.replace('then: ["JUMP(target=oparg)"]', 'then: ["LOAD_CONST(index=0)"]') : t,
    );
    expect(msg).toMatch(/^tests\/fixtures\/SPEC\/fat-ops\.yaml:4:3: stack imbalance in POP_JUMP_FORWARD_IF_TRUE/);
  });

  it("rejects a body that does not type-check, at its line in the spec", async () => {
    const msg = await genError((f, t) => (f === "thin-ops.yaml" ? t.replace("value = code.consts[index];", "value = code.constz[index];") : t));
    expect(msg).toMatch(/^tests\/fixtures\/SPEC\/thin-ops\.yaml:7:\d+: thin op LOAD_CONST: Property 'constz' does not exist/);
  });

  it("rejects a body that does not parse", async () => {
    const msg = await genError((f, t) => (f === "thin-ops.yaml" ? t.replace("cond = rt.isTrue(value);", "cond = rt.isTrue(value;") : t));
    expect(msg).toMatch(/^tests\/fixtures\/SPEC\/thin-ops\.yaml:15:31: thin op IS_TRUE: '\)' expected/);
  });

  it("rejects a predicate used as a plain op", async () => {
    const msg = await genError((f, t) => (f === "fat-ops.yaml" ? t.replace("POP_TOP: [POP]", "POP_TOP: [IS_TRUE]") : t));
    expect(msg).toBe("tests/fixtures/SPEC/fat-ops.yaml:2:13: predicate 'IS_TRUE' can only be used in 'if:'");
  });

  it("rejects a missing immediate", async () => {
    const msg = await genError((f, t) => (f === "fat-ops.yaml" ? t.replace('"LOAD_CONST(index=oparg)"', '"LOAD_CONST"') : t));
    expect(msg).toBe("tests/fixtures/SPEC/fat-ops.yaml:3:16: 'LOAD_CONST' needs immediate 'index'");
  });

  it("writes nothing when the spec is broken (npm run gen exits 1 with the message)", async () => {
    const dir = smallSpecCopy((f, t) => (f === "fat-ops.yaml" ? t.replace("POP_TOP: [POP]", "POP_TOP: [PUP]") : t));
    const out = mkdtempSync(join(tmpdir(), "hotpy-gen-out-"));
    const { spawnSync } = await import("node:child_process");
    const r = spawnSync(process.execPath, [join(ROOT, "dist", "generator", "main.js"), "--spec-dir", dir, "--out", out], { encoding: "utf8" });
    (await import("node:fs")).rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/fat-ops\.yaml:2:13: unknown thin op 'PUP'/);
    expect(existsSync(join(out, "base-interpreter.ts"))).toBe(false);
  });

  it("runs the ops `hot` does not list as cold op functions called from default:", async () => {
    const dir = smallSpecCopy((f, t) => (f === "fat-ops.yaml" ? t + "hot: [POP_TOP, LOAD_CONST]\n" : t));
    try {
      const base = (await generate({ root: ROOT, specDir: dir, checkBodies: true })).get("base-interpreter.ts")!;
      const execute = base.slice(base.indexOf("export function execute("));
      expect(execute).toContain("/* POP_TOP */");
      expect(execute).not.toContain("/* POP_JUMP_FORWARD_IF_TRUE */");
      expect(execute).toContain("COLD_OPS[word & 255](frame, oparg);");
      expect(base).toContain("function cold_POP_JUMP_FORWARD_IF_TRUE(frame: Frame, oparg: number): void");
      expect(base).toMatch(/COLD_OPS\[\d+\] = cold_POP_JUMP_FORWARD_IF_TRUE;/);
    } finally {
      (await import("node:fs")).rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("rejects a `hot` entry that is not a defined fat op, at its position", async () => {
    const hot = (list: string) => (f: string, t: string) => (f === "fat-ops.yaml" ? t + `hot: ${list}\n` : t);
    expect(await genError(hot("[POP_TOP, LOAD_KONST]"))).toBe("tests/fixtures/SPEC/fat-ops.yaml:9:16: hot: 'LOAD_KONST' is not an opcode of CPython 3.11; hot lists fat ops defined in ops");
    expect(await genError(hot("[MATCH_CLASS]"))).toBe("tests/fixtures/SPEC/fat-ops.yaml:9:7: hot: 'MATCH_CLASS' is unsupported; hot lists fat ops defined in ops");
    expect(await genError(hot("[POP_TOP, POP_TOP]"))).toBe("tests/fixtures/SPEC/fat-ops.yaml:9:16: 'POP_TOP' is listed twice in hot");
    expect(await genError(hot("POP_TOP"))).toBe("tests/fixtures/SPEC/fat-ops.yaml:9:6: hot must be a list of fat op names");
  });

  it("runs the thin ops not marked hot as cold op functions, through execThin in traces", async () => {
    const dir = smallSpecCopy((f, t) => (f === "thin-ops.yaml" ? t.replace("LOAD_CONST:\n", "LOAD_CONST:\n  hot: true\n") : t));
    try {
      const files = await generate({ root: ROOT, specDir: dir, checkBodies: true });
      const thin = files.get("thin-ops.ts")!;
      const execThin = thin.slice(thin.indexOf("export function execThin("));
      expect(execThin).toContain("case Thin.LOAD_CONST:");
      expect(execThin).not.toContain("case Thin.POP:");
      expect(execThin).toContain("return THIN_COLD[id](frame, imm0);");
      expect(thin).toContain("function cold_POP(frame: Frame, imm0: number): boolean");
      // the trace interpreter's loop has the hot op only; the others go through execThin
      expect(files.get("trace-interpreter.ts")).toContain("export const INLINED: readonly number[] = [0, 1, 0, 0];");
    } finally {
      (await import("node:fs")).rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("rejects a thin op's `hot` that is not true or false", async () => {
    const msg = await genError((f, t) => (f === "thin-ops.yaml" ? t.replace("POP:\n", "POP:\n  hot: yes\n") : t));
    expect(msg).toBe("tests/fixtures/SPEC/thin-ops.yaml:2:8: hot must be true or false");
  });

  it("the repository's generated/ is what the spec gives", async () => {
    const files = await generate({ root: ROOT, specDir: join(ROOT, "spec"), checkBodies: false });
    for (const [name, text] of files) expect(readFileSync(join(ROOT, "generated", name), "utf8"), name).toBe(text);
  }, 60_000);
});

describe("out-of-line case bodies (generator/outline.ts)", () => {
  const vars = BASE_DISPATCH_VARS;
  it("moves out a body that only falls through, passing what it reads and returning sp", () => {
    const body = "const v = stack[sp - 1]; sp -= 1; if (v === null) break op_X; stack[sp++] = rt.f(v, code.names[oparg]);";
    const out = outlineBody(body, "op_X", "body_X", vars, 0);
    expect(out).not.toBeNull();
    expect(out!.call).toBe("sp = body_X(code, stack, sp, oparg);");
    expect(out!.fn).toContain("function body_X(code: PyCode, stack: Slot[], sp: number, oparg: number): number");
    expect(out!.fn.trim().endsWith("return sp;\n}")).toBe(true);
  });
  it("keeps inline a body that leaves the case any other way or assigns another variable", () => {
    const pinned = (body: string) => scopeOfBody(body, "op_X", vars).pinned;
    expect(pinned("if (stack[sp - 1]) { ip = oparg; break op_X; }")).toBe("assigns ip");
    expect(pinned("return stack[sp - 1];")).toBe("returns");
    expect(pinned("{ frame.ip = ip; entering = f; continue run; }")).toBe("continues an outer loop");
    expect(pinned("if (sp > 0) break;")).toBe("breaks out of the case");
    expect(pinned("const args = [1]; rt.f(args);")).toBe("declares args");
    expect(pinned("rt.each(stack, (x) => { sp = x; });")).toBe("assigns sp in a nested function");
    // inner loops, switches and labels are the body's own
    expect(pinned("for (let i = 0; i < oparg; i++) { if (i === 3) continue; if (i > 5) break; } inner: { break inner; } switch (oparg) { case 1: break; }")).toBeNull();
  });
  it("makes a cold op function that rebuilds what it reads from the frame and stores sp and ip back", () => {
    const out = coldBody("if (stack[sp - 1]) { ip = oparg; break op_X; } sp -= 1;", "op_X", "cold_X", vars, BASE_COLD);
    expect("fn" in out).toBe(true);
    const fn = (out as { fn: string }).fn;
    expect(fn).toContain("function cold_X(frame: Frame, oparg: number): void");
    expect(fn).toContain("const stack: Slot[] = frame.stack;");
    expect(fn).toContain("let ip: number = frame.ip;");
    expect(fn).toContain("let sp: number = frame.sp;");
    expect(fn.trim().endsWith("frame.ip = ip;\nframe.sp = sp;\n}")).toBe(true);
    // what the frame cannot give back keeps the op in the dispatch loop
    expect(coldBody("entering = rt.f(stack[sp - 1]);", "op_X", "cold_X", vars, BASE_COLD)).toEqual({ pinned: "assigns entering" });
    expect(coldBody("rt.f(executed);", "op_X", "cold_X", vars, BASE_COLD)).toEqual({ pinned: "uses executed" });
  });
  it("leaves short bodies inline", () => {
    expect(outlineBody("sp -= 1;", "op_X", "body_X", vars, 300)).toBeNull();
  });
});
