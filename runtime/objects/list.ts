// The list type: CPython 3.11 semantics and error messages, a stable sort (natural runs, binary
// insertion and merging, using only `<` as CPython's timsort does), and fast paths the
// interpreter calls directly (listGetItem, listIter, listAppend…).
import {
  None,
  NotImplemented,
  PyDict,
  PyList,
  PyNativeIterator,
  PyObject,
  PySlice,
  PyTuple,
  PyType,
  PyFloat,
  listType,
  tupleType,
} from "./core.js";
import type { NativeIteratorState } from "./core.js";
import { fixedMethod, methods, refuseRange, setNew } from "./define.js";
import { indexError, MemoryErrorType, newException, typeError, valueError } from "./exceptions.js";
import { call, Cmp, getIter, index, iterNext, lookupType, repr, typeOf } from "./protocol.js";
import { lessThan } from "./operators.js";
import { registerValueHashedType } from "./hashtable.js";
import {
  asIndexForSubscript,
  asSsize,
  exactArgs,
  isIndexable,
  isTypeError,
  itemEq,
  nativeIteratorType,
  rangeArgs,
  reduceAt,
  reduceCallables,
  reduceExhausted,
  stateIndex,
  reprGuard,
  searchBounds,
  seqRichCompare,
  sliceIndices,
  userDefines,
} from "./slice.js";
import { repeatCount, repeatItems, sliceItems } from "./tuple.js";

export const listIteratorType: PyType = nativeIteratorType("list_iterator", { setState: true, lengthHint: true });
export const listReverseIteratorType: PyType = nativeIteratorType("list_reverseiterator", { setState: true, lengthHint: true });

/** A new list of class cls (a list subclass gets its instance dict). */
export function newList(items: PyObject[], cls: PyType = listType): PyList {
  const l = new PyList(items, cls);
  if (cls !== listType && cls.hasDict) l.dict = new PyDict();
  return l;
}
listType.alloc = (cls) => new PyList([], cls);

// ---------------------------------------------------------------------------------------------
// Fast paths for the interpreter

/** list[i] for a JS-number index (negative counts from the end). */
export function listGetItem(l: PyList, i: number): PyObject {
  const items = l.items;
  if (i < 0) i += items.length;
  if (i >= 0 && i < items.length) return items[i];
  throw indexError("list index out of range");
}

/** list[i] = v for a JS-number index. */
export function listSetItem(l: PyList, i: number, v: PyObject): void {
  const items = l.items;
  if (i < 0) i += items.length;
  if (i >= 0 && i < items.length) items[i] = v;
  else throw indexError("list assignment index out of range");
}

export function listAppend(l: PyList, v: PyObject): void {
  l.items.push(v);
}

/** A list iterator's position: the index of the next item, Infinity once exhausted (CPython
 *  drops its list then). Shared by its next() and its pickling methods, which are on the
 *  prototype: iter(list) allocates the iterator, this and the next() closure. */
class ListPosition implements NativeIteratorState {
  i = 0;
  constructor(readonly l: PyList) {}
  reduce(): PyObject {
    return this.i === Infinity ? reduceExhausted(newList([])) : reduceAt(this.l, this.i);
  }
  setState(s: PyObject): void {
    const v = stateIndex(s, 0, this.l.items.length);
    if (this.i !== Infinity) this.i = v;
  }
  lengthHint(): PyObject {
    return this.i === Infinity ? 0 : Math.max(0, this.l.items.length - this.i);
  }
}

/** iter(list): sees appends made during iteration; stays exhausted once exhausted. */
export function listIter(l: PyList): PyNativeIterator {
  const p = new ListPosition(l);
  const it = new PyNativeIterator(listIteratorType, () => {
    const items = p.l.items;
    if (p.i < items.length) return items[p.i++];
    p.i = Infinity;
    return undefined;
  });
  it.iterState = p;
  return it;
}

/** reversed(list) */
export function listReversed(l: PyList): PyNativeIterator {
  let i = l.items.length - 1;
  let done = false;
  const it = new PyNativeIterator(listReverseIteratorType, () => {
    const items = l.items;
    if (i >= 0 && i < items.length) return items[i--];
    i = -1;
    done = true;
    return undefined;
  });
  it.iterState = {
    reduce: () => (done ? reduceExhausted(newList([])) : reduceAt(l, i, reduceCallables.reversed)),
    setState: (s) => {
      const v = stateIndex(s, -1, l.items.length - 1);
      if (!done) i = v;
    },
    lengthHint: () => (done || l.items.length < i + 1 ? 0 : i + 1),
  };
  return it;
}

/** list.extend(x) / list += x */
export function listExtend(l: PyList, x: PyObject): void {
  if ((x instanceof PyList || x instanceof PyTuple) && (x.cls === listType || x.cls === tupleType || x === l)) {
    const src = x.items;
    const items = l.items;
    const n = src.length;
    for (let i = 0; i < n; i++) items.push(src[i]);
    return;
  }
  const it = getIter(x);
  if (it instanceof PyNativeIterator) {
    for (;;) {
      const v = it.next();
      if (v === undefined) return;
      l.items.push(v);
    }
  }
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return;
    l.items.push(v);
  }
}

/** PySequence_Fast(v, msg) as a JS array the caller may keep (but not mutate). */
function seqFast(v: PyObject, msg: string): PyObject[] {
  if (v instanceof PyList && v.cls === listType) return v.items.slice();
  if (v instanceof PyTuple && v.cls === tupleType) return v.items;
  let it: PyObject;
  try {
    it = getIter(v);
  } catch (e) {
    if (isTypeError(e)) throw typeError(msg);
    throw e;
  }
  const out: PyObject[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

/** In-place splice that does not spread large arrays onto the stack. */
function spliceInPlace(a: PyObject[], start: number, delCount: number, ins: PyObject[]): void {
  const m = ins.length;
  if (m < 10000) {
    if (m === 0) a.splice(start, delCount);
    else a.splice(start, delCount, ...ins);
    return;
  }
  const oldLen = a.length;
  const d = m - delCount;
  if (d > 0) {
    for (let i = 0; i < d; i++) a.push(None);
    a.copyWithin(start + m, start + delCount, oldLen);
  } else if (d < 0) {
    a.copyWithin(start + m, start + delCount, oldLen);
    a.length = oldLen + d;
  }
  for (let i = 0; i < m; i++) a[start + i] = ins[i];
}

/** del l[s] (v undefined) or l[s] = v for a slice s. */
function listAssignSlice(l: PyList, s: PySlice, v: PyObject | undefined): void {
  const items = l.items;
  const [start, stop, step, n] = sliceIndices(s, items.length);
  if (step === 1) {
    const ins = v === undefined ? [] : seqFast(v, "can only assign an iterable");
    spliceInPlace(items, start, Math.max(stop, start) - start, ins);
    return;
  }
  if (v === undefined) {
    if (n <= 0) return;
    let lo = start, st = step;
    if (st < 0) {
      lo = start + st * (n - 1);
      st = -st;
    }
    let w = lo, del = 0, next = lo;
    const len = items.length;
    for (let r = lo; r < len; r++) {
      if (del < n && r === next) {
        del++;
        next += st;
        continue;
      }
      items[w++] = items[r];
    }
    items.length = w;
    return;
  }
  const seq = seqFast(v, "must assign iterable to extended slice");
  if (seq.length !== n) throw valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${n}`);
  for (let k = 0, i = start; k < n; k++, i += step) items[i] = seq[k];
}

function listDelIndex(l: PyList, i: number): void {
  const items = l.items;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError("list assignment index out of range");
  if (i === items.length - 1) items.pop();
  else items.splice(i, 1);
}

function badIndex(k: PyObject): never {
  throw typeError(`list indices must be integers or slices, not ${typeOf(k).name}`);
}

function listCompare(self: PyObject, other: PyObject, op: Cmp): PyObject {
  if (!(other instanceof PyList)) return NotImplemented;
  return seqRichCompare((self as PyList).items, other.items, op);
}

function listRepr(l: PyList): string {
  if (l.items.length === 0) return "[]";
  return reprGuard(l, "[...]", () => {
    const parts: string[] = [];
    for (let i = 0; i < l.items.length; i++) parts.push(repr(l.items[i]));
    return `[${parts.join(", ")}]`;
  });
}

// ---------------------------------------------------------------------------------------------
// Sorting

/** Stable merge sort using only lt(a, b) (CPython's `<`). Exception-safe: if lt throws, `a`
 *  still holds every element exactly once. */
function mergeSort<T>(a: T[], lt: (x: T, y: T) => boolean): void {
  const n = a.length;
  if (n < 2) return;
  const MINRUN = 32;
  let runs: number[] = [];
  let lo = 0;
  while (lo < n) {
    let hi = lo + 1;
    if (hi < n) {
      if (lt(a[hi], a[lo])) {
        hi++;
        while (hi < n && lt(a[hi], a[hi - 1])) hi++;
        reverseRange(a, lo, hi);
      } else {
        hi++;
        while (hi < n && !lt(a[hi], a[hi - 1])) hi++;
      }
    }
    const force = Math.min(n, lo + MINRUN);
    if (hi < force) {
      binaryInsertion(a, lo, hi, force, lt);
      hi = force;
    }
    runs.push(lo);
    lo = hi;
  }
  runs.push(n);
  if (runs.length <= 2) return;
  const buf: T[] = new Array(n);
  while (runs.length > 2) {
    const next: number[] = [];
    const r = runs.length - 1;
    for (let i = 0; i < r; i += 2) {
      next.push(runs[i]);
      if (i + 1 < r) merge(a, runs[i], runs[i + 1], runs[i + 2], buf, lt);
    }
    next.push(n);
    runs = next;
  }
}

function reverseRange<T>(a: T[], lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

/** a[lo, sorted) is sorted; insert a[sorted, end) one by one. */
function binaryInsertion<T>(a: T[], lo: number, sorted: number, end: number, lt: (x: T, y: T) => boolean): void {
  for (let i = sorted; i < end; i++) {
    const pivot = a[i];
    let l = lo, r = i;
    while (l < r) {
      const m = (l + r) >>> 1;
      if (lt(pivot, a[m])) r = m;
      else l = m + 1;
    }
    for (let j = i; j > l; j--) a[j] = a[j - 1];
    a[l] = pivot;
  }
}

/** Merge sorted a[lo, mid) and a[mid, hi) (stable). */
function merge<T>(a: T[], lo: number, mid: number, hi: number, buf: T[], lt: (x: T, y: T) => boolean): void {
  if (!lt(a[mid], a[mid - 1])) return; // already in order
  const leftLen = mid - lo;
  for (let i = 0; i < leftLen; i++) buf[i] = a[lo + i];
  let i = 0, j = mid, k = lo;
  try {
    while (i < leftLen && j < hi) {
      if (lt(a[j], buf[i])) a[k++] = a[j++];
      else a[k++] = buf[i++];
    }
  } finally {
    while (i < leftLen) a[k++] = buf[i++];
  }
}

/** Fast orderings: all JS numbers (1), all strs (2), all exact ints/bools/floats without NaN (3),
 *  all exact tuples (4); 0 for anything else. */
function sortKind(keys: PyObject[]): 0 | 1 | 2 | 3 | 4 {
  const n = keys.length;
  const k0 = typeof keys[0];
  if (keys[0] instanceof PyTuple) {
    for (let i = 0; i < n; i++) {
      const x = keys[i];
      if (!(x instanceof PyTuple) || x.cls !== tupleType) return 0;
    }
    return 4;
  }
  if (k0 === "number") {
    let i = 1;
    while (i < n && typeof keys[i] === "number") i++;
    if (i === n) return 1;
  } else if (k0 === "string") {
    let i = 1;
    while (i < n && typeof keys[i] === "string") i++;
    if (i === n) return 2;
    return 0;
  }
  for (let i = 0; i < n; i++) {
    const x = keys[i];
    const t = typeof x;
    if (t === "number" || t === "bigint" || t === "boolean") continue;
    if (x instanceof PyFloat && !Number.isNaN(x.value)) continue;
    return 0;
  }
  return 3;
}

/** `a < b` for sorting: lessThan with inline paths for ints, strs and exact tuples (tuples
 *  compare as CPython's tuple richcompare: the first unequal items decide, else the lengths). */
function sortLt(a: PyObject, b: PyObject): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return a < b;
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === tupleType && b.cls === tupleType) {
    const x = a.items, y = b.items;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      const p = x[i], q = y[i];
      if (p === q) continue;
      if (typeof p === "number" && typeof q === "number") return p < q;
      if (typeof p === "string" && typeof q === "string") return p < q;
      if (itemEq(p, q)) continue;
      return sortLt(p, q);
    }
    return x.length < y.length;
  }
  return lessThan(a, b);
}

function numOf(x: PyObject): number | bigint {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  return (x as PyFloat).value;
}
const cmpNum = (a: number, b: number): number => a - b;
const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** A comparator from `<` alone (exact tuples: cheap comparisons, so two calls cost little). */
const cmpTuple = (a: PyObject, b: PyObject): number => (sortLt(a, b) ? -1 : sortLt(b, a) ? 1 : 0);
const cmpMixed = (a: number | bigint, b: number | bigint): number => (a < b ? -1 : a > b ? 1 : 0);

function sortNoKey(items: PyObject[]): void {
  const kind = sortKind(items);
  if (kind === 1) {
    // equal numbers are indistinguishable: any sort will do
    if (items.length > 256) {
      const f = Float64Array.from(items as number[]);
      f.sort();
      for (let i = 0; i < f.length; i++) items[i] = f[i];
    } else (items as number[]).sort(cmpNum);
    return;
  }
  if (kind === 2) {
    (items as string[]).sort(cmpStr);
    return;
  }
  if (kind === 3) {
    // Array.prototype.sort is stable; 1 and 1.0 and True stay in input order
    items.sort((a, b) => cmpMixed(numOf(a), numOf(b)));
    return;
  }
  if (kind === 4) {
    // V8's (stable) sort leaves the array untouched if a comparison throws
    items.sort(cmpTuple);
    return;
  }
  mergeSort(items, sortLt);
}

function sortWithKeys(items: PyObject[], keys: PyObject[]): void {
  const n = items.length;
  const perm: number[] = new Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  const kind = sortKind(keys);
  if (kind === 1) {
    const k = keys as number[];
    perm.sort((i, j) => k[i] - k[j]);
  } else if (kind === 2) {
    const k = keys as string[];
    perm.sort((i, j) => cmpStr(k[i], k[j]));
  } else if (kind === 3) {
    const k = keys.map(numOf);
    perm.sort((i, j) => cmpMixed(k[i], k[j]));
  } else if (kind === 4) {
    perm.sort((i, j) => cmpTuple(keys[i], keys[j]));
  } else {
    mergeSort(perm, (i, j) => sortLt(keys[i], keys[j]));
  }
  const sorted: PyObject[] = new Array(n);
  for (let i = 0; i < n; i++) sorted[i] = items[perm[i]];
  for (let i = 0; i < n; i++) items[i] = sorted[i];
}

/** Sorts items in place (stable; reverse keeps equal items in input order, as CPython) and
 *  returns the same array. key is None or a callable. Used by list.sort and sorted(). */
export function sortItems(items: PyObject[], key: PyObject, reverse: boolean): PyObject[] {
  const n = items.length;
  let keys: PyObject[] | null = null;
  if (key !== None) {
    keys = new Array(n);
    for (let i = 0; i < n; i++) keys[i] = call(key, [items[i]]);
  }
  if (n < 2) return items;
  if (reverse) {
    items.reverse();
    keys?.reverse();
  }
  try {
    if (keys === null) sortNoKey(items);
    else sortWithKeys(items, keys);
  } finally {
    if (reverse) items.reverse();
  }
  return items;
}

function listSort(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length > nkw) throw typeError("sort() takes no positional arguments");
  if (nkw > 2) throw typeError(`sort() takes at most 2 keyword arguments (${nkw} given)`);
  let key: PyObject = None;
  let reverse = false;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const v = args[k];
    if (name === "key") key = v;
    else if (name === "reverse") {
      const r = index(v);
      reverse = r !== 0;
    } else throw typeError(`'${name}' is an invalid keyword argument for sort()`);
  }
  const l = self as PyList;
  const items = l.items;
  const empty: PyObject[] = [];
  l.items = empty;
  let ok = false;
  try {
    sortItems(items, key, reverse);
    ok = true;
  } finally {
    const modified = l.items !== empty || empty.length !== 0;
    l.items = items;
    if (ok && modified) throw valueError("list modified during sort");
  }
  return None;
}

// ---------------------------------------------------------------------------------------------
// The list type

setNew(listType, (cls) => newList([], cls));

function listRepeat(l: PyList, x: PyObject): PyObject {
  const n = repeatCount(x);
  if (n === null) return NotImplemented;
  return new PyList(repeatItems(l.items, n));
}

methods(listType, {
  __init__: (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError("list() takes no keyword arguments");
    if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
    const l = self as PyList;
    if (l.items.length !== 0) l.items.length = 0;
    if (args.length === 1) listExtend(l, args[0]);
    return None;
  },
  __repr__: (self) => listRepr(self as PyList),
  __len__: (self) => (self as PyList).items.length,
  __getitem__: (self, args) => {
    if (args.length !== 1) exactArgs("list.__getitem__", args, null, 1);
    const l = self as PyList;
    const k = args[0];
    if (typeof k === "number") return listGetItem(l, k);
    if (k instanceof PySlice) {
      const items = l.items;
      const [start, , step, n] = sliceIndices(k, items.length);
      return new PyList(sliceItems(items, start, step, n));
    }
    if (isIndexable(k)) return listGetItem(l, asIndexForSubscript(k));
    return badIndex(k);
  },
  __setitem__: (self, args) => {
    if (args.length !== 2) exactArgs("list.__setitem__", args, null, 2);
    const l = self as PyList;
    const k = args[0];
    if (typeof k === "number") listSetItem(l, k, args[1]);
    else if (k instanceof PySlice) listAssignSlice(l, k, args[1]);
    else if (isIndexable(k)) listSetItem(l, asIndexForSubscript(k), args[1]);
    else badIndex(k);
    return None;
  },
  __delitem__: (self, args) => {
    if (args.length !== 1) exactArgs("list.__delitem__", args, null, 1);
    const l = self as PyList;
    const k = args[0];
    if (typeof k === "number") listDelIndex(l, k);
    else if (k instanceof PySlice) listAssignSlice(l, k, undefined);
    else if (isIndexable(k)) listDelIndex(l, asIndexForSubscript(k));
    else badIndex(k);
    return None;
  },
  __contains__: (self, args) => {
    const items = (self as PyList).items;
    const x = args[0];
    for (let i = 0; i < items.length; i++) if (itemEq(items[i], x)) return true;
    return false;
  },
  __iter__: (self) => listIter(self as PyList),
  __reversed__: (self) => listReversed(self as PyList),
  __eq__: (self, args) => listCompare(self, args[0], Cmp.EQ),
  __ne__: (self, args) => listCompare(self, args[0], Cmp.NE),
  __lt__: (self, args) => listCompare(self, args[0], Cmp.LT),
  __le__: (self, args) => listCompare(self, args[0], Cmp.LE),
  __gt__: (self, args) => listCompare(self, args[0], Cmp.GT),
  __ge__: (self, args) => listCompare(self, args[0], Cmp.GE),
  __add__: (self, args) => {
    const o = args[0];
    if (!(o instanceof PyList)) {
      const ot = typeOf(o);
      if (userDefines(ot, "__radd__")) return NotImplemented;
      throw typeError(`can only concatenate list (not "${ot.name}") to list`);
    }
    return new PyList((self as PyList).items.concat(o.items));
  },
  __iadd__: (self, args) => {
    listExtend(self as PyList, args[0]);
    return self;
  },
  __mul__: (self, args) => listRepeat(self as PyList, args[0]),
  __rmul__: (self, args) => listRepeat(self as PyList, args[0]),
  __imul__: (self, args) => {
    const n = repeatCount(args[0]);
    if (n === null) return NotImplemented;
    const items = (self as PyList).items;
    const len = items.length;
    if (n <= 0) items.length = 0;
    else if (n > 1 && len > 0) {
      if (len * n > 2 ** 32 - 1) throw newException(MemoryErrorType);
      for (let k = 1; k < n; k++) for (let i = 0; i < len; i++) items.push(items[i]);
    }
    return self;
  },
  insert: (self, args, kwnames) => {
    rangeArgs("insert", "list.insert", args, kwnames, 2, 2);
    const items = (self as PyList).items;
    let i = typeof args[0] === "number" ? args[0] : asSsize(args[0]);
    const n = items.length;
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    } else if (i > n) i = n;
    if (i === n) items.push(args[1]);
    else if (i === 0) items.unshift(args[1]);
    else items.splice(i, 0, args[1]);
    return None;
  },
  remove: (self, args, kwnames) => {
    exactArgs("list.remove", args, kwnames, 1);
    const l = self as PyList;
    const x = args[0];
    for (let i = 0; i < l.items.length; i++) {
      if (itemEq(l.items[i], x)) {
        l.items.splice(i, 1);
        return None;
      }
    }
    throw valueError("list.remove(x): x not in list");
  },
  index: (self, args, kwnames) => {
    rangeArgs("index", "list.index", args, kwnames, 1, 3);
    const l = self as PyList;
    const x = args[0];
    const [a, b] = searchBounds(args[1], args[2], l.items.length);
    for (let i = a; i < b && i < l.items.length; i++) if (itemEq(l.items[i], x)) return i;
    throw valueError(`${repr(x)} is not in list`);
  },
  count: (self, args, kwnames) => {
    exactArgs("list.count", args, kwnames, 1);
    const l = self as PyList;
    const x = args[0];
    let n = 0;
    for (let i = 0; i < l.items.length; i++) if (itemEq(l.items[i], x)) n++;
    return n;
  },
  clear: (self, args, kwnames) => {
    exactArgs("list.clear", args, kwnames, 0);
    (self as PyList).items.length = 0;
    return None;
  },
  copy: (self, args, kwnames) => {
    exactArgs("list.copy", args, kwnames, 0);
    return new PyList((self as PyList).items.slice());
  },
  reverse: (self, args, kwnames) => {
    exactArgs("list.reverse", args, kwnames, 0);
    (self as PyList).items.reverse();
    return None;
  },
  sort: listSort,
});

// the methods CALL reaches without an argument array (define.ts fixedMethod)
fixedMethod(listType, "append", {
  1: (self, x) => {
    (self as PyList).items.push(x);
    return None;
  },
});
fixedMethod(listType, "extend", {
  1: (self, x) => {
    listExtend(self as PyList, x);
    return None;
  },
});
fixedMethod(
  listType,
  "pop",
  {
    0: (self) => {
      const items = (self as PyList).items;
      if (items.length === 0) throw indexError("pop from empty list");
      return items.pop()!;
    },
    1: (self, index) => {
      const items = (self as PyList).items;
      let i = typeof index === "number" ? index : asSsize(index);
      const n = items.length;
      if (n === 0) throw indexError("pop from empty list");
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw indexError("pop index out of range");
      if (i === n - 1) return items.pop()!;
      if (i === 0) return items.shift()!;
      return items.splice(i, 1)[0];
    },
  },
  refuseRange("pop", "list.pop", 0, 1),
);
listType.dict.map.set("__hash__", None);
registerValueHashedType(listType);
