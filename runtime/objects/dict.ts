// The dict type and its views (dict_keys, dict_values, dict_items) with CPython 3.11 semantics.
// Storage and lookup live in hashtable.ts; this module adds the Python-level behaviour.
import {
  None,
  NotImplemented,
  PyDict,
  PyHeap,
  PyList,
  PyNativeIterator,
  PyObject,
  PySet,
  PyTuple,
  PyType,
  builtinType,
  dictType,
  type NativeIteratorState,
  listType,
  objectType,
  setType,
  tupleType,
} from "./core.js";
import { classMethod, fixedMethod, methods, refuseRange, setNew } from "./define.js";
import { keyError, runtimeError, typeError, valueError } from "./exceptions.js";
import {
  call,
  callBound,
  getAttr,
  getAttrMaybe,
  getItem,
  getIter,
  iterNext,
  lookupType,
  repr,
  setItem,
  contains,
  len as pyLen,
} from "./protocol.js";
import { dictClear, dictCopy, dictDelete, dictGet, dictSet, keyObject, registerValueHashedType, setAdd } from "./hashtable.js";
import { exactArgs, isTypeError, itemEq, nativeIteratorType, rangeArgs, reduceExhausted, reprGuard } from "./slice.js";
import {
  differenceUpdate,
  intersection,
  makeSet,
  setHas,
  symmetricDifferenceUpdate,
  updateInternal,
} from "./set.js";

// ---------------------------------------------------------------------------------------------
// Iterators

export const dictKeyIteratorType: PyType = nativeIteratorType("dict_keyiterator", { lengthHint: true });
export const dictValueIteratorType: PyType = nativeIteratorType("dict_valueiterator", { lengthHint: true });
export const dictItemIteratorType: PyType = nativeIteratorType("dict_itemiterator", { lengthHint: true });
export const dictReverseKeyIteratorType: PyType = nativeIteratorType("dict_reversekeyiterator", { lengthHint: true });
export const dictReverseValueIteratorType: PyType = nativeIteratorType("dict_reversevalueiterator", { lengthHint: true });
export const dictReverseItemIteratorType: PyType = nativeIteratorType("dict_reverseitemiterator", { lengthHint: true });

const SIZE_CHANGED = "dictionary changed size during iteration";
const KEYS_CHANGED = "dictionary keys changed during iteration";

/** iter(d): the keys, raising RuntimeError if the dict changes size meanwhile. */
export function dictIterKeys(d: PyDict): PyNativeIterator {
  const map = d.map;
  const it = map.keys();
  let size = map.size;
  let remaining = size;
  let done = false;
  const iter = new PyNativeIterator(dictKeyIteratorType, () => {
    if (done) return undefined;
    if (map.size !== size) {
      size = -1;
      throw runtimeError(SIZE_CHANGED);
    }
    const r = it.next();
    if (r.done) {
      done = true;
      return undefined;
    }
    if (remaining === 0) {
      done = true;
      throw runtimeError(KEYS_CHANGED);
    }
    remaining--;
    const ko = d.keyObjs;
    if (ko === null) return r.value as PyObject;
    const o = ko.get(r.value);
    return o === undefined ? (r.value as PyObject) : o;
  });
  iter.iterState = forwardState(d, 0, () => (done ? -1 : map.size !== size ? -2 : remaining));
  return iter;
}

/** __reduce__ / __length_hint__ of a forward dict iterator: CPython pickles the items still to
 *  come as iter(list); `left()` is how many (-1 once exhausted, -2 if the dict changed size). */
function forwardState(d: PyDict, kind: 0 | 1 | 2, left: () => number): NativeIteratorState {
  return {
    reduce: () => {
      const n = left();
      if (n === -2) throw runtimeError(SIZE_CHANGED);
      const entries = n <= 0 ? [] : Array.from(d.map.entries()).slice(d.map.size - n);
      return reduceExhausted(new PyList(entries.map(([k, v]) => (kind === 0 ? keyObject(d, k) : kind === 1 ? v : new PyTuple([keyObject(d, k), v])))));
    },
    lengthHint: () => Math.max(0, left()),
  };
}

/** iter(d.values()) / iter(d.items()) */
export function dictIterEntries(d: PyDict, items: boolean): PyNativeIterator {
  const map = d.map;
  const it = map.entries();
  let size = map.size;
  let remaining = size;
  let done = false;
  const iter = new PyNativeIterator(items ? dictItemIteratorType : dictValueIteratorType, () => {
    if (done) return undefined;
    if (map.size !== size) {
      size = -1;
      throw runtimeError(SIZE_CHANGED);
    }
    const r = it.next();
    if (r.done) {
      done = true;
      return undefined;
    }
    if (remaining === 0) {
      done = true;
      throw runtimeError(KEYS_CHANGED);
    }
    remaining--;
    const [k, v] = r.value;
    if (!items) return v;
    return new PyTuple([keyObject(d, k), v]);
  });
  iter.iterState = forwardState(d, items ? 2 : 1, () => (done ? -1 : map.size !== size ? -2 : remaining));
  return iter;
}

/** reversed(d), reversed(d.values()), reversed(d.items()): kind 0, 1, 2. */
export function dictIterReversed(d: PyDict, kind: 0 | 1 | 2): PyNativeIterator {
  const map = d.map;
  const keys = Array.from(map.keys());
  let i = keys.length - 1;
  const size = map.size;
  let broken = false;
  const type = kind === 0 ? dictReverseKeyIteratorType : kind === 1 ? dictReverseValueIteratorType : dictReverseItemIteratorType;
  const iter = new PyNativeIterator(type, () => {
    if (i < 0) return undefined;
    if (broken || map.size !== size) {
      broken = true;
      throw runtimeError(SIZE_CHANGED);
    }
    while (i >= 0) {
      const k = keys[i--];
      const v = map.get(k);
      if (v === undefined) continue;
      if (kind === 0) return keyObject(d, k);
      if (kind === 1) return v;
      return new PyTuple([keyObject(d, k), v]);
    }
    return undefined;
  });
  const rest = (): PyObject[] => {
    if (broken || map.size !== size) throw runtimeError(SIZE_CHANGED);
    const out: PyObject[] = [];
    for (let j = i; j >= 0; j--) {
      const k = keys[j];
      const v = map.get(k);
      if (v !== undefined) out.push(kind === 0 ? keyObject(d, k) : kind === 1 ? v : new PyTuple([keyObject(d, k), v]));
    }
    return out;
  };
  iter.iterState = {
    reduce: () => reduceExhausted(new PyList(i < 0 ? [] : rest())),
    lengthHint: () => (i < 0 || broken || map.size !== size ? 0 : i + 1),
  };
  return iter;
}

// ---------------------------------------------------------------------------------------------
// Views

export class PyDictView implements PyHeap {
  constructor(
    public cls: PyType,
    public readonly dict: PyDict,
  ) {}
}
export const dictKeysType: PyType = builtinType("dict_keys", objectType, undefined, { noSubclass: true });
export const dictValuesType: PyType = builtinType("dict_values", objectType, undefined, { noSubclass: true });
export const dictItemsType: PyType = builtinType("dict_items", objectType, undefined, { noSubclass: true });

// ---------------------------------------------------------------------------------------------
// Updating

let dictIterDescr: PyObject | undefined;

/** PyDict_Merge(d, other, override): other is a dict or has keys() and __getitem__. */
export function dictMerge(d: PyDict, other: PyObject, override = true): void {
  if (other instanceof PyDict && lookupType(other.cls, "__iter__") === dictIterDescr) {
    if (other === d || other.map.size === 0) return;
    if (override && d.map.size === 0 && d.keyObjs === null && d.hashed === null) {
      dictCopy(other, d);
      return;
    }
    const size = other.map.size;
    for (const [k, v] of other.map) {
      if (typeof k === "string" && other.keyObjs === null) {
        if (!d.map.has(k)) {
          d.version++;
          d.map.set(k, v);
        } else if (override) d.map.set(k, v);
      } else {
        const key = keyObject(other, k);
        if (override || dictGet(d, key) === undefined) dictSet(d, key, v);
      }
      if (other.map.size !== size) throw runtimeError("dict mutated during update");
    }
    return;
  }
  const keys = toList(call(getAttr(other, "keys"), []));
  for (const k of keys) {
    if (!override && dictGet(d, k) !== undefined) continue;
    dictSet(d, k, getItem(other, k));
  }
}

function toList(x: PyObject): PyObject[] {
  if (x instanceof PyList && x.cls === listType) return x.items.slice();
  const it = getIter(x);
  const out: PyObject[] = [];
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return out;
    out.push(v);
  }
}

/** PyDict_MergeFromSeq2: an iterable of key/value pairs. */
export function dictMergeFromSeq2(d: PyDict, seq: PyObject): void {
  const it = getIter(seq);
  for (let i = 0; ; i++) {
    const item = iterNext(it);
    if (item === undefined) return;
    let pair: PyObject[];
    if ((item instanceof PyTuple && item.cls === tupleType) || (item instanceof PyList && item.cls === listType)) pair = item.items;
    else {
      let pit: PyObject;
      try {
        pit = getIter(item);
      } catch (e) {
        if (isTypeError(e)) throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        throw e;
      }
      pair = [];
      for (;;) {
        const v = iterNext(pit);
        if (v === undefined) break;
        pair.push(v);
      }
    }
    if (pair.length !== 2) throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    dictSet(d, pair[0], pair[1]);
  }
}

/** dict_update_arg: a mapping (exact dict, or anything with .keys) or an iterable of pairs. */
export function dictUpdateArg(d: PyDict, arg: PyObject): void {
  if (arg instanceof PyDict && arg.cls === dictType) return dictMerge(d, arg);
  if (getAttrMaybe(arg, "keys") !== undefined) return dictMerge(d, arg);
  dictMergeFromSeq2(d, arg);
}

/** dict(*args, **kw) / d.update(*args, **kw) */
function updateCommon(d: PyDict, args: PyObject[], kwnames: string[] | null, name: string): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateArg(d, args[0]);
  for (let k = 0; k < nkw; k++) dictSet(d, kwnames![k], args[npos + k]);
}

/** A new dict of class cls (a dict subclass gets its instance dict). */
export function newDict(cls: PyType = dictType): PyDict {
  const d = new PyDict(cls);
  if (cls !== dictType && cls.hasDict) d.dict = new PyDict();
  return d;
}
dictType.alloc = (cls) => new PyDict(cls);

export function dictCopyOf(d: PyDict): PyDict {
  return dictCopy(d, new PyDict());
}

// ---------------------------------------------------------------------------------------------
// Behaviour

function dictRepr(d: PyDict): string {
  if (d.map.size === 0) return "{}";
  return reprGuard(d, "{...}", () => {
    const parts: string[] = [];
    for (const [k, v] of d.map) {
      // keys are looked up live: a repr may mutate the dict
      parts.push(`${repr(keyObject(d, k))}: ${repr(v)}`);
    }
    return `{${parts.join(", ")}}`;
  });
}

/** dict == dict */
export function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a === b) return true;
  if (a.map.size !== b.map.size) return false;
  for (const [k, v] of a.map) {
    const bv = typeof k === "string" ? b.map.get(k) : dictGet(b, keyObject(a, k));
    if (bv === undefined) return false;
    if (!itemEq(v, bv)) return false;
  }
  return true;
}

const popitemCache = new WeakMap<PyDict, { version: number; keys: unknown[] }>();

function dictPopitem(d: PyDict): PyObject {
  if (d.map.size === 0) throw keyError("popitem(): dictionary is empty");
  let c = popitemCache.get(d);
  if (c === undefined || c.version !== d.version) {
    c = { version: 0, keys: Array.from(d.map.keys()) };
    popitemCache.set(d, c);
  }
  const k = c.keys.pop();
  const v = d.map.get(k)!;
  const key = keyObject(d, k);
  dictDelete(d, key);
  c.version = d.version;
  return new PyTuple([key, v]);
}

setNew(dictType, (cls) => newDict(cls));

function dictGetItem(self: PyObject, k: PyObject): PyObject {
  const d = self as PyDict;
  const v = dictGet(d, k);
  if (v !== undefined) return v;
  if (d.cls !== dictType) {
    const m = lookupType(d.cls, "__missing__");
    if (m !== undefined) return callBound(m, self, [k]);
  }
  throw keyError(k);
}

methods(dictType, {
  __init__: (self, args, kwnames) => {
    updateCommon(self as PyDict, args, kwnames, "dict");
    return None;
  },
  __repr__: (self) => dictRepr(self as PyDict),
  __len__: (self) => (self as PyDict).map.size,
  __getitem__: (self, args) => {
    if (args.length !== 1) exactArgs("dict.__getitem__", args, null, 1);
    return dictGetItem(self, args[0]);
  },
  __setitem__: (self, args) => {
    if (args.length !== 2) exactArgs("dict.__setitem__", args, null, 2);
    dictSet(self as PyDict, args[0], args[1]);
    return None;
  },
  __delitem__: (self, args) => {
    if (args.length !== 1) exactArgs("dict.__delitem__", args, null, 1);
    if (dictDelete(self as PyDict, args[0]) === undefined) throw keyError(args[0]);
    return None;
  },
  __contains__: (self, args) => dictGet(self as PyDict, args[0]) !== undefined,
  __iter__: (self) => dictIterKeys(self as PyDict),
  __reversed__: (self) => dictIterReversed(self as PyDict, 0),
  __eq__: (self, args) => (args[0] instanceof PyDict ? dictEqual(self as PyDict, args[0]) : NotImplemented),
  __ne__: (self, args) => (args[0] instanceof PyDict ? !dictEqual(self as PyDict, args[0]) : NotImplemented),
  __or__: (self, args) => {
    const o = args[0];
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = dictCopyOf(self as PyDict);
    dictMerge(r, o);
    return r;
  },
  __ror__: (self, args) => {
    const o = args[0];
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = dictCopyOf(o);
    dictMerge(r, self);
    return r;
  },
  __ior__: (self, args) => {
    dictUpdateArg(self as PyDict, args[0]);
    return self;
  },
  setdefault: (self, args, kwnames) => {
    rangeArgs("setdefault", "dict.setdefault", args, kwnames, 1, 2);
    const d = self as PyDict;
    const v = dictGet(d, args[0]);
    if (v !== undefined) return v;
    const dflt = args.length > 1 ? args[1] : None;
    dictSet(d, args[0], dflt);
    return dflt;
  },
  pop: (self, args, kwnames) => {
    rangeArgs("pop", "dict.pop", args, kwnames, 1, 2);
    const v = dictDelete(self as PyDict, args[0]);
    if (v !== undefined) return v;
    if (args.length > 1) return args[1];
    throw keyError(args[0]);
  },
  popitem: (self, args, kwnames) => {
    exactArgs("dict.popitem", args, kwnames, 0);
    return dictPopitem(self as PyDict);
  },
  update: (self, args, kwnames) => {
    updateCommon(self as PyDict, args, kwnames, "update");
    return None;
  },
  clear: (self, args, kwnames) => {
    exactArgs("dict.clear", args, kwnames, 0);
    dictClear(self as PyDict);
    return None;
  },
  copy: (self, args, kwnames) => {
    exactArgs("dict.copy", args, kwnames, 0);
    return dictCopyOf(self as PyDict);
  },
});
fixedMethod(dictType, "keys", { 0: (self) => new PyDictView(dictKeysType, self as PyDict) });
fixedMethod(dictType, "values", { 0: (self) => new PyDictView(dictValuesType, self as PyDict) });
fixedMethod(dictType, "items", { 0: (self) => new PyDictView(dictItemsType, self as PyDict) });
fixedMethod(
  dictType,
  "get",
  {
    1: (self, k) => dictGet(self as PyDict, k) ?? None,
    2: (self, k, dflt) => dictGet(self as PyDict, k) ?? dflt,
  },
  refuseRange("get", "dict.get", 1, 2),
);
classMethod(dictType, "fromkeys", (cls, args, kwnames) => {
  rangeArgs("fromkeys", "dict.fromkeys", args, kwnames, 1, 2);
  const value = args.length > 1 ? args[1] : None;
  const t = cls as PyType;
  const d = t === dictType ? new PyDict() : call(t, []);
  const fast = d instanceof PyDict && d.cls === dictType;
  const it = getIter(args[0]);
  for (;;) {
    const k = iterNext(it);
    if (k === undefined) break;
    if (fast) dictSet(d as PyDict, k, value);
    else setItem(d, k, value);
  }
  return d;
});
dictType.dict.map.set("__hash__", None);
dictIterDescr = dictType.dict.map.get("__iter__");
registerValueHashedType(dictType);

// ---------------------------------------------------------------------------------------------
// View behaviour

function viewDict(self: PyObject): PyDict {
  return (self as PyDictView).dict;
}

function isSetLikeView(x: PyObject): x is PyDictView {
  return x instanceof PyDictView && (x.cls === dictKeysType || x.cls === dictItemsType);
}

function itemsContains(d: PyDict, x: PyObject): boolean {
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const v = dictGet(d, x.items[0]);
  return v !== undefined && itemEq(v, x.items[1]);
}

function viewContains(view: PyDictView, x: PyObject): boolean {
  return view.cls === dictKeysType ? dictGet(view.dict, x) !== undefined : itemsContains(view.dict, x);
}

function viewIter(view: PyDictView): PyNativeIterator {
  if (view.cls === dictKeysType) return dictIterKeys(view.dict);
  return dictIterEntries(view.dict, view.cls === dictItemsType);
}

/** all(x in b for x in a) */
function allContainedIn(a: PyObject, b: PyObject): boolean {
  const it = getIter(a);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return true;
    const ok = b instanceof PyDictView ? viewContains(b, x) : b instanceof PySet ? setHas(b, x) : contains(b, x);
    if (!ok) return false;
  }
}

function viewCompare(self: PyObject, other: PyObject, op: "eq" | "ne" | "lt" | "le" | "gt" | "ge"): PyObject {
  if (!(other instanceof PySet) && !isSetLikeView(other)) return NotImplemented;
  const ls = viewDict(self).map.size;
  const lo = pyLen(other);
  switch (op) {
    case "eq":
      return ls === lo && allContainedIn(self, other);
    case "ne":
      return !(ls === lo && allContainedIn(self, other));
    case "lt":
      return ls < lo && allContainedIn(self, other);
    case "le":
      return ls <= lo && allContainedIn(self, other);
    case "gt":
      return ls > lo && allContainedIn(other, self);
    case "ge":
      return ls >= lo && allContainedIn(other, self);
  }
}

/** A new set from an iterable (views iterate natively). */
function setOf(x: PyObject): PySet {
  return makeSet(setType, x);
}

/** _PyDictView_Intersect */
function viewIntersect(a: PyObject, b: PyObject): PyObject {
  let self = a, other = b;
  if (!isSetLikeView(self)) [self, other] = [other, self];
  const view = self as PyDictView;
  const lenSelf = view.dict.map.size;
  if (other instanceof PySet && other.cls === setType && lenSelf <= other.used) return intersection(other, self);
  if (isSetLikeView(other) && other.dict.map.size > lenSelf) {
    const t = self;
    self = other;
    other = t;
  }
  const sv = self as PyDictView;
  const result = makeSet(setType);
  const it = getIter(other);
  for (;;) {
    const k = iterNext(it);
    if (k === undefined) return result;
    if (viewContains(sv, k)) setAdd(result, k);
  }
}

function viewRepr(self: PyObject): string {
  const v = self as PyDictView;
  return reprGuard(v, "...", () => {
    const parts: string[] = [];
    const it = viewIter(v);
    for (;;) {
      const x = it.next();
      if (x === undefined) break;
      parts.push(repr(x));
    }
    return `${v.cls.name}([${parts.join(", ")}])`;
  });
}

const setLikeMethods: Record<string, (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject> = {
  __eq__: (self, args) => viewCompare(self, args[0], "eq"),
  __ne__: (self, args) => viewCompare(self, args[0], "ne"),
  __lt__: (self, args) => viewCompare(self, args[0], "lt"),
  __le__: (self, args) => viewCompare(self, args[0], "le"),
  __gt__: (self, args) => viewCompare(self, args[0], "gt"),
  __ge__: (self, args) => viewCompare(self, args[0], "ge"),
  __and__: (self, args) => viewIntersect(self, args[0]),
  __rand__: (self, args) => viewIntersect(args[0], self),
  __or__: (self, args) => {
    const r = setOf(self);
    updateInternal(r, args[0]);
    return r;
  },
  __ror__: (self, args) => {
    const r = setOf(args[0]);
    updateInternal(r, self);
    return r;
  },
  __sub__: (self, args) => {
    const r = setOf(self);
    differenceUpdate(r, args[0]);
    return r;
  },
  __rsub__: (self, args) => {
    const r = setOf(args[0]);
    differenceUpdate(r, self);
    return r;
  },
  __xor__: (self, args) => {
    const r = setOf(self);
    symmetricDifferenceUpdate(r, args[0]);
    return r;
  },
  __rxor__: (self, args) => {
    const r = setOf(args[0]);
    symmetricDifferenceUpdate(r, self);
    return r;
  },
  isdisjoint: (self, args, kwnames) => {
    exactArgs(`${(self as PyDictView).cls.name}.isdisjoint`, args, kwnames, 1);
    const other = args[0];
    const view = self as PyDictView;
    if (other === self) return view.dict.map.size === 0;
    if (other instanceof PyDictView || other instanceof PySet) {
      // iterate the smaller one
      const lo = pyLen(other);
      if (view.dict.map.size <= lo) {
        const it = viewIter(view);
        for (;;) {
          const x = it.next();
          if (x === undefined) return true;
          if (other instanceof PySet ? setHas(other, x) : viewContains(other as PyDictView, x)) return false;
        }
      }
    }
    const it = getIter(other);
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) return true;
      if (viewContains(view, x)) return false;
    }
  },
};

for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  methods(t, {
    __len__: (self) => viewDict(self).map.size,
    __iter__: (self) => viewIter(self as PyDictView),
    __reversed__: (self) => {
      const v = self as PyDictView;
      return dictIterReversed(v.dict, v.cls === dictKeysType ? 0 : v.cls === dictValuesType ? 1 : 2);
    },
    __repr__: viewRepr,
  });
}
for (const t of [dictKeysType, dictItemsType]) {
  methods(t, setLikeMethods);
  methods(t, { __contains__: (self, args) => viewContains(self as PyDictView, args[0]) });
  t.dict.map.set("__hash__", None);
  registerValueHashedType(t);
}
