// Loads the CLI bundle (dist/runtime/cli/hotpy-cli.cjs, made by runtime/bin/bundle.mjs) with a
// V8 code cache: the first run compiles it and, at exit, saves the bytecode V8 made for every
// function that ran (`vm.Script#createCachedData`) into the cache folder; later runs hand it
// back, so V8 neither parses nor compiles those functions again.
//
// The bundle is used only when its manifest matches: the bundle and every module it was made
// from have the size and modification time recorded at build time. Otherwise (dist/ rebuilt
// without bundling, HOTPY_BUNDLE=0) the caller loads dist/'s modules one by one. The code
// cache file is named after the bundle's identity and Node's version; V8 itself also refuses a
// cache made by another V8, with other flags or for other source (`cachedDataRejected`).
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { trustedCacheDir } from "./cache-dir.js";

/** [path relative to the package root, size, mtimeMs] */
type Stamp = [string, number, number];

interface Manifest {
  bundle: Stamp;
  encoding: "latin1" | "utf8";
  inputs: Stamp[];
}

/** What loading the bundle did, for --stats and the tests. */
export const bundleStats: { used: boolean; codeCache: "none" | "accepted" | "rejected" } = { used: false, codeCache: "none" };

let pendingCache: { script: Script; file: string } | null = null;

function matches(root: string, [rel, size, mtimeMs]: Stamp): boolean {
  try {
    const st = statSync(join(root, rel));
    return st.size === size && st.mtimeMs === mtimeMs;
  } catch {
    return false;
  }
}

/** A short stable name for the cache file of this bundle under this Node. */
function cacheName(m: Manifest): string {
  const key = `${m.bundle.join(":")}|${process.version}|${process.arch}|${process.versions.v8}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `v8-cli-${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}.bin`;
}

/**
 * The exports of the bundle at `bundleFile` (beside it, `<name>.json` is its manifest), or
 * undefined when it is missing, stale or turned off: the caller then imports the modules.
 * `root` is the package root the manifest's paths are relative to.
 */
export function loadBundle<T>(root: string, bundleFile: string): T | undefined {
  if (process.env["HOTPY_BUNDLE"] === "0") return undefined;
  let m: Manifest;
  try {
    m = JSON.parse(readFileSync(bundleFile.replace(/\.cjs$/, ".json"), "utf8")) as Manifest;
  } catch {
    return undefined;
  }
  if (!matches(root, m.bundle) || !m.inputs.every((s) => matches(root, s))) return undefined;
  const source = readFileSync(bundleFile, m.encoding);
  const dir = trustedCacheDir();
  const cacheFile = dir === undefined ? undefined : join(dir, cacheName(m));
  let cachedData: Buffer | undefined;
  try {
    cachedData = cacheFile === undefined ? undefined : readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // the CommonJS wrapper, as Node's own loader adds it
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundleFile,
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    bundleStats.codeCache = cachedData === undefined ? "none" : "rejected";
    if (cacheFile !== undefined) pendingCache = { script, file: cacheFile };
  } else {
    bundleStats.codeCache = "accepted";
  }
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (...a: unknown[]) => void;
  wrapper(module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
  bundleStats.used = true;
  return module.exports;
}

/** Saves the code cache if this run had none (call after the program ran, so that it holds
 *  the functions start-up compiled). Best effort: a failure only costs the next start-up. */
export function saveCodeCache(): void {
  if (pendingCache === null) return;
  const { script, file } = pendingCache;
  pendingCache = null;
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      /* ignore */
    }
  }
}
