// The sandbox's checks: every host access Python code directs (open, os.* on paths and
// descriptors, imports from sys.path, source lines for tracebacks, os.system, subprocess,
// sockets) asks here first when the VM runs under a policy (runtime/host/embed.ts). A denied
// access raises PermissionError before the host is touched. Paths are compared after resolving
// symbolic links (of the longest part that exists), so a link inside a granted folder does not
// lead out of it. Without a policy (the CLI) every check passes.
import { PyBaseException, PyObject } from "../objects/core.js";
import { excType, newException } from "../objects/exceptions.js";
import { hostInfo } from "../loader/python-host.js";
import { canonicalPath, host } from "./embed.js";

const EACCES = 13;
const EPERM = 1;

function within(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith("/") ? root : root + "/");
}

let stdlibRoots: string[] | null = null;
function readRoots(): string[] {
  stdlibRoots ??= hostInfo().stdlibDirs.map(canonicalPath);
  const s = host.sandbox!;
  return [...stdlibRoots, ...s.read, ...s.write];
}

function denied(errno: number, what: string, filename?: PyObject): PyBaseException {
  const t = excType("PermissionError");
  const msg = `${errno === EACCES ? "Permission denied" : "Operation not permitted"} by the hotpy sandbox (${what})`;
  return filename === undefined ? newException(t, errno, msg) : newException(t, errno, msg, filename);
}

function pathText(p: string | Buffer): string {
  return typeof p === "string" ? p : p.toString("utf8");
}

/** Whether Python may read p (always true without a sandbox). */
export function mayRead(p: string | Buffer): boolean {
  if (host.sandbox === null) return true;
  const c = canonicalPath(pathText(p));
  return readRoots().some((r) => within(r, c));
}

/** Whether Python may write p (always true without a sandbox). */
export function mayWrite(p: string | Buffer): boolean {
  if (host.sandbox === null) return true;
  const c = canonicalPath(pathText(p));
  return host.sandbox.write.some((r) => within(r, c));
}

/** Raises PermissionError unless Python may access p (write: create, change or remove). */
export function checkPath(p: string | Buffer, write: boolean, filename: PyObject): void {
  if (host.sandbox === null) return;
  if (write ? !mayWrite(p) : !mayRead(p)) throw denied(EACCES, write ? "no write access" : "no read access", filename);
}

/** Raises PermissionError unless processes may be started. */
export function checkSpawn(what: string): void {
  if (host.sandbox !== null && !host.sandbox.spawn) throw denied(EPERM, `${what}: starting processes is not granted`);
}

/** Raises PermissionError unless the network is granted. */
export function checkNetwork(what: string): void {
  if (host.sandbox !== null && !host.sandbox.network) throw denied(EPERM, `${what}: network access is not granted`);
}

/** Whether descriptor fd may be used by Python: under a sandbox only the standard streams
 *  (served by the embedder) and descriptors the VM opened for it. */
export function fdAllowed(fd: number, opened: (fd: number) => boolean): boolean {
  return host.sandbox === null || fd <= 2 || opened(fd);
}
