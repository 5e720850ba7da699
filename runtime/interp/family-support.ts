// What the specialised families' `when`, `guard` and `body` (spec/fat-ops.yaml `families`) ask
// of the object model, as `rt.<name>`. The questions only: the per-instruction caches, the
// counters and the quickening are generated (generated/base-interpreter.ts) and
// runtime/interp/adaptive.ts.
import { coroutineType, dictType, generatorType, objectType, PyFunction, PyGenerator, PyGetSetDescriptor, PyInstance, PyMethodDescriptor, PyModule, PyType, WatchedMap } from "../objects/core.js";
import type { LookupKey, PyDict, PyObject } from "../objects/core.js";
import { attrHooks, HOOK_GENERIC_GET, HOOK_GENERIC_SET, instanceAttrs, instanceDict, lookupType, typeOf } from "../objects/protocol.js";
import { plainData } from "./attr-cache.js";
import { Shape, ShapedMap } from "../objects/shaped-map.js";

export { coroutineType, generatorType, PyInstance, PyFunction, PyGenerator, PyType, typeOf, instanceAttrs };
export { ONE_NULL } from "./adaptive.js";

/** Whether `owner` is an instance with a dict whose class reads (hook `__getattribute__`) or
 *  writes (`__setattr__`) attribute `name` as plain data in that dict: the hook is object's and
 *  no class along the MRO has a data descriptor for the name. It stays so while the class keeps
 *  its version. */
export function plainInstanceAttr(owner: PyObject, name: string, hook: "__getattribute__" | "__setattr__"): owner is PyInstance {
  return owner instanceof PyInstance && owner.attrs !== null && plainData(owner.cls, name, hook);
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
  if (instanceAttrs(owner)?.has(name)) return undefined;
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
  return f instanceof PyFunction && f.code.exactArgcount === n;
}

/** The classes a polymorphic form guards on: those `prev` (the site's previous cache entry)
 *  held at their current version, other than `t`, then `t`; at most MAX_POLY, the oldest
 *  dropped. null when the site has seen no other class (the monomorphic form fits). */
export function polyTypes(
  prev: { type?: PyType; version?: number; types?: PyType[]; versions?: number[]; method?: PyObject; methods?: PyObject[] } | undefined,
  t: PyType,
  /** for LOAD_METHOD: the method found for `t`; the others' come from `prev` */
  method?: PyObject,
): { types: PyType[]; versions: number[]; methods: PyObject[] } | null {
  if (prev === undefined) return null;
  const types: PyType[] = [];
  const versions: number[] = [];
  const methods: PyObject[] = [];
  const keep = (u: PyType | undefined, v: number | undefined, m: PyObject | undefined) => {
    if (u !== undefined && u !== t && u.version === v && !types.includes(u)) {
      types.push(u);
      versions.push(v);
      methods.push(m as PyObject);
    }
  };
  keep(prev.type, prev.version, prev.method);
  if (prev.types !== undefined) prev.types.forEach((u, i) => keep(u, prev.versions![i], prev.methods?.[i]));
  if (types.length === 0) return null;
  types.push(t);
  versions.push(t.version);
  methods.push(method as PyObject);
  while (types.length > MAX_POLY) {
    types.shift();
    versions.shift();
    methods.shift();
  }
  return { types, versions, methods };
}

/** The index of `t` in `types` when it is there at the version recorded with it, else -1. */
export function typeVersionIndex(t: PyType, types: PyType[], versions: number[]): number {
  for (let i = 0; i < types.length; i++) if (types[i] === t) return t.version === versions[i] ? i : -1;
  return -1;
}
const MAX_POLY = 4;

/** The guard of a polymorphic form: `t` is one of `types`, at the version recorded with it. */
export function typeVersionIn(t: PyType, types: PyType[], versions: number[]): boolean {
  for (let i = 0; i < types.length; i++) if (types[i] === t) return t.version === versions[i];
  return false;
}

/** Where `shape` is in a polymorphic form's `shapes` (at most eight), or -1: a loop V8 inlines,
 *  where `indexOf` is a call of a builtin (1.4% of richards' base time). */
export function shapeIndex(shapes: Shape[], shape: Shape): number {
  for (let i = 0; i < shapes.length; i++) if (shapes[i] === shape) return i;
  return -1;
}

/** The shape of an instance's attributes stored by shape (shaped-map.ts), or null. */
export function shapeOf(m: Map<LookupKey, PyObject> | null): Shape | null {
  return m instanceof ShapedMap && m.fallback === null ? m.shape : null;
}

const MAX_POLY_SHAPES = 8;

/** For a polymorphic form: the instance-dict shapes its site has met and, for each, where
 *  `name` is in it (-1: absent), from the previous entry (`prev`, of the monomorphic or the
 *  polymorphic form) and `d`, the dict met now; the newest last, at most 8. A shape says the
 *  same of its keys whatever the class, so one list serves every class of the site. */
export function polyShapes(
  prev: { shape?: Shape | null; index?: number; shapes?: Shape[]; indexes?: number[] } | undefined,
  d: Map<LookupKey, PyObject> | null,
  name: string,
): { shapes: Shape[]; indexes: number[] } {
  const shapes: Shape[] = [];
  const indexes: number[] = [];
  const keep = (s: Shape | null | undefined) => {
    if (s !== null && s !== undefined && !shapes.includes(s)) {
      shapes.push(s);
      indexes.push(s.index.get(name) ?? -1);
    }
  };
  if (prev !== undefined) {
    keep(prev.shape);
    prev.shapes?.forEach(keep);
  }
  keep(shapeOf(d));
  while (shapes.length > MAX_POLY_SHAPES) {
    shapes.shift();
    indexes.shift();
  }
  return { shapes, indexes };
}

/** Where an instance of `owner`'s class keeps attribute `name` in its `slots`, when the name is
 *  a __slots__ member the class reads (hook `__getattribute__`) or writes (`__setattr__`) the
 *  generic way: its slot descriptor is what the MRO has for the name, so the index holds while
 *  the class keeps its version. -1 otherwise. */
export function slotAttrIndex(owner: PyObject, name: string, hook: "__getattribute__" | "__setattr__"): number {
  if (!(owner instanceof PyInstance) || owner.cls.isBuiltin) return -1;
  if ((attrHooks(owner.cls) & (hook === "__getattribute__" ? HOOK_GENERIC_GET : HOOK_GENERIC_SET)) === 0) return -1;
  const d = lookupType(owner.cls, name);
  return d instanceof PyGetSetDescriptor && d.slotIndex !== null ? d.slotIndex(owner.cls) : -1;
}
