// slice objects, CPython's slice-index rules (PySlice_Unpack + PySlice_AdjustIndices), and the
// small helpers the sequence types (tuple, list, range, dict, set) share: element equality with
// CPython's identity shortcut, lexicographic comparison, the repr recursion guard and native
// iterator types.
import {
  None,
  NotImplemented,
  PyBaseException,
  PyBoxed,
  PyNativeIterator,
  PyObject,
  PySlice,
  PyTuple,
  PyType,
  objectType,
  sliceType,
  builtinType,
  type NativeIteratorState,
} from "./core.js";
import { exactArgs, getter, methods, rangeArgs, setNew } from "./define.js";
import { IndexErrorType, newException, overflowError, StopIterationType, typeError, TypeErrorType, valueError } from "./exceptions.js";
import { Cmp, eq, index, isSubtype, lookupType, repr, typeOf } from "./protocol.js";
import { compare } from "./operators.js";
import type { Int } from "./int.js";

// ---------------------------------------------------------------------------------------------
// Shared sequence helpers

/** PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality (even for NaN). */
export function itemEq(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const ta = typeof a, tb = typeof b;
  if (ta !== "object" && tb !== "object") {
    // distinct primitives: only bool vs int can still be equal (ints are normalised)
    if (ta === "boolean") return tb === "number" && (a ? 1 : 0) === b;
    if (tb === "boolean") return ta === "number" && (b ? 1 : 0) === a;
    return false;
  }
  return eq(a, b);
}

/** list/tuple rich comparison: first differing item decides, else the lengths. Arrays are read
 *  live (a list may change under a user __eq__). */
export function seqRichCompare(a: PyObject[], b: PyObject[], op: Cmp): PyObject {
  if (a.length !== b.length && (op === Cmp.EQ || op === Cmp.NE)) return op === Cmp.NE;
  let i = 0;
  for (; i < a.length && i < b.length; i++) if (!itemEq(a[i], b[i])) break;
  if (i >= a.length || i >= b.length) {
    const la = a.length, lb = b.length;
    switch (op) {
      case Cmp.LT: return la < lb;
      case Cmp.LE: return la <= lb;
      case Cmp.EQ: return la === lb;
      case Cmp.NE: return la !== lb;
      case Cmp.GT: return la > lb;
      case Cmp.GE: return la >= lb;
    }
  }
  if (op === Cmp.EQ) return false;
  if (op === Cmp.NE) return true;
  return compare(a[i], b[i], op);
}

const reprActive = new Set<object>();
/** Py_ReprEnter/Py_ReprLeave: `fn()` unless obj's repr is already in progress (then `busy`). */
export function reprGuard(obj: object, busy: string, fn: () => string): string {
  if (reprActive.has(obj)) return busy;
  reprActive.add(obj);
  try {
    return fn();
  } finally {
    reprActive.delete(obj);
  }
}

/** A builtin iterator type whose instances are PyNativeIterators (list_iterator, …); with
 *  `pickle`, its instances carry a NativeIteratorState and the type has __reduce__ (and
 *  __setstate__ / __length_hint__ as its CPython counterpart has them). */
export function nativeIteratorType(name: string, pickle?: IteratorPickling): PyType {
  const t = builtinType(name, objectType, undefined, { noSubclass: true });
  methods(t, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = (self as PyNativeIterator).next();
      if (v === undefined) throw newException(StopIterationType);
      return v;
    },
  });
  if (pickle) addIteratorPickling(t, pickle);
  return t;
}

/** Which of CPython's iterator-state methods a builtin iterator type has. */
export interface IteratorPickling {
  setState?: boolean;
  lengthHint?: boolean;
}

function stateOf(self: PyObject, t: PyType): NativeIteratorState {
  const st = self instanceof PyNativeIterator ? self.iterState : null;
  if (st === null) throw typeError(`cannot pickle '${t.name}' object`);
  return st;
}

/** Defines __reduce__ (and __setstate__, __length_hint__) on t from its instances' state. */
export function addIteratorPickling(t: PyType, p: IteratorPickling): void {
  methods(t, { __reduce__: (self) => stateOf(self, t).reduce() });
  if (p.setState)
    methods(t, {
      __setstate__: (self, args, kwnames) => {
        exactArgs(`${t.name}.__setstate__`, args, kwnames, 1);
        stateOf(self, t).setState!(args[0]);
        return None;
      },
    });
  if (p.lengthHint) methods(t, { __length_hint__: (self) => stateOf(self, t).lengthHint!() });
}

/** The builtins that reductions of iterators and methods name (set by the builtins module once it exists). */
export const reduceCallables: { iter: PyObject; reversed: PyObject; getattr: PyObject } = { iter: None, reversed: None, getattr: None };

/** (iter, (seq,), index): how CPython pickles an iterator at a position of a sequence. */
export function reduceAt(seq: PyObject, index: PyObject, callable: PyObject = reduceCallables.iter): PyTuple {
  return new PyTuple([callable, new PyTuple([seq]), index]);
}

/** (iter, (empty,)): how CPython pickles an exhausted iterator. */
export function reduceExhausted(empty: PyObject): PyTuple {
  return new PyTuple([reduceCallables.iter, new PyTuple([empty])]);
}

/** An iterator __setstate__ index (PyLong_AsSsize_t), clamped to [lo, hi]. */
export function stateIndex(state: PyObject, lo: number, hi: number): number {
  const v = stateInt(state);
  return v < lo ? lo : v > hi ? hi : v;
}

function stateInt(state: PyObject): number {
  if (typeof state === "boolean") return state ? 1 : 0;
  if (typeof state === "number") return state;
  if (typeof state === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
  if (state instanceof PyBoxed && (typeof state.value === "number" || typeof state.value === "bigint")) return stateInt(state.value);
  throw typeError("an integer is required");
}

export { exactArgs, rangeArgs } from "./define.js";

/** Whether t's `name` comes from a user-defined class (not inherited from a builtin): then a
 *  sequence operator returns NotImplemented so that the user's reflected method runs, as
 *  CPython tries the number slots before sequence concat/repeat. */
export function userDefines(t: PyType, name: string): boolean {
  if (t.isBuiltin) return false;
  for (const k of t.mro) if (k.dict.map.has(name)) return !k.isBuiltin;
  return false;
}

/** Checks a slot wrapper's argument count (list.__len__(1): "expected 0 arguments, got 1"). */
export function slotArgs(args: PyObject[], n: number): void {
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}

/** Whether x is an int for indexing purposes without calling anything (int, bool, int subclass). */
function hasIndex(x: PyObject): boolean {
  const t = typeof x;
  if (t === "number" || t === "bigint" || t === "boolean") return true;
  if (t !== "object") return false;
  if (x instanceof PyBoxed && (typeof x.value === "number" || typeof x.value === "bigint")) return true;
  return lookupType(typeOf(x), "__index__") !== undefined;
}
export { hasIndex as isIndexable };

/** PyNumber_AsSsize_t(x, OverflowError): an index-sized int, or OverflowError for huge values. */
export function asSsize(x: PyObject): number {
  const v = index(x);
  if (typeof v === "number") return v;
  // within C's ssize_t range: a count past any real size, kept as an (inexact) JS number
  if (v <= SSIZE_T_MAX && v >= -SSIZE_T_MAX - 1n) return Number(v);
  throw overflowError("Python int too large to convert to C ssize_t");
}
const SSIZE_T_MAX = 2n ** 63n - 1n;

/** PyNumber_AsSsize_t(x, IndexError): for subscripts ("cannot fit 'int' into an index-sized integer"). */
export function asIndexForSubscript(x: PyObject): number {
  const v = index(x);
  if (typeof v === "number") return v;
  throw newException(IndexErrorType, "cannot fit 'int' into an index-sized integer");
}

// ---------------------------------------------------------------------------------------------
// Slice indices

/** PY_SSIZE_T_MAX stand-in: big slice bounds are clamped to it (any value past any JS array
 *  length gives the same results; kept a power of two so arithmetic stays exact). */
const SSIZE_MAX = 2 ** 62;

function clampBig(v: bigint): number {
  return v > 0n ? SSIZE_MAX : -SSIZE_MAX;
}

/** _PyEval_SliceIndex: a slice bound (not None) as a clamped number. */
function sliceBound(v: PyObject): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return clampBig(v);
  if (!hasIndex(v)) throw typeError("slice indices must be integers or None or have an __index__ method");
  const r = index(v);
  return typeof r === "number" ? r : clampBig(r);
}

/** _PyEval_SliceIndexNotNone: list.index(x, start, stop) style bounds, clamped. */
export function sliceIndexNotNone(v: PyObject): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return clampBig(v);
  if (!hasIndex(v)) throw typeError("slice indices must be integers or have an __index__ method");
  const r = index(v);
  return typeof r === "number" ? r : clampBig(r);
}

/** Normalised [start, stop) for the optional start/stop arguments of index()-style methods. */
export function searchBounds(start: PyObject | undefined, stop: PyObject | undefined, length: number): [number, number] {
  let a = start === undefined ? 0 : sliceIndexNotNone(start);
  let b = stop === undefined ? length : sliceIndexNotNone(stop);
  if (a < 0) {
    a += length;
    if (a < 0) a = 0;
  }
  if (b < 0) {
    b += length;
    if (b < 0) b = 0;
  }
  return [a, b];
}

/** PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, slicelength] for a sequence of
 *  the given length. Raises ValueError for a zero step, TypeError for bad bounds. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  const st = s.step;
  if (st !== None) {
    step = sliceBound(st);
    if (step === 0) throw valueError("slice step cannot be zero");
  }
  let start: number, stop: number;
  if (s.start === None) start = step < 0 ? SSIZE_MAX : 0;
  else start = sliceBound(s.start);
  if (s.stop === None) stop = step < 0 ? -SSIZE_MAX : SSIZE_MAX;
  else stop = sliceBound(s.stop);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = step === 1 ? stop - start : Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** _PySlice_GetLongIndices: exact [start, stop, step] (as bigints) for any length ≥ 0, as used by
 *  slice.indices() and range slicing. Does not clamp. */
export function sliceIndicesLong(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  let step = 1n;
  if (s.step !== None) {
    step = BigInt(longBound(s.step));
    if (step === 0n) throw valueError("slice step cannot be zero");
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const adjust = (v: PyObject, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let x = BigInt(longBound(v));
    if (x < 0n) {
      x += length;
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  const start = adjust(s.start, neg ? upper : lower);
  const stop = adjust(s.stop, neg ? lower : upper);
  return [start, stop, step];
}
function longBound(v: PyObject): Int {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (!hasIndex(v)) throw typeError("slice indices must be integers or None or have an __index__ method");
  return index(v);
}

/** Number of items in range(start, stop, step) for bigint bounds (step ≠ 0). */
export function longSliceLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return stop < start ? (start - stop - 1n) / -step + 1n : 0n;
}

// ---------------------------------------------------------------------------------------------
// The slice type

setNew(sliceType, (_cls, args, kwnames) => {
  rangeArgs("slice", "slice", args, kwnames, 1, 3);
  if (args.length === 1) return new PySlice(None, args[0], None);
  return new PySlice(args[0], args[1], args.length > 2 ? args[2] : None);
});

function sliceCompare(self: PyObject, other: PyObject, op: Cmp): PyObject {
  if (!(other instanceof PySlice)) return NotImplemented;
  const a = self as PySlice;
  if (a === other) {
    // CPython compares the (start, stop, step) tuples, which are identical item by item
    if (op === Cmp.EQ || op === Cmp.LE || op === Cmp.GE) return true;
    if (op === Cmp.NE || op === Cmp.LT || op === Cmp.GT) return false;
  }
  return seqRichCompare([a.start, a.stop, a.step], [other.start, other.stop, other.step], op);
}

methods(sliceType, {
  __repr__: (self) => {
    const s = self as PySlice;
    return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
  },
  __eq__: (self, args) => sliceCompare(self, args[0], Cmp.EQ),
  __ne__: (self, args) => sliceCompare(self, args[0], Cmp.NE),
  __lt__: (self, args) => sliceCompare(self, args[0], Cmp.LT),
  __le__: (self, args) => sliceCompare(self, args[0], Cmp.LE),
  __gt__: (self, args) => sliceCompare(self, args[0], Cmp.GT),
  __ge__: (self, args) => sliceCompare(self, args[0], Cmp.GE),
  indices: (self, args, kwnames) => {
    exactArgs("slice.indices", args, kwnames, 1);
    const n = index(args[0]);
    if (n < 0) throw valueError("length should not be negative");
    const s = self as PySlice;
    if (typeof n === "number" && allSmall(s)) {
      const [start, stop, step] = sliceIndices(s, n);
      return new PyTuple([start, stop, step]);
    }
    const [start, stop, step] = sliceIndicesLong(s, BigInt(n));
    return new PyTuple([norm(start), norm(stop), norm(step)]);
  },
  __reduce__: (self) => {
    const s = self as PySlice;
    return new PyTuple([sliceType, new PyTuple([s.start, s.stop, s.step])]);
  },
});
sliceType.dict.map.set("__hash__", None); // slices are unhashable in 3.11

function allSmall(s: PySlice): boolean {
  const ok = (v: PyObject) => v === None || typeof v === "number" || typeof v === "boolean";
  return ok(s.start) && ok(s.stop) && ok(s.step);
}
function norm(b: bigint): Int {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

getter(sliceType, "start", (s) => (s as PySlice).start);
getter(sliceType, "stop", (s) => (s as PySlice).stop);
getter(sliceType, "step", (s) => (s as PySlice).step);

/** True when e is a TypeError (for the "can only assign an iterable" style rewrites). */
export function isTypeError(e: unknown): boolean {
  return e instanceof PyBaseException && isSubtype(e.cls, TypeErrorType);
}
