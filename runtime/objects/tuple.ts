// The tuple type, and the 64-bit hash engine that reproduces CPython 3.11's hash values for
// tuples (xxHash-based tuplehash), frozensets and ranges.
//
// Hash values in this VM are JS numbers (protocol.hash), which cannot hold CPython's full 64-bit
// Py_hash_t. The engine therefore computes the exact 64-bit value (as two unsigned 32-bit halves)
// and `foldHash` maps it to a number: the low 52 bits, non-negative (the bits of CPython's
// (size_t)hash a set table probes with, so set layouts match CPython's). Both hash() and
// __hash__ return the folded value, so they always agree; `exactHash` gives CPython's value.
import {
  NotImplemented,
  PyBoxed,
  PyDict,
  PyFloat,
  PyList,
  PyNativeIterator,
  PyObject,
  PySlice,
  PyTuple,
  PyType,
  tupleType,
} from "./core.js";
import type { NativeIteratorState } from "./core.js";
import { methods, setNew } from "./define.js";
import { indexError, MemoryErrorType, newException, overflowError, typeError, valueError } from "./exceptions.js";
import { Cmp, getIter, hash, index, iterNext, lookupType, registerHash, repr, typeOf } from "./protocol.js";
import { registerValueHashedType } from "./hashtable.js";
import {
  asIndexForSubscript,
  exactArgs,
  isIndexable,
  itemEq,
  nativeIteratorType,
  rangeArgs,
  reduceAt,
  reduceExhausted,
  reprGuard,
  stateIndex,
  searchBounds,
  seqRichCompare,
  sliceIndices,
  userDefines,
} from "./slice.js";
import type { Int } from "./int.js";

// ---------------------------------------------------------------------------------------------
// Shared sequence helpers (also used by list)

/** items[start], items[start+step], … (n of them), as a new array. */
export function sliceItems(items: PyObject[], start: number, step: number, n: number): PyObject[] {
  if (n <= 0) return [];
  if (step === 1) return items.slice(start, start + n);
  const out: PyObject[] = new Array(n);
  for (let k = 0, i = start; k < n; k++, i += step) out[k] = items[i];
  return out;
}

/** The repeat count for seq * x: a number (possibly huge), or null when the operator should
 *  return NotImplemented (x is a user object with a reflected __rmul__). */
export function repeatCount(x: PyObject): number | null {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (!isIndexable(x)) {
    const t = typeOf(x);
    if (userDefines(t, "__rmul__")) return null;
    throw typeError(`can't multiply sequence by non-int of type '${t.name}'`);
  }
  const v = index(x);
  if (typeof v === "number") return v;
  if (v >= 2n ** 63n || v < -(2n ** 63n)) throw overflowError("cannot fit 'int' into an index-sized integer");
  return Number(v);
}

/** items repeated n times (n <= 0: empty). MemoryError past JS array limits. */
export function repeatItems(items: PyObject[], n: number): PyObject[] {
  const len = items.length;
  if (n <= 0 || len === 0) return [];
  if (n === 1) return items.slice();
  if (len * n > 2 ** 32 - 1) throw newException(MemoryErrorType);
  if (len === 1) {
    const v = items[0];
    const out: PyObject[] = [];
    for (let i = 0; i < n; i++) out.push(v);
    return out;
  }
  const total = len * n;
  let out = items.slice();
  while (out.length * 2 <= total) out = out.concat(out);
  if (out.length < total) out = out.concat(out.slice(0, total - out.length));
  return out;
}

// ---------------------------------------------------------------------------------------------
// 64-bit hash engine. Values are unsigned 64-bit as (hi, lo) uint32 halves; results of the
// internal helpers land in R[0]/R[1].

// Results in a typed array: storing non-small-integer numbers into module variables would
// allocate a heap number per store.
const R = new Uint32Array(2);
const TWO32 = 4294967296;

function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = p01 + p10 + (p00 >>> 16);
  R[1] = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  R[0] = (p11 + Math.floor(mid / 65536) + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

function setFromNumber(n: number): void {
  R[1] = n >>> 0;
  R[0] = Math.floor(n / TWO32) >>> 0;
}

function setFromBig(b: bigint): void {
  const u = BigInt.asUintN(64, b);
  R[0] = Number(u >> 32n);
  R[1] = Number(u & 0xffffffffn);
}

const MODULUS = (1n << 61n) - 1n;
/** CPython's long_hash for a bigint. */
function bigIntHash(b: bigint): bigint {
  const neg = b < 0n;
  let r = (neg ? -b : b) % MODULUS;
  if (neg) r = -r;
  return r === -1n ? -2n : r;
}

const f64 = new DataView(new ArrayBuffer(8));
/** CPython's _Py_HashDouble for a finite non-integral value (exact, via BigInt). */
function doubleHashBig(v: number): bigint {
  let sign = 1n;
  if (v < 0) {
    sign = -1n;
    v = -v;
  }
  // frexp
  let e = 0;
  if (v < 2 ** -1000) {
    v *= 2 ** 64;
    e -= 64;
  }
  f64.setFloat64(0, v);
  const hiWord = f64.getUint32(0);
  e += ((hiWord >>> 20) & 0x7ff) - 1022;
  f64.setUint32(0, (hiWord & 0x800fffff) | (1022 << 20));
  let m = f64.getFloat64(0);
  let x = 0n;
  while (m !== 0) {
    x = ((x << 28n) & MODULUS) | (x >> 33n);
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  const ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << BigInt(ee)) & MODULUS) | (x >> BigInt(61 - ee));
  x *= sign;
  return x === -1n ? -2n : x;
}

function floatHash64(f: PyFloat): void {
  const v = f.value;
  if (Number.isInteger(v)) {
    if (Math.abs(v) < 2 ** 53) setFromNumber(v === -1 ? -2 : v === 0 ? 0 : v);
    else setFromBig(bigIntHash(BigInt(v)));
  } else if (Number.isNaN(v)) setFromNumber(hash(f));
  else if (!Number.isFinite(v)) setFromNumber(v > 0 ? 314159 : -314159);
  else setFromBig(doubleHashBig(v));
}

type ExactHasher = (x: PyObject) => [number, number] | undefined;
const exactHashers: ExactHasher[] = [];
/** Lets frozenset and range contribute their exact 64-bit hashes to tuple hashing. */
export function registerExactHash(h: ExactHasher): void {
  exactHashers.push(h);
}

let tupleHashDescr: PyObject | undefined;

/** The exact CPython hash of x into R[0]/R[1] (for the value types CPython hashes deterministically;
 *  other objects use the VM's hash()). */
function hash64(x: PyObject): void {
  switch (typeof x) {
    case "number":
      setFromNumber(x === -1 ? -2 : x);
      return;
    case "boolean":
      R[0] = 0;
      R[1] = x ? 1 : 0;
      return;
    case "bigint":
      setFromBig(bigIntHash(x));
      return;
    case "string":
      setFromNumber(hash(x));
      return;
  }
  if (x instanceof PyFloat) return floatHash64(x);
  if (x instanceof PyTuple && (x.cls === tupleType || lookupType(x.cls, "__hash__") === tupleHashDescr)) return tupleHash64(x.items);
  if (x instanceof PyBoxed) {
    const t = x.cls;
    if (lookupType(t, "__hash__") === lookupType(t.solidBase, "__hash__")) {
      const v = x.value;
      if (typeof v === "number" || typeof v === "bigint" || v instanceof PyFloat) return hash64(v);
    }
  }
  for (const h of exactHashers) {
    const r = h(x);
    if (r !== undefined) {
      R[0] = r[0];
      R[1] = r[1];
      return;
    }
  }
  setFromNumber(hash(x));
}

// xxHash primes of CPython's tuplehash
const P1H = 0x9e3779b1, P1L = 0x85ebca87;
const P2H = 0xc2b2ae3d, P2L = 0x27d4eb4f;
const P5H = 0x27d4eb2f, P5L = 0x165667c5;

function tupleHash64(items: PyObject[]): void {
  let ah = P5H, al = P5L;
  const n = items.length;
  for (let i = 0; i < n; i++) {
    const x = items[i];
    if (typeof x === "number") {
      // small-int fast path of hash64 (hash(n) == n for every safe integer but -1)
      const v = x === -1 ? -2 : x;
      R[1] = v;
      R[0] = Math.floor(v / TWO32);
    } else hash64(x);
    mul64(R[0], R[1], P2H, P2L); // lane * PRIME_2
    const sl = al + R[1];
    al = sl >>> 0;
    ah = (ah + R[0] + (sl >= TWO32 ? 1 : 0)) >>> 0;
    // rotate left 31
    const nh = ((al >>> 1) | ((ah & 1) << 31)) >>> 0;
    const nl = ((ah >>> 1) | ((al & 1) << 31)) >>> 0;
    mul64(nh, nl, P1H, P1L);
    ah = R[0];
    al = R[1];
  }
  const xl = (P5L ^ 3527539 ^ n) >>> 0;
  const sl = al + xl;
  al = sl >>> 0;
  ah = (ah + P5H + (sl >= TWO32 ? 1 : 0)) >>> 0;
  if (ah === 0xffffffff && al === 0xffffffff) {
    ah = 0;
    al = 1546275796;
  }
  R[0] = ah;
  R[1] = al;
}

/** A 64-bit hash (hi, lo) as the VM's number hash: its low 52 bits, as a non-negative number.
 *  Those are the bits (size_t)hash contributes to CPython's set probing (slot and perturbation),
 *  so sets of tuples and frozensets lay out as in CPython. */
export function foldHash(hi: number, lo: number): number {
  return (hi & 0xfffff) * TWO32 + lo;
}

/** A 64-bit hash (hi, lo) as the signed Python int CPython would return. */
export function partsToInt(hi: number, lo: number): Int {
  if (hi < 0x200000) return hi * TWO32 + lo;
  if (hi > 0xffe00000) return (hi - TWO32) * TWO32 + lo;
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}

/** CPython's exact 64-bit hash of x as [hi, lo] (tuples, frozensets, ranges, ints, floats). */
export function hashParts(x: PyObject): [number, number] {
  hash64(x);
  return [R[0], R[1]];
}

/** (a * b) mod 2**64 on [hi, lo] halves. */
export function mulParts(ah: number, al: number, bh: number, bl: number): [number, number] {
  mul64(ah, al, bh, bl);
  return [R[0], R[1]];
}

/** CPython's hash of a sequence of items as a tuple, as [hi, lo]. */
export function tupleHashParts(items: PyObject[]): [number, number] {
  tupleHash64(items);
  return [R[0], R[1]];
}

/** hash(t) as the VM computes it (folded, cached). */
export function tupleHash(t: PyTuple): number {
  const c = t.hashCache;
  if (c !== undefined) return c;
  tupleHash64(t.items);
  const h = foldHash(R[0], R[1]);
  t.hashCache = h;
  return h;
}

/** The value CPython 3.11 returns for hash(x) (tuple, frozenset, range, int, float…). */
export function exactHash(x: PyObject): Int {
  hash64(x);
  return partsToInt(R[0], R[1]);
}

// ---------------------------------------------------------------------------------------------
// tuple

export const tupleIteratorType: PyType = nativeIteratorType("tuple_iterator", { setState: true, lengthHint: true });

/** A tuple iterator's position: the index of the next item, Infinity once next() found the end
 *  (CPython drops the tuple then); as list.ts ListPosition. */
class TuplePosition implements NativeIteratorState {
  i = 0;
  constructor(readonly t: PyTuple) {}
  reduce(): PyObject {
    return this.i === Infinity ? reduceExhausted(new PyTuple([])) : reduceAt(this.t, this.i);
  }
  setState(s: PyObject): void {
    const v = stateIndex(s, 0, this.t.items.length);
    if (this.i !== Infinity) this.i = v;
  }
  lengthHint(): PyObject {
    return this.i === Infinity ? 0 : this.t.items.length - this.i;
  }
}

export function tupleIter(t: PyTuple): PyNativeIterator {
  const p = new TuplePosition(t);
  const items = t.items;
  const it = new PyNativeIterator(tupleIteratorType, () => {
    if (p.i < items.length) return items[p.i++];
    p.i = Infinity;
    return undefined;
  });
  it.iterState = p;
  return it;
}

/** A new tuple of class cls (a tuple subclass gets its instance dict). */
export function newTuple(items: PyObject[], cls: PyType = tupleType): PyTuple {
  const t = new PyTuple(items, cls);
  if (cls !== tupleType && cls.hasDict) t.dict = new PyDict();
  return t;
}

/** The items of any iterable as a fresh array (exact lists and tuples are copied directly). */
export function iterableItems(x: PyObject): PyObject[] {
  if ((x instanceof PyTuple || x instanceof PyList) && x.cls.isBuiltin) return x.items.slice();
  const it = getIter(x);
  const out: PyObject[] = [];
  if (it instanceof PyNativeIterator) {
    for (;;) {
      const v = it.next();
      if (v === undefined) return out;
      out.push(v);
    }
  }
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return out;
    out.push(v);
  }
}

setNew(tupleType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0 && cls === tupleType) throw typeError("tuple() takes no keyword arguments");
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`tuple expected at most 1 argument, got ${npos}`);
  if (npos === 0) return newTuple([], cls);
  const x = args[0];
  if (cls === tupleType && x instanceof PyTuple && x.cls === tupleType) return x;
  return newTuple(iterableItems(x), cls);
});
tupleType.alloc = (cls) => new PyTuple([], cls);

function tupleIndex(t: PyTuple, i: number): PyObject {
  const items = t.items;
  if (i < 0) i += items.length;
  if (i >= 0 && i < items.length) return items[i];
  throw indexError("tuple index out of range");
}

function tupleCompare(self: PyObject, other: PyObject, op: Cmp): PyObject {
  if (!(other instanceof PyTuple)) return NotImplemented;
  return seqRichCompare((self as PyTuple).items, other.items, op);
}

methods(tupleType, {
  __repr__: (self) => {
    const t = self as PyTuple;
    const items = t.items;
    if (items.length === 0) return "()";
    return reprGuard(t, "(...)", () => {
      if (items.length === 1) return `(${repr(items[0])},)`;
      const parts: string[] = new Array(items.length);
      for (let i = 0; i < items.length; i++) parts[i] = repr(items[i]);
      return `(${parts.join(", ")})`;
    });
  },
  __len__: (self) => (self as PyTuple).items.length,
  __getitem__: (self, args) => {
    if (args.length !== 1) exactArgs("tuple.__getitem__", args, null, 1);
    const t = self as PyTuple;
    const k = args[0];
    if (typeof k === "number") return tupleIndex(t, k);
    if (k instanceof PySlice) {
      const items = t.items;
      const [start, , step, n] = sliceIndices(k, items.length);
      if (step === 1 && n === items.length && t.cls === tupleType) return t;
      return new PyTuple(sliceItems(items, start, step, n));
    }
    if (isIndexable(k)) return tupleIndex(t, asIndexForSubscript(k));
    throw typeError(`tuple indices must be integers or slices, not ${typeOf(k).name}`);
  },
  __contains__: (self, args) => {
    const items = (self as PyTuple).items;
    const x = args[0];
    for (let i = 0; i < items.length; i++) if (itemEq(items[i], x)) return true;
    return false;
  },
  __iter__: (self) => tupleIter(self as PyTuple),
  __eq__: (self, args) => tupleCompare(self, args[0], Cmp.EQ),
  __ne__: (self, args) => tupleCompare(self, args[0], Cmp.NE),
  __lt__: (self, args) => tupleCompare(self, args[0], Cmp.LT),
  __le__: (self, args) => tupleCompare(self, args[0], Cmp.LE),
  __gt__: (self, args) => tupleCompare(self, args[0], Cmp.GT),
  __ge__: (self, args) => tupleCompare(self, args[0], Cmp.GE),
  __add__: (self, args) => {
    const o = args[0];
    const t = self as PyTuple;
    if (!(o instanceof PyTuple)) {
      const ot = typeOf(o);
      if (userDefines(ot, "__radd__")) return NotImplemented;
      throw typeError(`can only concatenate tuple (not "${ot.name}") to tuple`);
    }
    if (o.items.length === 0 && t.cls === tupleType) return t;
    if (t.items.length === 0 && o.cls === tupleType) return o;
    return new PyTuple(t.items.concat(o.items));
  },
  __mul__: (self, args) => tupleRepeat(self as PyTuple, args[0]),
  __rmul__: (self, args) => tupleRepeat(self as PyTuple, args[0]),
  __hash__: (self) => tupleHash(self as PyTuple),
  __getnewargs__: (self) => new PyTuple([new PyTuple((self as PyTuple).items)]),
  count: (self, args, kwnames) => {
    exactArgs("tuple.count", args, kwnames, 1);
    const items = (self as PyTuple).items;
    const x = args[0];
    let n = 0;
    for (let i = 0; i < items.length; i++) if (itemEq(items[i], x)) n++;
    return n;
  },
  index: (self, args, kwnames) => {
    rangeArgs("index", "tuple.index", args, kwnames, 1, 3);
    const items = (self as PyTuple).items;
    const x = args[0];
    const [a, b] = searchBounds(args[1], args[2], items.length);
    for (let i = a; i < b && i < items.length; i++) if (itemEq(items[i], x)) return i;
    throw valueError("tuple.index(x): x not in tuple");
  },
});
tupleHashDescr = tupleType.dict.map.get("__hash__");

function tupleRepeat(t: PyTuple, x: PyObject): PyObject {
  const n = repeatCount(x);
  if (n === null) return NotImplemented;
  if (n === 1 && t.cls === tupleType) return t;
  if (t.items.length === 0 && t.cls === tupleType) return t;
  return new PyTuple(repeatItems(t.items, n));
}

registerHash((x) => (x instanceof PyTuple ? tupleHash(x) : undefined));
registerValueHashedType(tupleType);
