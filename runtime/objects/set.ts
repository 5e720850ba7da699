// set and frozenset, ported from CPython 3.11's Objects/setobject.c so that results — including
// the iteration order of the table, which operations like union/intersection/difference and
// resizing determine — are the ones CPython prints. The table layout is the one hashtable.ts
// defines (PySet: keys/hashes/fill/used/mask, DUMMY for deleted slots); the probing helpers
// below follow hashtable.ts exactly, so sets built here and there interoperate.
import {
  DUMMY,
  None,
  NotImplemented,
  PyDict,
  PyList,
  PyNativeIterator,
  PyObject,
  PySet,
  PyTuple,
  PyType,
  dictType,
  frozensetType,
  listType,
  setType,
  tupleType,
} from "./core.js";
import { fixedMethod, methods, setNew } from "./define.js";
import { keyError, runtimeError, typeError } from "./exceptions.js";
import { eq, getIter, hash, isSubtype, iterNext, lookupType, registerHash, repr } from "./protocol.js";
import {
  dictGet,
  keyObject,
  registerValueHashedType,
  setClear,
  setItems,
  setLookupIndex as lookup,
  setAddEntry as addEntry,
  setInsertClean as insertClean,
  setResize as resize,
  setDiscardEntry as discardEntry,
  setContainsEntry as containsEntry,
} from "./hashtable.js";
import { exactArgs, nativeIteratorType, reduceExhausted, reprGuard } from "./slice.js";
import { foldHash, hashParts, mulParts, registerExactHash } from "./tuple.js";

// ---------------------------------------------------------------------------------------------
// Table primitives: hashtable.ts

/** Replaces a's table by b's (set_swap_bodies, one direction). */
function takeBody(a: PySet, b: PySet): void {
  a.keys = b.keys;
  a.hashes = b.hashes;
  a.fill = b.fill;
  a.used = b.used;
  a.mask = b.mask;
  a.hashCache = undefined;
  a.version++;
}

// ---------------------------------------------------------------------------------------------
// Construction and bulk operations

/** A key for lookups: a set (unhashable) argument stands for the equal frozenset. */
function lookupKey(key: PyObject): PyObject {
  if (key instanceof PySet && lookupType(key.cls, "__hash__") === None) {
    const f = new PySet(frozensetType);
    merge(f, key);
    return f;
  }
  return key;
}

/** make_new_set(cls, iterable) */
export function makeSet(cls: PyType, iterable?: PyObject): PySet {
  const s = new PySet(cls);
  if (cls !== setType && cls !== frozensetType && cls.hasDict) s.dict = new PyDict();
  if (iterable !== undefined) updateInternal(s, iterable);
  return s;
}
setType.alloc = (cls) => new PySet(cls);
frozensetType.alloc = (cls) => new PySet(cls);

function baseType(t: PyType): PyType {
  if (t === setType || t === frozensetType) return t;
  return isSubtype(t, setType) ? setType : frozensetType;
}

/** make_new_set_basetype(type(so), iterable) */
function newLike(so: PySet, iterable?: PyObject): PySet {
  return makeSet(baseType(so.cls), iterable);
}

/** set_copy */
export function setCopy(so: PySet): PySet {
  return newLike(so, so);
}

/** set_merge */
function merge(so: PySet, other: PySet): void {
  if (so === other || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) resize(so, (so.used + other.used) * 2);
  const ok = other.keys, oh = other.hashes;
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    so.keys = ok.slice();
    so.hashes = oh.slice();
    so.fill = other.fill;
    so.used = other.used;
    so.version++;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i < ok.length; i++) {
      const k = ok[i];
      if (k !== undefined && k !== DUMMY) insertClean(so, k as PyObject, oh[i]);
    }
    so.version++;
    return;
  }
  for (let i = 0; i < ok.length; i++) {
    const k = ok[i];
    if (k !== undefined && k !== DUMMY) addEntry(so, k as PyObject, oh[i]);
  }
}

/** Calls f(key, hash) for every active entry of s (in table order). */
function eachEntry(s: PySet, f: (k: PyObject, h: number) => boolean | void): void {
  const keys = s.keys, hashes = s.hashes;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== undefined && k !== DUMMY) if (f(k as PyObject, hashes[i]) === false) return;
  }
}

/** Calls f(item) for every item of an iterable (fast for exact lists and tuples). */
function eachItem(x: PyObject, f: (v: PyObject) => boolean | void): void {
  if ((x instanceof PyList && x.cls === listType) || (x instanceof PyTuple && x.cls === tupleType)) {
    const items = x.items;
    for (let i = 0; i < items.length; i++) if (f(items[i]) === false) return;
    return;
  }
  const it = getIter(x);
  if (it instanceof PyNativeIterator) {
    for (;;) {
      const v = it.next();
      if (v === undefined || f(v) === false) return;
    }
  }
  for (;;) {
    const v = iterNext(it);
    if (v === undefined || f(v) === false) return;
  }
}

/** set_update_internal */
export function updateInternal(so: PySet, other: PyObject): void {
  if (other instanceof PySet) return merge(so, other);
  if (other instanceof PyDict && other.cls === dictType) {
    const n = other.map.size;
    if ((so.fill + n) * 5 >= so.mask * 3) resize(so, (so.used + n) * 2);
    for (const k of other.map.keys()) {
      const key = keyObject(other, k);
      addEntry(so, key, hash(key));
    }
    return;
  }
  eachItem(other, (v) => {
    addEntry(so, v, hash(v));
  });
}

/** set_intersection */
export function intersection(so: PySet, other: PyObject): PySet {
  if (so === other) return setCopy(so);
  const result = newLike(so);
  if (other instanceof PySet) {
    let a = so, b = other;
    if (b.used > a.used) [a, b] = [b, a];
    eachEntry(b, (k, h) => {
      if (containsEntry(a, k, h)) addEntry(result, k, h);
    });
    return result;
  }
  eachItem(other, (k) => {
    const h = hash(k);
    if (containsEntry(so, k, h)) addEntry(result, k, h);
  });
  return result;
}

/** set_difference_update_internal */
export function differenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) {
    setClear(so);
    so.hashCache = undefined;
    return;
  }
  if (other instanceof PySet) {
    eachEntry(other, (k, h) => {
      discardEntry(so, k, h);
    });
  } else {
    eachItem(other, (k) => {
      discardEntry(so, k, hash(k));
    });
  }
  if (so.fill - so.used > so.mask / 4) resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** set_difference */
export function difference(so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other instanceof PyDict && other.cls === dictType) otherSize = other.map.size;
  else {
    const r = setCopy(so);
    differenceUpdate(r, other);
    return r;
  }
  if (so.used >> 2 > otherSize) {
    const r = setCopy(so);
    differenceUpdate(r, other);
    return r;
  }
  const result = newLike(so);
  if (other instanceof PySet) {
    eachEntry(so, (k, h) => {
      if (!containsEntry(other, k, h)) addEntry(result, k, h);
    });
  } else {
    const d = other as PyDict;
    eachEntry(so, (k, h) => {
      if (dictHas(d, k) === false) addEntry(result, k, h);
    });
  }
  return result;
}
function dictHas(d: PyDict, k: PyObject): boolean {
  return dictGet(d, k) !== undefined;
}

/** set_symmetric_difference_update */
export function symmetricDifferenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) {
    setClear(so);
    so.hashCache = undefined;
    return;
  }
  if (other instanceof PyDict && other.cls === dictType) {
    for (const lk of other.map.keys()) {
      const k = keyObject(other, lk);
      const h = hash(k);
      if (!discardEntry(so, k, h)) addEntry(so, k, h);
    }
    return;
  }
  const os = other instanceof PySet ? other : newLike(so, other);
  eachEntry(os, (k, h) => {
    if (!discardEntry(so, k, h)) addEntry(so, k, h);
  });
}

/** set_symmetric_difference */
export function symmetricDifference(so: PySet, other: PyObject): PySet {
  const r = newLike(so, other);
  symmetricDifferenceUpdate(r, so);
  return r;
}

/** set_issubset */
export function isSubset(so: PySet, other: PyObject): boolean {
  if (!(other instanceof PySet)) return isSubset(so, makeSet(setType, other));
  if (so.used > other.used) return false;
  let ok = true;
  eachEntry(so, (k, h) => {
    if (!containsEntry(other, k, h)) return (ok = false);
  });
  return ok;
}

/** set_issuperset */
export function isSuperset(so: PySet, other: PyObject): boolean {
  if (other instanceof PySet) return isSubset(other, so);
  let ok = true;
  eachItem(other, (k) => {
    if (!containsEntry(so, k, hash(k))) return (ok = false);
  });
  return ok;
}

/** set_isdisjoint */
export function isDisjoint(so: PySet, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  let ok = true;
  if (other instanceof PySet && (other.cls === setType || other.cls === frozensetType)) {
    let a = so, b = other;
    if (b.used > a.used) [a, b] = [b, a];
    eachEntry(b, (k, h) => {
      if (containsEntry(a, k, h)) return (ok = false);
    });
    return ok;
  }
  eachItem(other, (k) => {
    if (containsEntry(so, k, hash(k))) return (ok = false);
  });
  return ok;
}

/** `key in s` with CPython's set-to-frozenset retry. */
export function setHas(s: PySet, key: PyObject): boolean {
  const k = lookupKey(key);
  return containsEntry(s, k, hash(k));
}

// ---------------------------------------------------------------------------------------------
// Iteration, repr, hash

export const setIteratorType: PyType = nativeIteratorType("set_iterator", { lengthHint: true });

export function setIter(s: PySet): PyNativeIterator {
  let i = 0;
  let used = s.used;
  let done = false;
  let left = s.used;
  const it = new PyNativeIterator(setIteratorType, () => {
    if (done) return undefined;
    if (s.used !== used) {
      used = -1;
      throw runtimeError("Set changed size during iteration");
    }
    const keys = s.keys;
    while (i < keys.length) {
      const k = keys[i++];
      if (k !== undefined && k !== DUMMY) {
        left--;
        return k as PyObject;
      }
    }
    done = true;
    return undefined;
  });
  // pickled as CPython does: iter(list of the elements still to come)
  it.iterState = {
    reduce: () => {
      if (!done && s.used !== used) throw runtimeError("Set changed size during iteration");
      const rest: PyObject[] = [];
      const keys = s.keys;
      for (let j = done ? keys.length : i; j < keys.length; j++) {
        const k = keys[j];
        if (k !== undefined && k !== DUMMY) rest.push(k as PyObject);
      }
      return reduceExhausted(new PyList(rest));
    },
    lengthHint: () => (!done && s.used === used ? left : 0),
  };
  return it;
}

function setRepr(s: PySet): string {
  const name = s.cls.name;
  return reprGuard(s, `${name}(...)`, () => {
    if (s.used === 0) return `${name}()`;
    const parts = setItems(s).map((k) => repr(k));
    const body = `{${parts.join(", ")}}`;
    return s.cls === setType ? body : `${name}(${body})`;
  });
}

// a frozenset's hash parts, computed once (CPython caches a frozenset's hash): a frozenset of
// frozensets would otherwise rehash every level below it each time, exponentially
const hashPartsCache = new WeakMap<PySet, [number, number]>();

/** CPython's frozenset_hash as [hi, lo]. */
function frozensetHashParts(s: PySet): [number, number] {
  // a mutable set stands for the equal frozenset in lookups: never cached
  if (!s.cls.mro.includes(frozensetType)) return computeHashParts(s);
  let cached = hashPartsCache.get(s);
  if (cached === undefined) {
    cached = computeHashParts(s);
    hashPartsCache.set(s, cached);
  }
  return cached;
}

function computeHashParts(s: PySet): [number, number] {
  let hh = 0, hl = 0;
  eachEntry(s, (k) => {
    const [h, l] = hashParts(k);
    // _shuffle_bits: ((h ^ 89869747) ^ (h << 16)) * 3644798167
    const xh = (h ^ ((h << 16) | (l >>> 16))) >>> 0;
    const xl = (l ^ 89869747 ^ (l << 16)) >>> 0;
    const [mh, ml] = mulParts(xh, xl, 0, 3644798167);
    hh = (hh ^ mh) >>> 0;
    hl = (hl ^ ml) >>> 0;
  });
  let [nh, nl] = mulParts(0, s.used + 1, 0, 1927868237);
  hh = (hh ^ nh) >>> 0;
  hl = (hl ^ nl) >>> 0;
  // hash ^= (hash >> 11) ^ (hash >> 25)
  const s11h = hh >>> 11, s11l = ((hl >>> 11) | (hh << 21)) >>> 0;
  const s25h = hh >>> 25, s25l = ((hl >>> 25) | (hh << 7)) >>> 0;
  hh = (hh ^ s11h ^ s25h) >>> 0;
  hl = (hl ^ s11l ^ s25l) >>> 0;
  // hash = hash * 69069 + 907133923
  [nh, nl] = mulParts(hh, hl, 0, 69069);
  const sum = nl + 907133923;
  hl = sum >>> 0;
  hh = (nh + (sum >= 4294967296 ? 1 : 0)) >>> 0;
  if (hh === 0xffffffff && hl === 0xffffffff) {
    hh = 0;
    hl = 590923713;
  }
  return [hh, hl];
}

let frozensetHashDescr: PyObject | undefined;

export function frozensetHash(s: PySet): number {
  const c = s.hashCache;
  if (c !== undefined) return c;
  const [h, l] = frozensetHashParts(s);
  const r = foldHash(h, l);
  s.hashCache = r;
  return r;
}

registerHash((x) => (x instanceof PySet ? frozensetHash(x) : undefined));
registerExactHash((x) =>
  x instanceof PySet && (x.cls === frozensetType || lookupType(x.cls, "__hash__") === frozensetHashDescr) ? frozensetHashParts(x) : undefined,
);

// ---------------------------------------------------------------------------------------------
// The types

function checkNoKw(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

setNew(setType, (cls, _args, kwnames) => {
  if (cls === setType) checkNoKw("set", kwnames);
  return makeSet(cls);
});

setNew(frozensetType, (cls, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0 && (cls === frozensetType || lookupType(cls, "__init__") === lookupType(frozensetType, "__init__")))
    checkNoKw("frozenset", kwnames);
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`${cls.name} expected at most 1 argument, got ${npos}`);
  const it = npos === 1 ? args[0] : undefined;
  if (cls === frozensetType && it instanceof PySet && it.cls === frozensetType) return it;
  return makeSet(cls, it);
});

function anySet(x: PyObject): x is PySet {
  return x instanceof PySet;
}

function richCompare(v: PySet, w: PyObject, op: "eq" | "ne" | "lt" | "le" | "gt" | "ge"): PyObject {
  if (!anySet(w)) return NotImplemented;
  switch (op) {
    case "eq":
    case "ne": {
      let r: boolean;
      if (v.used !== w.used) r = false;
      else if (v.hashCache !== undefined && w.hashCache !== undefined && v.hashCache !== w.hashCache) r = false;
      else r = isSubset(v, w);
      return op === "eq" ? r : !r;
    }
    case "le":
      return isSubset(v, w);
    case "ge":
      return isSuperset(v, w);
    case "lt":
      return v.used < w.used && isSubset(v, w);
    case "gt":
      return v.used > w.used && isSuperset(v, w);
  }
}

const fingers = new WeakMap<PySet, number>();

/** Methods shared by set and frozenset (tn names the type in error messages). */
const common = (tn: string): Record<string, (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject> => ({
  __repr__: (self) => setRepr(self as PySet),
  __len__: (self) => (self as PySet).used,
  __contains__: (self, args) => setHas(self as PySet, args[0]),
  __iter__: (self) => setIter(self as PySet),
  __eq__: (self, args) => richCompare(self as PySet, args[0], "eq"),
  __ne__: (self, args) => richCompare(self as PySet, args[0], "ne"),
  __lt__: (self, args) => richCompare(self as PySet, args[0], "lt"),
  __le__: (self, args) => richCompare(self as PySet, args[0], "le"),
  __gt__: (self, args) => richCompare(self as PySet, args[0], "gt"),
  __ge__: (self, args) => richCompare(self as PySet, args[0], "ge"),
  __or__: (self, args) => {
    const o = args[0];
    if (!anySet(o)) return NotImplemented;
    const r = setCopy(self as PySet);
    if (self !== o) updateInternal(r, o);
    return r;
  },
  __ror__: (self, args) => {
    const o = args[0];
    if (!anySet(o)) return NotImplemented;
    const r = setCopy(o);
    if (self !== o) updateInternal(r, self);
    return r;
  },
  __and__: (self, args) => (anySet(args[0]) ? intersection(self as PySet, args[0]) : NotImplemented),
  __rand__: (self, args) => (anySet(args[0]) ? intersection(args[0], self) : NotImplemented),
  __sub__: (self, args) => (anySet(args[0]) ? difference(self as PySet, args[0]) : NotImplemented),
  __rsub__: (self, args) => (anySet(args[0]) ? difference(args[0], self) : NotImplemented),
  __xor__: (self, args) => (anySet(args[0]) ? symmetricDifference(self as PySet, args[0]) : NotImplemented),
  __rxor__: (self, args) => (anySet(args[0]) ? symmetricDifference(args[0], self) : NotImplemented),
  union: (self, args, kwnames) => {
    checkNoKw(`${tn}.union`, kwnames);
    const r = setCopy(self as PySet);
    for (const o of args) if (o !== self) updateInternal(r, o);
    return r;
  },
  intersection: (self, args, kwnames) => {
    checkNoKw(`${tn}.intersection`, kwnames);
    if (args.length === 0) return setCopy(self as PySet);
    let r = self as PySet;
    for (const o of args) r = intersection(r, o);
    return r;
  },
  difference: (self, args, kwnames) => {
    checkNoKw(`${tn}.difference`, kwnames);
    if (args.length === 0) return setCopy(self as PySet);
    const r = difference(self as PySet, args[0]);
    for (let i = 1; i < args.length; i++) differenceUpdate(r, args[i]);
    return r;
  },
  symmetric_difference: (self, args, kwnames) => {
    exactArgs(`${tn}.symmetric_difference`, args, kwnames, 1);
    return symmetricDifference(self as PySet, args[0]);
  },
  issubset: (self, args, kwnames) => {
    exactArgs(`${tn}.issubset`, args, kwnames, 1);
    return isSubset(self as PySet, args[0]);
  },
  issuperset: (self, args, kwnames) => {
    exactArgs(`${tn}.issuperset`, args, kwnames, 1);
    return isSuperset(self as PySet, args[0]);
  },
  isdisjoint: (self, args, kwnames) => {
    exactArgs(`${tn}.isdisjoint`, args, kwnames, 1);
    return isDisjoint(self as PySet, args[0]);
  },
  __reduce__: (self) => {
    const s = self as PySet;
    return new PyTuple([s.cls, new PyTuple([new PyList(setItems(s))]), s.dict ?? None]);
  },
});

methods(setType, common("set"));
methods(setType, {
  __init__: (self, args, kwnames) => {
    checkNoKw("set", kwnames);
    const s = self as PySet;
    if (args.length > 1) throw typeError(`${s.cls.name} expected at most 1 argument, got ${args.length}`);
    if (s.fill !== 0) setClear(s);
    if (args.length === 1) updateInternal(s, args[0]);
    return None;
  },
  copy: (self, args, kwnames) => {
    exactArgs("set.copy", args, kwnames, 0);
    return setCopy(self as PySet);
  },
  discard: (self, args, kwnames) => {
    exactArgs("set.discard", args, kwnames, 1);
    const k = lookupKey(args[0]);
    discardEntry(self as PySet, k, hash(k));
    return None;
  },
  remove: (self, args, kwnames) => {
    exactArgs("set.remove", args, kwnames, 1);
    const k = lookupKey(args[0]);
    if (!discardEntry(self as PySet, k, hash(k))) throw keyError(args[0]);
    return None;
  },
  pop: (self, args, kwnames) => {
    exactArgs("set.pop", args, kwnames, 0);
    const s = self as PySet;
    if (s.used === 0) throw keyError("pop from an empty set");
    const keys = s.keys;
    let i = (fingers.get(s) ?? 0) & s.mask;
    while (keys[i] === undefined || keys[i] === DUMMY) {
      i++;
      if (i > s.mask) i = 0;
    }
    const k = keys[i] as PyObject;
    keys[i] = DUMMY;
    s.used--;
    s.version++;
    fingers.set(s, i + 1);
    return k;
  },
  clear: (self, args, kwnames) => {
    exactArgs("set.clear", args, kwnames, 0);
    setClear(self as PySet);
    return None;
  },
  update: (self, args, kwnames) => {
    checkNoKw("set.update", kwnames);
    for (const o of args) updateInternal(self as PySet, o);
    return None;
  },
  intersection_update: (self, args, kwnames) => {
    checkNoKw("set.intersection_update", kwnames);
    const s = self as PySet;
    let r = s;
    for (const o of args) r = intersection(r, o);
    if (r !== s) takeBody(s, r);
    return None;
  },
  difference_update: (self, args, kwnames) => {
    checkNoKw("set.difference_update", kwnames);
    for (const o of args) differenceUpdate(self as PySet, o);
    return None;
  },
  symmetric_difference_update: (self, args, kwnames) => {
    exactArgs("set.symmetric_difference_update", args, kwnames, 1);
    symmetricDifferenceUpdate(self as PySet, args[0]);
    return None;
  },
  __ior__: (self, args) => {
    if (!anySet(args[0])) return NotImplemented;
    updateInternal(self as PySet, args[0]);
    return self;
  },
  __iand__: (self, args) => {
    if (!anySet(args[0])) return NotImplemented;
    const s = self as PySet;
    const r = intersection(s, args[0]);
    if (r !== s) takeBody(s, r);
    return self;
  },
  __isub__: (self, args) => {
    if (!anySet(args[0])) return NotImplemented;
    differenceUpdate(self as PySet, args[0]);
    return self;
  },
  __ixor__: (self, args) => {
    if (!anySet(args[0])) return NotImplemented;
    symmetricDifferenceUpdate(self as PySet, args[0]);
    return self;
  },
});
fixedMethod(setType, "add", {
  1: (self, k) => {
    addEntry(self as PySet, k, hash(k));
    return None;
  },
});
setType.dict.map.set("__hash__", None);

methods(frozensetType, common("frozenset"));
methods(frozensetType, {
  copy: (self, args, kwnames) => {
    exactArgs("frozenset.copy", args, kwnames, 0);
    const s = self as PySet;
    return s.cls === frozensetType ? s : setCopy(s);
  },
  __hash__: (self) => frozensetHash(self as PySet),
});
frozensetHashDescr = frozensetType.dict.map.get("__hash__");

registerValueHashedType(frozensetType);
registerValueHashedType(setType);
