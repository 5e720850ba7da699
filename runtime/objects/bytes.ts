// bytes, bytearray and memoryview, with CPython 3.11's semantics and messages.
//
// The read-only algorithms (searching, splitting, stripping, case mapping, padding, printf-style
// formatting…) are written once over Uint8Array views and registered on both bytes and
// bytearray through a `Kind` that says how to read `self` and how to build results (bytes
// methods return bytes, bytearray methods return bytearrays). bytearray adds the mutating
// methods; its storage is a Uint8Array with spare capacity (`bytes`) and a `length`.
//
// Buffers: bytes, bytearray, memoryview and any object with a `bufferBytes()` method (other
// modules' exporters, e.g. BytesIO.getbuffer) are bytes-like (`bufferOf`). A memoryview reads
// its exporter live; exports do not lock a bytearray against resizing (CPython's BufferError),
// since this VM has no reference counting to release a forgotten view.
import {
  None,
  NotImplemented,
  PyBaseException,
  PyBoxed,
  PyByteArray,
  PyBytes,
  PyDict,
  PyFloat,
  PyComplex,
  PyHeap,
  PyList,
  PyNativeIterator,
  PyObject,
  PySlice,
  PyTuple,
  PyType,
  builtinType,
  bytearrayType,
  bytesType,
  listType,
  objectType,
  strType,
  tupleType,
  Ellipsis,
} from "./core.js";
import { classMethod, getter, methods, setNew, staticMethod } from "./define.js";
import {
  KeyErrorType,
  TypeErrorType,
  excType,
  indexError,
  newException,
  overflowError,
  typeError,
  valueError,
} from "./exceptions.js";
import { registerValueHashedType, dictGet } from "./hashtable.js";
import { asInt } from "./operators.js";
import { call, callBound, eq, getItem, getIter, index, isSubtype, iterNext, len, lookupType, objectId, typeOf } from "./protocol.js";
import { asIndexForSubscript, asSsize, isIndexable, nativeIteratorType, rangeArgs, reduceAt, reduceExhausted, sliceIndices, slotArgs, stateIndex, userDefines } from "./slice.js";
import { asciiRepr, decodeBytes, encodeStr } from "./str.js";
import { toInt as intOf } from "./numbers.js";
import { TextError } from "../text/errors.js";
import { DTSF_ALT, floatToString, type FloatCode } from "../text/float-repr.js";
import { percentFormatLong, type PercentIntConversion } from "../text/percent-format.js";
import { intToFloat } from "./int.js";
import { formatCode, formatItemSize, isByteFormat, readItem, writeItem } from "./memory-format.js";

type Method = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

const SSIZE_MAX = Number.MAX_SAFE_INTEGER;
const EMPTY = new Uint8Array(0);

function tname(x: PyObject): string {
  return typeOf(x).name;
}
function textError(e: unknown): unknown {
  if (e instanceof TextError) return newException(excType(e.pyType), e.message);
  return e;
}
function memoryError(): PyBaseException {
  return newException(excType("MemoryError"));
}
const MAX_BYTES = 0x7fffffff;
function checkSize(n: number): void {
  if (n > MAX_BYTES) {
    if (n > 9223372036854775807) throw overflowError("repeated bytes are too long");
    throw memoryError();
  }
}

// ---------------------------------------------------------------------------------------------
// memoryview's object (declared first: bufferOf knows it)

export const memoryviewType: PyType = builtinType("memoryview", objectType, undefined, { noSubclass: true });
const memoryIteratorType: PyType = nativeIteratorType("memory_iterator");

/** A memoryview of format 'B': `count` bytes of the exporter's buffer from `start`, `step` apart. */
export class PyMemoryView implements PyHeap {
  cls: PyType = memoryviewType;
  released = false;
  constructor(
    /** the exporting object (memoryview.obj) */
    readonly obj: PyObject,
    /** the exporter's whole buffer, read afresh on each access */
    readonly base: () => Uint8Array,
    /** the exporter's writable buffer, or null for read-only memory */
    readonly writableBase: (() => Uint8Array) | null,
    readonly readonly: boolean,
    /** byte offset of the first item, byte distance between items, number of items */
    readonly start: number,
    readonly step: number,
    readonly count: number,
    /** item format (memory-format.ts) and its size in bytes */
    readonly format: string = "B",
    readonly itemsize: number = 1,
  ) {}
  /** A view of the same memory: `start`, `step`, `count` as given, format kept. */
  derive(start: number, step: number, count: number, readonly = this.readonly): PyMemoryView {
    return new PyMemoryView(this.obj, this.base, this.writableBase, readonly, start, step, count, this.format, this.itemsize);
  }
  /** The viewed bytes (a subarray when contiguous, else a copy). For buffer consumers. */
  bufferBytes(): Uint8Array {
    const b = mvLive(this).base();
    const size = this.itemsize;
    if (this.step === size) return b.subarray(this.start, this.start + this.count * size);
    const out = new Uint8Array(this.count * size);
    for (let i = 0, j = this.start; i < this.count; i++, j += this.step) for (let k = 0; k < size; k++) out[i * size + k] = b[j + k] ?? 0;
    return out;
  }
  /** The viewed bytes for writing (contiguous writable views only). */
  writableBufferBytes(): Uint8Array | undefined {
    if (this.readonly || this.writableBase === null || this.step !== this.itemsize) return undefined;
    return mvLive(this).writableBase!().subarray(this.start, this.start + this.count * this.itemsize);
  }
}

function mvLive(m: PyMemoryView): PyMemoryView {
  if (m.released) throw valueError("operation forbidden on released memoryview object");
  return m;
}

// ---------------------------------------------------------------------------------------------
// Buffers

/** The contents of a bytes-like object (bytes, bytearray, memoryview, buffer exporters), or
 *  undefined. For a bytearray this is a live view of its storage: copy before resizing it. */
export function bufferOf(x: PyObject): Uint8Array | undefined {
  if (x instanceof PyBytes) return x.bytes;
  if (x instanceof PyByteArray) return x.bytes.subarray(0, x.length);
  if (typeof x !== "object") return undefined;
  if (x instanceof PyMemoryView) return x.bufferBytes();
  if (x instanceof PyBoxed) return bufferOf(x.value);
  const f = (x as { bufferBytes?: () => Uint8Array }).bufferBytes;
  if (typeof f === "function") return f.call(x);
  return undefined;
}

/** A bytes-like argument, or TypeError "a bytes-like object is required, not 'T'". */
export function needBuffer(x: PyObject): Uint8Array {
  const b = bufferOf(x);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${tname(x)}'`);
  return b;
}

/** The bytes of a bytes object or bytes-subclass instance, else undefined. */
export function asBytes(x: PyObject): Uint8Array | undefined {
  if (x instanceof PyBytes) return x.bytes;
  if (x instanceof PyBoxed && x.value instanceof PyBytes) return x.value.bytes;
  return undefined;
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}
function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

// ---------------------------------------------------------------------------------------------
// repr and hash

/** repr(bytes): b'...' with CPython's choice of quotes and escapes. */
export function bytesRepr(b: Uint8Array, quoteEscapeAll = false): string {
  let squote = false, dquote = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) squote = true;
    else if (b[i] === 0x22) dquote = true;
  }
  const q = squote && !dquote ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(q);
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === q || c === 0x5c || (quoteEscapeAll && c === 0x27)) out += "\\" + String.fromCharCode(c);
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + (c < 16 ? "0" : "") + c.toString(16);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(q);
}

/** hash(bytes): the VM's str hash of the latin-1 text (so hash(b'abc') == hash('abc'), as in
 *  CPython; the value itself is per-process in CPython anyway). */
export function bytesHash(b: Uint8Array): number {
  let h1 = 0x811c9dc5 | 0, h2 = 0x01000193 | 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822519);
  }
  const h = (h1 >>> 0) * 2 ** 20 + (h2 >>> 12);
  return h === 0 ? 1 : h;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Arguments

function countMsg(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}
function rejectKw(qual: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
}
/** METH_NOARGS */
function noArgs(qual: string, args: PyObject[], kwnames: string[] | null): void {
  rejectKw(qual, kwnames);
  if (args.length !== 0) throw typeError(`${qual}() takes no arguments (${args.length} given)`);
}
/** METH_O */
function oneArg(qual: string, args: PyObject[], kwnames: string[] | null): PyObject {
  rejectKw(qual, kwnames);
  if (args.length !== 1) throw typeError(`${qual}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
/** METH_VARARGS parsed with PyArg_ParseTuple */
function varArgs(name: string, qual: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  rejectKw(qual, kwnames);
  if (args.length < min) throw typeError(`${name}() takes at least ${countMsg(min, "argument")} (${args.length} given)`);
  if (args.length > max) throw typeError(`${name}() takes at most ${countMsg(max, "argument")} (${args.length} given)`);
}
/** Argument Clinic with keywords: values in parameter order. */
function kwArgs(name: string, args: PyObject[], kwnames: string[] | null, names: string[]): (PyObject | undefined)[] {
  if (kwnames === null || kwnames.length === 0) {
    if (args.length > names.length) throw typeError(`${name}() takes at most ${countMsg(names.length, "argument")} (${args.length} given)`);
    return args;
  }
  const nkw = kwnames.length;
  const npos = args.length - nkw;
  if (args.length > names.length)
    throw typeError(`${name}() takes at most ${names.length} ${npos === 0 ? "keyword " : ""}argument${names.length === 1 ? "" : "s"} (${args.length} given)`);
  const out: (PyObject | undefined)[] = args.slice(0, npos);
  for (let k = 0; k < nkw; k++) {
    const i = names.indexOf(kwnames[k]);
    if (i < 0) throw typeError(`'${kwnames[k]}' is an invalid keyword argument for ${name}()`);
    if (i < npos) throw typeError(`argument for ${name}() given by name ('${kwnames[k]}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  return out;
}
/** A str argument of a clinic function ("decode() argument 'encoding' must be str, not int"). */
function strArg(x: PyObject, fname: string, what: string): string {
  if (typeof x === "string") return x;
  if (x instanceof PyBoxed && typeof x.value === "string") return x.value;
  throw typeError(`${fname}() argument ${what} must be str, not ${tname(x)}`);
}
function asStr(x: PyObject): string | undefined {
  if (typeof x === "string") return x;
  if (x instanceof PyBoxed && typeof x.value === "string") return x.value;
  return undefined;
}

/** _PyEval_SliceIndex: None/absent → dflt; huge ints clamp. */
function sliceIndex(x: PyObject | undefined, dflt: number): number {
  if (x === undefined || x === None) return dflt;
  if (typeof x === "number") return x;
  if (!isIndexable(x)) throw typeError("slice indices must be integers or None or have an __index__ method");
  const v = index(x);
  if (typeof v === "bigint") return v > 0n ? SSIZE_MAX : -SSIZE_MAX;
  return v;
}

/** _getbytevalue: an int in range(256) via __index__. */
function byteValue(x: PyObject): number {
  const v = index(x);
  if (typeof v === "bigint" || v < 0 || v > 255) throw valueError("byte must be in range(0, 256)");
  return v;
}

/** PyNumber_AsSsize_t(x, NULL): huge values clamp instead of raising. */
function ssizeClamped(x: PyObject): number {
  const v = index(x);
  if (typeof v === "bigint") return v > 0n ? SSIZE_MAX : -SSIZE_MAX;
  return v;
}

/** The sub argument of find/count/index: bytes-like, or an int in range(256). */
function subArg(x: PyObject): Uint8Array {
  const b = bufferOf(x);
  if (b !== undefined) return b;
  if (!isIndexable(x)) throw typeError(`argument should be integer or bytes-like object, not '${tname(x)}'`);
  const v = ssizeClamped(x);
  if (v < 0 || v > 255) throw valueError("byte must be in range(0, 256)");
  return Uint8Array.of(v);
}

/** A repeat count for * (None if x is not an integer). */
function repeatCount(x: PyObject): number | undefined {
  if (typeof x === "number") return x;
  if (!isIndexable(x)) return undefined;
  return asIndexForSubscriptOverflow(x);
}
function asIndexForSubscriptOverflow(x: PyObject): number {
  const v = index(x);
  if (typeof v === "bigint") throw overflowError("cannot fit 'int' into an index-sized integer");
  return v;
}

// ---------------------------------------------------------------------------------------------
// Algorithms over byte arrays

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number): boolean => isLower(c) || isUpper(c);

/** ADJUST_INDICES */
function adjust(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** Index of n in h[start:end] (already adjusted), or -1. */
export function findBytes(h: Uint8Array, n: Uint8Array, start: number, end: number): number {
  const m = n.length;
  if (end - start < m) return -1;
  if (m === 0) return start;
  const first = n[0];
  const last = end - m;
  let i = start;
  while (i <= last) {
    i = h.indexOf(first, i);
    if (i < 0 || i > last) return -1;
    let k = 1;
    while (k < m && h[i + k] === n[k]) k++;
    if (k === m) return i;
    i++;
  }
  return -1;
}

/** Last index of n in h[start:end] (already adjusted), or -1. */
export function rfindBytes(h: Uint8Array, n: Uint8Array, start: number, end: number): number {
  const m = n.length;
  if (end - start < m) return -1;
  if (m === 0) return end;
  const first = n[0];
  let i = end - m;
  while (i >= start) {
    i = h.lastIndexOf(first, i);
    if (i < start) return -1;
    let k = 1;
    while (k < m && h[i + k] === n[k]) k++;
    if (k === m) return i;
    i--;
  }
  return -1;
}

function countBytes(h: Uint8Array, n: Uint8Array, start: number, end: number): number {
  [start, end] = adjust(start, end, h.length);
  const m = n.length;
  if (end - start < m) return 0;
  if (m === 0) return end - start + 1;
  let c = 0;
  let i = findBytes(h, n, start, end);
  while (i >= 0) {
    c++;
    i = findBytes(h, n, i + m, end);
  }
  return c;
}

function splitBytes(s: Uint8Array, sep: Uint8Array | null, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = s.length;
  if (maxsplit < 0) maxsplit = SSIZE_MAX;
  if (sep === null) {
    let i = 0;
    while (maxsplit-- > 0) {
      while (i < n && isSpace(s[i])) i++;
      if (i === n) break;
      const j = i++;
      while (i < n && !isSpace(s[i])) i++;
      out.push(s.slice(j, i));
    }
    if (i < n) {
      while (i < n && isSpace(s[i])) i++;
      if (i !== n) out.push(s.slice(i, n));
    }
    return out;
  }
  if (sep.length === 0) throw valueError("empty separator");
  let i = 0;
  while (maxsplit-- > 0) {
    const p = findBytes(s, sep, i, n);
    if (p < 0) break;
    out.push(s.slice(i, p));
    i = p + sep.length;
  }
  out.push(s.slice(i, n));
  return out;
}

function rsplitBytes(s: Uint8Array, sep: Uint8Array | null, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  if (maxsplit < 0) maxsplit = SSIZE_MAX;
  if (sep === null) {
    let i = s.length - 1;
    while (maxsplit-- > 0) {
      while (i >= 0 && isSpace(s[i])) i--;
      if (i < 0) break;
      const j = i--;
      while (i >= 0 && !isSpace(s[i])) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isSpace(s[i])) i--;
      if (i >= 0) out.push(s.slice(0, i + 1));
    }
    return out.reverse();
  }
  if (sep.length === 0) throw valueError("empty separator");
  let j = s.length;
  while (maxsplit-- > 0) {
    const p = rfindBytes(s, sep, 0, j);
    if (p < 0) break;
    out.push(s.slice(p + sep.length, j));
    j = p;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

function replaceBytes(s: Uint8Array, old: Uint8Array, rep: Uint8Array, count: number): Uint8Array {
  if (count < 0) count = SSIZE_MAX;
  if (count === 0 || (old.length === 0 && rep.length === 0) || s.length < old.length) return s.slice();
  const parts: Uint8Array[] = [];
  if (old.length === 0) {
    const limit = Math.min(count, s.length + 1);
    checkSize(s.length + rep.length * limit);
    for (let i = 0; i < limit; i++) {
      parts.push(rep);
      if (i < s.length) parts.push(s.subarray(i, i + 1));
    }
    parts.push(s.subarray(Math.min(limit, s.length)));
    return concat(parts);
  }
  let i = 0;
  let total = 0;
  while (count-- > 0) {
    const p = findBytes(s, old, i, s.length);
    if (p < 0) break;
    parts.push(s.subarray(i, p), rep);
    total += p - i + rep.length;
    checkSize(total);
    i = p + old.length;
  }
  parts.push(s.subarray(i));
  return concat(parts);
}

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  checkSize(n);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function repeat(b: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || b.length === 0) return new Uint8Array(0);
  checkSize(b.length * n);
  const out = new Uint8Array(b.length * n);
  if (b.length === 1) out.fill(b[0]);
  else {
    out.set(b, 0);
    let filled = b.length;
    while (filled < out.length) {
      const k = Math.min(filled, out.length - filled);
      out.copyWithin(filled, 0, k);
      filled += k;
    }
  }
  return out;
}

function stripBytes(s: Uint8Array, chars: Uint8Array | null, left: boolean, right: boolean): Uint8Array {
  let i = 0, j = s.length;
  if (chars === null) {
    if (left) while (i < j && isSpace(s[i])) i++;
    if (right) while (j > i && isSpace(s[j - 1])) j--;
  } else {
    const set = new Uint8Array(256);
    for (const c of chars) set[c] = 1;
    if (left) while (i < j && set[s[i]]) i++;
    if (right) while (j > i && set[s[j - 1]]) j--;
  }
  return s.slice(i, j);
}

function splitLinesBytes(s: Uint8Array, keepends: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && s[i] !== 10 && s[i] !== 13) i++;
    let eol = i;
    if (i < n) {
      if (s[i] === 13 && i + 1 < n && s[i + 1] === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

function expandTabsBytes(s: Uint8Array, tabsize: number): Uint8Array {
  const out: number[] = [];
  let col = 0;
  for (const c of s) {
    if (c === 9) {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        checkSize(out.length + incr);
        for (let k = 0; k < incr; k++) out.push(32);
      }
    } else {
      col++;
      out.push(c);
      if (c === 10 || c === 13) col = 0;
    }
  }
  return Uint8Array.from(out);
}

function mapBytes(s: Uint8Array, f: (c: number, i: number) => number): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = f(s[i], i);
  return out;
}
const toUpper = (c: number): number => (isLower(c) ? c - 32 : c);
const toLower = (c: number): number => (isUpper(c) ? c + 32 : c);

function titleBytes(s: Uint8Array): Uint8Array {
  let prevCased = false;
  return mapBytes(s, (c) => {
    if (isLower(c)) {
      const r = prevCased ? c : c - 32;
      prevCased = true;
      return r;
    }
    if (isUpper(c)) {
      const r = prevCased ? c + 32 : c;
      prevCased = true;
      return r;
    }
    prevCased = false;
    return c;
  });
}

function isTitleBytes(s: Uint8Array): boolean {
  let cased = false, prev = false;
  for (const c of s) {
    if (isUpper(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLower(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

function hexBytes(b: Uint8Array, sepArg: PyObject | undefined, perArg: PyObject | undefined): string {
  const HEX = "0123456789abcdef";
  let sep = "";
  let per = 1;
  if (sepArg !== undefined) {
    const n = len(sepArg);
    if (n !== 1) throw valueError("sep must be length 1.");
    const s = asStr(sepArg);
    let c: number;
    if (s !== undefined) c = s.charCodeAt(0);
    else {
      const sb = asBytes(sepArg);
      if (sb === undefined) throw typeError("sep must be str or bytes.");
      c = sb[0];
    }
    if (c > 127) throw valueError("sep must be ASCII.");
    sep = String.fromCharCode(c);
    if (perArg !== undefined) {
      const v = index(perArg);
      if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) throw overflowError(v > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
      per = v;
    }
  } else {
    if (perArg !== undefined) {
      const v = index(perArg);
      if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) throw overflowError(v > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
    }
    per = 0;
  }
  const pair = (c: number) => HEX[c >> 4] + HEX[c & 15];
  const n = b.length;
  if (per === 0 || n === 0) {
    let out = "";
    for (let i = 0; i < n; i++) out += pair(b[i]);
    return out;
  }
  const abs = Math.abs(per);
  const chunks = Math.floor((n - 1) / abs);
  const parts: string[] = [];
  if (per < 0) {
    let i = 0;
    for (let c = 0; c < chunks; c++) {
      let g = "";
      for (let k = 0; k < abs; k++) g += pair(b[i++]);
      parts.push(g);
    }
    let g = "";
    while (i < n) g += pair(b[i++]);
    parts.push(g);
  } else {
    let i = n - 1;
    for (let c = 0; c < chunks; c++) {
      let g = "";
      for (let k = 0; k < abs; k++) g = pair(b[i--]) + g;
      parts.push(g);
    }
    let g = "";
    while (i >= 0) g = pair(b[i--]) + g;
    parts.push(g);
    parts.reverse();
  }
  return parts.join(sep);
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return 99;
}

function fromHex(s: string): Uint8Array {
  for (let i = 0; i < s.length; i++)
    if (s.charCodeAt(i) >= 128) {
      let cp = 0;
      for (let k = 0; k < i; k++) if (!(s.charCodeAt(k) >= 0xdc00 && s.charCodeAt(k) < 0xe000 && k > 0 && s.charCodeAt(k - 1) >= 0xd800 && s.charCodeAt(k - 1) < 0xdc00)) cp++;
      throw valueError(`non-hexadecimal number found in fromhex() arg at position ${cp}`);
    }
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (isSpace(s.charCodeAt(i))) {
      do i++;
      while (i < n && isSpace(s.charCodeAt(i)));
      if (i >= n) break;
    }
    const top = hexDigit(s.charCodeAt(i));
    if (top >= 16) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    i++;
    const bot = i < n ? hexDigit(s.charCodeAt(i)) : 99;
    if (bot >= 16) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    i++;
    out.push(top * 16 + bot);
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------------------
// Construction

/** The bytes of an iterable of ints (the tail of PyBytes_FromObject). */
function bytesFromInts(items: Iterable<PyObject>, rangeMsg: string, strict: boolean): Uint8Array {
  const out: number[] = [];
  for (const v of items) {
    let n: number;
    if (strict) n = byteValue(v);
    else {
      n = ssizeClamped(v);
      if (n < 0 || n > 255) throw valueError(rangeMsg);
    }
    out.push(n);
  }
  return Uint8Array.from(out);
}

function* iterate(x: PyObject, it: PyObject): Generator<PyObject> {
  void x;
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return;
    yield v;
  }
}

/** PyBytes_FromObject (after the int case). */
function bytesFromObject(x: PyObject): Uint8Array {
  const b = bufferOf(x);
  if (b !== undefined) return b.slice();
  if ((x instanceof PyList || x instanceof PyTuple) && x.cls.isBuiltin) return bytesFromInts(x.items.slice(), "bytes must be in range(0, 256)", false);
  if (asStr(x) === undefined) {
    let it: PyObject | undefined;
    try {
      it = getIter(x);
    } catch (e) {
      if (!(e instanceof PyBaseException && isSubtype(e.cls, TypeErrorType))) throw e;
    }
    if (it !== undefined) return bytesFromInts(iterate(x, it), "bytes must be in range(0, 256)", false);
  }
  throw typeError(`cannot convert '${tname(x)}' object to bytes`);
}

/** bytes(x) for a single argument, as bytes_new does it. */
export function toBytes(x: PyObject): Uint8Array {
  const m = typeof x === "object" ? lookupType(typeOf(x), "__bytes__") : undefined;
  if (m !== undefined && m !== None) {
    const r = callBound(m, x, []);
    const rb = asBytes(r);
    if (rb === undefined) throw typeError(`__bytes__ returned non-bytes (type ${tname(r)})`);
    return rb;
  }
  if (asStr(x) !== undefined) throw typeError("string argument without an encoding");
  if (isIndexable(x) && bufferOf(x) === undefined) {
    const v = index(x);
    if (typeof v === "bigint") throw overflowError("cannot fit 'int' into an index-sized integer");
    if (v < 0) throw valueError("negative count");
    checkSize(v);
    return new Uint8Array(v);
  }
  return bytesFromObject(x);
}

setNew(bytesType, (cls, args, kwnames) => {
  if (!isSubtype(cls, bytesType)) throw typeError(`bytes.__new__(${cls.name}): ${cls.name} is not a subtype of bytes`);
  const [x, enc, err] = kwArgs("bytes", args, kwnames, ["source", "encoding", "errors"]);
  const encoding = enc === undefined ? undefined : strArg(enc, "bytes", "'encoding'");
  const errors = err === undefined ? undefined : strArg(err, "bytes", "'errors'");
  let b: Uint8Array;
  if (x === undefined) {
    if (encoding !== undefined || errors !== undefined) throw typeError(encoding !== undefined ? "encoding without a string argument" : "errors without a string argument");
    b = EMPTY;
  } else if (encoding !== undefined) {
    const s = asStr(x);
    if (s === undefined) throw typeError("encoding without a string argument");
    b = encodeStr(s, encoding, errors ?? "strict");
  } else if (errors !== undefined) {
    throw typeError(asStr(x) !== undefined ? "string argument without an encoding" : "errors without a string argument");
  } else {
    if (cls === bytesType && x instanceof PyBytes && x.cls === bytesType) return x;
    b = toBytes(x);
  }
  return cls === bytesType ? new PyBytes(b === EMPTY ? new Uint8Array(0) : b) : new PyBoxed(cls, new PyBytes(b.slice()));
});

// bytearray: __new__ makes an empty one, __init__ fills it (as CPython).
bytearrayType.alloc = (cls) => new PyByteArray(new Uint8Array(0), 0, cls);
setNew(bytearrayType, (cls) => {
  if (!isSubtype(cls, bytearrayType)) throw typeError(`bytearray.__new__(${cls.name}): ${cls.name} is not a subtype of bytearray`);
  const ba = new PyByteArray(new Uint8Array(0), 0, cls);
  if (cls !== bytearrayType && cls.hasDict) ba.dict = new PyDict();
  return ba;
});

function bytearrayInit(ba: PyByteArray, args: PyObject[], kwnames: string[] | null): void {
  const [x, enc, err] = kwArgs("bytearray", args, kwnames, ["source", "encoding", "errors"]);
  const encoding = enc === undefined ? undefined : strArg(enc, "bytearray", "'encoding'");
  const errors = err === undefined ? undefined : strArg(err, "bytearray", "'errors'");
  baSetLength(ba, 0);
  if (x === undefined) {
    if (encoding !== undefined || errors !== undefined) throw typeError(encoding !== undefined ? "encoding without a string argument" : "errors without a string argument");
    return;
  }
  const s = asStr(x);
  if (s !== undefined) {
    if (encoding === undefined) throw typeError("string argument without an encoding");
    baAssign(ba, encodeStr(s, encoding, errors ?? "strict"));
    return;
  }
  if (encoding !== undefined || errors !== undefined) throw typeError(encoding !== undefined ? "encoding without a string argument" : "errors without a string argument");
  baAssign(ba, bytearraySource(x));
}

/** The contents for bytearray(x) with no encoding (PyByteArray_FromObject). */
function bytearraySource(x: PyObject): Uint8Array {
  if (isIndexable(x) && bufferOf(x) === undefined) {
    const v = index(x);
    if (typeof v === "bigint") throw overflowError("cannot fit 'int' into an index-sized integer");
    if (v < 0) throw valueError("negative count");
    checkSize(v);
    return new Uint8Array(v);
  }
  const b = bufferOf(x);
  if (b !== undefined) return b.slice();
  if ((x instanceof PyList || x instanceof PyTuple) && x.cls.isBuiltin) return bytesFromInts(x.items.slice(), "", true);
  let it: PyObject;
  try {
    it = getIter(x);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.cls, TypeErrorType)) throw typeError(`cannot convert '${tname(x)}' object to bytearray`);
    throw e;
  }
  return bytesFromInts(iterate(x, it), "", true);
}

// ---------------------------------------------------------------------------------------------
// bytearray storage

function baSetLength(ba: PyByteArray, n: number): void {
  checkSize(n);
  if (n > ba.bytes.length) {
    const cap = Math.max(n, ba.length + (ba.length >> 3) + (ba.length < 9 ? 3 : 6));
    const nb = new Uint8Array(cap);
    nb.set(ba.bytes.subarray(0, ba.length));
    ba.bytes = nb;
  } else if (n < ba.length) ba.bytes.fill(0, n, ba.length);
  ba.length = n;
}
function baAssign(ba: PyByteArray, b: Uint8Array): void {
  baSetLength(ba, b.length);
  ba.bytes.set(b, 0);
}
/** ba[lo:hi] = values (values must not alias ba's storage). */
function baSetSlice(ba: PyByteArray, lo: number, hi: number, values: Uint8Array): void {
  const n = ba.length;
  if (hi < lo) hi = lo;
  const tail = ba.bytes.slice(hi, n);
  baSetLength(ba, lo + values.length + tail.length);
  ba.bytes.set(values, lo);
  ba.bytes.set(tail, lo + values.length);
}
function baView(ba: PyByteArray): Uint8Array {
  return ba.bytes.subarray(0, ba.length);
}
function selfBA(x: PyObject): PyByteArray {
  if (x instanceof PyByteArray) return x;
  throw typeError(`descriptor requires a 'bytearray' object but received a '${tname(x)}'`);
}

// ---------------------------------------------------------------------------------------------
// printf-style formatting (_PyBytes_FormatEx)

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

function hasMethod(x: PyObject, name: string): boolean {
  return typeof x === "object" && lookupType(typeOf(x), name) !== undefined;
}
/** PyNumber_Check */
function isNumber(x: PyObject): boolean {
  if (typeof x !== "object") return typeof x !== "string";
  return x instanceof PyFloat || x instanceof PyComplex || hasMethod(x, "__index__") || hasMethod(x, "__int__") || hasMethod(x, "__float__") || (x instanceof PyBoxed && x.value instanceof PyComplex);
}

function formatLong(v: PyObject, flags: number, prec: number, type: PercentIntConversion): string {
  const t: PercentIntConversion = type === "i" ? "d" : type;
  let iv = asInt(v);
  if (iv === undefined && isNumber(v)) {
    try {
      iv = t === "o" || t === "x" || t === "X" ? index(v) : intOf(v);
    } catch (e) {
      if (!(e instanceof PyBaseException && isSubtype(e.cls, TypeErrorType))) throw e;
    }
  }
  if (iv === undefined)
    throw typeError(`%${t} format: ${t === "o" || t === "x" || t === "X" ? "an integer" : "a real number"} is required, not ${tname(v)}`);
  return percentFormatLong(iv, (flags & F_ALT) !== 0, prec, t);
}

/** PyFloat_AsDouble for %e/%f/%g: any failure is "float argument required". */
function formatFloatArg(v: PyObject): number {
  try {
    if (v instanceof PyFloat) return v.value;
    if (v instanceof PyBoxed && v.value instanceof PyFloat) return v.value.value;
    const m = typeof v === "object" ? lookupType(typeOf(v), "__float__") : undefined;
    if (m !== undefined && !(v instanceof PyBoxed && typeof v.value !== "object")) {
      const r = callBound(m, v, []);
      if (r instanceof PyFloat) return r.value;
      if (r instanceof PyBoxed && r.value instanceof PyFloat) return r.value.value;
      throw typeError("__float__ returned non-float");
    }
    if (isIndexable(v)) return intToFloat(index(v));
    throw typeError("must be real number");
  } catch (e) {
    if (e instanceof PyBaseException) throw typeError(`float argument required, not ${tname(v)}`);
    throw e;
  }
}

/** format_obj: %b / %s operand. */
function formatObj(v: PyObject): Uint8Array {
  const b = asBytes(v);
  if (b !== undefined) return b;
  if (v instanceof PyByteArray) return baView(v);
  const m = typeof v === "object" ? lookupType(typeOf(v), "__bytes__") : undefined;
  if (m !== undefined && m !== None) {
    const r = callBound(m, v, []);
    const rb = asBytes(r);
    if (rb === undefined) throw typeError(`__bytes__ returned non-bytes (type ${tname(r)})`);
    return rb;
  }
  const buf = bufferOf(v);
  if (buf !== undefined) return buf;
  throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${tname(v)}'`);
}

/** byte_converter: %c operand. */
function formatChar(v: PyObject): number {
  const b = asBytes(v) ?? (v instanceof PyByteArray ? baView(v) : undefined);
  if (b !== undefined && b.length === 1) return b[0];
  if (!isIndexable(v)) throw typeError("%c requires an integer in range(256) or a single byte");
  const n = index(v);
  if (typeof n === "bigint" || n < 0 || n > 255) throw overflowError("%c arg not in range(256)");
  return n;
}

function hasGetItem(x: PyObject): boolean {
  return typeof x === "object" && x !== None && lookupType(typeOf(x), "__getitem__") !== undefined;
}

/** fmt % args for bytes and bytearray. */
export function bytesPercent(fmt: Uint8Array, args: PyObject): Uint8Array {
  let tuple: PyObject[] | null = null;
  if (args instanceof PyTuple) tuple = args.items;
  else if (args instanceof PyBoxed && args.value instanceof PyTuple) tuple = args.value.items;
  const dict =
    tuple === null && asStr(args) === undefined && asBytes(args) === undefined && !(args instanceof PyByteArray) && (args instanceof PyDict || hasGetItem(args));
  let current: PyObject = args;
  let arglen = tuple !== null ? tuple.length : -1;
  let argidx = tuple !== null ? 0 : -2;
  const nextArg = (): PyObject => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 || tuple === null ? current : tuple[i];
    }
    throw typeError("not enough arguments for format string");
  };
  const out: number[] = [];
  const push = (b: ArrayLike<number>, from = 0, to = b.length) => {
    for (let k = from; k < to; k++) out.push(b[k]);
  };
  const n = fmt.length;
  let p = 0;
  while (p < n) {
    if (fmt[p] !== 37) {
      const q = fmt.indexOf(37, p);
      const e = q < 0 ? n : q;
      push(fmt, p, e);
      p = e;
      continue;
    }
    p++;
    if (p < n && fmt[p] === 37) {
      out.push(37);
      p++;
      continue;
    }
    let chPos = p;
    const next = (): number => {
      if (p >= n) return -1;
      chPos = p;
      return fmt[p++];
    };
    if (p < n && fmt[p] === 40) {
      if (!dict) throw typeError("format requires a mapping");
      p++;
      const keyStart = p;
      let pcount = 1;
      while (pcount > 0 && p < n) {
        if (fmt[p] === 41) pcount--;
        else if (fmt[p] === 40) pcount++;
        p++;
      }
      if (pcount > 0) throw valueError("incomplete format key");
      const key = new PyBytes(fmt.slice(keyStart, p - 1));
      if (args instanceof PyDict && args.cls.isBuiltin) {
        const v = dictGet(args, key);
        if (v === undefined) throw newException(KeyErrorType, key);
        current = v;
      } else current = getItem(args, key);
      tuple = null;
      arglen = -1;
      argidx = -2;
    }
    let flags = 0;
    let width = -1;
    let prec = -1;
    let ch = next();
    for (;;) {
      if (ch === 45) flags |= F_LJUST;
      else if (ch === 43) flags |= F_SIGN;
      else if (ch === 32) flags |= F_BLANK;
      else if (ch === 35) flags |= F_ALT;
      else if (ch === 48) flags |= F_ZERO;
      else break;
      ch = next();
    }
    if (ch === 42) {
      const v = nextArg();
      const iv = asInt(v);
      if (iv === undefined) throw typeError("* wants int");
      if (typeof iv === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
      width = iv;
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      ch = next();
    } else if (ch >= 48 && ch <= 57) {
      width = ch - 48;
      ch = next();
      while (ch >= 48 && ch <= 57) {
        if (width > (SSIZE_MAX - (ch - 48)) / 10) throw valueError("width too big");
        width = width * 10 + (ch - 48);
        ch = next();
      }
    }
    if (ch === 46) {
      prec = 0;
      ch = next();
      if (ch === 42) {
        const v = nextArg();
        const iv = asInt(v);
        if (iv === undefined) throw typeError("* wants int");
        if (iv > 2147483647 || iv < -2147483648) throw overflowError("Python int too large to convert to C int");
        prec = Number(iv);
        if (prec < 0) prec = 0;
        ch = next();
      } else if (ch >= 48 && ch <= 57) {
        prec = ch - 48;
        ch = next();
        while (ch >= 48 && ch <= 57) {
          if (prec > (2147483647 - (ch - 48)) / 10) throw valueError("precision too big");
          prec = prec * 10 + (ch - 48);
          ch = next();
        }
      }
    }
    if (ch === 104 || ch === 108 || ch === 76) ch = next();
    if (ch === -1) throw valueError("incomplete format");
    const v = nextArg();
    let buf: ArrayLike<number>;
    let text: string | null = null;
    let sign = false;
    let fill = 32;
    switch (ch) {
      case 114: // r
      case 97: // a
        text = asciiRepr(v);
        if (prec >= 0 && text.length > prec) text = text.slice(0, prec);
        buf = fromLatin1(text);
        break;
      case 115: // s
      case 98: {
        // b
        let b = formatObj(v);
        if (prec >= 0 && b.length > prec) b = b.subarray(0, prec);
        buf = b;
        break;
      }
      case 105:
      case 100:
      case 117:
      case 111:
      case 120:
      case 88:
        buf = fromLatin1(formatLong(v, flags, prec, String.fromCharCode(ch) as PercentIntConversion));
        sign = true;
        if (flags & F_ZERO) fill = 48;
        break;
      case 101:
      case 69:
      case 102:
      case 70:
      case 103:
      case 71: {
        const x = formatFloatArg(v);
        buf = fromLatin1(floatToString(x, String.fromCharCode(ch) as FloatCode, prec < 0 ? 6 : prec, flags & F_ALT ? DTSF_ALT : 0));
        sign = true;
        if (flags & F_ZERO) fill = 48;
        break;
      }
      case 99: // c
        buf = Uint8Array.of(formatChar(v));
        break;
      default:
        if (ch >= 128) throw overflowError("character argument not in range(0x110000)");
        throw valueError(`unsupported format character '${String.fromCharCode(ch)}' (0x${ch.toString(16)}) at index ${chPos}`);
    }
    // sign, 0x prefix and padding (the tail of _PyBytes_FormatEx's loop)
    let pb = 0;
    let len = buf.length;
    let signChar = 0;
    if (sign) {
      if (buf[0] === 45 || buf[0] === 43) {
        signChar = buf[0];
        pb++;
        len--;
      } else if (flags & F_SIGN) signChar = 43;
      else if (flags & F_BLANK) signChar = 32;
    }
    if (width < len) width = len;
    if (signChar) {
      if (fill !== 32) out.push(signChar);
      if (width > len) width--;
    }
    const altPrefix = (flags & F_ALT) !== 0 && (ch === 111 || ch === 120 || ch === 88);
    if (altPrefix) {
      if (fill !== 32) {
        out.push(buf[pb], buf[pb + 1]);
        pb += 2;
      }
      width -= 2;
      if (width < 0) width = 0;
      len -= 2;
    }
    if (width > len && !(flags & F_LJUST)) {
      checkSize(out.length + width);
      for (let k = 0; k < width - len; k++) out.push(fill);
      width = len;
    }
    if (fill === 32) {
      if (signChar) out.push(signChar);
      if (altPrefix) {
        out.push(buf[pb], buf[pb + 1]);
        pb += 2;
      }
    }
    push(buf, pb, pb + len);
    if (width > len) {
      checkSize(out.length + width);
      for (let k = 0; k < width - len; k++) out.push(32);
    }
    if (dict && argidx < arglen) throw typeError("not all arguments converted during bytes formatting");
  }
  if (argidx < arglen && !dict) throw typeError("not all arguments converted during bytes formatting");
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------------------
// The methods shared by bytes and bytearray

interface Kind {
  name: string;
  type: PyType;
  /** the current contents of self */
  self(x: PyObject): Uint8Array;
  /** a new object of the kind's exact type, owning b */
  make(b: Uint8Array): PyObject;
}

function selfBytes(x: PyObject): Uint8Array {
  const b = asBytes(x);
  if (b === undefined) throw typeError(`descriptor requires a 'bytes' object but received a '${tname(x)}'`);
  return b;
}

const BYTES: Kind = { name: "bytes", type: bytesType, self: selfBytes, make: (b) => new PyBytes(b) };
const BYTEARRAY: Kind = { name: "bytearray", type: bytearrayType, self: (x) => baView(selfBA(x)), make: (b) => new PyByteArray(b, b.length) };

export function newByteArray(b: Uint8Array): PyByteArray {
  return new PyByteArray(b, b.length);
}

function byteIterator(kind: Kind, itType: PyType, self: PyObject): PyNativeIterator {
  let i = 0; // Infinity once next() found the end (CPython drops the object then)
  let it: PyNativeIterator;
  let size: () => number;
  if (self instanceof PyByteArray) {
    it = new PyNativeIterator(itType, () => {
      if (i < self.length) return self.bytes[i++];
      i = Infinity;
      return undefined;
    });
    size = () => self.length;
  } else {
    const b = kind.self(self);
    it = new PyNativeIterator(itType, () => {
      if (i < b.length) return b[i++];
      i = Infinity;
      return undefined;
    });
    size = () => b.length;
  }
  it.iterState = {
    reduce: () => (i === Infinity ? reduceExhausted(new PyTuple([])) : reduceAt(self, i)),
    setState: (st) => {
      const v = stateIndex(st, 0, size());
      if (i !== Infinity) i = v;
    },
    lengthHint: () => (i === Infinity ? 0 : Math.max(0, size() - i)),
  };
  return it;
}

function sharedMethods(kind: Kind, itType: PyType): Record<string, Method> {
  const K = kind.name;
  const q = (n: string) => `${K}.${n}`;
  const make = kind.make;
  const self = kind.self;

  const noArg = (name: string, f: (b: Uint8Array) => PyObject): Method => (s, args, kw) => {
    if (args.length !== 0 || kw !== null) noArgs(q(name), args, kw);
    return f(self(s));
  };
  const predicate = (name: string, each: (c: number) => boolean, emptyResult = false): Method =>
    noArg(name, (b) => {
      if (b.length === 0) return emptyResult;
      for (const c of b) if (!each(c)) return false;
      return true;
    });
  const finder = (name: string, reverse: boolean, raise: boolean): Method => (s, args, kw) => {
    const b = self(s);
    varArgs(name, q(name), args, kw, 1, 3);
    const start0 = sliceIndex(args[1], 0);
    const end0 = sliceIndex(args[2], SSIZE_MAX);
    const sub = subArg(args[0]);
    const [start, end] = adjust(start0, end0, b.length);
    const r = reverse ? rfindBytes(b, sub, start, end) : findBytes(b, sub, start, end);
    if (r < 0 && raise) throw valueError("subsection not found");
    return r;
  };
  const tail = (name: string, atEnd: boolean): Method => (s, args, kw) => {
    const b = self(s);
    varArgs(name, q(name), args, kw, 1, 3);
    const start = sliceIndex(args[1], 0);
    const end = sliceIndex(args[2], SSIZE_MAX);
    const match = (sub: Uint8Array): boolean => {
      const slen = sub.length;
      const n = b.length;
      let [st, en] = adjust(start, end, n);
      if (!atEnd) {
        if (st > n - slen) return false;
      } else {
        if (en - st < slen || st > n) return false;
        if (en - slen > st) st = en - slen;
      }
      if (en - st < slen) return false;
      for (let k = 0; k < slen; k++) if (b[st + k] !== sub[k]) return false;
      return true;
    };
    const x = args[0];
    if (x instanceof PyTuple || (x instanceof PyBoxed && x.value instanceof PyTuple)) {
      const items = x instanceof PyTuple ? x.items : (x.value as PyTuple).items;
      for (const item of items) if (match(needBuffer(item))) return true;
      return false;
    }
    const sub = bufferOf(x);
    if (sub === undefined) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${tname(x)}`);
    return match(sub);
  };
  const strip = (name: string, left: boolean, right: boolean): Method => (s, args, kw) => {
    rangeArgs(name, q(name), args, kw, 0, 1);
    const chars = args.length === 0 || args[0] === None ? null : needBuffer(args[0]);
    return make(stripBytes(self(s), chars, left, right));
  };
  const fillChar = (name: string, x: PyObject | undefined): number => {
    if (x === undefined) return 32;
    const b = asBytes(x) ?? (x instanceof PyByteArray ? baView(x) : undefined);
    if (b === undefined || b.length !== 1) throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${tname(x)}`);
    return b[0];
  };
  const just = (name: string, how: "l" | "r" | "c"): Method => (s, args, kw) => {
    rangeArgs(name, q(name), args, kw, 1, 2);
    const width = asSsize(args[0]);
    const fill = fillChar(name, args[1]);
    const b = self(s);
    if (b.length >= width) return make(b.slice());
    const marg = width - b.length;
    const left = how === "l" ? 0 : how === "r" ? marg : Math.floor(marg / 2) + (marg & width & 1);
    checkSize(width);
    const out = new Uint8Array(width).fill(fill);
    out.set(b, left);
    return make(out);
  };
  const partition = (name: string, reverse: boolean): Method => (s, args, kw) => {
    const sepObj = oneArg(q(name), args, kw);
    const b = self(s);
    let sep = needBuffer(sepObj);
    if (sep.length === 0) throw valueError("empty separator");
    const sepResult = kind === BYTES ? sepObj : make(sep.slice());
    sep = sep.slice();
    const p = reverse ? rfindBytes(b, sep, 0, b.length) : findBytes(b, sep, 0, b.length);
    if (p < 0) {
      const whole = kind === BYTES ? s : make(b.slice());
      return new PyTuple(reverse ? [make(new Uint8Array(0)), make(new Uint8Array(0)), whole] : [whole, make(new Uint8Array(0)), make(new Uint8Array(0))]);
    }
    return new PyTuple([make(b.slice(0, p)), sepResult, make(b.slice(p + sep.length))]);
  };
  const splitter = (name: string, f: typeof splitBytes): Method => (s, args, kw) => {
    const [sepArg, maxArg] = kwArgs(name, args, kw, ["sep", "maxsplit"]);
    const sep = sepArg === undefined || sepArg === None ? null : needBuffer(sepArg).slice();
    const maxsplit = maxArg === undefined ? -1 : asSsize(maxArg);
    return new PyList(f(self(s), sep, maxsplit).map(make));
  };

  return {
    __len__: (s, args) => {
      slotArgs(args, 0);
      return self(s).length;
    },
    __iter__: (s, args) => {
      slotArgs(args, 0);
      return byteIterator(kind, itType, s);
    },
    __getitem__: (s, args) => {
      slotArgs(args, 1);
      const b = self(s);
      const key = args[0];
      if (key instanceof PySlice) {
        const [start, , step, n] = sliceIndices(key, b.length);
        if (step === 1) return make(b.slice(start, start + n));
        const out = new Uint8Array(Math.max(n, 0));
        for (let k = 0, i = start; k < n; k++, i += step) out[k] = b[i];
        return make(out);
      }
      if (isIndexable(key)) {
        let i = asIndexForSubscript(key);
        if (i < 0) i += b.length;
        if (i < 0 || i >= b.length) throw indexError(kind === BYTES ? "index out of range" : "bytearray index out of range");
        return b[i];
      }
      throw typeError(`${K === "bytes" ? "byte" : "bytearray"} indices must be integers or slices, not ${tname(key)}`);
    },
    __contains__: (s, args) => {
      slotArgs(args, 1);
      const b = self(s);
      const x = args[0];
      if (isIndexable(x)) {
        const v = ssizeClamped(x);
        if (v < 0 || v > 255) throw valueError("byte must be in range(0, 256)");
        return b.indexOf(v) >= 0;
      }
      return findBytes(b, needBuffer(x), 0, b.length) >= 0;
    },
    __add__: (s, args) => {
      slotArgs(args, 1);
      const other = args[0];
      const ob = bufferOf(other);
      if (ob !== undefined) return make(concat([self(s), ob]));
      const rm = userDefines(typeOf(other), "__radd__") ? lookupType(typeOf(other), "__radd__") : undefined;
      if (rm !== undefined) {
        const r = callBound(rm, other, [s]);
        if (r !== NotImplemented) return r;
      }
      throw typeError(`can't concat ${tname(other)} to ${tname(s)}`);
    },
    __mul__: (s, args) => {
      slotArgs(args, 1);
      const other = args[0];
      const n = repeatCount(other);
      if (n !== undefined) return make(repeat(self(s), n));
      const rm = userDefines(typeOf(other), "__rmul__") ? lookupType(typeOf(other), "__rmul__") : undefined;
      if (rm !== undefined) {
        const r = callBound(rm, other, [s]);
        if (r !== NotImplemented) return r;
      }
      throw typeError(`can't multiply sequence by non-int of type '${tname(other)}'`);
    },
    __rmul__: (s, args) => {
      slotArgs(args, 1);
      // CPython repeats the left operand if it is a sequence (whose error then names this
      // type), else this one ("can't multiply sequence by non-int of type 'float'")
      const n = repeatCount(args[0]);
      if (n === undefined) {
        if (isBuiltinSequence(typeOf(args[0]))) return NotImplemented;
        throw typeError(`can't multiply sequence by non-int of type '${tname(args[0])}'`);
      }
      return make(repeat(self(s), n));
    },
    __mod__: (s, args) => {
      slotArgs(args, 1);
      return make(bytesPercent(self(s), args[0]));
    },
    __rmod__: (s, args) => {
      slotArgs(args, 1);
      const other = args[0];
      const ob = kind === BYTES ? asBytes(other) : other instanceof PyByteArray ? baView(other) : undefined;
      if (ob === undefined) return NotImplemented;
      return make(bytesPercent(ob, s));
    },

    capitalize: noArg("capitalize", (b) => make(mapBytes(b, (c, i) => (i === 0 ? toUpper(c) : toLower(c))))),
    lower: noArg("lower", (b) => make(mapBytes(b, toLower))),
    upper: noArg("upper", (b) => make(mapBytes(b, toUpper))),
    swapcase: noArg("swapcase", (b) => make(mapBytes(b, (c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c)))),
    title: noArg("title", (b) => make(titleBytes(b))),
    isalnum: predicate("isalnum", (c) => isAlpha(c) || isDigit(c)),
    isalpha: predicate("isalpha", isAlpha),
    isascii: predicate("isascii", (c) => c < 128, true),
    isdigit: predicate("isdigit", isDigit),
    isspace: predicate("isspace", isSpace),
    islower: noArg("islower", (b) => {
      let cased = false;
      for (const c of b) {
        if (isUpper(c)) return false;
        if (isLower(c)) cased = true;
      }
      return cased;
    }),
    isupper: noArg("isupper", (b) => {
      let cased = false;
      for (const c of b) {
        if (isLower(c)) return false;
        if (isUpper(c)) cased = true;
      }
      return cased;
    }),
    istitle: noArg("istitle", isTitleBytes),

    count: (s, args, kw) => {
      const b = self(s);
      varArgs("count", q("count"), args, kw, 1, 3);
      const start = sliceIndex(args[1], 0);
      const end = sliceIndex(args[2], SSIZE_MAX);
      return countBytes(b, subArg(args[0]), start, end);
    },
    find: finder("find", false, false),
    rfind: finder("rfind", true, false),
    index: finder("index", false, true),
    rindex: finder("rindex", true, true),
    startswith: tail("startswith", false),
    endswith: tail("endswith", true),

    split: splitter("split", splitBytes),
    rsplit: splitter("rsplit", rsplitBytes),
    splitlines: (s, args, kw) => {
      const [k] = kwArgs("splitlines", args, kw, ["keepends"]);
      const keepends = k === undefined ? false : asSsize(k) !== 0;
      return new PyList(splitLinesBytes(self(s), keepends).map(make));
    },
    partition: partition("partition", false),
    rpartition: partition("rpartition", true),
    join: (s, args, kw) => {
      const iterable = oneArg(q("join"), args, kw);
      let items: PyObject[];
      if ((iterable instanceof PyList || iterable instanceof PyTuple) && iterable.cls.isBuiltin) items = iterable.items.slice();
      else {
        let it: PyObject;
        try {
          it = getIter(iterable);
        } catch (e) {
          if (e instanceof PyBaseException && isSubtype(e.cls, TypeErrorType)) throw typeError("can only join an iterable");
          throw e;
        }
        items = [...iterate(iterable, it)];
      }
      const sep = self(s).slice();
      const parts: Uint8Array[] = [];
      items.forEach((v, i) => {
        const b = bufferOf(v);
        if (b === undefined) throw typeError(`sequence item ${i}: expected a bytes-like object, ${tname(v)} found`);
        if (i > 0) parts.push(sep);
        parts.push(b);
      });
      return make(concat(parts));
    },

    replace: (s, args, kw) => {
      rangeArgs("replace", q("replace"), args, kw, 2, 3);
      const old = needBuffer(args[0]);
      const rep = needBuffer(args[1]);
      const count = args.length > 2 ? asSsize(args[2]) : -1;
      return make(replaceBytes(self(s), old.slice(), rep.slice(), count));
    },
    removeprefix: (s, args, kw) => {
      const p = needBuffer(oneArg(q("removeprefix"), args, kw));
      const b = self(s);
      if (p.length <= b.length && p.length > 0 && equalBytes(b.subarray(0, p.length), p)) return make(b.slice(p.length));
      return kind === BYTES && s instanceof PyBytes ? s : make(b.slice());
    },
    removesuffix: (s, args, kw) => {
      const p = needBuffer(oneArg(q("removesuffix"), args, kw));
      const b = self(s);
      if (p.length <= b.length && p.length > 0 && equalBytes(b.subarray(b.length - p.length), p)) return make(b.slice(0, b.length - p.length));
      return kind === BYTES && s instanceof PyBytes ? s : make(b.slice());
    },
    strip: strip("strip", true, true),
    lstrip: strip("lstrip", true, false),
    rstrip: strip("rstrip", false, true),
    ljust: just("ljust", "l"),
    rjust: just("rjust", "r"),
    center: just("center", "c"),
    zfill: (s, args, kw) => {
      const width = asSsize(oneArg(q("zfill"), args, kw));
      const b = self(s);
      if (b.length >= width) return make(b.slice());
      const fill = width - b.length;
      checkSize(width);
      const out = new Uint8Array(width).fill(48);
      out.set(b, fill);
      if (b.length > 0 && (b[0] === 43 || b[0] === 45)) {
        out[0] = b[0];
        out[fill] = 48;
      }
      return make(out);
    },
    expandtabs: (s, args, kw) => {
      const [t] = kwArgs("expandtabs", args, kw, ["tabsize"]);
      let tabsize = 8;
      if (t !== undefined) {
        const v = index(t);
        if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) throw overflowError(v > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        tabsize = v;
      }
      return make(expandTabsBytes(self(s), tabsize));
    },
    translate: (s, args, kw) => {
      const [table, del] = kwArgs("translate", args, kw, ["table", "delete"]);
      if (table === undefined) throw typeError("translate() takes at least 1 positional argument (0 given)");
      let map: Uint8Array | null = null;
      if (table !== None) {
        map = needBuffer(table);
        if (map.length !== 256) throw valueError("translation table must be 256 characters long");
      }
      const delSet = new Uint8Array(256);
      if (del !== undefined) for (const c of needBuffer(del)) delSet[c] = 1;
      const out: number[] = [];
      for (const c of self(s)) if (!delSet[c]) out.push(map === null ? c : map[c]);
      return make(Uint8Array.from(out));
    },
    decode: (s, args, kw) => {
      const [e, r] = kwArgs("decode", args, kw, ["encoding", "errors"]);
      const encoding = e === undefined ? "utf-8" : strArg(e, "decode", "'encoding'");
      const errors = r === undefined ? "strict" : strArg(r, "decode", "'errors'");
      return decodeBytes(self(s).slice(), encoding, errors);
    },
    hex: (s, args, kw) => {
      const [sep, per] = kwArgs("hex", args, kw, ["sep", "bytes_per_sep"]);
      return hexBytes(self(s), sep, per);
    },
  };
}

/** Types with CPython's sq_repeat: they report a bad repeat count themselves. */
function isBuiltinSequence(t: PyType): boolean {
  return [strType, listType, tupleType, bytesType, bytearrayType].some((q) => isSubtype(t, q));
}

function cmpMethods(other: (x: PyObject) => Uint8Array | undefined, self: (x: PyObject) => Uint8Array): Record<string, Method> {
  const m = (test: (c: number) => boolean, eqOnly: 0 | 1 | 2): Method => (s, args) => {
    slotArgs(args, 1);
    const b = other(args[0]);
    if (b === undefined) return NotImplemented;
    const a = self(s);
    if (eqOnly === 1) return equalBytes(a, b);
    if (eqOnly === 2) return !equalBytes(a, b);
    return test(compareBytes(a, b));
  };
  return {
    __eq__: m(() => true, 1),
    __ne__: m(() => true, 2),
    __lt__: m((c) => c < 0, 0),
    __le__: m((c) => c <= 0, 0),
    __gt__: m((c) => c > 0, 0),
    __ge__: m((c) => c >= 0, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// bytes

const bytesIteratorType = nativeIteratorType("bytes_iterator", { setState: true, lengthHint: true });
const bytearrayIteratorType = nativeIteratorType("bytearray_iterator", { setState: true, lengthHint: true });

methods(bytesType, sharedMethods(BYTES, bytesIteratorType));
methods(bytesType, cmpMethods(asBytes, selfBytes));
methods(bytesType, {
  __repr__: (s, args) => {
    slotArgs(args, 0);
    return bytesRepr(selfBytes(s));
  },
  __hash__: (s, args) => {
    slotArgs(args, 0);
    return bytesHash(selfBytes(s));
  },
  __bytes__: (s, args, kw) => {
    noArgs("bytes.__bytes__", args, kw);
    return s instanceof PyBytes && s.cls === bytesType ? s : new PyBytes(selfBytes(s).slice());
  },
  __getnewargs__: (s, args, kw) => {
    noArgs("bytes.__getnewargs__", args, kw);
    return new PyTuple([new PyBytes(selfBytes(s).slice())]);
  },
});
registerValueHashedType(bytesType);

function fromhexMethod(kind: Kind): Method {
  return (cls, args, kw) => {
    const x = oneArg(`${kind.name}.fromhex`, args, kw);
    const s = asStr(x);
    if (s === undefined) throw typeError(`fromhex() argument must be str, not ${tname(x)}`);
    const r = kind.make(fromHex(s));
    return cls === kind.type ? r : call(cls, [r]);
  };
}
classMethod(bytesType, "fromhex", fromhexMethod(BYTES));
classMethod(bytearrayType, "fromhex", fromhexMethod(BYTEARRAY));

function maketrans(args: PyObject[], kwnames: string[] | null): PyObject {
  rangeArgs("maketrans", "maketrans", args, kwnames, 2, 2);
  const frm = needBuffer(args[0]);
  const to = needBuffer(args[1]);
  if (frm.length !== to.length) throw valueError("maketrans arguments must have same length");
  const out = new Uint8Array(256);
  for (let i = 0; i < 256; i++) out[i] = i;
  for (let i = 0; i < frm.length; i++) out[frm[i]] = to[i];
  return new PyBytes(out);
}
staticMethod(bytesType, "maketrans", maketrans);
staticMethod(bytearrayType, "maketrans", maketrans);

// ---------------------------------------------------------------------------------------------
// bytearray

methods(bytearrayType, sharedMethods(BYTEARRAY, bytearrayIteratorType));
methods(
  bytearrayType,
  cmpMethods(
    (x) => (asStr(x) !== undefined ? undefined : bufferOf(x)),
    (x) => baView(selfBA(x)),
  ),
);
bytearrayType.dict.map.set("__hash__", None);
registerValueHashedType(bytearrayType); // so dict/set keys go through hash() and raise "unhashable"

/** bytearray_ass_subscript: ba[index] = values (values undefined: del ba[index]). */
function baAssSubscript(ba: PyByteArray, key: PyObject, values: PyObject | undefined): void {
  let start: number, stop: number, step: number, slicelen: number;
  if (isIndexable(key)) {
    let i = asIndexForSubscript(key);
    const iv = values === undefined ? -1 : byteValue(values);
    if (i < 0) i += ba.length;
    if (i < 0 || i >= ba.length) throw indexError("bytearray index out of range");
    if (values !== undefined) {
      ba.bytes[i] = iv;
      return;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelen = 1;
  } else if (key instanceof PySlice) {
    [start, stop, step, slicelen] = sliceIndices(key, ba.length);
  } else throw typeError(`bytearray indices must be integers or slices, not ${tname(key)}`);
  let bytes: Uint8Array;
  if (values === undefined) bytes = EMPTY;
  else if (values === ba || !(values instanceof PyByteArray)) {
    if (asStr(values) !== undefined || (isNumber(values) && bufferOf(values) === undefined))
      throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    bytes = bytearraySource(values);
  } else bytes = baView(values).slice();
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    baSetSlice(ba, start, stop, bytes);
    return;
  }
  if (bytes.length === 0) {
    if (slicelen <= 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelen - 1) - 1;
      step = -step;
    }
    const keep: number[] = [];
    const drop = new Set<number>();
    for (let k = 0, i = start; k < slicelen; k++, i += step) drop.add(i);
    for (let i = 0; i < ba.length; i++) if (!drop.has(i)) keep.push(ba.bytes[i]);
    baAssign(ba, Uint8Array.from(keep));
    return;
  }
  if (bytes.length !== slicelen) throw valueError(`attempt to assign bytes of size ${bytes.length} to extended slice of size ${slicelen}`);
  for (let k = 0, i = start; k < slicelen; k++, i += step) ba.bytes[i] = bytes[k];
}

function baExtend(ba: PyByteArray, x: PyObject): void {
  const b = bufferOf(x);
  if (b !== undefined) {
    baSetSlice(ba, ba.length, ba.length, b.slice());
    return;
  }
  let it: PyObject;
  try {
    it = getIter(x);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.cls, TypeErrorType)) throw typeError(`can't extend bytearray with ${tname(x)}`);
    throw e;
  }
  const add = bytesFromInts(iterate(x, it), "", true);
  baSetSlice(ba, ba.length, ba.length, add);
}

methods(bytearrayType, {
  __init__: (s, args, kw) => {
    bytearrayInit(selfBA(s), args, kw);
    return None;
  },
  __repr__: (s, args) => {
    slotArgs(args, 0);
    const ba = selfBA(s);
    return `${ba.cls.name}(${bytesRepr(baView(ba), true)})`;
  },
  __setitem__: (s, args) => {
    slotArgs(args, 2);
    baAssSubscript(selfBA(s), args[0], args[1]);
    return None;
  },
  __delitem__: (s, args) => {
    slotArgs(args, 1);
    baAssSubscript(selfBA(s), args[0], undefined);
    return None;
  },
  __iadd__: (s, args) => {
    slotArgs(args, 1);
    const ba = selfBA(s);
    const b = bufferOf(args[0]);
    if (b === undefined) throw typeError(`can't concat ${tname(args[0])} to ${tname(s)}`);
    baSetSlice(ba, ba.length, ba.length, b.slice());
    return ba;
  },
  __imul__: (s, args) => {
    slotArgs(args, 1);
    const ba = selfBA(s);
    const n = repeatCount(args[0]);
    if (n === undefined) throw typeError(`can't multiply sequence by non-int of type '${tname(args[0])}'`);
    baAssign(ba, repeat(baView(ba).slice(), n));
    return ba;
  },
  __alloc__: (s, args, kw) => {
    noArgs("bytearray.__alloc__", args, kw);
    const ba = selfBA(s);
    return Math.max(ba.bytes.length, ba.length) + 1;
  },
  __reduce__: (s, args, kw) => {
    noArgs("bytearray.__reduce__", args, kw);
    return baReduce(selfBA(s), 2);
  },
  __reduce_ex__: (s, args, kw) => {
    rangeArgs("__reduce_ex__", "bytearray.__reduce_ex__", args, kw, 0, 1);
    const proto = args.length > 0 ? asSsize(args[0]) : 0;
    return baReduce(selfBA(s), proto);
  },
  append: (s, args, kw) => {
    const ba = selfBA(s);
    const v = byteValue(oneArg("bytearray.append", args, kw));
    baSetLength(ba, ba.length + 1);
    ba.bytes[ba.length - 1] = v;
    return None;
  },
  extend: (s, args, kw) => {
    baExtend(selfBA(s), oneArg("bytearray.extend", args, kw));
    return None;
  },
  insert: (s, args, kw) => {
    rangeArgs("insert", "bytearray.insert", args, kw, 2, 2);
    const ba = selfBA(s);
    let i = asSsize(args[0]);
    const v = byteValue(args[1]);
    const n = ba.length;
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    }
    if (i > n) i = n;
    baSetSlice(ba, i, i, Uint8Array.of(v));
    return None;
  },
  pop: (s, args, kw) => {
    rangeArgs("pop", "bytearray.pop", args, kw, 0, 1);
    const ba = selfBA(s);
    let i = args.length > 0 ? asSsize(args[0]) : -1;
    if (ba.length === 0) throw indexError("pop from empty bytearray");
    if (i < 0) i += ba.length;
    if (i < 0 || i >= ba.length) throw indexError("pop index out of range");
    const v = ba.bytes[i];
    baSetSlice(ba, i, i + 1, EMPTY);
    return v;
  },
  remove: (s, args, kw) => {
    const ba = selfBA(s);
    const v = byteValue(oneArg("bytearray.remove", args, kw));
    const i = baView(ba).indexOf(v);
    if (i < 0) throw valueError("value not found in bytearray");
    baSetSlice(ba, i, i + 1, EMPTY);
    return None;
  },
  reverse: (s, args, kw) => {
    noArgs("bytearray.reverse", args, kw);
    baView(selfBA(s)).reverse();
    return None;
  },
  clear: (s, args, kw) => {
    noArgs("bytearray.clear", args, kw);
    baSetLength(selfBA(s), 0);
    return None;
  },
  copy: (s, args, kw) => {
    noArgs("bytearray.copy", args, kw);
    return newByteArray(baView(selfBA(s)).slice());
  },
});

function baReduce(ba: PyByteArray, proto: number): PyObject {
  const d = ba.dict !== null && ba.dict.map.size > 0 ? ba.dict : None;
  const b = baView(ba);
  if (proto < 3) return new PyTuple([ba.cls, new PyTuple([latin1(b), "latin-1"]), d]);
  return new PyTuple([ba.cls, new PyTuple(b.length > 0 ? [new PyBytes(b.slice())] : []), d]);
}

// ---------------------------------------------------------------------------------------------
// memoryview

/** memoryview(x) */
export function newMemoryView(x: PyObject): PyMemoryView {
  if (x instanceof PyMemoryView) {
    mvLive(x);
    return x.derive(x.start, x.step, x.count);
  }
  const inner = x instanceof PyBoxed ? x.value : x;
  if (inner instanceof PyBytes) return new PyMemoryView(x, () => inner.bytes, null, true, 0, 1, inner.bytes.length);
  if (inner instanceof PyByteArray) {
    const view = () => inner.bytes.subarray(0, inner.length);
    return new PyMemoryView(x, view, view, false, 0, 1, inner.length);
  }
  if (typeof x === "object") {
    // an exporter that re-exports another object's buffer (pickle.PickleBuffer): the view is of
    // that object's memory, with that object as memoryview.obj
    const fwd = (x as { forwardedView?: () => PyMemoryView }).forwardedView;
    if (typeof fwd === "function") {
      const v = fwd.call(x);
      return v.derive(v.start, v.step, v.count);
    }
    const f = (x as { bufferBytes?: () => Uint8Array }).bufferBytes;
    if (typeof f === "function") {
      const w = (x as { writableBufferBytes?: () => Uint8Array | undefined }).writableBufferBytes;
      const base = () => f.call(x);
      const wbase = typeof w === "function" ? () => w.call(x) ?? new Uint8Array(0) : null;
      // an exporter may name its items' format (array.array does)
      const fmtFn = (x as { bufferFormat?: () => string }).bufferFormat;
      const fmt = typeof fmtFn === "function" ? fmtFn.call(x) : "B";
      const size = formatItemSize(fmt);
      if (size !== undefined && size > 1) return new PyMemoryView(x, base, wbase, wbase === null, 0, size, base().length / size, fmt, size);
      return new PyMemoryView(x, base, wbase, wbase === null, 0, 1, base().length);
    }
  }
  throw typeError(`memoryview: a bytes-like object is required, not '${tname(x)}'`);
}

function selfMV(x: PyObject): PyMemoryView {
  if (x instanceof PyMemoryView) return mvLive(x);
  throw typeError(`descriptor requires a 'memoryview' object but received a '${tname(x)}'`);
}
function mvGet(m: PyMemoryView, i: number): PyObject {
  if (m.itemsize === 1 && m.format === "B") return m.base()[m.start + i * m.step] ?? 0;
  return readItem(m.format, m.base(), m.start + i * m.step);
}

setNew(memoryviewType, (_cls, args, kwnames) => {
  const [obj] = kwArgs("memoryview", args, kwnames, ["object"]);
  if (obj === undefined) throw typeError("memoryview() missing required argument 'object' (pos 1)");
  return newMemoryView(obj);
});

function mvIndex(m: PyMemoryView, key: PyObject): number {
  let i = asIndexForSubscript(key);
  if (i < 0) i += m.count;
  if (i < 0 || i >= m.count) throw indexError("index out of bounds on dimension 1");
  return i;
}

methods(memoryviewType, {
  __repr__: (s) => {
    const m = s as PyMemoryView;
    return `<${m.released ? "released " : ""}memory at 0x${objectId(m).toString(16)}>`;
  },
  __len__: (s, args) => {
    slotArgs(args, 0);
    return selfMV(s).count;
  },
  __iter__: (s, args) => {
    slotArgs(args, 0);
    const m = selfMV(s);
    let i = 0;
    return new PyNativeIterator(memoryIteratorType, () => (i < m.count ? mvGet(mvLive(m), i++) : undefined));
  },
  __getitem__: (s, args) => {
    slotArgs(args, 1);
    const m = selfMV(s);
    const key = args[0];
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, m.count);
      return m.derive(m.start + start * m.step, m.step * step, n);
    }
    if (isIndexable(key)) return mvGet(m, mvIndex(m, key));
    if (key === Ellipsis) return s;
    throw typeError("memoryview: invalid slice key");
  },
  __setitem__: (s, args) => {
    slotArgs(args, 2);
    const m = selfMV(s);
    if (m.readonly || m.writableBase === null) throw typeError("cannot modify read-only memory");
    const [key, value] = args;
    if (key instanceof PySlice) {
      const srcFormat = value instanceof PyMemoryView ? value.format : "B";
      const src = needBuffer(value).slice();
      const [start, , step, n] = sliceIndices(key, m.count);
      const size = m.itemsize;
      if (src.length !== n * size || formatCode(srcFormat) !== formatCode(m.format)) throw valueError("memoryview assignment: lvalue and rvalue have different structures");
      const w = m.writableBase();
      for (let k = 0, i = start; k < n; k++, i += step) w.set(src.subarray(k * size, (k + 1) * size), m.start + i * m.step);
      return None;
    }
    if (!isIndexable(key)) throw typeError("memoryview: invalid slice key");
    const i = mvIndex(m, key);
    writeItem(m.format, m.writableBase(), m.start + i * m.step, value);
    return None;
  },
  __delitem__: (s, args) => {
    slotArgs(args, 1);
    selfMV(s);
    throw typeError("cannot delete memory");
  },
  __eq__: (s, args) => mvEq(s as PyMemoryView, args[0]),
  __ne__: (s, args) => {
    const r = mvEq(s as PyMemoryView, args[0]);
    return r === NotImplemented ? r : !r;
  },
  __hash__: (s) => {
    const m = selfMV(s);
    if (!m.readonly) throw valueError("cannot hash writable memoryview object");
    if (!isByteFormat(m.format)) throw valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return bytesHash(m.bufferBytes());
  },
  __enter__: (s) => selfMV(s),
  __exit__: (s) => {
    (s as PyMemoryView).released = true;
    return None;
  },
  release: (s, args, kw) => {
    noArgs("memoryview.release", args, kw);
    (s as PyMemoryView).released = true;
    return None;
  },
  tobytes: (s, args, kw) => {
    const [order] = kwArgs("tobytes", args, kw, ["order"]);
    if (order !== undefined && order !== None) {
      const o = asStr(order);
      if (o === undefined) throw typeError(`tobytes() argument 'order' must be str or None, not ${tname(order)}`);
      if (o !== "C" && o !== "F" && o !== "A") throw valueError("order must be 'C', 'F' or 'A'");
    }
    return new PyBytes(selfMV(s).bufferBytes().slice());
  },
  tolist: (s, args, kw) => {
    noArgs("memoryview.tolist", args, kw);
    const m = selfMV(s);
    if (m.format === "B") return new PyList(Array.from(m.bufferBytes()));
    const out: PyObject[] = [];
    for (let i = 0; i < m.count; i++) out.push(mvGet(m, i));
    return new PyList(out);
  },
  hex: (s, args, kw) => {
    const [sep, per] = kwArgs("hex", args, kw, ["sep", "bytes_per_sep"]);
    return hexBytes(selfMV(s).bufferBytes(), sep, per);
  },
  toreadonly: (s, args, kw) => {
    noArgs("memoryview.toreadonly", args, kw);
    const m = selfMV(s);
    return m.derive(m.start, m.step, m.count, true);
  },
  cast: (s, args, kw) => {
    const [format, shape] = kwArgs("cast", args, kw, ["format", "shape"]);
    const m = selfMV(s);
    if (format === undefined) throw typeError("cast() missing required argument 'format' (pos 1)");
    const f = asStr(format);
    if (f === undefined) throw typeError(`cast() argument 'format' must be str, not ${tname(format)}`);
    if (m.step !== m.itemsize && m.count > 1) throw typeError("memoryview: casts are restricted to C-contiguous views");
    const size = formatItemSize(f);
    if (size === undefined) throw valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    if (!isByteFormat(f) && !isByteFormat(m.format)) throw typeError("memoryview: cannot cast between two non-byte formats");
    const nbytes = m.count * m.itemsize;
    if (nbytes % size !== 0) throw typeError("memoryview: length is not a multiple of itemsize");
    if (shape !== undefined && shape !== None) {
      const dims = shape instanceof PyTuple || shape instanceof PyList ? shape.items : null;
      if (dims === null || dims.length !== 1 || asInt(dims[0]) !== nbytes / size) throw newException(excType("NotImplementedError"), "memoryview.cast: only one-dimensional shapes are supported");
    }
    return new PyMemoryView(m.obj, m.base, m.writableBase, m.readonly, m.start, size, nbytes / size, f, size);
  },
});

function mvEq(m: PyMemoryView, other: PyObject): PyObject {
  if (m === other) return true;
  if (other instanceof PyMemoryView && other.released) return false;
  if (m.released) return bufferOf(other) === undefined && !(other instanceof PyMemoryView) ? NotImplemented : false;
  if (asStr(other) !== undefined) return NotImplemented;
  const b = bufferOf(other);
  if (b === undefined) return NotImplemented;
  const otherFormat = other instanceof PyMemoryView ? other.format : "B";
  if (formatCode(m.format) === formatCode(otherFormat) && formatCode(m.format) !== "f" && formatCode(m.format) !== "d" && formatCode(m.format) !== "e") return equalBytes(m.bufferBytes(), b);
  // different formats (or floats, where bytes differ for equal values): compare item values
  const o = other instanceof PyMemoryView ? other : newMemoryView(other);
  if (o.count !== m.count) return false;
  for (let i = 0; i < m.count; i++) if (!eq(mvGet(m, i), mvGet(o, i))) return false;
  return true;
}

getter(memoryviewType, "obj", (s) => selfMV(s).obj);
getter(memoryviewType, "nbytes", (s) => {
  const m = selfMV(s);
  return m.count * m.itemsize;
});
getter(memoryviewType, "readonly", (s) => selfMV(s).readonly);
getter(memoryviewType, "format", (s) => selfMV(s).format);
getter(memoryviewType, "itemsize", (s) => selfMV(s).itemsize);
getter(memoryviewType, "ndim", (s) => (selfMV(s), 1));
getter(memoryviewType, "shape", (s) => new PyTuple([selfMV(s).count]));
getter(memoryviewType, "strides", (s) => new PyTuple([selfMV(s).step]));
getter(memoryviewType, "suboffsets", (s) => (selfMV(s), new PyTuple([])));
getter(memoryviewType, "released", (s) => (s as PyMemoryView).released);
const contiguous = (s: PyObject): boolean => {
  const m = selfMV(s);
  return m.step === m.itemsize || m.count <= 1;
};
getter(memoryviewType, "c_contiguous", contiguous);
getter(memoryviewType, "f_contiguous", contiguous);
getter(memoryviewType, "contiguous", contiguous);
registerValueHashedType(memoryviewType);

export { latin1 as bytesToLatin1, fromLatin1 as latin1ToBytes };
