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
// every exit checks its snapshot against the frames the compiled code left
process.env.HOTPY_CHECK_SNAPSHOTS = "1";

/** The loops of the dumped functions: what runs on every iteration, with the catch clause. */
function loopBodies(sources: string[]): string[] {
  return sources.filter((s) => s.includes("for (;;) {")).map((s) => s.slice(s.indexOf("for (;;) {"), s.indexOf("} catch ($e)")));
}

/** The lines of a loop that run on the way round: not those that leave it (guard exits, the end
 *  of the loop run: each a line that returns). */
function mainPath(body: string): string {
  return body
    .split("\n")
    .filter((l) => !/\breturn\b/.test(l))
    .join("\n");
}

interface Stats {
  instructions: { base: number; trace: number; traceEntries: number };
  traces: { recorded: number; exits: number; sideTraces: number; callsInlined: number; recordedAgain: number };
  js?: { compiled: number; sourceChars: number; sidesInlined: number };
}

/** Runs `source` under CPython, then in the js and specialise pipelines: the same output, the
 *  same thin ops run. */
function check(name: string, source: string, extra: string[] = []): { js: { stats: Stats; sources: string[] } } {
  const expected = underCPython(dir, name, source);
  const js = runPipeline<Stats>(dir, name, "js", expected, extra, ".js");
  const spec = runPipeline<Stats>(dir, name, "specialise", expected, extra, ".specialise.txt");
  // (the same thin ops: where the stack interpreter runs them, before a trace is compiled, its
  // superinstructions count two as one instruction)
  expect(js.stats.instructions.traceEntries).toBe(spec.stats.instructions.traceEntries);
  expect(js.stats.instructions.base).toBe(spec.stats.instructions.base);
  return { js: { stats: js.stats, sources: js.dumps } };
}

describe("js stage (--pipeline js)", () => {
  it("compiles a float loop whose locals live in variables, looping inside the compiled function", () => {
    const src = "def f(n):\n    x = 0.5\n    acc = 0.0\n    i = 0\n    while i < n:\n        acc = acc * 0.99 + x * x\n        x = x + 0.001\n        i = i + 1\n    return acc, x, i\n\nprint(f(5000))\n";
    const { js } = check("floats", src);
    expect(js.stats.js!.compiled).toBeGreaterThan(0);
    const all = js.sources.join("\n");
    // the loop goes round inside the function; its float locals are read once before it, as
    // numbers, and written back (boxed) only where it is left
    expect(all).toMatch(/for \(;;\)/);
    expect(all).toMatch(/\$lb\d+ = locals\[\d+\]; \$ln\d+ = \$lb\d+\.value;/);
    expect(all).toMatch(/locals\[\d+\] = \$lb\d+ \?\? new rt\.PyFloat\(\$ln\d+\);/);
    // FLOAT_MUL's body, spliced in from the spec with its float left unboxed (x * x)
    expect(all).toMatch(/res = \(\$ln\d+ \* \$ln\d+\);/);
    expect(all).not.toContain("new rt.PyFloat(lhs.value * rhs.value)");
    // and no float is boxed on the way round: only the exits box
    for (const body of loopBodies(js.sources)) expect(mainPath(body)).not.toContain("new rt.PyFloat");
  });

  it("keeps a float accumulator unboxed across the back-edge and across an inlined call", () => {
    const src =
      "def term(i, j):\n    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)\n\ndef f(n, u):\n    out = []\n    for i in range(n):\n        s = 0.0\n        for j in range(n):\n            s += term(i, j) * u[j]\n        out.append(s)\n    return out\n\nr = f(120, [1.0] * 120)\nprint(sum(r), r[:3], r[-1])\n";
    const { js } = check("accumulate", src);
    expect(js.stats.traces.callsInlined).toBeGreaterThan(0);
    const bodies = loopBodies(js.sources).filter((b) => b.includes("$hooks.enter"));
    expect(bodies.length).toBeGreaterThan(0);
    // the accumulator is a carried number: it is not boxed on the way round (the call's result
    // is: it comes back through the frame's stack)
    for (const body of bodies) {
      expect(body).toMatch(/\$ln\d+ \+ \$v\d+/);
      expect(mainPath(body)).not.toMatch(/new rt\.PyFloat\(\$ln\d+\)/);
    }
  }, 60000);

  it("leaves a guard exit mid-loop with the carried floats written back exactly (snapshots checked)", () => {
    const src =
      "def f(xs):\n    acc = 0.0\n    y = 1.5\n    last = 0.0\n    for x in xs:\n        last = acc\n        acc = acc + x * y\n        y = y * 1.0001\n    return acc, y, last\n\nprint(f([1.0] * 300 + [2] + [0.5] * 300 + [True] + [0.25] * 50))\nprint(f([0.5] * 40 + ['a'] * 0 + [3] * 20))\n";
    const { js } = check("carried-exit", src, ["--hot", "1"]);
    expect(js.stats.traces.exits).toBeGreaterThan(0);
    expect(js.sources.join("\n")).toMatch(/\$ln\d+/);
  }, 60000);

  it("rebuilds carried floats for a handler when a compiled op raises mid-loop, inside and outside the loop", () => {
    const src =
      "def f(n):\n    acc = 0.0\n    x = 2.0\n    seen = []\n    for i in range(n):\n        acc = acc + x\n        x = x * 0.999\n        try:\n            seen.append(acc / (i % 50 - 25))\n        except ZeroDivisionError:\n            seen.append(('zero', i, acc, x))\n    return seen[-1], [s for s in seen if type(s) is tuple][-2:]\n\ndef g(n):\n    acc = 0.0\n    x = 2.0\n    i = -1\n    try:\n        for i in range(n):\n            acc = acc + x\n            x = x * 0.999\n            t = acc / (i - 700)\n    except ZeroDivisionError as e:\n        return 'caught', acc, x, i, str(e)\n    return acc, x, t\n\nprint(f(400))\nprint(g(1000))\n";
    const { js } = check("carried-raise", src, ["--hot", "1"]);
    expect(js.sources.join("\n")).toMatch(/\$ln\d+/);
  }, 60000);

  it("keeps `is` between carried floats that alias one another across the back-edge", () => {
    const src =
      "def f(n):\n    x = 0.25\n    a = x\n    xs = []\n    for i in range(n):\n        y = x\n        x = x * 1.01\n        z = x\n        w = a\n        xs.append(y)\n    return xs[-1] is y, z is x, w is a, xs[-2] is not y, len(set(map(id, xs[-50:]))), x, y\n\ndef g(n):\n    x = 1.0\n    for i in range(n):\n        y = x\n        x = x + 0.5\n        z = x\n    return y is x, z is x, z == x\n\nprint(f(2000))\nprint(g(2000))\n";
    const { js } = check("carried-identity", src, ["--hot", "1"]);
    expect(js.sources.join("\n")).toMatch(/\$ln\d+/);
  }, 60000);

  it("shows an inlined call the loop frame's carried floats (sys._getframe, an exception's traceback)", () => {
    const src =
      "import sys\ndef h2(i):\n    f = sys._getframe(1)\n    return f.f_locals['acc'] * 0.5 + f.f_locals['x'] + i\n\ndef f(n):\n    acc = 0.0\n    x = 1.0\n    for i in range(n):\n        x = x * 1.0001\n        acc = acc * 0.5 + h2(i)\n    return acc, x\n\ndef r(i):\n    return 1.0 / (i - 2500)\n\ndef e(n):\n    acc = 0.0\n    try:\n        for i in range(n):\n            acc = acc + 1.5\n            acc = acc + r(i)\n    except ZeroDivisionError:\n        tb = sys.exc_info()[2]\n        while tb.tb_next:\n            tb = tb.tb_next\n        return acc, i, tb.tb_frame.f_back.f_locals['acc']\n\nprint(f(3000))\nprint(e(3000))\n";
    const { js } = check("carried-inlined", src, ["--hot", "1"]);
    expect(js.stats.traces.callsInlined).toBeGreaterThan(0);
    // the loop frame's carried values, kept in variables across the call, written from inside it
    expect(js.sources.join("\n")).toMatch(/\$locals0\[\d+\] = \$l[bc]\d+;/);
  }, 60000);

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

  it("runs side traces inside their loop's function: back round the loop, exits from them, a header the body does not fit, raises", () => {
    // f: the trace follows the else branch (recorded while i < k); then the if branch, whose
    // side trace runs in the loop's function, is taken every time; in its code a guard fails
    // (`s` becomes a float) and the side trace's own exit is taken. g: the side path makes `x` an
    // int where the loop's body assumed a float, so the loop starts again from its preamble.
    // h: a side path that raises, caught in the frame, with the traceback's line. m: exits of a
    // method's inlined call (a branch inside it flips), into side traces that leave the call.
    const src = [
      "def f(n, k):",
      "    s = 0",
      "    for i in range(n):",
      "        if i >= k:",
      "            s = s + (1 if i < 1500 else 0.5)",
      "        else:",
      "            s += 2",
      "    return s",
      "",
      "def g(n):",
      "    x = 0.5",
      "    t = 0.0",
      "    for i in range(n):",
      "        if i % 3 == 0 and i > 0:",
      "            x = i",
      "        else:",
      "            x = x * 0.5 + 1.0",
      "        t = t + x",
      "    return t, x",
      "",
      "def h(n):",
      "    out = []",
      "    for i in range(n):",
      "        if i > 100:",
      "            try:",
      "                out.append(10 // (i % 50))",
      "            except ZeroDivisionError as e:",
      "                out.append(e.__traceback__.tb_lineno)",
      "        else:",
      "            out.append(i)",
      "    return sum(out), out[-60:]",
      "",
      "class P:",
      "    def __init__(self, z):",
      "        self.z = z",
      "    def bigger(self, o):",
      "        if self.z > o.z:",
      "            return self.z",
      "        return o.z",
      "",
      "def m(ps):",
      "    best = P(0.0)",
      "    t = 0.0",
      "    for p in ps:",
      "        t = t + best.bigger(p)",
      "    return t",
      "",
      "print(f(100, 50), f(3000, 0), f(24000, 0))",
      "print(g(6000))",
      "print(h(4000))",
      "print(m([P(float(i % 7) - 3.0) for i in range(20)] + [P(float(i)) for i in range(3000)]))",
      "",
    ].join("\n");
    const { js } = check("inlined-sides", src, ["--hot", "1"]);
    expect(js.stats.js!.sidesInlined).toBeGreaterThan(0);
    // f's loop, whose exit to the if branch is taken at every iteration, is recorded again along
    // it (supervisor.ts maybeRecordAgain), in both pipelines alike (the counts above agree)
    expect(js.stats.traces.recordedAgain).toBeGreaterThan(0);
    expect(js.stats.traces.sideTraces).toBeGreaterThan(0);
    // the side trace's code is in the loop's function, which goes round again after it
    const all = js.sources.join("\n");
    expect(all).toMatch(/\$se\d+ = \$sides\[\d+\]\.run\.entries/);
    expect(all).toMatch(/\$holds\(\$loop, frame\)\) return -2;/);
    expect(all).toMatch(/\$state\.exitIn = \$sides\[\d+\]; return \d+;/);
  }, 60000);

  it("stops a compiled loop when a class it assumed changes, and at a pending signal's handler", () => {
    const src =
      "import signal\nclass A:\n    def m(self):\n        return 1\nhits = []\nsignal.signal(signal.SIGUSR1, lambda s, f: hits.append(s))\ndef f(n):\n    a = A()\n    t = 0\n    for i in range(n):\n        t += a.m()\n        if i == 3000:\n            A.m = lambda self: 2\n        if i == 4000:\n            signal.raise_signal(signal.SIGUSR1)\n    return t\n\nprint(f(6000), hits)\n";
    check("invalidate", src, ["--hot", "1"]);
  }, 60000);
});
