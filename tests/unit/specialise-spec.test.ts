// spec/specialise.yaml is checked like the rest of the spec: every rule against its op's
// signature, overlapping rules rejected, each error at its place in the file; and a rule added
// to the spec is applied by the generated specialiser after `npm run gen`.
import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { generate } from "../../generator/main.js";
import { SpecError } from "../../generator/model.js";

const ROOT = resolve(__dirname, "..", "..");

/** Generates from a copy of spec/ whose specialise.yaml got `extra` appended to its rules (or
 *  was edited by `edit`); returns the error message, with the copy's folder as SPEC. */
async function specialiseError(extra: string, edit: (t: string) => string = (t) => t): Promise<string> {
  const dir = mkdtempSync(join(ROOT, "tests", "fixtures", ".tmp-spec-"));
  cpSync(join(ROOT, "spec"), dir, { recursive: true });
  const path = join(dir, "specialise.yaml");
  writeFileSync(path, edit(readFileSync(path, "utf8")) + extra);
  try {
    await generate({ root: ROOT, specDir: dir, checkBodies: false });
  } catch (e) {
    if (e instanceof SpecError) return e.message.replace(basename(dir), "SPEC");
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error("expected a spec error");
}

/** The line in spec/specialise.yaml that appended text starts at. */
const appendedLine = readFileSync(join(ROOT, "spec", "specialise.yaml"), "utf8").split("\n").length;

describe("op properties derived from the bodies (generated/thin-meta.ts)", () => {
  it("tell escaping, raising, allocating, pure ops and copies apart", async () => {
    const files = await generate({ root: ROOT, specDir: join(ROOT, "spec"), checkBodies: false });
    const meta = files.get("thin-meta.ts")!;
    const names = [...(files.get("thin-ops.ts")!.matchAll(/^  ([A-Z_0-9]+) = (\d+),$/gm))].map((m) => m[1]);
    const table = (name: string) => {
      const m = new RegExp(`export const ${name}: readonly number\\[\\] = \\[([^\\]]*)\\]`).exec(meta);
      return new Map(m![1].split(",").map((v, i) => [names[i], Number(v.trim())]));
    };
    const escapes = table("THIN_ESCAPES"), raises = table("THIN_RAISES"), allocates = table("THIN_ALLOCATES"), pure = table("THIN_PURE");
    // INT_ADD's overflow path calls a BigInt helper that never runs Python code (but may raise,
    // for the operators that divide: the analysis is per helper, so conservative)
    expect([escapes.get("INT_ADD"), raises.get("INT_ADD")]).toEqual([0, 1]);
    expect([escapes.get("FLOAT_COMPARE"), raises.get("FLOAT_COMPARE")]).toEqual([0, 0]);
    expect([escapes.get("LOAD_ATTR"), escapes.get("BINARY_GENERIC"), escapes.get("IS_TRUE")]).toEqual([1, 1, 1]);
    expect([raises.get("LIST_GETITEM"), escapes.get("LIST_GETITEM")]).toEqual([1, 0]);
    expect([allocates.get("FLOAT_ADD"), allocates.get("INT_ADD")]).toEqual([1, 0]);
    expect([pure.get("BOTH_FLOAT"), pure.get("SWAP"), pure.get("LOAD_FAST"), pure.get("FLOAT_ADD")]).toEqual([1, 1, 0, 0]);
    // COPY's body assigns its output from an input: the pushed value is a copy of `bottom`
    expect(meta).toMatch(/case "COPY": \{[^}]*outs\.push\(0\);[^}]*outs\.push\(0\);/);
  });
});

describe("specialisation rules in the spec", () => {
  it("reject a replacement whose typed input the rule does not prove", async () => {
    const msg = await specialiseError("  CONTAINS:\n    - when: { lhs: list }\n      then: \"IS(invert=invert)\"\n  BINARY_GENERIC:\n    - when: { lhs: float }\n      then: \"FLOAT_BINARY(op=op)\"\n");
    expect(msg).toBe(`tests/fixtures/SPEC/specialise.yaml:${appendedLine + 4}:7: rule for BINARY_GENERIC → FLOAT_BINARY: input 'rhs' must be known to be float (FLOAT_BINARY takes rhs: PyFloat)`);
  });

  it("reject a replacement with another stack effect", async () => {
    const msg = await specialiseError("  BINARY_GENERIC:\n    - when: { lhs: float, rhs: float }\n      then: FLOAT_COMPARE\n");
    expect(msg).toMatch(/^tests\/fixtures\/SPEC\/specialise\.yaml:\d+:13: 'FLOAT_COMPARE' needs immediate 'op'$/);
    const msg2 = await specialiseError("  BINARY_GENERIC:\n    - when: { lhs: float, rhs: float }\n      then: FLOAT_ADD\n    - when: { lhs: str }\n      then: UNARY_NOT\n");
    expect(msg2).toBe(`tests/fixtures/SPEC/specialise.yaml:${appendedLine + 4}:13: UNARY_NOT (value -- res) does not have the stack effect of BINARY_GENERIC (lhs, rhs -- res)`);
  });

  it("reject an input the op does not have, and an unknown kind", async () => {
    expect(await specialiseError("  GET_LEN:\n    - when: { object: list }\n      then: GET_LEN\n")).toBe(
      `tests/fixtures/SPEC/specialise.yaml:${appendedLine + 1}:7: GET_LEN has no input 'object' (obj -- obj, len)`,
    );
    expect(await specialiseError("  GET_LEN:\n    - when: { obj: lst }\n      then: GET_LEN\n")).toMatch(/specialise\.yaml:\d+:7: unknown kind 'lst' \(kinds: int, smallint/);
  });

  it("reject two rules of one op that can both apply", async () => {
    // the repository's COMPARE_GENERIC rules with one more that overlaps the float one
    const msg = await specialiseError("", (t) => t.replace("      then: \"INT_COMPARE(op=op)\"\n", "      then: \"INT_COMPARE(op=op)\"\n    - when: { lhs: float }\n      then: \"COMPARE_GENERIC(op=op)\"\n"));
    expect(msg).toMatch(/^tests\/fixtures\/SPEC\/specialise\.yaml:\d+:7: this rule for COMPARE_GENERIC overlaps the one at line \d+: some inputs satisfy both$/);
    // conditions on the immediate that never meet keep two rules apart
    const ok = await specialiseError(
      "  BINARY_GENERIC:\n    - if: op === 0\n      when: { lhs: float, rhs: float }\n      then: FLOAT_ADD\n    - if: op === 10\n      when: { lhs: float, rhs: float }\n      then: FLOAT_SUB\n  GET_LEN:\n    - when: { obj: nothing }\n      then: GET_LEN\n",
    );
    expect(ok).toMatch(/unknown kind 'nothing'/); // got past the BINARY_GENERIC rules
  });

  it("let a rule fix an op's arity to name its array's items, and check what it names", async () => {
    const msg = await specialiseError("", (t) => t.replace("args.0: float }", "args.1: float }"));
    expect(msg).toMatch(/^tests\/fixtures\/SPEC\/specialise\.yaml:\d+:7: CALL has no input 'args\.1' /);
    expect(await specialiseError("", (t) => t.replace("    - arity: 1\n      when: { first: null_slot, second: fn_math_sqrt", "    - when: { first: null_slot, second: fn_math_sqrt"))).toMatch(
      /:7: input 'first' of CALL sits below an array; facts can only name inputs at a fixed depth$/,
    );
    expect(await specialiseError("  GET_LEN:\n    - arity: 1\n      when: { obj: list }\n      then: GET_LEN\n")).toMatch(/:7: 'arity' fixes the one immediate of an op whose arrays' sizes it gives; GET_LEN/);
  });

  it("reject a checked op whose predicate does not match it, and a fusion of an op that is not pure", async () => {
    const checked = (entry: string) => (t: string) => t.replace("\nchecked:\n", `\nchecked:\n${entry}\n`);
    const line = readFileSync(join(ROOT, "spec", "specialise.yaml"), "utf8").split("\n").indexOf("checked:") + 2;
    expect(await specialiseError("", checked("  FLOAT_ADD: { check: BOTH_SMALL_INT }"))).toBe(
      `tests/fixtures/SPEC/specialise.yaml:${line}:3: BOTH_SMALL_INT (lhs, rhs -- lhs, rhs) must take the inputs and immediates of FLOAT_ADD (lhs, rhs -- res)`,
    );
    expect(await specialiseError("", checked("  FLOAT_SUB: { check: INT_SUB }"))).toMatch(/:3: INT_SUB must be a predicate/);
    const fused = (entry: string) => (t: string) => t.replace("\nfused:\n", `\nfused:\n${entry}\n`);
    const fline = readFileSync(join(ROOT, "spec", "specialise.yaml"), "utf8").split("\n").indexOf("fused:") + 2;
    expect(await specialiseError("", fused("  COMPARE_GENERIC: { guard: BOOL_IS_TRUE, into: INT_COMPARE_TEST }"))).toBe(
      `tests/fixtures/SPEC/specialise.yaml:${fline}:3: COMPARE_GENERIC must be a pure op (no exit, exception or Python code) with one output to be fused`,
    );
  });

  it("reject a superinstruction pair of an op that is not a case of the trace loop, an unknown op, or a pair listed twice", async () => {
    const pair = (entry: string) => (t: string) => t.replace("\npairs:\n", `\npairs:\n${entry}\n`);
    const line = readFileSync(join(ROOT, "spec", "specialise.yaml"), "utf8").split("\n").indexOf("pairs:") + 2;
    expect(await specialiseError("", pair("  - [LOAD_FAST_BOUND, CALL]"))).toBe(
      `tests/fixtures/SPEC/specialise.yaml:${line}:5: CALL is not a case of the trace interpreter's loop (hot, runs no Python code, does not jump): it cannot be half of a pair`,
    );
    expect(await specialiseError("", pair("  - [LOAD_FAST_BOUND, NO_SUCH_OP]"))).toMatch(/:5: unknown thin op 'NO_SUCH_OP'$/);
    expect(await specialiseError("", pair("  - [STORE_FAST, LOAD_FAST_BOUND]"))).toMatch(/: the pair \[STORE_FAST, LOAD_FAST_BOUND\] is listed twice$/);
    expect(await specialiseError("", pair("  - [STORE_FAST]"))).toMatch(/:5: a pair must be a list of two thin ops: \[first, second\]$/);
  });

  it("reject a move's bound op that may raise, is not a load of its own, or belongs to a store", async () => {
    const lines = readFileSync(join(ROOT, "spec", "specialise.yaml"), "utf8").split("\n");
    const at = lines.findIndex((l) => l.startsWith("  LOAD_FAST: ")) + 1;
    const move = (text: string) => (t: string) => t.replace(/\n {2}LOAD_FAST: \{[^}]*\}\n/, `\n  LOAD_FAST: ${text}\n`);
    // (the checked read as the unchecked one's bound op: it raises for an unbound local)
    const swapped = (t: string) => move("{ load_local: index }")(t).replace("  LOAD_FAST_BOUND: { load_local: index }\n", "  LOAD_FAST_BOUND: { load_local: index, bound: LOAD_FAST }\n");
    expect(await specialiseError("", swapped)).toMatch(/specialise\.yaml:\d+:3: LOAD_FAST \(bound of LOAD_FAST_BOUND\) must not raise: it reads a local known to be bound/);
    expect(await specialiseError("", move("{ load_local: index, bound: STORE_FAST }"))).toBe(
      `tests/fixtures/SPEC/specialise.yaml:${at}:3: STORE_FAST (bound of LOAD_FAST) must be a load_local move of its own, without a bound op`,
    );
    expect(await specialiseError("", (t) => t.replace("  STORE_FAST: { store_local: index }", "  STORE_FAST: { store_local: index, bound: LOAD_FAST_BOUND }"))).toMatch(
      /specialise\.yaml:\d+:\d+: only a load_local move has a 'bound' op/,
    );
    expect(await specialiseError("", (t) => t.replace("  unbound: {", "  not_bound: {"))).toMatch(/:3: a bound op needs the kind 'unbound'/);
  });

  it("a rule added to the spec is applied after npm run gen", () => {
    const dir = mkdtempSync(join(tmpdir(), "hotpy-rule-edit-"));
    try {
      for (const part of ["package.json", "tsconfig.json", "spec", "generator", "generated", "runtime"]) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
      symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
      // one new thin op and one rule: str + str, when both are known to be strs
      const thin = join(dir, "spec", "thin-ops.yaml");
      writeFileSync(thin, readFileSync(thin, "utf8") + 'STR_CONCAT:\n  stack: "lhs: string, rhs: string -- res"\n  result: str\n  body: res = lhs + rhs;\n');
      const rules = join(dir, "spec", "specialise.yaml");
      writeFileSync(rules, readFileSync(rules, "utf8") + "  BINARY_GENERIC:\n    - if: op === 0 || op === 13\n      when: { lhs: str, rhs: str }\n      then: STR_CONCAT\n");
      const g = spawnSync("npm", ["run", "-s", "gen"], { cwd: dir, encoding: "utf8" });
      expect(g.status, g.stderr + g.stdout).toBe(0);
      expect(readFileSync(join(dir, "generated", "specialiser.ts"), "utf8")).toContain("/* STR_CONCAT */");
      const program = join(dir, "concat.py");
      writeFileSync(program, "def f():\n    n = 0\n    for i in range(100):\n        a = 'ab'\n        b = 'cd'\n        s = a + b\n        n += len(s)\n    return s, n\nprint(*f())\n");
      const dump = join(dir, "dump");
      const stats = join(dir, "stats.json");
      const r = spawnSync(process.execPath, [join(dir, "runtime", "bin", "hotpy.js"), "run", "--pipeline", "specialise", "--hot", "2", "--dump-traces", dump, "--stats-json", stats, program], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe("abcd 400\n");
      expect(JSON.parse(readFileSync(stats, "utf8")).specialiser.opsReplaced).toBeGreaterThan(0);
      const { readdirSync } = require("node:fs") as typeof import("node:fs");
      const specialised = readdirSync(dump).filter((f) => f.endsWith(".specialise.txt")).map((f) => readFileSync(join(dump, f), "utf8"));
      expect(specialised.join("\n")).toMatch(/\n\s+STR_CONCAT \[v\d+ v\d+ -> v\d+\]\n/);
      const thinText = readdirSync(dump).filter((f) => f.endsWith(".thin.txt")).map((f) => readFileSync(join(dump, f), "utf8"));
      expect(thinText.join("\n")).not.toContain("STR_CONCAT");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
