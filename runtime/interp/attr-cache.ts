// Inline caches for attribute access in specialised traces (LOAD_ATTR_INSTANCE, STORE_ATTR_CACHED):
// each remembers the one class it last saw, with that class's version, when the attribute is
// plain instance data there — the class reads and writes attributes the generic way
// (object.__getattribute__/__setattr__) and has no data descriptor for the name. While an
// owner of that class comes with the class at that version, the attribute is read from, or
// rebound in, the instance dict directly: the two MRO walks and the descriptor tests of the
// generic path are skipped. Anything else takes the generic path, which refills the cache.
// A class's version changes with any change to it or to a base (typeModified), so a cache can
// never outlive what it assumed.
import { PyInstance } from "../objects/core.js";
import { ShapedMap } from "../objects/shaped-map.js";
import type { Shape } from "../objects/shaped-map.js";
import type { PyObject, PyType } from "../objects/core.js";
import { attrHooks, HOOK_GENERIC_GET, HOOK_GENERIC_SET, isDataDescriptor, lookupType, setAttr } from "../objects/protocol.js";

interface AttrCache {
  name: string;
  /** the class whose instances keep the attribute in their dict, or null */
  cls: PyType | null;
  version: number;
  /** the dict shape last seen holding the attribute, and its index there: an owner whose dict
   *  has that shape (runtime/objects/shaped-map.ts) is read by position */
  shape: Shape | null;
  index: number;
  /** (stores) the dict shape last seen without the attribute, and the shape adding it makes
   *  (null: past the shape's limits): an owner whose dict has `from` gets the attribute appended */
  from: Shape | null;
  next: Shape | null;
  /** refills left: a site that keeps seeing other classes stops caching (it is megamorphic) */
  refills: number;
}

/** how often a cache may change its class before it gives up */
const MAX_REFILLS = 8;

const caches: AttrCache[] = [];

/** A new, empty cache for attribute `name`; its index is the op's immediate. */
export function newAttrCache(name: string): number {
  caches.push({ name, cls: null, version: -1, shape: null, index: -1, from: null, next: null, refills: MAX_REFILLS });
  return caches.length - 1;
}

/** Whether instances of `t` keep attribute `name` as plain data in their dict. */
export function plainData(t: PyType, name: string, hook: "__getattribute__" | "__setattr__"): boolean {
  if (t.isBuiltin || (attrHooks(t) & (hook === "__getattribute__" ? HOOK_GENERIC_GET : HOOK_GENERIC_SET)) === 0) return false;
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

/** INSTANCE_ATTR (LOAD_ATTR's fast path): the attribute when `owner` is an instance whose class
 *  keeps it as plain data, found in its dict; undefined otherwise. */
export function instanceAttr(owner: PyObject, name: string): PyObject | undefined {
  if (!(owner instanceof PyInstance) || owner.dict === null || !plainData(owner.cls, name, "__getattribute__")) return undefined;
  return owner.dict.map.get(name);
}

/** Remembers where a shaped dict keeps the cache's attribute (when it has it). */
function learnShape(c: AttrCache, m: ShapedMap): void {
  if (m.fallback !== null) return;
  const i = m.shape.index.get(c.name);
  if (i === undefined) return;
  c.shape = m.shape;
  c.index = i;
}

/** LOAD_ATTR_INSTANCE: instanceAttr(owner, name) through the site's cache — the same answer,
 *  with the class tests skipped for an owner of the class the cache holds. A miss (another class,
 *  or a site that has given up caching) answers by instanceAttr and refills. Never runs Python
 *  code: the refill only reads class dicts. */
export function loadAttrInstance(owner: PyObject, entry: number): PyObject | undefined {
  if (!(owner instanceof PyInstance)) return undefined;
  const c = caches[entry];
  if (owner.cls === c.cls && c.cls.version === c.version) {
    const m = owner.dict!.map;
    if (m instanceof ShapedMap) {
      if (m.shape === c.shape && m.fallback === null) return m.vals[c.index];
      learnShape(c, m);
    }
    return m.get(c.name);
  }
  refill(c, owner, "__getattribute__");
  return instanceAttr(owner, c.name);
}

export function storeAttrCached(owner: PyObject, value: PyObject, entry: number): void {
  const c = caches[entry];
  if (owner instanceof PyInstance && owner.cls === c.cls && c.cls.version === c.version) {
    const m = owner.dict!.map;
    if (m instanceof ShapedMap) {
      if (m.fallback === null) {
        if (m.shape === c.shape) {
          m.vals[c.index] = value;
          return;
        }
        // the key added by the transition seen last (an __init__ filling a new instance): c.from
        // is only ever a shape without the key (set below)
        if (m.shape === c.from && c.next !== null) {
          m.append(c.next, value);
          owner.dict!.version++;
          return;
        }
      }
      learnShape(c, m);
    }
    if (m.has(c.name)) {
      m.set(c.name, value);
      return;
    }
    // a new key of a shaped dict: appended by the shape's transition, as genericSetAttr would
    // (the dict's version changes with its keys)
    if (m instanceof ShapedMap && m.fallback === null) {
      if (m.shape !== c.from) {
        c.from = m.shape;
        c.next = m.shape.add(c.name);
      }
      if (c.next !== null) {
        m.append(c.next, value);
        owner.dict!.version++;
        return;
      }
    }
  }
  setAttr(owner, c.name, value);
  refill(c, owner, "__setattr__");
}
