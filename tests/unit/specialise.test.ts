// Targeted tests of the type specialiser (--pipeline specialise): each program's output (and
// last stderr line) must be CPython's, and the statistics and dumps must show the
// specialisation under test happened.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const CLI = join(ROOT, "runtime", "bin", "hotpy.js");
const dir = mkdtempSync(join(tmpdir(), "hotpy-specialise-"));

interface Stats {
  instructions: { base: number; trace: number };
  traces: { recorded: number; invalidated: number; exits: number };
  specialiser: { entriesIn: number; entriesOut: number; guardsRemoved: number; opsReplaced: number; globalsCached: number; loopsPeeled: number };
}

/** Runs `source` under CPython and under `--pipeline specialise` (and thin, for the
 *  instruction counts); returns the specialise run's stats, the thin run's and the dumps. */
function check(name: string, source: string, extra: string[] = [], env: Record<string, string> = {}): { stats: Stats; thin: Stats; dumps: string[]; stderr: string } {
  const file = join(dir, `${name}.py`);
  writeFileSync(file, source);
  const py = spawnSync(process.env.HOTPY_PYTHON ?? "python3.11", [file], { encoding: "utf8", cwd: dir });
  const run = (pipeline: string) => {
    const statsFile = join(dir, `${name}.${pipeline}.json`);
    const dump = join(dir, `${name}.${pipeline}.dump`);
    const r = spawnSync(process.execPath, [CLI, "run", "--pipeline", pipeline, "--stats-json", statsFile, "--dump-traces", dump, ...extra, file], { encoding: "utf8", cwd: dir, env: { ...process.env, ...env } });
    expect(r.stdout, `${pipeline}: ${r.stderr}`).toBe(py.stdout);
    expect(r.status).toBe(py.status);
    expect(r.stderr.trim().split("\n").pop()).toBe(py.stderr.trim().split("\n").pop());
    let dumps: string[] = [];
    try {
      dumps = readdirSync(dump).filter((f) => f.endsWith(`.${pipeline}.txt`)).map((f) => readFileSync(join(dump, f), "utf8"));
    } catch {
      // no trace recorded: no dump folder
    }
    return { stats: JSON.parse(readFileSync(statsFile, "utf8")) as Stats, stderr: r.stderr, dumps };
  };
  const s = run("specialise");
  const t = run("thin");
  return { stats: s.stats, thin: t.stats, dumps: s.dumps, stderr: s.stderr };
}

describe("type specialisation (--pipeline specialise)", () => {
  it("drops the guards a float loop has proven, peels the loop and runs fewer thin ops", () => {
    const src = "def f(n):\n    x = 0.5\n    acc = 0.0\n    for i in range(n):\n        acc = acc * 0.99 + x * x\n        x = x + 0.001\n    return acc\n\nprint(f(5000))\n";
    const { stats, thin, dumps } = check("floats", src);
    expect(stats.specialiser.guardsRemoved).toBeGreaterThan(0);
    expect(stats.specialiser.loopsPeeled).toBe(1);
    const body = dumps.join("\n").split("peeled loop body")[1];
    // from the second iteration on, acc and x are known floats: no type guard is left
    expect(body).not.toMatch(/BOTH_SMALL_INT|BOTH_FLOAT/);
    expect(stats.instructions.trace).toBeLessThan(0.8 * thin.instructions.trace);
  });

  it("runs int sums as overflow-checked guards, so the next operator needs no type check, and leaves when a sum overflows", () => {
    // i + j, (i + j) * 3 and the comparison: only the first operator checks its operands' types
    const src =
      "def f(n):\n    t = 0\n    j = 2**50\n    for i in range(n):\n        s = i + j\n        if s * 3 > 0:\n            t = t + 1\n        if i == n - 50:\n            j = 2**53 - 10\n    return t, s\n\nprint(f(3000))\n";
    const { stats, dumps } = check("checked", src);
    const body = dumps.join("\n").split("peeled loop body")[1].split("specialise trace")[0];
    expect(body).toMatch(/GUARD_TRUE INT_ADD_SMALL/);
    // s and t are small ints when the adds' guards held, as i and j are from the preamble on:
    // no operator of the body checks its operands' types
    expect(body).not.toMatch(/BOTH_SMALL_INT/);
    expect((stats.specialiser as unknown as { opsChecked: number }).opsChecked).toBeGreaterThan(0);
    expect(stats.traces.exits).toBeGreaterThan(0);
  });

  it("fuses a comparison with the branch on it, and learns from failed guards what an iterator is not", () => {
    const src =
      "def gen(n):\n    for i in range(n):\n        yield i\n\ndef f(n):\n    t = 0\n    for v in gen(n):\n        if v < 10:\n            t += 1\n    return t\n\nprint(f(3000))\n";
    const { stats, dumps } = check("fused", src);
    const text = dumps.join("\n");
    expect(text).toMatch(/GUARD_(TRUE|FALSE) INT_COMPARE_TEST \[/);
    expect((stats.specialiser as unknown as { opsFused: number }).opsFused).toBeGreaterThan(0);
    // the loop over the generator: its body no longer checks for a range or a list iterator
    const body = text.split("peeled loop body").slice(1).join("\n");
    expect(body).toMatch(/ITER_NEXT/);
    expect(body).not.toMatch(/SMALL_INT_ITER |SEQ_ITER /);
  });

  it("leaves the peeled body when a loop-carried float turns into an int, and stays exact", () => {
    const src =
      "def f(n):\n    acc = 0.0\n    out = []\n    for i in range(n):\n        acc = acc + 1.5\n        if i == 300:\n            acc = 7\n        if i == 600:\n            acc = 2 ** 70\n        out.append(acc)\n    return out\n\nr = f(1000)\nprint(r[299:302], r[599:602], r[-1], type(r[-1]).__name__)\n";
    const { stats } = check("kinds_change", src, ["--hot", "2"]);
    expect(stats.specialiser.loopsPeeled).toBeGreaterThan(0);
    expect(stats.traces.exits).toBeGreaterThan(0);
  });

  it("reads a global through its cache, and sees it rebound and a builtin shadowed under the trace", () => {
    const src =
      "SCALE = 2\ndef g(i):\n    return abs(i - 50) * SCALE\ndef f():\n    global SCALE\n    t = 0\n    for i in range(400):\n        t += g(i)\n        if i == 100:\n            SCALE = 3\n        if i == 200:\n            globals()['abs'] = lambda v: -v\n        if i == 300:\n            del globals()['abs']\n    return t\nprint(f())\n";
    const { stats } = check("globals", src, ["--hot", "2"]);
    expect(stats.specialiser.globalsCached).toBeGreaterThan(0);
    expect(stats.traces.invalidated).toBeGreaterThan(0);
  });

  it("runs calls of known native builtins as direct ops, and leaves when the name is rebound mid-loop", () => {
    const src =
      "from math import sqrt\nimport math\ndef f(n):\n    global sqrt, len\n    t = 0.0\n    k = 0\n    for i in range(n):\n        xs = [i, 2, 3]\n        t += sqrt(i * 0.5)\n        k += len(xs) + len('ab\\U0001f600') + len((1, 2))\n        if i == 300:\n            sqrt = lambda v: -v\n        if i == 400:\n            len = lambda v: 100\n    return t, k\n" +
      "print(f(600))\ndel len\nclass Sized:\n    def __len__(self):\n        return 7\nprint(sum(len(s) for s in [Sized()] * 50), sum(len(s) for s in ['x', (1,), [1, 2]] * 30))\n" +
      "def g(xs):\n    return [math.sqrt(x) for x in xs], [sqrt(x) for x in xs]\nsqrt = math.sqrt\nprint(g([4.0] * 40)[0][:2], g([9.0] * 40)[1][:2])\nt = 0.0\nfor x in [4.0] * 100 + [-1.0]:\n    t += sqrt(x)\n";
    const { stats, dumps, stderr } = check("native_calls", src, ["--hot", "2"]);
    const text = dumps.join("\n");
    expect(text).toMatch(/CALL_SQRT_FLOAT \[/);
    expect(text).toMatch(/CALL_LEN_LIST \[/);
    expect(text).toMatch(/CALL_LEN_STR \[/);
    expect(text).toMatch(/CALL_LEN_TUPLE \[/);
    // sqrt and len rebound under the trace: the cached globals' guards fail and the trace goes
    expect(stats.traces.invalidated).toBeGreaterThan(0);
    // sqrt(-1.0) raised by the direct op, as math.sqrt raises it
    expect(stderr.trim().split("\n").pop()).toBe("ValueError: math domain error");
  });

  it("reads globals through the cache inside fragments, with the globals they were recorded with", () => {
    const src =
      // (a class with a __new__ of its own: its call is not inlined, typeCall runs __new__ and
      // __init__, which are recorded as fragments of the CALL)
      "SCALE = 2\nclass P:\n    def __new__(cls, i):\n        return object.__new__(cls)\n    def __init__(self, i):\n        self.v = abs(i - 7) * SCALE\ndef f(n):\n    global SCALE\n    t = 0\n    for i in range(n):\n        t += P(i).v\n        if i == 300:\n            SCALE = 5\n    return t\nprint(f(600))\n";
    const { stats, dumps } = check("fragment_globals", src, ["--hot", "2"]);
    const fragment = dumps.join("\n").split("calls P.__init__")[1]?.slice(0, 400) ?? "";
    expect(fragment).toMatch(/GUARD_TRUE LOAD_GLOBAL_CACHED/);
    // the rebinding fails the fragment's guard once; the fragment is then given up (the base
    // interpreter runs __init__), not left to fail on each of the 299 calls after it
    expect(stats.traces.exits).toBeGreaterThan(0);
    expect(stats.traces.exits).toBeLessThan(10);
  });

  it("reads a known module's attributes through the global cache, and sees them rebound, deleted and replaced by __getattr__", () => {
    const src = "import math, types\ndef f(n):\n    t = 0.0\n    names = 0\n    for i in range(n):\n        t += math.sqrt(i * 1.5) + math.floor(2.5) + len(math.__name__)\n        names += len(math.__dict__) > 10\n        if i == 200:\n            math.sqrt = lambda v: -v\n        if i == 300:\n            del math.sqrt\n            math.__getattr__ = lambda name: (lambda v: 7.0)\n        if i == 400:\n            math.sqrt = abs\n    return t, names\nprint(f(800))\nimport math as m2\ndef g(n):\n    s = 0.0\n    for i in range(n):\n        s += m2.pi * i\n        if i == 50:\n            m2.pi = 3\n    return s\nprint(g(100))\n";
    const { stats, dumps } = check("module_attrs", src, ["--hot", "2"]);
    const text = dumps.join("\n");
    expect(text).toMatch(/GUARD_TRUE LOAD_MODULE_ATTR_CACHED/);
    // math.sqrt of a float, found through the module, runs as the direct op
    expect(text).toMatch(/CALL_SQRT_FLOAT \[/);
    expect(stats.traces.invalidated).toBeGreaterThan(0);
  });

  it("inlines calls of plain classes (a new instance entering __init__), and leaves them when the class changes", () => {
    const src =
      "class V:\n    def __init__(self, x, y=1):\n        self.x = x\n        self.y = y\nclass W(V):\n    pass\n" +
      "def f(n):\n    t = 0\n    for i in range(n):\n        v = V(i) if i % 2 else W(i, 2)\n        t += v.x * v.y + (type(v) is W)\n        if i == 300:\n            V.__init__ = lambda self, x, y=1: setattr(self, 'x', -x) or setattr(self, 'y', y)\n    return t\nprint(f(600))\n";
    const { stats, dumps } = check("class_call_inlined", src, ["--hot", "2"]);
    const text = dumps.join("\n");
    expect(text).toMatch(/ENTER V\.__init__\(\d args, a new instance as self\)/);
    expect(text).toMatch(/LEAVE.*\(the instance, once __init__ returned None\)/);
    // __init__'s parameters are bound: read without the unbound check
    expect(text).toMatch(/in V\.__init__: LOAD_FAST 1 @\d+\n\s+LOAD_FAST_BOUND\(1\)/);
    // (the lambda's code is not the recorded __init__'s: ENTER's guard fails, the CALL runs it)
    expect(stats.traces.exits).toBeGreaterThan(0);
  });

  it("inlines a binary operator's method between instances of one class, not between a class and its subclass", () => {
    const src =
      "class V:\n    def __init__(self, x):\n        self.x = x\n    def __add__(self, o):\n        return V(self.x + o.x) if o.x != 250 else NotImplemented\n    def __radd__(self, o):\n        return 'radd'\nclass W(V):\n    def __radd__(self, o):\n        return 'W.radd'\n" +
      "def f(n):\n    t = V(0)\n    out = []\n    for i in range(n):\n        try:\n            t = t + V(i)\n        except TypeError as e:\n            out.append(str(e))\n        out.append(V(1) + W(2))\n    return t.x, out[:2], out[-3:]\nprint(f(400))\n";
    const { dumps } = check("operator_inlined", src, ["--hot", "2"]);
    const text = dumps.join("\n");
    expect(text).toMatch(/ENTER V\.__add__\(operands of binary operator 0\)/);
    // V + W: W overrides __radd__, which runs first: left to the generic op (its call a fragment)
    expect(text).toMatch(/BINARY_GENERIC \[v\d+ v\d+ -> v\d+\]\n\s+calls W\.__radd__/);
  });

  it("enters the peeled body without the preamble when the frame holds what it assumes, and not otherwise", () => {
    // a side trace every third iteration comes back to the header with acc a float (the body
    // runs next); from i == 500 acc is an int, which the body does not assume (the preamble runs)
    const src =
      "def f(n):\n    acc = 0.0\n    t = 0\n    for i in range(n):\n        if i % 3 == 0:\n            acc = acc + 1.5\n        else:\n            acc = acc * 1.001\n        if i == 500:\n            acc = 7\n        t += 1\n    return acc, t\nprint(f(1000))\nfor k in range(30):\n    f(20)\n";
    const file = join(dir, "body_entry.py");
    writeFileSync(file, src);
    const statsFile = join(dir, "body_entry.json");
    const r = spawnSync(process.execPath, [CLI, "run", "--pipeline", "specialise", "--hot", "2", "--stats-json", statsFile, file], { encoding: "utf8", env: { ...process.env, HOTPY_CHECK_SNAPSHOTS: "1" } });
    const py = spawnSync(process.env.HOTPY_PYTHON ?? "python3.11", [file], { encoding: "utf8" });
    expect(r.stdout, r.stderr).toBe(py.stdout);
    const stats = JSON.parse(readFileSync(statsFile, "utf8"));
    expect(stats.specialiser.preamblesSkipped).toBeGreaterThan(0);
    expect(stats.specialiser.snapshotsChecked).toBeGreaterThan(0);
  });

  it("keeps attribute caches right when a class attribute, a property and __class__ change", () => {
    const src =
      "class A:\n    def __init__(self):\n        self.v = 1\nclass B(A):\n    pass\n" +
      "def f(objs):\n    t = 0\n    for i in range(600):\n        o = objs[i % 2]\n        t += o.v\n        o.v = o.v + 1\n        if i == 200:\n            A.v = property(lambda self: self.__dict__['v'] * 100, lambda self, x: self.__dict__.__setitem__('v', x))\n        if i == 400:\n            objs[0].__class__ = B\n            del A.v\n    return t\nprint(f([A(), A()]))\n";
    const { stats } = check("attrs", src, ["--hot", "2"]);
    expect(stats.specialiser.opsReplaced).toBeGreaterThan(0);
  });

  it("reads plain instance attributes through INSTANCE_ATTR's cache, and other attributes the generic way", () => {
    // the site sees instances of two classes (plain data), a class attribute (INSTANCE_ATTR
    // false: generic path) and a property (a data descriptor: generic path)
    const src =
      "class P:\n    def __init__(self, v):\n        self.v = v\nclass Q(P):\n    pass\nclass C:\n    v = 5\nclass R:\n    @property\n    def v(self):\n        return 9\n" +
      "def f(objs):\n    t = 0\n    for i in range(400):\n        t += objs[i % len(objs)].v\n    return t\nprint(f([P(1), Q(2)]), f([P(1), C(), R()]))\n";
    const { stats, dumps } = check("instance_attr", src, ["--hot", "2"]);
    const text = dumps.join("\n");
    expect(text).toMatch(/GUARD_TRUE LOAD_ATTR_INSTANCE/);
    expect(stats.specialiser.opsReplaced).toBeGreaterThan(0);
  });

  it("checks the frames against each exit's snapshot when asked, and the dumps show the IR and snapshots", () => {
    // a loop whose kinds change (exits from the peeled body) and that leaves inlined calls
    const src =
      "def g(x):\n    return x * 2\ndef f(n):\n    acc = 0.5\n    for i in range(n):\n        acc = acc + g(i)\n        if i == 150:\n            acc = 3\n    return acc\nprint(f(300))\n";
    const file = join(dir, "snapshots.py");
    writeFileSync(file, src);
    const statsFile = join(dir, "snapshots.json");
    const dump = join(dir, "snapshots.dump");
    const r = spawnSync(process.execPath, [CLI, "run", "--pipeline", "specialise", "--hot", "2", "--stats-json", statsFile, "--dump-traces", dump, file], {
      encoding: "utf8",
      env: { ...process.env, HOTPY_CHECK_SNAPSHOTS: "1" },
    });
    const py = spawnSync(process.env.HOTPY_PYTHON ?? "python3.11", [file], { encoding: "utf8" });
    expect(r.stdout, r.stderr).toBe(py.stdout);
    const stats = JSON.parse(readFileSync(statsFile, "utf8"));
    expect(stats.specialiser.snapshotsChecked).toBeGreaterThan(0);
    expect(stats.specialiser.snapshotsChecked).toBeLessThanOrEqual(stats.traces.exits);
    const text = readdirSync(dump).filter((n) => n.endsWith(".specialise.txt")).map((n) => readFileSync(join(dump, n), "utf8")).join("\n");
    expect(text).toMatch(/INT_MUL_SMALL \[v\d+ v\d+ -> v\d+\]/);
    expect(text).toMatch(/snapshot: f0 f locals\(/);
  });

  it("keeps CPython's traceback for an exception raised inside an inlined, specialised call", () => {
    const src = "def div(a, b):\n    return a / b\ndef f(xs):\n    t = 0.0\n    for x in xs:\n        t += div(1.0, x)\n    return t\nprint(f([2.0] * 100 + [0.0]))\n";
    const { stderr } = check("exc", src);
    expect(stderr).toContain('line 6, in f\n    t += div(1.0, x)\n  File');
    expect(stderr).toContain("line 2, in div\n    return a / b\nZeroDivisionError: float division by zero");
  });

  it("runs adjacent entries as one superinstruction, with exits and exceptions in either half at their own entry", () => {
    // o.x: [LOAD_FAST_BOUND, LOAD_ATTR_INSTANCE], whose second half fails on a Q (a slot, not
    // an instance attribute); s = i + j: [INT_ADD_SMALL, STORE_FAST], whose first half fails
    // once the sum is past the small ints (both seen exiting, 2026-12-06, with a print at each
    // exit); K, rebound mid-loop; xs[…]: an IndexError raised in the trace's exit
    // (the pairs of spec/specialise.yaml; the runs' snapshots are checked at every exit)
    const src = [
      "class P:",
      "    def __init__(self, x): self.x = x",
      "class Q:",
      "    __slots__ = ('x',)",
      "    def __init__(self, x): self.x = x",
      "K = 3",
      "def f(items, n):",
      "    global K",
      "    t = 0",
      "    xs = [1, 2, 3]",
      "    j = 2 ** 53 - 300",
      "    c = 0",
      "    for i in range(n):",
      "        o = items[i % 8]",
      "        t = t + o.x",
      "        t = t + K",
      "        if i == 300:",
      "            K = 2 ** 62",
      "        try:",
      "            t += xs[i % 3 + (i == 400) * 5]",
      "        except IndexError:",
      "            t -= 1",
      "        s = i + j",
      "        c = c + (s & 1)",
      "    return t, c, s",
      "print(f([P(1)] * 7 + [Q(2)], 600))",
      "",
    ].join("\n");
    const { stats, thin } = check("pairs", src, [], { HOTPY_CHECK_SNAPSHOTS: "1" });
    const s = stats.specialiser as unknown as { pairsMade: number; snapshotsChecked: number };
    expect(s.pairsMade).toBeGreaterThan(0);
    expect(s.snapshotsChecked).toBeGreaterThan(0);
    expect(stats.traces.exits).toBeGreaterThan(0);
    expect(stats.instructions.trace).toBeLessThan(thin.instructions.trace);
  });

  it("--op-profile counts the trace entries run and their adjacent pairs", () => {
    const file = join(dir, "profile.py");
    writeFileSync(file, "def f(n):\n    t = 0\n    for i in range(n):\n        t = t + i * 2\n    return t\nprint(f(3000))\n");
    const counts = (pipeline: string) => {
      const profile = join(dir, `profile.${pipeline}.txt`);
      const statsFile = join(dir, `profile.${pipeline}.json`);
      const r = spawnSync(process.execPath, [CLI, "run", "--pipeline", pipeline, "--op-profile", profile, "--stats-json", statsFile, file], { encoding: "utf8" });
      expect(r.stdout, r.stderr).toBe("8997000\n");
      const text = readFileSync(profile, "utf8");
      const [singles, pairs] = text.split("\n\n");
      const total = singles.split("\n").filter((l) => !l.startsWith("#")).reduce((a, l) => a + Number(l.trim().split(/\s+/)[0]), 0);
      expect(text).toMatch(new RegExp(`entries run one by one, ${total} in all`));
      return { total, pairs, trace: (JSON.parse(readFileSync(statsFile, "utf8")) as Stats).instructions.trace };
    };
    // thin: every entry is one instruction; specialise: a pair of entries is one
    const t = counts("thin");
    expect(t.total).toBe(t.trace);
    expect(t.pairs).toMatch(/^\s+\d+\s+[\d.]+%\s+STORE_FAST LOAD_FAST_BOUND$|^\s+\d+\s+[\d.]+%\s+\w+ \w+$/m);
    const s = counts("specialise");
    expect(s.total).toBeGreaterThan(s.trace);
  });
});
