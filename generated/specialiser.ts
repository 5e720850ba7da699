// Generated from spec/specialise.yaml, spec/thin-ops.yaml by generator/emit-specialiser.ts — do not edit; run `npm run gen`.
// (Edit the spec, or the generator, instead.)
// What the type specialiser knows (see spec/specialise.yaml for the meaning of each part).
import type { Thin } from "./thin-ops.js";
import type { Slot } from "../runtime/interp/frame.js";
import type { PyCode } from "../runtime/objects/core.js";
import * as rt from "../runtime/interp/support.js";

/** The kinds of value the specialiser tracks; -1 (UNKNOWN) is "nothing known". */
export const enum Kind {
  int = 0,
  smallint = 1,
  bool = 2,
  float = 3,
  str = 4,
  none = 5,
  list = 6,
  tuple = 7,
  dict = 8,
  set = 9,
  slice = 10,
  small_int_iter = 11,
  seq_iter = 12,
  null_slot = 13,
  unbound = 14,
  fn_len = 15,
  fn_math_sqrt = 16,
  fn_math_unary = 17,
}
export const UNKNOWN = -1;
export const KIND_NAMES: readonly string[] = [
  "int",
  "smallint",
  "bool",
  "float",
  "str",
  "none",
  "list",
  "tuple",
  "dict",
  "set",
  "slice",
  "small_int_iter",
  "seq_iter",
  "null_slot",
  "unbound",
  "fn_len",
  "fn_math_sqrt",
  "fn_math_unary",
];
/** each kind's test as JavaScript over `v` (and `rt`), for checks compiled at run time */
export const KIND_TESTS: readonly string[] = [
  'typeof v === "number" || typeof v === "bigint"',
  'typeof v === "number"',
  'typeof v === "boolean"',
  "v instanceof rt.PyFloat",
  'typeof v === "string"',
  "v === rt.None",
  "v instanceof rt.PyList && v.cls === rt.listType",
  "v instanceof rt.PyTuple && v.cls === rt.tupleType",
  "v instanceof rt.PyDict && v.cls === rt.dictType",
  "v instanceof rt.PySet && v.cls === rt.setType",
  "v instanceof rt.PySlice",
  "v instanceof rt.PyNativeIterator && v.smallInts",
  "v instanceof rt.PyNativeIterator && (v.cls === rt.listIteratorType || v.cls === rt.tupleIteratorType)",
  "v === null",
  "v === undefined",
  'rt.intrinsicOf(v) === "len"',
  'rt.intrinsicOf(v) === "math.sqrt"',
  'rt.intrinsicOf(v) === "math.unary"',
];
/** the wider kind each kind lies in, or -1 */
export const KIND_PARENT: readonly number[] = [-1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1];

/** Whether kind `k` is `of` or lies inside it (false for UNKNOWN). */
export function within(k: number, of: number): boolean {
  for (; k >= 0; k = KIND_PARENT[k]) if (k === of) return true;
  return false;
}

/** The narrowest kind of a value, or UNKNOWN. */
export function kindOf(v: Slot | undefined): number {
  if (typeof v === "number") return Kind.smallint;
  if (typeof v === "number" || typeof v === "bigint") return Kind.int;
  if (typeof v === "boolean") return Kind.bool;
  if (v instanceof rt.PyFloat) return Kind.float;
  if (typeof v === "string") return Kind.str;
  if (v === rt.None) return Kind.none;
  if (v instanceof rt.PyList && v.cls === rt.listType) return Kind.list;
  if (v instanceof rt.PyTuple && v.cls === rt.tupleType) return Kind.tuple;
  if (v instanceof rt.PyDict && v.cls === rt.dictType) return Kind.dict;
  if (v instanceof rt.PySet && v.cls === rt.setType) return Kind.set;
  if (v instanceof rt.PySlice) return Kind.slice;
  if (v instanceof rt.PyNativeIterator && v.smallInts) return Kind.small_int_iter;
  if (v instanceof rt.PyNativeIterator && (v.cls === rt.listIteratorType || v.cls === rt.tupleIteratorType))
    return Kind.seq_iter;
  if (v === null) return Kind.null_slot;
  if (v === undefined) return Kind.unbound;
  if (rt.intrinsicOf(v) === "len") return Kind.fn_len;
  if (rt.intrinsicOf(v) === "math.sqrt") return Kind.fn_math_sqrt;
  if (rt.intrinsicOf(v) === "math.unary") return Kind.fn_math_unary;
  return UNKNOWN;
}

/** Whether a value is of kind `k` (a kind's own test: true too for the values of the kinds
 *  inside it). */
export function isKind(k: number, v: Slot | undefined): boolean {
  switch (k) {
    case Kind.int:
      return typeof v === "number" || typeof v === "bigint";
    case Kind.smallint:
      return typeof v === "number";
    case Kind.bool:
      return typeof v === "boolean";
    case Kind.float:
      return v instanceof rt.PyFloat;
    case Kind.str:
      return typeof v === "string";
    case Kind.none:
      return v === rt.None;
    case Kind.list:
      return v instanceof rt.PyList && v.cls === rt.listType;
    case Kind.tuple:
      return v instanceof rt.PyTuple && v.cls === rt.tupleType;
    case Kind.dict:
      return v instanceof rt.PyDict && v.cls === rt.dictType;
    case Kind.set:
      return v instanceof rt.PySet && v.cls === rt.setType;
    case Kind.slice:
      return v instanceof rt.PySlice;
    case Kind.small_int_iter:
      return v instanceof rt.PyNativeIterator && v.smallInts;
    case Kind.seq_iter:
      return v instanceof rt.PyNativeIterator && (v.cls === rt.listIteratorType || v.cls === rt.tupleIteratorType);
    case Kind.null_slot:
      return v === null;
    case Kind.unbound:
      return v === undefined;
    case Kind.fn_len:
      return rt.intrinsicOf(v) === "len";
    case Kind.fn_math_sqrt:
      return rt.intrinsicOf(v) === "math.sqrt";
    case Kind.fn_math_unary:
      return rt.intrinsicOf(v) === "math.unary";
  }
  return false;
}

/** Each thin op's result kind (its single output), or UNKNOWN. */
export const THIN_RESULT: readonly number[] = [
  -1, 13, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, 2, 2, -1, -1, -1, -1, 0, 0, 0, 1, 1, 1, 1, -1, 3, 3, 3, -1, 3, -1, 3, -1, 2, 2, 2, 2, -1, -1,
  -1, 2, -1, 2, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 4, -1, -1, -1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 3,
  3, 3, 1, 1, 1, -1, -1, -1, -1, 7, 6, 9, 8, 8, 10, 4, 7, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 4, -1, -1, -1, -1,
  1, -1, -1, -1, -1, -1, 2, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 2, 2, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
];

/** Ops that move a value between the stack and the frame: 0 none, 1 load_local, 2 store_local
 *  (the immediate is the local's index), 3 const (the immediate indexes the code's constants). */
export const THIN_MOVE: readonly number[] = [
  0, 0, 0, 0, 0, 3, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

/** Per load_local move: the op it becomes where the local is known to be bound, or -1; and per
 *  op, whether it is such an op (a read that cannot raise). */
export const THIN_MOVE_BOUND: readonly number[] = [
  -1, -1, -1, -1, -1, -1, 7, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
];
export const THIN_READS_BOUND: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];
/** the kind of what an unbound local holds (`unbound`), or -1 */
export const KIND_UNBOUND: number = 14;

/** What each predicate stands for, as [depth from the top of its inputs, kind, …]: it is true
 *  exactly when every one holds. null: it proves nothing. */
export const THIN_PROVES: readonly (readonly number[] | null)[] = [
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  [1, 1, 0, 1],
  [1, 3, 0, 3],
  [1, 3, 0, 1],
  [1, 1, 0, 3],
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  [1, 6, 0, 1],
  [1, 6, 0, 1],
  null,
  null,
  [1, 7, 0, 1],
  null,
  [1, 8],
  null,
  [1, 8],
  null,
  [1, 4, 0, 1],
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  [0, 11],
  null,
  [0, 12],
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
];

/**
 * The replacement rules: for op `id` with immediate `imm`, whose input at depth d from the top
 * of its inputs is known to be of kind fact(d) (UNKNOWN if nothing is known), in `code`, the
 * cheaper op and immediate to run instead, or null to keep it.
 */
export function rewrite(
  id: Thin,
  imm: number,
  fact: (depth: number) => number,
  code: PyCode,
): readonly [Thin, number] | null {
  switch (id as number) {
    case 63 /* COMPARE_GENERIC */: {
      const op = imm;
      if (within(fact(1), Kind.float) && within(fact(0), Kind.float)) return [58 /* FLOAT_COMPARE */, op];
      if (within(fact(1), Kind.smallint) && within(fact(0), Kind.smallint)) return [57 /* INT_COMPARE */, op];
      return null;
    }
    case 28 /* IS_TRUE */: {
      if (within(fact(0), Kind.bool)) return [30 /* BOOL_IS_TRUE */, 0];
      return null;
    }
    case 79 /* GETITEM */: {
      if (within(fact(1), Kind.list) && within(fact(0), Kind.smallint)) return [70 /* LIST_GETITEM */, 0];
      if (within(fact(1), Kind.tuple) && within(fact(0), Kind.smallint)) return [72 /* TUPLE_GETITEM */, 0];
      if (within(fact(1), Kind.dict)) return [74 /* DICT_GETITEM */, 0];
      if (within(fact(1), Kind.str) && within(fact(0), Kind.smallint)) return [78 /* STR_GETITEM */, 0];
      return null;
    }
    case 80 /* STORE_SUBSCR */: {
      if (within(fact(1), Kind.dict)) return [76 /* DICT_SETITEM */, 0];
      return null;
    }
    case 35 /* UNARY_NOT */: {
      if (within(fact(0), Kind.bool)) return [36 /* BOOL_NOT */, 0];
      return null;
    }
    case 54 /* INT_FLOAT_BINARY */: {
      const op = imm;
      if (op !== 8 && op !== 21 && within(fact(1), Kind.smallint) && within(fact(0), Kind.float))
        return [55 /* INT_FLOAT_ARITH */, op];
      return null;
    }
    case 85 /* INSTANCE_ATTR */: {
      const name = imm;
      if (true) return [86 /* LOAD_ATTR_INSTANCE */, rt.newAttrCache(code.names[name])];
      return null;
    }
    case 84 /* STORE_ATTR */: {
      const name = imm;
      if (true) return [87 /* STORE_ATTR_CACHED */, rt.newAttrCache(code.names[name])];
      return null;
    }
    case 91 /* CALL */: {
      const n = imm;
      if (
        n === 1 &&
        within(fact(2), Kind.null_slot) &&
        within(fact(1), Kind.fn_math_sqrt) &&
        within(fact(0), Kind.float)
      )
        return [93 /* CALL_SQRT_FLOAT */, 0];
      if (
        n === 1 &&
        within(fact(2), Kind.null_slot) &&
        within(fact(1), Kind.fn_math_unary) &&
        within(fact(0), Kind.float)
      )
        return [94 /* CALL_MATH_UNARY_FLOAT */, 0];
      if (
        n === 1 &&
        within(fact(2), Kind.null_slot) &&
        within(fact(1), Kind.fn_math_unary) &&
        within(fact(0), Kind.smallint)
      )
        return [95 /* CALL_MATH_UNARY_INT */, 0];
      if (n === 1 && within(fact(2), Kind.null_slot) && within(fact(1), Kind.fn_len) && within(fact(0), Kind.list))
        return [96 /* CALL_LEN_LIST */, 0];
      if (n === 1 && within(fact(2), Kind.null_slot) && within(fact(1), Kind.fn_len) && within(fact(0), Kind.tuple))
        return [97 /* CALL_LEN_TUPLE */, 0];
      if (n === 1 && within(fact(2), Kind.null_slot) && within(fact(1), Kind.fn_len) && within(fact(0), Kind.str))
        return [98 /* CALL_LEN_STR */, 0];
      return null;
    }
  }
  return null;
}

/** Per op: the guard that, right after it and consuming its one result, fuses with it, and the
 *  predicate doing both ([guard, predicate]), or null. */
export const THIN_FUSED: readonly (readonly [number, number] | null)[] = [
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  [30, 61],
  [30, 62],
  null,
  null,
  null,
  null,
  null,
  [30, 65],
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
];

/**
 * The checked ops: for op `id` with immediate `imm`, the predicate that computes the same
 * result and is true exactly when it is of the predicate's result kind (run as a guard in the
 * op's place), or -1.
 */
export function checkedBy(id: Thin, imm: number): number {
  switch (id as number) {
    case 41 /* INT_ADD */:
      return true ? 44 /* INT_ADD_SMALL */ : -1;
    case 42 /* INT_SUB */:
      return true ? 45 /* INT_SUB_SMALL */ : -1;
    case 43 /* INT_MUL */:
      return true ? 46 /* INT_MUL_SMALL */ : -1;
    case 48 /* INT_BINARY */:
      return ((op: number) => op === 1 || op === 2 || op === 6 || op === 7 || op === 9 || op === 12)(imm)
        ? 47 /* INT_BINARY_SMALL */
        : -1;
  }
  return -1;
}
