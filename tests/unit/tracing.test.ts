// Targeted tests of the tracing engine: each program's output must be CPython's, and the
// statistics must show the mechanism under test actually ran.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const CLI = join(ROOT, "runtime", "bin", "hotpy.js");
const dir = mkdtempSync(join(tmpdir(), "hotpy-tracing-"));

interface Stats {
  instructions: { base: number; trace: number };
  traces: {
    recorded: number;
    aborted: number;
    evicted: number;
    invalidated: number;
    exits: number;
    sideTraces: number;
    links: number;
    callsInlined: number;
    callsGivenBack: number;
    fragmentsRecorded: number;
    exitsInInlinedCalls: number;
    abortedByReason: Record<string, number>;
  };
}

function check(name: string, source: string, extra: string[] = []): { stats: Stats; stderr: string } {
  const file = join(dir, `${name}.py`);
  writeFileSync(file, source);
  const py = spawnSync(process.env.HOTPY_PYTHON ?? "python3.11", [file], { encoding: "utf8", cwd: dir });
  const statsFile = join(dir, `${name}.json`);
  const r = spawnSync(process.execPath, [CLI, "run", "--pipeline", "thin", "--stats-json", statsFile, ...extra, file], { encoding: "utf8", cwd: dir });
  expect(r.stdout).toBe(py.stdout);
  expect(r.status).toBe(py.status);
  expect(r.stderr.trim().split("\n").pop()).toBe(py.stderr.trim().split("\n").pop());
  return { stats: JSON.parse(readFileSync(statsFile, "utf8")), stderr: r.stderr };
}

describe("tracing (--pipeline thin)", () => {
  it("runs a hot loop as a trace", () => {
    const { stats } = check("hot", "t = 0\nfor i in range(20000):\n    t += i * 2\nprint(t)\n");
    expect(stats.traces.recorded).toBe(1);
    expect(stats.instructions.trace).toBeGreaterThan(10 * stats.instructions.base);
  });

  it("links the traces of nested loops: the outer body runs into the inner loop's trace and back", () => {
    // the inner loops get their traces first; the first one's exit gets a side trace that ends
    // at the second one's header and links to its trace, whose exit gets a side trace that runs
    // the rest of the outer body: the whole nest runs in traces
    const src = [
      "def work(rows, width):",
      "    total = 0",
      "    for r in range(rows):",
      "        row = [r * width + c for c in range(width)]",
      "        s = 0",
      "        for v in row:",
      "            if v % 3:",
      "                s += v",
      "            else:",
      "                s -= 1",
      "        for w in row:",
      "            s ^= w",
      "        total += s % 1000",
      "    return total",
      "print(work(400, 30), work(3, 3))",
    ].join("\n");
    const { stats } = check("links", src + "\n");
    expect(stats.traces.links).toBeGreaterThan(300);
    expect(stats.traces.sideTraces).toBeGreaterThanOrEqual(2);
    expect(stats.instructions.trace).toBeGreaterThan(20 * stats.instructions.base);
    // a loop recorded on the iteration that leaves it would have that exit as its main path
    check("links-hot1", src + "\n", ["--hot", "1"]);
  });

  it("does not take a loop's last iteration for its body", () => {
    // ten items and --hot 10: the tenth back-edge comes as the loop ends. Recorded then, the
    // trace's main path would be the loop's exit and every other iteration a guard failure
    const src = "def f(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\ntotal = 0\nfor k in range(2000):\n    total += f(list(range(k % 3, k % 3 + 10)))\nprint(total)\n";
    const { stats } = check("last-iteration", src);
    expect(stats.traces.abortedByReason["loop ended"]).toBeGreaterThanOrEqual(1);
    expect(stats.traces.exits).toBeLessThan(3000);
  });

  it("propagates an exception raised inside a trace with the right traceback", () => {
    const src = "def f(xs):\n    t = 0\n    for x in xs:\n        t += 100 // x\n    return t\n\nprint(f([5] * 50 + [0]))\n";
    const { stats, stderr } = check("exc", src);
    expect(stats.traces.recorded).toBeGreaterThan(0);
    expect(stderr).toContain('line 4, in f\n    t += 100 // x\nZeroDivisionError: integer division or modulo by zero');
  });

  it("catches an exception raised inside a trace in the same frame", () => {
    const src = "n = 0\nfor i in range(200):\n    try:\n        if i % 50 == 49:\n            raise ValueError(i)\n        n += 1\n    except ValueError as e:\n        n += 1000\nprint(n)\n";
    check("catch", src, ["--hot", "1"]);
  });

  it("sees a class mutated and a global rebound while its trace runs", () => {
    const src = [
      "class A:",
      "    def get(self): return 1",
      "K = 10",
      "a = A()",
      "total = 0",
      "for i in range(300):",
      "    total += a.get() + K",
      "    if i == 100:",
      "        A.get = lambda self: 2",
      "    if i == 200:",
      "        K = 1000",
      "print(total)",
    ].join("\n");
    const { stats } = check("mutate", src + "\n");
    expect(stats.traces.recorded).toBeGreaterThan(0);
  });

  it("consumes a generator in a hot loop", () => {
    const src = "def gen(n):\n    for i in range(n):\n        yield i * i\n\ns = 0\nfor v in gen(5000):\n    s += v\nprint(s)\n";
    const { stats } = check("gen", src);
    expect(stats.traces.recorded).toBeGreaterThan(0);
  });

  it("handles recursion inside a hot loop", () => {
    const src = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\nout = []\nfor i in range(18):\n    out.append(fib(i))\nprint(out)\n";
    check("recur", src, ["--hot", "2"]);
  });

  it("evicts the least used trace when the cache is full", () => {
    const src = "a = b = c = 0\nfor i in range(500):\n    a += i\nfor i in range(500):\n    b += i\nfor i in range(500):\n    c += i\nprint(a, b, c)\n";
    const { stats } = check("evict", src, ["--trace-cache-size", "1"]);
    expect(stats.traces.recorded).toBe(3);
    expect(stats.traces.evicted).toBe(2);
  });

  it("forms a side trace from a hot exit and uses it", () => {
    const src = "t = 0\nfor i in range(30000):\n    if i % 3 == 0:\n        t += i\n    else:\n        t -= 1\nprint(t)\n";
    const { stats } = check("side", src);
    expect(stats.traces.sideTraces).toBe(1);
    // once the side trace exists the base interpreter hardly runs
    expect(stats.instructions.base).toBeLessThan(1000);
  });

  it("aborts recording on a loop that returns from its frame, and still runs correctly", () => {
    const src = "def find(xs, v):\n    for i, x in enumerate(xs):\n        if x == v:\n            return i\n    return -1\n\nprint([find(list(range(50)), k) for k in range(0, 60, 7)])\n";
    check("abort", src, ["--hot", "1"]);
  });

  // Frames of inlined calls: exits and exceptions inside them must leave the same frames,
  // line numbers and tracebacks as the base interpreter (CPython's ^^^ marker lines aside).
  const INLINED = [
    "import sys",
    "def where():",
    "    f = sys._getframe(1)",
    "    out = []",
    "    while f is not None:",
    "        out.append(f'{f.f_code.co_name}:{f.f_lineno}')",
    "        f = f.f_back",
    "    return out",
    "def check(y, i):",
    "    if y > 0:",
    "        raise ValueError(f'bad {y} at {i}')",
    "    return y",
    "def inner(x, i):",
    "    if i % 300 == 299:",
    "        print('exit at', i, where())",
    "        return 0",
    "    if i == 950:",
    "        return check(x * 2.5, i)",
    "    return x + 1",
    "def middle(x, i):",
    "    try:",
    "        return inner(x, i) * 2",
    "    except ZeroDivisionError:",
    "        return -1",
    "def risky(i):",
    "    return 10 // (i % 400)",
    "t = 0",
    "for i in range(1000):",
    "    t += middle(i, i)",
    "    try:",
    "        t += risky(i)",
    "    except ZeroDivisionError as e:",
    "        print('caught', i, e)",
    "print(t)",
  ].join("\n");

  it("rebuilds the frames of inlined calls when an exit is taken inside them", () => {
    const { stats, stderr } = check("inlined-exit", INLINED + "\n");
    expect(stats.traces.recorded).toBe(1);
    expect(stats.traces.callsInlined).toBeGreaterThanOrEqual(3);
    expect(stats.traces.exitsInInlinedCalls).toBeGreaterThanOrEqual(4);
    const py = spawnSync(process.env.HOTPY_PYTHON ?? "python3.11", [join(dir, "inlined-exit.py")], { encoding: "utf8", cwd: dir });
    const noMarkers = (s: string) => s.split("\n").filter((l) => !/^\s*[\^~]+\s*$/.test(l)).join("\n");
    expect(noMarkers(stderr)).toBe(noMarkers(py.stderr));
    expect(stderr).toContain("line 18, in inner\n    return check(x * 2.5, i)\n");
  });

  it("hands an exception raised inside an inlined call to the caller's handler", () => {
    const src = "def div(a, b):\n    return a // b\n\ndef safe(a, b):\n    try:\n        return div(a, b)\n    except ZeroDivisionError:\n        return None\n\nout = []\nfor i in range(400):\n    out.append(safe(1000, i % 7))\nprint(out[:20], out.count(None))\n";
    const { stats } = check("inlined-exc", src, ["--hot", "1"]);
    expect(stats.traces.callsInlined).toBeGreaterThanOrEqual(2);
  });

  /** runs `body` with calls of functions that have a loop inlined (off by default: recorder.ts
   *  inlineLoopingCalls) */
  function withLoopingCalls(body: () => void): void {
    process.env.HOTPY_INLINE_LOOPING_CALLS = "1";
    try {
      body();
    } finally {
      delete process.env.HOTPY_INLINE_LOOPING_CALLS;
    }
  }

  it("does not inline a call of a function with a loop by default", () => {
    const src = "def pair(a, i):\n    for k in range(i, i + 2):\n        a[k] = k\n    return a[i] + a[i + 1]\n\narr = [0] * 10\nt = 0\nfor n in range(3000):\n    t += pair(arr, n % 8)\nprint(t)\n";
    const { stats } = check("callee-loop-default", src);
    expect(stats.traces.callsInlined).toBe(0);
    expect(stats.traces.exits).toBeGreaterThan(1000);
  });

  it("runs the callee-loop programs right with looping calls inlined (HOTPY_INLINE_LOOPING_CALLS=1)", () => {
    withLoopingCalls(() => {
      for (const name of ["trace_inline_callee_loops", "trace_inline_callee_loop_raise"]) {
        const source = readFileSync(join(ROOT, "tests", "programs", `${name}.py`), "utf8");
        const { stats } = check(`${name}-inlined`, source, ["--hot", "1"]);
        expect(stats.traces.callsInlined).toBeGreaterThan(0);
      }
    });
  });

  it("inlines a call of a function with a short loop, unrolling the loop into the caller's trace", () => withLoopingCalls(() => {
    // pystone's Proc8 pattern: a two-iteration loop in a function called once per iteration
    const src = "def pair(a, i):\n    for k in range(i, i + 2):\n        a[k] = k\n    return a[i] + a[i + 1]\n\narr = [0] * 10\nt = 0\nfor n in range(3000):\n    t += pair(arr, n % 8)\nprint(t)\n";
    const { stats } = check("callee-short-loop", src);
    expect(stats.traces.callsInlined).toBeGreaterThanOrEqual(1);
    // the callee's loop runs inside the caller's trace: no exit per call, no base interpreter
    expect(stats.traces.exits).toBeLessThan(10);
    expect(stats.instructions.trace).toBeGreaterThan(50 * stats.instructions.base);
  }));

  it("gives a call back to the base interpreter when its loop runs long, and keeps the CALL in the trace", () => withLoopingCalls(() => {
    const src = "def total(n):\n    s = 0\n    for k in range(n):\n        s += k\n    return s\n\nt = 0\nfor n in range(400):\n    t += total(20) + n\nprint(t)\n";
    const { stats } = check("callee-long-loop", src);
    expect(stats.traces.callsGivenBack).toBe(1);
    // the caller's loop and the callee's loop each run as a trace, the caller's trace calling
    // out (the callee's loop trace leaves at the loop's end, as without inlining)
    expect(stats.traces.recorded).toBe(2);
    expect(stats.traces.callsInlined).toBe(0);
    expect(stats.instructions.trace).toBeGreaterThan(5 * stats.instructions.base);
  }));

  it("leaves a trace when an inlined callee is replaced", () => {
    const src = "def f(x):\n    return x + 1\n\ndef g(x):\n    return x * 2\n\nt = 0\nfor i in range(600):\n    t += f(i)\n    if i == 300:\n        f = g\nprint(t)\n";
    const { stats } = check("inlined-rebind", src);
    expect(stats.traces.callsInlined).toBeGreaterThanOrEqual(1);
    expect(stats.traces.exits).toBeGreaterThan(0);
  });

  it("invalidates a trace when a class it assumed (or a base) changes, and records it again", () => {
    const src = [
      "class Shape:",
      "    def area(self):",
      "        return 1",
      "class Sq(Shape):",
      "    def name(self):",
      "        return 'sq'",
      "s = Sq()",
      "t = 0",
      "for i in range(3000):",
      "    t += s.area()",
      "    if s.name() != 'sq':",
      "        t += 100",
      "    if i == 1000:",
      "        Shape.area = lambda self: 2",
      "    if i == 2000:",
      "        s.area = lambda: 5",
      "print(t)",
    ].join("\n");
    const { stats } = check("invalidate", src + "\n");
    expect(stats.traces.invalidated).toBe(1);
    expect(stats.traces.recorded).toBe(2);
  });

  it("stays within the thin-op bound of the trace cache", () => {
    const loops = [0, 1, 2, 3].map((k) => `for i in range(300):\n    a${k} = i * ${k} + 1\n    b${k} = a${k} - i\n`).join("");
    const { stats } = check("cache-ops", `${loops}print(a0, a1, a2, a3, b3)\n`, ["--trace-cache-ops", "12"]);
    expect(stats.traces.recorded).toBe(4);
    expect(stats.traces.evicted).toBe(3);
  });

  it("records the Python code that ops call (dunders, __init__, properties) as fragments", () => {
    const src = [
      "class V:",
      "    def __init__(self, x):",
      "        self.x = x",
      "    def __add__(self, o):",
      "        return V(self.x + o.x)",
      "    def __getitem__(self, i):",
      "        if i > 3:",
      "            raise IndexError(i)",
      "        return self.x * i",
      "    @property",
      "    def half(self):",
      "        return self.x / 2",
      "class Countdown:",
      "    def __init__(self, n):",
      "        self.n = n",
      "    def __iter__(self):",
      "        return self",
      "    def __next__(self):",
      "        if self.n == 0:",
      "            raise StopIteration",
      "        self.n -= 1",
      "        return self.n",
      "acc = V(0)",
      "t = 0",
      "for i in range(3000):",
      "    acc = acc + V(i)",
      "    try:",
      "        t += acc[i % 5]",
      "    except IndexError as e:",
      "        t -= 1",
      "    t += acc.half if i % 7 else 0.5",
      "    for k in Countdown(i % 4):",
      "        t += k",
      "print(acc.x, t)",
    ].join("\n");
    const { stats } = check("fragments", src + "\n");
    expect(stats.traces.fragmentsRecorded).toBeGreaterThanOrEqual(4);
    expect(stats.instructions.trace).toBeGreaterThan(stats.instructions.base);
  });

  it("records generators resumed by ops (for loops, sum, send) as fragments up to their next yield", () => {
    const src = [
      "def numbers(n):",
      "    i = 0",
      "    while i < n:",
      "        if i == 1500:",
      "            raise ValueError('at 1500')",
      "        yield i",
      "        i += 1",
      "def squares(src):",
      "    for x in src:",
      "        yield x * x",
      "def running():",
      "    total = 0",
      "    while True:",
      "        x = yield total",
      "        total += x",
      "acc = running()",
      "next(acc)",
      "t = 0",
      "g = squares(numbers(2000))",
      "try:",
      "    for v in g:",
      "        t += v % 7",
      "        t += acc.send(v) % 3",
      "except ValueError as e:",
      "    print('stopped:', e, t)",
      "print(sum(x % 5 for x in numbers(1000)), t)",
      "print(g.gi_frame, next(g, 'done'))",
    ].join("\n");
    const { stats } = check("gen-fragments", src + "\n");
    expect(stats.traces.fragmentsRecorded).toBeGreaterThanOrEqual(3);
    expect(stats.instructions.trace).toBeGreaterThan(stats.instructions.base);
  });

  it("writes readable traces with --dump-traces", () => {
    const dumpDir = join(dir, "dump");
    check("dump", "t = 0\nfor i in range(100):\n    t += i\nprint(t)\n", ["--dump-traces", dumpDir]);
    const files = readdirSync(dumpDir);
    expect(files.length).toBe(1);
    const text = readFileSync(join(dumpDir, files[0]), "utf8");
    expect(text).toMatch(/line 3: BINARY_OP/);
    expect(text).toMatch(/GUARD_TRUE SMALL_INT_ITER_NEXT/);
    expect(text).toMatch(/INT_ADD/);
  });
});
