// The _weakref module: weak reference and proxy types for Lib/weakref.py and _weakrefset.py.
//
// Differences from CPython, by design: JavaScript has no deterministic collection, so a
// reference here keeps its referent alive — ref(obj)() always returns obj, references never
// die, and callbacks never fire. WeakValueDictionary, WeakKeyDictionary and WeakSet therefore
// behave as plain dicts and sets (deterministically; entries are only removed explicitly), and
// getweakrefcount() counts every reference ever made to an object. Everything else follows
// CPython: which objects can be referenced, reuse of the basic ref/proxy when no callback is
// given, hashing and equality through the referent, reprs, and proxies forwarding to the
// referent.
import {
  None,
  NotImplemented,
  PyBaseException,
  PyBoxed,
  PyByteArray,
  PyBytes,
  PyCell,
  PyClassMethod,
  PyClassMethodDescriptor,
  PyComplex,
  PyDict,
  PyFloat,
  PyGetSetDescriptor,
  PyList,
  PyMethodDescriptor,
  PyNativeIterator,
  PyNoneType,
  PyObject,
  PyProperty,
  PyRange,
  PySingleton,
  PySlice,
  PyStaticMethod,
  PySuper,
  PyTuple,
  PyType,
  builtinType,
  bytesType,
  intType,
  objectType,
  tupleType,
} from "../objects/core.js";
import { getter, method, methods, setNew } from "../objects/define.js";
import { typeError } from "../objects/exceptions.js";
import { dictGet, registerValueHashedType } from "../objects/hashtable.js";
import { NB, binaryOp, unaryInvert, unaryNegative, unaryPositive, DUNDER, RDUNDER, IDUNDER } from "../objects/operators.js";
import {
  Cmp,
  call,
  callMethod,
  contains,
  delAttr,
  delItem,
  getAttr,
  getAttrMaybe,
  getItem,
  getIter,
  hash,
  index,
  isTrue,
  iterNext,
  len,
  lookupType,
  objectId,
  repr,
  richCompare,
  setAttr,
  setItem,
  str,
  typeOf,
} from "../objects/protocol.js";
import { allocInstance } from "../objects/typeobj.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { defFunction } from "./small-util.js";

// ---------------------------------------------------------------------------------------------
// Objects

/** A weak reference (or an instance of a ref subclass such as weakref.KeyedRef). */
export class PyWeakRef {
  dict: PyDict | null = null;
  slots: (PyObject | undefined)[] | null = null;
  referent: PyObject = None;
  callback: PyObject = None;
  hashCache: number | undefined = undefined;
  constructor(public cls: PyType) {}
}

/** A weakref.proxy: forwards everything to its referent. */
export class PyWeakProxy {
  /** Attribute stores and deletions on builtin objects take the generic path through the
   *  instance dict, so the proxy's "dict" forwards them to the referent. */
  dict: PyDict;
  constructor(public cls: PyType, public referent: PyObject, public callback: PyObject) {
    this.dict = new PyDict();
    this.dict.map = new ForwardingMap(referent);
  }
}

/** The instance-dict map of a proxy: set/delete become setattr/delattr on the referent. */
class ForwardingMap extends Map<unknown, PyObject> {
  constructor(private readonly target: PyObject) {
    super();
  }
  override has(key: unknown): boolean {
    return typeof key === "string" && getAttrMaybe(this.target, key) !== undefined;
  }
  override get(key: unknown): PyObject | undefined {
    return typeof key === "string" ? getAttrMaybe(this.target, key) : undefined;
  }
  override set(key: unknown, value: PyObject): this {
    if (typeof key === "string") setAttr(this.target, key, value);
    return this;
  }
  override delete(key: unknown): boolean {
    if (typeof key !== "string") return false;
    delAttr(this.target, key);
    return true;
  }
}

export const refType = builtinType("ReferenceType", objectType);
refType.alloc = (cls) => new PyWeakRef(cls);
refType.dict.map.set("__module__", "weakref");
registerValueHashedType(refType);

export const proxyType = builtinType("ProxyType", objectType, undefined, { noSubclass: true });
export const callableProxyType = builtinType("CallableProxyType", objectType, undefined, { noSubclass: true });
for (const t of [proxyType, callableProxyType]) t.dict.map.set("__module__", "weakref");

/** Every reference and proxy made to an object, in creation order. */
const refsOf = new WeakMap<object, (PyWeakRef | PyWeakProxy)[]>();

function typeName(t: PyType): string {
  const mod = t.dict.map.get("__module__");
  return t.isBuiltin && typeof mod === "string" && mod !== "builtins" ? `${mod}.${t.name}` : t.name;
}

/** Whether CPython could make a weak reference to x (the type has a weaklist slot). */
export function weakrefable(x: PyObject): boolean {
  if (typeof x !== "object") return false;
  const t = x.cls;
  if (t.isBuiltin) {
    return !(
      x instanceof PyNoneType ||
      x instanceof PySingleton ||
      x instanceof PyFloat ||
      x instanceof PyComplex ||
      x instanceof PyTuple ||
      x instanceof PyList ||
      x instanceof PyDict ||
      x instanceof PyBytes ||
      x instanceof PyByteArray ||
      x instanceof PyRange ||
      x instanceof PySlice ||
      x instanceof PyCell ||
      x instanceof PyProperty ||
      x instanceof PyStaticMethod ||
      x instanceof PyClassMethod ||
      x instanceof PySuper ||
      x instanceof PyMethodDescriptor ||
      x instanceof PyClassMethodDescriptor ||
      x instanceof PyGetSetDescriptor ||
      x instanceof PyBaseException ||
      x instanceof PyNativeIterator ||
      x instanceof PyWeakRef ||
      x instanceof PyWeakProxy ||
      t === objectType
    );
  }
  // a class statement adds __weakref__ unless every class in the MRO up to the builtin base
  // declares __slots__ without it, or the base is a variable-size type (int, tuple, bytes)
  const solid = t.solidBase;
  if (solid === intType || solid === tupleType || solid === bytesType) return false;
  if (x instanceof PyBoxed && (typeof x.value === "number" || typeof x.value === "bigint" || x.value instanceof PyTuple || x.value instanceof PyBytes)) return false;
  for (const k of t.mro) {
    if (k.isBuiltin) break;
    const slots = k.dict.map.get("__slots__");
    if (slots === undefined) return true;
    const names = typeof slots === "string" ? [slots] : slotNames(slots);
    if (names.includes("__weakref__")) return true;
  }
  return false;
}
function slotNames(slots: PyObject): string[] {
  try {
    const out: string[] = [];
    const it = getIter(slots);
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (typeof v === "string") out.push(v);
    return out;
  } catch {
    return [];
  }
}

function track(obj: PyObject, r: PyWeakRef | PyWeakProxy): void {
  const key = obj as object;
  let list = refsOf.get(key);
  if (list === undefined) refsOf.set(key, (list = []));
  list.push(r);
}

function checkReferent(obj: PyObject): void {
  if (!weakrefable(obj)) throw typeError(`cannot create weak reference to '${typeOf(obj).name}' object`);
}

/** weakref.ref(obj[, callback]) for a given ref type (subclasses get a fresh object always). */
export function newRef(cls: PyType, obj: PyObject, callback: PyObject = None): PyWeakRef {
  checkReferent(obj);
  if (cls === refType && callback === None) {
    const existing = refsOf.get(obj as object)?.find((r) => r instanceof PyWeakRef && r.cls === refType && r.callback === None);
    if (existing !== undefined) return existing as PyWeakRef;
  }
  const r = allocInstance(cls) as PyWeakRef;
  r.referent = obj;
  r.callback = callback;
  track(obj, r);
  return r;
}

export function newProxy(obj: PyObject, callback: PyObject = None): PyWeakProxy {
  checkReferent(obj);
  const callable = lookupType(typeOf(obj), "__call__") !== undefined;
  const t = callable ? callableProxyType : proxyType;
  if (callback === None) {
    const existing = refsOf.get(obj as object)?.find((r) => r instanceof PyWeakProxy && r.callback === None);
    if (existing !== undefined) return existing as PyWeakProxy;
  }
  const p = new PyWeakProxy(t, obj, callback);
  track(obj, p);
  return p;
}

// ---------------------------------------------------------------------------------------------
// ref

function selfRef(x: PyObject): PyWeakRef {
  if (x instanceof PyWeakRef) return x;
  throw typeError(`descriptor requires a 'weakref.ReferenceType' object but received a '${typeOf(x).name}'`);
}

function refArgs(args: PyObject[], kwnames: string[] | null): [PyObject, PyObject] {
  if (kwnames !== null && kwnames.length > 0) throw typeError("ref() takes no keyword arguments");
  if (args.length < 1) throw typeError(`__new__ expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throw typeError(`__new__ expected at most 2 arguments, got ${args.length}`);
  return [args[0], args.length > 1 ? args[1] : None];
}

setNew(refType, (cls, args, kwnames) => {
  const [obj, callback] = refArgs(args, kwnames);
  return newRef(cls, obj, callback);
});
methods(refType, {
  __init__: (_self, args, kwnames) => {
    refArgs(args, kwnames);
    return None;
  },
  __call__: (self, args, kwnames) => {
    if ((kwnames !== null && kwnames.length > 0) || args.length > 0) throw typeError(`weakref() takes no arguments`);
    return selfRef(self).referent;
  },
  __hash__: (self) => {
    const r = selfRef(self);
    if (r.hashCache === undefined) r.hashCache = hash(r.referent);
    return r.hashCache;
  },
  __eq__: (self, args) => refCompare(self, args[0], Cmp.EQ),
  __ne__: (self, args) => refCompare(self, args[0], Cmp.NE),
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __repr__: (self) => {
    const r = selfRef(self);
    const obj = r.referent;
    const name = getAttrMaybe(obj, "__name__");
    const base = `<weakref at 0x${objectId(self).toString(16)}; to '${typeName(typeOf(obj))}' at 0x${objectId(obj).toString(16)}`;
    return typeof name === "string" ? `${base} (${name})>` : `${base}>`;
  },
});
getter(refType, "__callback__", (self) => selfRef(self).callback);

function refCompare(a: PyObject, b: PyObject, op: Cmp): PyObject {
  if (!(a instanceof PyWeakRef) || !(b instanceof PyWeakRef)) return NotImplemented;
  return richCompare(a.referent, b.referent, op);
}

// ---------------------------------------------------------------------------------------------
// proxies

function referent(x: PyObject): PyObject {
  return x instanceof PyWeakProxy ? x.referent : x;
}

for (const t of [proxyType, callableProxyType]) {
  t.dict.map.set("__hash__", None);
  methods(t, {
    __getattribute__: (self, args) => getAttr(referent(self), args[0] as string),
    __setattr__: (self, args) => {
      setAttr(referent(self), args[0] as string, args[1]);
      return None;
    },
    __delattr__: (self, args) => {
      delAttr(referent(self), args[0] as string);
      return None;
    },
    __repr__: (self) => {
      const obj = referent(self);
      return `<weakproxy at 0x${objectId(self).toString(16)} to ${typeName(typeOf(obj))} at 0x${objectId(obj).toString(16)}>`;
    },
    __str__: (self) => str(referent(self)),
    __bool__: (self) => isTrue(referent(self)),
    __len__: (self) => len(referent(self)),
    __iter__: (self) => getIter(referent(self)),
    __next__: (self) => callMethod(referent(self), "__next__", []),
    __getitem__: (self, args) => getItem(referent(self), referent(args[0])),
    __setitem__: (self, args) => {
      setItem(referent(self), referent(args[0]), args[1]);
      return None;
    },
    __delitem__: (self, args) => {
      delItem(referent(self), referent(args[0]));
      return None;
    },
    __contains__: (self, args) => contains(referent(self), args[0]),
    __eq__: (self, args) => richCompare(referent(self), referent(args[0]), Cmp.EQ),
    __ne__: (self, args) => richCompare(referent(self), referent(args[0]), Cmp.NE),
    __lt__: (self, args) => richCompare(referent(self), referent(args[0]), Cmp.LT),
    __le__: (self, args) => richCompare(referent(self), referent(args[0]), Cmp.LE),
    __gt__: (self, args) => richCompare(referent(self), referent(args[0]), Cmp.GT),
    __ge__: (self, args) => richCompare(referent(self), referent(args[0]), Cmp.GE),
    __neg__: (self) => unaryNegative(referent(self)),
    __pos__: (self) => unaryPositive(referent(self)),
    __invert__: (self) => unaryInvert(referent(self)),
    __abs__: (self) => callMethod(referent(self), "__abs__", []),
    __index__: (self) => index(referent(self)),
    __int__: (self) => callMethod(referent(self), "__int__", []),
    __float__: (self) => callMethod(referent(self), "__float__", []),
    __bytes__: (self) => callMethod(referent(self), "__bytes__", []),
    __reversed__: (self) => callMethod(referent(self), "__reversed__", []),
    __dir__: (self) => callMethod(referent(self), "__dir__", []),
  });
  for (let op = 0; op < NB.INPLACE; op++) {
    method(t, DUNDER[op], (self, args) => binaryOp(referent(self), referent(args[0]), op));
    method(t, RDUNDER[op], (self, args) => binaryOp(referent(args[0]), referent(self), op));
    method(t, IDUNDER[op], (self, args) => binaryOp(referent(self), referent(args[0]), op + NB.INPLACE));
  }
}
method(callableProxyType, "__call__", (self, args, kwnames) => call(referent(self), args, kwnames));

// ---------------------------------------------------------------------------------------------
// The module

registerBuiltinModule("_weakref", (m) => {
  const d = m.dict.map;
  d.set("__doc__", "Weak-reference support module.");
  d.set("ref", refType);
  d.set("ReferenceType", refType);
  d.set("ProxyType", proxyType);
  d.set("CallableProxyType", callableProxyType);
  defFunction(m, "getweakrefcount", (args, kwnames) => {
    if ((kwnames !== null && kwnames.length > 0) || args.length !== 1) throw typeError(`_weakref.getweakrefcount() takes exactly one argument (${args.length} given)`);
    const obj = args[0];
    return typeof obj === "object" ? (refsOf.get(obj)?.length ?? 0) : 0;
  });
  defFunction(m, "getweakrefs", (args, kwnames) => {
    if ((kwnames !== null && kwnames.length > 0) || args.length !== 1) throw typeError(`getweakrefs() takes exactly one argument (${args.length} given)`);
    const obj = args[0];
    return new PyList(typeof obj === "object" ? [...(refsOf.get(obj) ?? [])] : []);
  });
  defFunction(m, "proxy", (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError("proxy() takes no keyword arguments");
    if (args.length < 1) throw typeError(`proxy expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) throw typeError(`proxy expected at most 2 arguments, got ${args.length}`);
    return newProxy(args[0], args.length > 1 ? args[1] : None);
  });
  defFunction(m, "_remove_dead_weakref", (args, kwnames) => {
    if ((kwnames !== null && kwnames.length > 0) || args.length !== 2) throw typeError(`_remove_dead_weakref expected 2 arguments, got ${args.length}`);
    const [dct, key] = args;
    if (!(dct instanceof PyDict)) throw typeError(`_remove_dead_weakref() argument 1 must be dict, not ${typeOf(dct).name}`);
    // references never die here, so there is never a dead one to remove
    void dictGet(dct, key);
    return None;
  });
});

