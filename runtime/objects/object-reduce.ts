// object.__reduce_ex__, object.__reduce__ and object.__getstate__ as CPython 3.11's
// typeobject.c has them (reduce_newobj, _PyObject_GetNewArguments, object_getstate,
// _PyType_GetSlotNames): what copy and pickle use for instances without their own __reduce__.
import { None, PyBaseException, PyDict, PyList, PyObject, PyTuple, PyType, dictType, listType, objectType } from "./core.js";
import { AttributeErrorType, runtimeError, typeError, valueError } from "./exceptions.js";
import { call, getAttr, getAttrMaybe, getIter, instanceDict, isSubtype, lookupType, typeOf } from "./protocol.js";
import { importModule } from "../interp/imports.js";

/** object.__reduce_ex__(protocol): the type's own __reduce__ if it overrides object's, else the
 *  protocol-2 form (copyreg.__newobj__) or, below protocol 2, copyreg._reduce_ex. */
export function objectReduceEx(self: PyObject, protocol: number): PyObject {
  const t = typeOf(self);
  const reduce = lookupAttr(self, "__reduce__");
  if (reduce !== undefined) {
    const clsReduce = getAttr(t, "__reduce__");
    if (clsReduce !== objectType.dict.map.get("__reduce__")) return call(reduce, []);
  }
  return commonReduce(self, protocol);
}

export function commonReduce(self: PyObject, protocol: number): PyObject {
  if (protocol >= 2) return reduceNewObj(self);
  return call(getAttr(importModule("copyreg"), "_reduce_ex"), [self, protocol]);
}

/** The first builtin type in t's MRO: the layout its instances have. */
function builtinBase(t: PyType): PyType {
  for (const k of t.mro) if (k.isBuiltin) return k;
  return objectType;
}

// builtin types whose instances vary in size (tp_itemsize != 0)
const VAR_SIZED = new Set(["int", "bool", "tuple", "bytes", "memoryview", "type"]);

function reduceNewObj(obj: PyObject): PyObject {
  const t = typeOf(obj);
  const { args, kwargs } = newArguments(obj);
  const copyreg = importModule("copyreg");
  let newobj: PyObject;
  let newargs: PyTuple;
  if (kwargs === null || kwargs.map.size === 0) {
    newobj = getAttr(copyreg, "__newobj__");
    newargs = new PyTuple([t, ...(args?.items ?? [])]);
  } else {
    newobj = getAttr(copyreg, "__newobj_ex__");
    newargs = new PyTuple([t, args!, kwargs]);
  }
  const isList = isSubtype(t, listType);
  const isDict = isSubtype(t, dictType);
  const state = objectGetState(obj, !(args !== null || isList || isDict));
  const listItems = isList ? getIter(obj) : None;
  const dictItems = isDict ? getIter(call(getAttr(obj, "items"), [])) : None;
  return new PyTuple([newobj, newargs, state, listItems, dictItems]);
}

/** _PyObject_GetNewArguments: from __getnewargs_ex__, else __getnewargs__, else none. */
function newArguments(obj: PyObject): { args: PyTuple | null; kwargs: PyDict | null } {
  const ex = lookupAttr(obj, "__getnewargs_ex__");
  if (ex !== undefined) {
    const r = call(ex, []);
    if (!(r instanceof PyTuple)) throw typeError(`__getnewargs_ex__ should return a tuple, not '${typeOf(r).name}'`);
    if (r.items.length !== 2) throw valueError(`__getnewargs_ex__ should return a tuple of length 2, not ${r.items.length}`);
    const [args, kwargs] = r.items;
    if (!(args instanceof PyTuple)) throw typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeOf(args).name}'`);
    if (!(kwargs instanceof PyDict)) throw typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeOf(kwargs).name}'`);
    return { args, kwargs };
  }
  const plain = lookupAttr(obj, "__getnewargs__");
  if (plain !== undefined) {
    const args = call(plain, []);
    if (!(args instanceof PyTuple)) throw typeError(`__getnewargs__ should return a tuple, not '${typeOf(args).name}'`);
    return { args, kwargs: null };
  }
  return { args: null, kwargs: null };
}

/** object_getstate: the object's __getstate__(), or the default with `required` when it is
 *  object's own. */
function objectGetState(obj: PyObject, required: boolean): PyObject {
  const own = lookupType(typeOf(obj), "__getstate__");
  if (own === undefined || own === objectType.dict.map.get("__getstate__")) {
    // an instance attribute __getstate__ still wins
    const d = instanceDict(obj);
    const inst = d?.map.get("__getstate__");
    if (inst === undefined) return defaultGetState(obj, required);
    return call(inst, []);
  }
  return call(getAttr(obj, "__getstate__"), []);
}

/** object.__getstate__(): None or the instance dict, paired with a dict of the slot values
 *  that are set; with `required`, refuses objects whose layout holds C-level state. */
export function defaultGetState(obj: PyObject, required: boolean): PyObject {
  const t = typeOf(obj);
  const base = builtinBase(t);
  if (required && VAR_SIZED.has(base.name)) throw typeError(`cannot pickle ${t.name} objects`);
  const d = instanceDict(obj);
  let state: PyObject = d === null || d.map.size === 0 ? None : d;
  const slotnames = slotNames(t);
  if (required && base !== objectType && base !== listType && base !== dictType) throw typeError(`cannot pickle '${t.name}' object`);
  if (slotnames !== null && slotnames.items.length > 0) {
    const slots = new PyDict();
    const n = slotnames.items.length;
    for (const name of slotnames.items) {
      const v = typeof name === "string" ? lookupAttr(obj, name) : undefined;
      if (v !== undefined) call(getAttr(slots, "__setitem__"), [name, v]);
      if (slotnames.items.length !== n) throw runtimeError("__slotsname__ changed size during iteration");
    }
    if (slots.map.size > 0) state = new PyTuple([state, slots]);
  }
  return state;
}

/** _PyType_GetSlotNames: cls.__slotnames__ from its own dict, else copyreg._slotnames(cls). */
function slotNames(t: PyType): PyList | null {
  let names = t.dict.map.get("__slotnames__");
  if (names === undefined) {
    names = call(getAttr(importModule("copyreg"), "_slotnames"), [t]);
    if (names !== None && !(names instanceof PyList)) throw typeError("copyreg._slotnames didn't return a list or None");
  } else if (names !== None && !(names instanceof PyList)) throw typeError(`${t.name}.__slotnames__ should be a list or None, not ${typeOf(names).name}`);
  return names === None ? null : (names as PyList);
}

/** _PyObject_LookupAttr: getattr(obj, name), or undefined where that raises AttributeError. */
function lookupAttr(obj: PyObject, name: string): PyObject | undefined {
  try {
    return getAttrMaybe(obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.cls, AttributeErrorType)) return undefined;
    throw e;
  }
}
