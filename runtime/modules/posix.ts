// The posix module: what Lib/os.py imports (`from posix import *`, _exit, _have_functions) and
// a working set over Node's fs: stat/lstat/fstat (os.stat_result), listdir, scandir (DirEntry),
// getcwd, environ (bytes → bytes, as CPython's posix.environ), mkdir/rmdir/remove/rename,
// descriptor-level open/read/write/lseek/close, access, chmod, utime, readlink/symlink/link,
// truncate, strerror, fspath, urandom, uname, times, system, and the O_*/F_OK… constants.
// Nothing else that starts processes (fork, exec*, spawn*, kill, wait*) exists, so
// `hasattr(os, "fork")` is False. dir_fd arguments are not supported (None only), as on platforms without *at().
import {
  accessSync,
  chmodSync,
  chownSync,
  fchownSync,
  lchownSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  linkSync,
  lstatSync,
  lutimesSync,
  mkdirSync,
  openSync,
  opendirSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  statSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  utimesSync,
  BigIntStats,
  Dirent,
} from "node:fs";
import * as nodeOs from "node:os";
import { isatty as ttyIsatty } from "node:tty";
import { parentPort } from "node:worker_threads";
import { nodeChildProcess, nodeCrypto } from "../host/node-lazy.js";
import { checkPath, checkSpawn } from "../host/sandbox.js";
import { isTerminal } from "./io.js";
import { host } from "../host/embed.js";
import {
  None,
  PyBaseException,
  PyBytes,
  PyDict,
  PyFloat,
  PyInstance,
  PyList,
  PyModule,
  PyObject,
  PyTuple,
  PyType,
  builtinType,
  objectType,
  tupleType,
} from "../objects/core.js";
import { builtinFunction, getter, methods, setNew } from "../objects/define.js";
import { excType, newException, OSErrorType, StopIterationType, typeError, valueError, notImplementedError } from "../objects/exceptions.js";
import { dictSet } from "../objects/hashtable.js";
import { normBig } from "../objects/int.js";
import { callMethod, index, isTrue, nativeNextHooks, repr, toArray, typeOf } from "../objects/protocol.js";
import { stderr, stdout } from "../builtins/stdio.js";
import { decodeBytes, encodeStr } from "../objects/str.js";
import { importModule, registerBuiltinModule } from "../interp/imports.js";
import { clinicArgs } from "./small-util.js";
import {
  checkFd,
  EINVAL,
  ENOSYS,
  ENOTTY,
  fdClose,
  fdRead,
  fdSeek,
  fdWrite,
  flushAllDirty,
  FsPath,
  fspath,
  fromNodeError,
  osError,
  pathArg,
  strerror,
  trackFd,
  workingDir,
} from "./os-util.js";
import { resolve as resolvePath } from "node:path";
import { realpathSync } from "node:fs";

// ---------------------------------------------------------------------------------------------
// Struct sequences (os.stat_result, os.terminal_size, posix.uname_result, posix.times_result)

interface StructSeqInfo {
  module: string;
  name: string;
  /** visible fields (null: unnamed) then the attribute-only ones */
  fields: (string | null)[];
  nSeq: number;
  /** how a missing attribute-only field is filled from the visible ones */
  fill?: (visible: PyObject[], extras: PyObject[]) => void;
}
const structExtras = new WeakMap<PyTuple, PyObject[]>();
const structInfo = new WeakMap<PyType, StructSeqInfo>();

function structSeqType(info: StructSeqInfo): PyType {
  const t = builtinType(info.name, tupleType);
  t.dict.map.set("__module__", info.module);
  structInfo.set(t, info);
  const nFields = info.fields.length;
  const unnamed = info.fields.filter((f) => f === null).length;
  t.dict.map.set("n_sequence_fields", info.nSeq);
  t.dict.map.set("n_fields", nFields);
  t.dict.map.set("n_unnamed_fields", unnamed);
  t.dict.map.set("__match_args__", new PyTuple(info.fields.slice(0, info.nSeq).filter((f): f is string => f !== null)));
  info.fields.forEach((f, i) => {
    if (f === null) return;
    if (i < info.nSeq) getter(t, f, (self) => (self as PyTuple).items[i]);
    else getter(t, f, (self) => structExtras.get(self as PyTuple)?.[i - info.nSeq] ?? None);
  });
  setNew(t, (cls, args, kw) => {
    const [seq, dict] = clinicArgs(`${info.name}`, args, kw, ["sequence", "dict"], 1);
    const items = toArray(seq!);
    const full = `${info.module}.${info.name}()`;
    if (items.length < info.nSeq) {
      if (info.nSeq === nFields) throw typeError(`${full} takes a ${nFields}-sequence (${items.length}-sequence given)`);
      throw typeError(`${full} takes an at least ${info.nSeq}-sequence (${items.length}-sequence given)`);
    }
    if (items.length > nFields) {
      if (info.nSeq === nFields) throw typeError(`${full} takes a ${nFields}-sequence (${items.length}-sequence given)`);
      throw typeError(`${full} takes an at most ${nFields}-sequence (${items.length}-sequence given)`);
    }
    const extras: PyObject[] = [];
    for (let i = info.nSeq; i < nFields; i++) {
      let v: PyObject | undefined = items[i];
      if (v === undefined && dict instanceof PyDict) {
        const name = info.fields[i];
        if (name !== null) v = dict.map.get(name);
      }
      extras.push(v ?? None);
    }
    return makeStruct(cls, items.slice(0, info.nSeq), extras, info);
  });
  // the unnamed fields take the names of the attributes that follow them, as CPython's repr does
  const reprNames: string[] = [];
  let u = 0;
  for (let i = 0; i < info.nSeq; i++) {
    const f = info.fields[i];
    if (f !== null) reprNames.push(f);
    else {
      const later = info.fields.slice(info.nSeq).filter((x): x is string => x !== null);
      reprNames.push(later[u++] ?? `field${i}`);
    }
  }
  methods(t, {
    __repr__: (self) => {
      const items = (self as PyTuple).items;
      return `${info.module}.${info.name}(${items.map((v, i) => `${reprNames[i]}=${repr(v)}`).join(", ")})`;
    },
    __reduce__: (self) => {
      const tp = self as PyTuple;
      const d = new PyDict();
      const ex = structExtras.get(tp) ?? [];
      info.fields.slice(info.nSeq).forEach((f, i) => {
        if (f !== null) dictSet(d, f, ex[i] ?? None);
      });
      return new PyTuple([t, new PyTuple([new PyTuple(tp.items.slice()), d])]);
    },
  });
  return t;
}

function makeStruct(cls: PyType, visible: PyObject[], extras: PyObject[], info?: StructSeqInfo): PyTuple {
  const tp = new PyTuple(visible, cls);
  const inf = info ?? structInfo.get(cls);
  if (inf?.fill) inf.fill(visible, extras);
  if (extras.length > 0) structExtras.set(tp, extras);
  return tp;
}

const STAT_FIELDS: (string | null)[] = [
  "st_mode",
  "st_ino",
  "st_dev",
  "st_nlink",
  "st_uid",
  "st_gid",
  "st_size",
  null,
  null,
  null,
  "st_atime",
  "st_mtime",
  "st_ctime",
  "st_atime_ns",
  "st_mtime_ns",
  "st_ctime_ns",
  "st_blksize",
  "st_blocks",
  "st_rdev",
];
export const statResultType = structSeqType({
  module: "os",
  name: "stat_result",
  fields: STAT_FIELDS,
  nSeq: 10,
  fill: (visible, extras) => {
    // st_atime/st_mtime/st_ctime default to the integer fields
    for (let i = 0; i < 3; i++) if (extras[i] === None) extras[i] = visible[7 + i];
  },
});
export const terminalSizeType = structSeqType({ module: "os", name: "terminal_size", fields: ["columns", "lines"], nSeq: 2 });
const unameResultType = structSeqType({ module: "posix", name: "uname_result", fields: ["sysname", "nodename", "release", "version", "machine"], nSeq: 5 });
const timesResultType = structSeqType({ module: "posix", name: "times_result", fields: ["user", "system", "children_user", "children_system", "elapsed"], nSeq: 5 });

const NS = 1_000_000_000n;
function statResult(st: BigIntStats): PyTuple {
  const ns = (v: bigint) => normBig(v);
  const sec = (v: bigint) => normBig(v >= 0n ? v / NS : -((-v + NS - 1n) / NS));
  const fsec = (v: bigint) => {
    const s = v >= 0n ? v / NS : -((-v + NS - 1n) / NS);
    return new PyFloat(Number(s) + Number(v - s * NS) * 1e-9);
  };
  const visible: PyObject[] = [
    normBig(st.mode),
    normBig(st.ino),
    normBig(st.dev),
    normBig(st.nlink),
    normBig(st.uid),
    normBig(st.gid),
    normBig(st.size),
    sec(st.atimeNs),
    sec(st.mtimeNs),
    sec(st.ctimeNs),
  ];
  const extras: PyObject[] = [
    fsec(st.atimeNs),
    fsec(st.mtimeNs),
    fsec(st.ctimeNs),
    ns(st.atimeNs),
    ns(st.mtimeNs),
    ns(st.ctimeNs),
    normBig(st.blksize),
    normBig(st.blocks),
    normBig(st.rdev),
  ];
  return makeStruct(statResultType, visible, extras);
}

// ---------------------------------------------------------------------------------------------
// Helpers

function fsCall<T>(f: () => T, filename?: PyObject, filename2?: PyObject): T {
  try {
    return f();
  } catch (e) {
    throw fromNodeError(e, filename, filename2);
  }
}

function intArg(x: PyObject | undefined, dflt: number): number {
  if (x === undefined) return dflt;
  if (typeof x === "number") return x;
  if (typeOf(x).name === "float") throw typeError("'float' object cannot be interpreted as an integer");
  return Number(index(x));
}

function noDirFd(x: PyObject | undefined, fname: string): void {
  if (x !== undefined && x !== None) throw notImplementedError("dir_fd unavailable on this platform");
  void fname;
}

function followArg(x: PyObject | undefined): boolean {
  return x === undefined ? true : isTrue(x);
}

/** A path as the str/bytes flavour of the argument. */
function pathOut(name: Buffer | string, asBytes: boolean): PyObject {
  if (asBytes) return new PyBytes(new Uint8Array(typeof name === "string" ? Buffer.from(name) : name));
  if (typeof name === "string") return name;
  return decodeBytes(new Uint8Array(name.buffer, name.byteOffset, name.length), "utf-8", "surrogateescape");
}

function requirePath(x: PyObject | undefined, fname: string): FsPath {
  const p = pathArg(x!, fname, false);
  return p as FsPath;
}

function bytesOf(x: PyObject, what: string): Uint8Array {
  if (x instanceof PyBytes) return x.bytes;
  if (typeof x === "string") return encodeStr(x, "utf-8", "surrogateescape");
  const v = fspath(x);
  if (v instanceof PyBytes) return v.bytes;
  if (typeof v === "string") return encodeStr(v, "utf-8", "surrogateescape");
  throw typeError(`${what}: expected str or bytes, not ${typeOf(x).name}`);
}

function statAny(p: FsPath | number, follow: boolean): PyTuple {
  flushAllDirty();
  if (typeof p === "number") {
    checkFd(p);
    return statResult(fsCall(() => fstatSync(p, { bigint: true })));
  }
  return statResult(fsCall(() => (follow ? statSync(p.fs, { bigint: true }) : lstatSync(p.fs, { bigint: true })), p.obj));
}

// ---------------------------------------------------------------------------------------------
// scandir / DirEntry

export const DirEntryType = builtinType("DirEntry", objectType);
DirEntryType.dict.map.set("__module__", "posix");
const ScandirIteratorType = builtinType("ScandirIterator", objectType);
ScandirIteratorType.dict.map.set("__module__", "posix");

class DirEntryObj extends PyInstance {
  statCache: PyTuple | null = null;
  lstatCache: PyTuple | null = null;
  constructor(
    readonly name: PyObject,
    readonly path: PyObject,
    readonly fsPath: string | Buffer,
    readonly dirent: Dirent | null,
  ) {
    super(DirEntryType);
  }
  lstat(): PyTuple {
    if (this.lstatCache === null) this.lstatCache = statResult(fsCall(() => lstatSync(this.fsPath, { bigint: true }), this.path));
    return this.lstatCache;
  }
  stat(follow: boolean): PyTuple {
    if (!follow || !this.isSymlink()) return this.lstat();
    if (this.statCache === null) this.statCache = statResult(fsCall(() => statSync(this.fsPath, { bigint: true }), this.path));
    return this.statCache;
  }
  modeOf(follow: boolean): number | null {
    try {
      return Number((this.stat(follow).items[0] as number) & 0o170000);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls === excType("FileNotFoundError")) return null;
      throw e;
    }
  }
  isSymlink(): boolean {
    if (this.dirent !== null && !isUnknown(this.dirent)) return this.dirent.isSymbolicLink();
    return (Number(this.lstat().items[0]) & 0o170000) === 0o120000;
  }
  isDir(follow: boolean): boolean {
    if (this.dirent !== null && !isUnknown(this.dirent) && !(follow && this.dirent.isSymbolicLink())) return this.dirent.isDirectory();
    return this.modeOf(follow) === 0o040000;
  }
  isFile(follow: boolean): boolean {
    if (this.dirent !== null && !isUnknown(this.dirent) && !(follow && this.dirent.isSymbolicLink())) return this.dirent.isFile();
    return this.modeOf(follow) === 0o100000;
  }
}

function isUnknown(d: Dirent): boolean {
  return !(d.isFile() || d.isDirectory() || d.isSymbolicLink() || d.isFIFO() || d.isSocket() || d.isCharacterDevice() || d.isBlockDevice());
}

function entry(x: PyObject): DirEntryObj {
  if (!(x instanceof DirEntryObj)) throw typeError(`descriptor requires a 'posix.DirEntry' object but received a '${typeOf(x).name}'`);
  return x;
}

methods(DirEntryType, {
  is_dir: (self, args, kw) => {
    const [follow] = clinicArgs("is_dir", args, kw, ["follow_symlinks"], 0, 0, 0);
    return entry(self).isDir(followArg(follow));
  },
  is_file: (self, args, kw) => {
    const [follow] = clinicArgs("is_file", args, kw, ["follow_symlinks"], 0, 0, 0);
    return entry(self).isFile(followArg(follow));
  },
  is_symlink: (self) => entry(self).isSymlink(),
  stat: (self, args, kw) => {
    const [follow] = clinicArgs("stat", args, kw, ["follow_symlinks"], 0, 0, 0);
    return entry(self).stat(followArg(follow));
  },
  inode: (self) => {
    const e = entry(self);
    return e.lstat().items[1];
  },
  is_junction: () => false,
  __fspath__: (self) => entry(self).path,
  __repr__: (self) => `<DirEntry ${repr(entry(self).name)}>`,
});
getter(DirEntryType, "name", (self) => entry(self).name);
getter(DirEntryType, "path", (self) => entry(self).path);
setNew(DirEntryType, () => {
  throw typeError("cannot create 'posix.DirEntry' instances");
});

class ScandirIteratorObj extends PyInstance {
  i = 0;
  constructor(public entries: DirEntryObj[]) {
    super(ScandirIteratorType);
  }
}
function scanIt(x: PyObject): ScandirIteratorObj {
  if (!(x instanceof ScandirIteratorObj)) throw typeError("expected a posix.ScandirIterator");
  return x;
}
function scandirNext(self: PyObject): PyObject | undefined {
  const it = scanIt(self);
  if (it.i >= it.entries.length) return undefined;
  return it.entries[it.i++];
}
nativeNextHooks.set(ScandirIteratorType, scandirNext);
methods(ScandirIteratorType, {
  __iter__: (self) => self,
  __next__: (self) => {
    const r = scandirNext(self);
    if (r === undefined) throw newException(StopIterationType);
    return r;
  },
  close: (self) => {
    const it = scanIt(self);
    it.entries = [];
    it.i = 0;
    return None;
  },
  __enter__: (self) => self,
  __exit__: (self) => {
    scanIt(self).entries = [];
    return false;
  },
});

function readDir(p: FsPath | number | null): { names: Buffer[]; dirents: Dirent[]; base: FsPath | null } {
  // the working directory (no path given) is read as any other folder
  if (p === null) checkPath(".", false, ".");
  flushAllDirty();
  const target: string | Buffer = p === null ? workingDir.path : typeof p === "number" ? `/proc/self/fd/${p}` : p.fs;
  const filename: PyObject | undefined = p === null ? "." : typeof p === "number" ? p : p.obj;
  // opendir/readdir keep the file system's order (what CPython returns); readdirSync sorts
  const dirents = fsCall(() => {
    const dir = opendirSync(target as string, { encoding: "buffer" as BufferEncoding });
    const out: Dirent[] = [];
    try {
      for (let e = dir.readSync(); e !== null; e = dir.readSync()) out.push(e);
    } finally {
      dir.closeSync();
    }
    return out;
  }, filename);
  const names = dirents.map((d) => d.name as unknown as Buffer);
  return { names, dirents, base: p === null || typeof p === "number" ? null : p };
}

function joinPath(base: string | Buffer, name: Buffer): Buffer {
  const b = typeof base === "string" ? Buffer.from(base) : base;
  if (b.length === 0 || b[b.length - 1] === 0x2f) return Buffer.concat([b, name]);
  return Buffer.concat([b, Buffer.from("/"), name]);
}

function scandir(pathObj: PyObject | undefined): ScandirIteratorObj {
  const p = pathObj === undefined || pathObj === None ? null : pathArg(pathObj, "scandir", true, true);
  const { names, dirents, base } = readDir(p);
  const asBytes = base !== null && base.bytes;
  const basePath: string | Buffer = p === null ? "." : typeof p === "number" ? "" : p.given;
  const fsBase: string | Buffer = p === null ? workingDir.path : typeof p === "number" ? `/proc/self/fd/${p}` : p.fs;
  const entries = names.map((nm, i) => {
    const full = typeof p === "number" ? nm : joinPath(basePath, nm);
    return new DirEntryObj(pathOut(nm, asBytes), pathOut(full, asBytes), joinPath(fsBase, nm), dirents[i]);
  });
  return new ScandirIteratorObj(entries);
}

// ---------------------------------------------------------------------------------------------
// environ

/** The environment Python sees: the host's, or under a sandbox only what the policy grants. */
function environSource(): Record<string, string | undefined> {
  return host.sandbox !== null ? host.sandbox.env : process.env;
}

function buildEnviron(): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(environSource())) {
    if (v === undefined) continue;
    dictSet(d, new PyBytes(new Uint8Array(Buffer.from(k, "utf8"))), new PyBytes(new Uint8Array(Buffer.from(v, "utf8"))));
  }
  return d;
}

function envString(b: Uint8Array): string {
  return Buffer.from(b).toString("utf8");
}

// ---------------------------------------------------------------------------------------------
// Constants

const INT_CONSTANTS =
  "EX_CANTCREAT:73 EX_CONFIG:78 EX_DATAERR:65 EX_IOERR:74 EX_NOHOST:68 EX_NOINPUT:66 EX_NOPERM:77 EX_NOUSER:67 EX_OK:0 " +
  "EX_OSERR:71 EX_OSFILE:72 EX_PROTOCOL:76 EX_SOFTWARE:70 EX_TEMPFAIL:75 EX_UNAVAILABLE:69 EX_USAGE:64 F_OK:0 R_OK:4 W_OK:2 X_OK:1 " +
  "NGROUPS_MAX:65536 O_ACCMODE:3 O_APPEND:1024 O_ASYNC:8192 O_CLOEXEC:524288 O_CREAT:64 O_DIRECT:16384 O_DIRECTORY:65536 " +
  "O_DSYNC:4096 O_EXCL:128 O_FSYNC:1052672 O_LARGEFILE:0 O_NDELAY:2048 O_NOATIME:262144 O_NOCTTY:256 O_NOFOLLOW:131072 " +
  "O_NONBLOCK:2048 O_PATH:2097152 O_RDONLY:0 O_RDWR:2 O_RSYNC:1052672 O_SYNC:1052672 O_TMPFILE:4259840 O_TRUNC:512 O_WRONLY:1 " +
  "SEEK_DATA:3 SEEK_HOLE:4 TMP_MAX:238328 ST_RDONLY:1 ST_NOSUID:2";

const HAVE_FUNCTIONS = ["HAVE_FCHMOD", "HAVE_FCHOWN", "HAVE_FTRUNCATE", "HAVE_LCHOWN", "HAVE_LSTAT"];

// ---------------------------------------------------------------------------------------------
// The module

registerBuiltinModule("posix", (m: PyModule) => {
  const d = m.dict.map;
  // os.py (_fscodec, walk, scandir users, glob…) calls sys.getfilesystemencodeerrors() and
  // sys.audit(); supply them if the sys module lacks them
  const sysMod = importModule("sys");
  if (sysMod instanceof PyModule) {
    const fallbacks: [string, (args: PyObject[], kw: string[] | null) => PyObject][] = [
      ["getfilesystemencodeerrors", () => "surrogateescape"],
      ["audit", () => None],
    ];
    for (const [name, impl] of fallbacks) {
      if (sysMod.dict.map.has(name)) continue;
      const f = builtinFunction(name, impl);
      f.module = "sys";
      sysMod.dict.map.set(name, f);
    }
  }
  const fn = (name: string, f: (args: PyObject[], kw: string[] | null) => PyObject) => {
    const b = builtinFunction(name, f);
    b.module = "posix";
    d.set(name, b);
  };
  const set = (name: string, v: PyObject) => {
    d.set(name, v);
  };
  d.set("__doc__", "This module provides access to operating system functionality that is\nstandardized by the C Standard and POSIX.");
  for (const pair of INT_CONSTANTS.split(" ")) {
    const [k, v] = pair.split(":");
    set(k, Number(v));
  }
  set("error", OSErrorType);
  set("environ", buildEnviron());
  d.set("_have_functions", new PyList(HAVE_FUNCTIONS.slice()));
  set("stat_result", statResultType);
  set("terminal_size", terminalSizeType);
  set("uname_result", unameResultType);
  set("times_result", timesResultType);
  set("DirEntry", DirEntryType);

  // --- paths and directories
  fn("getcwd", () => workingDir.path);
  fn("getcwdb", () => new PyBytes(new Uint8Array(Buffer.from(workingDir.path))));
  fn("chdir", (args, kw) => {
    const [path] = clinicArgs("chdir", args, kw, ["path"], 1);
    const p = pathArg(path!, "chdir", true);
    const target = typeof p === "number" ? `/proc/self/fd/${p}` : p.fs;
    const st = fsCall(() => statSync(target), typeof p === "number" ? p : p.obj);
    if (!st.isDirectory()) throw osError(20, typeof p === "number" ? p : p.obj);
    // the VM's own working directory (a worker thread cannot change the process's)
    const dir = typeof target === "string" ? target : target.toString("utf8");
    workingDir.path = realpathSync(resolvePath(workingDir.path, dir));
    return None;
  });
  fn("listdir", (args, kw) => {
    const [path] = clinicArgs("listdir", args, kw, ["path"], 0);
    const p = path === undefined || path === None ? null : pathArg(path, "listdir", true, true);
    const { names, base } = readDir(p);
    const asBytes = base !== null && base.bytes;
    return new PyList(names.map((n) => pathOut(n, asBytes)));
  });
  fn("scandir", (args, kw) => {
    const [path] = clinicArgs("scandir", args, kw, ["path"], 0);
    return scandir(path);
  });
  fn("mkdir", (args, kw) => {
    const [path, mode, dirFd] = clinicArgs("mkdir", args, kw, ["path", "mode", "dir_fd"], 1, 0, 2);
    noDirFd(dirFd, "mkdir");
    const p = requirePath(path, "mkdir");
    flushAllDirty();
    fsCall(() => mkdirSync(p.fs, { mode: intArg(mode, 0o777) }), p.obj);
    return None;
  });
  fn("rmdir", (args, kw) => {
    const [path, dirFd] = clinicArgs("rmdir", args, kw, ["path", "dir_fd"], 1, 0, 1);
    noDirFd(dirFd, "rmdir");
    const p = requirePath(path, "rmdir");
    flushAllDirty();
    fsCall(() => rmdirSync(p.fs), p.obj);
    return None;
  });
  for (const name of ["remove", "unlink"])
    fn(name, (args, kw) => {
      const [path, dirFd] = clinicArgs(name, args, kw, ["path", "dir_fd"], 1, 0, 1);
      noDirFd(dirFd, name);
      const p = requirePath(path, name);
      flushAllDirty();
      fsCall(() => unlinkSync(p.fs), p.obj);
      return None;
    });
  for (const name of ["rename", "replace"])
    fn(name, (args, kw) => {
      const [src, dst, srcFd, dstFd] = clinicArgs(name, args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 0, 2);
      noDirFd(srcFd, name);
      noDirFd(dstFd, name);
      const s = requirePath(src, name);
      const t = requirePath(dst, name);
      flushAllDirty();
      fsCall(() => renameSync(s.fs, t.fs), s.obj, t.obj);
      return None;
    });
  fn("stat", (args, kw) => {
    const [path, dirFd, follow] = clinicArgs("stat", args, kw, ["path", "dir_fd", "follow_symlinks"], 1, 0, 1);
    noDirFd(dirFd, "stat");
    return statAny(pathArg(path!, "stat", true), followArg(follow));
  });
  fn("lstat", (args, kw) => {
    const [path, dirFd] = clinicArgs("lstat", args, kw, ["path", "dir_fd"], 1, 0, 1);
    noDirFd(dirFd, "lstat");
    return statAny(requirePath(path, "lstat"), false);
  });
  fn("fstat", (args, kw) => {
    const [fd] = clinicArgs("fstat", args, kw, ["fd"], 1);
    return statAny(intArg(fd, 0), true);
  });
  fn("access", (args, kw) => {
    const [path, mode, dirFd, effective, follow] = clinicArgs("access", args, kw, ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, 0, 2);
    noDirFd(dirFd, "access");
    if (effective !== undefined && isTrue(effective)) throw notImplementedError("access: effective_ids unavailable on this platform");
    void follow;
    const p = pathArg(path!, "access", false) as FsPath;
    flushAllDirty();
    try {
      accessSync(p.fs, intArg(mode, 0));
      return true;
    } catch {
      return false;
    }
  });
  fn("chmod", (args, kw) => {
    const [path, mode, dirFd, follow] = clinicArgs("chmod", args, kw, ["path", "mode", "dir_fd", "follow_symlinks"], 2, 0, 2);
    noDirFd(dirFd, "chmod");
    if (follow !== undefined && !isTrue(follow)) throw notImplementedError("chmod: follow_symlinks unavailable on this platform");
    const p = pathArg(path!, "chmod", true);
    const m = intArg(mode, 0);
    if (typeof p === "number") fsCall(() => fchmodSync(p, m));
    else fsCall(() => chmodSync(p.fs, m), p.obj);
    return None;
  });
  fn("chown", (args, kw) => {
    const [path, uid, gid, dirFd, follow] = clinicArgs("chown", args, kw, ["path", "uid", "gid", "dir_fd", "follow_symlinks"], 3, 0, 3);
    noDirFd(dirFd, "chown");
    const p = pathArg(path!, "chown", true);
    const u = intArg(uid, -1);
    const g = intArg(gid, -1);
    if (typeof p === "number") fsCall(() => fchownSync(p, u, g));
    else if (followArg(follow)) fsCall(() => chownSync(p.fs, u, g), p.obj);
    else fsCall(() => lchownSync(p.fs, u, g), p.obj);
    return None;
  });
  fn("readlink", (args, kw) => {
    const [path, dirFd] = clinicArgs("readlink", args, kw, ["path", "dir_fd"], 1, 0, 1);
    noDirFd(dirFd, "readlink");
    const p = requirePath(path, "readlink");
    const r = fsCall(() => readlinkSync(p.fs, { encoding: "buffer" }), p.obj);
    return pathOut(r, p.bytes);
  });
  fn("symlink", (args, kw) => {
    const [src, dst, , dirFd] = clinicArgs("symlink", args, kw, ["src", "dst", "target_is_directory", "dir_fd"], 2, 0, 3);
    noDirFd(dirFd, "symlink");
    const s = requirePath(src, "symlink");
    const t = requirePath(dst, "symlink");
    fsCall(() => symlinkSync(s.given, t.fs), s.obj, t.obj);
    return None;
  });
  fn("link", (args, kw) => {
    const [src, dst] = clinicArgs("link", args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 2, 0, 2);
    const s = requirePath(src, "link");
    const t = requirePath(dst, "link");
    fsCall(() => linkSync(s.fs, t.fs), s.obj, t.obj);
    return None;
  });
  fn("truncate", (args, kw) => {
    const [path, length] = clinicArgs("truncate", args, kw, ["path", "length"], 2);
    const p = pathArg(path!, "truncate", true);
    const n = intArg(length, 0);
    flushAllDirty();
    if (typeof p === "number") fsCall(() => ftruncateSync(p, n));
    else fsCall(() => truncateSync(p.fs, n), p.obj);
    return None;
  });
  fn("utime", (args, kw) => {
    const [path, times, ns, dirFd, follow] = clinicArgs("utime", args, kw, ["path", "times", "ns", "dir_fd", "follow_symlinks"], 1, 0, 2);
    noDirFd(dirFd, "utime");
    const p = requirePath(path, "utime");
    let at: number, mt: number;
    const haveTimes = times !== undefined && times !== None;
    if (haveTimes && ns !== undefined) throw valueError("utime: you may specify either 'times' or 'ns' but not both");
    if (haveTimes) {
      if (!(times instanceof PyTuple) || times.items.length !== 2) throw typeError("utime: 'times' must be either a tuple of two ints or None");
      const num = (x: PyObject) => (x instanceof PyFloat ? x.value : Number(index(x)));
      at = num(times.items[0]);
      mt = num(times.items[1]);
    } else if (ns !== undefined) {
      if (!(ns instanceof PyTuple) || ns.items.length !== 2) throw typeError("utime: 'ns' must be a tuple of two ints");
      at = Number(index(ns.items[0])) / 1e9;
      mt = Number(index(ns.items[1])) / 1e9;
    } else {
      at = mt = Date.now() / 1000;
    }
    flushAllDirty();
    if (followArg(follow)) fsCall(() => utimesSync(p.fs, at, mt), p.obj);
    else fsCall(() => lutimesSync(p.fs, at, mt), p.obj);
    return None;
  });
  fn("fspath", (args, kw) => {
    const [path] = clinicArgs("fspath", args, kw, ["path"], 1);
    return fspath(path!);
  });

  // --- file descriptors
  fn("open", (args, kw) => {
    const [path, flags, mode, dirFd] = clinicArgs("open", args, kw, ["path", "flags", "mode", "dir_fd"], 2, 0, 3);
    noDirFd(dirFd, "open");
    const p = requirePath(path, "open");
    const fl = intArg(flags, 0);
    // O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND change the file
    if ((fl & (1 | 2 | 64 | 512 | 1024)) !== 0) checkPath(p.fs, true, p.obj);
    flushAllDirty();
    const fd = fsCall(() => openSync(p.fs, fl | 0x80000, intArg(mode, 0o777)), p.obj);
    trackFd(fd, (fl & 1024) !== 0);
    return fd;
  });
  fn("close", (args, kw) => {
    const [fd] = clinicArgs("close", args, kw, ["fd"], 1);
    fdClose(intArg(fd, 0));
    return None;
  });
  fn("closerange", (args) => {
    const lo = intArg(args[0], 0);
    const hi = intArg(args[1], 0);
    for (let fd = Math.max(lo, 0); fd < hi; fd++) {
      try {
        fdClose(fd);
      } catch {
        /* ignored, as CPython does */
      }
    }
    return None;
  });
  fn("read", (args, kw) => {
    const [fdObj, nObj] = clinicArgs("read", args, kw, ["fd", "length"], 2, 2);
    const n = intArg(nObj, 0);
    if (n < 0) throw osError(EINVAL);
    const b = new Uint8Array(n);
    const got = fdRead(intArg(fdObj, 0), b, 0, n);
    return new PyBytes(got === n ? b : b.slice(0, got));
  });
  fn("write", (args, kw) => {
    const [fdObj, data] = clinicArgs("write", args, kw, ["fd", "data"], 2, 2);
    const fd = intArg(fdObj, 0);
    const b = data instanceof PyBytes ? data.bytes : bytesOf(data!, "write");
    if (typeof data === "string") throw typeError(`a bytes-like object is required, not 'str'`);
    if (fd === 1 || fd === 2) flushStdStreams();
    return fdWrite(fd, b, 0, b.length);
  });
  fn("lseek", (args, kw) => {
    const [fd, pos, how] = clinicArgs("lseek", args, kw, ["fd", "position", "whence"], 3, 3);
    return fdSeek(intArg(fd, 0), intArg(pos, 0), intArg(how, 0));
  });
  fn("isatty", (args, kw) => {
    const [fd] = clinicArgs("isatty", args, kw, ["fd"], 1, 1);
    return isTerminal(intArg(fd, 0));
  });
  fn("ftruncate", (args, kw) => {
    const [fd, length] = clinicArgs("ftruncate", args, kw, ["fd", "length"], 2, 2);
    checkFd(intArg(fd, 0));
    fsCall(() => ftruncateSync(intArg(fd, 0), intArg(length, 0)));
    return None;
  });
  fn("fsync", (args, kw) => {
    const [fd] = clinicArgs("fsync", args, kw, ["fd"], 1);
    const n = typeof fd === "number" || typeof fd === "bigint" ? Number(fd) : intArg(callMethodFileno(fd!), 0);
    checkFd(n);
    fsCall(() => fsyncSync(n));
    return None;
  });
  fn("device_encoding", (args, kw) => {
    const [fd] = clinicArgs("device_encoding", args, kw, ["fd"], 1);
    try {
      return ttyIsatty(intArg(fd, 0)) ? "UTF-8" : None;
    } catch {
      return None;
    }
  });
  fn("get_terminal_size", (args) => {
    const fd = args.length > 0 ? intArg(args[0], 1) : 1;
    let tty = false;
    try {
      tty = ttyIsatty(fd);
    } catch {
      tty = false;
    }
    const cols = (process.stdout as { columns?: number } | undefined)?.columns;
    const rows = (process.stdout as { rows?: number } | undefined)?.rows;
    if (!tty || cols === undefined || rows === undefined) throw osError(ENOTTY);
    return makeStruct(terminalSizeType, [cols, rows], []);
  });

  // --- environment
  fn("putenv", (args, kw) => {
    const [name, value] = clinicArgs("putenv", args, kw, ["name", "value"], 2, 2);
    const k = envString(bytesOf(name!, "putenv"));
    if (k.length === 0 || k.includes("=")) throw valueError("illegal environment variable name");
    environSource()[k] = envString(bytesOf(value!, "putenv"));
    return None;
  });
  fn("unsetenv", (args, kw) => {
    const [name] = clinicArgs("unsetenv", args, kw, ["name"], 1, 1);
    const k = envString(bytesOf(name!, "unsetenv"));
    if (k.length === 0 || k.includes("=")) throw valueError("illegal environment variable name");
    delete environSource()[k];
    return None;
  });

  // --- os.system: /bin/sh -c COMMAND, its wait status returned (exit code << 8, or the signal)
  fn("system", (args, kw) => {
    const [command] = clinicArgs("system", args, kw, ["command"], 1, 1);
    const cmd = envString(bytesOf(command!, "system"));
    checkSpawn("os.system");
    // an embedded VM's standard streams are the embedder's: the command's output is handed on
    const embedded = host.stdio !== null;
    const r = nodeChildProcess().spawnSync("/bin/sh", ["-c", cmd], { stdio: embedded ? ["ignore", "pipe", "pipe"] : "inherit", env: environSource() as NodeJS.ProcessEnv });
    if (embedded) {
      if (r.stdout && r.stdout.length > 0) host.stdio!.write(1, new Uint8Array(r.stdout));
      if (r.stderr && r.stderr.length > 0) host.stdio!.write(2, new Uint8Array(r.stderr));
    }
    if (r.error !== undefined) throw fromNodeError(r.error);
    if (r.signal !== null) return nodeOs.constants.signals[r.signal] ?? 0;
    return ((r.status ?? 0) & 0xff) << 8;
  });

  // --- process information (nothing else that creates or signals processes)
  fn("getpid", () => process.pid);
  fn("getppid", () => process.ppid);
  // wait statuses: the VM starts no child, so waiting finds none (ECHILD), as it would in CPython
  fn("waitpid", () => {
    throw osError(10);
  });
  fn("wait", () => {
    throw osError(10);
  });
  // no pipes between processes either: subprocess.Popen stops here with ENOSYS
  fn("pipe", () => {
    throw osError(ENOSYS);
  });
  const statusFn = (name: string, f: (st: number) => PyObject) =>
    fn(name, (args, kw) => {
      const [status] = clinicArgs(name, args, kw, ["status"], 1, 1);
      return f(intArg(status, 0));
    });
  statusFn("WIFEXITED", (st) => (st & 0x7f) === 0);
  statusFn("WEXITSTATUS", (st) => (st >> 8) & 0xff);
  statusFn("WIFSIGNALED", (st) => (st & 0x7f) !== 0 && (st & 0x7f) !== 0x7f);
  statusFn("WTERMSIG", (st) => st & 0x7f);
  statusFn("WIFSTOPPED", (st) => (st & 0xff) === 0x7f);
  statusFn("WSTOPSIG", (st) => (st >> 8) & 0xff);
  statusFn("WIFCONTINUED", (st) => st === 0xffff);
  statusFn("WCOREDUMP", (st) => (st & 0x80) !== 0);
  statusFn("waitstatus_to_exitcode", (st) => {
    if ((st & 0x7f) === 0) return (st >> 8) & 0xff;
    if ((st & 0xff) !== 0x7f && st !== 0xffff) return -(st & 0x7f);
    throw valueError(`invalid wait status: ${st}`);
  });
  d.set("WNOHANG", 1);
  d.set("WUNTRACED", 2);
  d.set("WCONTINUED", 8);
  fn("getuid", () => (process.getuid ? process.getuid() : 0));
  fn("geteuid", () => (process.geteuid ? process.geteuid() : 0));
  fn("getgid", () => (process.getgid ? process.getgid() : 0));
  fn("getegid", () => (process.getegid ? process.getegid() : 0));
  fn("getgroups", () => new PyList((process.getgroups ? process.getgroups() : []).map((g) => g)));
  fn("umask", (args, kw) => {
    const [mask] = clinicArgs("umask", args, kw, ["mask"], 1, 1);
    const m = intArg(mask, 0);
    try {
      return process.umask(m);
    } catch {
      // worker threads may only read the mask
      return process.umask();
    }
  });
  fn("strerror", (args, kw) => {
    const [code] = clinicArgs("strerror", args, kw, ["code"], 1, 1);
    return strerror(intArg(code, 0));
  });
  fn("urandom", (args, kw) => {
    const [size] = clinicArgs("urandom", args, kw, ["size"], 1, 1);
    const n = intArg(size, 0);
    if (n < 0) throw valueError("negative argument not allowed");
    const b = new Uint8Array(n);
    if (n > 0) nodeCrypto().randomFillSync(b);
    return new PyBytes(b);
  });
  fn("cpu_count", () => {
    const n = nodeOs.cpus().length;
    return n > 0 ? n : None;
  });
  fn("getloadavg", () => new PyTuple(nodeOs.loadavg().map((x) => new PyFloat(x))));
  fn("uname", () => {
    const machine = typeof nodeOs.machine === "function" ? nodeOs.machine() : process.arch;
    return makeStruct(unameResultType, [nodeOs.type(), nodeOs.hostname(), nodeOs.release(), nodeOs.version(), machine], []);
  });
  fn("times", () => {
    const u = process.cpuUsage();
    const f = (x: number) => new PyFloat(Math.round(x * 100) / 100);
    return makeStruct(timesResultType, [f(u.user / 1e6), f(u.system / 1e6), f(0), f(0), f(nodeOs.uptime())], []);
  });
  // --- wait statuses. This VM starts no child processes, so waiting finds none (ECHILD, as a
  // process without children gets); the status decoders are the POSIX macros.
  d.set("WNOHANG", 1);
  d.set("WUNTRACED", 2);
  d.set("WCONTINUED", 8);
  fn("waitpid", (args, kw) => {
    clinicArgs("waitpid", args, kw, ["pid", "options"], 2, 2);
    throw osError(10);
  });
  fn("wait", () => {
    throw osError(10);
  });
  const status = (name: string, args: PyObject[], kw: string[] | null) => intArg(clinicArgs(name, args, kw, ["status"], 1)[0], 0);
  fn("WIFEXITED", (args, kw) => (status("WIFEXITED", args, kw) & 0x7f) === 0);
  fn("WEXITSTATUS", (args, kw) => (status("WEXITSTATUS", args, kw) >> 8) & 0xff);
  fn("WIFSIGNALED", (args, kw) => {
    const sig = status("WIFSIGNALED", args, kw) & 0x7f;
    return sig !== 0 && sig !== 0x7f;
  });
  fn("WTERMSIG", (args, kw) => status("WTERMSIG", args, kw) & 0x7f);
  fn("WIFSTOPPED", (args, kw) => (status("WIFSTOPPED", args, kw) & 0xff) === 0x7f);
  fn("WSTOPSIG", (args, kw) => (status("WSTOPSIG", args, kw) >> 8) & 0xff);
  fn("WIFCONTINUED", (args, kw) => status("WIFCONTINUED", args, kw) === 0xffff);
  fn("WCOREDUMP", (args, kw) => (status("WCOREDUMP", args, kw) & 0x80) !== 0);
  fn("waitstatus_to_exitcode", (args, kw) => {
    const s = status("waitstatus_to_exitcode", args, kw);
    if ((s & 0x7f) === 0) return (s >> 8) & 0xff;
    if ((s & 0x7f) !== 0x7f) return -(s & 0x7f);
    throw valueError(`invalid wait status: ${s}`);
  });

  fn("_exit", (args, kw) => {
    const [status] = clinicArgs("_exit", args, kw, ["status"], 1, 1);
    const code = intArg(status, 0) & 0xff;
    // no clean-up, but what was printed still appears (as with CPython unbuffered or on a terminal)
    flushStdStreams();
    if (parentPort) parentPort.postMessage(code);
    process.exit(code);
  });

});

/** Writes out sys.stdout/sys.stderr before raw writes to descriptors 1 and 2. */
function flushStdStreams(): void {
  for (const s of [stdout, stderr]) {
    try {
      s.flushPending();
      s.stream().flushOut();
    } catch {
      /* closed or detached */
    }
  }
}

function callMethodFileno(x: PyObject): PyObject {
  return callMethod(x, "fileno", []);
}
