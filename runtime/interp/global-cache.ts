// Global lookups a specialised trace reads through a cache: LOAD_GLOBAL_CACHED(entry) gives the
// value the specialiser found for a name while the frame's globals and builtins are the dicts it
// looked in, the name was not rebound or deleted where it was found and, for a builtin, not
// added to the globals (WatchedMap's per-key cells). Other keys coming and going do not matter:
// a module still being imported gains globals while its functions' loops run as traces.
// The entries are made when a trace is optimised, never while it runs.
import { moduleType, PyModule, WatchedMap } from "../objects/core.js";
import type { LookupKey, PyDict, PyObject } from "../objects/core.js";

type Watched = WatchedMap<LookupKey, PyObject>;

interface GlobalCacheEntry {
  name: string;
  globals: Watched;
  builtins: Watched;
  /** the cell of the name in the dict it was found in, and its version then */
  cell: { version: number };
  version: number;
  /** for a name found in the builtins: its cell in the globals (where it is absent), and its
   *  version then; the same as cell/version for a name found in the globals */
  shadow: { version: number };
  shadowVersion: number;
  value: PyObject;
}

const cache: GlobalCacheEntry[] = [];

/** An entry for `name` as LOAD_GLOBAL finds it now in `globals` then `builtins`, or -1 when it
 *  cannot be cached (a dict that is not watched, a name that is missing or keeps changing). */
export function cacheGlobal(globals: PyDict, builtins: PyDict, name: string): number {
  const g = globals.map, b = builtins.map;
  if (!(g instanceof WatchedMap) || !(b instanceof WatchedMap) || g.unstable.has(name)) return -1;
  const inGlobals = g.get(name);
  const value = inGlobals ?? b.get(name);
  if (value === undefined) return -1;
  const cell = (inGlobals !== undefined ? g : b).cell(name);
  const shadow = inGlobals !== undefined ? cell : g.cell(name);
  cache.push({ name, globals: g, builtins: b, cell, version: cell.version, shadow, shadowVersion: shadow.version, value });
  return cache.length - 1;
}

/** The value cached in `entry` while it still holds for a frame with these globals and
 *  builtins, else undefined (and, when the name was rebound, the name is not cached from these
 *  globals again). Handed the dicts, not the frame: so the js stage sees the op leaves the
 *  frame's locals alone. */
export function cachedGlobal(globals: PyDict, builtins: PyDict, entry: number): PyObject | undefined {
  const c = cache[entry];
  if (globals.map !== c.globals || builtins.map !== c.builtins) return undefined;
  if (c.cell.version !== c.version || c.shadow.version !== c.shadowVersion) {
    c.globals.unstable.add(c.name);
    return undefined;
  }
  return c.value;
}

/** The value an entry holds (for the specialiser's facts). */
export function cachedGlobalValue(entry: number): PyObject {
  return cache[entry].value;
}

/** An entry for attribute `name` of module `mod` as LOAD_ATTR finds it now (its dict, the
 *  module's type having no such attribute), or -1. The dict stands for both scopes. */
export function cacheModuleAttr(mod: PyModule, name: string): number {
  return cacheGlobal(mod.dict, mod.dict, name);
}

/** The value cached in `entry` while `owner` is a plain module whose dict is the one looked in
 *  and the name was not rebound there, else undefined. */
export function cachedModuleAttr(owner: PyObject, entry: number): PyObject | undefined {
  return owner instanceof PyModule && owner.cls === moduleType ? cachedGlobal(owner.dict, owner.dict, entry) : undefined;
}
