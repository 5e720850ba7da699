/**
 * printf-style formatting of str: `fmt % args` (CPython's PyUnicode_Format).
 *
 * The VM supplies the right operand as a PercentArgs and the object
 * conversions (str/repr/ascii, int/float coercion, mapping lookup) as a
 * PercentOps; everything else — parsing of the format, argument bookkeeping,
 * number rendering, padding and CPython's error messages — happens here.
 */

import { TextError, overflowError, typeError, valueError } from "./errors.js";
import { DTSF_ALT, floatToString, type FloatCode } from "./float-repr.js";
import { intDigits, type PyInt } from "./parse-number.js";
import { codePointIndex, codePointLength, truncateCodePoints } from "./str-repr.js";

/** The right operand of `fmt % args`. */
export interface PercentArgs<V> {
  /** The operand itself (a single value, a tuple, or a mapping). */
  readonly value: V;
  /** The items when the operand is a tuple (or tuple subclass), else null. */
  readonly tuple: readonly V[] | null;
  /**
   * CPython's `PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)`:
   * true for any object with __getitem__ other than tuples and strs (so lists count).
   */
  readonly isMapping: boolean;
}

export type PercentIntConversion = "d" | "i" | "u" | "o" | "x" | "X";

/** Object operations the formatter needs from the VM. */
export interface PercentOps<V> {
  /** str(v) */
  str(v: V): string;
  /** repr(v) */
  repr(v: V): string;
  /** ascii(v) */
  ascii(v: V): string;
  /** mapping[key] for %(key)s; throws the VM's KeyError (or whatever __getitem__ raises). */
  getItem(mapping: V, key: string): V;
  /** For a '*' width or precision: the value if v is an int (PyLong_Check, so bool too), else null. */
  starInt(v: V): PyInt | null;
  /**
   * For %d %i %u (int(v) for numbers) and %o %x %X (v.__index__()): the integer,
   * or throw; percentIntTypeError() builds CPython's TypeError for non-numbers.
   */
  toInt(v: V, conversion: PercentIntConversion): PyInt;
  /** For %e %E %f %F %g %G: PyFloat_AsDouble(v), throwing TypeError "must be real number, not X". */
  toFloat(v: V): number;
  /** For %c: a str operand's text, an int operand's value (via __index__), or null for anything else. */
  charArg(v: V): string | PyInt | null;
}

/** CPython's TypeError for %d/%x... applied to a non-number (typeName is the operand's type name). */
export function percentIntTypeError(conversion: PercentIntConversion, typeName: string): TextError {
  if (conversion === "o" || conversion === "x" || conversion === "X") {
    return typeError(`%${conversion} format: an integer is required, not ${typeName}`);
  }
  return typeError(`%${conversion} format: a real number is required, not ${typeName}`);
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const SSIZE_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

/** CPython's _PyUnicode_FormatLong: sign, optional 0o/0x prefix, digits zero-padded to prec. */
export function percentFormatLong(v: PyInt, alt: boolean, prec: number, type: PercentIntConversion): string {
  const base = type === "o" ? 8 : type === "x" || type === "X" ? 16 : 10;
  let digits = intDigits(v, base);
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  let s = (v < 0 ? "-" : "") + (alt && base !== 10 ? (base === 8 ? "0o" : "0x") : "") + digits;
  if (type === "X") s = s.toUpperCase();
  return s;
}

/** `fmt % args` */
export function percentFormat<V>(fmt: string, args: PercentArgs<V>, ops: PercentOps<V>): string {
  const n = fmt.length;
  const dict = args.isMapping && args.tuple === null;
  let tuple = args.tuple;
  let current: V = args.value;
  let arglen = tuple !== null ? tuple.length : -1;
  let argidx = tuple !== null ? 0 : -2;

  const nextArg = (): V => {
    if (argidx < arglen) {
      const idx = argidx++;
      return arglen < 0 || tuple === null ? current : tuple[idx]!;
    }
    throw typeError("not enough arguments for format string");
  };

  let out = "";
  let p = 0;
  while (p < n) {
    const q = fmt.indexOf("%", p);
    if (q < 0) {
      out += p === 0 ? fmt : fmt.slice(p);
      break;
    }
    if (q > p) out += fmt.slice(p, q);
    p = q + 1;
    if (p < n && fmt.charCodeAt(p) === 37 /* % */) {
      out += "%";
      p++;
      continue;
    }

    // --- parse the conversion specifier ---
    let ch = -1;
    let chStart = p;
    const next = (): number => {
      if (p >= n) return -1;
      chStart = p;
      const c = fmt.codePointAt(p)!;
      p += c > 0xffff ? 2 : 1;
      return c;
    };

    if (p < n && fmt.charCodeAt(p) === 40 /* ( */) {
      if (!dict) throw typeError("format requires a mapping");
      p++;
      const keyStart = p;
      let pcount = 1;
      while (pcount > 0 && p < n) {
        const c = fmt.charCodeAt(p);
        if (c === 41) pcount--;
        else if (c === 40) pcount++;
        p++;
      }
      if (pcount > 0) throw valueError("incomplete format key");
      current = ops.getItem(args.value, fmt.slice(keyStart, p - 1));
      tuple = null;
      arglen = -1;
      argidx = -2;
    }

    let flags = 0;
    let width = -1;
    let prec = -1;
    ch = next();
    for (;;) {
      if (ch === 45) flags |= F_LJUST;
      else if (ch === 43) flags |= F_SIGN;
      else if (ch === 32) flags |= F_BLANK;
      else if (ch === 35) flags |= F_ALT;
      else if (ch === 48) flags |= F_ZERO;
      else break;
      ch = next();
    }
    if (ch === 42 /* * */) {
      const v = ops.starInt(nextArg());
      if (v === null) throw typeError("* wants int");
      if (typeof v === "bigint" && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) {
        throw overflowError("Python int too large to convert to C ssize_t");
      }
      width = Number(v);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      ch = next();
    } else if (ch >= 48 && ch <= 57) {
      let digits = "";
      while (ch >= 48 && ch <= 57) {
        digits += String.fromCharCode(ch);
        ch = next();
      }
      if (digits.length >= 19 && BigInt(digits) > SSIZE_MAX) throw valueError("width too big");
      width = +digits;
    }
    if (ch === 46 /* . */) {
      prec = 0;
      ch = next();
      if (ch === 42) {
        const v = ops.starInt(nextArg());
        if (v === null) throw typeError("* wants int");
        if (v > INT_MAX || v < -INT_MAX - 1) throw overflowError("Python int too large to convert to C int");
        prec = Number(v);
        if (prec < 0) prec = 0;
        ch = next();
      } else if (ch >= 48 && ch <= 57) {
        let digits = "";
        while (ch >= 48 && ch <= 57) {
          digits += String.fromCharCode(ch);
          ch = next();
        }
        if (digits.length >= 10 && +digits > INT_MAX) throw valueError("precision too big");
        prec = +digits;
      }
    }
    if (ch === 104 || ch === 108 || ch === 76) ch = next(); // h l L
    if (ch === -1) throw valueError("incomplete format");

    // --- convert the argument ---
    const v = nextArg();
    let str: string;
    let isNumber = false;
    switch (ch) {
      case 115: // s
        str = ops.str(v);
        break;
      case 114: // r
        str = ops.repr(v);
        break;
      case 97: // a
        str = ops.ascii(v);
        break;
      case 105: // i
      case 100: // d
      case 117: // u
      case 111: // o
      case 120: // x
      case 88: {
        // X
        const conv = String.fromCharCode(ch) as PercentIntConversion;
        str = percentFormatLong(ops.toInt(v, conv), (flags & F_ALT) !== 0, prec, conv);
        isNumber = true;
        break;
      }
      case 101: // e
      case 69: // E
      case 102: // f
      case 70: // F
      case 103: // g
      case 71: // G
        str = floatToString(
          ops.toFloat(v),
          String.fromCharCode(ch) as FloatCode,
          prec < 0 ? 6 : prec,
          flags & F_ALT ? DTSF_ALT : 0,
        );
        isNumber = true;
        break;
      case 99: // c
        str = percentChar(ops.charArg(v));
        break;
      default: {
        const shown = ch >= 31 && ch <= 126 ? String.fromCharCode(ch) : "?";
        throw valueError(
          `unsupported format character '${shown}' (0x${ch.toString(16)}) at index ${codePointIndex(fmt, chStart)}`,
        );
      }
    }
    out += percentOutput(str, ch, flags, width, prec, isNumber);
    if (dict && argidx < arglen) throw typeError("not all arguments converted during string formatting");
  }
  if (argidx < arglen && !dict) throw typeError("not all arguments converted during string formatting");
  return out;
}

function percentChar(c: string | PyInt | null): string {
  if (typeof c === "string") {
    if (c.length === 1 || (c.length === 2 && codePointLength(c) === 1)) return c;
    throw typeError("%c requires int or char");
  }
  if (c === null) throw typeError("%c requires int or char");
  if (c < 0 || c > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
  return String.fromCodePoint(Number(c));
}

/** CPython's unicode_format_arg_output: sign, 0x prefix, padding. */
function percentOutput(str: string, ch: number, flags: number, width: number, prec: number, sign: boolean): string {
  const fill = sign && flags & F_ZERO ? "0" : " ";
  const textual = ch === 115 || ch === 114 || ch === 97 || ch === 99;
  let len = textual ? codePointLength(str) : str.length;
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) return str;
  if ((ch === 115 || ch === 114 || ch === 97) && prec >= 0 && len > prec) len = prec;
  let pindex = 0;
  let signchar = "";
  if (sign) {
    const c = str[0];
    if (c === "-" || c === "+") {
      signchar = c;
      len--;
      pindex++;
    } else if (flags & F_SIGN) signchar = "+";
    else if (flags & F_BLANK) signchar = " ";
    else sign = false;
  }
  if (width < len) width = len;
  let out = "";
  if (sign) {
    if (fill !== " ") out += signchar;
    if (width > len) width--;
  }
  const altPrefix = (flags & F_ALT) !== 0 && (ch === 120 || ch === 88 || ch === 111);
  if (altPrefix) {
    if (fill !== " ") {
      out += str.slice(pindex, pindex + 2);
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === " ") {
    if (sign) out += signchar;
    if (altPrefix) {
      out += str.slice(pindex, pindex + 2);
      pindex += 2;
    }
  }
  if (len > 0) out += textual ? truncateCodePoints(str, len) : str.slice(pindex, pindex + len);
  if (width > len) out += " ".repeat(width - len);
  return out;
}
