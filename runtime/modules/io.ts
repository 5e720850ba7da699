// The _io module (CPython's Modules/_io), as Lib/io.py imports it: the abstract bases _IOBase,
// _RawIOBase, _BufferedIOBase and _TextIOBase (whose methods work through Python attribute
// calls, so user subclasses behave as in CPython), and native StringIO, BytesIO, FileIO,
// BufferedReader/Writer/Random/RWPair, TextIOWrapper and IncrementalNewlineDecoder, plus open().
//
// Layering is CPython's: open() gives TextIOWrapper → Buffered* → FileIO. Each layer talks to
// the one below through a small interface, implemented directly when the lower object is one
// of ours and by Python method calls otherwise (a user raw stream, a BytesIO under a text
// wrapper…). Text positions from tell() are byte offsets (CPython's opaque cookies reduce to
// those whenever the decoder holds no state). Unwritten data of files nobody closed is flushed
// before later file-system operations and at exit (os-util's dirty set), standing in for
// CPython's flush when a file object is deallocated.
import { ftruncateSync, fstatSync, openSync } from "node:fs";
import { isatty as ttyIsatty } from "node:tty";
import {
  None,
  PyBaseException,
  PyBoxed,
  PyBuiltinFunction,
  PyByteArray,
  PyBytes,
  PyDict,
  PyInstance,
  PyList,
  PyModule,
  PyObject,
  PyTuple,
  PyType,
  builtinType,
  frozensetType,
  objectType,
} from "../objects/core.js";
import { builtinFunction, getter, methods } from "../objects/define.js";
import {
  excType,
  newException,
  OSErrorType,
  StopIterationType,
  typeError,
  ValueErrorType,
  valueError,
} from "../objects/exceptions.js";
import { dictSet, newSet } from "../objects/hashtable.js";
import {
  call,
  callMethod,
  getAttr,
  getAttrMaybe,
  getIter,
  index,
  isTrue,
  iterNext,
  len,
  lookupType,
  nativeNextHooks,
  repr,
  strLength,
  typeOf,
} from "../objects/protocol.js";
import { decodeBytes, encodeStr, lookupCodec } from "../objects/str.js";
import { builtinsDict, registerBuiltinModule } from "../interp/imports.js";
import { host } from "../host/embed.js";
import { checkPath } from "../host/sandbox.js";
import { bytesLike, clinicArgs, newExceptionClass, writableBytes } from "./small-util.js";
import {
  checkFd,
  EISDIR,
  fdClose,
  fdRead,
  fdSeek,
  fdSeekable,
  fdWrite,
  flushAllDirty,
  fromNodeError,
  fspathMaybe,
  markClean,
  markDirty,
  osError,
  toFsPath,
  trackFd,
  untrackFd,
} from "./os-util.js";

export const DEFAULT_BUFFER_SIZE = 8192;
const EMPTY = new Uint8Array(0);
const SURROGATE = /[\ud800-\udfff]/;
const C1 = "I/O operation on closed file";
const C2 = "I/O operation on closed file.";

// ---------------------------------------------------------------------------------------------
// Types

function ioType(name: string, base: PyType, abstract = false): PyType {
  const t = builtinType(name, base);
  t.dict.map.set("__module__", "_io");
  t.hasDict = true;
  // the abstract bases have object's layout, so user subclasses are plain instances
  if (abstract) t.solidBase = objectType;
  return t;
}

export const IOBaseType = ioType("_IOBase", objectType, true);
export const RawIOBaseType = ioType("_RawIOBase", IOBaseType, true);
export const BufferedIOBaseType = ioType("_BufferedIOBase", IOBaseType, true);
export const TextIOBaseType = ioType("_TextIOBase", IOBaseType, true);
export const FileIOType = ioType("FileIO", RawIOBaseType);
export const BytesIOType = ioType("BytesIO", BufferedIOBaseType);
export const BufferedReaderType = ioType("BufferedReader", BufferedIOBaseType);
export const BufferedWriterType = ioType("BufferedWriter", BufferedIOBaseType);
export const BufferedRandomType = ioType("BufferedRandom", BufferedIOBaseType);
export const BufferedRWPairType = ioType("BufferedRWPair", BufferedIOBaseType);
export const StringIOType = ioType("StringIO", TextIOBaseType);
export const TextIOWrapperType = ioType("TextIOWrapper", TextIOBaseType);
export const IncrementalNewlineDecoderType = ioType("IncrementalNewlineDecoder", objectType);

// io.py derives ABCMeta classes from the abstract bases; _py_abc reads their
// __abstractmethods__ with getattr(base, "__abstractmethods__", set()), which needs a value here
// while getattr's default does not absorb the AttributeError of type.__abstractmethods__.
for (const t of [IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType]) t.dict.map.set("__abstractmethods__", newSet(frozensetType, []));

let unsupportedOperation: PyType | null = null;
/** io.UnsupportedOperation: a subclass of OSError and ValueError. */
export function UnsupportedOperationType(): PyType {
  if (unsupportedOperation === null) unsupportedOperation = newExceptionClass("io", "UnsupportedOperation", [OSErrorType, ValueErrorType]);
  return unsupportedOperation;
}
function unsupported(msg: string): PyBaseException {
  return newException(UnsupportedOperationType(), msg);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const cpLen = strLength;

/** UTF-16 index `n` code points after `from` in s (clamped to s.length). */
function cpAdvance(s: string, from: number, n: number, astral: boolean): number {
  if (!astral) return Math.min(s.length, from + n);
  let i = from;
  while (n > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    n--;
  }
  return i;
}

/** Optional size argument: None or absent → -1 (CPython's _Py_convert_optional_to_ssize_t). */
function sizeArg(x: PyObject | undefined): number {
  if (x === undefined || x === None) return -1;
  if (typeof x === "number") return x;
  if (typeof x === "bigint" || typeof x === "boolean") return Number(x);
  if (lookupType(typeOf(x), "__index__") === undefined) throw typeError(`argument should be integer or None, not '${typeOf(x).name}'`);
  return Number(index(x));
}

function intArg(x: PyObject): number {
  if (typeof x === "number") return x;
  return Number(index(x));
}

function strArg(x: PyObject): string | undefined {
  if (typeof x === "string") return x;
  if (x instanceof PyBoxed && typeof x.value === "string") return x.value;
  return undefined;
}

function needBytes(x: PyObject): Uint8Array {
  const b = bytesLike(x);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
  return b;
}

function concatBytes(parts: Uint8Array[], total?: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const n = total ?? parts.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(n);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

function stopIteration(): PyBaseException {
  return newException(StopIterationType);
}

function setFnModule(f: PyBuiltinFunction): PyBuiltinFunction {
  f.module = "io";
  return f;
}

const SEEN_CR = 1;
const SEEN_LF = 2;
const SEEN_CRLF = 4;

/** Newline kinds present in s (IncrementalNewlineDecoder's seennl bits). */
function scanNewlines(s: string): number {
  const lf = s.indexOf("\n") >= 0;
  if (s.indexOf("\r") < 0) return lf ? SEEN_LF : 0;
  let seen = 0;
  for (let i = s.indexOf("\r"); i >= 0; i = s.indexOf("\r", i + 1)) {
    if (s.charCodeAt(i + 1) === 10) seen |= SEEN_CRLF;
    else seen |= SEEN_CR;
  }
  if (lf && /(^|[^\r])\n/.test(s)) seen |= SEEN_LF;
  return seen;
}

function newlinesValue(seen: number): PyObject {
  switch (seen) {
    case 0:
      return None;
    case SEEN_CR:
      return "\r";
    case SEEN_LF:
      return "\n";
    case SEEN_CRLF:
      return "\r\n";
    case SEEN_CR | SEEN_LF:
      return new PyTuple(["\r", "\n"]);
    case SEEN_CR | SEEN_CRLF:
      return new PyTuple(["\r", "\r\n"]);
    case SEEN_LF | SEEN_CRLF:
      return new PyTuple(["\n", "\r\n"]);
    default:
      return new PyTuple(["\r", "\n", "\r\n"]);
  }
}

/** Validates a `newline` argument as TextIOWrapper/StringIO do. */
function newlineArg(x: PyObject | undefined, what: string): string | null {
  if (x === undefined || x === None) return null;
  const s = strArg(x);
  if (s === undefined) throw typeError(`${what} must be str or None, not ${typeOf(x).name}`);
  if (s !== "" && s !== "\n" && s !== "\r" && s !== "\r\n") throw valueError(`illegal newline value: ${repr(x)}`);
  return s;
}

function lineEndFlags(newline: string | null): { readUniversal: boolean; readTranslate: boolean; readNl: string | null; writeNl: string | null } {
  const readUniversal = newline === null || newline === "";
  const readTranslate = newline === null;
  const readNl = newline === null || newline === "" ? null : newline;
  const writeNl = readNl !== null && readNl !== "\n" ? readNl : null;
  return { readUniversal, readTranslate, readNl, writeNl };
}

function isClosedObj(x: PyObject): boolean {
  return isTrue(getAttr(x, "closed"));
}

// ---------------------------------------------------------------------------------------------
// _IOBase and the other abstract bases: generic behaviour over Python-level calls

function iobaseClosedFlag(self: PyObject): boolean {
  const d = (self as { dict?: PyDict | null }).dict;
  const v = d ? d.map.get("__IOBase_closed") : undefined;
  return v !== undefined && isTrue(v);
}

function checkClosedGeneric(self: PyObject, msg = C2): void {
  if (isClosedObj(self)) throw valueError(msg);
}

/** IOBase.readline over peek()/read(). */
function genericReadline(self: PyObject, limit: number): PyObject {
  const peek = getAttrMaybe(self, "peek");
  const parts: number[] = [];
  while (limit < 0 || parts.length < limit) {
    let nreadahead = 1;
    if (peek !== undefined) {
      const ahead = call(peek, [1]);
      const ab = bytesLike(ahead);
      if (ab === undefined) throw newException(OSErrorType, `peek() should have returned a bytes object, not '${typeOf(ahead).name}'`);
      if (ab.length > 0) {
        let n = 0;
        while (n < ab.length && (limit < 0 || n < limit - parts.length)) {
          if (ab[n++] === 10) break;
        }
        nreadahead = n;
      }
    }
    const got = callMethod(self, "read", [nreadahead]);
    const b = bytesLike(got);
    if (b === undefined) throw newException(OSErrorType, `read() should have returned a bytes object, not '${typeOf(got).name}'`);
    if (b.length === 0) break;
    for (const x of b) parts.push(x);
    if (parts[parts.length - 1] === 10) break;
  }
  return new PyBytes(Uint8Array.from(parts));
}

function genericReadlines(self: PyObject, hintArg: PyObject | undefined): PyObject {
  const hint = sizeArg(hintArg);
  const out: PyObject[] = [];
  const it = getIter(self);
  let total = 0;
  for (;;) {
    const line = iterNext(it);
    if (line === undefined) break;
    out.push(line);
    if (hint > 0) {
      total += len(line);
      if (total > hint) break;
    }
  }
  return new PyList(out);
}

methods(IOBaseType, {
  seek: () => {
    throw unsupported("seek");
  },
  tell: (self) => callMethod(self, "seek", [0, 1]),
  truncate: () => {
    throw unsupported("truncate");
  },
  flush: (self) => {
    if (iobaseClosedFlag(self)) throw valueError(C2);
    return None;
  },
  close: (self) => {
    if (iobaseClosedFlag(self)) return None;
    try {
      callMethod(self, "flush", []);
    } finally {
      const d = (self as { dict?: PyDict | null }).dict;
      if (d) d.map.set("__IOBase_closed", true);
    }
    return None;
  },
  seekable: () => false,
  readable: () => false,
  writable: () => false,
  _checkClosed: (self) => {
    checkClosedGeneric(self);
    return None;
  },
  _checkSeekable: (self) => {
    if (!isTrue(callMethod(self, "seekable", []))) throw unsupported("File or stream is not seekable.");
    return true;
  },
  _checkReadable: (self) => {
    if (!isTrue(callMethod(self, "readable", []))) throw unsupported("File or stream is not readable.");
    return true;
  },
  _checkWritable: (self) => {
    if (!isTrue(callMethod(self, "writable", []))) throw unsupported("File or stream is not writable.");
    return true;
  },
  __enter__: (self) => {
    checkClosedGeneric(self);
    return self;
  },
  __exit__: (self) => callMethod(self, "close", []),
  fileno: () => {
    throw unsupported("fileno");
  },
  isatty: (self) => {
    checkClosedGeneric(self);
    return false;
  },
  readline: (self, args, kw) => {
    const [size] = clinicArgs("readline", args, kw, ["size"], 0, 1);
    return genericReadline(self, sizeArg(size));
  },
  readlines: (self, args, kw) => {
    const [hint] = clinicArgs("readlines", args, kw, ["hint"], 0, 1);
    return genericReadlines(self, hint);
  },
  writelines: (self, args, kw) => {
    const [lines] = clinicArgs("writelines", args, kw, ["lines"], 1, 1);
    checkClosedGeneric(self);
    const it = getIter(lines!);
    for (;;) {
      const line = iterNext(it);
      if (line === undefined) break;
      callMethod(self, "write", [line]);
    }
    return None;
  },
  __iter__: (self) => {
    checkClosedGeneric(self);
    return self;
  },
  __next__: (self) => {
    const line = callMethod(self, "readline", []);
    if (len(line) <= 0) throw stopIteration();
    return line;
  },
});
getter(IOBaseType, "closed", (self) => iobaseClosedFlag(self));
getter(IOBaseType, "__dict__", (self) => ((self as { dict?: PyDict | null }).dict ??= new PyDict()));

methods(RawIOBaseType, {
  read: (self, args, kw) => {
    const [sizeObj] = clinicArgs("read", args, kw, ["size"], 0, 1);
    const size = sizeArg(sizeObj);
    if (size < 0) return callMethod(self, "readall", []);
    const ba = new PyByteArray(new Uint8Array(size), size);
    const n = callMethod(self, "readinto", [ba]);
    if (n === None) return None;
    const got = intArg(n);
    if (got < 0 || got > size) throw valueError(`readinto returned ${got} outside buffer size ${size}`);
    return new PyBytes(ba.bytes.slice(0, got));
  },
  readall: (self) => {
    const parts: Uint8Array[] = [];
    for (;;) {
      const data = callMethod(self, "read", [DEFAULT_BUFFER_SIZE]);
      if (data === None) {
        if (parts.length === 0) return None;
        break;
      }
      const b = bytesLike(data);
      if (b === undefined) throw typeError("read() should return bytes");
      if (b.length === 0) break;
      parts.push(b.slice());
    }
    return new PyBytes(parts.length ? concatBytes(parts) : EMPTY);
  },
});

function bufferedReadintoGeneric(self: PyObject, args: PyObject[], name: string, one: boolean): PyObject {
  const target = writableBytes(args[0]);
  if (target === undefined) throw typeError(`${name}() argument must be read-write bytes-like object, not ${typeOf(args[0]).name}`);
  const data = callMethod(self, one ? "read1" : "read", [target.length]);
  const b = needBytes(data);
  if (b.length > target.length) throw valueError(`read() returned too much data: ${target.length} bytes requested, ${b.length} returned`);
  target.set(b);
  return b.length;
}

methods(BufferedIOBaseType, {
  read: () => {
    throw unsupported("read");
  },
  read1: () => {
    throw unsupported("read1");
  },
  write: () => {
    throw unsupported("write");
  },
  detach: () => {
    throw unsupported("detach");
  },
  readinto: (self, args) => bufferedReadintoGeneric(self, args, "readinto", false),
  readinto1: (self, args) => bufferedReadintoGeneric(self, args, "readinto1", true),
});

methods(TextIOBaseType, {
  read: () => {
    throw unsupported("read");
  },
  readline: () => {
    throw unsupported("readline");
  },
  write: () => {
    throw unsupported("write");
  },
  detach: () => {
    throw unsupported("detach");
  },
});
getter(TextIOBaseType, "encoding", () => None);
getter(TextIOBaseType, "newlines", () => None);
getter(TextIOBaseType, "errors", () => None);

// ---------------------------------------------------------------------------------------------
// StringIO

export class StringIOObj extends PyInstance {
  /** content is text + tail.join("") (appends are collected in tail) */
  text = "";
  tail: string[] = [];
  /** length in code points */
  size = 0;
  /** position in code points, and the matching UTF-16 index (beyond the end: padded length) */
  pos = 0;
  upos = 0;
  /** content has surrogate pairs (code point and UTF-16 indices differ) */
  astral = false;
  closed = false;
  readUniversal = false;
  readTranslate = false;
  readNl: string | null = "\n";
  writeNl: string | null = null;
  seennl = 0;

  value(): string {
    if (this.tail.length > 0) {
      this.text += this.tail.join("");
      this.tail = [];
    }
    return this.text;
  }

  setPos(cp: number): void {
    this.pos = cp;
    if (!this.astral) {
      this.upos = cp;
      return;
    }
    const s = this.value();
    const u = cpAdvance(s, 0, cp, true);
    const inside = cpLen(s.slice(0, u));
    this.upos = u + (cp - inside);
  }

  init(initial: string | null, newline: string | null): void {
    const f = lineEndFlags(newline);
    this.readUniversal = f.readUniversal;
    this.readTranslate = f.readTranslate;
    this.readNl = f.readNl;
    this.writeNl = f.writeNl;
    this.seennl = 0;
    this.text = "";
    this.tail = [];
    this.size = 0;
    this.pos = 0;
    this.upos = 0;
    this.astral = false;
    this.closed = false;
    if (initial !== null && initial.length > 0) this.write(initial);
    this.pos = 0;
    this.upos = 0;
  }

  write(s: string): number {
    const n = cpLen(s);
    if (n === 0) return 0;
    let t = s;
    if (this.readUniversal) {
      this.seennl |= scanNewlines(t);
      if (this.readTranslate && t.indexOf("\r") >= 0) t = t.replace(/\r\n?/g, "\n");
    }
    if (this.writeNl !== null && t.indexOf("\n") >= 0) t = t.split("\n").join(this.writeNl);
    const tl = cpLen(t);
    if (!this.astral && tl !== t.length) {
      this.astral = true;
    }
    if (this.pos > this.size) {
      this.tail.push("\0".repeat(this.pos - this.size));
      this.size = this.pos;
    }
    if (this.pos === this.size) {
      this.tail.push(t);
    } else {
      const v = this.value();
      const endCp = this.pos + tl;
      const rest = endCp >= this.size ? "" : v.slice(cpAdvance(v, this.upos, tl, this.astral));
      this.text = v.slice(0, this.upos) + t + rest;
    }
    this.pos += tl;
    this.upos += t.length;
    if (this.pos > this.size) this.size = this.pos;
    return n;
  }

  read(n: number): string {
    if (this.pos >= this.size) return "";
    const v = this.value();
    const end = n < 0 ? v.length : cpAdvance(v, this.upos, n, this.astral);
    const r = v.slice(this.upos, end);
    this.pos += this.astral ? cpLen(r) : r.length;
    this.upos = end;
    return r;
  }

  readline(limit: number): string {
    if (this.pos >= this.size) return "";
    const v = this.value();
    const start = this.upos;
    let end: number;
    if (this.readTranslate || this.readNl === "\n") {
      const i = v.indexOf("\n", start);
      end = i < 0 ? v.length : i + 1;
    } else if (this.readUniversal) {
      let i = start;
      for (; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c === 10) break;
        if (c === 13) {
          if (v.charCodeAt(i + 1) === 10) i++;
          break;
        }
      }
      end = Math.min(v.length, i + 1);
    } else {
      const i = v.indexOf(this.readNl!, start);
      end = i < 0 ? v.length : i + this.readNl!.length;
    }
    if (limit >= 0) end = Math.min(end, cpAdvance(v, start, limit, this.astral));
    const r = v.slice(start, end);
    this.pos += this.astral ? cpLen(r) : r.length;
    this.upos = end;
    return r;
  }

  truncate(size: number): void {
    if (size < this.size) {
      const v = this.value();
      this.text = v.slice(0, cpAdvance(v, 0, size, this.astral));
      this.size = size;
    }
  }
}
StringIOType.alloc = (cls) => new StringIOObj(cls);

function sio(x: PyObject): StringIOObj {
  if (!(x instanceof StringIOObj)) throw typeError(`descriptor requires a '_io.StringIO' object but received a '${typeOf(x).name}'`);
  return x;
}
function openSio(x: PyObject): StringIOObj {
  const s = sio(x);
  if (s.closed) throw valueError(C1);
  return s;
}

function sioNext(self: PyObject): PyObject | undefined {
  const s = openSio(self);
  if (s.cls !== StringIOType) {
    const line = callMethod(self, "readline", []);
    if (typeof line !== "string" && !(line instanceof PyBoxed)) throw newException(OSErrorType, `readline() should have returned a str object, not '${typeOf(line).name}'`);
    return len(line) > 0 ? line : undefined;
  }
  const line = s.readline(-1);
  return line.length > 0 ? line : undefined;
}
nativeNextHooks.set(StringIOType, sioNext);

methods(StringIOType, {
  __init__: (self, args, kw) => {
    const [initial, newline] = clinicArgs("StringIO", args, kw, ["initial_value", "newline"], 0);
    const nl = newline === undefined ? "\n" : newlineArg(newline, "newline");
    let init: string | null = null;
    if (initial !== undefined && initial !== None) {
      const s = strArg(initial);
      if (s === undefined) throw typeError(`initial_value must be str or None, not ${typeOf(initial).name}`);
      init = s;
    }
    sio(self).init(init, nl);
    return None;
  },
  getvalue: (self) => openSio(self).value(),
  read: (self, args, kw) => {
    const [n] = clinicArgs("read", args, kw, ["size"], 0, 1);
    const s = openSio(self);
    return s.read(sizeArg(n));
  },
  readline: (self, args, kw) => {
    const [n] = clinicArgs("readline", args, kw, ["size"], 0, 1);
    const s = openSio(self);
    return s.readline(sizeArg(n));
  },
  readlines: (self, args, kw) => {
    const [hint] = clinicArgs("readlines", args, kw, ["hint"], 0, 1);
    const s = sio(self);
    if (s.closed) throw valueError(C2);
    if (s.cls !== StringIOType) return genericReadlines(self, hint);
    const h = sizeArg(hint);
    const out: PyObject[] = [];
    let total = 0;
    for (;;) {
      const line = s.readline(-1);
      if (line.length === 0) break;
      out.push(line);
      total += line.length;
      if (h > 0 && total > h) break;
    }
    return new PyList(out);
  },
  write: (self, args, kw) => {
    const [x] = clinicArgs("write", args, kw, ["s"], 1, 1);
    const s = openSio(self);
    const str = strArg(x!);
    if (str === undefined) throw typeError(`string argument expected, got '${typeOf(x!).name}'`);
    return s.write(str);
  },
  seek: (self, args, kw) => {
    const [posObj, whenceObj] = clinicArgs("seek", args, kw, ["pos", "whence"], 1, 2);
    const pos = intArg(posObj!);
    const whence = whenceObj === undefined ? 0 : intArg(whenceObj);
    const s = openSio(self);
    if (whence !== 0 && whence !== 1 && whence !== 2) throw valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    if (pos < 0 && whence === 0) throw valueError(`Negative seek position ${pos}`);
    if (whence !== 0 && pos !== 0) throw newException(OSErrorType, "Can't do nonzero cur-relative seeks");
    if (whence === 1) return s.pos;
    s.setPos(whence === 2 ? s.size : pos);
    return s.pos;
  },
  tell: (self) => openSio(self).pos,
  truncate: (self, args, kw) => {
    const [sizeObj] = clinicArgs("truncate", args, kw, ["pos"], 0, 1);
    const s = openSio(self);
    const size = sizeObj === undefined || sizeObj === None ? s.pos : intArg(sizeObj);
    if (size < 0) throw valueError(`Negative size value ${size}`);
    s.truncate(size);
    return size;
  },
  close: (self) => {
    const s = sio(self);
    s.closed = true;
    s.text = "";
    s.tail = [];
    return None;
  },
  readable: (self) => (openSio(self), true),
  writable: (self) => (openSio(self), true),
  seekable: (self) => (openSio(self), true),
  __next__: (self) => {
    const r = sioNext(self);
    if (r === undefined) throw stopIteration();
    return r;
  },
});
getter(StringIOType, "closed", (self) => sio(self).closed);
getter(StringIOType, "line_buffering", (self) => (openSio(self), false));
getter(StringIOType, "newlines", (self) => {
  const s = openSio(self);
  return s.readUniversal ? newlinesValue(s.seennl) : None;
});

// ---------------------------------------------------------------------------------------------
// Byte streams as the layers above see them

/** What TextIOWrapper needs from its buffer. */
interface BinStream {
  /** up to n bytes with at most one read from the raw layer (empty at EOF, null: no data yet) */
  read1(n: number): Uint8Array | null;
  readAllBytes(): Uint8Array;
  writeBytes(b: Uint8Array): void;
  tellPos(): number;
  seekPos(pos: number, whence: number): number;
  flushOut(): void;
}

/** A Python-level binary stream (any object with read/write/seek/tell/flush). */
class PyBinStream implements BinStream {
  private hasRead1: boolean;
  constructor(readonly obj: PyObject) {
    this.hasRead1 = getAttrMaybe(obj, "read1") !== undefined;
  }
  read1(n: number): Uint8Array | null {
    const r = callMethod(this.obj, this.hasRead1 ? "read1" : "read", [n]);
    if (r === None) return null;
    const b = bytesLike(r);
    if (b === undefined) throw typeError(`underlying ${this.hasRead1 ? "read1" : "read"}() should have returned a bytes-like object, not '${typeOf(r).name}'`);
    return b;
  }
  readAllBytes(): Uint8Array {
    const r = callMethod(this.obj, "read", []);
    if (r === None) return EMPTY;
    const b = bytesLike(r);
    if (b === undefined) throw typeError(`underlying read() should have returned a bytes object, not '${typeOf(r).name}'`);
    return b;
  }
  writeBytes(b: Uint8Array): void {
    callMethod(this.obj, "write", [new PyBytes(b)]);
  }
  tellPos(): number {
    return intArg(callMethod(this.obj, "tell", []));
  }
  seekPos(pos: number, whence: number): number {
    return intArg(callMethod(this.obj, "seek", [pos, whence]));
  }
  flushOut(): void {
    callMethod(this.obj, "flush", []);
  }
}

// ---------------------------------------------------------------------------------------------
// BytesIO

export class BytesIOObj extends PyInstance implements BinStream {
  buf: Uint8Array = EMPTY;
  size = 0;
  pos = 0;
  closed = false;

  reserve(n: number): void {
    if (n <= this.buf.length) return;
    const nb = new Uint8Array(Math.max(n, this.buf.length * 2, 64));
    nb.set(this.buf.subarray(0, this.size));
    this.buf = nb;
  }
  read1(n: number): Uint8Array {
    const end = n < 0 ? this.size : Math.min(this.size, this.pos + n);
    if (end <= this.pos) return EMPTY;
    const r = this.buf.slice(this.pos, end);
    this.pos = end;
    return r;
  }
  readAllBytes(): Uint8Array {
    return this.read1(-1);
  }
  readline(limit: number): Uint8Array {
    if (this.pos >= this.size) return EMPTY;
    const i = this.buf.subarray(0, this.size).indexOf(10, this.pos);
    let end = i < 0 ? this.size : i + 1;
    if (limit >= 0) end = Math.min(end, this.pos + limit);
    const r = this.buf.slice(this.pos, end);
    this.pos = end;
    return r;
  }
  writeBytes(b: Uint8Array): void {
    const n = b.length;
    if (n === 0) return;
    const end = this.pos + n;
    this.reserve(end);
    if (this.pos > this.size) this.buf.fill(0, this.size, this.pos);
    this.buf.set(b, this.pos);
    this.pos = end;
    if (end > this.size) this.size = end;
  }
  tellPos(): number {
    return this.pos;
  }
  seekPos(pos: number, whence: number): number {
    if (whence === 0) {
      if (pos < 0) throw valueError(`negative seek value ${pos}`);
      this.pos = pos;
    } else if (whence === 1) this.pos = Math.max(0, this.pos + pos);
    else if (whence === 2) this.pos = Math.max(0, this.size + pos);
    else throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    return this.pos;
  }
  flushOut(): void {}
}
BytesIOType.alloc = (cls) => new BytesIOObj(cls);

function bio(x: PyObject): BytesIOObj {
  if (!(x instanceof BytesIOObj)) throw typeError(`descriptor requires a '_io.BytesIO' object but received a '${typeOf(x).name}'`);
  return x;
}
function openBio(x: PyObject): BytesIOObj {
  const b = bio(x);
  if (b.closed) throw valueError(C2);
  return b;
}

function bioNext(self: PyObject): PyObject | undefined {
  const b = openBio(self);
  const line = b.readline(-1);
  return line.length > 0 ? new PyBytes(line) : undefined;
}
nativeNextHooks.set(BytesIOType, bioNext);

/** An object exposing a BytesIO's buffer, for memoryview (getbuffer). */
class BytesIOExport extends PyInstance {
  constructor(readonly owner: BytesIOObj) {
    super(objectType);
  }
  bufferBytes(): Uint8Array {
    return this.owner.buf.subarray(0, this.owner.size);
  }
  writableBufferBytes(): Uint8Array {
    return this.owner.buf.subarray(0, this.owner.size);
  }
}

methods(BytesIOType, {
  __init__: (self, args, kw) => {
    const [initial] = clinicArgs("BytesIO", args, kw, ["initial_bytes"], 0);
    const b = bio(self);
    b.buf = EMPTY;
    b.size = 0;
    b.pos = 0;
    b.closed = false;
    if (initial !== undefined && initial !== None) {
      b.writeBytes(needBytes(initial));
      b.pos = 0;
    }
    return None;
  },
  getvalue: (self) => {
    const b = openBio(self);
    return new PyBytes(b.buf.slice(0, b.size));
  },
  getbuffer: (self) => {
    const b = openBio(self);
    const mv = builtinsDict.map.get("memoryview");
    if (mv === undefined) return new PyByteArray(b.buf.slice(0, b.size), b.size);
    return call(mv, [new BytesIOExport(b)]);
  },
  read: (self, args, kw) => {
    const [n] = clinicArgs("read", args, kw, ["size"], 0, 1);
    return new PyBytes(openBio(self).read1(sizeArg(n)));
  },
  read1: (self, args, kw) => {
    const [n] = clinicArgs("read1", args, kw, ["size"], 0, 1);
    return new PyBytes(openBio(self).read1(sizeArg(n)));
  },
  readline: (self, args, kw) => {
    const [n] = clinicArgs("readline", args, kw, ["size"], 0, 1);
    return new PyBytes(openBio(self).readline(sizeArg(n)));
  },
  readlines: (self, args, kw) => {
    const [hint] = clinicArgs("readlines", args, kw, ["hint"], 0, 1);
    const b = openBio(self);
    const h = sizeArg(hint);
    const out: PyObject[] = [];
    let total = 0;
    for (;;) {
      const line = b.readline(-1);
      if (line.length === 0) break;
      out.push(new PyBytes(line));
      total += line.length;
      if (h > 0 && total >= h) break;
    }
    return new PyList(out);
  },
  readinto: (self, args) => {
    const target = writableBytes(args[0]);
    if (target === undefined) throw typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(args[0]).name}`);
    const b = openBio(self);
    const data = b.read1(target.length);
    target.set(data);
    return data.length;
  },
  write: (self, args, kw) => {
    const [x] = clinicArgs("write", args, kw, ["b"], 1, 1);
    const b = openBio(self);
    const data = needBytes(x!);
    const n = data.length;
    b.writeBytes(data.buffer === b.buf.buffer ? data.slice() : data);
    return n;
  },
  writelines: (self, args) => {
    const b = openBio(self);
    const it = getIter(args[0]);
    for (;;) {
      const line = iterNext(it);
      if (line === undefined) break;
      b.writeBytes(needBytes(line).slice());
    }
    return None;
  },
  seek: (self, args, kw) => {
    const [posObj, whenceObj] = clinicArgs("seek", args, kw, ["pos", "whence"], 1, 2);
    const b = openBio(self);
    return b.seekPos(intArg(posObj!), whenceObj === undefined ? 0 : intArg(whenceObj));
  },
  tell: (self) => openBio(self).pos,
  truncate: (self, args, kw) => {
    const [sizeObj] = clinicArgs("truncate", args, kw, ["size"], 0, 1);
    const b = openBio(self);
    const size = sizeObj === undefined || sizeObj === None ? b.pos : intArg(sizeObj);
    if (size < 0) throw valueError(`negative size value ${size}`);
    if (size < b.size) b.size = size;
    return size;
  },
  close: (self) => {
    const b = bio(self);
    b.closed = true;
    b.buf = EMPTY;
    b.size = 0;
    return None;
  },
  flush: (self) => (openBio(self), None),
  isatty: (self) => (openBio(self), false),
  readable: (self) => (openBio(self), true),
  writable: (self) => (openBio(self), true),
  seekable: (self) => (openBio(self), true),
  __iter__: (self) => self,
  __next__: (self) => {
    const r = bioNext(self);
    if (r === undefined) throw stopIteration();
    return r;
  },
});
getter(BytesIOType, "closed", (self) => bio(self).closed);

// ---------------------------------------------------------------------------------------------
// FileIO

/** What the buffered layer needs from its raw stream. */
interface RawStream {
  /** up to n bytes (empty at EOF, null: no data available without blocking) */
  readN(n: number): Uint8Array | null;
  readAllBytes(): Uint8Array | null;
  /** bytes written (null: would block) */
  writeFrom(b: Uint8Array): number | null;
  seekPos(pos: number, whence: number): number;
  tellPos(): number;
  truncateTo(size: PyObject): PyObject;
  isClosed(): boolean;
  close(): void;
  flushRaw(): void;
}

const O_RDONLY = 0;
const O_WRONLY = 1;
const O_RDWR = 2;
const O_CREAT = 64;
const O_EXCL = 128;
const O_TRUNC = 512;
const O_APPEND = 1024;
const O_CLOEXEC = 0x80000;

export class FileIOObj extends PyInstance implements RawStream {
  fd = -1;
  readable = false;
  writable = false;
  appending = false;
  created = false;
  closefd = true;
  blksize = DEFAULT_BUFFER_SIZE;

  modeString(): string {
    if (this.created) return this.readable ? "xb+" : "xb";
    if (this.appending) return this.readable ? "ab+" : "ab";
    if (this.readable) return this.writable ? "rb+" : "rb";
    return "wb";
  }
  checkOpen(): void {
    if (this.fd < 0) throw valueError(C1);
  }
  checkReadable(): void {
    this.checkOpen();
    if (!this.readable) throw unsupported("File not open for reading");
  }
  checkWritable(): void {
    this.checkOpen();
    if (!this.writable) throw unsupported("File not open for writing");
  }
  readN(n: number): Uint8Array {
    this.checkReadable();
    if (n <= 0) return EMPTY;
    const b = new Uint8Array(n);
    const got = fdRead(this.fd, b, 0, n);
    return got === n ? b : b.slice(0, got);
  }
  readAllBytes(): Uint8Array {
    this.checkReadable();
    let chunk = 1 << 16;
    if (fdSeekable(this.fd)) {
      try {
        const size = fstatSync(this.fd).size;
        const pos = fdSeek(this.fd, 0, 1);
        if (size > pos) chunk = size - pos + 1;
      } catch {
        /* fall back to chunked reads */
      }
    }
    const parts: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const b = new Uint8Array(chunk);
      const got = fdRead(this.fd, b, 0, chunk);
      if (got === 0) break;
      parts.push(got === chunk ? b : b.subarray(0, got));
      total += got;
      chunk = Math.max(chunk, 1 << 16);
    }
    return parts.length === 0 ? EMPTY : concatBytes(parts, total);
  }
  writeFrom(b: Uint8Array): number {
    this.checkWritable();
    if (b.length === 0) return 0;
    return fdWrite(this.fd, b, 0, b.length);
  }
  seekPos(pos: number, whence: number): number {
    this.checkOpen();
    return fdSeek(this.fd, pos, whence);
  }
  tellPos(): number {
    this.checkOpen();
    return fdSeek(this.fd, 0, 1);
  }
  truncateTo(sizeObj: PyObject): PyObject {
    this.checkOpen();
    if (!this.writable) throw unsupported("File not open for writing");
    const size = sizeObj === None ? this.tellPos() : intArg(sizeObj);
    try {
      ftruncateSync(this.fd, size);
    } catch (e) {
      throw fromNodeError(e);
    }
    return size;
  }
  isClosed(): boolean {
    return this.fd < 0;
  }
  close(): void {
    if (this.fd < 0) return;
    const fd = this.fd;
    this.fd = -1;
    if (this.closefd) fdClose(fd);
    else untrackFd(fd);
  }
  flushRaw(): void {}

  /** FileIO.__init__ */
  open(file: PyObject, mode: string, closefd: boolean, opener: PyObject): void {
    if (this.fd >= 0) this.close();
    let readable = false, writable = false, appending = false, created = false, rwa = false, plus = false;
    let flags = 0;
    for (const c of mode) {
      switch (c) {
        case "x":
        case "r":
        case "w":
        case "a":
          if (rwa) throw valueError("Must have exactly one of create/read/write/append mode and at most one plus");
          rwa = true;
          if (c === "x") {
            created = writable = true;
            flags |= O_EXCL | O_CREAT;
          } else if (c === "r") readable = true;
          else if (c === "w") {
            writable = true;
            flags |= O_CREAT | O_TRUNC;
          } else {
            writable = appending = true;
            flags |= O_APPEND | O_CREAT;
          }
          break;
        case "b":
          break;
        case "+":
          if (plus) throw valueError("Must have exactly one of create/read/write/append mode and at most one plus");
          readable = writable = plus = true;
          break;
        default:
          throw valueError(`invalid mode: ${mode}`);
      }
    }
    if (!rwa) throw valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    flags |= readable && writable ? O_RDWR : readable ? O_RDONLY : O_WRONLY;
    flags |= O_CLOEXEC;

    let fd: number;
    let nameObj: PyObject = file;
    const isInt =
      typeof file === "number" || typeof file === "bigint" || typeof file === "boolean" || (file instanceof PyBoxed && (typeof file.value === "number" || typeof file.value === "bigint"));
    if (typeOf(file).name === "float") throw typeError("integer argument expected, got float");
    if (isInt) {
      fd = Number(file instanceof PyBoxed ? (file.value as number | bigint) : (file as number | bigint | boolean));
      if (fd < 0) throw valueError("negative file descriptor");
      checkFd(fd);
      this.closefd = closefd;
    } else {
      if (!closefd) throw valueError("Cannot use closefd=False with file name");
      const p = fspathMaybe(file);
      if (p === undefined) throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(file).name}`);
      nameObj = p;
      const path = toFsPath(p, null);
      checkPath(path.fs, writable || (flags & (O_CREAT | O_TRUNC | O_APPEND)) !== 0, nameObj);
      flushAllDirty();
      if (opener !== None) {
        const r = call(opener, [file, flags]);
        if (typeof r !== "number" && typeof r !== "bigint") throw typeError("expected integer from opener");
        fd = Number(r);
        if (fd < 0) throw valueError(`opener returned ${fd}`);
      } else {
        try {
          fd = openSync(path.fs, flags, 0o666);
        } catch (e) {
          throw fromNodeError(e, nameObj);
        }
      }
      this.closefd = true;
      try {
        if (fstatSync(fd).isDirectory()) {
          fdClose(fd);
          throw osError(EISDIR, nameObj);
        }
      } catch (e) {
        if (e instanceof PyBaseException) throw e;
      }
      trackFd(fd, appending);
    }
    if (isInt) {
      try {
        const st = fstatSync(fd);
        if (st.isDirectory()) throw osError(EISDIR, nameObj);
      } catch (e) {
        throw fromNodeError(e);
      }
    }
    this.fd = fd;
    this.readable = readable;
    this.writable = writable;
    this.appending = appending;
    this.created = created;
    try {
      const bs = Number(fstatSync(fd).blksize);
      if (bs > 1) this.blksize = bs;
    } catch {
      /* keep the default */
    }
    dictSet((this.dict ??= new PyDict()), "name", nameObj);
    if (appending && fdSeekable(fd)) fdSeek(fd, 0, 2);
  }
}
FileIOType.alloc = (cls) => new FileIOObj(cls);

function fio(x: PyObject): FileIOObj {
  if (!(x instanceof FileIOObj)) throw typeError(`descriptor requires a '_io.FileIO' object but received a '${typeOf(x).name}'`);
  return x;
}
function openFio(x: PyObject): FileIOObj {
  const f = fio(x);
  f.checkOpen();
  return f;
}

/** CPython's tp_name: "_io.FileIO" for our types, the bare class name for Python subclasses. */
function tpName(t: PyType): string {
  return t.isBuiltin ? `_io.${t.name}` : t.name;
}

function nameOf(obj: PyObject): PyObject | undefined {
  try {
    return getAttrMaybe(obj, "name");
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls === ValueErrorType || e.cls.name === "AttributeError")) return undefined;
    throw e;
  }
}

methods(FileIOType, {
  __init__: (self, args, kw) => {
    const [file, mode, closefd, opener] = clinicArgs("FileIO", args, kw, ["file", "mode", "closefd", "opener"], 1);
    let m = "r";
    if (mode !== undefined) {
      const s = strArg(mode);
      if (s === undefined) throw typeError(`FileIO() argument 'mode' must be str, not ${typeOf(mode).name}`);
      m = s;
    }
    fio(self).open(file!, m, closefd === undefined ? true : isTrue(closefd), opener ?? None);
    return None;
  },
  read: (self, args, kw) => {
    const [n] = clinicArgs("read", args, kw, ["size"], 0, 1);
    const f = openFio(self);
    const size = sizeArg(n);
    return new PyBytes(size < 0 ? f.readAllBytes() : f.readN(size));
  },
  readall: (self) => new PyBytes(openFio(self).readAllBytes()),
  readinto: (self, args) => {
    const f = openFio(self);
    const target = writableBytes(args[0]);
    if (target === undefined) throw typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(args[0]).name}`);
    f.checkReadable();
    return fdRead(f.fd, target, 0, target.length);
  },
  write: (self, args, kw) => {
    const [b] = clinicArgs("write", args, kw, ["b"], 1, 1);
    const f = openFio(self);
    return f.writeFrom(needBytes(b!));
  },
  seek: (self, args, kw) => {
    const [posObj, whenceObj] = clinicArgs("seek", args, kw, ["pos", "whence"], 1, 2);
    const f = openFio(self);
    if (typeOf(posObj!).name === "float") throw typeError("an integer is required");
    return f.seekPos(intArg(posObj!), whenceObj === undefined ? 0 : intArg(whenceObj));
  },
  tell: (self) => openFio(self).tellPos(),
  truncate: (self, args, kw) => {
    const [size] = clinicArgs("truncate", args, kw, ["size"], 0, 1);
    return openFio(self).truncateTo(size ?? None);
  },
  close: (self) => {
    fio(self).close();
    return None;
  },
  fileno: (self) => openFio(self).fd,
  isatty: (self) => isTerminal(openFio(self).fd),
  readable: (self) => openFio(self).readable,
  writable: (self) => openFio(self).writable,
  seekable: (self) => fdSeekable(openFio(self).fd),
  flush: (self) => {
    if (fio(self).fd < 0) throw valueError(C2);
    return None;
  },
  __next__: (self) => {
    fio(self).checkOpen();
    const line = genericReadline(self, -1);
    if (len(line) === 0) throw stopIteration();
    return line;
  },
  __repr__: (self) => {
    const f = fio(self);
    const t = typeOf(self);
    const tn = tpName(t);
    if (f.fd < 0) return `<${tn} [closed]>`;
    const name = nameOf(self);
    const mode = f.modeString();
    const cf = f.closefd ? "True" : "False";
    return name === undefined ? `<${tn} fd=${f.fd} mode='${mode}' closefd=${cf}>` : `<${tn} name=${repr(name)} mode='${mode}' closefd=${cf}>`;
  },
});
getter(FileIOType, "closed", (self) => fio(self).fd < 0);
getter(FileIOType, "closefd", (self) => fio(self).closefd);
getter(FileIOType, "mode", (self) => fio(self).modeString());
getter(FileIOType, "_blksize", (self) => fio(self).blksize);

/** A Python-level raw stream (a user RawIOBase subclass…). */
class PyRawStream implements RawStream {
  constructor(readonly obj: PyObject) {}
  readN(n: number): Uint8Array | null {
    const ba = new PyByteArray(new Uint8Array(n), n);
    const r = callMethod(this.obj, "readinto", [ba]);
    if (r === None) return null;
    const got = intArg(r);
    if (got < 0 || got > n) throw newException(OSErrorType, `raw readinto() returned invalid length ${got} (should have been between 0 and ${n})`);
    return ba.bytes.slice(0, got);
  }
  readAllBytes(): Uint8Array | null {
    const f = getAttrMaybe(this.obj, "readall");
    if (f !== undefined) {
      const r = call(f, []);
      if (r === None) return null;
      return needBytes(r);
    }
    const parts: Uint8Array[] = [];
    for (;;) {
      const b = this.readN(DEFAULT_BUFFER_SIZE);
      if (b === null) return parts.length ? concatBytes(parts) : null;
      if (b.length === 0) break;
      parts.push(b);
    }
    return parts.length ? concatBytes(parts) : EMPTY;
  }
  writeFrom(b: Uint8Array): number | null {
    const r = callMethod(this.obj, "write", [new PyBytes(b)]);
    if (r === None) return null;
    const n = intArg(r);
    if (n < 0 || n > b.length) throw newException(OSErrorType, `raw write() returned invalid length ${n} (should have been between 0 and ${b.length})`);
    return n;
  }
  seekPos(pos: number, whence: number): number {
    const r = callMethod(this.obj, "seek", [pos, whence]);
    const n = intArg(r);
    if (n < 0) throw newException(OSErrorType, `Raw stream returned invalid position ${n}`);
    return n;
  }
  tellPos(): number {
    return this.seekPos(0, 1);
  }
  truncateTo(size: PyObject): PyObject {
    return callMethod(this.obj, "truncate", [size]);
  }
  isClosed(): boolean {
    return isClosedObj(this.obj);
  }
  close(): void {
    callMethod(this.obj, "close", []);
  }
  flushRaw(): void {
    callMethod(this.obj, "flush", []);
  }
}

function rawStreamOf(obj: PyObject): RawStream {
  // our FileIO directly; subclasses (which may override methods) and other objects by calls
  return obj instanceof FileIOObj && obj.cls === FileIOType ? obj : new PyRawStream(obj);
}

// ---------------------------------------------------------------------------------------------
// BufferedReader / BufferedWriter / BufferedRandom / BufferedRWPair

const READ = 1;
const WRITE = 2;

export class BufferedObj extends PyInstance implements BinStream {
  kind = 0;
  raw: PyObject = None;
  rs: RawStream | null = null;
  /** BufferedRWPair's writer */
  ws: RawStream | null = null;
  writerObj: PyObject = None;
  bufSize = DEFAULT_BUFFER_SIZE;
  rbuf: Uint8Array = EMPTY;
  rpos = 0;
  wparts: Uint8Array[] = [];
  wlen = 0;
  detached = false;
  /** a TextIOWrapper over this buffer: its pending text is written first when Python code writes here */
  textOwner: TextIOObj | null = null;
  /** standard streams are flushed explicitly, not through the dirty set */
  exempt = false;

  init(raw: PyObject, kind: number, size: number, writer: PyObject = None): void {
    if (size <= 0) throw valueError("buffer size must be strictly positive");
    this.kind = kind;
    this.raw = raw;
    this.rs = rawStreamOf(raw);
    this.writerObj = writer;
    this.ws = writer === None ? null : rawStreamOf(writer);
    this.bufSize = size;
    this.rbuf = EMPTY;
    this.rpos = 0;
    this.wparts = [];
    this.wlen = 0;
    this.detached = false;
  }
  stream(): RawStream {
    if (this.rs === null) {
      if (this.detached) throw valueError("raw stream has been detached");
      throw valueError("I/O operation on uninitialized object");
    }
    return this.rs;
  }
  writer(): RawStream {
    return this.ws ?? this.stream();
  }
  isClosed(): boolean {
    return this.stream().isClosed();
  }
  checkClosed(msg: string): void {
    if (this.stream().isClosed()) {
      // CPython still lets a close() after a failed flush through when data is pending
      throw valueError(msg);
    }
  }
  avail(): number {
    return this.rbuf.length - this.rpos;
  }
  /** Drops read-ahead, moving the raw position back to the logical one. */
  dropReadAhead(): void {
    const a = this.avail();
    this.rbuf = EMPTY;
    this.rpos = 0;
    if (a > 0 && this.ws === null) this.stream().seekPos(-a, 1);
  }
  takeRbuf(n: number): Uint8Array {
    const end = Math.min(this.rbuf.length, this.rpos + n);
    const r = this.rbuf.slice(this.rpos, end);
    this.rpos = end;
    return r;
  }
  /** One raw read into the read buffer; false at EOF (or no data). */
  fillOnce(): boolean {
    const b = this.stream().readN(this.bufSize);
    if (b === null || b.length === 0) return false;
    if (this.avail() > 0) {
      const rest = this.rbuf.subarray(this.rpos);
      const nb = new Uint8Array(rest.length + b.length);
      nb.set(rest);
      nb.set(b, rest.length);
      this.rbuf = nb;
    } else this.rbuf = b;
    this.rpos = 0;
    return true;
  }
  readBytes(n: number): Uint8Array | null {
    if (n < 0) {
      this.flushWrites();
      const rest = this.avail() > 0 ? this.rbuf.slice(this.rpos) : EMPTY;
      this.rbuf = EMPTY;
      this.rpos = 0;
      const all = this.stream().readAllBytes();
      if (all === null) return rest.length > 0 ? rest : null;
      return rest.length > 0 ? concatBytes([rest, all]) : all;
    }
    const a = this.avail();
    if (n <= a) return this.takeRbuf(n);
    this.flushWrites();
    const parts: Uint8Array[] = [];
    let got = 0;
    if (a > 0) {
      parts.push(this.takeRbuf(a));
      got = a;
    }
    this.rbuf = EMPTY;
    this.rpos = 0;
    while (got < n) {
      const want = n - got;
      if (want >= this.bufSize) {
        const b = this.stream().readN(want);
        if (b === null) {
          if (got === 0) return null;
          break;
        }
        if (b.length === 0) break;
        parts.push(b);
        got += b.length;
      } else {
        if (!this.fillOnce()) break;
        const b = this.takeRbuf(want);
        parts.push(b);
        got += b.length;
      }
    }
    return parts.length === 0 ? EMPTY : concatBytes(parts, got);
  }
  read1(n: number): Uint8Array | null {
    if (n < 0) n = this.bufSize;
    if (n === 0) return EMPTY;
    const a = this.avail();
    if (a > 0) return this.takeRbuf(Math.min(n, a));
    this.flushWrites();
    this.rbuf = EMPTY;
    this.rpos = 0;
    if (n > this.bufSize) return this.stream().readN(n);
    if (!this.fillOnce()) return EMPTY;
    return this.takeRbuf(n);
  }
  readAllBytes(): Uint8Array {
    return this.readBytes(-1) ?? EMPTY;
  }
  readlineBytes(limit: number): Uint8Array {
    const parts: Uint8Array[] = [];
    let got = 0;
    for (;;) {
      if (this.avail() > 0) {
        const i = this.rbuf.indexOf(10, this.rpos);
        let end = i < 0 ? this.rbuf.length : i + 1;
        if (limit >= 0) end = Math.min(end, this.rpos + (limit - got));
        const piece = this.rbuf.slice(this.rpos, end);
        this.rpos = end;
        parts.push(piece);
        got += piece.length;
        if ((i >= 0 && end === i + 1) || (limit >= 0 && got >= limit)) break;
      }
      if (limit >= 0 && got >= limit) break;
      this.flushWrites();
      this.rbuf = EMPTY;
      this.rpos = 0;
      if (!this.fillOnce()) break;
    }
    return parts.length === 0 ? EMPTY : concatBytes(parts, got);
  }
  peekBytes(): Uint8Array {
    if (this.avail() === 0) {
      this.flushWrites();
      this.rbuf = EMPTY;
      this.rpos = 0;
      this.fillOnce();
    }
    return this.rbuf.slice(this.rpos);
  }
  writeBytes(b: Uint8Array): void {
    if (this.avail() > 0) this.dropReadAhead();
    else if (this.rbuf.length > 0) {
      this.rbuf = EMPTY;
      this.rpos = 0;
    }
    if (b.length === 0) return;
    if (this.wlen === 0 && b.length >= this.bufSize) {
      this.writeRaw(b);
      return;
    }
    this.wparts.push(b);
    this.wlen += b.length;
    if (this.wlen >= this.bufSize) this.flushWrites();
    else if (!this.exempt) markDirty(this);
  }
  writeRaw(data: Uint8Array): void {
    const w = this.writer();
    let off = 0;
    while (off < data.length) {
      const n = w.writeFrom(off === 0 ? data : data.subarray(off));
      if (n === null) continue;
      off += n;
    }
  }
  flushWrites(): void {
    if (this.wlen === 0) return;
    const data = concatBytes(this.wparts, this.wlen);
    this.wparts = [];
    this.wlen = 0;
    markClean(this);
    this.writeRaw(data);
  }
  flushDirty(): void {
    this.flushWrites();
  }
  tellPos(): number {
    const pos = this.stream().tellPos() - this.avail() + this.wlen;
    if (pos < 0) throw newException(OSErrorType, `Raw stream returned invalid position ${pos}`);
    return pos;
  }
  seekPos(pos: number, whence: number): number {
    this.flushWrites();
    if (whence === 1) pos -= this.avail();
    this.rbuf = EMPTY;
    this.rpos = 0;
    return this.stream().seekPos(pos, whence);
  }
  flushOut(): void {
    this.flushWrites();
    this.writer().flushRaw();
  }
}
for (const t of [BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType]) t.alloc = (cls) => new BufferedObj(cls);

function buf(x: PyObject): BufferedObj {
  if (!(x instanceof BufferedObj)) throw typeError(`descriptor requires a buffered object but received a '${typeOf(x).name}'`);
  return x;
}
/** The buffered object, checked attached and open (`msg` is CPython's closed-file message). */
function openBuf(x: PyObject, msg: string): BufferedObj {
  const b = buf(x);
  b.checkClosed(msg);
  return b;
}

function bufNext(self: PyObject): PyObject | undefined {
  const b = openBuf(self, "readline of closed file");
  if (b.cls !== BufferedReaderType && b.cls !== BufferedRandomType) {
    const line = callMethod(self, "readline", []);
    return len(line) > 0 ? line : undefined;
  }
  const line = b.readlineBytes(-1);
  return line.length > 0 ? new PyBytes(line) : undefined;
}

function bufferedInit(kind: number, name: string) {
  return (self: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    const [raw, size] = clinicArgs(name, args, kw, ["raw", "buffer_size"], 1);
    const b = buf(self);
    if (kind & READ && !isTrue(callMethod(raw!, "readable", []))) throw unsupported("File or stream is not readable.");
    if (kind & WRITE && !isTrue(callMethod(raw!, "writable", []))) throw unsupported("File or stream is not writable.");
    if (kind === (READ | WRITE) && !isTrue(callMethod(raw!, "seekable", []))) throw unsupported("File or stream is not seekable.");
    let n = size === undefined ? DEFAULT_BUFFER_SIZE : intArg(size);
    if (size === undefined && raw instanceof FileIOObj) n = raw.blksize > 1 ? Math.max(raw.blksize, DEFAULT_BUFFER_SIZE) : DEFAULT_BUFFER_SIZE;
    b.init(raw!, kind, n);
    return None;
  };
}

/** Methods every buffered type has. */
const commonBuffered: Record<string, (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject> = {
  detach: (self) => {
    const b = openBuf(self, "flush of closed file");
    b.flushOut();
    const raw = b.raw;
    b.rs = null;
    b.raw = None;
    b.detached = true;
    return raw;
  },
  flush: (self) => {
    openBuf(self, "flush of closed file").flushOut();
    return None;
  },
  close: (self) => {
    const b = buf(self);
    if (b.isClosed()) return None;
    let err: unknown = null;
    try {
      if (b.kind & WRITE) b.flushOut();
    } catch (e) {
      err = e;
    }
    b.stream().close();
    if (b.ws !== null) b.ws.close();
    if (err !== null) throw err;
    return None;
  },
  seekable: (self) => callMethod(buf(self).raw, "seekable", []),
  fileno: (self) => callMethod(buf(self).raw, "fileno", []),
  isatty: (self) => callMethod(buf(self).raw, "isatty", []),
  __repr__: (self) => {
    const t = typeOf(self);
    const tn = tpName(t);
    const name = nameOf(self);
    return name === undefined ? `<${tn}>` : `<${tn} name=${repr(name)}>`;
  },
  seek: (self, args, kw) => {
    const [posObj, whenceObj] = clinicArgs("seek", args, kw, ["target", "whence"], 1, 2);
    const whence = whenceObj === undefined ? 0 : intArg(whenceObj);
    if (whence < 0 || whence > 4) throw valueError(`whence value ${whence} unsupported`);
    const b = openBuf(self, "seek of closed file");
    if (!isTrue(callMethod(b.raw, "seekable", []))) throw unsupported("File or stream is not seekable.");
    if (typeOf(posObj!).name === "float") throw typeError("an integer is required");
    return b.seekPos(intArg(posObj!), whence);
  },
  tell: (self) => openBuf(self, C1).tellPos(),
  truncate: (self, args, kw) => {
    const [pos] = clinicArgs("truncate", args, kw, ["pos"], 0, 1);
    const b = openBuf(self, "truncate of closed file");
    if (!(b.kind & WRITE)) throw unsupported("truncate");
    b.flushWrites();
    const p = pos === undefined || pos === None ? b.tellPos() : pos;
    if (b.avail() > 0) b.dropReadAhead();
    return b.stream().truncateTo(p);
  },
  _dealloc_warn: () => None,
};

const readerMethods: Record<string, (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject> = {
  read: (self, args, kw) => {
    const [n] = clinicArgs("read", args, kw, ["size"], 0, 1);
    const size = sizeArg(n);
    if (size < -1) throw valueError("read length must be non-negative or -1");
    const b = openBuf(self, "read of closed file");
    const r = b.readBytes(size);
    return r === null ? None : new PyBytes(r);
  },
  read1: (self, args, kw) => {
    const [n] = clinicArgs("read1", args, kw, ["size"], 0, 1);
    const b = openBuf(self, "read of closed file");
    const r = b.read1(sizeArg(n));
    return r === null ? None : new PyBytes(r);
  },
  peek: (self) => new PyBytes(openBuf(self, "peek of closed file").peekBytes()),
  readline: (self, args, kw) => {
    const [n] = clinicArgs("readline", args, kw, ["size"], 0, 1);
    const b = openBuf(self, "readline of closed file");
    return new PyBytes(b.readlineBytes(sizeArg(n)));
  },
  readinto: (self, args) => {
    const target = writableBytes(args[0]);
    if (target === undefined) throw typeError(`readinto() argument must be read-write bytes-like object, not ${typeOf(args[0]).name}`);
    const b = openBuf(self, "readinto of closed file");
    const r = b.readBytes(target.length) ?? EMPTY;
    target.set(r);
    return r.length;
  },
  readinto1: (self, args) => {
    const target = writableBytes(args[0]);
    if (target === undefined) throw typeError(`readinto1() argument must be read-write bytes-like object, not ${typeOf(args[0]).name}`);
    const b = openBuf(self, "readinto of closed file");
    const r = b.read1(target.length) ?? EMPTY;
    target.set(r);
    return r.length;
  },
  readable: (self) => callMethod(buf(self).raw, "readable", []),
  __next__: (self) => {
    const r = bufNext(self);
    if (r === undefined) throw stopIteration();
    return r;
  },
};

const writerMethods: Record<string, (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject> = {
  write: (self, args, kw) => {
    const [x] = clinicArgs("write", args, kw, ["buffer"], 1, 1);
    const b = openBuf(self, "write to closed file");
    const owner = b.textOwner;
    if (owner !== null && owner.pendingText.length > 0) owner.flushPending();
    const data = needBytes(x!);
    const n = data.length;
    b.writeBytes(data.slice());
    return n;
  },
  writable: (self) => callMethod(buf(self).writerObj === None ? buf(self).raw : buf(self).writerObj, "writable", []),
};

methods(BufferedReaderType, { ...commonBuffered, ...readerMethods, __init__: bufferedInit(READ, "BufferedReader") });
methods(BufferedWriterType, { ...commonBuffered, ...writerMethods, __init__: bufferedInit(WRITE, "BufferedWriter") });
methods(BufferedRandomType, { ...commonBuffered, ...readerMethods, ...writerMethods, __init__: bufferedInit(READ | WRITE, "BufferedRandom") });
methods(BufferedRWPairType, {
  ...readerMethods,
  ...writerMethods,
  __init__: (self, args, kw) => {
    const [reader, writer, size] = clinicArgs("BufferedRWPair", args, kw, ["reader", "writer", "buffer_size"], 2);
    if (!isTrue(callMethod(reader!, "readable", []))) throw unsupported("File or stream is not readable.");
    if (!isTrue(callMethod(writer!, "writable", []))) throw unsupported("File or stream is not writable.");
    buf(self).init(reader!, READ | WRITE, size === undefined ? DEFAULT_BUFFER_SIZE : intArg(size), writer!);
    return None;
  },
  flush: (self) => {
    openBuf(self, "flush of closed file").flushOut();
    return None;
  },
  close: (self) => {
    const b = buf(self);
    let err: unknown = null;
    try {
      b.flushOut();
    } catch (e) {
      err = e;
    }
    b.ws?.close();
    b.stream().close();
    if (err !== null) throw err;
    return None;
  },
  isatty: (self) => isTrue(callMethod(buf(self).writerObj, "isatty", [])) || isTrue(callMethod(buf(self).raw, "isatty", [])),
  peek: (self) => new PyBytes(openBuf(self, "peek of closed file").peekBytes()),
});
getter(BufferedRWPairType, "closed", (self) => isClosedObj(buf(self).writerObj));
for (const t of [BufferedReaderType, BufferedWriterType, BufferedRandomType]) {
  getter(t, "raw", (self) => {
    const b = buf(self);
    b.stream();
    return b.raw;
  });
  getter(t, "closed", (self) => buf(self).isClosed());
  getter(t, "name", (self) => getAttr(buf(self).stream() === null ? None : buf(self).raw, "name"));
  getter(t, "mode", (self) => getAttr(buf(self).stream() === null ? None : buf(self).raw, "mode"));
}
for (const t of [BufferedReaderType, BufferedRandomType]) nativeNextHooks.set(t, bufNext);

// ---------------------------------------------------------------------------------------------
// TextIOWrapper

const CHUNK_SIZE = 8192;
/** pending text is encoded and handed to the buffer once it grows past this many characters */
const PENDING_LIMIT = 1 << 16;

function utf8Cut(data: Uint8Array): number {
  let i = data.length - 1;
  let k = 0;
  while (i >= 0 && k < 3 && (data[i] & 0xc0) === 0x80) {
    i--;
    k++;
  }
  if (i < 0) return data.length;
  const b = data[i];
  const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return i + need > data.length ? i : data.length;
}

export class TextIOObj extends PyInstance {
  buffer: PyObject = None;
  bs: BinStream | null = null;
  detached = false;
  encoding = "UTF-8";
  /** the codec can be decoded chunk by chunk (utf-8 and the single-byte ones) */
  incremental = true;
  utf8 = true;
  errors = "strict";
  readUniversal = true;
  readTranslate = true;
  readNl: string | null = null;
  writeNl: string | null = null;
  lineBuffering = false;
  writeThrough = false;
  chunkSize = CHUNK_SIZE;
  // reading: decoded but unconsumed text (newlines untranslated), undecoded bytes
  dbuf = "";
  dpos = 0;
  dAstral = false;
  pendingBytes: Uint8Array = EMPTY;
  seennl = 0;
  crIdx = -2;
  crFrom = 0;
  // writing: text not yet encoded and handed to the buffer
  pendingText = "";
  /** called before each write (stderr flushes stdout) */
  beforeWrite: (() => void) | null = null;
  /** flush() also writes out every other stream's pending data (sys.stdout, flushed at exit) */
  flushesAll = false;
  exempt = false;

  init(buffer: PyObject, encoding: string | null, errors: string | null, newline: string | null, lineBuffering: boolean, writeThrough: boolean): void {
    const enc = encoding === null || encoding === "locale" ? "UTF-8" : encoding;
    const codec: string = lookupCodec(enc);
    this.encoding = enc;
    this.incremental = codec === "utf-8" || codec === "ascii" || codec === "latin-1";
    this.utf8 = codec === "utf-8";
    this.errors = errors ?? "strict";
    const f = lineEndFlags(newline);
    this.readUniversal = f.readUniversal;
    this.readTranslate = f.readTranslate;
    this.readNl = f.readNl;
    this.writeNl = f.writeNl;
    this.lineBuffering = lineBuffering;
    this.writeThrough = writeThrough;
    this.buffer = buffer;
    const native =
      (buffer instanceof BufferedObj && (buffer.cls === BufferedReaderType || buffer.cls === BufferedWriterType || buffer.cls === BufferedRandomType)) ||
      (buffer instanceof BytesIOObj && buffer.cls === BytesIOType);
    this.bs = native ? (buffer as BufferedObj | BytesIOObj) : new PyBinStream(buffer);
    if (buffer instanceof BufferedObj) buffer.textOwner = this;
    this.detached = false;
    this.resetRead();
    this.pendingText = "";
  }

  stream(): BinStream {
    if (this.bs === null) {
      if (this.detached) throw valueError("underlying buffer has been detached");
      throw valueError("I/O operation on uninitialized object");
    }
    return this.bs;
  }
  isClosed(): boolean {
    const b = this.buffer;
    if ((this.bs as unknown) === b) {
      if (b instanceof BufferedObj) return b.rs !== null && b.isClosed();
      if (b instanceof BytesIOObj) return b.closed;
    }
    return isClosedObj(b);
  }
  checkOpen(): void {
    this.stream();
    if (this.isClosed()) throw valueError(C2);
  }
  resetRead(): void {
    this.dbuf = "";
    this.dpos = 0;
    this.dAstral = false;
    this.pendingBytes = EMPTY;
    this.crIdx = -2;
  }

  // --- writing

  /** TextIOWrapper.write for a str (the caller checked its type). */
  write(s: string): number {
    this.checkOpen();
    if (this.beforeWrite !== null) this.beforeWrite();
    if (this.dbuf.length > 0 || this.pendingBytes.length > 0) this.resetRead();
    let t = s;
    if (this.writeNl !== null && t.indexOf("\n") >= 0) t = t.split("\n").join(this.writeNl);
    const surrogates = SURROGATE.test(t);
    if (surrogates || (!this.utf8 && /[^\x00-\x7f]/.test(t))) {
      // encode now, so that encoding errors surface at write() as in CPython
      const bytes = encodeStr(t, this.encoding, this.errors);
      this.flushPending();
      this.stream().writeBytes(bytes);
    } else {
      this.pendingText += t;
      if (this.pendingText.length > PENDING_LIMIT) this.flushPending();
      else if (!this.exempt) markDirty(this);
    }
    if (this.writeThrough || (this.lineBuffering && (t.indexOf("\n") >= 0 || t.indexOf("\r") >= 0))) {
      this.flushPending();
      this.stream().flushOut();
    }
    return surrogates ? cpLen(s) : s.length;
  }
  /** Encodes pending text and hands it to the buffer. */
  flushPending(): void {
    if (this.pendingText.length === 0) return;
    const t = this.pendingText;
    this.pendingText = "";
    markClean(this);
    const bytes = this.utf8 ? Buffer.from(t, "utf8") : encodeStr(t, this.encoding, this.errors);
    this.stream().writeBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  }
  flushDirty(): void {
    this.flushPending();
    const b = this.buffer;
    if (b instanceof BufferedObj) b.flushWrites();
  }
  /** TextIOWrapper.flush (also the JS-level flush the VM calls on sys.stdout at exit). */
  flush(): void {
    if (this.flushesAll) flushAllDirty();
    if (this.bs === null) return;
    this.flushPending();
    this.stream().flushOut();
  }

  // --- reading

  /** Decodes bytes (with held-back bytes from last time) into text. */
  decodeChunk(chunk: Uint8Array, final: boolean): string {
    let data = chunk;
    if (this.pendingBytes.length > 0) data = concatBytes([this.pendingBytes, chunk]);
    let cut = data.length;
    if (!final) {
      if (this.utf8) cut = utf8Cut(data);
      // a trailing \r may be the first half of \r\n: keep it for the next chunk
      if (cut > 0 && data[cut - 1] === 13 && (this.readUniversal || this.readNl === "\r\n")) cut--;
    }
    this.pendingBytes = cut < data.length ? data.slice(cut) : EMPTY;
    if (cut === 0) return "";
    const text = decodeBytes(cut === data.length ? data : data.subarray(0, cut), this.encoding, this.errors);
    if (this.readUniversal) this.seennl |= scanNewlines(text);
    return text;
  }
  /** Reads and decodes one more chunk onto dbuf; false when there is no more data. */
  fill(): boolean {
    const bs = this.stream();
    let chunk: Uint8Array | null;
    let final: boolean;
    if (this.incremental) {
      chunk = bs.read1(this.chunkSize);
      if (chunk === null) return false;
      final = chunk.length === 0;
    } else {
      chunk = bs.readAllBytes();
      final = true;
    }
    if (final && chunk.length === 0 && this.pendingBytes.length === 0) return false;
    const text = this.decodeChunk(chunk, final);
    if (this.dpos > 0) {
      this.dbuf = this.dbuf.slice(this.dpos);
      this.dpos = 0;
    }
    if (text.length > 0) {
      this.dbuf = this.dbuf.length > 0 ? this.dbuf + text : text;
      if (!this.dAstral && SURROGATE.test(text)) this.dAstral = true;
    }
    this.crIdx = -2;
    return !final || text.length > 0;
  }
  prepareRead(): void {
    this.checkOpen();
    if (this.pendingText.length > 0) this.flushPending();
  }
  nextCR(from: number): number {
    if (this.crIdx === -2 || (this.crIdx >= 0 && this.crIdx < from) || (this.crIdx === -1 && from < this.crFrom)) {
      this.crIdx = this.dbuf.indexOf("\r", from);
      this.crFrom = from;
    }
    return this.crIdx;
  }
  /** read(n): n < 0 reads to the end. */
  readChars(n: number): string {
    this.prepareRead();
    if (n < 0) {
      const rest = this.dbuf.slice(this.dpos);
      let tail = "";
      const all = this.stream().readAllBytes();
      tail = this.decodeChunk(all, true);
      this.resetRead();
      const r = rest + tail;
      return this.readTranslate && r.indexOf("\r") >= 0 ? r.replace(/\r\n?/g, "\n") : r;
    }
    let out = "";
    let need = n;
    while (need > 0) {
      if (this.dpos >= this.dbuf.length) {
        if (!this.fill()) break;
        continue;
      }
      let end = cpAdvance(this.dbuf, this.dpos, need, this.dAstral);
      let seg = this.dbuf.slice(this.dpos, end);
      if (this.readTranslate && seg.indexOf("\r") >= 0) {
        if (seg.charCodeAt(seg.length - 1) === 13 && this.dbuf.charCodeAt(end) === 10) {
          end++;
          seg += "\n";
        }
        seg = seg.replace(/\r\n?/g, "\n");
      }
      out += seg;
      need -= this.dAstral ? cpLen(seg) : seg.length;
      this.dpos = end;
    }
    return out;
  }
  /** readline(limit) */
  readLine(limit: number): string {
    this.prepareRead();
    let from = this.dpos;
    for (;;) {
      const d = this.dbuf;
      let lineEnd = -1; // end of the line's text
      let consumed = -1; // end including the terminator
      if (this.readUniversal) {
        const lf = d.indexOf("\n", from);
        const cr = this.nextCR(from);
        if (cr >= 0 && (lf < 0 || cr < lf)) {
          lineEnd = cr;
          consumed = d.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
        } else if (lf >= 0) {
          lineEnd = lf;
          consumed = lf + 1;
        }
      } else {
        const nl = this.readNl!;
        const i = d.indexOf(nl, from);
        if (i >= 0) {
          lineEnd = i;
          consumed = i + nl.length;
        }
      }
      if (consumed >= 0) {
        const start = this.dpos;
        if (limit >= 0) {
          const cut = cpAdvance(d, start, limit, this.dAstral);
          // the limit ends the line first; a translated terminator counts as one character
          if (cut < consumed && (!this.readTranslate || cut <= lineEnd)) {
            this.dpos = cut;
            return d.slice(start, cut);
          }
        }
        this.dpos = consumed;
        if (this.readTranslate) return d.slice(start, lineEnd) + "\n";
        return d.slice(start, consumed);
      }
      if (limit >= 0) {
        const have = this.dAstral ? cpLen(d.slice(this.dpos)) : d.length - this.dpos;
        if (have >= limit) {
          const cut = cpAdvance(d, this.dpos, limit, this.dAstral);
          const piece = d.slice(this.dpos, cut);
          this.dpos = cut;
          return piece;
        }
      }
      const scanned = d.length - this.dpos;
      if (!this.fill()) {
        const rest = this.dbuf.slice(this.dpos);
        this.dpos = this.dbuf.length;
        return this.readTranslate && rest.indexOf("\r") >= 0 ? rest.replace(/\r\n?/g, "\n") : rest;
      }
      from = this.dpos + Math.max(0, scanned - (this.readNl === null ? 0 : this.readNl.length - 1));
    }
  }

  // --- positioning

  tellPos(): number {
    this.checkOpen();
    if (!isTrue(callMethod(this.buffer, "seekable", []))) throw unsupported("underlying stream is not seekable");
    this.flushPending();
    this.stream().flushOut();
    const bpos = this.stream().tellPos();
    const rest = this.dpos < this.dbuf.length ? this.dbuf.slice(this.dpos) : "";
    let restBytes = 0;
    if (rest.length > 0) {
      if (this.utf8 && !SURROGATE.test(rest)) restBytes = Buffer.byteLength(rest, "utf8");
      else {
        try {
          restBytes = encodeStr(rest, this.encoding, "surrogateescape").length;
        } catch {
          restBytes = encodeStr(rest, this.encoding, "replace").length;
        }
      }
    }
    return bpos - this.pendingBytes.length - restBytes;
  }
  seekTo(cookie: number, whence: number): number {
    this.checkOpen();
    if (!isTrue(callMethod(this.buffer, "seekable", []))) throw unsupported("underlying stream is not seekable");
    if (whence === 1) {
      if (cookie !== 0) throw unsupported("can't do nonzero cur-relative seeks");
      cookie = this.tellPos();
      whence = 0;
    } else if (whence === 2) {
      if (cookie !== 0) throw unsupported("can't do nonzero end-relative seeks");
      this.flush();
      this.resetRead();
      return this.stream().seekPos(0, 2);
    } else if (whence !== 0) throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    if (cookie < 0) throw valueError(`negative seek position ${cookie}`);
    this.flush();
    this.resetRead();
    this.stream().seekPos(cookie, 0);
    return cookie;
  }
}
TextIOWrapperType.alloc = (cls) => new TextIOObj(cls);

function tio(x: PyObject): TextIOObj {
  if (!(x instanceof TextIOObj)) throw typeError(`descriptor requires a '_io.TextIOWrapper' object but received a '${typeOf(x).name}'`);
  return x;
}
function openTio(x: PyObject): TextIOObj {
  const t = tio(x);
  t.checkOpen();
  return t;
}
function attachedTio(x: PyObject): TextIOObj {
  const t = tio(x);
  t.stream();
  return t;
}

function checkReadableText(t: TextIOObj): void {
  const b = t.buffer;
  const native = (t.bs as unknown) === b;
  const ok = native && b instanceof BufferedObj ? (b.kind & READ) !== 0 : native && b instanceof BytesIOObj ? !b.closed : isTrue(callMethod(b, "readable", []));
  if (!ok) throw unsupported("not readable");
}
function checkWritableText(t: TextIOObj): void {
  const b = t.buffer;
  const native = (t.bs as unknown) === b;
  const ok = native && b instanceof BufferedObj ? (b.kind & WRITE) !== 0 : native && b instanceof BytesIOObj ? !b.closed : isTrue(callMethod(b, "writable", []));
  if (!ok) throw unsupported("not writable");
}

function tioNext(self: PyObject): PyObject | undefined {
  const t = openTio(self);
  if (t.cls !== TextIOWrapperType) {
    const line = callMethod(self, "readline", []);
    if (typeof line !== "string" && !(line instanceof PyBoxed)) throw newException(OSErrorType, `readline() should have returned a str object, not '${typeOf(line).name}'`);
    return len(line) > 0 ? line : undefined;
  }
  checkReadableText(t);
  const line = t.readLine(-1);
  return line.length > 0 ? line : undefined;
}
nativeNextHooks.set(TextIOWrapperType, tioNext);

function optStr(x: PyObject | undefined, fname: string, arg: string): string | null {
  if (x === undefined || x === None) return null;
  const s = strArg(x);
  if (s === undefined) throw typeError(`${fname}() argument '${arg}' must be str or None, not ${typeOf(x).name}`);
  return s;
}

methods(TextIOWrapperType, {
  __init__: (self, args, kw) => {
    const [buffer, encoding, errors, newline, lineBuffering, writeThrough] = clinicArgs(
      "TextIOWrapper",
      args,
      kw,
      ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"],
      1,
    );
    const enc = optStr(encoding, "TextIOWrapper", "encoding");
    const errs = optStr(errors, "TextIOWrapper", "errors");
    if (newline !== undefined && newline !== None && strArg(newline) === undefined)
      throw typeError(`TextIOWrapper() argument 'newline' must be str or None, not ${typeOf(newline).name}`);
    const nl = newlineArg(newline, "newline");
    tio(self).init(buffer!, enc, errs, nl, lineBuffering !== undefined && isTrue(lineBuffering), writeThrough !== undefined && isTrue(writeThrough));
    return None;
  },
  read: (self, args, kw) => {
    const [n] = clinicArgs("read", args, kw, ["size"], 0, 1);
    const t = openTio(self);
    checkReadableText(t);
    return t.readChars(sizeArg(n));
  },
  readline: (self, args, kw) => {
    const [n] = clinicArgs("readline", args, kw, ["size"], 0, 1);
    const t = openTio(self);
    if (n !== undefined && n !== None && typeof n !== "number" && lookupType(typeOf(n), "__index__") === undefined)
      throw typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
    checkReadableText(t);
    return t.readLine(sizeArg(n));
  },
  readlines: (self, args, kw) => {
    const [hint] = clinicArgs("readlines", args, kw, ["hint"], 0, 1);
    const t = tio(self);
    if (t.cls !== TextIOWrapperType) return genericReadlines(self, hint);
    t.checkOpen();
    checkReadableText(t);
    const h = sizeArg(hint);
    const out: PyObject[] = [];
    let total = 0;
    for (;;) {
      const line = t.readLine(-1);
      if (line.length === 0) break;
      out.push(line);
      total += line.length;
      if (h > 0 && total > h) break;
    }
    return new PyList(out);
  },
  write: (self, args, kw) => {
    const [x] = clinicArgs("write", args, kw, ["text"], 1, 1);
    const t = openTio(self);
    const s = strArg(x!);
    if (s === undefined) throw typeError(`write() argument must be str, not ${typeOf(x!).name}`);
    checkWritableText(t);
    return t.write(s);
  },
  flush: (self) => {
    const t = attachedTio(self);
    if (t.isClosed()) throw valueError(C2);
    t.flush();
    return None;
  },
  close: (self) => {
    const t = attachedTio(self);
    if (t.isClosed()) return None;
    let err: unknown = null;
    try {
      t.flush();
    } catch (e) {
      err = e;
    }
    callMethod(t.buffer, "close", []);
    if (err !== null) throw err;
    return None;
  },
  detach: (self) => {
    const t = attachedTio(self);
    if (t.isClosed()) throw valueError(C2);
    t.flush();
    const b = t.buffer;
    if (b instanceof BufferedObj && b.textOwner === t) b.textOwner = null;
    t.buffer = None;
    t.bs = null;
    t.detached = true;
    markClean(t);
    return b;
  },
  seek: (self, args, kw) => {
    const [cookie, whence] = clinicArgs("seek", args, kw, ["cookie", "whence"], 1, 2);
    const t = openTio(self);
    return t.seekTo(intArg(cookie!), whence === undefined ? 0 : intArg(whence));
  },
  tell: (self) => openTio(self).tellPos(),
  truncate: (self, args, kw) => {
    const [pos] = clinicArgs("truncate", args, kw, ["pos"], 0, 1);
    const t = openTio(self);
    t.flush();
    return callMethod(t.buffer, "truncate", [pos === undefined ? None : pos]);
  },
  fileno: (self) => callMethod(attachedTio(self).buffer, "fileno", []),
  isatty: (self) => callMethod(attachedTio(self).buffer, "isatty", []),
  readable: (self) => callMethod(attachedTio(self).buffer, "readable", []),
  writable: (self) => callMethod(attachedTio(self).buffer, "writable", []),
  seekable: (self) => callMethod(attachedTio(self).buffer, "seekable", []),
  reconfigure: (self, args, kw) => {
    const [encoding, errors, newline, lineBuffering, writeThrough] = clinicArgs(
      "reconfigure",
      args,
      kw,
      ["encoding", "errors", "newline", "line_buffering", "write_through"],
      0,
      0,
      0,
    );
    const t = attachedTio(self);
    t.flush();
    const enc = optStr(encoding, "reconfigure", "encoding");
    let errs = optStr(errors, "reconfigure", "errors");
    if (enc !== null) {
      const codec: string = lookupCodec(enc);
      t.encoding = enc;
      t.incremental = codec === "utf-8" || codec === "ascii" || codec === "latin-1";
      t.utf8 = codec === "utf-8";
      if (errs === null) errs = "strict";
    }
    if (errs !== null) t.errors = errs;
    if (newline !== undefined) {
      const f = lineEndFlags(newlineArg(newline, "newline"));
      t.readUniversal = f.readUniversal;
      t.readTranslate = f.readTranslate;
      t.readNl = f.readNl;
      t.writeNl = f.writeNl;
    }
    if (lineBuffering !== undefined && lineBuffering !== None) t.lineBuffering = isTrue(lineBuffering);
    if (writeThrough !== undefined && writeThrough !== None) t.writeThrough = isTrue(writeThrough);
    return None;
  },
  __next__: (self) => {
    const r = tioNext(self);
    if (r === undefined) throw stopIteration();
    return r;
  },
  __repr__: (self) => {
    const t = tio(self);
    const tp = typeOf(self);
    let out = `<${tpName(tp)}`;
    const name = t.bs === null ? undefined : nameOf(self);
    if (name !== undefined) out += ` name=${repr(name)}`;
    const mode = t.dict?.map.get("mode");
    if (mode !== undefined) out += ` mode=${repr(mode)}`;
    return `${out} encoding='${t.encoding}'>`;
  },
});
getter(TextIOWrapperType, "encoding", (self) => tio(self).encoding);
getter(TextIOWrapperType, "errors", (self) => tio(self).errors);
getter(TextIOWrapperType, "line_buffering", (self) => tio(self).lineBuffering);
getter(TextIOWrapperType, "write_through", (self) => tio(self).writeThrough);
getter(TextIOWrapperType, "buffer", (self) => attachedTio(self).buffer);
getter(TextIOWrapperType, "closed", (self) => attachedTio(self).isClosed());
getter(TextIOWrapperType, "name", (self) => getAttr(attachedTio(self).buffer, "name"));
getter(TextIOWrapperType, "newlines", (self) => {
  const t = attachedTio(self);
  return t.readUniversal && (t.buffer instanceof BufferedObj ? (t.buffer.kind & READ) !== 0 : true) ? newlinesValue(t.seennl) : None;
});
getter(
  TextIOWrapperType,
  "_CHUNK_SIZE",
  (self) => tio(self).chunkSize,
  (self, v) => {
    if (v === undefined) throw newException(excType("AttributeError"), "cannot delete attribute");
    const n = intArg(v);
    if (n <= 0) throw valueError("a strictly positive integer is required");
    tio(self).chunkSize = n;
  },
);

// ---------------------------------------------------------------------------------------------
// IncrementalNewlineDecoder

class NewlineDecoderObj extends PyInstance {
  decoder: PyObject = None;
  translate = false;
  pendingCR = false;
  seennl = 0;
  ok = false;
}
IncrementalNewlineDecoderType.alloc = (cls) => new NewlineDecoderObj(cls);

function nld(x: PyObject): NewlineDecoderObj {
  if (!(x instanceof NewlineDecoderObj)) throw typeError(`descriptor requires a '_io.IncrementalNewlineDecoder' object but received a '${typeOf(x).name}'`);
  if (!x.ok) throw valueError("IncrementalNewlineDecoder.__init__() not called");
  return x;
}

methods(IncrementalNewlineDecoderType, {
  __init__: (self, args, kw) => {
    const [decoder, translate] = clinicArgs("IncrementalNewlineDecoder", args, kw, ["decoder", "translate", "errors"], 2);
    const d = self as NewlineDecoderObj;
    d.decoder = decoder!;
    d.translate = isTrue(translate!);
    d.pendingCR = false;
    d.seennl = 0;
    d.ok = true;
    return None;
  },
  decode: (self, args, kw) => {
    const [input, finalObj] = clinicArgs("decode", args, kw, ["input", "final"], 1);
    const d = nld(self);
    const final = finalObj !== undefined && isTrue(finalObj);
    let out: PyObject = d.decoder === None ? input! : call(getAttr(d.decoder, "decode"), [input!], null);
    if (d.decoder !== None && finalObj !== undefined) out = call(getAttr(d.decoder, "decode"), [input!, final], null);
    let s = strArg(out);
    if (s === undefined) throw typeError(`decoder should return a string result, not '${typeOf(out).name}'`);
    if (d.pendingCR && (final || s.length > 0)) {
      s = "\r" + s;
      d.pendingCR = false;
    }
    if (!final && s.length > 0 && s.charCodeAt(s.length - 1) === 13) {
      s = s.slice(0, -1);
      d.pendingCR = true;
    }
    d.seennl |= scanNewlines(s);
    if (d.translate && s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
    return s;
  },
  getstate: (self) => {
    const d = nld(self);
    let buf: PyObject = new PyBytes(EMPTY);
    let flag = 0;
    if (d.decoder !== None) {
      const st = callMethod(d.decoder, "getstate", []);
      if (!(st instanceof PyTuple) || st.items.length !== 2) throw typeError("illegal decoder state");
      buf = st.items[0];
      flag = intArg(st.items[1]) * 2;
    }
    if (d.pendingCR) flag |= 1;
    return new PyTuple([buf, flag]);
  },
  setstate: (self, args) => {
    const d = nld(self);
    const st = args[0];
    if (!(st instanceof PyTuple) || st.items.length !== 2) throw typeError("state argument must be a tuple");
    const flag = intArg(st.items[1]);
    d.pendingCR = (flag & 1) === 1;
    if (d.decoder !== None) callMethod(d.decoder, "setstate", [new PyTuple([st.items[0], Math.floor(flag / 2)])]);
    return None;
  },
  reset: (self) => {
    const d = nld(self);
    d.seennl = 0;
    d.pendingCR = false;
    if (d.decoder !== None) callMethod(d.decoder, "reset", []);
    return None;
  },
});
getter(IncrementalNewlineDecoderType, "newlines", (self) => newlinesValue(nld(self).seennl));

// ---------------------------------------------------------------------------------------------
// open()

/** _io.open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
export function ioOpen(args: PyObject[], kwnames: string[] | null): PyObject {
  const [file, modeObj, bufferingObj, encodingObj, errorsObj, newlineObj, closefdObj, openerObj] = clinicArgs(
    "open",
    args,
    kwnames,
    ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
    1,
  );
  let mode = "r";
  if (modeObj !== undefined) {
    const s = strArg(modeObj);
    if (s === undefined) throw typeError(`open() argument 'mode' must be str, not ${typeOf(modeObj).name}`);
    mode = s;
  }
  let buffering = -1;
  if (bufferingObj !== undefined) {
    if (typeOf(bufferingObj).name === "float") throw typeError("'float' object cannot be interpreted as an integer");
    buffering = intArg(bufferingObj);
  }
  const encoding = optStr(encodingObj, "open", "encoding");
  const errors = optStr(errorsObj, "open", "errors");
  const newline = optStr(newlineObj, "open", "newline");
  const closefd = closefdObj === undefined ? true : isTrue(closefdObj);
  const opener = openerObj ?? None;

  let creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
  for (let i = 0; i < mode.length; i++) {
    const c = mode[i];
    const idx = "xrwa+tb".indexOf(c);
    if (idx < 0 || mode.indexOf(c, i + 1) >= 0) throw valueError(`invalid mode: '${mode}'`);
    if (c === "x") creating = true;
    else if (c === "r") reading = true;
    else if (c === "w") writing = true;
    else if (c === "a") appending = true;
    else if (c === "+") updating = true;
    else if (c === "t") text = true;
    else binary = true;
  }
  let rawmode = "";
  if (creating) rawmode += "x";
  if (reading) rawmode += "r";
  if (writing) rawmode += "w";
  if (appending) rawmode += "a";
  if (updating) rawmode += "+";
  if (text && binary) throw valueError("can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) throw valueError("must have exactly one of create/read/write/append mode");
  if (binary && encoding !== null) throw valueError("binary mode doesn't take an encoding argument");
  if (binary && errors !== null) throw valueError("binary mode doesn't take an errors argument");
  if (binary && newline !== null) throw valueError("binary mode doesn't take a newline argument");

  let pathOrFd: PyObject = file!;
  if (typeof file !== "number" && typeof file !== "bigint" && typeof file !== "boolean") {
    const p = fspathMaybe(file!);
    if (p === undefined) throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(file!).name}`);
    pathOrFd = p;
  }
  const raw = new FileIOObj(FileIOType);
  raw.open(pathOrFd, rawmode, closefd, opener);
  try {
    let lineBuffering = false;
    if (buffering === 1 || (buffering < 0 && ttyIsatty(raw.fd))) {
      buffering = -1;
      lineBuffering = true;
    }
    if (buffering < 0) buffering = Math.max(raw.blksize, DEFAULT_BUFFER_SIZE);
    if (buffering === 0) {
      if (binary) return raw;
      throw valueError("can't have unbuffered text I/O");
    }
    const kind = updating ? READ | WRITE : creating || writing || appending ? WRITE : READ;
    const type = updating ? BufferedRandomType : kind === WRITE ? BufferedWriterType : BufferedReaderType;
    const buffer = new BufferedObj(type);
    buffer.init(raw, kind, buffering);
    if (binary) return buffer;
    const wrapper = new TextIOObj(TextIOWrapperType);
    if (newline !== null && newline !== "" && newline !== "\n" && newline !== "\r" && newline !== "\r\n") throw valueError(`illegal newline value: ${newline}`);
    wrapper.init(buffer, encoding, errors, newline, lineBuffering, false);
    dictSet((wrapper.dict ??= new PyDict()), "mode", mode);
    return wrapper;
  } catch (e) {
    try {
      raw.close();
    } catch {
      /* keep the first error */
    }
    throw e;
  }
}

export const openFunction = setFnModule(builtinFunction("open", ioOpen));

// ---------------------------------------------------------------------------------------------
// Standard streams (sys.stdin/stdout/stderr)

/** isatty(fd); the standard streams of an embedded VM are the embedder's, never a terminal. */
export function isTerminal(fd: number): boolean {
  if (host.stdio !== null && fd <= 2) return false;
  try {
    return ttyIsatty(fd);
  } catch {
    return false;
  }
}

/** A TextIOWrapper over a BufferedReader/Writer over FileIO(fd, closefd=False). */
export function stdStream(fd: number, name: string, write: boolean, errors: string): TextIOObj {
  const raw = new FileIOObj(FileIOType);
  raw.fd = fd;
  raw.readable = !write;
  raw.writable = write;
  raw.closefd = false;
  dictSet((raw.dict ??= new PyDict()), "name", name);
  const buffer = new BufferedObj(write ? BufferedWriterType : BufferedReaderType);
  buffer.init(raw, write ? WRITE : READ, DEFAULT_BUFFER_SIZE);
  buffer.exempt = true;
  const t = new TextIOObj(TextIOWrapperType);
  // line-buffered on a terminal, as CPython's; an embedder's callbacks get each line as printed
  const lineBuffered = write && (host.stdio !== null || isTerminal(fd));
  t.init(buffer, "utf-8", errors, "\n", lineBuffered, false);
  t.exempt = true;
  dictSet((t.dict ??= new PyDict()), "mode", write ? "w" : "r");
  return t;
}

// ---------------------------------------------------------------------------------------------
// The module

registerBuiltinModule("_io", (m: PyModule) => {
  const d = m.dict.map;
  // CPython's _io functions say they come from io
  const fn = (name: string, f: (args: PyObject[], kw: string[] | null) => PyObject) => {
    const b = builtinFunction(name, f);
    b.module = "io";
    d.set(name, b);
  };
  d.set("DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE);
  d.set("BlockingIOError", excType("BlockingIOError"));
  d.set("UnsupportedOperation", UnsupportedOperationType());
  // builtins.open is io.open
  const builtinOpen = builtinsDict.map.get("open");
  const open = builtinOpen instanceof PyBuiltinFunction && builtinOpen.name === "open" ? builtinOpen : openFunction;
  open.module = "io";
  d.set("open", open);
  fn("open_code", (args, kw) => {
    const [path] = clinicArgs("open_code", args, kw, ["path"], 1);
    if (strArg(path!) === undefined) throw typeError(`open_code() argument 'path' must be str, not ${typeOf(path!).name}`);
    return ioOpen([path!, "rb"], null);
  });
  fn("text_encoding", (args, kw) => {
    const [encoding] = clinicArgs("text_encoding", args, kw, ["encoding", "stacklevel"], 1);
    return encoding === None ? "locale" : encoding!;
  });
  for (const t of [
    IOBaseType,
    RawIOBaseType,
    BufferedIOBaseType,
    TextIOBaseType,
    FileIOType,
    BytesIOType,
    StringIOType,
    BufferedReaderType,
    BufferedWriterType,
    BufferedRandomType,
    BufferedRWPairType,
    TextIOWrapperType,
    IncrementalNewlineDecoderType,
  ])
    d.set(t.name, t);
});
