// The _struct module (behind Lib/struct.py): format strings with byte order, size and
// alignment prefixes, pack/unpack of C types, the Struct type and unpack iterators, with
// CPython 3.11's sizes (x86-64 Linux), value checks and error messages.
//
// CPython packs some standard-size codes ('<' on a little-endian machine) with the native
// functions, and the two families check ranges differently; the tables below reproduce the
// resulting behaviour code by code.
import {
  None,
  PyBoxed,
  PyByteArray,
  PyBytes,
  PyDict,
  PyFloat,
  PyNativeIterator,
  PyObject,
  PyTuple,
  PyType,
  builtinType,
  objectType,
} from "../objects/core.js";
import { getter, method, setNew } from "../objects/define.js";
import { ExceptionType, IndexErrorType, MemoryErrorType, OverflowErrorType, SystemErrorType, StopIterationType, newException, overflowError, typeError } from "../objects/exceptions.js";
import { intToFloat, normBig } from "../objects/int.js";
import { callBound, index, isTrue, lookupType, typeOf } from "../objects/protocol.js";
import { allocInstance } from "../objects/typeobj.js";
import { encodeStr } from "../objects/str.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { defFunction, needBytes, newExceptionClass, ssizeArg, writableBytes } from "./small-util.js";

// ---------------------------------------------------------------------------------------------
// struct.error

let structErrorType: PyType | null = null;
function structError(): PyType {
  return (structErrorType ??= newExceptionClass("struct", "error", [ExceptionType]));
}
function err(msg: string) {
  return newException(structError(), msg);
}

// ---------------------------------------------------------------------------------------------
// Format tables

const enum Order {
  Native,
  Little,
  Big,
}

/** How an integer code checks its value before packing. */
const enum IntKind {
  /** PyLong_AsLong: out of the 64-bit signed range → "argument out of range" */
  Long,
  /** PyLong_AsUnsignedLong: negative or past 2**64-1 → "argument out of range" */
  ULong,
  /** _PyLong_AsByteArray of the code's size: overflow → "int too large to convert" */
  Bytes,
  /** PyLong_AsVoidPtr: [-2**63, 2**64) else "int too large to convert" */
  VoidP,
}

interface IntRule {
  kind: IntKind;
  signed: boolean;
  /** extra range check after the conversion, with its message (null: none) */
  lo?: bigint;
  hi?: bigint;
  msg?: string;
}

interface FormatDef {
  code: string;
  size: number;
  align: number;
  int?: IntRule;
  /** unpacks as signed (integer codes) */
  signed?: boolean;
}

const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;
const U64_MAX = (1n << 64n) - 1n;

function rangeRule(kind: IntKind, code: string, size: number, signed: boolean): IntRule {
  const bits = BigInt(size * 8);
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  return { kind, signed, lo, hi, msg: `'${code}' format requires ${lo} <= number <= ${hi}` };
}
function namedRule(name: string, lo: bigint, hi: bigint): IntRule {
  return { kind: IntKind.Long, signed: lo < 0n, lo, hi, msg: `${name} format requires ${lo} <= number <= ${hi}` };
}

function makeTable(order: Order): Map<string, FormatDef> {
  const t = new Map<string, FormatDef>();
  const native = order === Order.Native;
  const add = (code: string, size: number, rule?: IntRule, signed?: boolean) =>
    t.set(code, { code, size, align: native ? size : 0, int: rule, signed });
  add("x", 1);
  add("c", 1);
  add("b", 1, namedRule("byte", -128n, 127n), true);
  add("B", 1, namedRule("ubyte", 0n, 255n), false);
  add("?", 1);
  add("e", 2);
  add("f", 4);
  add("d", 8);
  add("s", 1);
  add("p", 1);
  if (order === Order.Big) {
    add("h", 2, rangeRule(IntKind.Long, "h", 2, true), true);
    add("H", 2, rangeRule(IntKind.ULong, "H", 2, false), false);
    add("i", 4, rangeRule(IntKind.Long, "i", 4, true), true);
    add("I", 4, rangeRule(IntKind.ULong, "I", 4, false), false);
    add("l", 4, rangeRule(IntKind.Long, "l", 4, true), true);
    add("L", 4, rangeRule(IntKind.ULong, "L", 4, false), false);
    add("q", 8, { kind: IntKind.Bytes, signed: true }, true);
    add("Q", 8, { kind: IntKind.Bytes, signed: false }, false);
  } else {
    add("h", 2, namedRule("short", -32768n, 32767n), true);
    add("H", 2, namedRule("ushort", 0n, 65535n), false);
    add("i", 4, rangeRule(IntKind.Long, "i", 4, true), true);
    add("I", 4, rangeRule(IntKind.ULong, "I", 4, false), false);
    if (native) {
      add("l", 8, { kind: IntKind.Long, signed: true }, true);
      add("L", 8, { kind: IntKind.ULong, signed: false }, false);
    } else {
      add("l", 4, rangeRule(IntKind.Long, "l", 4, true), true);
      add("L", 4, rangeRule(IntKind.ULong, "L", 4, false), false);
    }
    add("q", 8, { kind: IntKind.Long, signed: true }, true);
    add("Q", 8, { kind: IntKind.ULong, signed: false }, false);
    if (native) {
      add("n", 8, { kind: IntKind.Long, signed: true }, true);
      add("N", 8, { kind: IntKind.ULong, signed: false }, false);
      add("P", 8, { kind: IntKind.VoidP, signed: false }, false);
    }
  }
  // 'x', 'c', '?', 's', 'p' have char alignment; everything else is aligned to its size
  return t;
}

const TABLES = [makeTable(Order.Native), makeTable(Order.Little), makeTable(Order.Big)];

/** A run of `count` fields of one code starting at `offset` (s/p: one field, `count` its length). */
interface Run {
  def: FormatDef;
  offset: number;
  count: number;
}

interface Compiled {
  order: Order;
  /** struct size (may exceed 2**53 for formats only calcsize() can use) */
  size: number;
  bigSize: bigint;
  runs: Run[];
  /** number of values packed/unpacked */
  nargs: number;
}

const SSIZE_MAX = 0x7fffffffffffffffn;

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** prepare_s: parses a format (ASCII bytes) into runs of fields; struct.error on bad formats. */
function compile(fmt: Uint8Array): Compiled {
  if (fmt.indexOf(0) >= 0) throw err("embedded null character");
  let pos = 0;
  let order = Order.Native;
  if (fmt.length > 0) {
    switch (fmt[0]) {
      case 0x40: // @
        pos = 1;
        break;
      case 0x3d: // =
      case 0x3c: // <
        order = Order.Little;
        pos = 1;
        break;
      case 0x3e: // >
      case 0x21: // !
        order = Order.Big;
        pos = 1;
        break;
    }
  }
  const table = TABLES[order];
  const runs: Run[] = [];
  let size = 0n;
  let nargs = 0;
  while (pos < fmt.length) {
    let c = fmt[pos++];
    if (isSpace(c)) continue;
    let num = 1n;
    if (c >= 0x30 && c <= 0x39) {
      num = BigInt(c - 0x30);
      for (;;) {
        if (pos >= fmt.length) throw err("repeat count given without format specifier");
        c = fmt[pos++];
        if (c < 0x30 || c > 0x39) break;
        num = num * 10n + BigInt(c - 0x30);
        if (num > SSIZE_MAX) throw err("total struct size too long");
      }
    }
    const def = table.get(String.fromCharCode(c));
    if (def === undefined) throw err("bad char in struct format");
    if (def.align > 1 && size > 0n) size += BigInt(def.align - 1) - ((size - 1n) % BigInt(def.align));
    if (size + num * BigInt(def.size) > SSIZE_MAX) throw err("total struct size too long");
    if (def.code === "s" || def.code === "p") {
      runs.push({ def, offset: Number(size), count: Number(num) });
      nargs++;
    } else if (def.code !== "x" && num > 0n) {
      runs.push({ def, offset: Number(size), count: Number(num) });
      nargs += Number(num);
    }
    size += num * BigInt(def.size);
  }
  return { order, size: Number(size), bigSize: size, runs, nargs };
}

// ---------------------------------------------------------------------------------------------
// Value conversion

/** get_pylong: an int, via __index__; struct.error for anything else. */
function getPyLong(v: PyObject): bigint {
  if (typeof v === "number") return BigInt(v);
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (v instanceof PyBoxed && (typeof v.value === "number" || typeof v.value === "bigint")) return BigInt(v.value);
  if (lookupType(typeOf(v), "__index__") === undefined) throw err("required argument is not an integer");
  return BigInt(index(v));
}

function isPyInt(v: PyObject): boolean {
  return typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || (v instanceof PyBoxed && (typeof v.value === "number" || typeof v.value === "bigint"));
}

/** PyFloat_AsDouble, any failure reported as struct.error "required argument is not a float". */
function getDouble(v: PyObject): number {
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyBoxed && v.value instanceof PyFloat) return v.value.value;
  try {
    if (isPyInt(v)) return intToFloat(getPyLong(v) as bigint);
    const t = typeOf(v);
    const f = lookupType(t, "__float__");
    if (f !== undefined) {
      const r = callBound(f, v, []);
      if (r instanceof PyFloat) return r.value;
      if (r instanceof PyBoxed && r.value instanceof PyFloat) return r.value.value;
      throw typeError("__float__ returned non-float");
    }
    if (lookupType(t, "__index__") !== undefined) return intToFloat(BigInt(index(v)));
  } catch {
    throw err("required argument is not a float");
  }
  throw err("required argument is not a float");
}

function writeInt(buf: Uint8Array, off: number, size: number, x: bigint, little: boolean): void {
  let u = BigInt.asUintN(size * 8, x);
  for (let k = 0; k < size; k++) {
    buf[little ? off + k : off + size - 1 - k] = Number(u & 0xffn);
    u >>= 8n;
  }
}

function readInt(buf: Uint8Array, off: number, size: number, signed: boolean, little: boolean): number | bigint {
  if (size <= 4) {
    let u = 0;
    for (let k = size - 1; k >= 0; k--) u = u * 256 + buf[little ? off + k : off + size - 1 - k];
    if (signed && u >= 2 ** (size * 8 - 1)) u -= 2 ** (size * 8);
    return u;
  }
  let u = 0n;
  for (let k = size - 1; k >= 0; k--) u = (u << 8n) | BigInt(buf[little ? off + k : off + size - 1 - k]);
  return normBig(signed ? BigInt.asIntN(size * 8, u) : u);
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const F32 = new Float32Array(1);
const U32F = new Uint32Array(F32.buffer);

function signBit(x: number): boolean {
  F64[0] = x;
  return U32[1] >>> 31 === 1;
}

/** PyFloat_Pack2: IEEE half precision, round half to even; null on overflow. */
function packHalf(x: number): number | null {
  let sign = signBit(x) ? 1 : 0;
  let e: number;
  let bits: number;
  if (x === 0) return sign << 15;
  if (x === Infinity || x === -Infinity) return (sign << 15) | 0x7c00;
  if (Number.isNaN(x)) return (sign << 15) | 0x7e00;
  if (x < 0) x = -x;
  // frexp: x = f * 2**e with f in [0.5, 1)
  let f = x;
  e = 0;
  while (f >= 1) {
    f /= 2;
    e++;
  }
  while (f < 0.5) {
    f *= 2;
    e--;
  }
  f *= 2;
  e--;
  if (e >= 16) return null;
  if (e < -25) {
    f = 0;
    e = 0;
  } else if (e < -14) {
    f = f * 2 ** (14 + e);
    e = 0;
  } else {
    e += 15;
    f -= 1;
  }
  f *= 1024;
  bits = Math.floor(f);
  if (f - bits > 0.5 || (f - bits === 0.5 && bits % 2 === 1)) {
    bits++;
    if (bits === 1024) {
      bits = 0;
      e++;
      if (e === 31) return null;
    }
  }
  sign = sign << 15;
  return bits | (e << 10) | sign;
}

/** PyFloat_Unpack2. */
function unpackHalf(h: number): number {
  const sign = (h >> 15) & 1;
  let e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) {
    if (f === 0) return sign ? -Infinity : Infinity;
    return sign ? -NaN : NaN;
  }
  let x = f / 1024;
  if (e === 0) e = -14;
  else {
    x += 1;
    e -= 15;
  }
  x *= 2 ** e;
  return sign ? -x : x;
}

/** (float)x as C casts it (NaN keeps its sign). */
function toFloat32Bits(x: number): number {
  if (Number.isNaN(x)) return (signBit(x) ? 0x80000000 : 0) | 0x7fc00000;
  F32[0] = x;
  return U32F[0];
}

function writeU32(buf: Uint8Array, off: number, u: number, little: boolean): void {
  for (let k = 0; k < 4; k++) {
    buf[little ? off + k : off + 3 - k] = u & 0xff;
    u >>>= 8;
  }
}

function writeDouble(buf: Uint8Array, off: number, x: number, little: boolean): void {
  F64[0] = x;
  const lo = U32[0], hi = U32[1];
  if (little) {
    writeU32(buf, off, lo, true);
    writeU32(buf, off + 4, hi, true);
  } else {
    writeU32(buf, off, hi, false);
    writeU32(buf, off + 4, lo, false);
  }
}

function readU32(buf: Uint8Array, off: number, little: boolean): number {
  let u = 0;
  for (let k = 3; k >= 0; k--) u = u * 256 + buf[little ? off + k : off + 3 - k];
  return u;
}

function readDouble(buf: Uint8Array, off: number, little: boolean): number {
  if (little) {
    U32[0] = readU32(buf, off, true);
    U32[1] = readU32(buf, off + 4, true);
  } else {
    U32[1] = readU32(buf, off, false);
    U32[0] = readU32(buf, off + 4, false);
  }
  return F64[0];
}

function packedBytes(v: PyObject, code: string): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes.subarray(0, v.length);
  if (v instanceof PyBoxed && (v.value instanceof PyBytes || v.value instanceof PyByteArray)) return packedBytes(v.value, code);
  throw err(`argument for '${code}' must be a bytes object`);
}

function packInt(def: FormatDef, v: PyObject, buf: Uint8Array, off: number, little: boolean): void {
  const rule = def.int!;
  const x = getPyLong(v);
  switch (rule.kind) {
    case IntKind.Long:
      if (x < I64_MIN || x > I64_MAX) throw err("argument out of range");
      break;
    case IntKind.ULong:
      if (x < 0n || x > U64_MAX) throw err("argument out of range");
      break;
    case IntKind.Bytes: {
      const bits = BigInt(def.size * 8);
      const ok = rule.signed ? x >= -(1n << (bits - 1n)) && x < 1n << (bits - 1n) : x >= 0n && x < 1n << bits;
      if (!ok) {
        if (isPyInt(v)) throw err("int too large to convert");
        throw newException(OverflowErrorType, !rule.signed && x < 0n ? "can't convert negative int to unsigned" : "int too large to convert");
      }
      break;
    }
    case IntKind.VoidP:
      if (x < I64_MIN || x > U64_MAX) {
        if (isPyInt(v)) throw err("int too large to convert");
        throw overflowError("int too large to convert");
      }
      break;
  }
  if (rule.msg !== undefined && (x < rule.lo! || x > rule.hi!)) throw err(rule.msg);
  writeInt(buf, off, def.size, x, little);
}

function floatOverflow(v: PyObject, code: string) {
  if (isPyInt(v)) return err("int too large to convert");
  return overflowError(`float too large to pack with ${code} format`);
}

/** Packs one value of code `def` at `off` (s/p: `len` is the field length). */
function packField(order: Order, def: FormatDef, len: number, v: PyObject, buf: Uint8Array, off: number): void {
  const little = order !== Order.Big;
  const code = def.code;
  switch (code) {
    case "c": {
      if (!(v instanceof PyBytes || (v instanceof PyBoxed && v.value instanceof PyBytes)) || needBytes(v).length !== 1)
        throw err("char format requires a bytes object of length 1");
      buf[off] = needBytes(v)[0];
      return;
    }
    case "s": {
      const b = packedBytes(v, "s");
      buf.set(b.length > len ? b.subarray(0, len) : b, off);
      return;
    }
    case "p": {
      const b = packedBytes(v, "p");
      if (len === 0) return;
      const n = Math.min(b.length, len - 1);
      buf.set(b.subarray(0, n), off + 1);
      buf[off] = Math.min(n, 255);
      return;
    }
    case "?":
      buf[off] = isTrue(v) ? 1 : 0;
      return;
    case "e": {
      const h = packHalf(getDouble(v));
      if (h === null) throw floatOverflow(v, "e");
      buf[little ? off : off + 1] = h & 0xff;
      buf[little ? off + 1 : off] = h >> 8;
      return;
    }
    case "f": {
      const x = getDouble(v);
      const bits = toFloat32Bits(x);
      if (order !== Order.Native && (bits & 0x7fffffff) === 0x7f800000 && Number.isFinite(x)) throw floatOverflow(v, "f");
      writeU32(buf, off, bits, little);
      return;
    }
    case "d":
      writeDouble(buf, off, getDouble(v), little);
      return;
  }
  packInt(def, v, buf, off, little);
}

function unpackField(order: Order, def: FormatDef, len: number, buf: Uint8Array, off: number): PyObject {
  const little = order !== Order.Big;
  switch (def.code) {
    case "c":
      return new PyBytes(buf.slice(off, off + 1));
    case "s":
      return new PyBytes(buf.slice(off, off + len));
    case "p": {
      // CPython asks for a bytes object of size -1 here
      if (len === 0) throw newException(SystemErrorType, "Negative size passed to PyBytes_FromStringAndSize");
      const n = Math.min(buf[off], len - 1);
      return new PyBytes(buf.slice(off + 1, off + 1 + n));
    }
    case "?":
      return buf[off] !== 0;
    case "e":
      return new PyFloat(unpackHalf(little ? buf[off] | (buf[off + 1] << 8) : (buf[off] << 8) | buf[off + 1]));
    case "f":
      U32F[0] = readU32(buf, off, little);
      return new PyFloat(F32[0]);
    case "d":
      return new PyFloat(readDouble(buf, off, little));
  }
  return readInt(buf, off, def.size, def.signed === true, little);
}

// ---------------------------------------------------------------------------------------------
// Struct objects

export class PyStruct {
  dict: PyDict | null = null;
  format = "";
  compiled: Compiled = { order: Order.Native, size: 0, bigSize: 0n, runs: [], nargs: 0 };
  constructor(public cls: PyType) {}
}

export const structType = builtinType("Struct", objectType);
structType.alloc = (cls) => new PyStruct(cls);
structType.dict.map.set("__module__", "_struct");
structType.dict.map.set("__doc__", "Struct(fmt) --> compiled struct object\n\n");

function selfStruct(x: PyObject): PyStruct {
  if (x instanceof PyStruct) return x;
  throw typeError(`descriptor requires a '_struct.Struct' object but received a '${typeOf(x).name}'`);
}

/** The format argument as ASCII bytes and its str form. */
function formatArg(format: PyObject): { bytes: Uint8Array; text: string } {
  let s: string | undefined;
  if (typeof format === "string") s = format;
  else if (format instanceof PyBoxed && typeof format.value === "string") s = format.value;
  if (s !== undefined) {
    const bytes = encodeStr(s, "ascii", "strict");
    return { bytes, text: s };
  }
  const b = format instanceof PyBytes ? format.bytes : format instanceof PyBoxed && format.value instanceof PyBytes ? format.value.bytes : undefined;
  if (b === undefined) throw typeError(`Struct() argument 1 must be a str or bytes object, not ${typeOf(format).name}`);
  return { bytes: b, text: String.fromCharCode(...b) };
}

function initStruct(st: PyStruct, format: PyObject): void {
  const { bytes, text } = formatArg(format);
  st.compiled = compile(bytes);
  st.format = text;
}

const cache = new Map<string, PyStruct>();
const MAXCACHE = 100;
/** The Struct for a format argument of the module-level functions (cached like CPython). */
function cachedStruct(format: PyObject): PyStruct {
  const key = typeof format === "string" ? `s:${format}` : format instanceof PyBytes ? `b:${String.fromCharCode(...format.bytes)}` : null;
  if (key !== null) {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
  }
  const st = new PyStruct(structType);
  initStruct(st, format);
  if (key !== null) {
    if (cache.size >= MAXCACHE) cache.clear();
    cache.set(key, st);
  }
  return st;
}

/** s_pack_internal: zeroes the struct's bytes at `base`, then packs the values (count checked by the caller). */
function packValues(st: PyStruct, buf: Uint8Array, base: number, values: PyObject[]): void {
  const c = st.compiled;
  buf.fill(0, base, base + c.size);
  let k = 0;
  for (const r of c.runs) {
    const code = r.def.code;
    if (code === "s" || code === "p") packField(c.order, r.def, r.count, values[k++], buf, base + r.offset);
    else for (let j = 0, off = base + r.offset; j < r.count; j++, off += r.def.size) packField(c.order, r.def, r.def.size, values[k++], buf, off);
  }
}

function newBuffer(size: number): Uint8Array {
  if (size > 0x7fffffff) throw newException(MemoryErrorType);
  return new Uint8Array(size);
}

function doPack(st: PyStruct, values: PyObject[]): PyBytes {
  const c = st.compiled;
  if (values.length !== c.nargs) throw err(`pack expected ${c.nargs} items for packing (got ${values.length})`);
  const buf = newBuffer(c.size);
  packValues(st, buf, 0, values);
  return new PyBytes(buf);
}

function unpackAt(st: PyStruct, buf: Uint8Array, base: number): PyTuple {
  const c = st.compiled;
  const out: PyObject[] = [];
  for (const r of c.runs) {
    const code = r.def.code;
    if (code === "s" || code === "p") out.push(unpackField(c.order, r.def, r.count, buf, base + r.offset));
    else for (let j = 0, off = base + r.offset; j < r.count; j++, off += r.def.size) out.push(unpackField(c.order, r.def, r.def.size, buf, off));
  }
  return new PyTuple(out);
}

function doUnpack(st: PyStruct, buffer: PyObject): PyTuple {
  const buf = needBytes(buffer);
  if (buf.length !== st.compiled.size) throw err(`unpack requires a buffer of ${st.compiled.size} bytes`);
  return unpackAt(st, buf, 0);
}

function doUnpackFrom(st: PyStruct, buffer: PyObject, offsetArg: PyObject | undefined): PyTuple {
  const buf = needBytes(buffer);
  let offset = offsetArg === undefined ? 0 : ssizeArg(offsetArg);
  const size = st.compiled.size;
  if (offset < 0) {
    if (offset + size > 0) throw err(`not enough data to unpack ${size} bytes at offset ${offset}`);
    if (offset + buf.length < 0) throw err(`offset ${offset} out of range for ${buf.length}-byte buffer`);
    offset += buf.length;
  }
  if (buf.length - offset < size)
    throw err(`unpack_from requires a buffer of at least ${size + offset} bytes for unpacking ${size} bytes at offset ${offset} (actual buffer size is ${buf.length})`);
  return unpackAt(st, buf, offset);
}

function doPackInto(st: PyStruct, args: PyObject[]): void {
  if (args.length < 1) throw err("pack_into expected buffer argument");
  if (args.length < 2) throw err("pack_into expected offset argument");
  const c = st.compiled;
  const values = args.slice(2);
  if (values.length !== c.nargs) throw err(`pack_into expected ${c.nargs} items for packing (got ${values.length})`);
  const target = args[0];
  const buf = writableBytes(target);
  if (buf === undefined) throw typeError(`argument must be read-write bytes-like object, not ${typeOf(target).name}`);
  let offset = ssizeArg(args[1], IndexErrorType);
  const size = c.size;
  if (offset < 0) {
    if (offset + size > 0) throw err(`no space to pack ${size} bytes at offset ${offset}`);
    if (offset + buf.length < 0) throw err(`offset ${offset} out of range for ${buf.length}-byte buffer`);
    offset += buf.length;
  }
  if (buf.length - offset < size)
    throw err(`pack_into requires a buffer of at least ${size + offset} bytes for packing ${size} bytes at offset ${offset} (actual buffer size is ${buf.length})`);
  packValues(st, buf, offset, values);
}

// unpack iterators ----------------------------------------------------------------------------

export const unpackIteratorType = builtinType("unpack_iterator", objectType, undefined, { noSubclass: true });
unpackIteratorType.dict.map.set("__module__", "_struct");

class UnpackIterator extends PyNativeIterator {
  pos = 0;
  constructor(public st: PyStruct, public buf: Uint8Array) {
    super(unpackIteratorType, () => {
      if (this.pos >= this.buf.length) return undefined;
      const r = unpackAt(this.st, this.buf, this.pos);
      this.pos += this.st.compiled.size;
      return r;
    });
  }
}

function doIterUnpack(st: PyStruct, buffer: PyObject): UnpackIterator {
  const size = st.compiled.size;
  if (size === 0) throw err("cannot iteratively unpack with a struct of length 0");
  const buf = needBytes(buffer);
  if (buf.length % size !== 0) throw err(`iterative unpacking requires a buffer of a multiple of ${size} bytes`);
  return new UnpackIterator(st, buf);
}

method(unpackIteratorType, "__iter__", (self) => self);
method(unpackIteratorType, "__next__", (self) => {
  const r = (self as UnpackIterator).next();
  if (r === undefined) throw newException(StopIterationType);
  return r;
});
method(unpackIteratorType, "__length_hint__", (self) => {
  const it = self as UnpackIterator;
  return Math.max(0, (it.buf.length - it.pos) / it.st.compiled.size);
});

// Struct methods --------------------------------------------------------------------------------

function noKw(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${fname}() takes no keyword arguments`);
}
function exactlyOne(fname: string, args: PyObject[], kwnames: string[] | null): PyObject {
  noKw(fname, kwnames);
  if (args.length !== 1) throw typeError(`${fname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
function expectArgs(fname: string, args: PyObject[], kwnames: string[] | null, n: number): void {
  noKw(fname, kwnames);
  if (args.length !== n) throw typeError(`${fname} expected ${n} arguments, got ${args.length}`);
}

/** (buffer, offset=0) with keywords, as argument clinic parses unpack_from. */
function bufferOffsetArgs(fname: string, args: PyObject[], kwnames: string[] | null, maxArgs: number, first: number): [PyObject, PyObject | undefined] {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (args.length > maxArgs) throw typeError(`${fname}() takes at most ${maxArgs} argument${maxArgs === 1 ? "" : "s"} (${args.length} given)`);
  let buffer: PyObject | undefined = npos > 0 ? args[0] : undefined;
  let offset: PyObject | undefined = npos > 1 ? args[1] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const v = args[npos + k];
    if (name === "buffer") {
      if (buffer !== undefined) throw typeError(`argument for ${fname}() given by name ('buffer') and position (${first})`);
      buffer = v;
    } else if (name === "offset") {
      if (offset !== undefined) throw typeError(`argument for ${fname}() given by name ('offset') and position (${first + 1})`);
      offset = v;
    } else throw typeError(`${fname}() got an unexpected keyword argument '${name}'`);
  }
  if (buffer === undefined) throw typeError(`${fname}() missing required argument 'buffer' (pos ${first})`);
  return [buffer, offset];
}

setNew(structType, (cls) => allocInstance(cls));
method(structType, "__init__", (self, args, kwnames) => {
  const st = selfStruct(self);
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (args.length > 1) throw typeError(`Struct() takes at most 1 argument (${args.length} given)`);
  let format: PyObject | undefined = npos > 0 ? args[0] : undefined;
  if (nkw > 0) {
    if (kwnames![0] !== "format") throw typeError(`Struct() got an unexpected keyword argument '${kwnames![0]}'`);
    format = args[npos];
  }
  if (format === undefined) throw typeError("Struct() missing required argument 'format' (pos 1)");
  initStruct(st, format);
  return None;
});
method(structType, "pack", (self, args, kwnames) => {
  noKw("pack", kwnames);
  return doPack(selfStruct(self), args);
});
method(structType, "pack_into", (self, args, kwnames) => {
  noKw("pack_into", kwnames);
  doPackInto(selfStruct(self), args);
  return None;
});
method(structType, "unpack", (self, args, kwnames) => doUnpack(selfStruct(self), exactlyOne("Struct.unpack", args, kwnames)));
method(structType, "unpack_from", (self, args, kwnames) => {
  const [buffer, offset] = bufferOffsetArgs("unpack_from", args, kwnames, 2, 1);
  return doUnpackFrom(selfStruct(self), buffer, offset);
});
method(structType, "iter_unpack", (self, args, kwnames) => doIterUnpack(selfStruct(self), exactlyOne("Struct.iter_unpack", args, kwnames)));
method(structType, "__sizeof__", (self) => 72 + selfStruct(self).compiled.runs.length * 32);
getter(structType, "format", (self) => selfStruct(self).format);
getter(structType, "size", (self) => selfStruct(self).compiled.size);

// ---------------------------------------------------------------------------------------------
// The module

registerBuiltinModule("_struct", (m) => {
  const d = m.dict.map;
  d.set("__doc__", "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n");
  d.set("Struct", structType);
  d.set("error", structError());
  defFunction(m, "_clearcache", () => {
    cache.clear();
    return None;
  });
  defFunction(m, "calcsize", (args, kwnames) => normBig(cachedStruct(exactlyOne("_struct.calcsize", args, kwnames)).compiled.bigSize));
  defFunction(m, "pack", (args, kwnames) => {
    noKw("pack", kwnames);
    if (args.length === 0) throw typeError("missing format argument");
    return doPack(cachedStruct(args[0]), args.slice(1));
  });
  defFunction(m, "pack_into", (args, kwnames) => {
    noKw("pack_into", kwnames);
    if (args.length === 0) throw typeError("missing format argument");
    doPackInto(cachedStruct(args[0]), args.slice(1));
    return None;
  });
  defFunction(m, "unpack", (args, kwnames) => {
    expectArgs("unpack", args, kwnames, 2);
    return doUnpack(cachedStruct(args[0]), args[1]);
  });
  defFunction(m, "unpack_from", (args, kwnames) => {
    const nkw = kwnames?.length ?? 0;
    if (args.length - nkw < 1) {
      if (nkw > 0 && kwnames!.includes("format")) throw typeError("unpack_from() got some positional-only arguments passed as keyword arguments: 'format'");
      throw typeError("unpack_from() missing required argument 'format' (pos 1)");
    }
    const [buffer, offset] = bufferOffsetArgs("unpack_from", args.slice(1), kwnames, 2, 2);
    if (args.length > 3) throw typeError(`unpack_from() takes at most 3 arguments (${args.length} given)`);
    return doUnpackFrom(cachedStruct(args[0]), buffer, offset);
  });
  defFunction(m, "iter_unpack", (args, kwnames) => {
    expectArgs("iter_unpack", args, kwnames, 2);
    return doIterUnpack(cachedStruct(args[0]), args[1]);
  });
});
