/**
 * The format-specification mini-language (format(), str.format, f-strings)
 * for str, int and float, following CPython's Python/formatter_unicode.c.
 *
 * Widths, precisions and fill characters count code points.  Locale-aware
 * 'n' uses the "C" locale (no grouping, '.' as decimal point), which is what
 * CPython does unless the program calls locale.setlocale().
 */

import { TextError, overflowError, valueError } from "./errors.js";
import { DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, floatRepr, floatToString, type FloatCode } from "./float-repr.js";
import { floatFromInt, intDigits, intRepr, unicodeDecimalValue, type PyInt } from "./parse-number.js";
import { codePointLength, truncateCodePoints } from "./str-repr.js";

export type Align = "<" | ">" | "=" | "^";

/** A parsed format specification ([[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]). */
export interface FormatSpec {
  /** Fill character (one code point). */
  readonly fill: string;
  readonly align: Align;
  /** "" when not given. */
  readonly sign: "" | "+" | "-" | " ";
  /** The 'z' option (coerce negative zero), Python 3.11. */
  readonly noNeg0: boolean;
  /** The '#' option. */
  readonly alternate: boolean;
  /** -1 when not given. */
  readonly width: number;
  /** Thousands separator: "" (none), "," or "_". */
  readonly grouping: "" | "," | "_";
  /** -1 when not given. */
  readonly precision: number;
  /** Presentation type (one code point), or "" when absent and the default type is none. */
  readonly type: string;
}

export interface ParseFormatSpecOptions {
  /** Type used when the spec has none: 's' for str, 'd' for int, '' for float. */
  defaultType?: string;
  /** '<' for str, '>' for numbers. */
  defaultAlign?: Align;
  /** Python type name used in error messages. */
  typeName?: string;
}

const SSIZE_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

function isAlign(cp: number): boolean {
  return cp === 60 || cp === 62 || cp === 61 || cp === 94; // < > = ^
}

function toCodePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** How a presentation type is quoted in CPython's error messages. */
function typeForMessage(type: string): string {
  const cp = type.codePointAt(0) ?? 0;
  return cp > 32 && cp < 128 ? type : "\\x" + cp.toString(16);
}

function unknownPresentationType(type: string, typeName: string): TextError {
  return valueError(`Unknown format code '${typeForMessage(type)}' for object of type '${typeName}'`);
}

const specCache = new Map<string, FormatSpec>();

/**
 * Parse a format spec (CPython's parse_internal_render_format_spec), with
 * its generic validation (grouping vs. type).  Type-specific checks are made
 * by the format* functions.
 */
export function parseFormatSpec(spec: string, options: ParseFormatSpecOptions = {}): FormatSpec {
  const defaultType = options.defaultType ?? "";
  const defaultAlign = options.defaultAlign ?? ">";
  const key = defaultType + defaultAlign + spec;
  const cached = specCache.get(key);
  if (cached !== undefined) return cached;
  const result = parseUncached(spec, defaultType, defaultAlign, options.typeName ?? "object");
  if (specCache.size >= 1024) specCache.clear();
  specCache.set(key, result);
  return result;
}

function parseUncached(spec: string, defaultType: string, defaultAlign: Align, typeName: string): FormatSpec {
  const cps = toCodePoints(spec);
  const end = cps.length;
  let pos = 0;
  let fill = " ";
  let align: Align = defaultAlign;
  let sign: FormatSpec["sign"] = "";
  let noNeg0 = false;
  let alternate = false;
  let width = -1;
  let grouping: FormatSpec["grouping"] = "";
  let precision = -1;
  let type = defaultType;
  let fillSpecified = false;
  let alignSpecified = false;

  if (end - pos >= 2 && isAlign(cps[pos + 1]!)) {
    align = String.fromCharCode(cps[pos + 1]!) as Align;
    fill = String.fromCodePoint(cps[pos]!);
    fillSpecified = true;
    alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos]!)) {
    align = String.fromCharCode(cps[pos]!) as Align;
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1) {
    const c = cps[pos]!;
    if (c === 43 || c === 45 || c === 32) {
      sign = String.fromCharCode(c) as FormatSpec["sign"];
      pos++;
    }
  }
  if (end - pos >= 1 && cps[pos] === 122 /* z */) {
    noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === 35 /* # */) {
    alternate = true;
    pos++;
  }
  if (!fillSpecified && end - pos >= 1 && cps[pos] === 48 /* 0 */) {
    fill = "0";
    if (!alignSpecified && defaultAlign === ">") align = "=";
    pos++;
  }
  // width
  {
    const start = pos;
    const v = readInteger();
    if (pos > start) width = v;
  }
  if (end - pos >= 1 && cps[pos] === 44 /* , */) {
    grouping = ",";
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === 95 /* _ */) {
    if (grouping !== "") throw valueError("Cannot specify both ',' and '_'.");
    grouping = "_";
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === 44 && grouping === "_") throw valueError("Cannot specify both ',' and '_'.");
  if (end - pos >= 1 && cps[pos] === 46 /* . */) {
    pos++;
    const start = pos;
    const v = readInteger();
    if (pos === start) throw valueError("Format specifier missing precision");
    precision = v;
  }
  if (end - pos > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) {
    type = String.fromCodePoint(cps[pos]!);
    pos++;
  }
  if (grouping !== "") {
    switch (type) {
      case "d":
      case "e":
      case "f":
      case "g":
      case "E":
      case "G":
      case "%":
      case "F":
      case "":
        break;
      case "b":
      case "o":
      case "x":
      case "X":
        // Underscores (every four digits) are allowed with bin/oct/hex.
        if (grouping !== "_") throw valueError(`Cannot specify '${grouping}' with '${typeForMessage(type)}'.`);
        break;
      default:
        throw valueError(`Cannot specify '${grouping}' with '${typeForMessage(type)}'.`);
    }
  }
  return Object.freeze({ fill, align, sign, noNeg0, alternate, width, grouping, precision, type });

  function readInteger(): number {
    let acc = 0;
    let digits = "";
    while (pos < end) {
      const d = unicodeDecimalValue(cps[pos]!);
      if (d < 0) break;
      digits += d;
      acc = acc * 10 + d;
      pos++;
    }
    if (digits.length >= 19 && BigInt(digits) > SSIZE_MAX) {
      throw valueError("Too many decimal digits in format string");
    }
    return acc;
  }
}

// ---------------------------------------------------------------------------
// Number layout (calc_number_widths + fill_number)
// ---------------------------------------------------------------------------

/**
 * Digits with thousands separators, zero-padded (including separators) to
 * at least minWidth characters, as _PyUnicode_InsertThousandsGrouping does.
 * groupLen 0 means no grouping (zero padding only).
 */
function groupDigits(digits: string, minWidth: number, sep: string, groupLen: number): string {
  let remaining = digits.length;
  if (minWidth < 0) minWidth = 0;
  if (groupLen === 0 || remaining <= groupLen) {
    if (minWidth <= remaining) return digits;
    if (groupLen === 0 || minWidth <= groupLen) return "0".repeat(minWidth - remaining) + digits;
  }
  const pieces: string[] = [];
  let digitsPos = remaining;
  let useSep = false;
  let broken = false;
  if (groupLen > 0) {
    for (;;) {
      const len = Math.min(groupLen, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, len - remaining);
      const nChars = Math.max(0, Math.min(remaining, len));
      pieces.push("0".repeat(nZeros) + digits.slice(digitsPos - nChars, digitsPos) + (useSep ? sep : ""));
      digitsPos -= nChars;
      useSep = true;
      remaining -= nChars;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) {
    const len = Math.max(remaining, minWidth, 1);
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    pieces.push("0".repeat(nZeros) + digits.slice(digitsPos - nChars, digitsPos) + (useSep ? sep : ""));
  }
  return pieces.reverse().join("");
}

/**
 * Lay out  <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>.
 * `negative` says whether the number carried a '-' sign.
 */
function fillNumber(
  fs: FormatSpec,
  negative: boolean,
  prefix: string,
  digits: string,
  hasDecimal: boolean,
  remainder: string,
  sep: string,
  groupLen: number,
  toUpper: boolean,
): string {
  let signStr = "";
  if (fs.sign === "+") signStr = negative ? "-" : "+";
  else if (fs.sign === " ") signStr = negative ? "-" : " ";
  else if (negative) signStr = "-";
  const nNonDigit = signStr.length + prefix.length + (hasDecimal ? 1 : 0) + codePointLength(remainder);
  const minWidth = fs.fill === "0" && fs.align === "=" ? fs.width - nNonDigit : 0;
  let grouped = digits.length === 0 ? "" : groupDigits(digits, minWidth, sep, groupLen);
  const padding = fs.width - (nNonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    switch (fs.align) {
      case "<":
        rpad = padding;
        break;
      case "^":
        lpad = padding >> 1;
        rpad = padding - lpad;
        break;
      case "=":
        spad = padding;
        break;
      default:
        lpad = padding;
    }
  }
  if (toUpper) {
    prefix = prefix.toUpperCase();
    grouped = grouped.toUpperCase();
  }
  const fill = fs.fill;
  return (
    (lpad ? fill.repeat(lpad) : "") +
    signStr +
    prefix +
    (spad ? fill.repeat(spad) : "") +
    grouped +
    (hasDecimal ? "." : "") +
    remainder +
    (rpad ? fill.repeat(rpad) : "")
  );
}

// ---------------------------------------------------------------------------
// str
// ---------------------------------------------------------------------------

/** format(s, spec) for a str. */
export function formatStr(s: string, spec: string, typeName = "str"): string {
  if (spec.length === 0) return s;
  const fs = parseFormatSpec(spec, { defaultType: "s", defaultAlign: "<", typeName });
  if (fs.type !== "s") throw unknownPresentationType(fs.type, typeName);
  return formatStrWithSpec(s, fs);
}

/** str formatting with an already parsed spec (type 's'). */
export function formatStrWithSpec(s: string, fs: FormatSpec): string {
  if (fs.sign !== "") {
    throw valueError(
      fs.sign === " " ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier",
    );
  }
  if (fs.noNeg0) throw valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (fs.alternate) throw valueError("Alternate form (#) not allowed in string format specifier");
  if (fs.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  if (fs.width < 0 && fs.precision < 0) return s;
  let len = codePointLength(s);
  if (fs.precision >= 0 && len > fs.precision) {
    s = truncateCodePoints(s, fs.precision);
    len = fs.precision;
  }
  if (fs.width <= len) return s;
  const total = fs.width - len;
  const lpad = fs.align === ">" ? total : fs.align === "^" ? total >> 1 : 0;
  return fs.fill.repeat(lpad) + s + fs.fill.repeat(total - lpad);
}

// ---------------------------------------------------------------------------
// int
// ---------------------------------------------------------------------------

/**
 * format(v, spec) for an int.  An empty spec gives str(v) of an exact int;
 * for int subclasses (e.g. bool) the VM should call str() itself in that case.
 */
export function formatInt(v: PyInt, spec: string, typeName = "int"): string {
  if (spec.length === 0) return intRepr(v);
  const fs = parseFormatSpec(spec, { defaultType: "d", defaultAlign: ">", typeName });
  return formatIntWithSpec(v, fs, typeName);
}

/** int formatting with an already parsed spec. */
export function formatIntWithSpec(v: PyInt, fs: FormatSpec, typeName = "int"): string {
  switch (fs.type) {
    case "b":
    case "c":
    case "d":
    case "o":
    case "x":
    case "X":
    case "n":
      return formatLongInternal(v, fs);
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%":
      return formatFloatInternal(floatFromInt(v), fs);
    default:
      throw unknownPresentationType(fs.type, typeName);
  }
}

function formatLongInternal(v: PyInt, fs: FormatSpec): string {
  if (fs.precision !== -1) throw valueError("Precision not allowed in integer format specifier");
  if (fs.noNeg0) throw valueError("Negative zero coercion (z) not allowed in integer format specifier");
  const type = fs.type;
  if (type === "c") {
    if (fs.sign !== "") throw valueError("Sign not allowed with integer format specifier 'c'");
    if (fs.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint" && (v > 9223372036854775807n || v < -9223372036854775808n)) {
      throw overflowError("Python int too large to convert to C long");
    }
    if (v < 0 || v > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
    return fillNumber(fs, false, "", "", false, String.fromCodePoint(Number(v)), "", 0, false);
  }
  const base = type === "b" ? 2 : type === "o" ? 8 : type === "x" || type === "X" ? 16 : 10;
  const negative = v < 0;
  const prefix = fs.alternate && base !== 10 ? (base === 2 ? "0b" : base === 8 ? "0o" : "0x") : "";
  const digits = intDigits(v, base);
  if (fs.sign !== "+" && fs.sign !== " " && fs.width === -1 && type !== "X" && type !== "n" && fs.grouping === "") {
    return (negative ? "-" : "") + prefix + digits;
  }
  let sep = "";
  let groupLen = 0;
  if (type !== "n" && fs.grouping !== "") {
    sep = fs.grouping;
    groupLen = fs.grouping === "_" && base !== 10 ? 4 : 3;
  }
  return fillNumber(fs, negative, prefix, digits, false, "", sep, groupLen, type === "X");
}

// ---------------------------------------------------------------------------
// float
// ---------------------------------------------------------------------------

/** format(v, spec) for a float. */
export function formatFloat(v: number, spec: string, typeName = "float"): string {
  if (spec.length === 0) return floatRepr(v);
  const fs = parseFormatSpec(spec, { defaultType: "", defaultAlign: ">", typeName });
  return formatFloatWithSpec(v, fs, typeName);
}

/** float formatting with an already parsed spec. */
export function formatFloatWithSpec(v: number, fs: FormatSpec, typeName = "float"): string {
  switch (fs.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
    case "%":
      return formatFloatInternal(v, fs);
    default:
      throw unknownPresentationType(fs.type, typeName);
  }
}

function formatFloatInternal(val: number, fs: FormatSpec): string {
  if (fs.precision > INT_MAX) throw valueError("precision too big");
  let precision = fs.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (fs.alternate) flags |= DTSF_ALT;
  if (fs.noNeg0) flags |= DTSF_NO_NEG_0;
  let type = fs.type;
  if (type === "") {
    flags |= DTSF_ADD_DOT_0;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let addPct = false;
  if (type === "%") {
    type = "f";
    val *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let buf = floatToString(val, type as FloatCode, precision, flags);
  if (addPct) buf += "%";
  if (fs.sign !== "+" && fs.sign !== " " && fs.width === -1 && fs.type !== "n" && fs.grouping === "") return buf;
  let negative = false;
  let start = 0;
  if (buf.charCodeAt(0) === 45 /* - */) {
    negative = true;
    start = 1;
  }
  let i = start;
  while (i < buf.length) {
    const c = buf.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  const digits = buf.slice(start, i);
  const hasDecimal = buf.charCodeAt(i) === 46;
  const remainder = buf.slice(hasDecimal ? i + 1 : i);
  let sep = "";
  let groupLen = 0;
  if (fs.type !== "n" && fs.grouping !== "") {
    sep = fs.grouping;
    groupLen = 3;
  }
  return fillNumber(fs, negative, "", digits, hasDecimal, remainder, sep, groupLen, false);
}
