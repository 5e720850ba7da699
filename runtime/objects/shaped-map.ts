// The storage of an instance's __dict__ (CPython 3.11's shared keys, V8's hidden classes): the
// string keys in insertion order live in a Shape shared by every dict that got the same keys in
// the same order, the values in a plain array (`vals`). A dict costs an array instead of a JS Map, and the
// base interpreter's attribute forms read a value by its index once they have checked the shape
// (spec/fat-ops.yaml `families`). Anything a shape cannot say — a key that is not a string, a
// deletion, too many keys — turns the dict into an ordinary Map for the rest of its life
// (`fallback`), behind the same object, so every holder of the map keeps seeing the same entries.
import type { LookupKey, PyObject } from "./core.js";

/** most keys a shape holds; a dict growing past it becomes a Map */
const MAX_KEYS = 48;
/** dicts up to this many keys keep their values in an array of the exact size (append) */
const EXACT_UP_TO = 16;
/** most distinct keys added after one shape (attribute names made up at run time) */
const MAX_TRANSITIONS = 32;

export class Shape {
  /** the keys, in insertion order; key i's value is values[i] */
  readonly keys: readonly string[];
  /** key → its index */
  readonly index: Map<string, number>;
  private next: Map<string, Shape> | null = null;
  constructor(keys: readonly string[], index: Map<string, number>) {
    this.keys = keys;
    this.index = index;
  }
  /** The shape with `key` added after these keys (one per key, shared), or null past the limits. */
  add(key: string): Shape | null {
    let n = this.next;
    if (n !== null) {
      const s = n.get(key);
      if (s !== undefined) return s;
    }
    if (this.keys.length >= MAX_KEYS || (n !== null && n.size >= MAX_TRANSITIONS)) return null;
    const index = new Map(this.index);
    index.set(key, this.keys.length);
    const s = new Shape([...this.keys, key], index);
    (this.next = n ?? new Map()).set(key, s);
    return s;
  }
}

export const EMPTY_SHAPE = new Shape([], new Map());
/** the shape of a dict that left its shape (fallback): no cache ever holds it (family-support.ts
 *  shapeOf gives null for such a dict), so a form's shape test never passes for it, even when
 *  the form cached the empty shape */
const LEFT_SHAPE = new Shape([], new Map());

export class ShapedMap implements Map<LookupKey, PyObject> {
  /** the keys, while the dict is shaped (fallback null) */
  shape: Shape = EMPTY_SHAPE;
  /** the values: the first shape.keys.length are the keys', any after them room for more */
  vals: PyObject[];
  /** the entries once the dict left its shape, for good */
  fallback: Map<LookupKey, PyObject> | null = null;

  constructor(capacity = 0) {
    this.vals = capacity === 0 ? [] : new Array<PyObject>(capacity);
  }
  get size(): number {
    return this.fallback !== null ? this.fallback.size : this.shape.keys.length;
  }
  get(k: LookupKey): PyObject | undefined {
    if (this.fallback !== null) return this.fallback.get(k);
    if (typeof k !== "string") return undefined;
    const i = this.shape.index.get(k);
    return i === undefined ? undefined : this.vals[i];
  }
  has(k: LookupKey): boolean {
    if (this.fallback !== null) return this.fallback.has(k);
    return typeof k === "string" && this.shape.index.has(k);
  }
  set(k: LookupKey, v: PyObject): this {
    if (this.fallback !== null) {
      this.fallback.set(k, v);
      return this;
    }
    if (typeof k === "string") {
      const i = this.shape.index.get(k);
      if (i !== undefined) {
        this.vals[i] = v;
        return this;
      }
      const s = this.shape.add(k);
      if (s !== null) {
        this.append(s, v);
        return this;
      }
    }
    this.leaveShape().set(k, v);
    return this;
  }
  /** Moves to shape `s`, this shape with one key added, whose value is `v`: into the room the
   *  values have (instanceAttrs), else a small dict's values get an array of their exact size:
   *  `push` would give the first one room for 17 (V8 grows a backing store by half plus 16),
   *  doubling the memory of a typical instance (and the copying of the GC's young generation,
   *  where instances are made). */
  append(s: Shape, v: PyObject): void {
    const old = this.vals;
    const n = this.shape.keys.length;
    if (n < old.length) old[n] = v;
    else if (n < EXACT_UP_TO) {
      const vals = new Array<PyObject>(n + 1);
      for (let i = 0; i < n; i++) vals[i] = old[i];
      vals[n] = v;
      this.vals = vals;
    } else old.push(v);
    this.shape = s;
  }
  delete(k: LookupKey): boolean {
    if (this.fallback === null && !this.has(k)) return false;
    return this.leaveShape().delete(k);
  }
  clear(): void {
    if (this.fallback !== null) this.fallback.clear();
    else {
      this.shape = EMPTY_SHAPE;
      this.vals = [];
    }
  }
  /** The Map this dict is from now on. */
  private leaveShape(): Map<LookupKey, PyObject> {
    if (this.fallback === null) {
      const m = new Map<LookupKey, PyObject>();
      const keys = this.shape.keys;
      for (let i = 0; i < keys.length; i++) m.set(keys[i], this.vals[i]);
      this.fallback = m;
      this.shape = LEFT_SHAPE;
      this.vals = [];
    }
    return this.fallback;
  }
  /** Entries in order, live as a Map's iteration is: keys added meanwhile are seen, and a dict
   *  that leaves its shape meanwhile goes on from the same position in its Map. */
  *entries(): MapIterator<[LookupKey, PyObject]> {
    let i = 0;
    while (this.fallback === null) {
      if (i >= this.shape.keys.length) return undefined;
      yield [this.shape.keys[i], this.vals[i]];
      i++;
    }
    let j = 0;
    for (const e of this.fallback) if (j++ >= i) yield e;
    return undefined;
  }
  *keys(): MapIterator<LookupKey> {
    for (const e of this.entries()) yield e[0];
    return undefined;
  }
  *values(): MapIterator<PyObject> {
    for (const e of this.entries()) yield e[1];
    return undefined;
  }
  [Symbol.iterator](): MapIterator<[LookupKey, PyObject]> {
    return this.entries();
  }
  forEach(cb: (value: PyObject, key: LookupKey, map: Map<LookupKey, PyObject>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) cb.call(thisArg, v, k, this);
  }
  get [Symbol.toStringTag](): string {
    return "Map";
  }
}

/**
 * How a class sizes its instances' attribute storage (CPython 3.11 preallocates an instance's
 * values for the keys its class's instances share; V8's slack tracking is the same idea): each
 * new instance's values array starts with room for as many attributes as the class's previous
 * instance had when this one is made, so an `__init__` setting three attributes fills one array
 * instead of growing one three times (an array each). Reading that previous instance's count
 * here, once per instance, is the whole cost: no store has to tell the class anything. A class
 * whose instances stop at different counts gets the largest seen, up to EXACT_UP_TO.
 */
export interface AttrSizing {
  /** the values' room a new instance starts with */
  capacity: number;
  /** the storage of the class's last instance made */
  last: ShapedMap | null;
}

/** The attribute storage of a new instance of a class with sizing `z`. */
export function instanceAttrs(z: AttrSizing): ShapedMap {
  const last = z.last;
  if (last !== null && last.fallback === null) {
    const n = last.shape.keys.length;
    if (n > z.capacity) z.capacity = n < EXACT_UP_TO ? n : EXACT_UP_TO;
  }
  return (z.last = new ShapedMap(z.capacity));
}
