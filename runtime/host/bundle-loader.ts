// Loads the CLI bundle (dist/runtime/cli/hotpy-cli.cjs, made by runtime/bin/bundle.mjs) with a
// V8 code cache: the first run compiles it and, at exit, saves the bytecode V8 made for every
// function that ran (`vm.Script#createCachedData`) into the cache folder; later runs hand it
// back, so V8 neither parses nor compiles those functions again, and a long run that compiled
// more saves it again (GROW_AFTER_MS). One cache file per bundle path and Node version,
// overwritten when the bundle is rebuilt.
//
// The bundle is used only when its manifest matches: the bundle has the size recorded at build
// time, and the files every rebuild of dist/ rewrites (tsc's incremental build info), where they
// exist, the size and modification time recorded then. Otherwise (dist/ rebuilt without bundling, HOTPY_BUNDLE=0) the caller loads
// dist/'s modules one by one. A dist/ file edited by hand is not noticed: HOTPY_BUNDLE=0. The code
// cache is used only for the bundle (size, mtime) and Node it was made for; V8 itself also
// refuses a cache made by another V8 or with other flags (`cachedDataRejected`).
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { trustedCacheDir } from "./cache-dir.js";
import { restoreStartV8Flags } from "./v8-flags.js";

/** [path relative to the package root, size, mtimeMs] */
type Stamp = [string, number, number];

export interface Manifest {
  bundle: Stamp;
  encoding: "latin1" | "utf8";
  /** the file holds the bundle inside WRAPPER_HEAD…WRAPPER_TAIL (else the bare CommonJS code) */
  wrapped?: boolean;
  /** files every rebuild of dist/ rewrites (tsc's build info, package-lock.json) */
  watch: Stamp[];
}

/** What loading the bundle did, for --stats and the tests. */
export const bundleStats: { used: boolean; codeCache: "none" | "accepted" | "rejected" } = { used: false, codeCache: "none" };

/** The script to save a code cache of at exit, where, and the size of the cache it was loaded
 *  with (0: none). */
let pendingCache: { script: Script; file: string; stamp: Buffer; loadedSize: number; loadedAt: number } | null = null;

// A cache made after a run holds only the functions that run used: the first run's, usually a
// short program's. A longer run compiles many more (a library's import: jinja2's took 1.73 s with
// the cache a hello run made, 1.56 s with one made after it), so a run that lasted GROW_AFTER_MS
// makes the cache again and keeps it when it came out GROW_BY larger. Making it costs a run
// 10-20 ms, which only runs that long pay.
/** The function the bundle's CommonJS code is the body of (its module scope). */
export const WRAPPER_HEAD = "(function (exports, require, module, __filename, __dirname) {";
export const WRAPPER_TAIL = "\n})";

const GROW_AFTER_MS = 500;
const GROW_BY = 1.05;

/** The file is as recorded (size -1: it did not exist then). A watched file that is missing
 *  now says nothing (an installed package has no build files; a rebuild makes them again). */
function matches(root: string, [rel, size, mtimeMs]: Stamp): boolean {
  const st = statSync(join(root, rel), { throwIfNoEntry: false });
  if (st === undefined) return true;
  return st.size === size && st.mtimeMs === mtimeMs;
}

/** The cache file's name: one per bundle path and Node, so a rebuild overwrites its own. */
function cacheName(bundleFile: string): string {
  const key = `${bundleFile}|${process.version}|${process.arch}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `v8-cli-${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}.bin`;
}

// The cache file: "HPV8", u32 LE length of the stamp, the stamp (which bundle, which V8), the
// data. V8 checks a cache against the source's length only, so the stamp must match exactly.
const TAG = Buffer.from("HPV8", "latin1");

function cacheStamp(m: Manifest): Buffer {
  return Buffer.from(`${m.bundle.join(":")}|${process.version}|${process.versions.v8}|${process.arch}`, "utf8");
}

function cachedDataFor(file: string, stamp: Buffer): Buffer | undefined {
  let b: Buffer;
  try {
    b = readFileSync(file);
  } catch {
    return undefined;
  }
  if (b.length < 8 || !b.subarray(0, 4).equals(TAG)) return undefined;
  const n = b.readUInt32LE(4);
  if (n !== stamp.length || !b.subarray(8, 8 + n).equals(stamp)) return undefined;
  return b.subarray(8 + n);
}

/**
 * The manifest of the bundle at `bundleFile` when the bundle is up to date and not turned off
 * (HOTPY_BUNDLE=0), else undefined. `root` is the package root the manifest's paths are
 * relative to.
 */
export function currentManifest(root: string, bundleFile: string): Manifest | undefined {
  if (process.env["HOTPY_BUNDLE"] === "0") return undefined;
  let m: Manifest;
  try {
    m = JSON.parse(readFileSync(bundleFile.replace(/\.cjs$/, ".json"), "utf8")) as Manifest;
  } catch {
    return undefined;
  }
  // the bundle and its manifest are written together; its size says they still belong
  // together (its mtime is not kept by npm pack), and the manifest's stamp names the code cache
  const bundleSize = statSync(bundleFile, { throwIfNoEntry: false })?.size;
  if (bundleSize !== m.bundle[1]) return undefined;
  if (!Array.isArray(m.watch) || !m.watch.every((s) => matches(root, s))) return undefined;
  return m;
}

/**
 * The exports of the bundle at `bundleFile` (beside it, `<name>.json` is its manifest), or
 * undefined when it is missing, stale or turned off: the caller then imports the modules.
 * `root` is the package root the manifest's paths are relative to.
 */
export function loadBundle<T>(root: string, bundleFile: string): T | undefined {
  const m = currentManifest(root, bundleFile);
  if (m === undefined) return undefined;
  // (a wrapped bundle's text is the script's source: no second copy of it is made)
  const text = readFileSync(bundleFile, m.encoding);
  const source = m.wrapped === true ? text : `${WRAPPER_HEAD}${text}${WRAPPER_TAIL}`;
  const dir = trustedCacheDir();
  const cacheFile = dir === undefined ? undefined : join(dir, cacheName(bundleFile));
  const stamp = cacheStamp(m);
  const cachedData = cacheFile === undefined ? undefined : cachedDataFor(cacheFile, stamp);
  // the CommonJS wrapper, as Node's own loader adds it
  const script = new Script(source, {
    filename: bundleFile,
    cachedData,
  });
  const accepted = cachedData !== undefined && script.cachedDataRejected !== true;
  bundleStats.codeCache = accepted ? "accepted" : cachedData === undefined ? "none" : "rejected";
  if (cacheFile !== undefined) pendingCache = { script, file: cacheFile, stamp, loadedSize: accepted ? cachedData!.length : 0, loadedAt: performance.now() };
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (...a: unknown[]) => void;
  wrapper(module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
  bundleStats.used = true;
  return module.exports;
}

/** Saves the code cache if this run had none, or grows it after a long run (call after the
 *  program ran, so that it holds the functions the run compiled). Best effort: a failure only
 *  costs the next start-up. */
export function saveCodeCache(): void {
  if (pendingCache === null) return;
  const { script, file, stamp, loadedSize, loadedAt } = pendingCache;
  pendingCache = null;
  if (loadedSize > 0 && performance.now() - loadedAt < GROW_AFTER_MS) return;
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    const head = Buffer.alloc(8);
    TAG.copy(head, 0);
    head.writeUInt32LE(stamp.length, 4);
    // V8 stamps the cache with its flags: those the next run starts with (v8-flags.ts)
    restoreStartV8Flags();
    const data = script.createCachedData();
    if (data.length < loadedSize * GROW_BY) return;
    writeFileSync(tmp, Buffer.concat([head, stamp, data]), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      /* ignore */
    }
  }
}
