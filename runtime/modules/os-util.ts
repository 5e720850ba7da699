// Shared by the _io and posix modules: OSError construction from Node's fs errors (glibc's
// strerror texts, CPython's errno → OSError subclass mapping), file-descriptor positions (Node
// has no lseek, so descriptors we open are read and written at positions we track), the set of
// streams holding unwritten data (flushed before file-system queries and at exit, standing in
// for CPython's flush-on-deallocation), and path-argument conversion (os.fspath).
import { workingDir } from "../interp/working-dir.js";
import { closeSync, fstatSync, readSync, writeSync } from "node:fs";
import { None, PyBaseException, PyBoxed, PyBytes, PyDict, PyObject } from "../objects/core.js";
import { excType, newException, OSErrorType, typeError, valueError } from "../objects/exceptions.js";
import { dictSet } from "../objects/hashtable.js";
import { callBound, lookupType, typeOf } from "../objects/protocol.js";
import { encodeStr } from "../objects/str.js";
import { ERRNO } from "./errno.js";
import { host } from "../host/embed.js";
import { checkPath, fdAllowed } from "../host/sandbox.js";

// ---------------------------------------------------------------------------------------------
// errno → message / exception type

const STRERROR_TEXT =
  "Success|Operation not permitted|No such file or directory|No such process|Interrupted system call|Input/output error|" +
  "No such device or address|Argument list too long|Exec format error|Bad file descriptor|No child processes|" +
  "Resource temporarily unavailable|Cannot allocate memory|Permission denied|Bad address|Block device required|" +
  "Device or resource busy|File exists|Invalid cross-device link|No such device|Not a directory|Is a directory|" +
  "Invalid argument|Too many open files in system|Too many open files|Inappropriate ioctl for device|Text file busy|" +
  "File too large|No space left on device|Illegal seek|Read-only file system|Too many links|Broken pipe|" +
  "Numerical argument out of domain|Numerical result out of range|Resource deadlock avoided|File name too long|" +
  "No locks available|Function not implemented|Directory not empty|Too many levels of symbolic links|Unknown error 41|" +
  "No message of desired type|Identifier removed|Channel number out of range|Level 2 not synchronized|Level 3 halted|" +
  "Level 3 reset|Link number out of range|Protocol driver not attached|No CSI structure available|Level 2 halted|" +
  "Invalid exchange|Invalid request descriptor|Exchange full|No anode|Invalid request code|Invalid slot|Unknown error 58|" +
  "Bad font file format|Device not a stream|No data available|Timer expired|Out of streams resources|" +
  "Machine is not on the network|Package not installed|Object is remote|Link has been severed|Advertise error|" +
  "Srmount error|Communication error on send|Protocol error|Multihop attempted|RFS specific error|Bad message|" +
  "Value too large for defined data type|Name not unique on network|File descriptor in bad state|" +
  "Remote address changed|Can not access a needed shared library|Accessing a corrupted shared library|" +
  ".lib section in a.out corrupted|Attempting to link in too many shared libraries|" +
  "Cannot exec a shared library directly|Invalid or incomplete multibyte or wide character|" +
  "Interrupted system call should be restarted|Streams pipe error|Too many users|Socket operation on non-socket|" +
  "Destination address required|Message too long|Protocol wrong type for socket|Protocol not available|" +
  "Protocol not supported|Socket type not supported|Operation not supported|Protocol family not supported|" +
  "Address family not supported by protocol|Address already in use|Cannot assign requested address|Network is down|" +
  "Network is unreachable|Network dropped connection on reset|Software caused connection abort|" +
  "Connection reset by peer|No buffer space available|Transport endpoint is already connected|" +
  "Transport endpoint is not connected|Cannot send after transport endpoint shutdown|" +
  "Too many references: cannot splice|Connection timed out|Connection refused|Host is down|No route to host|" +
  "Operation already in progress|Operation now in progress|Stale file handle|Structure needs cleaning|" +
  "Not a XENIX named type file|No XENIX semaphores available|Is a named type file|Remote I/O error|" +
  "Disk quota exceeded|No medium found|Wrong medium type|Operation canceled|Required key not available|" +
  "Key has expired|Key has been revoked|Key was rejected by service|Owner died|State not recoverable|" +
  "Operation not possible due to RF-kill|Memory page has hardware error";
const STRERROR = STRERROR_TEXT.split("|");

/** os.strerror(n): glibc's message. */
export function strerror(n: number): string {
  return n >= 0 && n < STRERROR.length ? STRERROR[n] : `Unknown error ${n}`;
}

export const ENOENT = 2;
export const EBADF = 9;
export const EAGAIN = 11;
export const EEXIST = 17;
export const ENOTDIR = 20;
export const EISDIR = 21;
export const EINVAL = 22;
export const ENOTTY = 25;
export const ESPIPE = 29;
export const ENOSYS = 38;

/** CPython's errno → OSError subclass table (Objects/exceptions.c). */
const ERRNO_EXCEPTION = new Map<number, string>([
  [11, "BlockingIOError"],
  [114, "BlockingIOError"],
  [115, "BlockingIOError"],
  [10, "ChildProcessError"],
  [32, "BrokenPipeError"],
  [108, "BrokenPipeError"],
  [103, "ConnectionAbortedError"],
  [111, "ConnectionRefusedError"],
  [104, "ConnectionResetError"],
  [17, "FileExistsError"],
  [2, "FileNotFoundError"],
  [21, "IsADirectoryError"],
  [20, "NotADirectoryError"],
  [4, "InterruptedError"],
  [13, "PermissionError"],
  [1, "PermissionError"],
  [3, "ProcessLookupError"],
  [110, "TimeoutError"],
]);

const CODE_TO_ERRNO = new Map<string, number>(ERRNO);

/** OSError (or the subclass CPython picks for errno) with errno, strerror and filename. */
export function osError(errno: number, filename?: PyObject, filename2?: PyObject): PyBaseException {
  const t = excType(ERRNO_EXCEPTION.get(errno) ?? "OSError");
  const e = filename === undefined ? newException(t, errno, strerror(errno)) : newException(t, errno, strerror(errno), filename);
  if (filename2 !== undefined) dictSet((e.dict ??= new PyDict()), "filename2", filename2);
  return e;
}

/** The errno of a Node fs error, or undefined if it is not a system error. */
export function nodeErrno(e: unknown): number | undefined {
  if (e === null || typeof e !== "object") return undefined;
  const ne = e as NodeJS.ErrnoException;
  if (typeof ne.errno === "number" && ne.errno !== 0) return Math.abs(ne.errno);
  if (typeof ne.code === "string") return CODE_TO_ERRNO.get(ne.code);
  return undefined;
}

/** Converts a Node fs error to the OSError CPython raises; other errors pass through. */
export function fromNodeError(e: unknown, filename?: PyObject, filename2?: PyObject): unknown {
  if (e instanceof PyBaseException) return e;
  const n = nodeErrno(e);
  if (n === undefined) return e;
  return osError(n, filename, filename2);
}

/** Runs a Node fs call, turning its errors into OSError. */
export function sys<T>(f: () => T, filename?: PyObject, filename2?: PyObject): T {
  try {
    return f();
  } catch (e) {
    throw fromNodeError(e, filename, filename2);
  }
}

export { OSErrorType };

// ---------------------------------------------------------------------------------------------
// File descriptors: positions for the ones we opened (pread/pwrite at a tracked offset), the
// kernel's own offset for the others (standard streams, pipes, terminals).

interface FdInfo {
  pos: number;
  seekable: boolean;
  append: boolean;
}
const fdTable = new Map<number, FdInfo>();

/** Starts tracking a descriptor this process opened. */
export function trackFd(fd: number, append: boolean): void {
  let seekable = false;
  let size = 0;
  try {
    const st = fstatSync(fd);
    seekable = st.isFile() || st.isBlockDevice();
    size = st.size;
  } catch {
    /* leave it unseekable */
  }
  fdTable.set(fd, { pos: append && seekable ? size : 0, seekable, append });
}

export function untrackFd(fd: number): void {
  fdTable.delete(fd);
}

/** Whether fd is a descriptor we position ourselves (and so can seek). */
export function fdSeekable(fd: number): boolean {
  const info = fdTable.get(fd);
  return info !== undefined && info.seekable;
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Under a sandbox, a descriptor the VM did not open for Python does not exist for it. */
export function checkFd(fd: number): void {
  if (!fdAllowed(fd, (n) => fdTable.has(n))) throw osError(EBADF);
}

/** read(2): bytes read into buf[off…off+len) (0 at end of file). */
export function fdRead(fd: number, buf: Uint8Array, off: number, len: number): number {
  const info = fdTable.get(fd);
  if (info === undefined && fd === 0 && host.stdio !== null) return host.stdio.read(buf, off, len);
  checkFd(fd);
  for (;;) {
    try {
      if (info !== undefined && info.seekable) {
        const n = readSync(fd, buf, off, len, info.pos);
        info.pos += n;
        return n;
      }
      return readSync(fd, buf, off, len, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        sleepMs(2);
        continue;
      }
      if (code === "EOF") return 0;
      throw fromNodeError(e);
    }
  }
}

/** write(2): bytes written from data[off…off+len). */
export function fdWrite(fd: number, data: Uint8Array, off: number, len: number): number {
  const info = fdTable.get(fd);
  if (info === undefined && (fd === 1 || fd === 2) && host.stdio !== null) {
    host.stdio.write(fd, data.slice(off, off + len));
    return len;
  }
  checkFd(fd);
  for (;;) {
    try {
      if (info !== undefined && info.seekable) {
        if (info.append) {
          const n = writeSync(fd, data, off, len, null);
          info.pos = fstatSync(fd).size;
          return n;
        }
        const n = writeSync(fd, data, off, len, info.pos);
        info.pos += n;
        return n;
      }
      return writeSync(fd, data, off, len, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        sleepMs(2);
        continue;
      }
      // the reader of our standard output went away (`| head`): drop the data quietly
      if (code === "EPIPE" && (fd === 1 || fd === 2) && info === undefined) return len;
      throw fromNodeError(e);
    }
  }
}

/** Writes all of data. */
export function fdWriteAll(fd: number, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) off += fdWrite(fd, data, off, data.length - off);
}

/** lseek(2) for tracked descriptors; ESPIPE for the others. */
export function fdSeek(fd: number, pos: number, whence: number): number {
  checkFd(fd);
  const info = fdTable.get(fd);
  if (info === undefined || !info.seekable) {
    try {
      fstatSync(fd);
    } catch (e) {
      throw fromNodeError(e);
    }
    throw osError(ESPIPE);
  }
  let target: number;
  if (whence === 0) target = pos;
  else if (whence === 1) target = info.pos + pos;
  else if (whence === 2) target = sys(() => fstatSync(fd).size) + pos;
  else throw osError(EINVAL);
  if (target < 0) throw osError(EINVAL);
  info.pos = target;
  return target;
}

/** close(2). */
export function fdClose(fd: number): void {
  checkFd(fd);
  // the embedder's standard streams are not the process's descriptors: closing them ends
  // nothing of the host
  if (host.stdio !== null && fd <= 2 && !fdTable.has(fd)) return;
  fdTable.delete(fd);
  sys(() => closeSync(fd));
}

// ---------------------------------------------------------------------------------------------
// Streams with unwritten data

export interface Flushable {
  flushDirty(): void;
}
const dirty = new Set<Flushable>();

export function markDirty(s: Flushable): void {
  dirty.add(s);
}
export function markClean(s: Flushable): void {
  dirty.delete(s);
}
/** Writes out every stream's pending data (errors are ignored, as at deallocation). */
export function flushAllDirty(): void {
  if (dirty.size === 0) return;
  for (const s of [...dirty]) {
    dirty.delete(s);
    try {
      s.flushDirty();
    } catch {
      /* "Exception ignored in …" */
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Paths

/** os.fspath(x): str or bytes, via __fspath__ for other objects; undefined if x has none. */
export function fspathMaybe(x: PyObject): string | PyBytes | PyObject | undefined {
  if (typeof x === "string" || x instanceof PyBytes) return x;
  if (x instanceof PyBoxed && (typeof x.value === "string" || x.value instanceof PyBytes)) return x;
  const t = typeOf(x);
  const m = lookupType(t, "__fspath__");
  if (m === undefined || m === None) return undefined;
  const r = callBound(m, x, []);
  if (typeof r === "string" || r instanceof PyBytes || (r instanceof PyBoxed && (typeof r.value === "string" || r.value instanceof PyBytes))) return r;
  throw typeError(`expected ${t.name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`);
}

export function fspath(x: PyObject): PyObject {
  const r = fspathMaybe(x);
  if (r === undefined) throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(x).name}`);
  return r;
}

/** A path argument ready for Node: a string, or a Buffer for bytes (and undecodable str). */
export interface FsPath {
  /** what Node's fs functions take: relative paths resolved against the working directory */
  fs: string | Buffer;
  /** the path as the program gave it (a symlink's target, the prefix of scandir's entries) */
  given: string | Buffer;
  /** the str/bytes value (os.fspath of the argument), for error messages */
  obj: PyObject;
  bytes: boolean;
}

const SURROGATE = /[\ud800-\udfff]/;

export { workingDir };

function resolved(p: string | Buffer): string | Buffer {
  if (workingDir.path === process.cwd()) return p;
  if (typeof p === "string") return p.startsWith("/") ? p : p === "" ? p : `${workingDir.path}/${p}`;
  return p.length === 0 || p[0] === 0x2f ? p : Buffer.concat([Buffer.from(workingDir.path + "/"), p]);
}

/** Converts a str/bytes value (already fspath'ed) for Node, checking for NUL characters. */
export function toFsPath(v: PyObject, fname: string | null): FsPath {
  const raw = v instanceof PyBoxed ? v.value : v;
  if (typeof raw === "string") {
    if (raw.includes("\0")) throw valueError("embedded null byte");
    const given = SURROGATE.test(raw) ? Buffer.from(encodeStr(raw, "utf-8", "surrogateescape")) : raw;
    return { fs: resolved(given), given, obj: v, bytes: false };
  }
  const b = (raw as PyBytes).bytes;
  if (b.includes(0)) throw valueError(fname !== null ? `${fname}: embedded null character in path` : "embedded null byte");
  return { fs: resolved(Buffer.from(b)), given: Buffer.from(b), obj: v, bytes: true };
}

/**
 * posixmodule's path_converter: str, bytes or os.PathLike (and, if allowFd, an int file
 * descriptor), with CPython's "fname: path should be string, bytes, os.PathLike…" message.
 */
export function pathArg(x: PyObject, fname: string, allowFd: boolean, allowNone = false): FsPath | number {
  if (allowFd && (typeof x === "number" || typeof x === "bigint" || typeof x === "boolean")) {
    const fd = Number(x);
    checkFd(fd);
    return fd;
  }
  const v = fspathMaybe(x);
  if (v === undefined) {
    const kinds = allowFd ? (allowNone ? "string, bytes, os.PathLike, integer or None" : "string, bytes, os.PathLike or integer") : allowNone ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike";
    throw typeError(`${fname}: path should be ${kinds}, not ${typeOf(x).name}`);
  }
  const p = toFsPath(v, fname);
  checkPath(p.fs, WRITING_FUNCTIONS.has(fname), p.obj);
  return p;
}

/** posix functions that create, change or remove what their path names (the sandbox asks for
 *  write access); the others read. posix.open asks for write access itself by its flags. */
const WRITING_FUNCTIONS = new Set(["mkdir", "rmdir", "remove", "unlink", "rename", "replace", "chmod", "chown", "symlink", "link", "truncate", "utime"]);
