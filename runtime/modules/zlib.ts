// zlib (CPython 3.11's Modules/zlibmodule.c): compress/decompress, compressobj/decompressobj,
// crc32/adler32 and the constants. The deflate and inflate engines are pako's port of zlib
// 1.2.x (a runtime dependency, see README): its output is byte for byte what CPython's zlib
// 1.2.13 produces, which Node's own zlib (a newer fork) is not. This module drives pako's
// z_stream API the way zlibmodule.c drives zlib's: same loops, same flush modes, same
// unused_data/unconsumed_tail bookkeeping, same error messages.
import ZStream from "pako/lib/zlib/zstream.js";
import pakoDeflate from "pako/lib/zlib/deflate.js";
import pakoInflate from "pako/lib/zlib/inflate.js";
import { None, PyBytes, PyInstance, PyObject, PyType } from "../objects/core.js";
import { getter, methods } from "../objects/define.js";
import { ExceptionType, MemoryErrorType, newException, valueError } from "../objects/exceptions.js";
import { index } from "../objects/protocol.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { crc32 } from "./binascii.js";
import { moduleType } from "./functional-util.js";
import { clinicArgs, cIntArg, defFunction, needBytes, newExceptionClass, ssizeArg } from "./small-util.js";

const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_NEED_DICT = 2;
const Z_STREAM_ERROR = -2;
const Z_DATA_ERROR = -3;
const Z_MEM_ERROR = -4;
const Z_BUF_ERROR = -5;
const Z_NO_FLUSH = 0;
const Z_SYNC_FLUSH = 2;
const Z_FINISH = 4;
const MAX_WBITS = 15;
const DEFLATED = 8;
const DEF_MEM_LEVEL = 8;
const DEF_BUF_SIZE = 16 * 1024;
const Z_DEFAULT_COMPRESSION = -1;
const Z_DEFAULT_STRATEGY = 0;

const CONSTANTS: Record<string, number | string> = {
  MAX_WBITS,
  DEFLATED,
  DEF_MEM_LEVEL,
  DEF_BUF_SIZE,
  Z_NO_COMPRESSION: 0,
  Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9,
  Z_DEFAULT_COMPRESSION,
  Z_FILTERED: 1,
  Z_HUFFMAN_ONLY: 2,
  Z_RLE: 3,
  Z_FIXED: 4,
  Z_DEFAULT_STRATEGY,
  Z_NO_FLUSH,
  Z_PARTIAL_FLUSH: 1,
  Z_SYNC_FLUSH,
  Z_FULL_FLUSH: 3,
  Z_FINISH,
  Z_BLOCK: 5,
  Z_TREES: 6,
  // the zlib whose output pako reproduces
  ZLIB_VERSION: "1.2.13",
  ZLIB_RUNTIME_VERSION: "1.2.13",
};

let ZlibError: PyType;
/** pako's "legacy" hash is zlib's own: with it the output is zlib 1.2.13's byte for byte */
const ZLIB_HASH = true;

/** zlib_error(): "Error N <what>: <zlib's message>" */
function zlibError(strm: ZStream, err: number, what: string): never {
  let zmsg: string | null = strm.msg !== "" ? strm.msg : null;
  if (zmsg === null) {
    if (err === Z_BUF_ERROR) zmsg = "incomplete or truncated stream";
    else if (err === Z_STREAM_ERROR) zmsg = "inconsistent stream state";
    else if (err === Z_DATA_ERROR) zmsg = "invalid input data";
  }
  throw newException(ZlibError, zmsg === null ? `Error ${err} ${what}` : `Error ${err} ${what}: ${zmsg}`);
}

/** The output blocks of one call, as zlibmodule's _BlocksOutputBuffer: never more than
 *  `limit` bytes in all (-1: no limit). */
class Output {
  private readonly blocks: Uint8Array[] = [];
  private size = 0;
  /** Gives `strm` its first block (OutputBuffer_InitAndGrow). */
  constructor(
    strm: ZStream,
    private readonly limit: number,
    private next = 32 * 1024,
  ) {
    this.grow(strm);
  }
  /** bytes produced so far, given the stream's free space in its current block */
  produced(strm: ZStream): number {
    return this.size - strm.avail_out;
  }
  /** Gives the stream a new block to write to. */
  grow(strm: ZStream): void {
    let n = this.next;
    if (this.limit >= 0) n = Math.min(n, this.limit - this.size);
    this.next = Math.min(this.next * 2, 256 * 1024 * 1024);
    const b = new Uint8Array(n);
    this.blocks.push(b);
    this.size += n;
    strm.output = b;
    strm.next_out = 0;
    strm.avail_out = n;
  }
  finish(strm: ZStream): PyBytes {
    const total = this.size - strm.avail_out;
    const out = new Uint8Array(total);
    let at = 0;
    for (const b of this.blocks) {
      const n = Math.min(b.length, total - at);
      out.set(b.subarray(0, n), at);
      at += n;
    }
    return new PyBytes(out);
  }
}

function feed(strm: ZStream, data: Uint8Array): void {
  strm.input = data;
  strm.next_in = 0;
  strm.avail_in = data.length;
}

/** Runs deflate with `flush` until it stops filling whole blocks. */
function deflateAll(strm: ZStream, out: Output, flush: number, what: string): number {
  let err: number;
  do {
    if (strm.avail_out === 0) out.grow(strm);
    err = pakoDeflate.deflate(strm, flush);
    if (err === Z_STREAM_ERROR) zlibError(strm, err, what);
  } while (strm.avail_out === 0);
  return err;
}

function intArg(x: PyObject | undefined, dflt: number): number {
  return x === undefined ? dflt : cIntArg(x);
}

function compress(data: Uint8Array, level: number, wbits: number): PyBytes {
  const strm = new ZStream();
  const err = pakoDeflate.deflateInit2(strm, level, DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, ZLIB_HASH);
  if (err === Z_MEM_ERROR) throw newException(MemoryErrorType, "Out of memory while compressing data");
  if (err === Z_STREAM_ERROR) throw newException(ZlibError, "Bad compression level");
  if (err !== Z_OK) zlibError(strm, err, "while compressing data");
  const out = new Output(strm, -1);
  feed(strm, data);
  deflateAll(strm, out, Z_FINISH, "while compressing data");
  pakoDeflate.deflateEnd(strm);
  return out.finish(strm);
}

function decompress(data: Uint8Array, wbits: number, bufsize: number): PyBytes {
  if (bufsize < 0) throw valueError("bufsize must be non-negative");
  const strm = new ZStream();
  let err = pakoInflate.inflateInit2(strm, wbits);
  if (err === Z_MEM_ERROR) throw newException(MemoryErrorType, "Out of memory while decompressing data");
  if (err !== Z_OK) zlibError(strm, err, "while preparing to decompress data");
  const out = new Output(strm, -1, Math.max(bufsize, 1));
  feed(strm, data);
  do {
    if (strm.avail_out === 0) out.grow(strm);
    err = pakoInflate.inflate(strm, Z_FINISH);
    if (err === Z_MEM_ERROR) throw newException(MemoryErrorType, "Out of memory while decompressing data");
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) zlibError(strm, err, "while decompressing data");
  } while (strm.avail_out === 0);
  if (err !== Z_STREAM_END) zlibError(strm, err, "while decompressing data");
  pakoInflate.inflateEnd(strm);
  return out.finish(strm);
}

// ---------------------------------------------------------------------------------------------
// Compress and Decompress objects

class ZObject extends PyInstance {
  readonly strm = new ZStream();
  initialised = true;
  eof = false;
  unusedData = new Uint8Array(0);
  unconsumedTail = new Uint8Array(0);
  zdict: Uint8Array | null = null;
}

function compressObject(cls: PyType, args: PyObject[], kwnames: string[] | null): ZObject {
  const [level, method, wbits, memLevel, strategy, zdict] = clinicArgs(
    "compressobj",
    args,
    kwnames,
    ["level", "method", "wbits", "memLevel", "strategy", "zdict"],
    0,
  );
  const z = new ZObject(cls);
  const err = pakoDeflate.deflateInit2(
    z.strm,
    intArg(level, Z_DEFAULT_COMPRESSION),
    intArg(method, DEFLATED),
    intArg(wbits, MAX_WBITS),
    intArg(memLevel, DEF_MEM_LEVEL),
    intArg(strategy, Z_DEFAULT_STRATEGY),
    ZLIB_HASH,
  );
  if (err === Z_MEM_ERROR) throw newException(MemoryErrorType, "Can't allocate memory for compression object");
  if (err === Z_STREAM_ERROR) throw valueError("Invalid initialization option");
  if (err !== Z_OK) zlibError(z.strm, err, "while creating compression object");
  if (zdict !== undefined && zdict !== None) {
    const d = needBytes(zdict);
    if (pakoDeflate.deflateSetDictionary(z.strm, d) !== Z_OK) throw valueError("Invalid dictionary");
  }
  return z;
}

function decompressObject(cls: PyType, args: PyObject[], kwnames: string[] | null): ZObject {
  const [wbits, zdict] = clinicArgs("decompressobj", args, kwnames, ["wbits", "zdict"], 0);
  const z = new ZObject(cls);
  if (zdict !== undefined) z.zdict = needBytes(zdict).slice();
  const bits = intArg(wbits, MAX_WBITS);
  const err = pakoInflate.inflateInit2(z.strm, bits);
  if (err === Z_MEM_ERROR) throw newException(MemoryErrorType, "Can't allocate memory for decompression object");
  if (err === Z_STREAM_ERROR) throw valueError("Invalid initialization option");
  if (err !== Z_OK) zlibError(z.strm, err, "while creating decompression object");
  // a raw stream never asks for its dictionary: it is set up front
  if (z.zdict !== null && bits < 0) setInflateDict(z);
  return z;
}

function setInflateDict(z: ZObject): void {
  const err = pakoInflate.inflateSetDictionary(z.strm, z.zdict!);
  if (err !== Z_OK) zlibError(z.strm, err, "while setting zdict");
}

/** save_unconsumed_input(): input past the end of the stream goes to unused_data; input left
 *  because the output limit was reached goes to unconsumed_tail. */
function saveUnconsumed(z: ZObject, data: Uint8Array, err: number): void {
  const strm = z.strm;
  if (err === Z_STREAM_END && strm.avail_in > 0) {
    const left = data.subarray(strm.next_in);
    const u = new Uint8Array(z.unusedData.length + left.length);
    u.set(z.unusedData);
    u.set(left, z.unusedData.length);
    z.unusedData = u;
    strm.avail_in = 0;
  }
  if (strm.avail_in > 0 || z.unconsumedTail.length > 0) z.unconsumedTail = data.slice(strm.next_in);
}

/** The inflate loop of Decompress.decompress and .flush. */
function inflateInto(z: ZObject, out: Output, flush: number, maxLength: number): number {
  const strm = z.strm;
  let err = Z_OK;
  do {
    if (strm.avail_out === 0) {
      if (maxLength >= 0 && out.produced(strm) === maxLength) return err;
      out.grow(strm);
    }
    err = pakoInflate.inflate(strm, flush);
    if (err === Z_NEED_DICT && z.zdict !== null) setInflateDict(z);
    else if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) return err;
  } while (strm.avail_out === 0 || err === Z_NEED_DICT);
  return err;
}

function self(x: PyObject): ZObject {
  return x as ZObject;
}

function defineTypes(): { Compress: PyType; Decompress: PyType } {
  const Compress = moduleType("Compress", "zlib", { final: true });
  const Decompress = moduleType("Decompress", "zlib", { final: true });
  methods(Compress, {
    compress: (s, args, kwnames) => {
      const [data] = clinicArgs("compress", args, kwnames, ["data"], 1, 1);
      const z = self(s);
      if (!z.initialised) throw newException(ZlibError, "Error -2 while compressing data: inconsistent stream state");
      const out = new Output(z.strm, -1);
      feed(z.strm, needBytes(data!));
      deflateAll(z.strm, out, Z_NO_FLUSH, "while compressing data");
      return out.finish(z.strm);
    },
    flush: (s, args, kwnames) => {
      const [mode] = clinicArgs("flush", args, kwnames, ["mode"], 0, 1);
      const m = intArg(mode, Z_FINISH);
      if (m === Z_NO_FLUSH) return new PyBytes(new Uint8Array(0));
      const z = self(s);
      if (!z.initialised) throw newException(ZlibError, "Error -2 while flushing: inconsistent stream state");
      const out = new Output(z.strm, -1);
      z.strm.avail_in = 0;
      const err = deflateAll(z.strm, out, m, "while flushing");
      if (err === Z_STREAM_END && m === Z_FINISH) {
        pakoDeflate.deflateEnd(z.strm);
        z.initialised = false;
      } else if (err !== Z_OK && err !== Z_BUF_ERROR) zlibError(z.strm, err, "while flushing");
      return out.finish(z.strm);
    },
  });
  methods(Decompress, {
    decompress: (s, args, kwnames) => {
      const [data, maxLength] = clinicArgs("decompress", args, kwnames, ["data", "max_length"], 1, 1);
      let max = maxLength === undefined ? 0 : ssizeArg(maxLength);
      if (max < 0) throw valueError("max_length must be non-negative");
      if (max === 0) max = -1;
      const z = self(s);
      const input = needBytes(data!).slice();
      const out = new Output(z.strm, max);
      feed(z.strm, input);
      const err = inflateInto(z, out, Z_SYNC_FLUSH, max);
      saveUnconsumed(z, input, err);
      if (err === Z_STREAM_END) z.eof = true;
      else if (err !== Z_OK && err !== Z_BUF_ERROR) zlibError(z.strm, err, "while decompressing data");
      return out.finish(z.strm);
    },
    flush: (s, args, kwnames) => {
      const [length] = clinicArgs("flush", args, kwnames, ["length"], 0, 1);
      const n = length === undefined ? DEF_BUF_SIZE : ssizeArg(length);
      if (n <= 0) throw valueError("length must be greater than zero");
      const z = self(s);
      const input = z.unconsumedTail;
      const out = new Output(z.strm, -1, n);
      feed(z.strm, input);
      const err = z.initialised ? inflateInto(z, out, Z_FINISH, -1) : Z_STREAM_ERROR;
      saveUnconsumed(z, input, err);
      if (err === Z_STREAM_END) {
        z.eof = true;
        z.initialised = false;
        pakoInflate.inflateEnd(z.strm);
      }
      return out.finish(z.strm);
    },
  });
  getter(Decompress, "unused_data", (s) => new PyBytes(self(s).unusedData));
  getter(Decompress, "unconsumed_tail", (s) => new PyBytes(self(s).unconsumedTail));
  getter(Decompress, "eof", (s) => self(s).eof);
  return { Compress, Decompress };
}

/** adler32 as zlib computes it (sums mod 65521, in runs short enough not to overflow). */
function adler32(data: Uint8Array, start: number): number {
  let a = start & 0xffff;
  let b = (start >>> 16) & 0xffff;
  for (let i = 0; i < data.length; ) {
    const end = Math.min(i + 3800, data.length);
    for (; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function uint32Arg(x: PyObject | undefined, dflt: number): number {
  if (x === undefined) return dflt;
  const v = index(x);
  return typeof v === "bigint" ? Number(BigInt.asUintN(32, v)) : v >>> 0;
}

registerBuiltinModule("zlib", (m) => {
  ZlibError = newExceptionClass("zlib", "error", [ExceptionType]);
  const { Compress, Decompress } = defineTypes();
  for (const [k, v] of Object.entries(CONSTANTS)) m.dict.map.set(k, v);
  m.dict.map.set("error", ZlibError);
  defFunction(m, "compress", (args, kwnames) => {
    const [data, level, wbits] = clinicArgs("compress", args, kwnames, ["data", "level", "wbits"], 1, 1);
    return compress(needBytes(data!), intArg(level, Z_DEFAULT_COMPRESSION), intArg(wbits, MAX_WBITS));
  });
  defFunction(m, "decompress", (args, kwnames) => {
    const [data, wbits, bufsize] = clinicArgs("decompress", args, kwnames, ["data", "wbits", "bufsize"], 1, 1);
    return decompress(needBytes(data!), intArg(wbits, MAX_WBITS), bufsize === undefined ? DEF_BUF_SIZE : ssizeArg(bufsize));
  });
  defFunction(m, "compressobj", (args, kwnames) => compressObject(Compress, args, kwnames));
  defFunction(m, "decompressobj", (args, kwnames) => decompressObject(Decompress, args, kwnames));
  defFunction(m, "crc32", (args, kwnames) => {
    const [data, value] = clinicArgs("crc32", args, kwnames, ["data", "value"], 1, 2);
    return crc32(needBytes(data!), uint32Arg(value, 0));
  });
  defFunction(m, "adler32", (args, kwnames) => {
    const [data, value] = clinicArgs("adler32", args, kwnames, ["data", "value"], 1, 2);
    return adler32(needBytes(data!), uint32Arg(value, 1));
  });
});
