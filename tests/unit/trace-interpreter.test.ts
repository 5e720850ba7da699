// The generated trace interpreter's dispatch (generated/trace-interpreter.ts): which thin ops are
// cases of its loop, how each kind of trace entry is compiled, and that the instructions of a
// trace that raises are counted up to the op that raised.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { THIN_ESCAPES, THIN_HOT, THIN_IS_PREDICATE } from "../../generated/thin-meta.js";
import { GUARD_CODE, INLINED, TC_CALL_GUARD, TC_CALL_OP, TC_ENTER, TC_SLOW_GUARD, TC_SLOW_OP } from "../../generated/trace-interpreter.js";
import { Thin, THIN_NAMES } from "../../generated/thin-ops.js";
import { compileEntries } from "../../runtime/tracing/run-entries.js";
import { ENTER, GUARD, newEntry, OP } from "../../runtime/tracing/trace.js";
import type { PyCode } from "../../runtime/objects/core.js";
import type { Fragments } from "../../runtime/tracing/fragments.js";

const ROOT = resolve(__dirname, "..", "..");
const CLI = join(ROOT, "runtime", "bin", "hotpy.js");

describe("generated trace interpreter", () => {
  it("inlines exactly the hot ops that cannot run Python code, with one guard case per inlined predicate", () => {
    const codes = new Set<number>();
    THIN_NAMES.forEach((name, op) => {
      expect(INLINED[op], name).toBe(THIN_HOT[op] === 1 && THIN_ESCAPES[op] === 0 ? 1 : 0);
      if (INLINED[op] === 1 && THIN_IS_PREDICATE[op] === 1) {
        expect(GUARD_CODE[op], name).toBeGreaterThanOrEqual(THIN_NAMES.length);
        expect(codes.has(GUARD_CODE[op]), name).toBe(false);
        codes.add(GUARD_CODE[op]);
      } else expect(GUARD_CODE[op], name).toBe(-1);
    });
    expect(Math.min(TC_ENTER, TC_CALL_OP, TC_SLOW_OP)).toBeGreaterThan(Math.max(...codes));
  });

  it("compiles each kind of entry to its dispatch code", () => {
    const code = {} as PyCode;
    const op = newEntry(OP, Thin.FLOAT_ADD, 0, code, 0, 3);
    const call = newEntry(OP, Thin.CALL, 2, code, 0, 4);
    const guard = newEntry(GUARD, Thin.BOTH_FLOAT, 0, code, 0, 5);
    guard.expected = true;
    const callGuard = newEntry(GUARD, Thin.IS_TRUE, 0, code, 0, 6);
    const frag = newEntry(OP, Thin.BINARY_GENERIC, 0, code, 0, 7);
    frag.fragments = {} as Fragments;
    const fragGuard = newEntry(GUARD, Thin.IS_TRUE, 0, code, 0, 8);
    fragGuard.fragments = {} as Fragments;
    const enter = newEntry(ENTER, Thin.CALL, 1, code, 0, 9);
    const tc = compileEntries([op, call, guard, callGuard, frag, fragGuard, enter]);
    expect([...tc.ops]).toEqual([Thin.FLOAT_ADD, TC_CALL_OP, GUARD_CODE[Thin.BOTH_FLOAT], TC_CALL_GUARD, TC_SLOW_OP, TC_SLOW_GUARD, TC_ENTER]);
    expect([...tc.thinOps]).toEqual([Thin.FLOAT_ADD, Thin.CALL, Thin.BOTH_FLOAT, Thin.IS_TRUE, Thin.BINARY_GENERIC, Thin.IS_TRUE, Thin.CALL]);
    expect([...tc.imms]).toEqual([0, 2, 0, 0, 0, 0, 1]);
    expect([...tc.fatIps]).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect([...tc.expects]).toEqual([0, 0, 1, 0, 0, 0, 0]);
  });

  it("counts a trace's instructions up to the op that raised", () => {
    // the same loop raises in its 300th iteration, once in its first statement and once in its
    // last: counted up to the op that raised, the second run executes the statements between
    const dir = mkdtempSync(join(tmpdir(), "hotpy-trace-interp-"));
    const counts = [[300, 10 ** 6], [10 ** 6, 300]].map(([x, y]) => {
      const file = join(dir, `raise${x}.py`);
      writeFileSync(file, `def f():\n    t = 0.0\n    for i in range(1000):\n        a = 1.0 / (${x} - i)\n        t = t + a * 2.0 + 1.0\n        t = t * 0.5 - a\n        b = 1.0 / (${y} - i)\n    return t\ntry:\n    f()\nexcept ZeroDivisionError as e:\n    print(e)\n`);
      const stats = join(dir, `raise${x}.json`);
      const r = spawnSync(process.execPath, [CLI, "run", "--pipeline", "specialise", "--hot", "2", "--stats-json", stats, file], { encoding: "utf8" });
      expect(r.stdout).toBe("float division by zero\n");
      return JSON.parse(readFileSync(stats, "utf8")).instructions.trace as number;
    });
    const between = counts[1] - counts[0];
    expect(between).toBeGreaterThan(8);
    expect(between).toBeLessThan(40);
  });
});
