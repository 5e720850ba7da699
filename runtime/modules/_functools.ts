// The _functools module (CPython 3.11's Modules/_functoolsmodule.c): reduce, partial,
// cmp_to_key's KeyWrapper and the C lru_cache wrapper.
import { None, PyBoundMethod, PyDict, PyHeap, PyInstance, PyModule, PyObject, PyTuple, PyType, objectType, tupleType } from "../objects/core.js";
import { getter, methods, setNew, classMethod } from "../objects/define.js";
import { attributeError, typeError, TypeErrorType } from "../objects/exceptions.js";
import { call, Cmp, getAttr, getIter, isSubtype, iterNext, lookupType, repr, richCompare, typeOf, isTrue } from "../objects/protocol.js";
import { dictDelete, dictEntries, dictGet, dictSet, keyObject, registerValueHashedType } from "../objects/hashtable.js";
import { reprGuard } from "../objects/slice.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { makeGenericAlias } from "../objects/generic-alias.js";
import { def, isCallable, kwArgs, moduleType, noArgs, ssize, unpackArgs } from "./functional-util.js";
import { PyBaseException } from "../objects/core.js";

// ---------------------------------------------------------------------------------------------
// reduce

function reduce(args: PyObject[], kwnames: string[] | null): PyObject {
  unpackArgs("reduce", args, kwnames, 2, 3, "reduce");
  const func = args[0];
  let it: PyObject;
  try {
    it = getIter(args[1]);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.cls, TypeErrorType)) throw typeError("reduce() arg 2 must support iteration");
    throw e;
  }
  let result: PyObject | undefined = args.length > 2 ? args[2] : undefined;
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) break;
    result = result === undefined ? v : call(func, [result, v]);
  }
  if (result === undefined) throw typeError("reduce() of empty iterable with no initial value");
  return result;
}

// ---------------------------------------------------------------------------------------------
// partial

export class PyPartial implements PyHeap {
  dict: PyDict | null = new PyDict();
  constructor(
    public cls: PyType,
    public fn: PyObject,
    public args: PyTuple,
    public kw: PyDict,
  ) {}
}

export const partialType = moduleType("partial", "functools", {
  doc: "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n",
});
partialType.hasDict = true;
partialType.alloc = (cls) => new PyPartial(cls, None, new PyTuple([]), new PyDict());

setNew(partialType, (cls, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos < 1) throw typeError("type 'partial' takes at least one argument");
  let func = args[0];
  let pargs: PyObject[] = [];
  let pkw: PyDict | null = null;
  if (func instanceof PyPartial && lookupType(typeOf(func), "__call__") === partialCall && (func.dict === null || func.dict.map.size === 0)) {
    pargs = func.args.items;
    pkw = func.kw;
    func = func.fn;
  }
  if (!isCallable(func)) throw typeError("the first argument must be callable");
  const kw = new PyDict();
  if (pkw !== null) for (const [k, v] of dictEntries(pkw)) dictSet(kw, k, v);
  for (let k = 0; k < nkw; k++) dictSet(kw, kwnames![k], args[npos + k]);
  return new PyPartial(cls, func, new PyTuple([...pargs, ...args.slice(1, npos)]), kw);
});

function asPartial(x: PyObject): PyPartial {
  if (!(x instanceof PyPartial)) throw typeError(`descriptor requires a 'functools.partial' object but received a '${typeOf(x).name}'`);
  return x;
}

methods(partialType, {
  __call__: (self, args, kwnames) => {
    const p = asPartial(self);
    const nkw = kwnames?.length ?? 0;
    const npos = args.length - nkw;
    const pos = p.args.items;
    if (p.kw.map.size === 0) {
      if (pos.length === 0) return call(p.fn, args, kwnames);
      return call(p.fn, [...pos, ...args], kwnames);
    }
    // stored keywords first, call keywords override them
    const names: string[] = [];
    const values: PyObject[] = [];
    for (const [k, v] of dictEntries(p.kw)) {
      if (typeof k !== "string") throw typeError("keywords must be strings");
      names.push(k);
      values.push(v);
    }
    for (let i = 0; i < nkw; i++) {
      const j = names.indexOf(kwnames![i]);
      if (j >= 0) values[j] = args[npos + i];
      else {
        names.push(kwnames![i]);
        values.push(args[npos + i]);
      }
    }
    return call(p.fn, [...pos, ...args.slice(0, npos), ...values], names);
  },
  __repr__: (self) => {
    const p = asPartial(self);
    return reprGuard(p, "...", () => {
      let s = repr(p.fn);
      for (const a of p.args.items) s += `, ${repr(a)}`;
      for (const [k, v] of dictEntries(p.kw)) s += `, ${typeof k === "string" ? k : repr(k)}=${repr(v)}`;
      const t = typeOf(self);
      return `${t === partialType ? "functools.partial" : t.name}(${s})`;
    });
  },
  __reduce__: (self) => {
    const p = asPartial(self);
    const d = p.dict !== null && p.dict.map.size > 0 ? p.dict : None;
    return new PyTuple([typeOf(self), new PyTuple([p.fn]), new PyTuple([p.fn, p.args, p.kw, d])]);
  },
  __setstate__: (self, args, kwnames) => {
    const p = asPartial(self);
    unpackArgs("__setstate__", args, kwnames, 1, 1);
    const state = args[0];
    if (!(state instanceof PyTuple)) throw typeError("argument to __setstate__ must be a tuple");
    if (state.items.length !== 4) throw typeError(`expected 4 items in state, got ${state.items.length}`);
    const [fn, fnargs, kw, dict] = state.items;
    if (!isCallable(fn) || !(fnargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict))) throw typeError("invalid partial state");
    p.fn = fn;
    p.args = fnargs.cls === tupleType ? fnargs : new PyTuple(fnargs.items.slice());
    p.kw = kw === None ? new PyDict() : (kw as PyDict);
    p.dict = dict === None ? new PyDict() : (dict as PyDict);
    return None;
  },
});
const partialCall = partialType.dict.map.get("__call__");
const readonly = () => {
  throw attributeError("readonly attribute");
};
getter(partialType, "func", (self) => asPartial(self).fn, readonly);
getter(partialType, "args", (self) => asPartial(self).args, readonly);
getter(partialType, "keywords", (self) => asPartial(self).kw, readonly);
getter(
  partialType,
  "__dict__",
  (self) => (asPartial(self).dict ??= new PyDict()),
  (self, v) => {
    if (v === undefined) throw typeError("cannot delete __dict__");
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    asPartial(self).dict = v;
  },
);

// ---------------------------------------------------------------------------------------------
// cmp_to_key

class PyKeyWrapper implements PyHeap {
  constructor(
    public cls: PyType,
    public cmp: PyObject,
    public obj: PyObject | undefined,
  ) {}
}
export const keyWrapperType = moduleType("KeyWrapper", "functools", { final: true });
registerValueHashedType(keyWrapperType);
keyWrapperType.dict.map.set("__hash__", None);

function keyCompare(self: PyObject, other: PyObject, op: Cmp): PyObject {
  const a = self as PyKeyWrapper;
  if (!(other instanceof PyKeyWrapper) || typeOf(other) !== typeOf(self)) throw typeError("other argument must be K instance");
  if (a.obj === undefined || other.obj === undefined) throw attributeError("object");
  const r = call(a.cmp, [a.obj, other.obj]);
  return richCompare(r, 0, op);
}
methods(keyWrapperType, {
  __call__: (self, args, kwnames) => {
    const [obj] = kwArgs("K", args, kwnames, ["obj"], 1);
    return new PyKeyWrapper(keyWrapperType, (self as PyKeyWrapper).cmp, obj);
  },
  __lt__: (self, args) => keyCompare(self, args[0], Cmp.LT),
  __le__: (self, args) => keyCompare(self, args[0], Cmp.LE),
  __eq__: (self, args) => keyCompare(self, args[0], Cmp.EQ),
  __ne__: (self, args) => keyCompare(self, args[0], Cmp.NE),
  __gt__: (self, args) => keyCompare(self, args[0], Cmp.GT),
  __ge__: (self, args) => keyCompare(self, args[0], Cmp.GE),
});
getter(
  keyWrapperType,
  "obj",
  (self) => (self as PyKeyWrapper).obj ?? None,
  (self, v) => {
    (self as PyKeyWrapper).obj = v;
  },
);

function cmpToKey(args: PyObject[], kwnames: string[] | null): PyObject {
  const [mycmp] = kwArgs("cmp_to_key", args, kwnames, ["mycmp"], 1);
  return new PyKeyWrapper(keyWrapperType, mycmp!, undefined);
}

// ---------------------------------------------------------------------------------------------
// _lru_cache_wrapper. Instances are PyInstances so that attribute reads on a class bind them
// through their __get__ (an lru_cache'd method gets its self), as CPython's wrapper does.

class LruCacheWrapper extends PyInstance {
  cache = new PyDict();
  hits = 0;
  misses = 0;
  constructor(
    cls: PyType,
    public func: PyObject,
    /** -1: unbounded, 0: no caching */
    public maxsize: number,
    public typed: boolean,
    public cacheInfoType: PyObject,
  ) {
    super(cls);
  }
}
export const lruCacheWrapperType = moduleType("_lru_cache_wrapper", "functools", { final: true });
lruCacheWrapperType.hasDict = true;
const KWD_MARK = new PyInstance(objectType);

function lruKey(w: LruCacheWrapper, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  if (!w.typed && nkw === 0) {
    if (args.length === 1) {
      const a = args[0];
      const t = typeof a;
      if (t === "string" || t === "number" || t === "bigint") return a;
    }
    return new PyTuple(args.slice());
  }
  const npos = args.length - nkw;
  const items: PyObject[] = args.slice(0, npos);
  if (nkw > 0) {
    items.push(KWD_MARK);
    for (let k = 0; k < nkw; k++) items.push(kwnames![k], args[npos + k]);
  }
  if (w.typed) {
    for (let i = 0; i < npos; i++) items.push(typeOf(args[i]));
    for (let k = 0; k < nkw; k++) items.push(typeOf(args[npos + k]));
  }
  return new PyTuple(items);
}

setNew(lruCacheWrapperType, (cls, args, kwnames) => {
  const [func, maxsizeObj, typedObj, infoType] = kwArgs("lru_cache", args, kwnames, ["user_function", "maxsize", "typed", "cache_info_type"], 4);
  if (!isCallable(func!)) throw typeError("the first argument must be callable");
  let maxsize: number;
  const m = maxsizeObj!;
  if (m === None) maxsize = -1;
  else if (typeof m === "number" || typeof m === "bigint" || typeof m === "boolean" || lookupType(typeOf(m), "__index__") !== undefined) {
    maxsize = ssize(m);
    if (maxsize < 0) maxsize = 0;
  } else throw typeError("maxsize should be integer or None");
  return new LruCacheWrapper(cls, func!, maxsize, isTrue(typedObj!), infoType!);
});

function asLru(x: PyObject): LruCacheWrapper {
  if (!(x instanceof LruCacheWrapper)) throw typeError(`descriptor requires a 'functools._lru_cache_wrapper' object but received a '${typeOf(x).name}'`);
  return x;
}

methods(lruCacheWrapperType, {
  __call__: (self, args, kwnames) => {
    const w = asLru(self);
    if (w.maxsize === 0) {
      w.misses++;
      return call(w.func, args, kwnames);
    }
    const key = lruKey(w, args, kwnames);
    const cache = w.cache;
    const hit = dictGet(cache, key);
    if (hit !== undefined) {
      w.hits++;
      if (w.maxsize > 0 && cache.map.size > 1) {
        // move to the most recently used end
        dictDelete(cache, key);
        dictSet(cache, key, hit);
      }
      return hit;
    }
    w.misses++;
    const result = call(w.func, args, kwnames);
    if (w.maxsize < 0) {
      dictSet(cache, key, result);
      return result;
    }
    // a recursive call may have cached this key meanwhile
    if (dictGet(cache, key) !== undefined) return result;
    if (cache.map.size >= w.maxsize) {
      const oldest = cache.map.keys().next();
      if (!oldest.done) dictDelete(cache, keyObject(cache, oldest.value));
    }
    dictSet(cache, key, result);
    return result;
  },
  __get__: (self, args) => {
    const obj = args[0];
    if (obj === None || obj === undefined) return self;
    return new PyBoundMethod(self, obj);
  },
  cache_info: (self, args, kwnames) => {
    noArgs("cache_info", args, kwnames);
    const w = asLru(self);
    return call(w.cacheInfoType, [w.hits, w.misses, w.maxsize < 0 ? None : w.maxsize, w.cache.map.size]);
  },
  cache_clear: (self, args, kwnames) => {
    noArgs("cache_clear", args, kwnames);
    const w = asLru(self);
    w.hits = 0;
    w.misses = 0;
    w.cache = new PyDict();
    return None;
  },
  __reduce__: (self) => getAttr(self, "__qualname__"),
  __copy__: (self) => self,
  __deepcopy__: (self) => self,
});

// PEP 585: X[int]
classMethod(partialType, "__class_getitem__", (cls, args) => makeGenericAlias(cls, args[0]));

// ---------------------------------------------------------------------------------------------

export function initFunctools(m: PyModule): void {
  def(m, "reduce", reduce);
  def(m, "cmp_to_key", cmpToKey);
  m.dict.map.set("partial", partialType);
  m.dict.map.set("_lru_cache_wrapper", lruCacheWrapperType);
}
registerBuiltinModule("_functools", initFunctools);
