// Item formats of memoryview (the struct-module characters CPython's memoryview supports in
// native mode): size of an item, and reading/writing one item of a byte buffer as a Python
// value, with memoryview's error messages. Native layout on 64-bit Linux, little-endian.
import { PyBytes, PyFloat, PyObject } from "./core.js";
import { overflowError, typeError, valueError } from "./exceptions.js";
import { normBig } from "./int.js";
import { asFloat, asInt } from "./operators.js";
import { isTrue } from "./protocol.js";

const SIZES: Record<string, number> = { c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, e: 2, P: 8 };

/** The item size of a memoryview format ("@x" or "x"), or undefined if unsupported. */
export function formatItemSize(format: string): number | undefined {
  const f = format.startsWith("@") ? format.slice(1) : format;
  return f.length === 1 ? SIZES[f] : undefined;
}

/** The format without its native-mode "@". */
export function formatCode(format: string): string {
  return format.startsWith("@") ? format.slice(1) : format;
}

/** Formats memoryview treats as raw bytes (hashing, casts between non-byte formats). */
export function isByteFormat(format: string): boolean {
  const f = formatCode(format);
  return f === "B" || f === "b" || f === "c";
}

function view(buf: Uint8Array, at: number, n: number): DataView {
  return new DataView(buf.buffer, buf.byteOffset + at, n);
}

/** The item at byte offset `at`. */
export function readItem(format: string, buf: Uint8Array, at: number): PyObject {
  const f = formatCode(format);
  switch (f) {
    case "B":
      return buf[at];
    case "b":
      return (buf[at] << 24) >> 24;
    case "c":
      return new PyBytes(buf.slice(at, at + 1));
    case "?":
      return buf[at] !== 0;
    case "h":
      return view(buf, at, 2).getInt16(0, true);
    case "H":
      return view(buf, at, 2).getUint16(0, true);
    case "i":
      return view(buf, at, 4).getInt32(0, true);
    case "I":
      return view(buf, at, 4).getUint32(0, true);
    case "l":
    case "q":
    case "n":
      return normBig(view(buf, at, 8).getBigInt64(0, true));
    case "L":
    case "Q":
    case "N":
    case "P":
      return normBig(view(buf, at, 8).getBigUint64(0, true));
    case "f":
      return new PyFloat(view(buf, at, 4).getFloat32(0, true));
    case "d":
      return new PyFloat(view(buf, at, 8).getFloat64(0, true));
    case "e":
      return new PyFloat(halfToFloat(view(buf, at, 2).getUint16(0, true)));
  }
  throw valueError(`memoryview: format ${format} not supported`);
}

const INT_RANGES: Record<string, [bigint, bigint]> = {
  B: [0n, 255n],
  b: [-128n, 127n],
  h: [-32768n, 32767n],
  H: [0n, 65535n],
  i: [-(2n ** 31n), 2n ** 31n - 1n],
  I: [0n, 2n ** 32n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n],
  q: [-(2n ** 63n), 2n ** 63n - 1n],
  n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n],
  Q: [0n, 2n ** 64n - 1n],
  N: [0n, 2n ** 64n - 1n],
  P: [0n, 2n ** 64n - 1n],
};

/** Stores `value` as an item at byte offset `at` (memoryview's type and range checks). */
export function writeItem(format: string, buf: Uint8Array, at: number, value: PyObject): void {
  const f = formatCode(format);
  const range = INT_RANGES[f];
  if (range !== undefined) {
    const v = asInt(value);
    if (v === undefined) throw typeError(`memoryview: invalid type for format '${format}'`);
    const b = BigInt(v);
    if (b < range[0] || b > range[1]) throw valueError(`memoryview: invalid value for format '${format}'`);
    const d = view(buf, at, SIZES[f]);
    switch (SIZES[f]) {
      case 1:
        buf[at] = Number(BigInt.asUintN(8, b));
        return;
      case 2:
        d.setUint16(0, Number(BigInt.asUintN(16, b)), true);
        return;
      case 4:
        d.setUint32(0, Number(BigInt.asUintN(32, b)), true);
        return;
      default:
        d.setBigUint64(0, BigInt.asUintN(64, b), true);
        return;
    }
  }
  switch (f) {
    case "?":
      buf[at] = isTrue(value) ? 1 : 0;
      return;
    case "c": {
      if (!(value instanceof PyBytes) || value.bytes.length !== 1) throw valueError(`memoryview: invalid value for format '${format}'`);
      buf[at] = value.bytes[0];
      return;
    }
    case "f":
    case "d":
    case "e": {
      const x = asFloat(value);
      if (x === undefined) throw typeError(`memoryview: invalid type for format '${format}'`);
      if (f === "f") view(buf, at, 4).setFloat32(0, x, true);
      else if (f === "d") view(buf, at, 8).setFloat64(0, x, true);
      else view(buf, at, 2).setUint16(0, floatToHalf(x), true);
      return;
    }
  }
  throw valueError(`memoryview: format ${format} not supported`);
}

function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac === 0 ? sign * Infinity : NaN;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** IEEE half precision, rounding to nearest even (out of range: OverflowError as struct does). */
function floatToHalf(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  // scale to units of the smallest subnormal (2^-24) or of the value's own ulp
  let e = Math.floor(Math.log2(a));
  if (a < 2 ** e) e--;
  if (e < -14) {
    const m = roundEven(a / 2 ** -24);
    return sign | m; // m may carry into the smallest normal, which is the right encoding
  }
  let m = roundEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  if (e > 15) throw overflowError("float too large to pack with e format");
  return sign | ((e + 15) << 10) | m;
}

function roundEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
