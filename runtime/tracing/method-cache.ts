// Methods looked up through a class, as traces assume them: LOAD_METHOD on an instance of a
// Python class whose attribute is a plain function found along the MRO resolves, as long as
// the class keeps its version and the instance does not shadow the name, to that function.
// (The base interpreter's rt.loadMethod takes the same path; this is its guarded shortcut.)
import { objectType, PyFunction, PyInstance } from "../objects/core.js";
import type { PyObject, PyType } from "../objects/core.js";
import { lookupType } from "../objects/protocol.js";

/** The method LOAD_METHOD(name) finds on `owner`'s class, when a trace may assume it (the
 *  owner's class and its version stay the same, and the instance does not shadow it). */
export function methodOfClass(owner: PyObject, name: string): { type: PyType; fn: PyFunction } | null {
  if (!(owner instanceof PyInstance)) return null;
  const t = owner.cls;
  if (t.isBuiltin) return null;
  const fn = lookupType(t, name);
  if (!(fn instanceof PyFunction)) return null;
  if (lookupType(t, "__getattribute__") !== objectType.dict.map.get("__getattribute__")) return null;
  if (owner.attrs !== null && owner.attrs.has(name)) return null;
  return { type: t, fn };
}

/** METHOD entry at run time: replaces the owner on top of the stack by [fn, owner] if the
 *  recorded class still holds; false (nothing touched) if the guard fails. */
export function loadCachedMethod(stack: (PyObject | null)[], sp: number, type: PyType, version: number, fn: PyObject, name: string): boolean {
  const owner = stack[sp - 1];
  if (!(owner instanceof PyInstance) || owner.cls !== type || type.version !== version) return false;
  if (owner.attrs !== null && owner.attrs.has(name)) return false;
  stack[sp - 1] = fn;
  stack[sp] = owner;
  return true;
}
