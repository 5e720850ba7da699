// int, bool and float as Python types: constructors, operator dunders (so user subclasses and
// explicit calls like (5).__add__(3) work), conversions, hashing and formatting.
import { boolType, floatType, intType, None, NotImplemented, PyBoxed, PyFloat, PyObject, PyType, PyTuple, PyBytes, PyByteArray, strType } from "./core.js";
import { getter, method, methods, setNew, classMethod, parseArgs, staticMethod } from "./define.js";
import { excType, newException, typeError, valueError, overflowError, zeroDivisionError } from "./exceptions.js";
import * as I from "./int.js";
import { asFloat, asInt, DUNDER, floatBinary, intBinary, numericBinary, RDUNDER, compare, NB } from "./operators.js";
import { callBound, Cmp, floatHash, index, isSubtype, lookupType, typeOf, registerHash } from "./protocol.js";
import { TextError } from "../text/errors.js";
import { floatRepr } from "../text/float-repr.js";
import { formatFloat, formatInt } from "../text/format-spec.js";
import { parseFloat as parseFloatText, parseInt as parseIntText, floatToInt, roundFloat, floatAsIntegerRatio, floatHex, floatFromHex, intRepr } from "../text/parse-number.js";

export function textError(e: unknown): unknown {
  if (e instanceof TextError) return newException(excType(e.pyType), e.message);
  return e;
}
function viaText<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw textError(e);
  }
}

/** The bytes of a bytes-like object (bytes, bytearray, memoryview, array), else undefined. */
function bufferOf(x: PyObject): Uint8Array | undefined {
  if (x instanceof PyBytes) return x.bytes;
  if (x instanceof PyByteArray) return x.bytes.subarray(0, x.length);
  if (x instanceof PyBoxed) return bufferOf(x.value);
  if (typeof x === "object" && x !== null && typeof (x as { bufferBytes?: unknown }).bufferBytes === "function")
    return (x as unknown as { bufferBytes(): Uint8Array }).bufferBytes();
  return undefined;
}

/** Parses the text of a bytes-like object; an error names the bytes (b'…'), as CPython's does. */
function viaBytes<T>(b: Uint8Array, f: (text: string) => T): T {
  const text = latin1(b);
  try {
    return f(text);
  } catch (e) {
    if (!(e instanceof TextError)) throw e;
    const shown = reprLocal(text);
    const msg = e.message.endsWith(shown) ? e.message.slice(0, e.message.length - shown.length) + reprLocal(new PyBytes(b)) : e.message;
    throw newException(excType(e.pyType), msg);
  }
}

function selfInt(x: PyObject): I.Int {
  const v = asInt(x);
  if (v === undefined) throw typeError(`descriptor requires a 'int' object but received a '${typeOf(x).name}'`);
  return v;
}
function selfFloat(x: PyObject): number {
  if (x instanceof PyFloat) return x.value;
  if (x instanceof PyBoxed && x.value instanceof PyFloat) return x.value.value;
  throw typeError(`descriptor requires a 'float' object but received a '${typeOf(x).name}'`);
}

/** A Python int result for a subclass-aware constructor. */
function wrap(cls: PyType, base: PyType, v: PyObject): PyObject {
  return cls === base ? v : new PyBoxed(cls, v);
}

// ---------------------------------------------------------------------------------------------
// int

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

export function toInt(x: PyObject, base?: PyObject): I.Int {
  if (base !== undefined) {
    const b = index(base);
    const text =
      typeof x === "string"
        ? x
        : x instanceof PyBoxed && typeof x.value === "string"
          ? x.value
          : x instanceof PyBytes
            ? latin1(x.bytes)
            : x instanceof PyByteArray
              ? latin1(x.bytes.subarray(0, x.length))
              : undefined;
    if (text === undefined) throw typeError("int() can't convert non-string with explicit base");
    if ((b < 2 || b > 36) && b !== 0) throw valueError("int() base must be >= 2 and <= 36, or 0");
    return viaText(() => parseIntText(text, Number(b)));
  }
  // an exact int; a subclass goes through its __int__ (which it may override)
  if (typeof x === "number" || typeof x === "bigint" || typeof x === "boolean") return asInt(x)!;
  if (x instanceof PyFloat) return viaText(() => floatToInt(x.value));
  if (typeof x === "string") return viaText(() => parseIntText(x, 10));
  if (x instanceof PyBoxed && typeof x.value === "string") return viaText(() => parseIntText(x.value as string, 10));
  const t = typeOf(x);
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const m = lookupType(t, name);
    if (m !== undefined && m !== None) {
      const r = callBound(m, x, []);
      if (name === "__trunc__") {
        // __trunc__ may return any object with __index__ (CPython: "__trunc__ returned non-Integral")
        const ri = asInt(r);
        if (ri !== undefined) return ri;
        if (lookupType(typeOf(r), "__index__") !== undefined) return index(r);
        throw typeError(`__trunc__ returned non-Integral (type ${typeOf(r).name})`);
      }
      const ri = asInt(r);
      if (ri === undefined) throw typeError(`${name} returned non-int (type ${typeOf(r).name})`);
      return ri;
    }
  }
  const buf = bufferOf(x);
  if (buf !== undefined) return viaBytes(buf, (text) => parseIntText(text, 10));
  if (x instanceof PyBoxed && x.value instanceof PyFloat) return viaText(() => floatToInt((x.value as PyFloat).value));
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

setNew(intType, (cls, args, kwnames) => {
  const [x, base] = parseArgs("int", args, kwnames, ["x", "base"], 0, 1);
  const v = x === undefined ? 0 : toInt(x, base);
  return wrap(cls, intType, v);
});

function intOp(op: number, reflected: boolean) {
  return (self: PyObject, args: PyObject[]) => {
    const a = selfInt(self);
    const b = asInt(args[0]);
    if (b === undefined) return NotImplemented;
    return reflected ? intBinary(b, a, op) : intBinary(a, b, op);
  };
}
for (let op = 0; op < 13; op++) {
  if (op === NB.MATRIX_MULTIPLY) continue;
  method(intType, DUNDER[op], intOp(op, false));
  method(intType, RDUNDER[op], intOp(op, true));
}
function cmpMethod(op: Cmp, coerce: (x: PyObject) => PyObject | undefined) {
  return (self: PyObject, args: PyObject[]) => {
    const other = args[0];
    const a = coerce(self);
    if (asInt(other) === undefined && asFloat(other) === undefined) return NotImplemented;
    const b = asInt(other) ?? new PyFloat(asFloat(other)!);
    return compare(a!, b, op);
  };
}
const CMPS: [string, Cmp][] = [["__lt__", Cmp.LT], ["__le__", Cmp.LE], ["__eq__", Cmp.EQ], ["__ne__", Cmp.NE], ["__gt__", Cmp.GT], ["__ge__", Cmp.GE]];
for (const [name, op] of CMPS) method(intType, name, cmpMethod(op, (x) => asInt(x)));

methods(intType, {
  __neg__: (self) => I.intNeg(selfInt(self)),
  __pos__: (self) => selfInt(self),
  __abs__: (self) => I.intAbs(selfInt(self)),
  __invert__: (self) => I.intInvert(selfInt(self)),
  __bool__: (self) => selfInt(self) !== 0,
  __int__: (self) => selfInt(self),
  __index__: (self) => selfInt(self),
  __float__: (self) => new PyFloat(I.intToFloat(selfInt(self))),
  __hash__: (self) => I.intHashExact(selfInt(self)),
  __repr__: (self) => viaText(() => intRepr(selfInt(self))),
  __trunc__: (self) => selfInt(self),
  __floor__: (self) => selfInt(self),
  __ceil__: (self) => selfInt(self),
  __round__: (self, args) => {
    const v = selfInt(self);
    if (args.length === 0 || args[0] === None) return v;
    const nd = asInt(args[0])!;
    if (nd >= 0) return v;
    const p = I.intPow(10, I.intNeg(nd));
    const q = I.intFloorDiv(v, p), r = I.intMod(v, p);
    const twice = I.intMul(r, 2);
    let qq = q;
    const c = I.intCompare(twice, p);
    if (c > 0 || (c === 0 && I.intMod(q, 2) === 1)) qq = I.intAdd(q, 1);
    return I.intMul(qq, p);
  },
  __divmod__: (self, args) => {
    const b = asInt(args[0]);
    if (b === undefined) return NotImplemented;
    return new PyTuple(I.intDivmod(selfInt(self), b));
  },
  __rdivmod__: (self, args) => {
    const b = asInt(args[0]);
    if (b === undefined) return NotImplemented;
    return new PyTuple(I.intDivmod(b, selfInt(self)));
  },
  __pow__: (self, args) => {
    const b = asInt(args[0]);
    if (b === undefined) return NotImplemented;
    if (args.length > 1 && args[1] !== None) {
      const m = asInt(args[1]);
      if (m === undefined) return NotImplemented;
      return I.intPowMod(selfInt(self), b, m);
    }
    return intBinary(selfInt(self), b, NB.POWER);
  },
  __format__: (self, args) => viaText(() => formatInt(selfInt(self), args[0] as string)),
  __getnewargs__: (self) => new PyTuple([selfInt(self)]),
  bit_length: (self) => I.bitLength(selfInt(self)),
  bit_count: (self) => {
    const v = I.intAbs(selfInt(self));
    return [...v.toString(2)].filter((c) => c === "1").length;
  },
  conjugate: (self) => selfInt(self),
  as_integer_ratio: (self) => new PyTuple([selfInt(self), 1]),
  is_integer: () => true,
  to_bytes: (self, args, kwnames) => {
    const [length, byteorder, signed] = parseArgs("to_bytes", args, kwnames, ["length", "byteorder", "*signed"]);
    return intToBytes(selfInt(self), length === undefined ? 1 : Number(asInt(length)), byteorder === undefined ? "big" : (byteorder as string), signed === true);
  },
});
classMethod(intType, "from_bytes", (cls, args, kwnames) => {
  const [bytes, byteorder, signed] = parseArgs("from_bytes", args, kwnames, ["bytes", "byteorder", "*signed"], 1);
  const data = bytes instanceof PyBytes ? bytes.bytes : bytes instanceof PyByteArray ? bytes.bytes.subarray(0, bytes.length) : Uint8Array.from((toArrayLocal(bytes!) as PyObject[]).map((b) => Number(asInt(b))));
  const order = byteorder === undefined ? "big" : (byteorder as string);
  if (order !== "big" && order !== "little") throw valueError("byteorder must be either 'little' or 'big'");
  const seq = order === "little" ? [...data].reverse() : [...data];
  // through hex digits: linear in the length
  const HEX = "0123456789abcdef";
  let hex = "";
  const parts: string[] = [];
  for (const b of seq) {
    hex += HEX[b >> 4] + HEX[b & 15];
    if (hex.length >= 8192) {
      parts.push(hex);
      hex = "";
    }
  }
  parts.push(hex);
  const text = parts.join("");
  let v = text === "" ? 0n : BigInt("0x" + text);
  if (signed === true && data.length > 0 && seq[0] & 0x80) v -= 1n << BigInt(8 * data.length);
  // a subclass gets cls(value), as CPython does (bool.from_bytes gives False, not a boxed 0)
  return cls === intType ? I.normBig(v) : callLocal(cls, [I.normBig(v)]);
});
import { toArray as toArrayLocal, call as callLocal, repr as reprLocal } from "./protocol.js";

function intToBytes(v: I.Int, length: number, order: string, signed: boolean): PyBytes {
  if (order !== "big" && order !== "little") throw valueError("byteorder must be either 'little' or 'big'");
  let b = BigInt(v);
  if (b < 0n) {
    if (!signed) throw overflowError("can't convert negative int to unsigned");
    b += 1n << BigInt(8 * length);
    if (b < 0n || (length > 0 && b < 1n << BigInt(8 * length - 1))) throw overflowError("int too big to convert");
  } else if (signed && length > 0 && b >= 1n << BigInt(8 * length - 1)) throw overflowError("int too big to convert");
  // through hex digits: linear in the length (peeling bytes off a bigint is quadratic)
  const hex = b === 0n ? "" : b.toString(16);
  if (hex.length > 2 * length) throw overflowError("int too big to convert");
  const digits = hex.padStart(2 * length, "0");
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = parseInt(digits.substr(2 * i, 2), 16);
  if (order === "little") out.reverse();
  return new PyBytes(out);
}
getter(intType, "real", (self) => selfInt(self));
getter(intType, "imag", () => 0);
getter(intType, "numerator", (self) => selfInt(self));
getter(intType, "denominator", () => 1);

// ---------------------------------------------------------------------------------------------
// bool

setNew(boolType, (_cls, args, kwnames) => {
  const [x] = parseArgs("bool", args, kwnames, ["x"], 0, 1);
  return x === undefined ? false : isTrueLocal(x);
});
import { isTrue as isTrueLocal } from "./protocol.js";
methods(boolType, {
  __repr__: (self) => (self ? "True" : "False"),
  __and__: (self, args) => (typeof args[0] === "boolean" ? (self as boolean) && args[0] : numericBinary(self, args[0], NB.AND)),
  __or__: (self, args) => (typeof args[0] === "boolean" ? (self as boolean) || args[0] : numericBinary(self, args[0], NB.OR)),
  __xor__: (self, args) => (typeof args[0] === "boolean" ? self !== args[0] : numericBinary(self, args[0], NB.XOR)),
});
boolType.dict.map.set("__rand__", boolType.dict.map.get("__and__")!);
boolType.dict.map.set("__ror__", boolType.dict.map.get("__or__")!);
boolType.dict.map.set("__rxor__", boolType.dict.map.get("__xor__")!);

// ---------------------------------------------------------------------------------------------
// float

export function toFloat(x: PyObject): number {
  // PyNumber_Float's order: a float, __float__, __index__, then text (str, bytes-like)
  if (x instanceof PyFloat) return x.value;
  if (typeof x === "number" || typeof x === "bigint" || typeof x === "boolean") return I.intToFloat(asInt(x)!);
  if (typeof x === "string") return viaText(() => parseFloatText(x));
  const t = typeOf(x);
  const m = lookupType(t, "__float__");
  if (m !== undefined) {
    const r = callBound(m, x, []);
    if (r instanceof PyFloat) return r.value;
    if (r instanceof PyBoxed && r.value instanceof PyFloat) return r.value.value; // a float subclass (deprecated)
    throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
  }
  const ix = lookupType(t, "__index__");
  if (ix !== undefined) return I.intToFloat(index(x));
  if (x instanceof PyBoxed) {
    if (typeof x.value === "string") return viaText(() => parseFloatText(x.value as string));
    if (x.value instanceof PyFloat) return x.value.value;
  }
  const buf = bufferOf(x);
  if (buf !== undefined) return viaBytes(buf, parseFloatText);
  throw typeError(`float() argument must be a string or a real number, not '${t.name}'`);
}

setNew(floatType, (cls, args, kwnames) => {
  const [x] = parseArgs("float", args, kwnames, ["x"], 0, 1);
  const v = new PyFloat(x === undefined ? 0 : toFloat(x));
  return wrap(cls, floatType, v);
});

function floatOp(op: number, reflected: boolean) {
  return (self: PyObject, args: PyObject[]) => {
    const a = selfFloat(self);
    const b = asFloat(args[0]);
    if (b === undefined) return NotImplemented;
    return reflected ? floatBinary(b, a, op) : floatBinary(a, b, op);
  };
}
for (const op of [NB.ADD, NB.SUBTRACT, NB.MULTIPLY, NB.TRUE_DIVIDE, NB.FLOOR_DIVIDE, NB.REMAINDER, NB.POWER]) {
  method(floatType, DUNDER[op], floatOp(op, false));
  method(floatType, RDUNDER[op], floatOp(op, true));
}
for (const [name, op] of CMPS) method(floatType, name, cmpMethod(op, (x) => new PyFloat(selfFloat(x))));

export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}
methods(floatType, {
  __neg__: (self) => new PyFloat(-selfFloat(self)),
  __pos__: (self) => new PyFloat(selfFloat(self)),
  __abs__: (self) => new PyFloat(Math.abs(selfFloat(self))),
  __bool__: (self) => selfFloat(self) !== 0,
  __int__: (self) => viaText(() => floatToInt(selfFloat(self))),
  __trunc__: (self) => viaText(() => floatToInt(selfFloat(self))),
  __floor__: (self) => viaText(() => floatToInt(Math.floor(selfFloat(self)))),
  __ceil__: (self) => viaText(() => floatToInt(Math.ceil(selfFloat(self)))),
  __float__: (self) => new PyFloat(selfFloat(self)),
  __hash__: (self) => I.floatHashExact(selfFloat(self)),
  __repr__: (self) => floatRepr(selfFloat(self)),
  __round__: (self, args) => {
    const x = selfFloat(self);
    if (args.length === 0 || args[0] === None) {
      if (!Number.isFinite(x)) throw (Number.isNaN(x) ? valueError("cannot convert float NaN to integer") : overflowError("cannot convert float infinity to integer"));
      let r = Math.round(x);
      if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
      return viaText(() => floatToInt(r));
    }
    return new PyFloat(viaText(() => roundFloat(x, Number(asInt(args[0])))));
  },
  __divmod__: (self, args) => {
    const b = asFloat(args[0]);
    if (b === undefined) return NotImplemented;
    const a = selfFloat(self);
    if (b === 0) throw zeroDivisionError("float divmod()");
    return new PyTuple([floatBinary(a, b, NB.FLOOR_DIVIDE), floatBinary(a, b, NB.REMAINDER)]);
  },
  __rdivmod__: (self, args) => {
    const a = asFloat(args[0]);
    if (a === undefined) return NotImplemented;
    const b = selfFloat(self);
    if (b === 0) throw zeroDivisionError("float divmod()");
    return new PyTuple([floatBinary(a, b, NB.FLOOR_DIVIDE), floatBinary(a, b, NB.REMAINDER)]);
  },
  __format__: (self, args) => viaText(() => formatFloat(selfFloat(self), args[0] as string)),
  __getnewargs__: (self) => new PyTuple([new PyFloat(selfFloat(self))]),
  is_integer: (self) => floatIsInteger(selfFloat(self)),
  conjugate: (self) => new PyFloat(selfFloat(self)),
  as_integer_ratio: (self) => {
    const [n, d] = viaText(() => floatAsIntegerRatio(selfFloat(self)));
    return new PyTuple([n, d]);
  },
  hex: (self) => viaText(() => floatHex(selfFloat(self))),
});
classMethod(floatType, "fromhex", (cls, args) => wrap(cls as PyType, floatType, new PyFloat(viaText(() => floatFromHex(args[0] as string)))));
getter(floatType, "real", (self) => new PyFloat(selfFloat(self)));
getter(floatType, "imag", () => new PyFloat(0));
staticMethod(floatType, "__getformat__", () => "IEEE, little-endian");

registerHash((x) => (x instanceof PyBoxed && x.value instanceof PyFloat ? floatHash(x.value.value) : undefined));
export { isSubtype, strType };
