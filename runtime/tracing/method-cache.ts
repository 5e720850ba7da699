// Methods looked up through a class, as traces assume them: LOAD_METHOD on an instance of a
// Python class whose attribute is a plain function found along the MRO resolves, as long as
// the class keeps its version and the instance does not shadow the name, to that function.
// (The base interpreter's rt.loadMethod takes the same path; this is its guarded shortcut.)
import { objectType, PyFunction, PyInstance } from "../objects/core.js";
import type { PyObject, PyType } from "../objects/core.js";
import { lookupType } from "../objects/protocol.js";
import { ShapedMap } from "../objects/shaped-map.js";
import type { TraceEntry } from "./trace.js";

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
 *  recorded class still holds and the owner does not shadow the name; false (nothing touched)
 *  if the guard fails. The owner's dict is searched only when its shape is not the one last
 *  found without the name (a shape's keys never change: shaped-map.ts). */
export function loadCachedMethod(stack: (PyObject | null)[], sp: number, e: TraceEntry): boolean {
  const owner = stack[sp - 1];
  const type = e.type!;
  if (!(owner instanceof PyInstance) || owner.cls !== type || type.version !== e.version) return false;
  const m = owner.attrs;
  if (m !== null) {
    if (m instanceof ShapedMap && m.fallback === null) {
      if (m.shape !== e.unshadowed) {
        if (m.shape.index.has(e.code.names[e.imm])) return false;
        e.unshadowed = m.shape;
      }
    } else if (m.has(e.code.names[e.imm])) return false;
  }
  stack[sp - 1] = e.value!;
  stack[sp] = owner;
  return true;
}
