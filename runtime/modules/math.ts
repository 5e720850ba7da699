// The math module, as in CPython 3.11 (Modules/mathmodule.c): same functions, argument
// conversions, error types and messages, and — through ./libm.ts — the same float results.
import { fixedFunction } from "../objects/define.js";
import { None, PyBoxed, PyBuiltinFunction, PyFloat, PyList, PyMethodDescriptor, PyModule, PyObject, PyTuple, floatType, intType } from "../objects/core.js";
import { overflowError, typeError, valueError, zeroDivisionError } from "../objects/exceptions.js";
import * as I from "../objects/int.js";
import { registerIntrinsic } from "../interp/intrinsics.js";
import { binaryOp, NB } from "../objects/operators.js";
import { callBound, getIter, index, iterNext, lookupType, toArray, typeOf } from "../objects/protocol.js";
import { registerBuiltinModule } from "../interp/imports.js";
import * as L from "./libm.js";

type Int = I.Int;

// ---------------------------------------------------------------------------------------------
// Argument conversion

/** An exact int (int, bool or int subclass) as number|bigint — PyLong_Check — or undefined. */
function exactInt(x: PyObject): Int | undefined {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof PyBoxed && (typeof x.value === "number" || typeof x.value === "bigint")) return x.value;
  return undefined;
}

/** True when `m` is the builtin int/float method that a subclass merely inherits. */
function isBuiltinMethod(m: PyObject | undefined): boolean {
  return m instanceof PyMethodDescriptor && (m.owner === intType || m.owner === floatType);
}

/** PyFloat_AsDouble: floats (and subclasses) directly, else __float__, else __index__. */
export function asDouble(x: PyObject): number {
  if (x instanceof PyFloat) return x.value;
  switch (typeof x) {
    case "number":
      return x;
    case "boolean":
      return x ? 1 : 0;
    case "bigint":
      return I.intToFloat(x);
    case "string":
      throw typeError("must be real number, not str");
  }
  if (x instanceof PyBoxed && x.value instanceof PyFloat) return x.value.value;
  const t = typeOf(x);
  const f = lookupType(t, "__float__");
  if (x instanceof PyBoxed && (typeof x.value === "number" || typeof x.value === "bigint") && (f === undefined || isBuiltinMethod(f)))
    return I.intToFloat(x.value);
  if (f !== undefined && f !== None) {
    const r = callBound(f, x, []);
    if (r instanceof PyFloat) return r.value;
    if (r instanceof PyBoxed && r.value instanceof PyFloat) return r.value.value;
    throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
  }
  const ix = lookupType(t, "__index__");
  if (ix !== undefined && ix !== None) return I.intToFloat(index(x));
  throw typeError(`must be real number, not ${t.name}`);
}

/** PyLong_FromDouble: an int from an integral double (nan/inf raise). */
function intFromDouble(v: number): Int {
  if (Number.isNaN(v)) throw valueError("cannot convert float NaN to integer");
  if (!Number.isFinite(v)) throw overflowError("cannot convert float infinity to integer");
  if (Math.abs(v) <= Number.MAX_SAFE_INTEGER) return v === 0 ? 0 : v;
  return BigInt(v);
}

const LONG_MAX = 9223372036854775807n;
const big = (x: Int): bigint => (typeof x === "bigint" ? x : BigInt(x));

const f = (x: number): PyFloat => new PyFloat(x);
const domainError = () => valueError("math domain error");
const rangeError = () => overflowError("math range error");

// ---------------------------------------------------------------------------------------------
// Argument-count checks, with CPython's messages for each calling convention

/** METH_O */
function oneArg(name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`math.${name}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** METH_FASTCALL without keywords (_PyArg_CheckPositional). */
function positionalArgs(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): PyObject[] {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`math.${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) throw typeError(`${name} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) throw typeError(`${name} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`);
  return args;
}

/** Argument Clinic's keyword parsing (_PyArg_UnpackKeywords) for parameters `names`, the first
 *  `posonly` positional-only, `minpos` required, at most `maxpos` positional, the rest keyword-only. */
function clinicArgs(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  names: string[],
  posonly: number,
  minpos: number,
  maxpos: number,
): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  const maxargs = names.length;
  const buf: (PyObject | undefined)[] = new Array(maxargs).fill(undefined);
  if (nkw === 0 && minpos <= nargs && nargs <= maxpos) {
    for (let i = 0; i < nargs; i++) buf[i] = args[i];
    return buf;
  }
  if (nargs + nkw > maxargs)
    throw typeError(`${fname}() takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${maxargs === 1 ? "" : "s"} (${nargs + nkw} given)`);
  if (nargs > maxpos) {
    if (maxpos === 0) throw typeError(`${fname}() takes no positional arguments`);
    throw typeError(`${fname}() takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${maxpos === 1 ? "" : "s"} (${nargs} given)`);
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly)
    throw typeError(
      `${fname}() takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${minposonly === 1 ? "" : "s"} (${nargs} given)`,
    );
  for (let i = 0; i < nargs; i++) buf[i] = args[i];
  let remaining = nkw;
  const find = (name: string): PyObject | undefined => {
    const k = kwnames === null ? -1 : kwnames.indexOf(name);
    return k < 0 ? undefined : args[nargs + k];
  };
  for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
    let cur: PyObject | undefined;
    if (remaining > 0) cur = find(names[i]);
    else if (i >= minpos) break;
    buf[i] = cur;
    if (cur !== undefined) remaining--;
    else if (i < minpos) throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (remaining > 0) {
    for (let i = posonly; i < nargs; i++)
      if (find(names[i]) !== undefined) throw typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    const allowed = names.slice(posonly);
    for (const k of kwnames!) if (!allowed.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
  }
  return buf;
}

// ---------------------------------------------------------------------------------------------
// Exact integer helpers

function gcd2(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  let x = big(a);
  let y = big(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return I.normBig(x);
}

/** The product of the integers lo..hi (inclusive), by binary splitting. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 16n) {
    let r = lo;
    for (let i = lo + 1n; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

function factorialOf(n: bigint): bigint {
  return n < 2n ? 1n : rangeProduct(2n, n);
}

function isqrtOf(n: Int): Int {
  if (typeof n === "number") {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return I.normBig(x);
    x = y;
  }
}

/** _PyLong_Frexp: [x, e] with |n| ~= x * 2**e, 0.5 <= x < 1 correctly rounded. n > 0. */
function longFrexp(n: bigint): [number, number] {
  const bl = n.toString(2).length;
  let x: number;
  if (bl <= 64) x = Number(n) / 2 ** bl;
  else {
    const shift = BigInt(bl - 64);
    let top = n >> shift;
    if ((top << shift) !== n) top |= 1n; // sticky bit: no false ties
    x = Number(top) / 2 ** 64;
  }
  if (x === 1) return [0.5, bl + 1];
  return [x, bl];
}

// ---------------------------------------------------------------------------------------------
// The module

function math1(x: PyObject, fn: (x: number) => number, canOverflow: boolean): PyFloat {
  return math1Double(asDouble(x), fn, canOverflow);
}

/** math_1 on a double: the result, or the domain or range error CPython raises. */
function math1Double(v: number, fn: (x: number) => number, canOverflow: boolean): PyFloat {
  const r = fn(v);
  if (Number.isNaN(r) && !Number.isNaN(v)) throw domainError();
  if (!Number.isFinite(r) && Number.isFinite(v)) throw canOverflow ? rangeError() : domainError();
  return f(r);
}

/** math_2 semantics for the two-argument libm wrappers. */
function math2(x: number, y: number, r: number): PyFloat {
  if (Number.isNaN(r)) {
    if (!Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
  } else if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw rangeError();
  return f(r);
}

/** loghelper: logs of ints of any size, else the float function through math_1. */
function logHelper(arg: PyObject, fn: (x: number) => number): number {
  const i = exactInt(arg);
  if (i !== undefined) {
    if (i <= 0) throw domainError();
    if (typeof i === "number") return fn(i);
    const x = Number(i);
    if (Number.isFinite(x)) return fn(x);
    const [m, e] = longFrexp(i);
    return fn(m) + fn(2.0) * e;
  }
  return math1(arg, fn, false).value;
}

function mAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return L.copysign(L.copysign(1, x) === 1 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
    return L.copysign(0.5 * Math.PI, y);
  }
  if (!Number.isFinite(x) || y === 0) {
    if (L.copysign(1, x) === 1) return L.copysign(0, y);
    return L.copysign(Math.PI, y);
  }
  return L.atan2(y, x);
}

function mPow(x: number, y: number): number {
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) r = y === 0 ? 1 : x;
    else if (Number.isNaN(y)) r = x === 1 ? 1 : y;
    else if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? L.copysign(0, x) : 0;
    } else {
      if (Math.abs(x) === 1) r = 1;
      else if (y > 0 && Math.abs(x) > 1) r = y;
      else if (y < 0 && Math.abs(x) < 1) r = -y;
      else r = 0;
    }
    return r;
  }
  r = L.pow(x, y);
  if (!Number.isFinite(r)) {
    if (Number.isNaN(r)) throw domainError();
    if (x === 0) throw domainError();
    throw rangeError();
  }
  return r;
}

function mUlp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = L.nextafter(x, Infinity);
  if (x2 === Infinity) return x - L.nextafter(x, -Infinity);
  return x2 - x;
}

/** math.floor / math.ceil: floats directly, else the type's __floor__/__ceil__, else float(). */
function roundingFn(name: "floor" | "ceil", op: (v: number) => number) {
  const dunder = `__${name}__`;
  return (args: PyObject[], kwnames: string[] | null): PyObject => {
    const x = oneArg(name, args, kwnames);
    if (x instanceof PyFloat) return intFromDouble(op(x.value));
    if (typeof x === "number" || typeof x === "bigint") return x;
    if (typeof x === "boolean") return x ? 1 : 0;
    if (typeof x !== "string") {
      const m = lookupType(typeOf(x), dunder);
      if (m !== undefined && !(isBuiltinMethod(m) && x instanceof PyBoxed)) return callBound(m, x, []);
      const i = exactInt(x);
      if (i !== undefined) return i;
    }
    return intFromDouble(op(asDouble(x)));
  };
}

/** Calls fn on each item of an iterable, in order (lists and tuples walked directly). */
function forEachItem(obj: PyObject, fn: (item: PyObject) => void): void {
  if ((obj instanceof PyList || obj instanceof PyTuple) && obj.cls.isBuiltin) {
    const items = obj.items;
    for (let k = 0; k < items.length; k++) fn(items[k]); // a list may grow while we walk it
    return;
  }
  const it = getIter(obj);
  for (;;) {
    const item = iterNext(it);
    if (item === undefined) return;
    fn(item);
  }
}

function fsumOf(seq: PyObject): number {
  const acc = new L.FSum();
  forEachItem(seq, (item) => {
    if (!acc.add(asDouble(item))) throw overflowError("intermediate overflow in fsum");
  });
  const r = acc.result();
  if (r === "inf-inf") throw valueError("-inf + inf in fsum");
  return r;
}

function factorial(arg: PyObject): Int {
  const n = index(arg);
  if (n < 0) throw valueError("factorial() not defined for negative values");
  if (big(n) > LONG_MAX) throw overflowError(`factorial() argument should not exceed ${LONG_MAX}`);
  if (typeof n === "number" && n <= 18) {
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  return I.normBig(factorialOf(big(n)));
}

function perm(nObj: PyObject, kObj: PyObject): Int {
  const n = index(nObj);
  const k = index(kObj);
  if (n < 0) throw valueError("n must be a non-negative integer");
  if (k < 0) throw valueError("k must be a non-negative integer");
  if (n < k) return 0;
  if (big(k) > LONG_MAX) throw overflowError(`k must not exceed ${LONG_MAX}`);
  const N = big(n);
  const K = big(k);
  return I.normBig(rangeProduct(N - K + 1n, N));
}

function comb(nObj: PyObject, kObj: PyObject): Int {
  const n = index(nObj);
  const k = index(kObj);
  if (n < 0) throw valueError("n must be a non-negative integer");
  if (k < 0) throw valueError("k must be a non-negative integer");
  const N = big(n);
  let K = big(k);
  if (N <= LONG_MAX) {
    if (K > N) return 0;
  } else {
    if (N - K < 0n) return 0;
  }
  if (N - K < K) K = N - K;
  if (K > LONG_MAX) throw overflowError(`min(n - k, k) must not exceed ${LONG_MAX}`);
  if (K === 0n) return 1;
  return I.normBig(rangeProduct(N - K + 1n, N) / factorialOf(K));
}

function pointItems(p: PyObject): PyObject[] {
  if (p instanceof PyTuple) return p.items;
  return toArray(p);
}

export function initMath(m: PyModule): void {
  const d = m.dict.map;
  d.set("__doc__", "This module provides access to the mathematical functions\ndefined by the C standard.");
  const def = (name: string, fn: (args: PyObject[], kwnames: string[] | null) => PyObject): void => {
    const b = new PyBuiltinFunction(name, fn);
    b.module = "math";
    d.set(name, b);
  };
  // one argument, taken as it is by CALL (define.ts fixedFunction)
  // a specialised trace calls the core of one on a float or small int directly (the
  // fn_math_unary kind, CALL_MATH_UNARY_*: intrinsics.ts); sqrt has a thin op of its own
  const unary = (name: string, fn: (x: number) => number, canOverflow: boolean): void => {
    const b = fixedFunction(name, { 1: (x) => math1(x, fn, canOverflow) }, undefined, `math.${name}`);
    b.module = "math";
    d.set(name, b);
    if (name !== "sqrt") registerIntrinsic(b, "math.unary", (v: number): PyFloat => math1Double(v, fn, canOverflow));
  };
  const binary = (name: string, fn: (x: number, y: number) => number): void =>
    def(name, (args, kw) => {
      positionalArgs(name, args, kw, 2, 2);
      const x = asDouble(args[0]);
      const y = asDouble(args[1]);
      return math2(x, y, fn(x, y));
    });

  d.set("pi", f(Math.PI));
  d.set("e", f(Math.E));
  d.set("tau", f(2 * Math.PI));
  d.set("inf", f(Infinity));
  d.set("nan", f(NaN));

  unary("acos", L.acos, false);
  unary("acosh", L.acosh, false);
  unary("asin", L.asin, false);
  unary("asinh", L.asinh, false);
  unary("atan", L.atan, false);
  binary("atan2", mAtan2);
  unary("atanh", L.atanh, false);
  unary("cbrt", L.cbrt, false);
  def("ceil", roundingFn("ceil", Math.ceil));
  binary("copysign", L.copysign);
  unary("cos", L.cos, false);
  unary("cosh", L.cosh, true);
  def("degrees", (args, kw) => f(asDouble(oneArg("degrees", args, kw)) * (180.0 / Math.PI)));
  def("dist", (args, kw) => {
    positionalArgs("dist", args, kw, 2, 2);
    const p = pointItems(args[0]);
    const q = pointItems(args[1]);
    if (p.length !== q.length) throw valueError("both points must have the same number of dimensions");
    const diffs: number[] = [];
    let max = 0;
    let nan = false;
    for (let i = 0; i < p.length; i++) {
      const px = asDouble(p[i]);
      const qx = asDouble(q[i]);
      const x = Math.abs(px - qx);
      diffs.push(x);
      if (Number.isNaN(x)) nan = true;
      if (x > max) max = x;
    }
    return f(L.vectorNorm(diffs, max, nan));
  });
  def("erf", (args, kw) => f(L.erf(asDouble(oneArg("erf", args, kw)))));
  def("erfc", (args, kw) => f(L.erfc(asDouble(oneArg("erfc", args, kw)))));
  unary("exp", L.exp, true);
  unary("exp2", L.exp2, true);
  unary("expm1", L.expm1, true);
  unary("fabs", Math.abs, false);
  def("factorial", (args, kw) => factorial(oneArg("factorial", args, kw)));
  def("floor", roundingFn("floor", Math.floor));
  def("fmod", (args, kw) => {
    positionalArgs("fmod", args, kw, 2, 2);
    const x = asDouble(args[0]);
    const y = asDouble(args[1]);
    if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return f(x);
    const r = x % y;
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
    return f(r);
  });
  def("frexp", (args, kw) => {
    const [mant, e] = L.frexp(asDouble(oneArg("frexp", args, kw)));
    return new PyTuple([f(mant), e]);
  });
  def("fsum", (args, kw) => f(fsumOf(oneArg("fsum", args, kw))));
  def("gamma", (args, kw) => {
    const r = L.gamma(asDouble(oneArg("gamma", args, kw)));
    if (L.errno === L.EDOM) throw domainError();
    if (L.errno === L.ERANGE && Math.abs(r) >= 1.5) throw rangeError();
    return f(r);
  });
  def("gcd", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("math.gcd() takes no keyword arguments");
    if (args.length === 0) return 0;
    let res = index(args[0]);
    if (args.length === 1) return I.intAbs(res);
    for (let i = 1; i < args.length; i++) {
      const x = index(args[i]);
      if (res !== 1) res = gcd2(res, x);
    }
    return res;
  });
  def("hypot", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("math.hypot() takes no keyword arguments");
    const coords: number[] = [];
    let max = 0;
    let nan = false;
    for (const a of args) {
      const x = Math.abs(asDouble(a));
      coords.push(x);
      if (Number.isNaN(x)) nan = true;
      if (x > max) max = x;
    }
    return f(L.vectorNorm(coords, max, nan));
  });
  def("isclose", (args, kw) => {
    const [ao, bo, relo, abso] = clinicArgs("isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2);
    const a = asDouble(ao!);
    const b = asDouble(bo!);
    const relTol = relo === undefined ? 1e-9 : asDouble(relo);
    const absTol = abso === undefined ? 0.0 : asDouble(abso);
    if (relTol < 0.0 || absTol < 0.0) throw valueError("tolerances must be non-negative");
    if (a === b) return true;
    if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
    const diff = Math.abs(b - a);
    return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
  });
  def("isfinite", (args, kw) => Number.isFinite(asDouble(oneArg("isfinite", args, kw))));
  def("isinf", (args, kw) => {
    const x = asDouble(oneArg("isinf", args, kw));
    return x === Infinity || x === -Infinity;
  });
  def("isnan", (args, kw) => Number.isNaN(asDouble(oneArg("isnan", args, kw))));
  def("isqrt", (args, kw) => {
    const n = index(oneArg("isqrt", args, kw));
    if (n < 0) throw valueError("isqrt() argument must be nonnegative");
    return isqrtOf(n);
  });
  def("lcm", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("math.lcm() takes no keyword arguments");
    if (args.length === 0) return 1;
    let res = index(args[0]);
    if (args.length === 1) return I.intAbs(res);
    for (let i = 1; i < args.length; i++) {
      const x = index(args[i]);
      if (res === 0) continue;
      if (x === 0) {
        res = 0;
        continue;
      }
      const g = gcd2(res, x);
      res = I.intAbs(I.intMul(I.intFloorDiv(res, g), x));
    }
    return res;
  });
  def("ldexp", (args, kw) => {
    positionalArgs("ldexp", args, kw, 2, 2);
    const x = asDouble(args[0]);
    const i = exactInt(args[1]);
    if (i === undefined) throw typeError("Expected an int as second argument to ldexp.");
    if (x === 0 || !Number.isFinite(x)) return f(x);
    if (i > 2147483647) throw rangeError();
    if (i < -2147483648) return f(L.copysign(0, x));
    const r = L.ldexp(x, Number(i));
    if (!Number.isFinite(r)) throw rangeError();
    return f(r);
  });
  def("lgamma", (args, kw) => {
    const r = L.lgamma(asDouble(oneArg("lgamma", args, kw)));
    if (L.errno === L.EDOM) throw domainError();
    if (L.errno === L.ERANGE && Math.abs(r) >= 1.5) throw rangeError();
    return f(r);
  });
  def("log", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("log() takes no keyword arguments");
    if (args.length < 1 || args.length > 2) throw typeError("math.log requires 1 to 2 arguments");
    const num = logHelper(args[0], L.log);
    if (args.length === 1) return f(num);
    const den = logHelper(args[1], L.log);
    if (den === 0) throw zeroDivisionError("float division by zero");
    return f(num / den);
  });
  unary("log1p", L.log1p, false);
  def("log10", (args, kw) => f(logHelper(oneArg("log10", args, kw), L.log10)));
  def("log2", (args, kw) => f(logHelper(oneArg("log2", args, kw), L.log2)));
  def("modf", (args, kw) => {
    const x = asDouble(oneArg("modf", args, kw));
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return new PyTuple([f(x), f(x)]);
      return new PyTuple([f(L.copysign(0, x)), f(x)]);
    }
    const ip = Math.trunc(x);
    return new PyTuple([f(L.copysign(x - ip, x)), f(ip)]);
  });
  def("pow", (args, kw) => {
    positionalArgs("pow", args, kw, 2, 2);
    return f(mPow(asDouble(args[0]), asDouble(args[1])));
  });
  def("radians", (args, kw) => f(asDouble(oneArg("radians", args, kw)) * (Math.PI / 180.0)));
  binary("remainder", L.remainder);
  unary("sin", L.sin, false);
  unary("sinh", L.sinh, true);
  unary("sqrt", Math.sqrt, false);
  registerIntrinsic(d.get("sqrt") as PyBuiltinFunction, "math.sqrt");
  unary("tan", L.tan, false);
  unary("tanh", L.tanh, false);
  def("trunc", (args, kw) => {
    const x = oneArg("trunc", args, kw);
    if (x instanceof PyFloat) return intFromDouble(Math.trunc(x.value));
    if (typeof x === "number" || typeof x === "bigint") return x;
    if (typeof x === "boolean") return x ? 1 : 0;
    const t = typeOf(x);
    const m = typeof x === "string" ? undefined : lookupType(t, "__trunc__");
    if (m !== undefined && !(isBuiltinMethod(m) && x instanceof PyBoxed)) return callBound(m, x, []);
    if (x instanceof PyBoxed) {
      if (x.value instanceof PyFloat) return intFromDouble(Math.trunc(x.value.value));
      const i = exactInt(x);
      if (i !== undefined) return i;
    }
    throw typeError(`type ${t.name} doesn't define __trunc__ method`);
  });
  def("prod", (args, kw) => {
    const [iterable, start] = clinicArgs("prod", args, kw, ["iterable", "start"], 1, 1, 1);
    let result: PyObject = start ?? 1;
    forEachItem(iterable!, (item) => {
      result = binaryOp(result, item, NB.MULTIPLY);
    });
    return result;
  });
  def("perm", (args, kw) => {
    positionalArgs("perm", args, kw, 1, 2);
    if (args.length === 1 || args[1] === None) return factorial(args[0]);
    return perm(args[0], args[1]);
  });
  def("comb", (args, kw) => {
    positionalArgs("comb", args, kw, 2, 2);
    return comb(args[0], args[1]);
  });
  def("nextafter", (args, kw) => {
    positionalArgs("nextafter", args, kw, 2, 2);
    return f(L.nextafter(asDouble(args[0]), asDouble(args[1])));
  });
  def("ulp", (args, kw) => f(mUlp(asDouble(oneArg("ulp", args, kw)))));
}

registerBuiltinModule("math", initMath);
