// dict and set storage.
//
// dict: a JS Map in insertion order, keyed by a *lookup key*: primitives (str, int; bool and
// integral floats folded onto the equal int, so 1, 1.0 and True are one key) and objects that
// hash by identity are their own lookup key; objects with a user-level __hash__/__eq__ (tuples,
// frozensets, instances defining __hash__) are found through `hashed` (hash → keys) and the
// first-inserted equal key object is the lookup key. Python's "the first key object stays" rule
// is kept by `keyObjs`.
//
// set: an open-addressing table with CPython's probing and resizing, so iteration order (say,
// of small ints) is the order CPython prints.
import { DUMMY, None, PyBoxed, PyDict, PyFloat, PyObject, PySet, PyType, objectType, PyInstance } from "./core.js";
import { eq, hash, lookupType, typeOf } from "./protocol.js";
import { runtimeError } from "./exceptions.js";

const objectHash = () => objectType.dict.map.get("__hash__");
const objectEq = () => objectType.dict.map.get("__eq__");

/** Whether a heap object hashes and compares by identity (then it is its own lookup key). */
function identityHashed(t: PyType): boolean {
  if (t.isBuiltin) return IDENTITY_BUILTINS.has(t) || !HASHED_BUILTINS.has(t.solidBase);
  return lookupType(t, "__hash__") === objectHash() && lookupType(t, "__eq__") === objectEq();
}
const IDENTITY_BUILTINS = new Set<PyType>();
const HASHED_BUILTINS = new Set<PyType>();
/** Builtin types whose instances hash by value (tuple, frozenset, complex, bytes, range…). */
export function registerValueHashedType(t: PyType): void {
  HASHED_BUILTINS.add(t);
}

/** The primitive standing for a key, or undefined when the key needs hash/eq lookup. */
function primitiveKey(key: PyObject): unknown {
  switch (typeof key) {
    case "string":
    case "number":
    case "bigint":
      return key;
    case "boolean":
      return key ? 1 : 0;
  }
  if (key instanceof PyFloat) {
    const v = key.value;
    if (Number.isInteger(v)) return Number.isSafeInteger(v) ? (v === 0 ? 0 : v) : BigInt(v);
    return Number.isNaN(v) ? key : v;
  }
  if (key instanceof PyBoxed) {
    const t = key.cls;
    if (lookupType(t, "__hash__") === lookupType(t.solidBase, "__hash__") && lookupType(t, "__eq__") === lookupType(t.solidBase, "__eq__"))
      return primitiveKey(key.value);
    return undefined;
  }
  if (key === None || identityHashed(key.cls)) return key;
  return undefined;
}

/** Find the lookup key under which `key` is stored (undefined if absent). */
function findKey(d: PyDict, key: PyObject, h?: number): unknown {
  const p = primitiveKey(key);
  if (p !== undefined) return d.map.has(p) ? p : undefined;
  if (d.hashed === null) {
    hash(key); // still raises TypeError for unhashable keys
    return undefined;
  }
  const bucket = d.hashed.get(h ?? hash(key));
  if (bucket === undefined) return undefined;
  for (const k of bucket) if (k === key || eq(k, key)) return k;
  return undefined;
}

export function dictGet(d: PyDict, key: PyObject): PyObject | undefined {
  if (typeof key === "string") return d.map.get(key);
  const k = findKey(d, key);
  return k === undefined ? undefined : d.map.get(k);
}

export function dictSet(d: PyDict, key: PyObject, value: PyObject): void {
  if (typeof key === "string") {
    if (!d.map.has(key)) d.version++;
    d.map.set(key, value);
    return;
  }
  const p = primitiveKey(key);
  if (p !== undefined) {
    if (!d.map.has(p)) {
      d.version++;
      if (p !== key) (d.keyObjs ??= new Map()).set(p, key);
    }
    d.map.set(p, value);
    return;
  }
  const h = hash(key);
  const existing = findKey(d, key, h);
  if (existing !== undefined) {
    d.map.set(existing, value);
    return;
  }
  d.version++;
  const hashed = (d.hashed ??= new Map());
  const bucket = hashed.get(h);
  if (bucket) bucket.push(key);
  else hashed.set(h, [key]);
  d.map.set(key, value);
}

/** Remove a key; returns its value or undefined if absent. */
export function dictDelete(d: PyDict, key: PyObject): PyObject | undefined {
  const k = typeof key === "string" ? (d.map.has(key) ? key : undefined) : findKey(d, key);
  if (k === undefined) return undefined;
  const v = d.map.get(k);
  d.map.delete(k);
  d.version++;
  d.keyObjs?.delete(k);
  if (d.hashed !== null && typeof k === "object" && primitiveKey(k as PyObject) === undefined) {
    const h = hash(k as PyObject);
    const bucket = d.hashed.get(h);
    if (bucket) {
      const i = bucket.indexOf(k as PyObject);
      if (i >= 0) bucket.splice(i, 1);
      if (bucket.length === 0) d.hashed.delete(h);
    }
  }
  return v;
}

export function dictClear(d: PyDict): void {
  d.map.clear();
  d.keyObjs = null;
  d.hashed = null;
  d.version++;
}

/** The Python key object for a lookup key. */
export function keyObject(d: PyDict, k: unknown): PyObject {
  if (d.keyObjs !== null) {
    const o = d.keyObjs.get(k);
    if (o !== undefined) return o;
  }
  return k as PyObject;
}

export function dictKeys(d: PyDict): PyObject[] {
  const out: PyObject[] = [];
  for (const k of d.map.keys()) out.push(keyObject(d, k));
  return out;
}

export function* dictEntries(d: PyDict): Generator<[PyObject, PyObject]> {
  const v0 = d.version;
  for (const [k, v] of d.map) {
    if (d.version !== v0) throw runtimeError("dictionary changed size during iteration");
    yield [keyObject(d, k), v];
  }
  if (d.version !== v0) throw runtimeError("dictionary changed size during iteration");
}

export function dictCopy(src: PyDict, into: PyDict): PyDict {
  for (const [k, v] of src.map) {
    into.map.set(k, v);
  }
  if (src.keyObjs) into.keyObjs = new Map(src.keyObjs);
  if (src.hashed) {
    into.hashed = new Map();
    for (const [h, b] of src.hashed) into.hashed.set(h, b.slice());
  }
  into.version++;
  return into;
}

export function newDictFrom(pairs: [PyObject, PyObject][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) dictSet(d, k, v);
  return d;
}

// ---------------------------------------------------------------------------------------------
// set

const PERTURB_SHIFT = 5;
const LINEAR_PROBES = 9;

function lowBits(h: number): number {
  if (h >= 0 && h < 2 ** 31) return h;
  const m = h % 2 ** 30;
  return m < 0 ? m + 2 ** 30 : m;
}

function keyEquals(stored: PyObject, storedHash: number, key: PyObject, h: number): boolean {
  if (stored === key) return true;
  if (storedHash !== h) return false;
  return eq(stored, key);
}

/** Index of key's slot, or -1. */
export function setLookupIndex(s: PySet, key: PyObject, h: number): number {
  const mask = s.mask;
  // CPython's perturb, (size_t)hash, as two 32-bit halves (a negative hash is its two's
  // complement: the high bits that later probes mix in are ones), made at the first probe that
  // needs it; only the low half reaches the slot index
  let phi = -1;
  let plo = 0;
  let i = lowBits(h) & mask;
  for (;;) {
    for (let j = 0, probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0; j <= probes; j++) {
      const k = s.keys[i + j];
      if (k === undefined) return -1;
      if (k !== DUMMY && keyEquals(k as PyObject, s.hashes[i + j], key, h)) return i + j;
    }
    if (phi < 0) {
      phi = Math.floor(h / 2 ** 32) >>> 0;
      plo = h >>> 0;
    }
    // perturb >>= PERTURB_SHIFT on the 64 bits
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/** set_add_entry: adds key (hash h) unless present; resizes as CPython does. */
export function setAddEntry(s: PySet, key: PyObject, h: number): void {
  const mask = s.mask;
  let i = lowBits(h) & mask;
  // CPython's perturb, (size_t)hash, as two 32-bit halves (a negative hash is its two's
  // complement: the high bits that later probes mix in are ones), made at the first probe that
  // needs it; only the low half reaches the slot index
  let phi = -1;
  let plo = 0;
  let freeslot = -1;
  for (;;) {
    for (let j = 0, probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0; j <= probes; j++) {
      const k = s.keys[i + j];
      if (k === undefined) {
        const slot = freeslot >= 0 ? freeslot : i + j;
        if (freeslot < 0) s.fill++;
        s.keys[slot] = key;
        s.hashes[slot] = h;
        s.used++;
        s.version++;
        if (freeslot < 0 && s.fill * 5 >= mask * 3) setResize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
        return;
      }
      if (k === DUMMY) {
        if (freeslot < 0) freeslot = i + j;
        continue;
      }
      if (keyEquals(k as PyObject, s.hashes[i + j], key, h)) return;
    }
    if (phi < 0) {
      phi = Math.floor(h / 2 ** 32) >>> 0;
      plo = h >>> 0;
    }
    // perturb >>= PERTURB_SHIFT on the 64 bits
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/** set_insert_clean: into a table known to have no dummies and not to hold key. */
export function setInsertClean(s: PySet, key: PyObject, h: number): void {
  const mask = s.mask;
  let i = lowBits(h) & mask;
  // CPython's perturb, (size_t)hash, as two 32-bit halves (a negative hash is its two's
  // complement: the high bits that later probes mix in are ones), made at the first probe that
  // needs it; only the low half reaches the slot index
  let phi = -1;
  let plo = 0;
  for (;;) {
    for (let j = 0, probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0; j <= probes; j++) {
      if (s.keys[i + j] === undefined) {
        s.keys[i + j] = key;
        s.hashes[i + j] = h;
        return;
      }
    }
    if (phi < 0) {
      phi = Math.floor(h / 2 ** 32) >>> 0;
      plo = h >>> 0;
    }
    // perturb >>= PERTURB_SHIFT on the 64 bits
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/** set_table_resize */
export function setResize(s: PySet, minused: number): void {
  let size = 8;
  while (size <= minused) size *= 2;
  const oldKeys = s.keys, oldHashes = s.hashes;
  s.keys = new Array(size).fill(undefined);
  s.hashes = new Array(size).fill(0);
  s.mask = size - 1;
  s.fill = s.used;
  for (let i = 0; i < oldKeys.length; i++) {
    const k = oldKeys[i];
    if (k !== undefined && k !== DUMMY) setInsertClean(s, k as PyObject, oldHashes[i]);
  }
  s.version++;
}

/** set_discard_entry: true if key was present. */
export function setDiscardEntry(s: PySet, key: PyObject, h: number): boolean {
  const i = setLookupIndex(s, key, h);
  if (i < 0) return false;
  s.keys[i] = DUMMY;
  s.used--;
  s.version++;
  return true;
}

export function setContainsEntry(s: PySet, key: PyObject, h: number): boolean {
  return setLookupIndex(s, key, h) >= 0;
}

export function setContains(s: PySet, key: PyObject): boolean {
  return setLookupIndex(s, key, hash(key)) >= 0;
}

export function setAdd(s: PySet, key: PyObject): void {
  setAddEntry(s, key, hash(key));
}

export function setDiscard(s: PySet, key: PyObject): boolean {
  return setDiscardEntry(s, key, hash(key));
}

export function setClear(s: PySet): void {
  s.keys = new Array(8).fill(undefined);
  s.hashes = new Array(8).fill(0);
  s.mask = 7;
  s.fill = 0;
  s.used = 0;
  s.version++;
}

export function setItems(s: PySet): PyObject[] {
  const out: PyObject[] = [];
  for (const k of s.keys) if (k !== undefined && k !== DUMMY) out.push(k as PyObject);
  return out;
}

export function newSet(cls: PyType, items: Iterable<PyObject>): PySet {
  const s = new PySet(cls);
  for (const k of items) setAdd(s, k);
  return s;
}
export { typeOf, PyInstance };
