// Targeted tests of the js stage (--pipeline js, runtime/tracing/js-compile.ts): each program's
// output (and last stderr line) must be CPython's in the js pipeline, the instruction counts must
// be the specialise pipeline's (the compiled code runs the same thin ops), and the statistics and
// the dumped JavaScript must show the mechanism under test ran.
import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPipeline, underCPython } from "./pipeline-run.js";

const dir = mkdtempSync(join(tmpdir(), "hotpy-js-"));

interface Stats {
  instructions: { base: number; trace: number };
  traces: { recorded: number; exits: number; sideTraces: number; callsInlined: number };
  js?: { compiled: number; sourceChars: number };
}

/** Runs `source` under CPython, then in the js and specialise pipelines: the same output, the
 *  same instruction counts. */
function check(name: string, source: string, extra: string[] = []): { js: { stats: Stats; sources: string[] } } {
  const expected = underCPython(dir, name, source);
  const js = runPipeline<Stats>(dir, name, "js", expected, extra, ".js");
  const spec = runPipeline<Stats>(dir, name, "specialise", expected, extra, ".specialise.txt");
  expect(js.stats.instructions.trace).toBe(spec.stats.instructions.trace);
  expect(js.stats.instructions.base).toBe(spec.stats.instructions.base);
  return { js: { stats: js.stats, sources: js.dumps } };
}

describe("js stage (--pipeline js)", () => {
  it("compiles a float loop whose locals live in variables, looping inside the compiled function", () => {
    const src = "def f(n):\n    x = 0.5\n    acc = 0.0\n    i = 0\n    while i < n:\n        acc = acc * 0.99 + x * x\n        x = x + 0.001\n        i = i + 1\n    return acc, x, i\n\nprint(f(5000))\n";
    const { js } = check("floats", src);
    expect(js.stats.js!.compiled).toBeGreaterThan(0);
    const all = js.sources.join("\n");
    // the loop goes round inside the function, and the back-edge writes the locals back
    expect(all).toMatch(/for \(;;\)/);
    expect(all).toMatch(/locals\[\d+\] = \$v\d+;/);
    // FLOAT_MUL's body, spliced in from the spec with its float left unboxed (x * x), and
    // boxed where the frame needs an object
    expect(all).toMatch(/res = \(\$v\d+(\.value)? \* \$v\d+(\.value)?\);/);
    expect(all).toMatch(/new rt\.PyFloat\(\$v\d+\)/);
    expect(all).not.toContain("new rt.PyFloat(lhs.value * rhs.value)");
  });

  it("boxes an unboxed float once: copies of it stay the same object, in locals, lists and exits", () => {
    const src =
      "def f(n):\n    out = []\n    same = 0\n    x = 1.0\n    for i in range(n):\n        x = x * 1.0001\n        y = x\n        out.append(y)\n        out.append(x)\n        if out[-1] is out[-2] and y is x:\n            same += 1\n        if i == n - 5:\n            z = (x, y)\n    return same, z[0] is z[1], out[-1] is x\n\nprint(f(3000))\n";
    const { js } = check("identity", src, ["--hot", "1"]);
    expect(js.stats.js!.compiled).toBeGreaterThan(0);
  }, 60000);

  it("leaves the frame exact at a guard that fails mid-loop (snapshots checked)", () => {
    const src = "def f(xs):\n    t = 0\n    for x in xs:\n        t = t + x * 2\n    return t\n\nprint(f([1] * 300 + [2.5] + [3] * 300))\nprint(f(list(range(400)) + ['a', 'b'][:0]))\n";
    const { js } = check("guard", src, ["--hot", "1"]);
    expect(js.stats.traces.exits).toBeGreaterThan(0);
  }, 60000);

  it("rebuilds the stack and locals when a compiled op raises, for a handler in the same frame", () => {
    const src =
      "def f(n):\n    out = []\n    for i in range(n):\n        a = i * 3\n        try:\n            out.append(a // (i % 7 - 3))\n        except ZeroDivisionError as e:\n            out.append(('zero', a, str(e)))\n    return out\n\nr = f(500)\nprint(len(r), r[:8], r[-3:])\n";
    check("raises", src, ["--hot", "1"]);
  }, 60000);

  it("raises UnboundLocalError from a compiled load, with the traceback's line", () => {
    const src = "def f(n):\n    for i in range(n):\n        if i == 250:\n            del y\n        y = i\n        z = y + 1\n    return z\n\ntry:\n    f(400)\nexcept NameError as e:\n    print(type(e).__name__, e)\nimport traceback\ndef g():\n    for i in range(300):\n        if i == 200:\n            del w\n        print(w) if i == 200 else None\n        w = i\ng()\n";
    check("unbound", src, ["--hot", "1"]);
  }, 60000);

  it("runs inlined calls and exits inside them with the frames rebuilt", () => {
    const src =
      "class V:\n    def __init__(self, x):\n        self.x = x\n    def add(self, o):\n        return V(self.x + o.x)\n    def scaled(self, k):\n        if k > 7:\n            return V(self.x * k + 0.5)\n        return V(self.x * k)\n\ndef run(n):\n    acc = V(0)\n    for i in range(n):\n        acc = acc.add(V(i).scaled(i % 9))\n    return acc.x\n\nprint(run(3000))\n";
    const { js } = check("calls", src, ["--hot", "1"]);
    expect(js.stats.traces.callsInlined).toBeGreaterThan(0);
  }, 60000);

  it("stops a compiled loop when a class it assumed changes, and at a pending signal's handler", () => {
    const src =
      "import signal\nclass A:\n    def m(self):\n        return 1\nhits = []\nsignal.signal(signal.SIGUSR1, lambda s, f: hits.append(s))\ndef f(n):\n    a = A()\n    t = 0\n    for i in range(n):\n        t += a.m()\n        if i == 3000:\n            A.m = lambda self: 2\n        if i == 4000:\n            signal.raise_signal(signal.SIGUSR1)\n    return t\n\nprint(f(6000), hits)\n";
    check("invalidate", src, ["--hot", "1"]);
  }, 60000);
});
