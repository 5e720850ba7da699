// Global lookups a specialised trace reads through a cache: LOAD_GLOBAL_CACHED(entry) gives the
// value the specialiser found for a name while the frame's globals and builtins are the dicts it
// looked in and neither has changed since (their maps stamp every change: WatchedMap). The
// entries are made when a trace is optimised, never while it runs.
import { WatchedMap } from "../objects/core.js";
import type { LookupKey, PyDict, PyObject } from "../objects/core.js";
import type { Frame } from "./frame.js";

interface GlobalCacheEntry {
  globals: WatchedMap<LookupKey, PyObject>;
  globalsStamp: number;
  builtins: WatchedMap<LookupKey, PyObject>;
  builtinsStamp: number;
  value: PyObject;
}

const cache: GlobalCacheEntry[] = [];

/** An entry for `name` as LOAD_GLOBAL finds it now in `globals` then `builtins`, or -1 when it
 *  cannot be cached (a dict that is not watched, or the name is missing). */
export function cacheGlobal(globals: PyDict, builtins: PyDict, name: string): number {
  const g = globals.map, b = builtins.map;
  if (!(g instanceof WatchedMap) || !(b instanceof WatchedMap)) return -1;
  const value = g.get(name) ?? b.get(name);
  if (value === undefined) return -1;
  cache.push({ globals: g, globalsStamp: g.stamp, builtins: b, builtinsStamp: b.stamp, value });
  return cache.length - 1;
}

/** The value cached in `entry` while it still holds for `frame`, else undefined. */
export function cachedGlobal(frame: Frame, entry: number): PyObject | undefined {
  const c = cache[entry];
  const g = frame.globals.map, b = frame.builtins.map;
  return g === c.globals && (g as WatchedMap<LookupKey, PyObject>).stamp === c.globalsStamp && b === c.builtins && (b as WatchedMap<LookupKey, PyObject>).stamp === c.builtinsStamp
    ? c.value
    : undefined;
}

/** The value an entry holds (for the specialiser's facts). */
export function cachedGlobalValue(entry: number): PyObject {
  return cache[entry].value;
}
