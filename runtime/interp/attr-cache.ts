// Inline caches for attribute access in specialised traces (LOAD_ATTR_INSTANCE, STORE_ATTR_CACHED):
// each remembers the classes it saw (up to MAX_CLASSES: a method of a base class inlined into a
// trace meets instances of each subclass at the same op), with each class's version, when the
// attribute is plain instance data there — the class reads and writes attributes the generic way
// (object.__getattribute__/__setattr__) and has no data descriptor for the name. While an owner
// of one of those classes comes with the class at that version, the attribute is read from, or
// rebound in, the instance dict directly: the two MRO walks and the descriptor tests of the
// generic path are skipped. A `__slots__` member (the class's own member descriptor for the name,
// as the base interpreter's LOAD_ATTR_SLOT/STORE_ATTR_SLOT forms find it) is cached the same way,
// by its index in the instance's slots. Anything else takes the generic path, which refills the
// cache.
// A class's version changes with any change to it or to a base (typeModified), so a cache can
// never outlive what it assumed.
import { PyGetSetDescriptor, PyInstance } from "../objects/core.js";
import { ShapedMap } from "../objects/shaped-map.js";
import type { Shape } from "../objects/shaped-map.js";
import type { PyObject, PyType } from "../objects/core.js";
import { attrHooks, HOOK_GENERIC_GET, HOOK_GENERIC_SET, isDataDescriptor, lookupType, setAttr } from "../objects/protocol.js";

/** What a cache knows of one class. */
interface ClassEntry {
  /** the class whose instances keep the attribute in their dict */
  cls: PyType;
  version: number;
  /** the dict shape last seen holding the attribute, and its index there: an owner whose dict
   *  has that shape (runtime/objects/shaped-map.ts) is read by position */
  shape: Shape | null;
  index: number;
  /** (stores) the dict shape last seen without the attribute, and the shape adding it makes
   *  (null: past the shape's limits): an owner whose dict has `from` gets the attribute appended */
  from: Shape | null;
  next: Shape | null;
  /** >= 0: the attribute is the class's `__slots__` member at this index of the instance's
   *  slots (the dict fields are unused) */
  slot: number;
}

interface AttrCache {
  name: string;
  /** the classes, the one filled first first; `first` is classes[0] (null: none), read
   *  without the array at a site that meets one class */
  classes: ClassEntry[];
  first: ClassEntry | null;
  /** refills left: a site that keeps seeing other classes stops caching (it is megamorphic) */
  refills: number;
}

/** how many classes a cache holds (the base interpreter's _POLY forms hold as many:
 *  spec/fat-ops.yaml), and how often it may be refilled before it gives up. Measured: with one
 *  class and 8 refills, richards' methods of its base classes, inlined into traces, gave up
 *  caching and took the generic path at every access */
const MAX_CLASSES = 4;
const MAX_REFILLS = 16;

const caches: AttrCache[] = [];

/** A new, empty cache for attribute `name`; its index is the op's immediate. */
export function newAttrCache(name: string): number {
  caches.push({ name, classes: [], first: null, refills: MAX_REFILLS });
  return caches.length - 1;
}

/** The cache's entry for an owner of class `cls`, while the class is at the version cached. */
function entryOf(c: AttrCache, cls: PyType): ClassEntry | null {
  const e0 = c.first;
  if (e0 === null) return null;
  if (e0.cls === cls) return e0.version === cls.version ? e0 : null;
  const es = c.classes;
  for (let k = 1; k < es.length; k++) {
    const e = es[k];
    if (e.cls === cls) return e.version === cls.version ? e : null;
  }
  return null;
}

/** Whether instances of `t` keep attribute `name` as plain data in their dict. */
export function plainData(t: PyType, name: string, hook: "__getattribute__" | "__setattr__"): boolean {
  return storageOf(t, name, hook) === IN_DICT;
}

/** storageOf: the attribute is plain data of the instance dict; other answers >= 0 are the
 *  index of a `__slots__` member, NOT_PLAIN anything else (a class with its own attribute hook,
 *  another data descriptor) */
const IN_DICT = -1;
const NOT_PLAIN = -2;

/** Where instances of `t` keep attribute `name`, when reading (or writing, by `hook`) it is
 *  plain storage: IN_DICT, a slot's index, or NOT_PLAIN. */
function storageOf(t: PyType, name: string, hook: "__getattribute__" | "__setattr__"): number {
  if (t.isBuiltin || (attrHooks(t) & (hook === "__getattribute__" ? HOOK_GENERIC_GET : HOOK_GENERIC_SET)) === 0) return NOT_PLAIN;
  const descr = lookupType(t, name);
  if (descr === undefined) return IN_DICT;
  if (descr instanceof PyGetSetDescriptor && descr.slotIndex !== null) {
    const i = descr.slotIndex(t);
    return i >= 0 ? i : NOT_PLAIN;
  }
  return isDataDescriptor(descr) ? NOT_PLAIN : IN_DICT;
}

function refill(c: AttrCache, owner: PyObject, hook: "__getattribute__" | "__setattr__"): void {
  if (c.refills === 0) return;
  c.refills--;
  if (!(owner instanceof PyInstance)) return;
  const where = storageOf(owner.cls, c.name, hook);
  if (where === NOT_PLAIN || (where === IN_DICT && owner.attrs === null)) return;
  const fresh: ClassEntry = { cls: owner.cls, version: owner.cls.version, shape: null, index: -1, from: null, next: null, slot: where };
  const es = c.classes;
  const k = es.findIndex((e) => e.cls === owner.cls);
  if (k >= 0) es[k] = fresh;
  else {
    if (es.length >= MAX_CLASSES) es.shift();
    es.push(fresh);
  }
  c.first = es[0];
}

/** INSTANCE_ATTR (LOAD_ATTR's fast path): the attribute when `owner` is an instance whose class
 *  keeps it as plain data, found in its dict; undefined otherwise. */
export function instanceAttr(owner: PyObject, name: string): PyObject | undefined {
  if (!(owner instanceof PyInstance)) return undefined;
  const where = storageOf(owner.cls, name, "__getattribute__");
  // (an empty slot is undefined: the generic path raises its AttributeError)
  if (where >= 0) return owner.slots?.[where];
  if (where === NOT_PLAIN || owner.attrs === null) return undefined;
  return owner.attrs.get(name);
}

/** Remembers where a shaped dict keeps the cache's attribute (when it has it). */
function learnShape(e: ClassEntry, name: string, m: ShapedMap): void {
  if (m.fallback !== null) return;
  const i = m.shape.index.get(name);
  if (i === undefined) return;
  e.shape = m.shape;
  e.index = i;
}

/** LOAD_ATTR_INSTANCE: instanceAttr(owner, name) through the site's cache — the same answer,
 *  with the class tests skipped for an owner of a class the cache holds. A miss (another class,
 *  or a site that has given up caching) answers by instanceAttr and refills. Never runs Python
 *  code: the refill only reads class dicts. */
export function loadAttrInstance(owner: PyObject, entry: number): PyObject | undefined {
  if (!(owner instanceof PyInstance)) return undefined;
  const c = caches[entry];
  const e = entryOf(c, owner.cls);
  if (e !== null) {
    if (e.slot >= 0) return owner.slots?.[e.slot];
    const m = owner.attrs!;
    if (m instanceof ShapedMap) {
      if (m.shape === e.shape && m.fallback === null) return m.vals[e.index];
      learnShape(e, c.name, m);
    }
    return m.get(c.name);
  }
  refill(c, owner, "__getattribute__");
  return instanceAttr(owner, c.name);
}

export function storeAttrCached(owner: PyObject, value: PyObject, entry: number): void {
  const c = caches[entry];
  const e = owner instanceof PyInstance ? entryOf(c, owner.cls) : null;
  if (e !== null) {
    const inst = owner as PyInstance;
    if (e.slot >= 0) {
      (inst.slots ??= [])[e.slot] = value;
      return;
    }
    const m = inst.attrs!;
    if (m instanceof ShapedMap) {
      if (m.fallback === null) {
        if (m.shape === e.shape) {
          m.vals[e.index] = value;
          return;
        }
        // the key added by the transition seen last (an __init__ filling a new instance): e.from
        // is only ever a shape without the key (set below)
        if (m.shape === e.from && e.next !== null) {
          m.append(e.next, value);
          inst.keysChanged();
          return;
        }
      }
      learnShape(e, c.name, m);
    }
    if (m.has(c.name)) {
      m.set(c.name, value);
      return;
    }
    // a new key of a shaped dict: appended by the shape's transition, as genericSetAttr would
    // (the dict's version changes with its keys)
    if (m instanceof ShapedMap && m.fallback === null) {
      if (m.shape !== e.from) {
        e.from = m.shape;
        e.next = m.shape.add(c.name);
      }
      if (e.next !== null) {
        m.append(e.next, value);
        inst.keysChanged();
        return;
      }
    }
  }
  setAttr(owner, c.name, value);
  refill(c, owner, "__setattr__");
}
