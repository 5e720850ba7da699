// The math module against CPython 3.11: every case is evaluated by python3.11 (once, in one
// process) and by our module, and the results must be the same double (compared exactly) or
// the same exception type and message.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import {
  PyBaseException,
  PyBuiltinFunction,
  PyFloat,
  PyInstance,
  PyList,
  PyMethodDescriptor,
  PyObject,
  PyTuple,
  PyType,
  None,
  objectType,
  typeType,
} from "../../runtime/objects/core.js";
import { normBig } from "../../runtime/objects/int.js";
import { newModule } from "../../runtime/interp/imports.js";
import { initMath } from "../../runtime/modules/math.js";

// ---------------------------------------------------------------------------------------------
// Values exchanged with Python (JSON)

type V =
  | { f: string } // float, as repr() ("nan", "inf", "-inf", "-0.0", "1e-05", ...)
  | { i: string } // int, decimal
  | { b: boolean }
  | { s: string }
  | { n: null } // None
  | { l: V[] }
  | { t: V[] }
  | { o: string }; // instance of a helper class defined on both sides

interface Case {
  fn: string;
  args: V[];
  kw?: Record<string, V>;
}
type Result = { ok: V } | { err: [string, string] };

const F = (x: number): V => ({ f: Object.is(x, -0) ? "-0.0" : Number.isNaN(x) ? "nan" : x === Infinity ? "inf" : x === -Infinity ? "-inf" : String(x) });
const I = (x: number | bigint | string): V => ({ i: String(x) });

const PY_SCRIPT = String.raw`
import json, math, sys
class WithFloat:
    def __float__(self): return 2.5
class WithIndex:
    def __index__(self): return 7
class WithRounding:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
class BadFloat:
    def __float__(self): return 1
OBJS = {'WithFloat': WithFloat, 'WithIndex': WithIndex, 'WithRounding': WithRounding, 'BadFloat': BadFloat}
def dec(v):
    if 'f' in v: return float(v['f'])
    if 'i' in v: return int(v['i'])
    if 'b' in v: return v['b']
    if 's' in v: return v['s']
    if 'n' in v: return None
    if 'l' in v: return [dec(x) for x in v['l']]
    if 't' in v: return tuple(dec(x) for x in v['t'])
    if 'o' in v: return OBJS[v['o']]()
    raise ValueError(v)
def enc(x):
    if isinstance(x, bool): return {'b': x}
    if isinstance(x, int): return {'i': str(x)}
    if isinstance(x, float): return {'f': repr(x)}
    if isinstance(x, str): return {'s': x}
    if x is None: return {'n': None}
    if isinstance(x, tuple): return {'t': [enc(y) for y in x]}
    if isinstance(x, list): return {'l': [enc(y) for y in x]}
    return {'s': repr(x)}
out = []
for c in json.load(sys.stdin):
    try:
        r = getattr(math, c['fn'])(*[dec(a) for a in c['args']], **{k: dec(v) for k, v in c.get('kw', {}).items()})
        out.append({'ok': enc(r)})
    except Exception as e:
        out.append({'err': [type(e).__name__, str(e)]})
json.dump(out, sys.stdout)
`;

// ---------------------------------------------------------------------------------------------
// Our side

function helperType(name: string, methods: Record<string, () => PyObject>): PyType {
  const t = new PyType(name, [objectType], typeType, false);
  t.mro = [t, objectType];
  for (const [k, f] of Object.entries(methods)) t.dict.map.set(k, new PyMethodDescriptor(k, t, () => f()));
  return t;
}
const HELPERS: Record<string, PyType> = {
  WithFloat: helperType("WithFloat", { __float__: () => new PyFloat(2.5) }),
  WithIndex: helperType("WithIndex", { __index__: () => 7 }),
  WithRounding: helperType("WithRounding", { __floor__: () => "floor!", __ceil__: () => "ceil!", __trunc__: () => "trunc!" }),
  BadFloat: helperType("BadFloat", { __float__: () => 1 }),
};

function dec(v: V): PyObject {
  if ("f" in v) return new PyFloat(Number(v.f === "nan" ? NaN : v.f === "inf" ? Infinity : v.f === "-inf" ? -Infinity : v.f));
  if ("i" in v) return normBig(BigInt(v.i));
  if ("b" in v) return v.b;
  if ("s" in v) return v.s;
  if ("n" in v) return None;
  if ("l" in v) return new PyList(v.l.map(dec));
  if ("t" in v) return new PyTuple(v.t.map(dec));
  return new PyInstance(HELPERS[v.o]);
}

function enc(x: PyObject): V {
  if (typeof x === "boolean") return { b: x };
  if (typeof x === "number" || typeof x === "bigint") return { i: String(x) };
  if (typeof x === "string") return { s: x };
  if (x === None) return { n: null };
  if (x instanceof PyFloat) return F(x.value);
  if (x instanceof PyTuple) return { t: x.items.map(enc) };
  if (x instanceof PyList) return { l: x.items.map(enc) };
  return { s: `<${x.cls.name}>` };
}

const mathModule = newModule("math");
initMath(mathModule);

function callOurs(c: Case): Result {
  const f = mathModule.dict.map.get(c.fn);
  if (!(f instanceof PyBuiltinFunction)) return { err: ["AttributeError", `module 'math' has no attribute '${c.fn}'`] };
  const args = c.args.map(dec);
  const kwnames = c.kw ? Object.keys(c.kw) : null;
  if (c.kw) for (const k of kwnames!) args.push(dec(c.kw[k]));
  try {
    return { ok: enc(f.fn(args, kwnames)) };
  } catch (e) {
    if (e instanceof PyBaseException) {
      const msg = e.args.items.length > 0 ? e.args.items[0] : "";
      return { err: [e.cls.name, typeof msg === "string" ? msg : String(msg)] };
    }
    throw e;
  }
}

function floatOf(v: V): number | undefined {
  if (!("f" in v)) return undefined;
  return v.f === "nan" ? NaN : v.f === "inf" ? Infinity : v.f === "-inf" ? -Infinity : Number(v.f);
}

/** Exact equality of results (floats bit-for-bit apart from the sign of NaN). */
function same(a: V, b: V): boolean {
  const fa = floatOf(a);
  const fb = floatOf(b);
  if (fa !== undefined || fb !== undefined) {
    if (fa === undefined || fb === undefined) return false;
    return Object.is(fa, fb) || (Number.isNaN(fa) && Number.isNaN(fb));
  }
  if ("t" in a || "l" in a) {
    const xa = "t" in a ? a.t : (a as { l: V[] }).l;
    const xb = "t" in b ? b.t : "l" in b ? b.l : null;
    if (xb === null || ("t" in a) !== ("t" in b) || xa.length !== xb.length) return false;
    return xa.every((x, k) => same(x, xb[k]));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

function ulpDistance(a: number, b: number): number {
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, a);
  buf.setFloat64(8, b);
  const ia = buf.getBigInt64(0);
  const ib = buf.getBigInt64(8);
  const oa = ia < 0n ? -(ia & 0x7fffffffffffffffn) : ia;
  const ob = ib < 0n ? -(ib & 0x7fffffffffffffffn) : ib;
  const d = oa - ob;
  return Number(d < 0n ? -d : d);
}

// ---------------------------------------------------------------------------------------------
// Cases

// MATH_TEST_SEED / MATH_TEST_SCALE explore further random cases (the defaults keep CI deterministic)
let seed = Number(process.env.MATH_TEST_SEED ?? 20240611);
const SCALE = Number(process.env.MATH_TEST_SCALE ?? 1);
function rnd(): number {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const uniform = (a: number, b: number): number => a + (b - a) * rnd();
const wide = (lo = -30, hi = 30): number => (rnd() < 0.5 ? -1 : 1) * Math.exp(uniform(lo, hi));
const randInt = (n: number): number => Math.floor(rnd() * n);
function bigRand(digits: number): bigint {
  let s = String(1 + randInt(9));
  for (let k = 1; k < digits; k++) s += String(randInt(10));
  return BigInt(s);
}

const SPECIAL: V[] = [
  F(0),
  F(-0),
  F(Infinity),
  F(-Infinity),
  F(NaN),
  F(1),
  F(-1),
  F(0.5),
  F(-0.5),
  F(2),
  F(1e-310),
  F(5e-324),
  F(1.7976931348623157e308),
  F(-1e300),
  F(710),
  F(-745.5),
  F(3.141592653589793),
  F(1.5707963267948966),
  I(10),
  I(-3),
  I("1000000000000000000000000000000"),
  I(2n ** 1100n),
  { b: true },
  { b: false },
  { s: "1.5" },
  { n: null },
  { o: "WithFloat" },
  { o: "WithIndex" },
  { o: "BadFloat" },
];

const cases: Case[] = [];
const add = (fn: string, ...args: V[]): void => {
  cases.push({ fn, args });
};

const UNARY_RANGES: Record<string, () => number> = {
  acos: () => uniform(-1, 1),
  asin: () => uniform(-1, 1),
  atan: () => wide(),
  acosh: () => 1 + Math.abs(wide(-20, 20)),
  asinh: () => wide(),
  atanh: () => uniform(-1, 1),
  cbrt: () => wide(-200, 200),
  cos: () => (rnd() < 0.7 ? uniform(-20, 20) : wide(-10, 600)),
  sin: () => (rnd() < 0.7 ? uniform(-20, 20) : wide(-10, 600)),
  tan: () => (rnd() < 0.7 ? uniform(-20, 20) : wide(-10, 100)),
  cosh: () => uniform(-712, 712),
  sinh: () => uniform(-712, 712),
  tanh: () => uniform(-25, 25),
  erf: () => uniform(-7, 7),
  erfc: () => uniform(-7, 28),
  exp: () => uniform(-746, 710),
  exp2: () => uniform(-1076, 1025),
  expm1: () => (rnd() < 0.5 ? uniform(-40, 710) : wide(-40, 0)),
  fabs: () => wide(),
  gamma: () => uniform(-180, 172),
  lgamma: () => (rnd() < 0.7 ? uniform(-180, 200) : Math.abs(wide(-20, 200))),
  log: () => Math.abs(wide(-700, 700)),
  log10: () => Math.abs(wide(-700, 700)),
  log1p: () => (rnd() < 0.5 ? uniform(-1, 1) : Math.abs(wide())),
  log2: () => Math.abs(wide(-700, 700)),
  sqrt: () => Math.abs(wide(-700, 700)),
  degrees: () => wide(),
  radians: () => wide(),
  ulp: () => wide(-700, 700),
  isfinite: () => wide(),
  isinf: () => wide(),
  isnan: () => wide(),
  frexp: () => wide(-700, 700),
  modf: () => wide(-10, 40),
};
for (const [fn, gen] of Object.entries(UNARY_RANGES)) {
  for (let k = 0; k < 24 * SCALE; k++) add(fn, F(gen()));
  for (const s of SPECIAL) add(fn, s);
}
// integer-valued arguments that should be exact
for (let k = -5; k <= 25; k++) add("gamma", F(k));
for (let k = 0; k <= 12; k++) add("lgamma", F(k / 2));
for (let k = -3; k <= 60; k++) add("exp2", F(k));
for (let k = 0; k <= 40; k++) add("log2", I(2n ** BigInt(k * 30)));
for (let k = 0; k <= 20; k++) add("log10", I(10n ** BigInt(k * 20)));
for (let k = 0; k < 10; k++) add("log", I(bigRand(20 + randInt(600))));
for (let k = 0; k < 6; k++) add("sin", F(Math.PI * k));
for (let k = 0; k < 6; k++) add("cos", F((Math.PI / 2) * k));

// floor / ceil / trunc
for (const fn of ["floor", "ceil", "trunc"]) {
  for (let k = 0; k < 12; k++) add(fn, F(wide(-5, 5)));
  for (const x of [1e300, -1e300, 2 ** 53 + 2, -(2 ** 60), 0.5, -0.5, 2.5, -2.5, 1e16, 123456789.99]) add(fn, F(x));
  for (const s of SPECIAL) add(fn, s);
  add(fn, { o: "WithRounding" });
  add(fn, I(-(2n ** 100n)));
}

// two-argument float functions
const BINARY_GENS: Record<string, () => [number, number]> = {
  atan2: () => [wide(), wide()],
  copysign: () => [wide(), wide()],
  fmod: () => [wide(-10, 40), wide(-10, 10)],
  remainder: () => [wide(-10, 40), wide(-10, 10)],
  pow: () => (rnd() < 0.5 ? [Math.abs(wide(-5, 5)), uniform(-80, 80)] : [-Math.floor(uniform(0, 30)), Math.floor(uniform(-30, 30))]),
  nextafter: () => [wide(), wide()],
  hypot: () => [wide(-300, 300), wide(-300, 300)],
};
const BIN_SPECIAL: V[] = [F(0), F(-0), F(Infinity), F(-Infinity), F(NaN), F(1), F(-1), F(2), F(-2.5), F(0.5)];
for (const [fn, gen] of Object.entries(BINARY_GENS)) {
  for (let k = 0; k < 30 * SCALE; k++) {
    const [x, y] = gen();
    add(fn, F(x), F(y));
  }
  for (const a of BIN_SPECIAL) for (const b of BIN_SPECIAL) add(fn, a, b);
  add(fn, { s: "x" }, F(1));
  add(fn, F(1), { n: null });
  add(fn, I(2n ** 2000n), F(1));
  add(fn, F(1));
  add(fn, F(1), F(2), F(3));
}
for (const [x, y] of [[2, 0.5], [10, 2], [2, 1023], [2, 1024], [2, -1074], [2, -1075], [-8, 1 / 3], [0, -1], [-0, -3], [1e308, 2], [1.0000001, 1e10], [0.5, -2000]] as const)
  add("pow", F(x), F(y));
for (let k = 0; k < 10; k++) add("pow", F(uniform(0.9, 1.1)), F(uniform(-1e4, 1e4)));

// hypot / dist
for (let n = 0; n <= 6; n++) {
  const args: V[] = [];
  for (let k = 0; k < n; k++) args.push(F(wide(-20, 20)));
  add("hypot", ...args);
}
add("hypot", F(3), F(4));
add("hypot", I(3), I(4), I(12));
add("hypot", F(1e308), F(1e308));
add("hypot", F(5e-324), F(5e-324));
add("hypot", F(NaN), F(Infinity));
add("hypot", { s: "a" });
for (let k = 0; k < 8; k++) {
  const n = 1 + randInt(5);
  const p: V[] = [];
  const q: V[] = [];
  for (let j = 0; j < n; j++) {
    p.push(F(wide(-10, 10)));
    q.push(F(wide(-10, 10)));
  }
  add("dist", { t: p }, { l: q });
}
add("dist", { t: [F(1), F(2)] }, { t: [F(4), F(6)] });
add("dist", { t: [] }, { t: [] });
add("dist", { t: [F(1)] }, { t: [F(1), F(2)] });
add("dist", I(1), I(2));
add("dist", { t: [F(1), { s: "a" }] }, { t: [F(1), F(2)] });
add("dist", { t: [F(1)] });

// fsum
for (let k = 0; k < 25 * SCALE; k++) {
  const n = randInt(40);
  const xs: V[] = [];
  for (let j = 0; j < n; j++) {
    const r = rnd();
    xs.push(r < 0.3 ? F(wide(-40, 40)) : r < 0.6 ? F(uniform(-1, 1) * 10 ** randInt(30)) : r < 0.8 ? F(-1e16 * (randInt(3) - 1)) : I(randInt(1000) - 500));
  }
  add("fsum", { l: xs });
}
for (const xs of [
  [F(1e-16), F(1), F(1e16)],
  [F(1e308), F(1e308)],
  [F(1e308), F(1e308), F(-1e308)],
  [F(Infinity), F(-Infinity)],
  [F(Infinity), F(1)],
  [F(NaN), F(1)],
  [F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1)],
  [],
  [I(2n ** 1100n)],
  [F(1), { s: "a" }],
  [F(-0)],
  [F(1.7976931348623157e308), F(9.9792015476736e291), F(-1.7976931348623157e308)],
])
  add("fsum", { l: xs });
add("fsum", I(1));
add("fsum", { t: [{ o: "WithFloat" }, { o: "WithIndex" }] });

// isclose (with keywords)
for (let k = 0; k < 15; k++) {
  const a = wide(-5, 5);
  const b = a * (1 + uniform(-1e-8, 1e-8));
  cases.push({ fn: "isclose", args: [F(a), F(b)] });
  cases.push({ fn: "isclose", args: [F(a), F(b)], kw: { rel_tol: F(10 ** -uniform(5, 12)), abs_tol: F(rnd() < 0.5 ? 0 : 1e-9) } });
}
cases.push({ fn: "isclose", args: [F(1), F(1.1)], kw: { rel_tol: F(-1) } });
cases.push({ fn: "isclose", args: [F(1)] });
cases.push({ fn: "isclose", args: [F(1), F(2), F(3)] });
cases.push({ fn: "isclose", args: [F(1), F(2)], kw: { foo: F(3) } });
cases.push({ fn: "isclose", args: [], kw: { a: F(1), b: F(1) } });
cases.push({ fn: "isclose", args: [F(1)], kw: { a: F(1) } });
cases.push({ fn: "isclose", args: [F(Infinity), F(Infinity)] });
cases.push({ fn: "isclose", args: [F(Infinity), F(-Infinity)] });
cases.push({ fn: "isclose", args: [F(NaN), F(NaN)] });
cases.push({ fn: "isclose", args: [F(1e-10), F(0)], kw: { abs_tol: F(1e-9) } });
cases.push({ fn: "isclose", args: [F(1), F(1)], kw: { rel_tol: { s: "a" } } });

// integer functions
for (let k = 0; k < 12; k++) {
  const args: V[] = [];
  const n = randInt(5);
  const common = bigRand(1 + randInt(30));
  for (let j = 0; j < n; j++) args.push(I(common * bigRand(1 + randInt(20)) * (rnd() < 0.3 ? -1n : 1n)));
  add("gcd", ...args);
  add("lcm", ...args);
}
for (const args of [[], [I(0)], [I(-4)], [I(0), I(0)], [I(0), I(5)], [{ b: true }, I(4)], [F(1.5)], [I(1), { n: null }], [I(12), I(18), I(-27)], [{ o: "WithIndex" }, I(21)]] as V[][]) {
  add("gcd", ...args);
  add("lcm", ...args);
}
for (let k = 0; k < 15; k++) add("isqrt", I(bigRand(1 + randInt(80))));
for (const v of [I(0), I(1), I(3), I(4), I(2n ** 106n - 1n), I(2n ** 106n), I(-1), F(4), { b: true }, { s: "4" }, { o: "WithIndex" }]) add("isqrt", v);
for (const v of [0, 1, 5, 18, 19, 20, 21, 25, 50, 100, 171, 300]) add("factorial", I(v));
for (const v of [I(-1), F(5), F(5.5), { s: "a" }, I(2n ** 70n), I(-(2n ** 70n)), { b: true }, { o: "WithIndex" }]) add("factorial", v);
for (let k = 0; k < 12; k++) {
  const n = randInt(120);
  const r = randInt(n + 3);
  add("comb", I(n), I(r));
  add("perm", I(n), I(r));
}
for (const [n, r] of [[100, 50], [1000, 3], [10n ** 30n, 3n], [10n ** 20n, 10n ** 20n - 2n], [5, 7], [0, 0], [67, 33], [68, 34]] as const) {
  add("comb", I(n), I(r));
  add("perm", I(n), I(r));
}
for (const args of [[I(5)], [I(-1), I(2)], [I(5), I(-2)], [F(5), I(2)], [I(5), F(2)], [I(1), I(2), I(3)], [{ b: true }, { b: true }], [I(10n ** 20n), I(10n ** 19n)]] as V[][]) {
  add("comb", ...args);
  add("perm", ...args);
}
add("perm", I(6), { n: null });
add("perm", I(-1));
add("perm");

// ldexp / log with base / prod
for (let k = 0; k < 15; k++) add("ldexp", F(wide(-10, 10)), I(randInt(2200) - 1100));
for (const [x, i] of [[1, 1024], [0.75, -1074], [1.5, -1074], [5e-324, -1], [1, 1023], [1e308, 10], [Infinity, -5], [0, 100000]] as const) add("ldexp", F(x), I(i));
add("ldexp", F(1), I(10n ** 30n));
add("ldexp", F(1), I(-(10n ** 30n)));
add("ldexp", F(1), F(2));
add("ldexp", F(1), { b: true });
add("ldexp", { s: "a" }, I(1));
for (let k = 0; k < 12; k++) add("log", F(Math.abs(wide(-30, 30))), F(Math.abs(wide(-5, 5))));
for (const args of [[I(8), I(2)], [I(2n ** 1000n), I(2)], [I(10n ** 400n), I(10n ** 300n)], [I(1), I(1)], [I(10), I(0)], [I(0)], [I(-1)], [F(Infinity), F(Infinity)], [F(2), { s: "a" }], [], [I(1), I(2), I(3)]] as V[][])
  add("log", ...args);
cases.push({ fn: "log", args: [], kw: { x: I(1) } });
for (let k = 0; k < 8; k++) {
  const xs: V[] = [];
  for (let j = 0; j < randInt(12); j++) xs.push(rnd() < 0.5 ? I(randInt(2000) - 1000) : F(uniform(-3, 3)));
  add("prod", { l: xs });
}
add("prod", { l: [I(2n ** 40n), I(2n ** 40n), I(3)] });
add("prod", { l: [{ b: true }, { b: true }] });
add("prod", { l: [] });
cases.push({ fn: "prod", args: [{ l: [] }], kw: { start: F(2.5) } });
cases.push({ fn: "prod", args: [{ l: [I(3), I(4)] }], kw: { start: I(10n ** 20n) } });
cases.push({ fn: "prod", args: [{ l: [I(1)] }, I(2)] });
cases.push({ fn: "prod", args: [], kw: { iterable: { l: [] } } });
cases.push({ fn: "prod", args: [] });
cases.push({ fn: "prod", args: [{ l: [] }], kw: { begin: I(2) } });
cases.push({ fn: "prod", args: [{ l: [I(2)] }], kw: { start: I(3), start2: I(1) } });
add("prod", I(1));

// argument-count and keyword errors of the calling conventions
cases.push({ fn: "sqrt", args: [] });
cases.push({ fn: "sqrt", args: [F(1), F(2)] });
cases.push({ fn: "sqrt", args: [], kw: { x: F(1) } });
cases.push({ fn: "atan2", args: [F(1)], kw: { x: F(2) } });
cases.push({ fn: "gcd", args: [], kw: { x: I(1) } });
cases.push({ fn: "floor", args: [F(1), F(2)] });
cases.push({ fn: "perm", args: [], kw: { n: I(5) } });

const RESULTS: Result[] = (() => {
  const r = spawnSync("python3.11", ["-c", PY_SCRIPT], { input: JSON.stringify(cases), encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`python3.11 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Result[];
})();

/** Functions computed by correctly rounded stand-ins for glibc routines whose tables we do not
 *  reproduce: they may differ from CPython by one ulp in rare cases. */
const NEAR_CORRECTLY_ROUNDED = new Set(["log", "log2", "log10", "tan", "atan", "asin", "acos", "atan2", "asinh", "acosh", "lgamma"]);

describe("math module vs CPython 3.11", () => {
  it("has exactly CPython's public names", () => {
    const r = spawnSync("python3.11", ["-c", "import math, json; print(json.dumps([n for n in dir(math) if not n.startswith('_')]))"], { encoding: "utf8" });
    const theirs = JSON.parse(r.stdout) as string[];
    const ours = [...mathModule.dict.map.keys()].filter((k) => typeof k === "string" && !k.startsWith("_")).sort();
    expect(ours).toEqual(theirs.sort());
  });

  const byFn = new Map<string, number[]>();
  cases.forEach((c, k) => {
    const list = byFn.get(c.fn) ?? [];
    list.push(k);
    byFn.set(c.fn, list);
  });
  for (const [fn, idx] of byFn) {
    it(`${fn} (${idx.length} cases)`, () => {
      const failures: string[] = [];
      let nearMisses = 0;
      for (const k of idx) {
        const c = cases[k];
        const theirs = RESULTS[k];
        const ours = callOurs(c);
        if ("ok" in theirs && "ok" in ours && same(theirs.ok, ours.ok)) continue;
        if ("err" in theirs && "err" in ours && theirs.err[0] === ours.err[0] && theirs.err[1] === ours.err[1]) continue;
        if (NEAR_CORRECTLY_ROUNDED.has(fn) && "ok" in theirs && "ok" in ours) {
          const a = floatOf(theirs.ok);
          const b = floatOf(ours.ok);
          if (a !== undefined && b !== undefined && ulpDistance(a, b) <= 1) {
            nearMisses++;
            continue;
          }
        }
        failures.push(`${fn}(${JSON.stringify(c.args)}${c.kw ? ", " + JSON.stringify(c.kw) : ""}): CPython ${JSON.stringify(theirs)}, ours ${JSON.stringify(ours)}`);
      }
      expect(failures).toEqual([]);
      expect(nearMisses).toBeLessThanOrEqual(Math.ceil(idx.length / 100));
      if (nearMisses > 0) console.log(`${fn}: ${nearMisses} one-ulp differences (correctly rounded stand-in)`);
    });
  }

  it("runs several hundred cases", () => {
    expect(cases.length).toBeGreaterThan(1500);
  });
});
