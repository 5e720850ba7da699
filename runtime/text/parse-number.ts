/**
 * Python's int/float text conversions and related exact arithmetic:
 * int(str, base), float(str), str/bin/oct/hex of ints, int <-> float,
 * float.as_integer_ratio, float.hex / float.fromhex, round().
 *
 * Value model: a Python int is a JS number when it is a safe integer and a
 * bigint otherwise; a Python float is a JS number.
 */

import { TextError, overflowError, valueError } from "./errors.js";
import { decomposeDouble, exactDigits, fixedDigits, roundDigits, type DecimalDigits } from "./float-repr.js";
import { strRepr, truncateCodePoints } from "./str-repr.js";
import { decimalValue14 } from "./unicode14.js";

export type PyInt = number | bigint;

// ---------------------------------------------------------------------------
// int <-> str digit limit (sys.set_int_max_str_digits)
// ---------------------------------------------------------------------------

let intMaxStrDigits = 4300;

/** sys.get_int_max_str_digits() */
export function getIntMaxStrDigits(): number {
  return intMaxStrDigits;
}

/** sys.set_int_max_str_digits(n): 0 disables the limit (validation of n is the caller's). */
export function setIntMaxStrDigits(n: number): void {
  intMaxStrDigits = n;
}

/** A bigint that fits in a safe integer becomes a number. */
export function normalizeInt(v: bigint): PyInt {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

// ---------------------------------------------------------------------------
// Unicode pre-processing shared by int() and float()
// ---------------------------------------------------------------------------

/** Python's Py_UNICODE_ISSPACE for code points >= 128. */
function isUnicodeSpace(cp: number): boolean {
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Python 3.11's Py_UNICODE_TODECIMAL: the digit value of a decimal character (Unicode 14.0), or -1. */
export function unicodeDecimalValue(cp: number): number {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39 ? cp - 0x30 : -1;
  return decimalValue14(cp);
}

/**
 * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode whitespace
 * becomes ' ', Unicode decimal digits become ASCII digits, and the first other
 * non-ASCII character becomes '?' and ends the string.
 */
function toAsciiDigitsAndSpaces(text: string): string {
  let i = 0;
  for (; i < text.length; i++) if (text.charCodeAt(i) >= 127) break;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 127) {
      out += text[i];
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isUnicodeSpace(cp)) {
      out += " ";
      continue;
    }
    const dv = unicodeDecimalValue(cp);
    if (dv < 0) return out + "?";
    out += String.fromCharCode(48 + dv);
  }
  return out;
}

/** C's isspace in the "C" locale (Py_ISSPACE). */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

// ---------------------------------------------------------------------------
// int(str, base)
// ---------------------------------------------------------------------------

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

function invalidIntLiteral(text: string, base: number): TextError {
  return valueError(`invalid literal for int() with base ${base}: ${truncateCodePoints(strRepr(text), 200)}`);
}

/** Value of a string of valid digits (no sign, no underscores) in a base. */
export function digitsToInt(digits: string, base: number): PyInt {
  const n = digits.length;
  if (base === 10) {
    if (n <= 15) return +digits;
    return normalizeInt(BigInt(digits));
  }
  // Fits in 53 bits?  base**n <= 2**53 <=> n * log2(base) <= 53.
  if (n * Math.log2(base) <= 53) return Number.parseInt(digits, base);
  if (base === 16) return normalizeInt(BigInt("0x" + digits));
  if (base === 8) return normalizeInt(BigInt("0o" + digits));
  if (base === 2) return normalizeInt(BigInt("0b" + digits));
  // Generic: chunks whose value fits in a double exactly.
  let chunk = 1;
  while (base ** (chunk + 1) <= 2 ** 53) chunk++;
  const bigBase = BigInt(base) ** BigInt(chunk);
  const first = n % chunk || chunk;
  let acc = BigInt(Number.parseInt(digits.slice(0, first), base));
  for (let i = first; i < n; i += chunk) {
    acc = acc * bigBase + BigInt(Number.parseInt(digits.slice(i, i + chunk), base));
  }
  return normalizeInt(acc);
}

function isPlainDecimal(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Python's int(text, base) for a str argument (base 0 or 2..36).
 * Errors: ValueError with CPython's messages.
 */
export function parseInt(text: string, base: number = 10): PyInt {
  if (base === 10 && isPlainDecimal(text)) return +text;
  if ((base !== 0 && base < 2) || base > 36) throw valueError("int() base must be >= 2 and <= 36, or 0");
  const origBase = base;
  const s = toAsciiDigitsAndSpaces(text);
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (s[i] === "+") i++;
  else if (s[i] === "-") {
    negative = true;
    i++;
  }
  let errorIfNonzero = false;
  const c1 = s[i + 1];
  if (base === 0) {
    if (s[i] !== "0") base = 10;
    else if (c1 === "x" || c1 === "X") base = 16;
    else if (c1 === "o" || c1 === "O") base = 8;
    else if (c1 === "b" || c1 === "B") base = 2;
    else {
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (
    s[i] === "0" &&
    ((base === 16 && (c1 === "x" || c1 === "X")) ||
      (base === 8 && (c1 === "o" || c1 === "O")) ||
      (base === 2 && (c1 === "b" || c1 === "B")))
  ) {
    i += 2;
    if (s[i] === "_") i++;
  }
  if (s[i] === "_") throw invalidIntLiteral(text, origBase);
  // Scan digits with single underscores between them.
  let digits = "";
  let runStart = i;
  let count = 0;
  let prevUnderscore = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 95 /* _ */) {
      if (prevUnderscore) break;
      digits += s.slice(runStart, i);
      runStart = i + 1;
      prevUnderscore = true;
      continue;
    }
    if (digitValue(c) >= base) break;
    prevUnderscore = false;
    count++;
  }
  if (prevUnderscore) throw invalidIntLiteral(text, origBase);
  digits += s.slice(runStart, i);
  if (count === 0) throw invalidIntLiteral(text, origBase);
  if ((base & (base - 1)) !== 0 && intMaxStrDigits > 0 && count > intMaxStrDigits) {
    throw valueError(
      `Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion: value has ${count} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) throw invalidIntLiteral(text, origBase);
  const v = digitsToInt(digits, base);
  if (errorIfNonzero && v !== 0) throw invalidIntLiteral(text, origBase);
  if (!negative) return v;
  return typeof v === "number" ? (v === 0 ? 0 : -v) : normalizeInt(-v);
}

// ---------------------------------------------------------------------------
// float(str)
// ---------------------------------------------------------------------------

const FLOAT_SYNTAX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])$/;

function cannotConvertFloat(text: string): TextError {
  return valueError(`could not convert string to float: ${strRepr(text)}`);
}

/** Python's float(text) for a str argument. */
export function parseFloat(text: string): number {
  let s = toAsciiDigitsAndSpaces(text);
  if (s.indexOf("_") >= 0) {
    // _Py_string_to_number_with_underscores: underscores only between digits.
    let out = "";
    let prev = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 95) {
        if (!(prev >= 48 && prev <= 57)) throw cannotConvertFloat(text);
      } else {
        if (prev === 95 && !(c >= 48 && c <= 57)) throw cannotConvertFloat(text);
        out += s[i];
      }
      prev = c;
    }
    if (prev === 95) throw cannotConvertFloat(text);
    s = out;
  }
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end - 1 > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  if (start !== 0 || end !== s.length) s = s.slice(start, end);
  if (!FLOAT_SYNTAX.test(s)) throw cannotConvertFloat(text);
  const last = s.charCodeAt(s.length - 1) | 0x20;
  if (last === 0x66 /* f */ || last === 0x79 /* y */) return s[0] === "-" ? -Infinity : Infinity;
  if (last === 0x6e /* n */) return NaN;
  return +s;
}

// ---------------------------------------------------------------------------
// int -> str
// ---------------------------------------------------------------------------

function tooManyDigitsToStr(): TextError {
  return valueError(
    `Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/** str(int) / repr(int). */
export function intRepr(v: PyInt): string {
  if (typeof v === "number") return String(v);
  const s = v.toString();
  if (intMaxStrDigits > 0 && s.length - (v < 0n ? 1 : 0) > intMaxStrDigits) throw tooManyDigitsToStr();
  return s;
}

/**
 * Text of an int in a base: base 10 is str(v); 2, 8 and 16 give bin(v),
 * oct(v) and hex(v) (with the 0b/0o/0x prefix after any sign).
 */
export function intToString(v: PyInt, base: 2 | 8 | 10 | 16): string {
  if (base === 10) {
    if (typeof v === "number") return String(v);
    return intRepr(v);
  }
  const prefix = base === 16 ? "0x" : base === 8 ? "0o" : "0b";
  const negative = v < 0;
  const digits = (negative ? -v : v).toString(base);
  return negative ? "-" + prefix + digits : prefix + digits;
}

/** Digits of |v| in a base 2..36 (lowercase), no sign or prefix. */
export function intDigits(v: PyInt, base: number): string {
  if (base === 10 && typeof v === "bigint") {
    const s = intRepr(v);
    return s.charCodeAt(0) === 45 ? s.slice(1) : s;
  }
  const s = v.toString(base);
  return s.charCodeAt(0) === 45 ? s.slice(1) : s;
}

// ---------------------------------------------------------------------------
// int <-> float
// ---------------------------------------------------------------------------

/** float(int): correctly rounded; OverflowError past the float range. */
export function floatFromInt(v: PyInt): number {
  if (typeof v === "number") return v;
  const x = Number(v);
  if (x === Infinity || x === -Infinity) throw overflowError("int too large to convert to float");
  return x;
}

/** int(float): truncation toward zero, exact. */
export function floatToInt(x: number): PyInt {
  if (x !== x) throw valueError("cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) throw overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (t >= -9007199254740991 && t <= 9007199254740991) return t + 0;
  return BigInt(t);
}

/** float.as_integer_ratio() */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (x !== x) throw valueError("cannot convert NaN to integer ratio");
  if (x === Infinity || x === -Infinity) throw overflowError("cannot convert Infinity to integer ratio");
  if (Number.isInteger(x)) return [floatToInt(x), 1];
  let { negative, mantissa: m, exponent: e } = decomposeDouble(x);
  while (e < 0 && m % 2 === 0) {
    m /= 2;
    e++;
  }
  // Not an integer, so e < 0 here.
  const num = negative ? -m : m;
  const den = -e <= 52 ? 2 ** -e : 1n << BigInt(-e);
  return [num, den];
}

/** float.is_integer() */
export function floatIsInteger(x: number): boolean {
  return Number.isInteger(x);
}

// ---------------------------------------------------------------------------
// float.hex / float.fromhex
// ---------------------------------------------------------------------------

/** float.hex() */
export function floatHex(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return 1 / x < 0 ? "-0x0.0p+0" : "0x0.0p+0";
  const { negative, mantissa, exponent } = decomposeDouble(x);
  const sign = negative ? "-" : "";
  if (mantissa < 4503599627370496) {
    // subnormal
    return `${sign}0x0.${mantissa.toString(16).padStart(13, "0")}p-1022`;
  }
  const frac = mantissa - 4503599627370496;
  const e = exponent + 52;
  return `${sign}0x1.${frac.toString(16).padStart(13, "0")}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

/** x * 2**e, exact whenever the result is representable without rounding. */
function scalePow2(x: number, e: number): number {
  if (e > 1023) return x * 2 ** 1023 * 2 ** (e - 1023);
  if (e < -1074) return x * 2 ** -1074 * 2 ** (e + 1074);
  return x * 2 ** e;
}

/** m * 2**e correctly rounded (half-even) to a double, for m >= 0; Infinity on overflow. */
export function bigTimesPow2ToDouble(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const bits = m.toString(2).length;
  const topExp = e + bits; // 2**(topExp-1) <= value < 2**topExp
  if (topExp > 1024) return Infinity;
  if (topExp < -1074 - 1) return 0;
  const lsb = Math.max(topExp, -1021) - 53;
  if (e >= lsb) {
    // Exact: m < 2**53.
    return scalePow2(Number(m), e);
  }
  const shift = BigInt(lsb - e);
  let q = m >> shift;
  const rem = m - (q << shift);
  const half = 1n << (shift - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  return scalePow2(Number(q), lsb);
}

function invalidHex(): TextError {
  return valueError("invalid hexadecimal floating-point string");
}

const HEX_INF_NAN = /^[+-]?(?:inf(?:inity)?|nan)/i;

/** float.fromhex(s) */
export function floatFromHex(text: string): number {
  const s = text;
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let x: number;
  let negate = false;
  const special = HEX_INF_NAN.exec(s.slice(i));
  if (special) {
    const t = special[0].toLowerCase();
    const neg = t[0] === "-";
    x = t.endsWith("nan") ? NaN : neg ? -Infinity : Infinity;
    i += t.length;
  } else {
    if (s[i] === "-") {
      negate = true;
      i++;
    } else if (s[i] === "+") i++;
    if (s[i] === "0" && (s[i + 1] === "x" || s[i + 1] === "X")) i += 2;
    let intPart = "";
    let fracDigits = "";
    let j = i;
    while (j < n && digitValue(s.charCodeAt(j)) < 16) j++;
    intPart = s.slice(i, j);
    i = j;
    if (s[i] === ".") {
      i++;
      j = i;
      while (j < n && digitValue(s.charCodeAt(j)) < 16) j++;
      fracDigits = s.slice(i, j);
      i = j;
    }
    if (intPart.length + fracDigits.length === 0) throw invalidHex();
    let exp = 0;
    if (s[i] === "p" || s[i] === "P") {
      i++;
      let expNeg = false;
      if (s[i] === "-" || s[i] === "+") {
        expNeg = s[i] === "-";
        i++;
      }
      j = i;
      while (j < n && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      if (j === i) throw invalidHex();
      // Saturate: anything this large behaves like LONG_MAX/LONG_MIN.
      exp = j - i > 15 ? 1e15 : +s.slice(i, j);
      if (expNeg) exp = -exp;
      i = j;
    }
    const all = (intPart + fracDigits).replace(/^0+/, "");
    if (all.length === 0) {
      x = 0;
    } else {
      const m = BigInt("0x" + all);
      x = bigTimesPow2ToDouble(m, exp - 4 * fracDigits.length);
      if (x === Infinity) throw overflowError("hexadecimal value too large to represent as a float");
    }
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) throw invalidHex();
  return negate ? -x : x;
}

// ---------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------

/** round(x) with no ndigits: nearest int, ties to even. */
export function roundFloatToInt(x: number): PyInt {
  if (!Number.isFinite(x)) return floatToInt(x);
  const f = Math.floor(x);
  const diff = x - f;
  const r = diff < 0.5 ? f : diff > 0.5 ? f + 1 : f % 2 === 0 ? f : f + 1;
  return floatToInt(r);
}

function decimalToDouble(negative: boolean, d: DecimalDigits): number {
  const v = +`${d.digits}e${d.decpt - d.digits.length}`;
  return negative ? -v : v;
}

/** round(x, ndigits) for a float: correctly rounded, half-even on the exact value. */
export function roundFloat(x: number, ndigits: PyInt): number {
  if (!Number.isFinite(x)) return x;
  const nd = typeof ndigits === "bigint" ? (ndigits > 0n ? 1e9 : -1e9) : ndigits;
  if (nd > 323) return x;
  if (nd < -308) return 0.0 * x;
  const negative = x < 0 || (x === 0 && 1 / x < 0);
  const ax = negative ? -x : x;
  let d: DecimalDigits;
  if (nd >= 0) d = fixedDigits(ax, nd);
  else {
    const ex = exactDigits(ax);
    d = roundDigits(ex, ex.decpt + nd);
  }
  const r = decimalToDouble(negative, d);
  if (r === Infinity || r === -Infinity) throw overflowError("rounded value too large to represent");
  return r;
}

/** round(v, ndigits) for an int (ndigits >= 0 returns v unchanged). */
export function roundInt(v: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0) return v;
  const big = BigInt(v);
  const absDigits = (big < 0n ? -big : big).toString().length;
  const k = -BigInt(ndigits);
  if (k > BigInt(absDigits)) return 0;
  const b = 10n ** k;
  // q = round-half-even(big / b)
  let q = big / b;
  let r = big - q * b;
  if (r < 0n) {
    q -= 1n;
    r += b;
  }
  const twice = 2n * r;
  if (twice > b || (twice === b && (q & 1n) === 1n)) q += 1n;
  return normalizeInt(q * b);
}
