// complex, with CPython 3.11's semantics: construction (numbers, __complex__, strings with
// CPython's grammar), arithmetic with int/float/complex (Smith's division, repeated squaring
// for small integer powers, libm-faithful general powers), hashing (bit-exact), repr and
// format(). Instances are PyComplex; a user subclass's instances are PyBoxed around one.
import { complexHooks } from "./operators.js";
import { None, NotImplemented, PyBoxed, PyComplex, PyFloat, PyObject, PyTuple, complexType } from "./core.js";
import { getter, methods, setNew } from "./define.js";
import { excType, newException, overflowError, typeError, valueError, zeroDivisionError } from "./exceptions.js";
import { registerValueHashedType } from "./hashtable.js";
import * as I from "./int.js";
import { callBound, Cmp, floatHash, isSubtype, lookupType, registerHash, str, typeOf } from "./protocol.js";
import { asInt, compare } from "./operators.js";
import { toFloat } from "./numbers.js";
import { slotArgs } from "./slice.js";
import { decimalValue, isSpaceUnit, strRepr } from "./str.js";
import { registerExactHash } from "./tuple.js";
import { TextError } from "../text/errors.js";
import { DTSF_ALT, DTSF_NO_NEG_0, DTSF_SIGN, floatToString, type FloatCode } from "../text/float-repr.js";
import { parseFormatSpec } from "../text/format-spec.js";
import * as M from "../modules/libm.js";

type Method = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;
type C = [number, number];

function tname(x: PyObject): string {
  return typeOf(x).name;
}

/** The parts of a complex or complex-subclass instance, else undefined. */
export function complexParts(x: PyObject): C | undefined {
  if (x instanceof PyComplex) return [x.re, x.im];
  if (x instanceof PyBoxed && x.value instanceof PyComplex) return [x.value.re, x.value.im];
  return undefined;
}

function selfC(x: PyObject): C {
  const c = complexParts(x);
  if (c === undefined) throw typeError(`descriptor requires a 'complex' object but received a '${tname(x)}'`);
  return c;
}

/** TO_COMPLEX: complex, int or float operands (OverflowError for huge ints); else undefined. */
function operand(x: PyObject): C | undefined {
  const c = complexParts(x);
  if (c !== undefined) return c;
  const i = asInt(x);
  if (i !== undefined) return [I.intToFloat(i), 0];
  if (x instanceof PyFloat) return [x.value, 0];
  if (x instanceof PyBoxed && x.value instanceof PyFloat) return [x.value.value, 0];
  return undefined;
}

const mk = (c: C): PyComplex => new PyComplex(c[0], c[1]);

// ---------------------------------------------------------------------------------------------
// Arithmetic (Objects/complexobject.c)

function cSum(a: C, b: C): C {
  return [a[0] + b[0], a[1] + b[1]];
}
function cDiff(a: C, b: C): C {
  return [a[0] - b[0], a[1] - b[1]];
}
function cProd(a: C, b: C): C {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** _Py_c_quot; null for division by zero (errno EDOM). */
function cQuot(a: C, b: C): C | null {
  const absBr = b[0] < 0 ? -b[0] : b[0];
  const absBi = b[1] < 0 ? -b[1] : b[1];
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

/** _Py_c_pow; null for 0 to a negative or complex power (errno EDOM). */
function cPowGeneral(a: C, b: C): C | null {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) return null;
    return [0, 0];
  }
  const vabs = hypot(a[0], a[1]);
  let len = M.pow(vabs, b[0]);
  const at = M.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= M.exp(at * b[1]);
    phase += b[1] * M.log(vabs);
  }
  return [len * M.cos(phase), len * M.sin(phase)];
}

function cPowU(x: C, n: number): C {
  let r: C = [1, 0];
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cProd(r, p);
    mask *= 2;
    p = cProd(p, p);
  }
  return r;
}

function cPowI(x: C, n: number): C | null {
  if (n > 100 || n < -100) return cPowGeneral(x, [n, 0]);
  if (n > 0) return cPowU(x, n);
  return cQuot([1, 0], cPowU(x, -n));
}

function powParts(a: C, b: C): C {
  let p: C | null;
  // (long)exponent.real on x86-64: values outside the long range become LONG_MIN (never equal)
  const e = b[0];
  if (b[1] === 0 && Number.isInteger(e) && Math.abs(e) < 2 ** 63) p = cPowI(a, e);
  else p = cPowGeneral(a, b);
  if (p === null) throw zeroDivisionError("0.0 to a negative or complex power");
  if (Math.abs(p[0]) === Infinity || Math.abs(p[1]) === Infinity) throw overflowError("complex exponentiation");
  return p;
}

/** complex ** complex, as CPython's complex_pow (float_pow hands negative ** fractional here). */
export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  return mk(powParts([a.re, a.im], [b.re, b.im]));
}

/** glibc's hypot (sysdeps/ieee754/dbl-64/e_hypot.c, non-FMA kernel). */
export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  let ax = x < y ? y : x;
  const ay = x < y ? x : y;
  const SCALE = 2 ** -600, LARGE = 2 ** 511, TINY = 2 ** -511, EPS = 2 ** -54;
  if (ax > LARGE) {
    if (ay <= ax * EPS) return ax + ay;
    return hypotKernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < TINY) {
    if (ax >= ay / EPS) return ax + ay;
    ax = hypotKernel(ax / SCALE, ay / SCALE) * SCALE;
    return ax;
  }
  if (ay <= ax * EPS) return ax + ay;
  return hypotKernel(ax, ay);
}
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number, t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/** abs(complex): _Py_c_abs. */
export function complexAbs(re: number, im: number): number {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (Math.abs(re) === Infinity) return Infinity;
    if (Math.abs(im) === Infinity) return Infinity;
    return NaN;
  }
  const r = hypot(re, im);
  if (!Number.isFinite(r)) throw overflowError("absolute value too large");
  return r;
}

// ---------------------------------------------------------------------------------------------
// Hash

const MASK64 = (1n << 64n) - 1n;
/** hash(complex) exactly as CPython: hash(re) + 1000003 * hash(im), wrapping at 64 bits. */
export function complexHashExact(re: number, im: number): I.Int {
  const hr = BigInt(I.floatHashExact(re));
  const hi = BigInt(I.floatHashExact(im));
  let u = (hr + 1000003n * hi) & MASK64;
  if (u === MASK64) u = MASK64 - 1n;
  return I.normBig(BigInt.asIntN(64, u));
}

/** The VM's hash (protocol.hash) of a complex: equal to the VM's hash of an equal float or int. */
function complexHashVM(re: number, im: number): number {
  if (im === 0) return floatHash(re);
  const h = complexHashExact(re, im);
  return typeof h === "number" ? h : I.intHash(h);
}

registerHash((x) => {
  const c = x instanceof PyComplex ? x : x instanceof PyBoxed && x.value instanceof PyComplex ? x.value : undefined;
  return c === undefined ? undefined : complexHashVM(c.re, c.im);
});
registerExactHash((x) => {
  let c: PyComplex | undefined;
  if (x instanceof PyComplex && x.cls === complexType) c = x;
  else if (x instanceof PyBoxed && x.value instanceof PyComplex && lookupType(x.cls, "__hash__") === complexType.dict.map.get("__hash__")) c = x.value;
  if (c === undefined) return undefined;
  const u = BigInt.asUintN(64, BigInt(complexHashExact(c.re, c.im)));
  return [Number(u >> 32n), Number(u & 0xffffffffn)];
});
registerValueHashedType(complexType);

// ---------------------------------------------------------------------------------------------
// repr and format

/** repr(complex) as CPython: (1+2j), 2j, (-0-0j), (nan+infj). */
export function complexRepr(re: number, im: number): string {
  if (re === 0 && 1 / re > 0) return floatToString(im, "r", 0, 0) + "j";
  return "(" + floatToString(re, "r", 0, 0) + floatToString(im, "r", 0, DTSF_SIGN) + "j)";
}

function typeForMessage(type: string): string {
  const cp = type.codePointAt(0) ?? 0;
  return cp > 32 && cp < 128 ? type : "\\x" + cp.toString(16);
}

function groupDigits(digits: string, sep: string): string {
  if (sep === "" || digits.length <= 3) return digits;
  let out = "";
  let i = digits.length;
  while (i > 3) {
    out = sep + digits.slice(i - 3, i) + out;
    i -= 3;
  }
  return digits.slice(0, i) + out;
}

/** One part laid out by calc_number_widths/fill_number without padding. */
function layoutPart(buf: string, sign: string, sep: string): string {
  let negative = false;
  let i = 0;
  if (buf[0] === "-") {
    negative = true;
    i = 1;
  }
  let j = i;
  while (j < buf.length && buf.charCodeAt(j) >= 48 && buf.charCodeAt(j) <= 57) j++;
  const digits = buf.slice(i, j);
  const rest = buf.slice(j);
  const signStr = negative ? "-" : sign === "+" ? "+" : sign === " " ? " " : "";
  return signStr + groupDigits(digits, sep) + rest;
}

/** format(complex, spec) (format_complex_internal). */
export function complexFormat(value: PyObject, re: number, im: number, spec: string): string {
  if (spec === "") return value instanceof PyComplex && value.cls === complexType ? complexRepr(re, im) : str(value);
  const fs = parseFormatSpec(spec, { defaultType: "", defaultAlign: ">", typeName: "complex" });
  switch (fs.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
      break;
    default:
      throw valueError(`Unknown format code '${typeForMessage(fs.type)}' for object of type 'complex'`);
  }
  if (fs.precision > 2147483647) throw valueError("precision too big");
  if (fs.fill === "0") throw valueError("Zero padding is not allowed in complex format specifier");
  if (fs.align === "=") throw valueError("'=' alignment flag is not allowed in complex format specifier");
  let flags = 0;
  if (fs.alternate) flags |= DTSF_ALT;
  if (fs.noNeg0) flags |= DTSF_NO_NEG_0;
  let type: string = fs.type;
  let precision = fs.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let addParens = false;
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && 1 / re > 0) skipRe = true;
    else addParens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const sep = fs.type === "n" ? "" : fs.grouping;
  const reText = skipRe ? "" : layoutPart(floatToString(re, type as FloatCode, precision, flags), fs.sign, sep);
  const imText = layoutPart(floatToString(im, type as FloatCode, precision, flags), skipRe ? fs.sign : "+", sep);
  const body = (addParens ? "(" : "") + reText + imText + "j" + (addParens ? ")" : "");
  const n = body.length;
  const total = Math.max(fs.width, n);
  let lpad = 0;
  if (fs.align === ">") lpad = total - n;
  else if (fs.align === "^") lpad = Math.floor((total - n) / 2);
  const rpad = total - n - lpad;
  return (lpad > 0 ? fs.fill.repeat(lpad) : "") + body + (rpad > 0 ? fs.fill.repeat(rpad) : "");
}

function viaText<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof TextError) throw newException(excType(e.pyType), e.message);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Parsing (complex_from_string_inner with _Py_string_to_number_with_underscores)

const asciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** PyOS_string_to_double prefix parse: [value, end]; end === pos when nothing parses. */
function parseDoublePrefix(s: string, pos: number): [number, number] {
  let p = pos;
  let neg = false;
  if (s[p] === "-") {
    neg = true;
    p++;
  } else if (s[p] === "+") p++;
  const rest = s.slice(p, p + 8).toLowerCase();
  if (rest.startsWith("inf")) {
    const end = p + (rest.startsWith("infinity") ? 8 : 3);
    return [neg ? -Infinity : Infinity, end];
  }
  if (rest.startsWith("nan")) return [NaN, p + 3];
  if (s[p] === "0" && (s[p + 1] === "x" || s[p + 1] === "X")) return [0, pos];
  const isD = (i: number) => i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
  const start = p;
  let digits = 0;
  while (isD(p)) {
    p++;
    digits++;
  }
  if (s[p] === ".") {
    p++;
    while (isD(p)) {
      p++;
      digits++;
    }
  }
  if (digits === 0) return [0, pos];
  if (s[p] === "e" || s[p] === "E") {
    let q = p + 1;
    if (s[q] === "+" || s[q] === "-") q++;
    if (isD(q)) {
      while (isD(q)) q++;
      p = q;
    }
  }
  const v = Number(s.slice(start, p));
  return [neg ? -v : v, p];
}

function complexFromStringInner(s: string): C {
  const bad = () => valueError("complex() arg is a malformed string");
  let p = 0;
  let x = 0, y = 0;
  let gotBracket = false;
  while (p < s.length && asciiSpace(s.charCodeAt(p))) p++;
  if (s[p] === "(") {
    gotBracket = true;
    p++;
    while (p < s.length && asciiSpace(s.charCodeAt(p))) p++;
  }
  const [z, end] = parseDoublePrefix(s, p);
  if (end !== p) {
    p = end;
    if (s[p] === "+" || s[p] === "-") {
      x = z;
      const [y2, end2] = parseDoublePrefix(s, p);
      if (end2 !== p) {
        y = y2;
        p = end2;
      } else {
        y = s[p] === "+" ? 1 : -1;
        p++;
      }
      if (!(s[p] === "j" || s[p] === "J")) throw bad();
      p++;
    } else if (s[p] === "j" || s[p] === "J") {
      p++;
      y = z;
    } else x = z;
  } else {
    if (s[p] === "+" || s[p] === "-") {
      y = s[p] === "+" ? 1 : -1;
      p++;
    } else y = 1;
    if (!(s[p] === "j" || s[p] === "J")) throw bad();
    p++;
  }
  while (p < s.length && asciiSpace(s.charCodeAt(p))) p++;
  if (gotBracket) {
    if (s[p] !== ")") throw bad();
    p++;
    while (p < s.length && asciiSpace(s.charCodeAt(p))) p++;
  }
  if (p !== s.length) throw bad();
  return [x, y];
}

/** complex(str) */
export function complexFromString(text: string): C {
  // _PyUnicode_TransformDecimalAndSpaceToASCII
  let s = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) s += ch;
    else if (cp <= 0xffff && isSpaceUnit(cp)) s += " ";
    else {
      const d = decimalValue(cp);
      s += d >= 0 ? String.fromCharCode(48 + d) : "?";
    }
  }
  if (s.indexOf("_") < 0) return complexFromStringInner(s);
  const fail = () => valueError(`could not convert string to complex: ${strRepr(text)}`);
  let dup = "";
  let prev = "";
  for (const c of s) {
    if (c === "\0") throw fail();
    if (c === "_") {
      if (!(prev >= "0" && prev <= "9")) throw fail();
    } else {
      dup += c;
      if (prev === "_" && !(c >= "0" && c <= "9")) throw fail();
    }
    prev = c;
  }
  if (prev === "_") throw fail();
  return complexFromStringInner(dup);
}

// ---------------------------------------------------------------------------------------------
// Construction

function asStr(x: PyObject): string | undefined {
  if (typeof x === "string") return x;
  if (x instanceof PyBoxed && typeof x.value === "string") return x.value;
  return undefined;
}

function hasMethod(x: PyObject, name: string): boolean {
  const m = lookupType(typeOf(x), name);
  return m !== undefined && m !== None;
}

/** try_complex_special_method: x.__complex__() or undefined. */
function complexSpecial(x: PyObject): PyObject | undefined {
  if (typeof x !== "object") return undefined;
  const m = lookupType(typeOf(x), "__complex__");
  if (m === undefined || m === None) return undefined;
  const r = callBound(m, x, []);
  if (complexParts(r) === undefined) throw typeError(`__complex__ returned non-complex (type ${tname(r)})`);
  return r;
}

function parseNewArgs(args: PyObject[], kwnames: string[] | null): [PyObject | undefined, PyObject | undefined] {
  const names = ["real", "imag"];
  if (kwnames === null || kwnames.length === 0) {
    if (args.length > 2) throw typeError(`complex() takes at most 2 arguments (${args.length} given)`);
    return [args[0], args[1]];
  }
  const nkw = kwnames.length;
  const npos = args.length - nkw;
  if (args.length > 2) throw typeError(`complex() takes at most 2 ${npos === 0 ? "keyword " : ""}arguments (${args.length} given)`);
  const out: (PyObject | undefined)[] = [args[0], args[1]].slice(0, npos);
  for (let k = 0; k < nkw; k++) {
    const i = names.indexOf(kwnames[k]);
    if (i < 0) throw typeError(`'${kwnames[k]}' is an invalid keyword argument for complex()`);
    if (i < npos) throw typeError(`argument for complex() given by name ('${kwnames[k]}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  return [out[0], out[1]];
}

/** complex(r, i) (complex_new_impl); returns the parts, or the argument itself when exact. */
export function complexNew(r: PyObject | undefined, i: PyObject | undefined, exact: boolean): PyObject | C {
  if (r === undefined) r = 0;
  if (r instanceof PyComplex && r.cls === complexType && i === undefined && exact) return r;
  const rs = asStr(r);
  if (rs !== undefined) {
    if (i !== undefined) throw typeError("complex() can't take second arg if first is a string");
    return complexFromString(rs);
  }
  if (i !== undefined && asStr(i) !== undefined) throw typeError("complex() second arg can't be a string");
  const special = complexSpecial(r);
  if (special !== undefined) r = special;
  const numeric = (x: PyObject) => complexParts(x) !== undefined || typeof x !== "object" || x instanceof PyFloat || hasMethod(x, "__float__") || hasMethod(x, "__index__");
  if (!numeric(r) || typeof r === "string") throw typeError(`complex() first argument must be a string or a number, not '${tname(r)}'`);
  if (i !== undefined && !numeric(i)) throw typeError(`complex() second argument must be a number, not '${tname(i)}'`);
  let cr: C;
  let crIsComplex = false;
  const rc = complexParts(r);
  if (rc !== undefined) {
    cr = rc;
    crIsComplex = true;
  } else cr = [toFloat(r), 0];
  let ci: C;
  let ciIsComplex = false;
  if (i === undefined) ci = [cr[1], 0];
  else {
    const ic = complexParts(i);
    if (ic !== undefined) {
      ci = ic;
      ciIsComplex = true;
    } else ci = [toFloat(i), 0];
  }
  let re = cr[0];
  let im = ci[0];
  if (ciIsComplex) re -= ci[1];
  if (crIsComplex && i !== undefined) im += cr[1];
  return [re, im];
}

setNew(complexType, (cls, args, kwnames) => {
  if (!isSubtype(cls, complexType)) throw typeError(`complex.__new__(${cls.name}): ${cls.name} is not a subtype of complex`);
  const [r, i] = parseNewArgs(args, kwnames);
  const v = complexNew(r, i, cls === complexType);
  if (!Array.isArray(v)) return v;
  const c = mk(v);
  return cls === complexType ? c : new PyBoxed(cls, c);
});

// ---------------------------------------------------------------------------------------------
// Methods

function binary(f: (a: C, b: C) => C, reflected: boolean): Method {
  return (self, args) => {
    slotArgs(args, 1);
    const a = selfC(self);
    const b = operand(args[0]);
    if (b === undefined) return NotImplemented;
    return mk(reflected ? f(b, a) : f(a, b));
  };
}
function div(a: C, b: C): C {
  const q = cQuot(a, b);
  if (q === null) throw zeroDivisionError("complex division by zero");
  return q;
}
function powMethod(reflected: boolean): Method {
  return (self, args) => {
    if (args.length < 1 || args.length > 2) throw typeError(`expected 1 or 2 arguments, got ${args.length}`);
    const a = selfC(self);
    const b = operand(args[0]);
    if (b === undefined) return NotImplemented;
    if (args.length > 1 && args[1] !== None) throw valueError("complex modulo");
    return mk(reflected ? powParts(b, a) : powParts(a, b));
  };
}

function richCompare(op: Cmp): Method {
  return (self, args) => {
    slotArgs(args, 1);
    if (op !== Cmp.EQ && op !== Cmp.NE) return NotImplemented;
    const [re, im] = selfC(self);
    const w = args[0];
    let equal: boolean;
    if (asInt(w) !== undefined) {
      if (im === 0) return compare(new PyFloat(re), w, op);
      equal = false;
    } else if (w instanceof PyFloat || (w instanceof PyBoxed && w.value instanceof PyFloat)) {
      const f = w instanceof PyFloat ? w.value : (w.value as PyFloat).value;
      equal = re === f && im === 0;
    } else {
      const c = complexParts(w);
      if (c === undefined) return NotImplemented;
      equal = re === c[0] && im === c[1];
    }
    return equal === (op === Cmp.EQ);
  };
}

function noArgs(qual: string, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 0) throw typeError(`${qual}() takes no arguments (${args.length} given)`);
}

methods(complexType, {
  __add__: binary(cSum, false),
  __radd__: binary(cSum, true),
  __sub__: binary(cDiff, false),
  __rsub__: binary(cDiff, true),
  __mul__: binary(cProd, false),
  __rmul__: binary(cProd, true),
  __truediv__: binary(div, false),
  __rtruediv__: binary(div, true),
  __pow__: powMethod(false),
  __rpow__: powMethod(true),
  __neg__: (self, args) => {
    slotArgs(args, 0);
    const [re, im] = selfC(self);
    return new PyComplex(-re, -im);
  },
  __pos__: (self, args) => {
    slotArgs(args, 0);
    return mk(selfC(self));
  },
  __abs__: (self, args) => {
    slotArgs(args, 0);
    const [re, im] = selfC(self);
    return new PyFloat(complexAbs(re, im));
  },
  __bool__: (self, args) => {
    slotArgs(args, 0);
    const [re, im] = selfC(self);
    return re !== 0 || im !== 0;
  },
  __eq__: richCompare(Cmp.EQ),
  __ne__: richCompare(Cmp.NE),
  __lt__: richCompare(Cmp.LT),
  __le__: richCompare(Cmp.LE),
  __gt__: richCompare(Cmp.GT),
  __ge__: richCompare(Cmp.GE),
  __hash__: (self, args) => {
    slotArgs(args, 0);
    const [re, im] = selfC(self);
    return complexHashExact(re, im);
  },
  __repr__: (self, args) => {
    slotArgs(args, 0);
    const [re, im] = selfC(self);
    return complexRepr(re, im);
  },
  __format__: (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError("complex.__format__() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`complex.__format__() takes exactly one argument (${args.length} given)`);
    const spec = asStr(args[0]);
    if (spec === undefined) throw typeError(`__format__() argument must be str, not ${tname(args[0])}`);
    const [re, im] = selfC(self);
    return viaText(() => complexFormat(self, re, im, spec));
  },
  __complex__: (self, args, kwnames) => {
    noArgs("complex.__complex__", args, kwnames);
    return self instanceof PyComplex && self.cls === complexType ? self : mk(selfC(self));
  },
  __getnewargs__: (self, args, kwnames) => {
    noArgs("complex.__getnewargs__", args, kwnames);
    const [re, im] = selfC(self);
    return new PyTuple([new PyFloat(re), new PyFloat(im)]);
  },
  conjugate: (self, args, kwnames) => {
    noArgs("complex.conjugate", args, kwnames);
    const [re, im] = selfC(self);
    return new PyComplex(re, -im);
  },
});
getter(complexType, "real", (self) => new PyFloat(selfC(self)[0]));
getter(complexType, "imag", (self) => new PyFloat(selfC(self)[1]));

complexHooks.pow = complexPow;
