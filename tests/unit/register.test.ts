// Targeted tests of the register stage (--pipeline register, runtime/tracing/register-form.ts):
// each program's output (and last stderr line) must be CPython's in the register pipeline and,
// for the instruction counts, in the specialise pipeline it is built on; the statistics and the
// register dumps must show the mechanism under test ran.
import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPipeline, underCPython } from "./pipeline-run.js";

const dir = mkdtempSync(join(tmpdir(), "hotpy-register-"));

interface Stats {
  instructions: { base: number; trace: number; traceByStage: Record<string, number> };
  traces: { recorded: number; exits: number; sideTraces: number; callsInlined: number };
  register?: { entriesIn: number; instructionsOut: number; operandsFolded: number; outputsToLocals: number };
}

interface Run {
  stats: Stats;
  dumps: string[];
  stderr: string;
}

/** Runs `source` under CPython, then in the register and specialise pipelines. */
function check(name: string, source: string, extra: string[] = []): { reg: Run; spec: Run; pyStderr: string } {
  const expected = underCPython(dir, name, source);
  const run = (pipeline: string) => runPipeline<Stats>(dir, name, pipeline, expected, extra, `.${pipeline}.txt`);
  return { reg: run("register"), spec: run("specialise"), pyStderr: expected.stderr };
}

describe("register stage (--pipeline register)", () => {
  it("reads locals and constants as operands and writes results to locals: fewer instructions", () => {
    const src = "def f(n):\n    x = 0.5\n    acc = 0.0\n    i = 0\n    while i < n:\n        acc = acc * 0.99 + x * x\n        x = x + 0.001\n        i = i + 1\n    return acc\n\nprint(f(5000))\n";
    const { reg, spec } = check("floats", src);
    expect(reg.stats.register!.operandsFolded).toBeGreaterThan(0);
    expect(reg.stats.register!.outputsToLocals).toBeGreaterThan(0);
    expect(reg.stats.instructions.traceByStage.register).toBe(reg.stats.instructions.trace);
    expect(reg.stats.instructions.trace).toBeLessThan(0.7 * spec.stats.instructions.trace);
    const body = reg.dumps.join("\n").split("peeled loop body")[1];
    // `x = x + 0.001`: one instruction, operands x and the constant, result to x
    expect(body).toMatch(/FLOAT_ADD x #0\.001 -> x/);
    // `i = i + 1`: the overflow-checked add reads its operands i and 1 (a guard pushes its
    // result: should the sum overflow, its exit needs it on the stack, not in i)
    expect(body).toMatch(/GUARD_TRUE INT_ADD_SMALL i #1\n/);
  });

  it("pushes the pending operands before an exit: a guard on operands that fails mid-loop", () => {
    // `seq[i]` guards LIST_INT_INDEX on the operands seq and i; when seq becomes a tuple the
    // guard fails and its exit (the generic subscript) needs both on the stack
    const src =
      "def f(n):\n    seq = [3, 4, 5]\n    t = 0\n    for i in range(n):\n        if i == n // 2:\n            seq = (7, 8, 9)\n        j = i % 3\n        t += seq[j] * 2\n    return t\n\nprint(f(3000))\n";
    const { reg } = check("exit", src);
    expect(reg.stats.traces.exits).toBeGreaterThan(0);
    expect(reg.dumps.join("\n")).toMatch(/on exit push/);
  });

  it("raises UnboundLocalError where the stack form would, never reading an unbound local as an operand", () => {
    const src = "def f(n):\n    t = 0\n    for i in range(n):\n        if i == 500:\n            del t\n        t = t + i\n    return t\n\nprint(f(1000))\n";
    const { reg, pyStderr } = check("unbound", src);
    expect(pyStderr).toMatch(/UnboundLocalError/);
    expect(reg.stderr).toMatch(/line 6, in f/);
  });

  it("keeps an exception raised by an op with operands catchable, with the frame as the stack form leaves it", () => {
    const src =
      "def f(n):\n    out = []\n    d = 2.0\n    for i in range(n):\n        x = float(i)\n        if i % 97 == 0:\n            d = 0.0\n        try:\n            out.append(x / d)\n        except ZeroDivisionError as e:\n            out.append(str(e))\n            d = 2.0\n    return out\n\nr = f(1000)\nprint(len(r), r[:3], r[97], r[-1])\n";
    check("raise", src);
  });

  it("does not read a local through an operand after the local is written", () => {
    // the value of `a` pending as an operand across `a = ...` must be the old one
    const src =
      "def f(n):\n    a, b = 1, 2\n    t = 0\n    for i in range(n):\n        a, b = b, a + b\n        a = a % 1000\n        c = a\n        a = b\n        b = c + i\n        t += a - b\n    return t, a, b\n\nprint(f(2000))\n";
    const { reg } = check("overwrite", src, ["--hot", "1"]);
    expect(reg.stats.register!.operandsFolded).toBeGreaterThan(0);
  });

  it("runs inlined calls, their arguments and returned locals through operands", () => {
    const src =
      "def sq(v):\n    w = v * v\n    return w\n\ndef f(n):\n    t = 0\n    for i in range(n):\n        t = t + sq(i)\n    return t\n\nprint(f(3000))\n";
    const { reg } = check("calls", src);
    expect(reg.stats.traces.callsInlined).toBeGreaterThan(0);
    expect(reg.dumps.join("\n")).toMatch(/INT_MUL_SMALL v v\n/);
  });
});
