// Where HotPy keeps what it caches between runs: compile results and the host CPython's
// identity (runtime/loader/python-host.ts) and V8's code cache of the CLI bundle
// (runtime/host/bundle-loader.ts). Everything there can be deleted at any time.
//
// What is read back from there is run (bytecode, V8 code), so the folder is used only when it
// belongs to this user and nobody else may write to it (a folder of that name made by another
// user in a shared /tmp is ignored: nothing is cached then).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** The on-disk cache folder: $HOTPY_CACHE_DIR, else os.tmpdir()/hotpy-cache-<uid>. */
export function cacheDir(): string {
  const env = process.env["HOTPY_CACHE_DIR"];
  if (env) return env;
  const uid = typeof process.getuid === "function" ? String(process.getuid()) : os.userInfo().username;
  return path.join(os.tmpdir(), `hotpy-cache-${uid}`);
}

let checked: { dir: string; ok: boolean } | undefined;

/** cacheDir(), made if missing, when it is this user's and not writable by others; else
 *  undefined (caching is an optimisation only). Checked once per process and folder. */
export function trustedCacheDir(): string | undefined {
  const dir = cacheDir();
  if (checked?.dir === dir) return checked.ok ? dir : undefined;
  let ok = false;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.statSync(dir);
    const mine = typeof process.getuid !== "function" || st.uid === process.getuid();
    ok = st.isDirectory() && mine && (st.mode & 0o022) === 0;
  } catch {
    ok = false;
  }
  checked = { dir, ok };
  return ok ? dir : undefined;
}
