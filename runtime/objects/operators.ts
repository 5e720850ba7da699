// Numeric and sequence operators: the semantics behind BINARY_OP, COMPARE_OP and the unary
// ops, with CPython's dispatch order (subclass's reflected method first, NotImplemented, …).
import { NotImplemented, PyFloat, PyFunction, PyObject, PyBoxed, PyType, floatType, intType, boolType, objectType, PyComplex } from "./core.js";
import { overflowError, typeError, zeroDivisionError, valueError } from "./exceptions.js";
import * as I from "./int.js";
import { pow as libmPow } from "../modules/libm.js";
import { Cmp, CMP_SYMBOLS, callBound, isSubtype, lookupType, richCompare, typeOf, isTrue } from "./protocol.js";

// NB_* numbers as CPython 3.11's BINARY_OP oparg (spec/cpython/3.11.yaml binaryOps).
export const enum NB {
  ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5, REMAINDER = 6,
  OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12, INPLACE = 13,
}
const NAMES = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];
export const DUNDER = NAMES.map((n) => `__${n}__`);
export const RDUNDER = NAMES.map((n) => `__r${n}__`);
export const IDUNDER = NAMES.map((n) => `__i${n}__`);

const FORWARD = 0, INPLACE = 1, REFLECTED = 2;
const SLOT_NAMES = [DUNDER, IDUNDER, RDUNDER];
/** What `t`'s MRO has for binary operator `op`'s dunder of one kind (lookupType), remembered per
 *  class version in an array by operator, as CPython's type slots, instead of a lookup by name
 *  at every operator of a user class. */
function numberSlot(t: PyType, op: number, kind: number): PyObject | undefined {
  let slots = t.numberSlots;
  if (slots === null || t.numberSlotsVersion !== t.version) {
    slots = t.numberSlots = new Array(3 * NAMES.length);
    t.numberSlotsVersion = t.version;
  }
  const i = kind * NAMES.length + op;
  let m = slots[i];
  if (m === undefined) m = slots[i] = lookupType(t, SLOT_NAMES[kind][op]) ?? null;
  return m === null ? undefined : m;
}
export const SYMBOL = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];

/** An exact int (bool included) as number|bigint, or undefined. */
export function asInt(x: PyObject): I.Int | undefined {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof PyBoxed && (typeof x.value === "number" || typeof x.value === "bigint")) return x.value;
  return undefined;
}
/** A float value from float or int operands (for mixed arithmetic), or undefined. */
export function asFloat(x: PyObject): number | undefined {
  if (x instanceof PyFloat) return x.value;
  if (x instanceof PyBoxed && x.value instanceof PyFloat) return x.value.value;
  const i = asInt(x);
  return i === undefined ? undefined : I.intToFloat(i);
}

export function intBinary(a: I.Int, b: I.Int, op: number): PyObject {
  switch (op) {
    case NB.ADD: return I.intAdd(a, b);
    case NB.SUBTRACT: return I.intSub(a, b);
    case NB.MULTIPLY: return I.intMul(a, b);
    case NB.FLOOR_DIVIDE: return I.intFloorDiv(a, b);
    case NB.REMAINDER: return I.intMod(a, b);
    case NB.TRUE_DIVIDE: return new PyFloat(I.intTrueDiv(a, b));
    case NB.POWER:
      if (b < 0) {
        if (a === 0) throw zeroDivisionError("0.0 cannot be raised to a negative power");
        return floatBinary(I.intToFloat(a), I.intToFloat(b), NB.POWER);
      }
      return I.intPow(a, b);
    case NB.LSHIFT: return I.intLshift(a, b);
    case NB.RSHIFT: return I.intRshift(a, b);
    case NB.AND: return I.intAnd(a, b);
    case NB.OR: return I.intOr(a, b);
    case NB.XOR: return I.intXor(a, b);
  }
  return NotImplemented;
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float modulo");
  let m = a % b;
  if (m !== 0) {
    if (b < 0 !== m < 0) m += b;
  } else m = b < 0 ? -0 : 0;
  return m;
}
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float floor division by zero");
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
  if (div !== 0) {
    const f = Math.floor(div);
    if (div - f > 0.5) return f + 1;
    return f;
  }
  const q = a / b; // the sign of a zero quotient: copysign(0.0, a / b) as CPython
  return q < 0 || Object.is(q, -0) ? -0 : 0;
}
export function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) throw zeroDivisionError("0.0 cannot be raised to a negative power");
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) throw valueError("math domain error"); // CPython gives complex
  if (a === 1 || b === 0) return 1;
  const r = libmPow(a, b); // glibc's pow, bit for bit, as CPython uses
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) throw overflowError("(34, 'Numerical result out of range')");
  return r;
}

/** Set by complex.ts (which imports this module, so it cannot be imported from here). */
export const complexHooks: { pow: ((a: PyComplex, b: PyComplex) => PyObject) | null } = { pow: null };

export function floatBinary(a: number, b: number, op: number): PyObject {
  switch (op) {
    case NB.ADD: return new PyFloat(a + b);
    case NB.SUBTRACT: return new PyFloat(a - b);
    case NB.MULTIPLY: return new PyFloat(a * b);
    case NB.TRUE_DIVIDE:
      if (b === 0) throw zeroDivisionError("float division by zero");
      return new PyFloat(a / b);
    case NB.FLOOR_DIVIDE: return new PyFloat(floatFloorDiv(a, b));
    case NB.REMAINDER: return new PyFloat(floatMod(a, b));
    case NB.POWER:
      // a negative base to a fractional power is complex, as in CPython
      if (a < 0 && Number.isFinite(b) && !Number.isInteger(b) && complexHooks.pow !== null)
        return complexHooks.pow(new PyComplex(a, 0), new PyComplex(b, 0));
      return new PyFloat(floatPow(a, b));
  }
  return NotImplemented;
}

/** The builtin numeric semantics for int/bool/float operands; NotImplemented otherwise. */
export function numericBinary(a: PyObject, b: PyObject, op: number): PyObject {
  const ai = asInt(a), bi = asInt(b);
  if (ai !== undefined && bi !== undefined) {
    if (typeof a === "boolean" && typeof b === "boolean" && (op === NB.AND || op === NB.OR || op === NB.XOR)) {
      return op === NB.AND ? a && b : op === NB.OR ? a || b : a !== b;
    }
    return intBinary(ai, bi, op);
  }
  const af = asFloat(a), bf = asFloat(b);
  if (af !== undefined && bf !== undefined) return floatBinary(af, bf, op);
  return NotImplemented;
}

/** Types whose binary operators numericBinary implements completely. */
function isNativeNumeric(t: PyType): boolean {
  return t === intType || t === floatType || t === boolType;
}

/** a <op> b, with in-place variants (op >= NB.INPLACE) trying __iop__ first. */
export function binaryOp(a: PyObject, b: PyObject, op: number): PyObject {
  if (typeof a === "number" && typeof b === "number") {
    const r = intBinary(a, b, op >= NB.INPLACE ? op - NB.INPLACE : op);
    if (r !== NotImplemented) return r;
  }
  const base = op >= NB.INPLACE ? op - NB.INPLACE : op;
  if (base === NB.ADD && typeof a === "string" && typeof b === "string") return a + b;
  const ta = typeOf(a), tb = typeOf(b);
  if (isNativeNumeric(ta) && isNativeNumeric(tb)) {
    const r = numericBinary(a, b, base);
    if (r !== NotImplemented) return r;
  }
  if (op >= NB.INPLACE) {
    const im = numberSlot(ta, base, INPLACE);
    if (im !== undefined) {
      const r = callBound(im, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  const r = binaryDispatch(a, b, ta, tb, base);
  if (r !== NotImplemented) return r;
  return unsupportedOperands(a, b, op);
}

/**
 * The Python method binaryOp(a, b, op) calls when both operands are instances of one class `t`
 * (a class of object's layout, no builtin's subclass) whose method for the operator is a Python
 * function — for an in-place operator, when `t` has no in-place method: binaryOp then calls it
 * once with (a, b) (the reflected method is not tried between instances of one class) and
 * raises unsupportedOperands when it returns NotImplemented. Null for anything else. Cached
 * per class version (numberSlot).
 */
export function sameClassMethod(t: PyType, op: number): PyFunction | null {
  if (t.isBuiltin || t.solidBase !== objectType || isNativeNumeric(t)) return null;
  const base = op >= NB.INPLACE ? op - NB.INPLACE : op;
  if (op >= NB.INPLACE && numberSlot(t, base, INPLACE) !== undefined) return null;
  const m = numberSlot(t, base, FORWARD);
  return m instanceof PyFunction ? m : null;
}

/** The Python method binaryOp(lhs, rhs, op) calls first, when a NotImplemented from it is the
 *  operator's TypeError: `lhs` of a class with a Python method for `op` (sameClassMethod), `rhs`
 *  of the same class (binaryOp then tries no reflected method) or an exact int or float (whose
 *  reflected methods decline an operand that is not a number). Null otherwise. */
export function operatorMethodOf(lhs: PyObject, rhs: PyObject, op: number): PyFunction | null {
  const t = typeOf(lhs);
  const m = sameClassMethod(t, op);
  if (m === null) return null;
  const tr = typeOf(rhs);
  return tr === t || tr === intType || tr === floatType ? m : null;
}

/** The TypeError of a binary operator neither operand's type implements. */
export function unsupportedOperands(a: PyObject, b: PyObject, op: number): never {
  const ta = typeOf(a), tb = typeOf(b);
  const base = op >= NB.INPLACE ? op - NB.INPLACE : op;
  const sym = SYMBOL[base] + (op >= NB.INPLACE ? "=" : "");
  if (base === NB.POWER && op < NB.INPLACE) throw typeError(`unsupported operand type(s) for ** or pow(): '${ta.name}' and '${tb.name}'`);
  throw typeError(`unsupported operand type(s) for ${sym}: '${ta.name}' and '${tb.name}'`);
}

/** A float with an int (either order; `a`, `b` their values as doubles, exact for the small
 *  ints the traces pass): float's operator on them, or the TypeError of an operator float
 *  lacks (`<<`, `&`, `@`…). op: NB_*, in-place ones too. Never runs Python code. */
export function floatMixedBinary(lhs: PyObject, rhs: PyObject, a: number, b: number, op: number): PyObject {
  const r = floatBinary(a, b, op >= NB.INPLACE ? op - NB.INPLACE : op);
  return r !== NotImplemented ? r : unsupportedOperands(lhs, rhs, op);
}

function binaryDispatch(a: PyObject, b: PyObject, ta: PyType, tb: PyType, op: number): PyObject {
  const lm = numberSlot(ta, op, FORWARD);
  let rm = ta !== tb ? numberSlot(tb, op, REFLECTED) : undefined;
  if (rm !== undefined && rm === numberSlot(ta, op, REFLECTED)) rm = ta === tb ? undefined : rm;
  if (rm !== undefined && isSubtype(tb, ta) && rm !== numberSlot(ta, op, REFLECTED)) {
    const r = callBound(rm, b, [a]);
    if (r !== NotImplemented) return r;
    rm = undefined;
  }
  if (lm !== undefined) {
    const r = callBound(lm, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (rm !== undefined) {
    const r = callBound(rm, b, [a]);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

export function unaryNegative(a: PyObject): PyObject {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  if (a instanceof PyFloat) return new PyFloat(-a.value);
  if (typeof a === "bigint") return I.intNeg(a);
  if (typeof a === "boolean") return a ? -1 : 0;
  return unaryDunder(a, "__neg__", "unary -");
}
export function unaryPositive(a: PyObject): PyObject {
  if (typeof a === "number" || typeof a === "bigint" || a instanceof PyFloat) return a;
  if (typeof a === "boolean") return a ? 1 : 0;
  return unaryDunder(a, "__pos__", "unary +");
}
export function unaryInvert(a: PyObject): PyObject {
  if (typeof a === "number" || typeof a === "bigint") return I.intInvert(a);
  if (typeof a === "boolean") return a ? -2 : -1;
  return unaryDunder(a, "__invert__", "unary ~");
}
function unaryDunder(a: PyObject, name: string, what: string): PyObject {
  const m = lookupType(typeOf(a), name);
  if (m === undefined) throw typeError(`bad operand type for ${what}: '${typeOf(a).name}'`);
  return callBound(m, a, []);
}

/** COMPARE_OP: fast paths for ints, floats and strings, then rich comparison. */
export function compare(a: PyObject, b: PyObject, op: Cmp): PyObject {
  const ta = typeof a, tb = typeof b;
  if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint")) return cmpPrim(a as number, b as number, op);
  if (ta === "string" && tb === "string") return cmpPrim(a as string, b as string, op);
  if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return cmpPrim(a.value, b.value, op);
    if (tb === "number" || tb === "bigint") return cmpPrim(a.value, b as number, op);
  } else if (b instanceof PyFloat && (ta === "number" || ta === "bigint")) return cmpPrim(a as number, b.value, op);
  return richCompare(a, b, op);
}
function cmpPrim<T extends number | string>(a: T, b: T, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT: return a < b;
    case Cmp.LE: return a <= b;
    case Cmp.EQ: return a == b;
    case Cmp.NE: return a != b;
    case Cmp.GT: return a > b;
    case Cmp.GE: return a >= b;
  }
}

/** Ordering used by sorted()/min()/max(): a < b. */
export function lessThan(a: PyObject, b: PyObject): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return a < b;
  return isTrue(compare(a, b, Cmp.LT));
}
export { CMP_SYMBOLS };
