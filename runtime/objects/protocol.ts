// The abstract object protocol (CPython's Objects/abstract.c + object.c): type of a value,
// attribute lookup along the MRO with version-tagged caches, descriptors, calls, hashing,
// equality, comparison, truth, repr/str, iteration, subscripts and numeric operators.
import {
  boolType,
  None,
  NotImplemented,
  PyBaseException,
  PyBoundMethod,
  PyBoxed,
  PyBuiltinFunction,
  PyClassMethod,
  PyClassMethodDescriptor,
  PyDict,
  PyFloat,
  PyFunction,
  PyGetSetDescriptor,
  PyHeap,
  PyInstance,
  PyMethodDescriptor,
  PyNativeIterator,
  PyObject,
  PyProperty,
  PyStaticMethod,
  PyTuple,
  PyType,
  intType,
  objectType,
  strType,
  typeType,
  PyList,
  PyModule,
  PyNoneType,
  type NativeIteratorState,
  boundBuiltin,
  type LookupKey,
  newTypeVersion,
  ABSENT,
} from "./core.js";
import {
  attributeError,
  StopIterationType,
  typeError,
  AttributeErrorType,
} from "./exceptions.js";
import { floatTableHash, foldHashValue, intHash } from "./int.js";
import { intRepr } from "../text/parse-number.js";
import { TextError } from "../text/errors.js";

// ---------------------------------------------------------------------------------------------
// Types

export function typeOf(x: PyObject): PyType {
  switch (typeof x) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    default:
      return (x as PyHeap).cls;
  }
}

export function isSubtype(t: PyType, base: PyType): boolean {
  if (t === base) return true;
  const mro = t.mro;
  for (let i = 1; i < mro.length; i++) if (mro[i] === base) return true;
  return false;
}

export function isInstance(x: PyObject, t: PyType): boolean {
  return isSubtype(typeOf(x), t);
}

/** What `name` is along `t`'s MRO (no descriptors applied), undefined if no class has it. Each
 *  type keeps the answers for its current version tag (one hash probe; a name that is nowhere is
 *  remembered as ABSENT); typeModified drops them. */
export function lookupType(t: PyType, name: string): PyObject | undefined {
  const cache = t.cache;
  const hit = cache.get(name);
  if (hit !== undefined) return hit === ABSENT ? undefined : (hit as PyObject);
  let found: PyObject | undefined = undefined;
  const mro = t.mro;
  for (let k = 0; k < mro.length; k++) {
    const v = mro[k].dict.map.get(name);
    if (v !== undefined) {
      found = v;
      break;
    }
  }
  cache.set(name, found === undefined ? ABSENT : found);
  return found;
}

/** Called whenever a type's dict or bases change: a new version tag for it and every subclass,
 *  so that nothing keyed on the old tags (the lookup cache, attribute caches, traces) answers
 *  for them again. Traces are told through the type's watchers. */
export function typeModified(t: PyType): void {
  t.version = newTypeVersion();
  if (t.cache.size !== 0) t.cache = new Map();
  const w = t.versionWatchers;
  if (w !== null) {
    t.versionWatchers = null;
    for (const x of w) x.typeChanged();
  }
  for (const s of t.subclasses) typeModified(s);
}

// ---------------------------------------------------------------------------------------------
// Calls. Python functions are run by the interpreter, which registers itself here.

type FunctionCaller = (f: PyFunction, args: PyObject[], kwnames: string[] | null) => PyObject;
let callPyFunction: FunctionCaller = () => {
  throw new Error("interpreter not registered");
};
type MethodCaller = (f: PyFunction, self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;
let callPyMethod: MethodCaller = () => {
  throw new Error("interpreter not registered");
};
export function registerFunctionCaller(c: FunctionCaller, m: MethodCaller): void {
  callPyFunction = c;
  callPyMethod = m;
}

type TypeCaller = (t: PyType, args: PyObject[], kwnames: string[] | null) => PyObject;
let callType: TypeCaller = () => {
  throw new Error("type call not registered");
};
export function registerTypeCaller(c: TypeCaller): void {
  callType = c;
}

export function call(f: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  if (f instanceof PyFunction) return callPyFunction(f, args, kwnames);
  if (f instanceof PyBuiltinFunction) return f.fn(args, kwnames);
  if (f instanceof PyBoundMethod) {
    const fn = f.func;
    return fn instanceof PyFunction ? callPyMethod(fn, f.self, args, kwnames) : call(fn, [f.self, ...args], kwnames);
  }
  if (f instanceof PyMethodDescriptor) {
    if (args.length === 0) throw typeError(`unbound method ${f.owner.name}.${f.name}() needs an argument`);
    const self = args[0];
    if (!isInstance(self, f.owner))
      throw typeError(`descriptor '${f.name}' for '${f.owner.name}' objects doesn't apply to a '${typeOf(self).name}' object`);
    return f.fn(self, args.slice(1), kwnames);
  }
  if (f instanceof PyType) {
    if (f.cls === typeType) return callType(f, args, kwnames);
  }
  const dunder = lookupType(typeOf(f), "__call__");
  if (dunder === undefined) throw typeError(`'${typeOf(f).name}' object is not callable`);
  return callBound(dunder, f, args, kwnames);
}

/** Call a function found on a type with `self` prepended (no bound-method allocation). */
export function callBound(func: PyObject, self: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  if (func instanceof PyMethodDescriptor) return func.fn(self, args, kwnames);
  if (func instanceof PyFunction) return callPyMethod(func, self, args, kwnames);
  const bound = bindDescriptor(func, self, typeOf(self));
  return call(bound, args, kwnames);
}

/** Call obj.name(*args) where name is looked up on the type (special-method semantics). */
export function callMethod(obj: PyObject, name: string, args: PyObject[]): PyObject {
  const m = lookupType(typeOf(obj), name);
  if (m === undefined) throw attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`);
  return callBound(m, obj, args);
}

// ---------------------------------------------------------------------------------------------
// Descriptors and attributes

export function isDataDescriptor(d: PyObject): boolean {
  if (isPlainProperty(d) || d instanceof PyGetSetDescriptor) return true;
  if (d instanceof PyFunction || d instanceof PyMethodDescriptor || typeof d !== "object") return false;
  if (d instanceof PyInstance || d instanceof PyBoxed || d instanceof PyProperty) {
    const t = d.cls;
    return lookupType(t, "__set__") !== undefined || lookupType(t, "__delete__") !== undefined;
  }
  return false;
}

/**
 * A data descriptor that also reads: one with __set__ or __delete__ but no __get__ gives way to
 * the instance dict when read, as in CPython (networkx's Graph._node is one).
 */
function isReadingDataDescriptor(d: PyObject): boolean {
  if (!isDataDescriptor(d)) return false;
  if (d instanceof PyInstance || d instanceof PyBoxed || d instanceof PyProperty) return lookupType(d.cls, "__get__") !== undefined;
  return true;
}

/** A property itself, not an instance of a subclass (which may override __get__/__set__). */
function isPlainProperty(d: PyObject): d is PyProperty {
  return d instanceof PyProperty && d.cls.isBuiltin;
}

/** The qualname and prop name part of a property's error (property_descr_get/set). */
function propertyError(p: PyProperty, obj: PyObject | null, what: string, fallback: string): PyBaseException {
  if (obj === null) return attributeError(fallback);
  const qualname = repr(typeOf(obj).qualname);
  if (p.name !== null) return attributeError(`property ${repr(p.name)} of ${qualname} object has no ${what}`);
  return attributeError(`property of ${qualname} object has no ${what}`);
}

/** property.__get__(obj, type) */
export function propertyGet(p: PyProperty, obj: PyObject | null): PyObject {
  if (obj === null || obj === None) return p;
  if (p.fget === None) throw propertyError(p, obj, "getter", "property has no getter");
  return call(p.fget, [obj]);
}

/** property.__set__(obj, value) / __delete__(obj) (value undefined) */
export function propertySet(p: PyProperty, obj: PyObject | null, value: PyObject | undefined): void {
  const fn = value === undefined ? p.fdel : p.fset;
  if (fn === None) throw propertyError(p, obj, value === undefined ? "deleter" : "setter", value === undefined ? "can't delete attribute" : "can't set attribute");
  call(fn, value === undefined ? [obj!] : [obj!, value]);
}

/** descr.__get__(obj, type): what an attribute found on a type becomes when read. */
export function bindDescriptor(d: PyObject, obj: PyObject | null, type: PyType): PyObject {
  if (typeof d !== "object") return d;
  if (d instanceof PyFunction) return obj === null ? d : new PyBoundMethod(d, obj);
  if (d instanceof PyMethodDescriptor) return obj === null ? d : boundBuiltin(d, obj);
  if (d instanceof PyClassMethodDescriptor) return boundBuiltin(new PyMethodDescriptor(d.name, d.owner, d.fn), type);
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyClassMethod) {
    // 3.11's cm_descr_get: a wrapped descriptor (a property…) is bound to the class
    const f = d.func;
    if (f instanceof PyFunction || typeof f !== "object" || lookupType(typeOf(f), "__get__") === undefined) return new PyBoundMethod(f, type);
    return bindDescriptor(f, type, type);
  }
  if (d instanceof PyGetSetDescriptor) return obj === null ? d : d.get(obj);
  if (isPlainProperty(d)) return propertyGet(d, obj);
  if (d instanceof PyInstance || d instanceof PyBoxed || d instanceof PyProperty) {
    const get = lookupType(d.cls, "__get__");
    if (get !== undefined) return callBound(get, d, [obj ?? None, type]);
  }
  return d;
}

export function instanceDict(obj: PyObject): PyDict | null {
  if (typeof obj !== "object") return null;
  const d = (obj as { dict?: PyDict | null }).dict;
  return d ?? null;
}

/** The map an object's attributes are kept in (its __dict__'s), or null: for an instance of a
 *  user class without making its dict (core.ts PyInstance). */
export function instanceAttrs(obj: PyObject): Map<LookupKey, PyObject> | null {
  if (obj instanceof PyInstance) return obj.attrs;
  const d = instanceDict(obj);
  return d === null ? null : d.map;
}

// What a type does on attribute access, as CPython reads it from its tp_getattro/tp_setattro
// slots: worked out once per version tag instead of three lookups per access.
/** __getattribute__ is object's (or type's, for type objects): the generic lookup */
export const HOOK_GENERIC_GET = 1;
/** __setattr__ is object's or type's */
export const HOOK_GENERIC_SET = 2;
/** __delattr__ is object's or type's */
export const HOOK_GENERIC_DEL = 4;
/** the type has a __getattr__ */
export const HOOK_GETATTR = 8;

/** The HOOK_* bits of `t` at its current version. */
export function attrHooks(t: PyType): number {
  return t.hooksVersion === t.version ? t.hooks : computeHooks(t);
}

function computeHooks(t: PyType): number {
  const objectDict = objectType.dict.map;
  const typeDict = typeType.dict.map;
  let h = 0;
  const ga = lookupType(t, "__getattribute__");
  if (ga === undefined || ga === objectDict.get("__getattribute__")) h |= HOOK_GENERIC_GET;
  const sa = lookupType(t, "__setattr__");
  if (sa === undefined || sa === objectDict.get("__setattr__") || sa === typeDict.get("__setattr__")) h |= HOOK_GENERIC_SET;
  const da = lookupType(t, "__delattr__");
  if (da === undefined || da === objectDict.get("__delattr__") || da === typeDict.get("__delattr__")) h |= HOOK_GENERIC_DEL;
  if (lookupType(t, "__getattr__") !== undefined) h |= HOOK_GETATTR;
  // builtin types get their methods while the VM starts: their hooks are final only then
  if (objectDict.has("__getattribute__") && typeDict.has("__setattr__")) {
    t.hooks = h;
    t.hooksVersion = t.version;
  }
  return h;
}

/** getattr(obj, name); throws AttributeError. */
export function getAttr(obj: PyObject, name: string): PyObject {
  const t = typeOf(obj);
  if ((attrHooks(t) & HOOK_GENERIC_GET) === 0) {
    const ga = lookupType(t, "__getattribute__")!;
    try {
      return ga instanceof PyMethodDescriptor ? ga.fn(obj, [name], null) : callBound(ga, obj, [name]);
    } catch (e) {
      // an AttributeError from __getattribute__ goes to __getattr__, or on as it is
      if (!(e instanceof PyBaseException && isSubtype(e.cls, AttributeErrorType))) throw e;
      const gattr = lookupType(t, "__getattr__");
      if (gattr === undefined) throw e;
      return callBound(gattr, obj, [name]);
    }
  }
  const r = genericGetAttrOrMissing(obj, t, name);
  if (r !== undefined) return r;
  // a module's own __getattr__ (PEP 562), as module_getattro
  const mg = obj instanceof PyModule ? obj.dict.map.get("__getattr__") : undefined;
  if (mg !== undefined) return call(mg, [name]);
  // __getattr__'s own AttributeError (with its own message) is the one raised
  if (attrHooks(t) & HOOK_GETATTR) return callBound(lookupType(t, "__getattr__")!, obj, [name]);
  throw noAttribute(obj, name);
}

/** genericGetAttr, where an AttributeError raised on the way (by a property, say) counts as
 *  missing when the type has a __getattr__ to fall back on, as slot_tp_getattr_hook does. */
function genericGetAttrOrMissing(obj: PyObject, t: PyType, name: string): PyObject | undefined {
  try {
    return genericGetAttr(obj, t, name);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.cls, AttributeErrorType) && (attrHooks(t) & HOOK_GETATTR) !== 0) return undefined;
    throw e;
  }
}

export function noAttribute(obj: PyObject, name: string): PyBaseException {
  if (obj instanceof PyModule) return attributeError(`module '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PyType) return attributeError(`type object '${obj.name}' has no attribute '${name}'`);
  const e = attributeError(`'${typeOf(obj).name}' object has no attribute '${name}'`);
  return e;
}

/** getattr without raising for a plain missing attribute (returns undefined). Exceptions raised
 *  by user code (properties, __getattr__) other than AttributeError still propagate. */
export function getAttrMaybe(obj: PyObject, name: string): PyObject | undefined {
  const t = typeOf(obj);
  if ((attrHooks(t) & HOOK_GENERIC_GET) === 0) {
    const ga = lookupType(t, "__getattribute__")!;
    try {
      return ga instanceof PyMethodDescriptor ? ga.fn(obj, [name], null) : callBound(ga, obj, [name]);
    } catch (e) {
      if (!(e instanceof PyBaseException && isSubtype(e.cls, AttributeErrorType))) throw e;
      const gattr = lookupType(t, "__getattr__");
      if (gattr === undefined) return undefined;
      return callBound(gattr, obj, [name]);
    }
  }
  const r = genericGetAttrOrMissing(obj, t, name);
  if (r !== undefined) return r;
  const mg = obj instanceof PyModule ? obj.dict.map.get("__getattr__") : undefined;
  const gattr = mg ?? lookupType(t, "__getattr__");
  if (gattr !== undefined) {
    try {
      return mg !== undefined ? call(mg, [name]) : callBound(gattr, obj, [name]);
    } catch (e) {
      if (e instanceof PyBaseException && isSubtype(e.cls, AttributeErrorType)) return undefined;
      throw e;
    }
  }
  return undefined;
}

/** object.__getattribute__ (and type.__getattribute__ for type objects) without __getattr__. */
export function genericGetAttr(obj: PyObject, t: PyType, name: string): PyObject | undefined {
  if (obj instanceof PyType) return typeGetAttr(obj, name);
  const descr = lookupType(t, name);
  if (descr !== undefined && typeof descr === "object" && isReadingDataDescriptor(descr)) return bindDescriptor(descr, obj, t);
  const m = instanceAttrs(obj);
  if (m !== null) {
    const v = m.get(name);
    if (v !== undefined) return v;
  }
  if (descr !== undefined) return bindDescriptor(descr, obj, t);
  return undefined;
}

function typeGetAttr(t: PyType, name: string): PyObject | undefined {
  const meta = t.cls;
  const metaAttr = lookupType(meta, name);
  if (metaAttr !== undefined && isReadingDataDescriptor(metaAttr)) return bindDescriptor(metaAttr, t, meta);
  const attr = lookupType(t, name);
  if (attr !== undefined) return bindDescriptor(attr, null, t);
  if (metaAttr !== undefined) return bindDescriptor(metaAttr, t, meta);
  return undefined;
}

export function setAttr(obj: PyObject, name: string, value: PyObject): void {
  const t = typeOf(obj);
  if ((attrHooks(t) & HOOK_GENERIC_SET) === 0) {
    callBound(lookupType(t, "__setattr__")!, obj, [name, value]);
    return;
  }
  genericSetAttr(obj, name, value);
}

/** Sets (or, value undefined, deletes) through a property or getset descriptor of type t. */
function setViaDescriptor(obj: PyObject, t: PyType, name: string, descr: PyProperty | PyGetSetDescriptor, value: PyObject | undefined): void {
  if (descr instanceof PyProperty) {
    propertySet(descr, obj, value);
    return;
  }
  if (descr.set === null) throw attributeError(`attribute '${name}' of '${t.name}' objects is not writable`);
  descr.set(obj, value);
}

export function genericSetAttr(obj: PyObject, name: string, value: PyObject | undefined): void {
  const t = typeOf(obj);
  if (obj instanceof PyType) {
    if (obj.isBuiltin) throw typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    // data descriptors of the metatype first (type.__name__, __qualname__, a metaclass property…)
    const meta = lookupType(t, name);
    if (meta instanceof PyGetSetDescriptor || (meta !== undefined && isPlainProperty(meta))) {
      setViaDescriptor(obj, t, name, meta, value);
      typeModified(obj);
      return;
    }
    if (value === undefined) {
      if (!obj.dict.map.has(name)) throw attributeError(`type object '${obj.name}' has no attribute '${name}'`);
      obj.dict.map.delete(name);
    } else obj.dict.map.set(name, value);
    typeModified(obj);
    return;
  }
  const descr = lookupType(t, name);
  if (descr !== undefined && typeof descr === "object") {
    if (isPlainProperty(descr) || descr instanceof PyGetSetDescriptor) {
      setViaDescriptor(obj, t, name, descr, value);
      return;
    }
    if (descr instanceof PyInstance || descr instanceof PyBoxed || descr instanceof PyProperty) {
      const m = lookupType(descr.cls, value === undefined ? "__delete__" : "__set__");
      if (m !== undefined) {
        callBound(m, descr, value === undefined ? [obj] : [obj, value]);
        return;
      }
    }
  }
  if (obj instanceof PyInstance && obj.attrs !== null) {
    // the storage without its dict (PyInstance), as below
    const m = obj.attrs;
    if (value === undefined) {
      if (!m.delete(name)) throw attributeError(`'${t.name}' object has no attribute '${name}'`);
      obj.keysChanged();
    } else {
      if (!m.has(name)) obj.keysChanged();
      m.set(name, value);
    }
    return;
  }
  let d = instanceDict(obj);
  if (d === null && t.hasDict && typeof obj === "object" && "dict" in obj) d = (obj as { dict: PyDict | null }).dict = new PyDict();
  if (d === null) {
    // no instance dict: an attribute the type has (a method, a class variable) is read-only
    if (descr !== undefined) throw attributeError(`'${t.name}' object attribute '${name}' is read-only`);
    throw attributeError(`'${t.name}' object has no attribute '${name}'`);
  }
  if (value === undefined) {
    if (!d.map.has(name)) throw attributeError(`'${t.name}' object has no attribute '${name}'`);
    d.map.delete(name);
    d.version++;
  } else {
    if (!d.map.has(name)) d.version++;
    d.map.set(name, value);
  }
}

export function delAttr(obj: PyObject, name: string): void {
  const t = typeOf(obj);
  if ((attrHooks(t) & HOOK_GENERIC_DEL) === 0) {
    callBound(lookupType(t, "__delattr__")!, obj, [name]);
    return;
  }
  genericSetAttr(obj, name, undefined);
}

// ---------------------------------------------------------------------------------------------
// Identity, hashing, equality

const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;
export function objectId(x: PyObject): number {
  if (typeof x !== "object") return typeof x === "number" ? x : hash(x);
  let id = ids.get(x);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    ids.set(x, id);
  }
  return id;
}

export function strHash(s: string): number {
  // FNV-1a over UTF-16 units, folded to a signed 53-bit-safe value; -1 is reserved.
  let h1 = 0x811c9dc5 | 0, h2 = 0x01000193 | 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822519);
  }
  const h = (h1 >>> 0) * 2 ** 20 + (h2 >>> 12);
  return h === 0 ? 1 : h;
}

export function floatHash(x: number): number {
  if (Number.isInteger(x)) return Math.abs(x) < 2 ** 53 ? intHash(x) : intHash(BigInt(x));
  if (Number.isNaN(x)) return 0;
  if (!Number.isFinite(x)) return x > 0 ? 314159 : -314159;
  // CPython's hash of the float, folded as an int's, so that sets of floats lay out (and print)
  // as CPython's do; equal Fractions and Decimals hash alike through their __hash__
  return floatTableHash(x);
}

type HashHook = (x: PyObject) => number | undefined;
const hashHooks: HashHook[] = [];
/** Per-type native hashes registered by type modules (tuple, frozenset, complex…). */
export function registerHash(h: HashHook): void {
  hashHooks.push(h);
}

/** A type's C-level name (tp_name): "module.name" for builtin types that live in a module. */
export function tpName(t: PyType): string {
  const mod = t.isBuiltin ? t.dict.map.get("__module__") : undefined;
  return typeof mod === "string" && mod !== "builtins" ? `${mod}.${t.name}` : t.name;
}

export function hash(x: PyObject): number {
  switch (typeof x) {
    case "number":
    case "bigint":
      return intHash(x);
    case "string":
      return strHash(x);
    case "boolean":
      return x ? 1 : 0;
  }
  if (x instanceof PyFloat) return floatHash(x.value);
  const t = x.cls;
  const h = lookupType(t, "__hash__");
  if (h === None) throw typeError(`unhashable type: '${tpName(t)}'`);
  if (h instanceof PyMethodDescriptor || h === undefined) {
    for (const hook of hashHooks) {
      const r = hook(x);
      if (r !== undefined) return r;
    }
    if (h !== undefined) {
      const r = h.fn(x, [], null);
      return typeof r === "number" ? r : intHash(r as bigint);
    }
    return objectId(x) >> 4;
  }
  const r = callBound(h, x, []);
  // folded as an int's hash (a Fraction's hash equals its float's)
  if (typeof r === "number") return r === -1 ? -2 : foldHashValue(r);
  if (typeof r === "bigint") return intHash(r);
  if (typeof r === "boolean") return r ? 1 : 0;
  throw typeError("__hash__ method should return an integer");
}

export const enum Cmp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}
const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const CMP_SWAPPED = [Cmp.GT, Cmp.GE, Cmp.EQ, Cmp.NE, Cmp.LT, Cmp.LE];
export const CMP_SYMBOLS = ["<", "<=", "==", "!=", ">", ">="];

/** Fast equality for containers: identity first, then primitives, then __eq__. */
export function eq(a: PyObject, b: PyObject): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.value));
  const ta = typeof a, tb = typeof b;
  if (ta === "string" || tb === "string") {
    if (ta === tb) return false;
    if (ta !== "object" && tb !== "object") return false;
  }
  if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint")) return a == b;
  return isTrue(richCompare(a, b, Cmp.EQ));
}

export function richCompare(a: PyObject, b: PyObject, op: Cmp): PyObject {
  const ta = typeOf(a), tb = typeOf(b);
  let checkedReflected = false;
  if (ta !== tb && isSubtype(tb, ta)) {
    const rm = lookupType(tb, CMP_NAMES[CMP_SWAPPED[op]]);
    if (rm !== undefined && rm !== lookupType(ta, CMP_NAMES[CMP_SWAPPED[op]])) {
      checkedReflected = true;
      const r = callBound(rm, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const m = lookupType(ta, CMP_NAMES[op]);
  if (m !== undefined) {
    const r = callBound(m, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReflected) {
    const rm = lookupType(tb, CMP_NAMES[CMP_SWAPPED[op]]);
    if (rm !== undefined) {
      const r = callBound(rm, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === Cmp.EQ) return a === b;
  if (op === Cmp.NE) return a !== b;
  throw typeError(`'${CMP_SYMBOLS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

// ---------------------------------------------------------------------------------------------
// Truth, length, repr, str

export function isTrue(x: PyObject): boolean {
  switch (typeof x) {
    case "boolean":
      return x;
    case "number":
      return x !== 0;
    case "string":
      return x.length !== 0;
    case "bigint":
      return true; // normalised bigints are never zero
  }
  if (x === None) return false;
  // (a subclass defined in Python may override __bool__ or __len__)
  if ((x instanceof PyList || x instanceof PyTuple) && x.cls.isBuiltin) return x.items.length !== 0;
  if (x instanceof PyFloat) return x.value !== 0;
  if (x instanceof PyDict && x.cls.isBuiltin) return x.map.size !== 0;
  const t = x.cls;
  const b = lookupType(t, "__bool__");
  if (b !== undefined) {
    const r = callBound(b, x, []);
    if (typeof r !== "boolean") throw typeError(`__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  const l = lookupType(t, "__len__");
  if (l !== undefined) return lengthOf(callBound(l, x, [])) !== 0;
  return true;
}

function lengthOf(r: PyObject): number {
  if (typeof r === "number") {
    if (r < 0) throw newValueError("__len__() should return >= 0");
    return r;
  }
  if (typeof r === "boolean") return r ? 1 : 0;
  if (typeof r === "bigint") throw newOverflow("cannot fit 'int' into an index-sized integer");
  throw typeError(`'${typeOf(r).name}' object cannot be interpreted as an integer`);
}
import { valueError as newValueError, overflowError as newOverflow } from "./exceptions.js";

export function len(x: PyObject): number {
  if (typeof x === "string") return strLength(x);
  // (a subclass defined in Python may override __len__)
  if ((x instanceof PyList || x instanceof PyTuple) && x.cls.isBuiltin) return x.items.length;
  const l = typeof x === "object" ? lookupType(typeOf(x), "__len__") : undefined;
  if (l === undefined) throw typeError(`object of type '${typeOf(x).name}' has no len()`);
  return lengthOf(callBound(l, x, []));
}

const SURROGATE = /[\ud800-\udfff]/;
/** Length of a str in code points. */
export function strLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

/** str() of an int: CPython's digit limit (sys.set_int_max_str_digits) applies to big ones. */
function intText(x: number | bigint): string {
  if (typeof x === "number") return String(x);
  try {
    return intRepr(x);
  } catch (e) {
    if (e instanceof TextError) throw newValueError(e.message);
    throw e;
  }
}

export function repr(x: PyObject): string {
  if (typeof x === "string") return reprHooks.str(x);
  if (typeof x === "number" || typeof x === "bigint") return intText(x);
  if (typeof x === "boolean") return x ? "True" : "False";
  if (x instanceof PyNoneType) return "None";
  const r = callMethod(x, "__repr__", []);
  if (typeof r !== "string") throw typeError(`__repr__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

export function str(x: PyObject): string {
  if (typeof x === "string") return x;
  if (typeof x === "number" || typeof x === "bigint") return intText(x);
  if (typeof x === "boolean") return x ? "True" : "False";
  if (x instanceof PyNoneType) return "None";
  const r = callMethod(x, "__str__", []);
  if (typeof r === "string") return r;
  if (r instanceof PyBoxed && typeof r.value === "string") return r.value;
  throw typeError(`__str__ returned non-string (type ${typeOf(r).name})`);
}
/** str's repr lives in the str module; registered to avoid an import cycle. */
export const reprHooks = { str: (s: string): string => JSON.stringify(s) };

// ---------------------------------------------------------------------------------------------
// Iteration

/** the arguments of a call without any (never written to) */
const NO_ARGS: PyObject[] = [];

export function getIter(x: PyObject): PyObject {
  const t = typeOf(x);
  // a builtin type's own native __iter__ (list, tuple, range, dict …): no lookup, no bound call
  const own = t.iterSlot;
  if (own !== null && t.isBuiltin) return own(x, NO_ARGS, null);
  const it = lookupType(t, "__iter__");
  if (it === undefined || it === None) {
    const gi = lookupType(t, "__getitem__");
    if (gi !== undefined && gi !== None) return sequenceIterator(x);
    throw typeError(`'${t.name}' object is not iterable`);
  }
  const r = callBound(it, x, []);
  if (!(r instanceof PyNativeIterator) && lookupType(typeOf(r), "__next__") === undefined)
    throw typeError(`iter() returned non-iterator of type '${typeOf(r).name}'`);
  return r;
}

/** The position of a sequence iterator ("iterator"): the index of the next item; done once
 *  __getitem__ ended it. */
export interface SequencePosition {
  i: number;
  done: boolean;
}
let seqIterType: PyType | null = null;
let seqIterState: ((seq: PyObject, pos: SequencePosition) => NativeIteratorState) | null = null;
/** The type of sequence iterators and their pickling state (set by the builtins module). */
export function setSequenceIteratorType(t: PyType, state: (seq: PyObject, pos: SequencePosition) => NativeIteratorState): void {
  seqIterType = t;
  seqIterState = state;
}
function sequenceIterator(x: PyObject): PyObject {
  const pos: SequencePosition = { i: 0, done: false };
  const it = new PyNativeIterator(seqIterType!, () => {
    if (pos.done) return undefined;
    try {
      const v = getItem(x, pos.i);
      pos.i++;
      return v;
    } catch (e) {
      if (e instanceof PyBaseException && (isSubtype(e.cls, StopIterationType) || e.cls.name === "IndexError")) {
        pos.done = true;
        return undefined;
      }
      throw e;
    }
  });
  if (seqIterState !== null) it.iterState = seqIterState(x, pos);
  return it;
}

/** next(it): undefined when exhausted (StopIteration from user __next__ is absorbed). */
export function iterNext(it: PyObject): PyObject | undefined {
  if (it instanceof PyNativeIterator) return it.next();
  const t = typeOf(it);
  const n = lookupType(t, "__next__");
  if (n === undefined) throw typeError(`'${t.name}' object is not an iterator`);
  if (n instanceof PyMethodDescriptor) {
    const r = nativeNextHooks.get(t);
    if (r) return r(it);
  }
  try {
    return callBound(n, it, []);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.cls, StopIterationType)) {
      stopIterationValue = e.args.items.length > 0 ? e.args.items[0] : None;
      return undefined;
    }
    throw e;
  }
}
/** The value of the last StopIteration absorbed by iterNext (for `yield from`). */
export let stopIterationValue: PyObject = None;
export function setStopIterationValue(v: PyObject): void {
  stopIterationValue = v;
}
/** Native __next__ implementations that report exhaustion as undefined (generators…). */
export const nativeNextHooks = new Map<PyType, (it: PyObject) => PyObject | undefined>();

/** Drain an iterable into a JS array. */
export function toArray(x: PyObject): PyObject[] {
  // (a subclass defined in Python may override __iter__)
  if ((x instanceof PyList || x instanceof PyTuple) && x.cls.isBuiltin) return x.items.slice();
  const it = getIter(x);
  const out: PyObject[] = [];
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return out;
    out.push(v);
  }
}

// ---------------------------------------------------------------------------------------------
// Subscripts

export function getItem(x: PyObject, key: PyObject): PyObject {
  const t = typeOf(x);
  const m = lookupType(t, "__getitem__");
  if (m === undefined) {
    if (x instanceof PyType) {
      const cg = lookupType(x, "__class_getitem__");
      if (cg !== undefined) return call(bindDescriptor(cg, null, x), [key]);
      throw typeError(`type '${x.name}' is not subscriptable`);
    }
    throw typeError(`'${t.name}' object is not subscriptable`);
  }
  return callBound(m, x, [key]);
}
export function setItem(x: PyObject, key: PyObject, value: PyObject): void {
  const m = lookupType(typeOf(x), "__setitem__");
  if (m === undefined) throw typeError(`'${typeOf(x).name}' object does not support item assignment`);
  callBound(m, x, [key, value]);
}
export function delItem(x: PyObject, key: PyObject): void {
  const m = lookupType(typeOf(x), "__delitem__");
  if (m === undefined) throw typeError(`'${typeOf(x).name}' object does not support item deletion`);
  callBound(m, x, [key]);
}

export function contains(container: PyObject, item: PyObject): boolean {
  const t = typeOf(container);
  const m = lookupType(t, "__contains__");
  if (m !== undefined) return isTrue(callBound(m, container, [item]));
  const it = getIter(container);
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return false;
    if (eq(v, item)) return true;
  }
}

/** operator.index(): an int from anything with __index__. */
export function index(x: PyObject): number | bigint {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof PyBoxed && (typeof x.value === "number" || typeof x.value === "bigint")) return x.value;
  const m = typeof x === "object" ? lookupType(typeOf(x), "__index__") : undefined;
  if (m === undefined) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  const r = callBound(m, x, []);
  if (typeof r === "number" || typeof r === "bigint") return r;
  if (typeof r === "boolean") return r ? 1 : 0;
  throw typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
}

export function unwrapStopIteration(e: unknown): PyObject | undefined {
  if (e instanceof PyBaseException && isSubtype(e.cls, StopIterationType))
    return e.args.items.length > 0 ? e.args.items[0] : None;
  return undefined;
}

