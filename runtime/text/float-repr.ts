/**
 * repr(float) and the decimal conversion core behind float formatting.
 *
 * floatToString() mirrors CPython's PyOS_double_to_string(): it produces the
 * digits of a double in modes 'r' (shortest round-trip), 'e', 'f' and 'g'
 * with correct rounding (round-half-even on the exact binary value), and lays
 * them out exactly as CPython's format_float_short() does.
 *
 * Fast paths use JS's own conversions (String(x), toExponential, toFixed),
 * which are correctly rounded except that exact ties go away from zero; ties
 * are detected cheaply and then handled by an exact BigInt expansion.
 */

/** Flags, with CPython's Py_DTSF_* values. */
export const DTSF_SIGN = 0x01;
export const DTSF_ADD_DOT_0 = 0x02;
export const DTSF_ALT = 0x04;
export const DTSF_NO_NEG_0 = 0x08;

export type FloatCode = "e" | "E" | "f" | "F" | "g" | "G" | "r";

/** repr(float), identical to CPython's. */
export function floatRepr(x: number): string {
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + ".0" : s;
  }
  if (x === 0) return 1 / x < 0 ? "-0.0" : "0.0";
  if (x !== x) return "nan";
  if (ax === Infinity) return x > 0 ? "inf" : "-inf";
  const s = x.toExponential();
  // JS writes e+5 / e-5; Python always uses at least two exponent digits.
  const n = s.length;
  if (s.charCodeAt(n - 2) === 43 /* + */ || s.charCodeAt(n - 2) === 45 /* - */) {
    return s.slice(0, n - 1) + "0" + s.slice(n - 1);
  }
  return s;
}

/** str(float) is repr(float) in Python 3. */
export const floatStr = floatRepr;

// ---------------------------------------------------------------------------
// Decimal digit generation
// ---------------------------------------------------------------------------

/**
 * A positive decimal value 0.DIGITS x 10**decpt. `digits` has no leading or
 * trailing zeros, except that zero is represented as {digits: "0", decpt: 1}.
 */
export interface DecimalDigits {
  digits: string;
  decpt: number;
}

const ZERO: DecimalDigits = { digits: "0", decpt: 1 };

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

/** Split a finite double into (sign, 53-bit integer mantissa, binary exponent): |x| = m * 2**e. */
export function decomposeDouble(x: number): { negative: boolean; mantissa: number; exponent: number } {
  f64[0] = x;
  const hi = u32[HI]!;
  const lo = u32[LO]!;
  const negative = hi >>> 31 === 1;
  const bexp = (hi >>> 20) & 0x7ff;
  let mantissa = (hi & 0xfffff) * 4294967296 + lo;
  let exponent: number;
  if (bexp === 0) {
    exponent = -1074;
  } else {
    mantissa += 4503599627370496; // 2**52
    exponent = bexp - 1075;
  }
  return { negative, mantissa, exponent };
}

const pow5Cache: bigint[] = [1n];
function pow5(k: number): bigint {
  let v = pow5Cache[k];
  if (v === undefined) {
    v = 5n ** BigInt(k);
    if (k < 1200) pow5Cache[k] = v;
  }
  return v;
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** The exact decimal expansion of a positive finite double. */
export function exactDigits(ax: number): DecimalDigits {
  if (ax === 0) return ZERO;
  let { mantissa: m, exponent: e } = decomposeDouble(ax);
  while (e < 0 && m % 2 === 0) {
    m /= 2;
    e++;
  }
  if (e >= 0) {
    const s = (BigInt(m) << BigInt(e)).toString();
    return { digits: stripTrailingZeros(s), decpt: s.length };
  }
  const k = -e;
  const s = (BigInt(m) * pow5(k)).toString();
  return { digits: s, decpt: s.length - k };
}

/**
 * Round a decimal value to `nd` significant digits, half-even (nd may be
 * zero or negative: the value then rounds to 0 or to one unit at position
 * decpt - nd).
 */
export function roundDigits(d: DecimalDigits, nd: number): DecimalDigits {
  const digits = d.digits;
  if (nd >= digits.length) return d;
  if (nd < 0) return ZERO;
  if (nd === 0) {
    // Compare 0.DIGITS with 0.5; a tie goes to the even neighbour 0.
    const c = digits.charCodeAt(0);
    if (c > 53 || (c === 53 && digits.length > 1)) return { digits: "1", decpt: d.decpt + 1 };
    return ZERO;
  }
  const c = digits.charCodeAt(nd);
  const up = c > 53 || (c === 53 && (digits.length > nd + 1 || (digits.charCodeAt(nd - 1) & 1) === 1));
  if (!up) return { digits: stripTrailingZeros(digits.slice(0, nd)), decpt: d.decpt };
  let i = nd - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: "1", decpt: d.decpt + 1 };
  return {
    digits: digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1),
    decpt: d.decpt,
  };
}

function ldexpUp(x: number, k: number): number {
  while (k > 1000) {
    x *= 2 ** 1000;
    k -= 1000;
  }
  return x * 2 ** k;
}

/**
 * Could the positive double ax lie exactly halfway between two multiples of
 * 10**q? (False positives are allowed; false negatives are not.)
 */
function maybeTie(ax: number, q: number): boolean {
  if (q <= 0) {
    // A tie needs exactly 1-q fractional bits: ax * 2**(1-q) is an odd integer.
    const k = 1 - q;
    if (k > 1075) return false;
    const y = ldexpUp(ax, k);
    return Number.isInteger(y) && y % 2 === 1;
  }
  if (!Number.isInteger(ax)) return false;
  if (q > 22) return true;
  const p = 10 ** q;
  return ax % p === p / 2;
}

/** Parse the output of toExponential / toFixed into DecimalDigits. */
function parseExponential(s: string): DecimalDigits {
  const ei = s.indexOf("e");
  const exp = +s.slice(ei + 1);
  const digits = ei > 1 ? s[0] + s.slice(2, ei) : s.slice(0, ei);
  return { digits: stripTrailingZeros(digits), decpt: exp + 1 };
}

function parseFixed(s: string): DecimalDigits {
  const dot = s.indexOf(".");
  const intPart = dot < 0 ? s : s.slice(0, dot);
  const all = dot < 0 ? s : intPart + s.slice(dot + 1);
  let start = 0;
  while (start < all.length && all.charCodeAt(start) === 48) start++;
  if (start === all.length) return ZERO;
  return { digits: stripTrailingZeros(all.slice(start)), decpt: intPart.length - start };
}

/** Shortest round-trip digits (dtoa mode 0) of a positive finite double. */
export function shortestDigits(ax: number): DecimalDigits {
  if (ax === 0) return ZERO;
  return parseExponential(ax.toExponential());
}

/** Correctly rounded `nd` significant digits (dtoa mode 2; nd < 1 means 1). */
export function significantDigits(ax: number, nd: number): DecimalDigits {
  if (ax === 0) return ZERO;
  if (nd < 1) nd = 1;
  if (nd <= 101) {
    const s = ax.toExponential(nd - 1);
    const ei = s.indexOf("e");
    const exp = +s.slice(ei + 1);
    if (!maybeTie(ax, exp - (nd - 1))) return parseExponential(s);
  }
  return roundDigits(exactDigits(ax), nd);
}

/** Correctly rounded to `nd` digits after the decimal point (dtoa mode 3, nd >= 0). */
export function fixedDigits(ax: number, nd: number): DecimalDigits {
  if (ax === 0) return ZERO;
  if (nd <= 100 && ax < 1e21 && !maybeTie(ax, -nd)) return parseFixed(ax.toFixed(nd));
  const d = exactDigits(ax);
  return roundDigits(d, d.decpt + nd);
}

// ---------------------------------------------------------------------------
// PyOS_double_to_string
// ---------------------------------------------------------------------------

/**
 * CPython's PyOS_double_to_string(x, code, precision, flags): the text of a
 * float for the %-operator, format() and repr().  `code` 'r' ignores precision.
 */
export function floatToString(x: number, code: FloatCode, precision: number, flags = 0): string {
  const upper = code === "E" || code === "F" || code === "G";
  let fc: "e" | "f" | "g" | "r";
  switch (code) {
    case "E":
    case "e":
      fc = "e";
      precision++;
      break;
    case "F":
    case "f":
      fc = "f";
      break;
    case "G":
    case "g":
      fc = "g";
      if (precision === 0) precision = 1;
      break;
    default:
      fc = "r";
      precision = 0;
  }
  const alwaysSign = (flags & DTSF_SIGN) !== 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;

  if (x !== x) return (alwaysSign ? "+" : "") + (upper ? "NAN" : "nan");
  let negative = x < 0 || (x === 0 && 1 / x < 0);
  const ax = negative ? -x : x;
  if (ax === Infinity) return (negative ? "-" : alwaysSign ? "+" : "") + (upper ? "INF" : "inf");

  const d =
    fc === "r" ? shortestDigits(ax) : fc === "f" ? fixedDigits(ax, precision) : significantDigits(ax, precision);
  if (negative && (flags & DTSF_NO_NEG_0) !== 0 && d.digits === "0") negative = false;

  const digits = d.digits;
  const digitsLen = digits.length;
  let decpt = d.decpt;
  let useExp = false;
  let vdigitsEnd = digitsLen;
  switch (fc) {
    case "e":
      useExp = true;
      vdigitsEnd = precision;
      break;
    case "f":
      vdigitsEnd = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vdigitsEnd = precision;
      break;
    case "r":
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = negative ? "-" : alwaysSign ? "+" : "";
  if (decpt <= 0) {
    out += "0".repeat(decpt - vdigitsStart) + "." + "0".repeat(-decpt);
  } else if (vdigitsStart < 0) {
    out += "0".repeat(-vdigitsStart);
  }
  if (decpt > 0 && decpt <= digitsLen) {
    out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (digitsLen < decpt) {
    out += "0".repeat(decpt - digitsLen) + "." + "0".repeat(vdigitsEnd - decpt);
  } else if (vdigitsEnd > digitsLen) {
    out += "0".repeat(vdigitsEnd - digitsLen);
  }
  if (!alt && out.charCodeAt(out.length - 1) === 46 /* . */) out = out.slice(0, -1);
  if (useExp) {
    const ae = exp < 0 ? -exp : exp;
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
  }
  return out;
}
