// The trace manager: traces keyed by (code, loop header), with use counts, bounded in number
// and in total size (thin ops, side traces included); beyond either bound the least-used trace
// is evicted. A trace that assumed a class's version is invalidated when that class (or a base)
// changes: the class tells its watchers (protocol.ts typeModified), nothing is scanned.
import type { PyCode, PyType } from "../objects/core.js";
import type { Trace } from "./trace.js";

export const cacheLimits = {
  /** most traces kept at once */
  traces: 1000,
  /** most thin ops kept at once, over all traces and their side traces */
  ops: 500_000,
};

export const cacheStats = { evicted: 0, invalidated: 0 };

const traces = new Map<PyCode, Map<number, Trace>>();
let count = 0;
let totalOps = 0;
/** thin ops each kept trace accounts for (its side traces included) */
const sizes = new Map<Trace, number>();

export function lookupTrace(code: PyCode, header: number): Trace | undefined {
  return traces.get(code)?.get(header);
}

export function hasTrace(code: PyCode, header: number): boolean {
  return traces.get(code)?.has(header) ?? false;
}

/** Keeps a newly recorded trace, evicting the least used ones to make room. */
export function keepTrace(t: Trace): void {
  let m = traces.get(t.code);
  if (m === undefined) traces.set(t.code, (m = new Map()));
  const old = m.get(t.header);
  if (old !== undefined) drop(old);
  m.set(t.header, t);
  count++;
  sizes.set(t, 0);
  grow(t, t.entries.length);
  watch(t, t.deps);
  while ((count > cacheLimits.traces || totalOps > cacheLimits.ops) && count > 1) if (!evictLeastUsed(t)) break;
}

/** A side trace of `root` was recorded: its ops and assumptions count as the root's. */
export function addSideTrace(root: Trace, side: Trace): void {
  for (const d of side.deps) if (!root.deps.includes(d)) root.deps.push(d);
  watch(root, side.deps);
  if (sizes.has(root)) grow(root, side.entries.length);
}

function grow(t: Trace, n: number): void {
  sizes.set(t, sizes.get(t)! + n);
  totalOps += n;
}

function watch(t: Trace, deps: readonly PyType[]): void {
  const watcher = watcherOf(t);
  for (const d of deps) (d.versionWatchers ??= new Set()).add(watcher);
}

const watchers = new WeakMap<Trace, { typeChanged(): void }>();
function watcherOf(t: Trace): { typeChanged(): void } {
  let w = watchers.get(t);
  if (w === undefined) {
    w = {
      typeChanged: () => {
        if (t.invalid) return;
        t.invalid = true;
        cacheStats.invalidated++;
        if (lookupTrace(t.code, t.header) === t) drop(t);
      },
    };
    watchers.set(t, w);
  }
  return w;
}

/** Takes a trace out of use (it is recorded again when its loop gets hot): what it assumed no
 *  longer holds. */
export function invalidateTrace(t: Trace): void {
  watcherOf(t).typeChanged();
}

function drop(t: Trace): void {
  traces.get(t.code)!.delete(t.header);
  count--;
  totalOps -= sizes.get(t) ?? 0;
  sizes.delete(t);
}

/** Evicts the least-used trace other than `keep`; false if there is none. */
function evictLeastUsed(keep: Trace): boolean {
  let worst: Trace | null = null;
  for (const m of traces.values()) for (const t of m.values()) if (t !== keep && (worst === null || t.runs < worst.runs)) worst = t;
  if (worst === null) return false;
  drop(worst);
  cacheStats.evicted++;
  return true;
}
