// What the specialised families' `when`, `guard` and `body` (spec/fat-ops.yaml `families`) ask
// of the object model, as `rt.<name>`. The questions only: the per-instruction caches, the
// counters and the quickening are generated (generated/base-interpreter.ts) and
// runtime/interp/adaptive.ts.
import { CO_VARARGS, CO_VARKEYWORDS, dictType, objectType, PyFunction, PyInstance, PyMethodDescriptor, PyModule, PyType, WatchedMap } from "../objects/core.js";
import type { LookupKey, PyDict, PyObject } from "../objects/core.js";
import { instanceDict, lookupType, typeOf } from "../objects/protocol.js";
import { plainData } from "./attr-cache.js";

export { PyInstance, PyFunction, typeOf, instanceDict };
export { ONE_NULL } from "./adaptive.js";

/** Whether `owner` is an instance with a dict whose class reads (hook `__getattribute__`) or
 *  writes (`__setattr__`) attribute `name` as plain data in that dict: the hook is object's and
 *  no class along the MRO has a data descriptor for the name. It stays so while the class keeps
 *  its version. */
export function plainInstanceAttr(owner: PyObject, name: string, hook: "__getattribute__" | "__setattr__"): owner is PyInstance {
  return owner instanceof PyInstance && owner.dict !== null && plainData(owner.cls, name, hook);
}

const objectGetattribute = (): PyObject | undefined => objectType.dict.map.get("__getattribute__");

/** The function or method descriptor LOAD_METHOD finds for `name` on `owner`'s class, when it
 *  would push it unbound with `owner` (support.ts loadMethod's fast path), else undefined.
 *  While the class keeps its version only the owner's own dict can change the answer. */
export function classMethod(owner: PyObject, name: string): PyObject | undefined {
  if (owner instanceof PyType || owner instanceof PyModule) return undefined;
  const t = typeOf(owner);
  const descr = lookupType(t, name);
  if (!(descr instanceof PyFunction || descr instanceof PyMethodDescriptor)) return undefined;
  if (instanceDict(owner)?.map.has(name)) return undefined;
  if (lookupType(t, "__getattribute__") !== objectGetattribute()) return undefined;
  return descr;
}

/** The stamped map of an exact dict (module globals, builtins), or null: reads cached from it
 *  are guarded by the version cells of their keys (core.ts WatchedMap). */
export function watchedMap(d: PyDict): WatchedMap<LookupKey, PyObject> | null {
  return d.cls === dictType && d.map instanceof WatchedMap ? d.map : null;
}

export { Frame } from "./frame.js";
export { runInterceptable } from "./call.js";

/** Whether `f` is a Python function that takes exactly `n` positional arguments and nothing
 *  else (no *args, **kwargs or keyword-only parameters): a call with n positional values binds
 *  them to its first n locals, in order. Stays so while f.code is the same code object. */
export function exactArgsFunction(f: PyObject, n: number): f is PyFunction {
  if (!(f instanceof PyFunction)) return false;
  const c = f.code;
  return c.argcount === n && c.kwonlyargcount === 0 && (c.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0;
}
