// The binascii module: hex, base64, uuencode and quoted-printable codecs between binary data
// and ASCII, plus crc32 and crc_hqx, with CPython 3.11's argument rules and error messages.
import { PyBoxed, PyBytes, PyObject, PyType } from "../objects/core.js";
import { parseArgs, positional } from "../objects/define.js";
import { ExceptionType, OverflowErrorType, ValueErrorType, newException, typeError, valueError } from "../objects/exceptions.js";
import { index, typeOf } from "../objects/protocol.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { bytesLike, defFunction, needBytes, newExceptionClass } from "./small-util.js";

let errorType: PyType | null = null;
let incompleteType: PyType | null = null;
function binasciiError(): PyType {
  return (errorType ??= newExceptionClass("binascii", "Error", [ValueErrorType]));
}
function incomplete(): PyType {
  return (incompleteType ??= newExceptionClass("binascii", "Incomplete", [ExceptionType]));
}
function err(msg: string) {
  return newException(binasciiError(), msg);
}

/** The `ascii_buffer` converter of the a2b_* functions: bytes-like, or a str of ASCII only. */
function asciiBuffer(x: PyObject): Uint8Array {
  const s = typeof x === "string" ? x : x instanceof PyBoxed && typeof x.value === "string" ? x.value : undefined;
  if (s !== undefined) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) throw valueError("string argument should contain only ASCII characters");
      out[i] = c;
    }
    return out;
  }
  const b = bytesLike(x);
  if (b === undefined) throw typeError(`argument should be bytes, buffer or ASCII string, not '${typeOf(x).name}'`);
  return b;
}

function bytes(b: Uint8Array): PyBytes {
  return new PyBytes(b);
}

/** Booleans of clinic `bool(accept={int})`: ints only. */
function intFlag(x: PyObject | undefined, dflt: boolean): boolean {
  if (x === undefined) return dflt;
  if (typeof x === "boolean") return x;
  if (typeof x === "number" || typeof x === "bigint") return x !== 0 && x !== 0n;
  return index(x) !== 0;
}

// ---------------------------------------------------------------------------------------------
// hex

const HEX = "0123456789abcdef";

/** _Py_strhex_impl: hex digits with an optional separator every |bytesPerSep| bytes (counted
 *  from the right when positive, from the left when negative). */
export function hexWithSep(data: Uint8Array, sep: PyObject | undefined, bytesPerSepArg: PyObject | undefined): string {
  let sepChar = "";
  let perSep = 0;
  if (sep !== undefined) {
    let sepStr: string;
    if (typeof sep === "string") sepStr = sep;
    else if (sep instanceof PyBoxed && typeof sep.value === "string") sepStr = sep.value;
    else {
      const b = bytesLike(sep);
      if (b === undefined || !(sep instanceof PyBytes || (sep instanceof PyBoxed && sep.value instanceof PyBytes))) {
        if (b === undefined) throw typeError(`object of type '${typeOf(sep).name}' has no len()`);
        throw typeError("sep must be str or bytes.");
      }
      if (b.length !== 1) throw valueError("sep must be length 1.");
      sepStr = String.fromCharCode(b[0]);
    }
    if ([...sepStr].length !== 1) throw valueError("sep must be length 1.");
    // binascii returns bytes, so any Latin-1 separator is accepted
    if (sepStr.charCodeAt(0) > 255) throw valueError("sep must be ASCII.");
    sepChar = sepStr;
    const n = bytesPerSepArg === undefined ? 1 : index(bytesPerSepArg);
    if (typeof n === "bigint" || n > 0x7fffffff || n < -0x80000000) throw newException(OverflowErrorType, "Python int too large to convert to C int");
    perSep = n;
  }
  const hex = (b: number) => HEX[b >> 4] + HEX[b & 15];
  if (perSep === 0 || data.length === 0) {
    let s = "";
    for (const b of data) s += hex(b);
    return s;
  }
  const group = Math.abs(perSep);
  const parts: string[] = [];
  if (perSep < 0) {
    for (let i = 0; i < data.length; i += group) {
      let s = "";
      for (let j = i; j < Math.min(i + group, data.length); j++) s += hex(data[j]);
      parts.push(s);
    }
  } else {
    const first = data.length % group || group;
    for (let i = 0, end = first; i < data.length; i = end, end += group) {
      let s = "";
      for (let j = i; j < end; j++) s += hex(data[j]);
      parts.push(s);
    }
  }
  return parts.join(sepChar);
}

function asciiBytes(s: string): PyBytes {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return new PyBytes(out);
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

export function unhexlify(data: Uint8Array): Uint8Array {
  if (data.length % 2 !== 0) throw err("Odd-length string");
  const out = new Uint8Array(data.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(data[2 * i]);
    const lo = hexValue(data[2 * i + 1]);
    if (hi < 0 || lo < 0) throw err("Non-hexadecimal digit found");
    out[i] = (hi << 4) | lo;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// base64

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const A2B64 = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) A2B64[B64.charCodeAt(i)] = i;

export function b2aBase64(data: Uint8Array, newline: boolean): Uint8Array {
  const n = data.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4 + (newline ? 1 : 0));
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out[o++] = B64.charCodeAt(v >> 18);
    out[o++] = B64.charCodeAt((v >> 12) & 63);
    out[o++] = B64.charCodeAt((v >> 6) & 63);
    out[o++] = B64.charCodeAt(v & 63);
  }
  if (n - i === 1) {
    const v = data[i];
    out[o++] = B64.charCodeAt(v >> 2);
    out[o++] = B64.charCodeAt((v & 3) << 4);
    out[o++] = 0x3d;
    out[o++] = 0x3d;
  } else if (n - i === 2) {
    const v = (data[i] << 8) | data[i + 1];
    out[o++] = B64.charCodeAt(v >> 10);
    out[o++] = B64.charCodeAt((v >> 4) & 63);
    out[o++] = B64.charCodeAt((v & 15) << 2);
    out[o++] = 0x3d;
  }
  if (newline) out[o++] = 0x0a;
  return out;
}

export function a2bBase64(data: Uint8Array, strict: boolean): Uint8Array {
  const out = new Uint8Array(Math.floor((data.length + 3) / 4) * 3);
  let o = 0;
  if (strict && data.length > 0 && data[0] === 0x3d) throw err("Leading padding not allowed");
  let quad = 0;
  let left = 0;
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === 0x3d) {
      paddingStarted = true;
      if (strict && quad === 0) throw err("Excess padding not allowed");
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.length) throw err("Excess data after padding");
        return out.slice(0, o);
      }
      continue;
    }
    const v = A2B64[c];
    if (v < 0) {
      if (strict) throw err("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) throw err("Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
      case 0:
        quad = 1;
        left = v;
        break;
      case 1:
        quad = 2;
        out[o++] = (left << 2) | (v >> 4);
        left = v & 0x0f;
        break;
      case 2:
        quad = 3;
        out[o++] = ((left << 4) | (v >> 2)) & 0xff;
        left = v & 0x03;
        break;
      default:
        quad = 0;
        out[o++] = ((left << 6) | v) & 0xff;
        left = 0;
        break;
    }
  }
  if (quad !== 0) {
    if (quad === 1)
      throw err(`Invalid base64-encoded string: number of data characters (${Math.floor(o / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
    throw err("Incorrect padding");
  }
  return out.slice(0, o);
}

// ---------------------------------------------------------------------------------------------
// uuencode

export function a2bUu(data: Uint8Array): Uint8Array {
  let pos = 0;
  let asciiLen = data.length;
  const first = asciiLen > 0 ? data[pos] : 0;
  pos++;
  asciiLen--;
  let binLen = (first - 0x20) & 0o77;
  const out = new Uint8Array(binLen);
  let o = 0;
  let left = 0;
  let leftBits = 0;
  for (; binLen > 0; asciiLen--, pos++) {
    let c = asciiLen > 0 ? data[pos] : 0;
    if (c === 0x0a || c === 0x0d || asciiLen <= 0) c = 0;
    else {
      if (c < 0x20 || c > 0x20 + 64) throw err("Illegal char");
      c = (c - 0x20) & 0o77;
    }
    left = (left << 6) | c;
    leftBits += 6;
    if (leftBits >= 8) {
      leftBits -= 8;
      out[o++] = (left >> leftBits) & 0xff;
      left &= (1 << leftBits) - 1;
      binLen--;
    }
  }
  while (asciiLen-- > 0) {
    const c = data[pos++];
    if (c !== 0x20 && c !== 0x20 + 64 && c !== 0x0a && c !== 0x0d) throw err("Trailing garbage");
  }
  return out;
}

export function b2aUu(data: Uint8Array, backtick: boolean): Uint8Array {
  if (data.length > 45) throw err("At most 45 bytes at once");
  const out: number[] = [];
  let binLen = data.length;
  out.push(backtick && binLen === 0 ? 0x60 : 0x20 + binLen);
  let left = 0;
  let leftBits = 0;
  let pos = 0;
  for (; binLen > 0 || leftBits !== 0; binLen--, pos++) {
    left = binLen > 0 ? (left << 8) | data[pos] : left << 8;
    leftBits += 8;
    while (leftBits >= 6) {
      const c = (left >> (leftBits - 6)) & 0x3f;
      leftBits -= 6;
      out.push(backtick && c === 0 ? 0x60 : c + 0x20);
    }
    left &= (1 << leftBits) - 1;
  }
  out.push(0x0a);
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------------------
// quoted-printable

const HEX_UPPER = "0123456789ABCDEF";

export function a2bQp(data: Uint8Array, header: boolean): Uint8Array {
  const out: number[] = [];
  const n = data.length;
  let i = 0;
  while (i < n) {
    const c = data[i];
    if (c === 0x3d) {
      i++;
      if (i >= n) break;
      const d = data[i];
      if (d === 0x0a || d === 0x0d) {
        // soft line break
        if (d !== 0x0a) while (i < n && data[i] !== 0x0a) i++;
        if (i < n) i++;
      } else if (d === 0x3d) {
        out.push(0x3d);
        i++;
      } else if (i + 1 < n && hexValue(d) >= 0 && hexValue(data[i + 1]) >= 0) {
        out.push((hexValue(d) << 4) | hexValue(data[i + 1]));
        i += 2;
      } else out.push(0x3d);
    } else if (header && c === 0x5f) {
      out.push(0x20);
      i++;
    } else {
      out.push(c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

const MAXLINESIZE = 76;

export function b2aQp(data: Uint8Array, quotetabs: boolean, istext: boolean, header: boolean): Uint8Array {
  const n = data.length;
  const nl = data.indexOf(0x0a);
  const crlf = nl > 0 && data[nl - 1] === 0x0d;
  const out: number[] = [];
  const pushHex = (c: number) => out.push(0x3d, HEX_UPPER.charCodeAt(c >> 4), HEX_UPPER.charCodeAt(c & 15));
  const softBreak = () => {
    out.push(0x3d);
    if (crlf) out.push(0x0d);
    out.push(0x0a);
  };
  let i = 0;
  let lineLen = 0;
  while (i < n) {
    const c = data[i];
    const next = i + 1 < n ? data[i + 1] : -1;
    if (
      c > 126 ||
      c === 0x3d ||
      (header && c === 0x5f) ||
      (c === 0x2e && lineLen === 0 && (i + 1 === n || next === 0x0a || next === 0x0d || next === 0)) ||
      (!istext && (c === 0x0d || c === 0x0a)) ||
      ((c === 0x09 || c === 0x20) && i + 1 === n) ||
      (c < 33 && c !== 0x0d && c !== 0x0a && (quotetabs || (c !== 0x09 && c !== 0x20)))
    ) {
      if (lineLen + 3 >= MAXLINESIZE) {
        softBreak();
        lineLen = 0;
      }
      pushHex(c);
      i++;
      lineLen += 3;
    } else if (istext && (c === 0x0a || (i + 1 < n && c === 0x0d && next === 0x0a))) {
      lineLen = 0;
      // protect whitespace at the end of a line
      if (out.length > 0 && (out[out.length - 1] === 0x20 || out[out.length - 1] === 0x09)) {
        const ch = out.pop()!;
        pushHex(ch);
      }
      if (crlf) out.push(0x0d);
      out.push(0x0a);
      i += c === 0x0d ? 2 : 1;
    } else {
      if (i + 1 !== n && next !== 0x0a && lineLen + 1 >= MAXLINESIZE) {
        softBreak();
        lineLen = 0;
      }
      lineLen++;
      if (header && c === 0x20) out.push(0x5f);
      else out.push(c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------------------
// CRCs

const CRC32_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC32_TABLE[n] = c >>> 0;
}
export function crc32(data: Uint8Array, crc: number): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC32_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const HQX_TABLE = new Uint16Array(256);
for (let n = 0; n < 256; n++) {
  let c = n << 8;
  for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  HQX_TABLE[n] = c;
}
export function crcHqx(data: Uint8Array, crc: number): number {
  let c = crc & 0xffff;
  for (let i = 0; i < data.length; i++) c = ((c << 8) & 0xff00) ^ HQX_TABLE[((c >> 8) & 0xff) ^ data[i]];
  return c;
}

/** clinic `unsigned_int(bitwise=True)`: any int, reduced modulo 2**32. */
function uintMask(x: PyObject): number {
  const v = index(x);
  return Number(BigInt.asUintN(32, BigInt(v)));
}

// ---------------------------------------------------------------------------------------------
// The module

registerBuiltinModule("binascii", (m) => {
  const d = m.dict.map;
  d.set("__doc__", "Conversion between binary data and ASCII");
  d.set("Error", binasciiError());
  d.set("Incomplete", incomplete());

  const hexlify = (name: string) => (args: PyObject[], kwnames: string[] | null) => {
    const [data, sep, per] = parseArgs(name, args, kwnames, ["data", "sep", "bytes_per_sep"], 1);
    return asciiBytes(hexWithSep(needBytes(data!), sep, per));
  };
  defFunction(m, "b2a_hex", hexlify("b2a_hex"));
  defFunction(m, "hexlify", hexlify("hexlify"));
  const unhex = (name: string) => (args: PyObject[], kwnames: string[] | null) => {
    const [hexstr] = positional(name, args, kwnames, 1, 1);
    return bytes(unhexlify(asciiBuffer(hexstr)));
  };
  defFunction(m, "a2b_hex", unhex("a2b_hex"));
  defFunction(m, "unhexlify", unhex("unhexlify"));

  defFunction(m, "b2a_base64", (args, kwnames) => {
    const [data, newline] = parseArgs("b2a_base64", args, kwnames, ["data", "*newline"], 1, 1);
    return bytes(b2aBase64(needBytes(data!), intFlag(newline, true)));
  });
  defFunction(m, "a2b_base64", (args, kwnames) => {
    const [data, strict] = parseArgs("a2b_base64", args, kwnames, ["data", "*strict_mode"], 1, 1);
    return bytes(a2bBase64(asciiBuffer(data!), intFlag(strict, false)));
  });
  defFunction(m, "a2b_uu", (args, kwnames) => {
    const [data] = positional("a2b_uu", args, kwnames, 1, 1);
    return bytes(a2bUu(asciiBuffer(data)));
  });
  defFunction(m, "b2a_uu", (args, kwnames) => {
    const [data, backtick] = parseArgs("b2a_uu", args, kwnames, ["data", "*backtick"], 1, 1);
    return bytes(b2aUu(needBytes(data!), intFlag(backtick, false)));
  });
  defFunction(m, "a2b_qp", (args, kwnames) => {
    const [data, header] = parseArgs("a2b_qp", args, kwnames, ["data", "header"], 1);
    return bytes(a2bQp(asciiBuffer(data!), intFlag(header, false)));
  });
  defFunction(m, "b2a_qp", (args, kwnames) => {
    const [data, quotetabs, istext, header] = parseArgs("b2a_qp", args, kwnames, ["data", "quotetabs", "istext", "header"], 1);
    return bytes(b2aQp(needBytes(data!), intFlag(quotetabs, false), intFlag(istext, true), intFlag(header, false)));
  });
  defFunction(m, "crc32", (args, kwnames) => {
    const [data, crc] = positional("crc32", args, kwnames, 1, 2);
    return crc32(needBytes(data), crc === undefined ? 0 : uintMask(crc));
  });
  defFunction(m, "crc_hqx", (args, kwnames) => {
    const [data, crc] = positional("crc_hqx", args, kwnames, 2, 2);
    return crcHqx(needBytes(data), uintMask(crc));
  });
});
