// Inline caches for attribute access in specialised traces (LOAD_ATTR_CACHED, STORE_ATTR_CACHED):
// each remembers the one class it last saw, with that class's version, when the attribute is
// plain instance data there — the class reads and writes attributes the generic way
// (object.__getattribute__/__setattr__) and has no data descriptor for the name. While an
// owner of that class comes with the class at that version, the attribute is read from, or
// rebound in, the instance dict directly: the two MRO walks and the descriptor tests of the
// generic path are skipped. Anything else takes the generic path, which refills the cache.
// A class's version changes with any change to it or to a base (typeModified), so a cache can
// never outlive what it assumed.
import { objectType, PyInstance } from "../objects/core.js";
import type { PyObject, PyType } from "../objects/core.js";
import { getAttr, isDataDescriptor, lookupType, setAttr } from "../objects/protocol.js";

interface AttrCache {
  name: string;
  /** the class whose instances keep the attribute in their dict, or null */
  cls: PyType | null;
  version: number;
  /** refills left: a site that keeps seeing other classes stops caching (it is megamorphic) */
  refills: number;
}

/** how often a cache may change its class before it gives up */
const MAX_REFILLS = 8;

const caches: AttrCache[] = [];

/** A new, empty cache for attribute `name`; its index is the op's immediate. */
export function newAttrCache(name: string): number {
  caches.push({ name, cls: null, version: -1, refills: MAX_REFILLS });
  return caches.length - 1;
}

/** Whether instances of `t` keep attribute `name` as plain data in their dict. */
function plainData(t: PyType, name: string, hook: "__getattribute__" | "__setattr__"): boolean {
  if (t.isBuiltin || lookupType(t, hook) !== objectType.dict.map.get(hook)) return false;
  const descr = lookupType(t, name);
  return descr === undefined || !isDataDescriptor(descr);
}

function refill(c: AttrCache, owner: PyObject, hook: "__getattribute__" | "__setattr__"): void {
  if (c.refills === 0) return;
  c.refills--;
  if (owner instanceof PyInstance && owner.dict !== null && plainData(owner.cls, c.name, hook)) {
    c.cls = owner.cls;
    c.version = owner.cls.version;
  } else c.cls = null;
}

export function loadAttrCached(owner: PyObject, entry: number): PyObject {
  const c = caches[entry];
  if (owner instanceof PyInstance && owner.cls === c.cls && c.cls.version === c.version) {
    const v = owner.dict!.map.get(c.name);
    if (v !== undefined) return v;
  }
  // not in the instance dict (a method, a class attribute, __getattr__…), or another class
  const v = getAttr(owner, c.name);
  refill(c, owner, "__getattribute__");
  return v;
}

export function storeAttrCached(owner: PyObject, value: PyObject, entry: number): void {
  const c = caches[entry];
  if (owner instanceof PyInstance && owner.cls === c.cls && c.cls.version === c.version) {
    const m = owner.dict!.map;
    // rebinding a key: a new key goes the generic way (it changes the dict's size)
    if (m.has(c.name)) {
      m.set(c.name, value);
      return;
    }
  }
  setAttr(owner, c.name, value);
  refill(c, owner, "__setattr__");
}
