// Reader for CPython 3.11 marshal data (marshal format version 4, as Python/marshal.c
// writes it) and for .pyc files (16-byte header + marshalled code object).
//
// The reader builds values through a MarshalFactory, so it knows nothing of runtime
// objects. Every malformed input ends in a MarshalError (never a JS TypeError/RangeError
// from the reader itself); errors thrown by the factory propagate unchanged.

import type { MarshalFactory, RawCode } from "./marshal-types.js";

/** Which Python exception CPython's marshal module raises for the same fault. */
export type MarshalErrorKind = "EOFError" | "ValueError" | "TypeError";

export class MarshalError extends Error {
  /** Python exception class CPython would raise (for a VM-level `marshal.loads`). */
  readonly kind: MarshalErrorKind;
  /** Byte offset in the input where the fault was noticed (-1 when not applicable). */
  readonly offset: number;
  constructor(message: string, kind: MarshalErrorKind = "ValueError", offset = -1) {
    super(message);
    this.name = "MarshalError";
    this.kind = kind;
    this.offset = offset;
  }
}

// ---- type codes (Python/marshal.c) ----
const TYPE_NULL = 0x30; // '0'
const TYPE_NONE = 0x4e; // 'N'
const TYPE_FALSE = 0x46; // 'F'
const TYPE_TRUE = 0x54; // 'T'
const TYPE_STOPITER = 0x53; // 'S'
const TYPE_ELLIPSIS = 0x2e; // '.'
const TYPE_INT = 0x69; // 'i'
const TYPE_INT64 = 0x49; // 'I'
const TYPE_FLOAT = 0x66; // 'f'
const TYPE_BINARY_FLOAT = 0x67; // 'g'
const TYPE_COMPLEX = 0x78; // 'x'
const TYPE_BINARY_COMPLEX = 0x79; // 'y'
const TYPE_LONG = 0x6c; // 'l'
const TYPE_STRING = 0x73; // 's'
const TYPE_INTERNED = 0x74; // 't'
const TYPE_REF = 0x72; // 'r'
const TYPE_TUPLE = 0x28; // '('
const TYPE_LIST = 0x5b; // '['
const TYPE_DICT = 0x7b; // '{'
const TYPE_CODE = 0x63; // 'c'
const TYPE_UNICODE = 0x75; // 'u'
const TYPE_UNKNOWN = 0x3f; // '?'
const TYPE_SET = 0x3c; // '<'
const TYPE_FROZENSET = 0x3e; // '>'
const TYPE_ASCII = 0x61; // 'a'
const TYPE_ASCII_INTERNED = 0x41; // 'A'
const TYPE_SMALL_TUPLE = 0x29; // ')'
const TYPE_SHORT_ASCII = 0x7a; // 'z'
const TYPE_SHORT_ASCII_INTERNED = 0x5a; // 'Z'
const FLAG_REF = 0x80;

const MAX_MARSHAL_STACK_DEPTH = 2000;
const SIZE32_MAX = 0x7fffffff;
const CO_VARARGS = 0x04;
const CO_VARKEYWORDS = 0x08;
const CO_FAST_LOCAL = 0x20;

/** 3.11 magic number 3495 followed by b"\r\n". */
export const PYC_MAGIC = Uint8Array.of(0xa7, 0x0d, 0x0d, 0x0a);
export const PYC_HEADER_SIZE = 16;

// ---- string decoding helpers ----

const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Latin-1 decode of data[start, end) (marshal's ASCII types are 1-byte-kind strings). */
function latin1(data: Uint8Array, start: number, end: number, buf?: Buffer): string {
  if (end - start <= 12) {
    // Short identifiers dominate .pyc files; a plain loop beats a native call here (and
    // V8 keeps concatenations this short flat).
    let s = "";
    for (let i = start; i < end; i++) s += String.fromCharCode(data[i]!);
    return s;
  }
  return (buf ?? Buffer.from(data.buffer, data.byteOffset, data.byteLength)).toString("latin1", start, end);
}

/**
 * UTF-8 decode with CPython's "surrogatepass" error handler: encoded surrogates
 * (ED A0 80 .. ED BF BF) become lone UTF-16 code units. Anything else invalid → null.
 */
function utf8SurrogatePass(data: Uint8Array, start: number, end: number): string | null {
  const units: number[] = [];
  let out = "";
  let i = start;
  while (i < end) {
    const b0 = data[i]!;
    let cp: number;
    if (b0 < 0x80) {
      cp = b0;
      i += 1;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      if (i + 1 >= end) return null;
      const b1 = data[i + 1]!;
      if ((b1 & 0xc0) !== 0x80) return null;
      cp = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
      i += 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      if (i + 2 >= end) return null;
      const b1 = data[i + 1]!;
      const b2 = data[i + 2]!;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return null;
      if (b0 === 0xe0 && b1 < 0xa0) return null; // overlong
      cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      i += 3;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      if (i + 3 >= end) return null;
      const b1 = data[i + 1]!;
      const b2 = data[i + 2]!;
      const b3 = data[i + 3]!;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) return null;
      if (b0 === 0xf0 && b1 < 0x90) return null; // overlong
      if (b0 === 0xf4 && b1 > 0x8f) return null; // > U+10FFFF
      cp = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
      i += 4;
    } else {
      return null;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 | (cp >> 10), 0xdc00 | (cp & 0x3ff));
    } else {
      units.push(cp);
    }
    if (units.length >= 8192) {
      out += String.fromCharCode.apply(null, units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode.apply(null, units);
}

// ---- private copies of co_code ----
// One ArrayBuffer allocation per code object is slow (about 1µs each); small copies are
// carved out of shared 64 KiB chunks instead, each starting at a multiple of 8 bytes.

const ARENA_SIZE = 65536;
let arena = new Uint8Array(0);
let arenaPos = 0;

function copyAligned(src: Uint8Array): Uint8Array {
  const n = src.length;
  if (n > ARENA_SIZE / 4) return src.slice();
  if (arenaPos + n > arena.length) {
    arena = new Uint8Array(ARENA_SIZE);
    arenaPos = 0;
  }
  const out = arena.subarray(arenaPos, arenaPos + n);
  out.set(src);
  arenaPos += (n + 7) & ~7;
  return out;
}

// ---- float text parsing (TYPE_FLOAT / TYPE_COMPLEX, marshal versions < 2) ----

const FLOAT_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseFloatText(s: string): number | null {
  const t = s.toLowerCase();
  let sign = 1;
  let body = t;
  if (body.startsWith("-")) {
    sign = -1;
    body = body.slice(1);
  } else if (body.startsWith("+")) {
    body = body.slice(1);
  }
  if (body === "inf" || body === "infinity") return sign * Infinity;
  if (body === "nan") return NaN;
  if (!FLOAT_RE.test(t)) return null;
  return Number(t);
}

// ---- the reader ----

/** What the reader knows about a tuple beyond its runtime value (needed for code fields). */
interface TupleRaw<V> {
  items: V[];
  /** The items as JS strings when every item is a str, else null. */
  strs: string[] | null;
}
type Raw<V> = string | Uint8Array | TupleRaw<V> | undefined;

const RESERVED = Symbol("reserved");

/** Type codes whose values have a raw form (str, bytes, tuple) the reader keeps. */
const HAS_RAW = new Uint8Array(128);
for (const t of [
  TYPE_STRING, TYPE_ASCII, TYPE_ASCII_INTERNED, TYPE_SHORT_ASCII, TYPE_SHORT_ASCII_INTERNED,
  TYPE_UNICODE, TYPE_INTERNED, TYPE_TUPLE, TYPE_SMALL_TUPLE,
]) {
  HAS_RAW[t] = 1;
}

/** Type codes whose FLAG_REF makes CPython record the object in the ref table. */
const REFABLE = new Uint8Array(128);
for (const t of [
  TYPE_INT, TYPE_INT64, TYPE_LONG, TYPE_FLOAT, TYPE_BINARY_FLOAT, TYPE_COMPLEX, TYPE_BINARY_COMPLEX,
  TYPE_STRING, TYPE_ASCII, TYPE_ASCII_INTERNED, TYPE_SHORT_ASCII, TYPE_SHORT_ASCII_INTERNED,
  TYPE_UNICODE, TYPE_INTERNED, TYPE_TUPLE, TYPE_SMALL_TUPLE, TYPE_LIST, TYPE_DICT, TYPE_SET,
  TYPE_FROZENSET, TYPE_CODE,
]) {
  REFABLE[t] = 1;
}

function hex2(n: number): string {
  return "0x" + n.toString(16).padStart(2, "0");
}

class Reader<V> {
  private pos: number;
  private depth = 0;
  private readonly refs: (V | typeof RESERVED)[] = [];
  private readonly rawRefs: Raw<V>[] = [];
  /** Side channel: the raw form of the value the last readObject() returned. */
  private raw: Raw<V> = undefined;
  /** `data` as a Buffer, for fast latin-1 decoding of longer strings. */
  private readonly buf: Buffer;
  /** Side channel: readObject() met TYPE_NULL (only a dict terminator is allowed). */
  private gotNull = false;

  constructor(
    private readonly data: Uint8Array,
    private readonly dv: DataView,
    private readonly f: MarshalFactory<V>,
    start: number,
  ) {
    this.pos = start;
    this.buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }

  private fail(what: string, at = this.pos, kind: MarshalErrorKind = "ValueError"): never {
    throw new MarshalError(`bad marshal data (${what} at offset ${at})`, kind, at);
  }

  private need(n: number): void {
    if (this.pos + n > this.data.length) {
      throw new MarshalError(`marshal data too short (needed ${n} bytes at offset ${this.pos})`, "EOFError", this.pos);
    }
  }

  private byte(): number {
    if (this.pos >= this.data.length) {
      throw new MarshalError(`EOF read where object expected (offset ${this.pos})`, "EOFError", this.pos);
    }
    return this.data[this.pos++]!;
  }

  /** r_long: signed 32-bit little-endian. */
  private long(): number {
    this.need(4);
    const v = this.dv.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }

  private size(what: string): number {
    const at = this.pos;
    const n = this.long();
    if (n < 0) this.fail(`${what} size out of range`, at);
    return n;
  }

  private floatBin(): number {
    this.need(8);
    const v = this.dv.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  private floatStr(): number {
    const n = this.byte();
    this.need(n);
    const at = this.pos;
    const s = latin1(this.data, at, at + n);
    this.pos += n;
    const x = parseFloatText(s);
    if (x === null) this.fail(`could not convert string to float: '${s}'`, at);
    return x;
  }

  private bytesView(n: number): Uint8Array {
    this.need(n);
    const d = this.data;
    const v = new Uint8Array(d.buffer, d.byteOffset + this.pos, n);
    this.pos += n;
    return v;
  }

  private pyLong(): number | bigint {
    const at = this.pos;
    const n = this.long();
    if (n === 0) return 0;
    if (n < -SIZE32_MAX || n > SIZE32_MAX) this.fail("long size out of range", at);
    const count = n < 0 ? -n : n;
    this.need(2 * count);
    const d = this.data;
    let p = this.pos;
    // Validate digits: each is 0..2**15-1 (as a signed short: no sign bit), top nonzero.
    for (let i = 0; i < count; i++) {
      if (d[p + 2 * i + 1]! & 0x80) this.fail("digit out of range in long", p + 2 * i);
    }
    if (d[p + 2 * count - 2] === 0 && d[p + 2 * count - 1] === 0) {
      this.fail("unnormalized long data", p + 2 * count - 2);
    }
    let result: number | bigint;
    if (count <= 3) {
      // At most 45 bits: exact in a double.
      let v = 0;
      for (let i = count - 1; i >= 0; i--) v = v * 32768 + (d[p + 2 * i]! | (d[p + 2 * i + 1]! << 8));
      result = n < 0 ? -v : v;
    } else {
      // Combine pairs of 15-bit digits into 30-bit chunks, most significant first.
      let big = 0n;
      let i = count - 1;
      if ((count & 1) === 1) {
        big = BigInt(d[p + 2 * i]! | (d[p + 2 * i + 1]! << 8));
        i--;
      }
      for (; i >= 1; i -= 2) {
        const hi = d[p + 2 * i]! | (d[p + 2 * i + 1]! << 8);
        const lo = d[p + 2 * i - 2]! | (d[p + 2 * i - 1]! << 8);
        big = (big << 30n) | BigInt(hi * 32768 + lo);
      }
      if (n < 0) big = -big;
      result = big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big;
    }
    p += 2 * count;
    this.pos = p;
    return result;
  }

  private reserve(): number {
    const idx = this.refs.length;
    this.refs.push(RESERVED);
    this.rawRefs.push(undefined);
    return idx;
  }

  private fill(idx: number, v: V, raw: Raw<V>): void {
    if (idx >= 0) {
      this.refs[idx] = v;
      this.rawRefs[idx] = raw;
    }
  }

  /**
   * Read one object (r_object). Sets this.raw to the raw form of the result (str, bytes,
   * tuple items) or undefined; sets this.gotNull for TYPE_NULL. Kept small (the bulky cases
   * live in their own methods) so that deep nesting needs little JS stack.
   */
  readObject(): V {
    const start = this.pos;
    const code = this.byte();
    if (++this.depth > MAX_MARSHAL_STACK_DEPTH) {
      throw new MarshalError(`recursion limit exceeded (offset ${start})`, "ValueError", start);
    }
    const type = code & ~FLAG_REF;
    // Objects that have children get their ref slot before the children are read, as
    // CPython does; for leaf objects the order is the same either way. CPython ignores
    // FLAG_REF on singletons, NULL and REF, so no slot is taken for those.
    const idx = (code & FLAG_REF) !== 0 && REFABLE[type] === 1 ? this.reserve() : -1;
    const f = this.f;
    let v: V;
    switch (type) {
      case TYPE_NONE:
        v = f.none();
        break;
      case TYPE_FALSE:
        v = f.bool(false);
        break;
      case TYPE_TRUE:
        v = f.bool(true);
        break;
      case TYPE_STOPITER:
        v = f.stopIteration();
        break;
      case TYPE_ELLIPSIS:
        v = f.ellipsis();
        break;
      case TYPE_INT:
        v = f.int(this.long());
        break;
      case TYPE_INT64:
        v = f.int(this.int64());
        break;
      case TYPE_LONG:
        v = f.int(this.pyLong());
        break;
      case TYPE_FLOAT:
        v = f.float(this.floatStr());
        break;
      case TYPE_BINARY_FLOAT:
        v = f.float(this.floatBin());
        break;
      case TYPE_COMPLEX:
        v = this.complex(false);
        break;
      case TYPE_BINARY_COMPLEX:
        v = this.complex(true);
        break;
      case TYPE_STRING:
        v = this.bytesObject();
        break;
      case TYPE_ASCII:
      case TYPE_ASCII_INTERNED:
        v = this.asciiStr(this.size("string"));
        break;
      case TYPE_SHORT_ASCII:
      case TYPE_SHORT_ASCII_INTERNED:
        v = this.asciiStr(this.byte());
        break;
      case TYPE_UNICODE:
      case TYPE_INTERNED:
        v = this.unicodeStr();
        break;
      case TYPE_TUPLE:
        v = this.tuple(this.size("tuple"));
        break;
      case TYPE_SMALL_TUPLE:
        v = this.tuple(this.byte());
        break;
      case TYPE_LIST:
        v = f.list(this.readItems(this.size("list"), "list"));
        break;
      case TYPE_DICT:
        v = this.dict();
        break;
      case TYPE_SET:
        v = f.set(this.readItems(this.size("set"), "set"));
        break;
      case TYPE_FROZENSET:
        v = f.frozenset(this.readItems(this.size("set"), "set"));
        break;
      case TYPE_CODE:
        v = f.code(this.readCode());
        break;
      case TYPE_REF:
        v = this.ref();
        this.depth--;
        return v;
      case TYPE_NULL:
        this.gotNull = true;
        this.depth--;
        this.raw = undefined;
        return undefined as V;
      case TYPE_UNKNOWN:
      default:
        this.fail(`unknown type code ${hex2(type)}`, start);
    }
    if (HAS_RAW[type] !== 1) this.raw = undefined;
    if (idx >= 0) this.fill(idx, v, this.raw);
    this.depth--;
    return v;
  }

  private int64(): number | bigint {
    this.need(8);
    const big = this.dv.getBigInt64(this.pos, true);
    this.pos += 8;
    return big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big;
  }

  private complex(binary: boolean): V {
    const re = binary ? this.floatBin() : this.floatStr();
    const im = binary ? this.floatBin() : this.floatStr();
    return this.f.complex(re, im);
  }

  private bytesObject(): V {
    const b = this.bytesView(this.size("bytes object"));
    const v = this.f.bytes(b);
    this.raw = b;
    return v;
  }

  private asciiStr(n: number): V {
    this.need(n);
    const s = latin1(this.data, this.pos, this.pos + n, this.buf);
    this.pos += n;
    const v = this.f.str(s);
    this.raw = s;
    return v;
  }

  private unicodeStr(): V {
    const n = this.size("string");
    this.need(n);
    const at = this.pos;
    let s: string | null;
    if (n === 0) {
      s = "";
    } else {
      try {
        s = utf8Fatal.decode(this.data.subarray(at, at + n));
      } catch {
        s = utf8SurrogatePass(this.data, at, at + n);
      }
    }
    if (s === null) this.fail("invalid UTF-8 in string", at);
    this.pos += n;
    const v = this.f.str(s);
    this.raw = s;
    return v;
  }

  private tuple(n: number): V {
    const items = this.readItems(n, "tuple");
    // Remember the items as strings when all are str (names tuples of code objects).
    const raw: TupleRaw<V> = { items, strs: n === 0 ? [] : this.itemStrs };
    const v = this.f.tuple(items);
    this.raw = raw;
    return v;
  }

  private dict(): V {
    const pairs: [V, V][] = [];
    for (;;) {
      const k = this.readObject();
      if (this.gotNull) break;
      const val = this.readObject();
      if (this.gotNull) break;
      pairs.push([k, val]);
    }
    this.gotNull = false;
    return this.f.dict(pairs);
  }

  private ref(): V {
    const at = this.pos;
    const n = this.long();
    if (n < 0 || n >= this.refs.length) this.fail(`invalid reference ${n}`, at);
    const r = this.refs[n]!;
    if (r === RESERVED) this.fail(`invalid reference ${n} (object not complete)`, at);
    this.raw = this.rawRefs[n];
    return r;
  }

  /** The items of the last readItems() call as strings, or null unless all were str. */
  private itemStrs: string[] | null = null;

  private readItems(n: number, what: string): V[] {
    const items = new Array<V>(n);
    let strs: string[] | null = n > 0 ? new Array<string>(n) : null;
    for (let i = 0; i < n; i++) {
      const at = this.pos;
      const x = this.readObject();
      if (this.gotNull) {
        throw new MarshalError(`NULL object in marshal data for ${what} (offset ${at})`, "TypeError", at);
      }
      items[i] = x;
      if (strs !== null) {
        const r = this.raw;
        if (typeof r === "string") strs[i] = r;
        else strs = null;
      }
    }
    this.itemStrs = strs;
    return items;
  }

  private field(name: string): Raw<V> {
    const at = this.pos;
    this.readObject();
    if (this.gotNull) {
      throw new MarshalError(`NULL object in marshal data for code field ${name} (offset ${at})`, "TypeError", at);
    }
    return this.raw;
  }

  private bytesField(name: string, at: number): Uint8Array {
    const r = this.field(name);
    if (!(r instanceof Uint8Array)) this.fail(`code object field ${name} is not bytes`, at);
    return r;
  }

  private strField(name: string, at: number): string {
    const r = this.field(name);
    if (typeof r !== "string") this.fail(`code object field ${name} is not str`, at);
    return r;
  }

  private tupleField(name: string, at: number): TupleRaw<V> {
    const r = this.field(name);
    if (r === undefined || typeof r === "string" || r instanceof Uint8Array) {
      this.fail(`code object field ${name} is not a tuple`, at);
    }
    return r;
  }

  private readCode(): RawCode<V> {
    const start = this.pos - 1;
    const argcount = this.long();
    const posonlyargcount = this.long();
    const kwonlyargcount = this.long();
    const stacksize = this.long();
    const flags = this.long();
    let at = this.pos;
    const codeView = this.bytesField("co_code", at);
    at = this.pos;
    const consts = this.tupleField("co_consts", at).items;
    at = this.pos;
    const names = this.tupleField("co_names", at).strs;
    if (names === null) this.fail("co_names contains a non-str", at);
    at = this.pos;
    const localsplusnames = this.tupleField("co_localsplusnames", at).strs;
    if (localsplusnames === null) this.fail("co_localsplusnames contains a non-str", at);
    at = this.pos;
    const localspluskinds = this.bytesField("co_localspluskinds", at);
    at = this.pos;
    const filename = this.strField("co_filename", at);
    at = this.pos;
    const name = this.strField("co_name", at);
    at = this.pos;
    const qualname = this.strField("co_qualname", at);
    const firstlineno = this.long();
    at = this.pos;
    const linetable = this.bytesField("co_linetable", at);
    at = this.pos;
    const exceptiontable = this.bytesField("co_exceptiontable", at);

    // The checks of _PyCode_Validate.
    if (argcount < posonlyargcount || posonlyargcount < 0 || kwonlyargcount < 0) {
      this.fail("invalid argument counts in code object", start);
    }
    if (localsplusnames.length !== localspluskinds.length) {
      this.fail("co_localsplusnames and co_localspluskinds differ in length", start);
    }
    if (codeView.length % 2 !== 0) this.fail("co_code is malformed", start);
    let nlocals = 0;
    for (let i = 0; i < localspluskinds.length; i++) if (localspluskinds[i]! & CO_FAST_LOCAL) nlocals++;
    const nplain =
      nlocals - argcount - kwonlyargcount - (flags & CO_VARARGS ? 1 : 0) - (flags & CO_VARKEYWORDS ? 1 : 0);
    if (nplain < 0) this.fail("co_varnames is too small", start);

    return {
      argcount,
      posonlyargcount,
      kwonlyargcount,
      stacksize,
      flags,
      // A private, 8-byte-aligned copy: the VM may view it as a Uint16Array or rewrite
      // (quicken) instructions in place.
      code: copyAligned(codeView),
      consts,
      names,
      localsplusnames,
      localspluskinds,
      filename,
      name,
      qualname,
      firstlineno,
      linetable,
      exceptiontable,
    };
  }

  readTop(): V {
    const at = this.pos;
    let v: V;
    try {
      v = this.readObject();
    } catch (e) {
      // Nesting within MAX_MARSHAL_STACK_DEPTH can still exhaust a small JS stack.
      if (e instanceof RangeError && /call stack/i.test(e.message)) {
        throw new MarshalError(`recursion limit exceeded (JS stack exhausted at offset ${this.pos})`, "ValueError", this.pos);
      }
      throw e;
    }
    if (this.gotNull) {
      throw new MarshalError(`NULL object in marshal data for object (offset ${at})`, "TypeError", at);
    }
    return v;
  }
}

function dataViewOf(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Decode one marshalled object (like `marshal.loads`; trailing bytes are ignored).
 * Byte-string values (bytes constants, co_linetable, ...) are views into `data`, except
 * RawCode.code, which is a private copy. Back-references to a container that is still
 * being read (recursive lists/dicts, which code objects never contain) are rejected.
 */
export function readMarshal<V>(data: Uint8Array, f: MarshalFactory<V>): V {
  return new Reader(data, dataViewOf(data), f, 0).readTop();
}

/** Decode a CPython 3.11 .pyc file: check the magic, skip the 16-byte header. */
export function readPyc<V>(data: Uint8Array, f: MarshalFactory<V>): V {
  checkPycMagic(data);
  return new Reader(data, dataViewOf(data), f, PYC_HEADER_SIZE).readTop();
}

/** Throws MarshalError unless `data` starts with a complete 3.11 .pyc header. */
export function checkPycMagic(data: Uint8Array): void {
  if (data.length < 4 || !magicMatches(data)) {
    const got = Array.from(data.subarray(0, 4), (b) => b.toString(16).padStart(2, "0")).join(" ");
    throw new MarshalError(
      `bad magic number in .pyc data (got ${got || "nothing"}, expected a7 0d 0d 0a for CPython 3.11)`,
      "ValueError",
      0,
    );
  }
  if (data.length < PYC_HEADER_SIZE) {
    throw new MarshalError(`.pyc data too short for its 16-byte header (${data.length} bytes)`, "EOFError", 0);
  }
}

function magicMatches(data: Uint8Array): boolean {
  return data[0] === 0xa7 && data[1] === 0x0d && data[2] === 0x0d && data[3] === 0x0a;
}

/**
 * The .pyc header fields. flags bit 0 = hash-based, bit 1 = check_source. For
 * timestamp-based files mtime/sourceSize are the source's st_mtime and st_size (both
 * mod 2**32); for hash-based files they are the two little-endian halves of the hash.
 */
export function pycHeaderInfo(data: Uint8Array): { magicOk: boolean; flags: number; mtime: number; sourceSize: number } {
  if (data.length < PYC_HEADER_SIZE) {
    return { magicOk: false, flags: 0, mtime: 0, sourceSize: 0 };
  }
  const dv = dataViewOf(data);
  return {
    magicOk: magicMatches(data),
    flags: dv.getUint32(4, true),
    mtime: dv.getUint32(8, true),
    sourceSize: dv.getUint32(12, true),
  };
}
