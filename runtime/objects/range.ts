// The range type: exact lengths, O(1) membership for ints, slicing to ranges, and a fast native
// iterator over plain JS numbers when the bounds are safe integers (bigints otherwise).
import { None, NotImplemented, PyNativeIterator, PyObject, PyRange, PySlice, PyTuple, PyType, rangeType } from "./core.js";
import type { NativeIteratorState } from "./core.js";
import { getter, methods, setNew } from "./define.js";
import { indexError, overflowError, typeError, valueError } from "./exceptions.js";
import { index, registerHash, repr, typeOf } from "./protocol.js";
import { registerValueHashedType } from "./hashtable.js";
import * as I from "./int.js";
import type { Int } from "./int.js";
import {
  exactArgs,
  isIndexable,
  itemEq,
  longSliceLength,
  nativeIteratorType,
  rangeArgs,
  reduceAt,
  sliceIndices,
  stateIndex,
  sliceIndicesLong,
} from "./slice.js";
import { foldHash, registerExactHash, tupleHashParts } from "./tuple.js";

export const rangeIteratorType: PyType = nativeIteratorType("range_iterator", { setState: true, lengthHint: true });
export const longRangeIteratorType: PyType = nativeIteratorType("longrange_iterator", { setState: true, lengthHint: true });

const SMALL = 2 ** 52;
const big = (x: Int): bigint => (typeof x === "bigint" ? x : BigInt(x));

function isSmall(r: PyRange): boolean {
  const { start, stop, step } = r;
  return typeof start === "number" && typeof stop === "number" && typeof step === "number" && Math.abs(start) < SMALL && Math.abs(stop) < SMALL;
}

/** len(range) as an exact int. */
export function rangeLength(r: PyRange): Int {
  if (isSmall(r)) {
    const start = r.start as number, stop = r.stop as number, step = r.step as number;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  return I.normBig(longSliceLength(big(r.start), big(r.stop), big(r.step)));
}

/** range(start, stop, step) (step ≠ 0). */
export function newRange(start: Int, stop: Int, step: Int = 1): PyRange {
  return new PyRange(start, stop, step);
}

setNew(rangeType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError("range() takes no keyword arguments");
  const n = args.length;
  if (n === 1) {
    const a = args[0];
    return new PyRange(0, typeof a === "number" ? a : index(a), 1);
  }
  rangeArgs("range", "range", args, null, 1, 3);
  const start = index(args[0]);
  const stop = index(args[1]);
  const step = n === 3 ? index(args[2]) : 1;
  if (step === 0 || step === 0n) throw valueError("range() arg 3 must not be zero");
  return new PyRange(start, stop, step);
});

// ---------------------------------------------------------------------------------------------
// Iteration

const C_LONG_MAX = 2n ** 63n - 1n;
const fitsCLong = (x: Int): boolean => typeof x === "number" || (x <= C_LONG_MAX && x >= -C_LONG_MAX - 1n);

/** A small range iterator's position (every value a safe integer): the next value `v` and the
 *  values left `n`, which its next() and its pickling methods share. One object with methods
 *  on its prototype, so that starting a loop over a range allocates the iterator, this and the
 *  next() closure, not a closure per method. */
class SmallRangePosition implements NativeIteratorState {
  constructor(
    public v: number,
    public n: number,
    readonly step: number,
    /** the first value and the count, for __reduce__ and __setstate__ */
    readonly v0: number,
    readonly n0: number,
  ) {}
  reduce(): PyObject {
    // pickled as CPython 3.11 does: iter(range(first, first + count*step, step)) at its index
    return reduceAt(new PyRange(this.v0, I.intAdd(this.v0, I.intMul(this.n0, this.step)), this.step), this.n0 - this.n);
  }
  setState(s: PyObject): void {
    const i = stateIndex(s, 0, this.n0);
    this.n = this.n0 - i;
    this.v = this.v0 + i * this.step;
  }
  lengthHint(): PyObject {
    return this.n;
  }
}

/** An iterator yielding first, first+step, … (count values). */
function iterFrom(first: Int, step: Int, count: Int, small: boolean, cpythonShort: boolean): PyNativeIterator {
  if (small) {
    const p = new SmallRangePosition(first as number, count as number, step as number, first as number, count as number);
    const it = new PyNativeIterator(
      rangeIteratorType,
      p.step === 1
        ? () => (p.n > 0 ? (p.n--, p.v++) : undefined)
        : () => {
            if (p.n <= 0) return undefined;
            p.n--;
            const r = p.v;
            p.v += p.step;
            return r;
          },
    );
    it.iterState = p;
    it.smallInts = true;
    return it;
  }
  // pickled as CPython 3.11 does: iter(range(first, first + count*step, step)) at its index
  const reduceAt_ = (index: Int) => reduceAt(new PyRange(first, I.intAdd(first, I.intMul(count, step)), step), index);
  const v0 = big(first);
  const n0 = big(count);
  let v = v0;
  let n = n0;
  const st = big(step);
  const it = new PyNativeIterator(cpythonShort ? rangeIteratorType : longRangeIteratorType, () => {
    if (n <= 0n) return undefined;
    n--;
    const r = v;
    v += st;
    return I.normBig(r);
  });
  it.iterState = {
    reduce: () => reduceAt_(I.normBig(n0 - n)),
    setState: (s) => {
      let i: bigint;
      if (cpythonShort) i = BigInt(stateIndex(s, 0, Number(n0)));
      else {
        // longrange_iterator clips with rich comparisons, so any int goes
        const x = big(index(s));
        i = x < 0n ? 0n : x > n0 ? n0 : x;
      }
      n = n0 - i;
      v = v0 + i * st;
    },
    lengthHint: () => I.normBig(n),
  };
  return it;
}

export function rangeIter(r: PyRange): PyNativeIterator {
  const small = isSmall(r);
  const len = rangeLength(r);
  return iterFrom(r.start, r.step, len, small, small || (fitsCLong(r.start) && fitsCLong(r.stop) && fitsCLong(r.step) && fitsCLong(len)));
}

export function rangeReversed(r: PyRange): PyNativeIterator {
  const small = isSmall(r);
  const len = rangeLength(r);
  const last = len === 0 ? r.start : I.intAdd(r.start, I.intMul(I.intSub(len, 1), r.step));
  return iterFrom(last, I.intNeg(r.step), len, small, small || (fitsCLong(r.start) && fitsCLong(r.stop) && fitsCLong(r.step) && fitsCLong(len)));
}

// ---------------------------------------------------------------------------------------------
// Behaviour

/** int x in r */
function containsInt(r: PyRange, x: Int): boolean {
  if (isSmall(r) && typeof x === "number") {
    const start = r.start as number, stop = r.stop as number, step = r.step as number;
    if (step > 0) {
      if (x < start || x >= stop) return false;
    } else if (x > start || x <= stop) return false;
    return (x - start) % step === 0;
  }
  const start = big(r.start), stop = big(r.stop), step = big(r.step), X = big(x);
  if (step > 0n) {
    if (X < start || X >= stop) return false;
  } else if (X > start || X <= stop) return false;
  return (X - start) % step === 0n;
}

function exactInt(x: PyObject): Int | undefined {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  return undefined;
}

function rangeItem(r: PyRange, i: Int): Int {
  const len = rangeLength(r);
  if (i < 0) i = I.intAdd(i, len);
  if (i < 0 || i >= len) throw indexError("range object index out of range");
  return I.intAdd(r.start, I.intMul(i, r.step));
}

function rangeSlice(r: PyRange, s: PySlice): PyRange {
  const len = rangeLength(r);
  const smallSlice = (v: PyObject) => v === None || typeof v === "number" || typeof v === "boolean";
  if (typeof len === "number" && smallSlice(s.start) && smallSlice(s.stop) && smallSlice(s.step)) {
    const [a, b, st] = sliceIndices(s, len);
    return new PyRange(I.intAdd(r.start, I.intMul(a, r.step)), I.intAdd(r.start, I.intMul(b, r.step)), I.intMul(st, r.step));
  }
  const [a, b, st] = sliceIndicesLong(s, big(len));
  const start = big(r.start), step = big(r.step);
  return new PyRange(I.normBig(start + a * step), I.normBig(start + b * step), I.normBig(st * step));
}

function rangeEq(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  const la = rangeLength(a);
  if (la !== rangeLength(b)) return false;
  if (la === 0) return true;
  if (a.start !== b.start) return false;
  if (la === 1) return true;
  return a.step === b.step;
}

/** hash(range): CPython hashes (len, start, step), with None for the parts that do not matter. */
function rangeHashParts(r: PyRange): [number, number] {
  const len = rangeLength(r);
  const items: PyObject[] = len === 0 ? [len, None, None] : len === 1 ? [len, r.start, None] : [len, r.start, r.step];
  return tupleHashParts(items);
}

export function rangeHash(r: PyRange): number {
  const [h, l] = rangeHashParts(r);
  return foldHash(h, l);
}

/** Linear search for a non-int (CPython's _PySequence_IterSearch). */
function searchCount(r: PyRange, x: PyObject, stopAtFirst: boolean): number {
  const it = rangeIter(r);
  let n = 0;
  let i = 0;
  for (;;) {
    const v = it.next();
    if (v === undefined) return stopAtFirst ? -1 : n;
    if (itemEq(v, x)) {
      if (stopAtFirst) return i;
      n++;
    }
    i++;
  }
}

methods(rangeType, {
  __repr__: (self) => {
    const r = self as PyRange;
    const step = r.step;
    if (step === 1) return `range(${r.start}, ${r.stop})`;
    return `range(${r.start}, ${r.stop}, ${step})`;
  },
  __len__: (self) => {
    const n = rangeLength(self as PyRange);
    if (typeof n === "bigint" && n > C_LONG_MAX) throw overflowError("Python int too large to convert to C ssize_t");
    return n;
  },
  __bool__: (self) => {
    const r = self as PyRange;
    return r.step > 0 ? r.start < r.stop : r.start > r.stop;
  },
  __getitem__: (self, args) => {
    if (args.length !== 1) exactArgs("range.__getitem__", args, null, 1);
    const r = self as PyRange;
    const k = args[0];
    if (typeof k === "number" && isSmall(r)) {
      const len = rangeLength(r) as number;
      let i = k;
      if (i < 0) i += len;
      if (i < 0 || i >= len) throw indexError("range object index out of range");
      return (r.start as number) + i * (r.step as number);
    }
    if (k instanceof PySlice) return rangeSlice(r, k);
    if (isIndexable(k)) return rangeItem(r, index(k));
    throw typeError(`range indices must be integers or slices, not ${typeOf(k).name}`);
  },
  __contains__: (self, args) => {
    const x = exactInt(args[0]);
    if (x !== undefined) return containsInt(self as PyRange, x);
    return searchCount(self as PyRange, args[0], true) >= 0;
  },
  __iter__: (self) => rangeIter(self as PyRange),
  __reversed__: (self) => rangeReversed(self as PyRange),
  __eq__: (self, args) => (args[0] instanceof PyRange ? rangeEq(self as PyRange, args[0]) : NotImplemented),
  __ne__: (self, args) => (args[0] instanceof PyRange ? !rangeEq(self as PyRange, args[0]) : NotImplemented),
  __hash__: (self) => rangeHash(self as PyRange),
  __reduce__: (self) => {
    const r = self as PyRange;
    return new PyTuple([rangeType, new PyTuple([r.start, r.stop, r.step])]);
  },
  count: (self, args, kwnames) => {
    exactArgs("range.count", args, kwnames, 1);
    const x = exactInt(args[0]);
    if (x !== undefined) return containsInt(self as PyRange, x) ? 1 : 0;
    return searchCount(self as PyRange, args[0], false);
  },
  index: (self, args, kwnames) => {
    exactArgs("range.index", args, kwnames, 1);
    const r = self as PyRange;
    const x = exactInt(args[0]);
    if (x !== undefined) {
      if (!containsInt(r, x)) throw valueError(`${repr(args[0])} is not in range`);
      return I.intFloorDiv(I.intSub(x, r.start), r.step);
    }
    const i = searchCount(r, args[0], true);
    if (i < 0) throw valueError("sequence.index(x): x not in sequence");
    return i;
  },
});
getter(rangeType, "start", (r) => (r as PyRange).start);
getter(rangeType, "stop", (r) => (r as PyRange).stop);
getter(rangeType, "step", (r) => (r as PyRange).step);

registerHash((x) => (x instanceof PyRange ? rangeHash(x) : undefined));
registerExactHash((x) => (x instanceof PyRange ? rangeHashParts(x) : undefined));
registerValueHashedType(rangeType);
