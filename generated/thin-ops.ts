// Generated from spec/thin-ops.yaml by generator/emit-thin-ops.ts — do not edit; run `npm run gen`.
// (Edit the spec, or the generator, instead.)
// Thin ops one at a time, on a frame's own stack: what the trace recorder and the thin-trace
// interpreter execute. Each case is the op's body from spec/thin-ops.yaml (see generator/lower.ts).
import type {
  PyCell,
  PyCode,
  PyDict,
  PyFloat,
  PyList,
  PyNativeIterator,
  PyObject,
  PyTuple,
} from "../runtime/objects/core.js";
import type { Frame, Slot } from "../runtime/interp/frame.js";
import * as rt from "../runtime/interp/support.js";

export const enum Thin {
  POP = 0,
  PUSH_NULL = 1,
  DROP_UNDER = 2,
  COPY = 3,
  SWAP = 4,
  LOAD_CONST = 5,
  LOAD_FAST = 6,
  LOAD_FAST_BOUND = 7,
  STORE_FAST = 8,
  DELETE_FAST = 9,
  MAKE_CELL = 10,
  LOAD_CELL = 11,
  LOAD_DEREF = 12,
  STORE_DEREF = 13,
  DELETE_DEREF = 14,
  LOAD_CLASSDEREF = 15,
  COPY_FREE_VARS = 16,
  LOAD_GLOBAL = 17,
  LOAD_GLOBAL_CACHED = 18,
  LOAD_MODULE_ATTR_CACHED = 19,
  STORE_GLOBAL = 20,
  DELETE_GLOBAL = 21,
  LOAD_NAME = 22,
  STORE_NAME = 23,
  DELETE_NAME = 24,
  JUMP = 25,
  LOOP_BACK = 26,
  RETURN = 27,
  IS_TRUE = 28,
  IS_TRUE_KEEP = 29,
  BOOL_IS_TRUE = 30,
  IS_NONE = 31,
  UNARY_POSITIVE = 32,
  UNARY_NEGATIVE = 33,
  UNARY_INVERT = 34,
  UNARY_NOT = 35,
  BOOL_NOT = 36,
  BOTH_SMALL_INT = 37,
  BOTH_FLOAT = 38,
  FLOAT_SMALL_INT = 39,
  SMALL_INT_FLOAT = 40,
  INT_ADD = 41,
  INT_SUB = 42,
  INT_MUL = 43,
  INT_ADD_SMALL = 44,
  INT_SUB_SMALL = 45,
  INT_MUL_SMALL = 46,
  INT_BINARY_SMALL = 47,
  INT_BINARY = 48,
  FLOAT_ADD = 49,
  FLOAT_SUB = 50,
  FLOAT_MUL = 51,
  FLOAT_BINARY = 52,
  FLOAT_INT_BINARY = 53,
  INT_FLOAT_BINARY = 54,
  INT_FLOAT_ARITH = 55,
  BINARY_GENERIC = 56,
  INT_COMPARE = 57,
  FLOAT_COMPARE = 58,
  FLOAT_INT_COMPARE = 59,
  INT_FLOAT_COMPARE = 60,
  INT_COMPARE_TEST = 61,
  FLOAT_COMPARE_TEST = 62,
  COMPARE_GENERIC = 63,
  IS = 64,
  IS_TEST = 65,
  CONTAINS = 66,
  LIST_INT_INDEX = 67,
  LIST_INT_STORE = 68,
  LIST_SETITEM = 69,
  LIST_GETITEM = 70,
  TUPLE_INT_INDEX = 71,
  TUPLE_GETITEM = 72,
  DICT_INDEX = 73,
  DICT_GETITEM = 74,
  DICT_STORE = 75,
  DICT_SETITEM = 76,
  STR_INT_INDEX = 77,
  STR_GETITEM = 78,
  GETITEM = 79,
  STORE_SUBSCR = 80,
  DELETE_SUBSCR = 81,
  GET_LEN = 82,
  LOAD_ATTR = 83,
  STORE_ATTR = 84,
  INSTANCE_ATTR = 85,
  LOAD_ATTR_INSTANCE = 86,
  STORE_ATTR_CACHED = 87,
  DELETE_ATTR = 88,
  LOAD_METHOD = 89,
  KW_NAMES = 90,
  CALL = 91,
  CALL_FUNCTION_EX = 92,
  CALL_SQRT_FLOAT = 93,
  CALL_MATH_UNARY_FLOAT = 94,
  CALL_MATH_UNARY_INT = 95,
  CALL_LEN_LIST = 96,
  CALL_LEN_TUPLE = 97,
  CALL_LEN_STR = 98,
  MAKE_FUNCTION = 99,
  LOAD_BUILD_CLASS = 100,
  RETURN_GENERATOR = 101,
  YIELD = 102,
  BUILD_TUPLE = 103,
  BUILD_LIST = 104,
  BUILD_SET = 105,
  BUILD_MAP = 106,
  BUILD_CONST_KEY_MAP = 107,
  BUILD_SLICE = 108,
  BUILD_STRING = 109,
  LIST_TO_TUPLE = 110,
  LIST_APPEND = 111,
  SET_ADD = 112,
  MAP_ADD = 113,
  LIST_EXTEND = 114,
  SET_UPDATE = 115,
  DICT_UPDATE = 116,
  DICT_MERGE = 117,
  SEQ_OF_LEN = 118,
  SEQ_UNPACK = 119,
  UNPACK_SEQUENCE = 120,
  UNPACK_EX = 121,
  FORMAT_VALUE = 122,
  GET_ITER = 123,
  GET_YIELD_FROM_ITER = 124,
  ITER_NEXT = 125,
  SMALL_INT_ITER = 126,
  SMALL_INT_ITER_NEXT = 127,
  SEQ_ITER = 128,
  SEQ_ITER_NEXT = 129,
  SEND_TO = 130,
  PUSH_EXC_INFO = 131,
  POP_EXCEPT = 132,
  CHECK_EXC_MATCH = 133,
  RAISE = 134,
  RERAISE = 135,
  LOAD_ASSERTION_ERROR = 136,
  BEFORE_WITH = 137,
  WITH_EXCEPT_START = 138,
  IMPORT_NAME = 139,
  IMPORT_FROM = 140,
  IMPORT_STAR = 141,
  SETUP_ANNOTATIONS = 142,
  PRINT_EXPR = 143,
  MATCH_MAPPING = 144,
  MATCH_SEQUENCE = 145,
  MATCH_KEYS = 146,
  MATCH_CLASS = 147,
  CHECK_EG_MATCH = 148,
  PREP_RERAISE_STAR = 149,
  GET_AWAITABLE = 150,
  GET_AITER = 151,
  GET_ANEXT = 152,
  END_ASYNC_FOR = 153,
  BEFORE_ASYNC_WITH = 154,
  ASYNC_GEN_WRAP = 155,
}

export const THIN_NAMES: readonly string[] = [
  "POP",
  "PUSH_NULL",
  "DROP_UNDER",
  "COPY",
  "SWAP",
  "LOAD_CONST",
  "LOAD_FAST",
  "LOAD_FAST_BOUND",
  "STORE_FAST",
  "DELETE_FAST",
  "MAKE_CELL",
  "LOAD_CELL",
  "LOAD_DEREF",
  "STORE_DEREF",
  "DELETE_DEREF",
  "LOAD_CLASSDEREF",
  "COPY_FREE_VARS",
  "LOAD_GLOBAL",
  "LOAD_GLOBAL_CACHED",
  "LOAD_MODULE_ATTR_CACHED",
  "STORE_GLOBAL",
  "DELETE_GLOBAL",
  "LOAD_NAME",
  "STORE_NAME",
  "DELETE_NAME",
  "JUMP",
  "LOOP_BACK",
  "RETURN",
  "IS_TRUE",
  "IS_TRUE_KEEP",
  "BOOL_IS_TRUE",
  "IS_NONE",
  "UNARY_POSITIVE",
  "UNARY_NEGATIVE",
  "UNARY_INVERT",
  "UNARY_NOT",
  "BOOL_NOT",
  "BOTH_SMALL_INT",
  "BOTH_FLOAT",
  "FLOAT_SMALL_INT",
  "SMALL_INT_FLOAT",
  "INT_ADD",
  "INT_SUB",
  "INT_MUL",
  "INT_ADD_SMALL",
  "INT_SUB_SMALL",
  "INT_MUL_SMALL",
  "INT_BINARY_SMALL",
  "INT_BINARY",
  "FLOAT_ADD",
  "FLOAT_SUB",
  "FLOAT_MUL",
  "FLOAT_BINARY",
  "FLOAT_INT_BINARY",
  "INT_FLOAT_BINARY",
  "INT_FLOAT_ARITH",
  "BINARY_GENERIC",
  "INT_COMPARE",
  "FLOAT_COMPARE",
  "FLOAT_INT_COMPARE",
  "INT_FLOAT_COMPARE",
  "INT_COMPARE_TEST",
  "FLOAT_COMPARE_TEST",
  "COMPARE_GENERIC",
  "IS",
  "IS_TEST",
  "CONTAINS",
  "LIST_INT_INDEX",
  "LIST_INT_STORE",
  "LIST_SETITEM",
  "LIST_GETITEM",
  "TUPLE_INT_INDEX",
  "TUPLE_GETITEM",
  "DICT_INDEX",
  "DICT_GETITEM",
  "DICT_STORE",
  "DICT_SETITEM",
  "STR_INT_INDEX",
  "STR_GETITEM",
  "GETITEM",
  "STORE_SUBSCR",
  "DELETE_SUBSCR",
  "GET_LEN",
  "LOAD_ATTR",
  "STORE_ATTR",
  "INSTANCE_ATTR",
  "LOAD_ATTR_INSTANCE",
  "STORE_ATTR_CACHED",
  "DELETE_ATTR",
  "LOAD_METHOD",
  "KW_NAMES",
  "CALL",
  "CALL_FUNCTION_EX",
  "CALL_SQRT_FLOAT",
  "CALL_MATH_UNARY_FLOAT",
  "CALL_MATH_UNARY_INT",
  "CALL_LEN_LIST",
  "CALL_LEN_TUPLE",
  "CALL_LEN_STR",
  "MAKE_FUNCTION",
  "LOAD_BUILD_CLASS",
  "RETURN_GENERATOR",
  "YIELD",
  "BUILD_TUPLE",
  "BUILD_LIST",
  "BUILD_SET",
  "BUILD_MAP",
  "BUILD_CONST_KEY_MAP",
  "BUILD_SLICE",
  "BUILD_STRING",
  "LIST_TO_TUPLE",
  "LIST_APPEND",
  "SET_ADD",
  "MAP_ADD",
  "LIST_EXTEND",
  "SET_UPDATE",
  "DICT_UPDATE",
  "DICT_MERGE",
  "SEQ_OF_LEN",
  "SEQ_UNPACK",
  "UNPACK_SEQUENCE",
  "UNPACK_EX",
  "FORMAT_VALUE",
  "GET_ITER",
  "GET_YIELD_FROM_ITER",
  "ITER_NEXT",
  "SMALL_INT_ITER",
  "SMALL_INT_ITER_NEXT",
  "SEQ_ITER",
  "SEQ_ITER_NEXT",
  "SEND_TO",
  "PUSH_EXC_INFO",
  "POP_EXCEPT",
  "CHECK_EXC_MATCH",
  "RAISE",
  "RERAISE",
  "LOAD_ASSERTION_ERROR",
  "BEFORE_WITH",
  "WITH_EXCEPT_START",
  "IMPORT_NAME",
  "IMPORT_FROM",
  "IMPORT_STAR",
  "SETUP_ANNOTATIONS",
  "PRINT_EXPR",
  "MATCH_MAPPING",
  "MATCH_SEQUENCE",
  "MATCH_KEYS",
  "MATCH_CLASS",
  "CHECK_EG_MATCH",
  "PREP_RERAISE_STAR",
  "GET_AWAITABLE",
  "GET_AITER",
  "GET_ANEXT",
  "END_ASYNC_FOR",
  "BEFORE_ASYNC_WITH",
  "ASYNC_GEN_WRAP",
];
// Each op's stack effect and properties: generated/thin-meta.ts.

// Op bodies emitted out of line (generator/outline.ts): execThin stays small for V8's compiler.
function thin_LIST_SETITEM(stack: Slot[], sp: number): number {
  op_LIST_SETITEM: {
    // LIST_SETITEM
    {
      const value = stack[sp - 3] as PyObject;
      const container = stack[sp - 2] as PyList;
      const sub = stack[sp - 1] as number;
      sp -= 3;
      const items = container.items;
      const i = sub + (sub < 0 ? items.length : 0);
      if (i < 0 || i >= items.length) throw rt.listAssignIndexError();
      items[i] = value;
    }
  }
  return sp;
}

function thin_LIST_GETITEM(stack: Slot[], sp: number): number {
  op_LIST_GETITEM: {
    // LIST_GETITEM
    let _t0: PyObject;
    {
      const container = stack[sp - 2] as PyList;
      const sub = stack[sp - 1] as number;
      sp -= 2;
      let res: PyObject;
      const items = container.items;
      const i = sub + (sub < 0 ? items.length : 0);
      if (i < 0 || i >= items.length) throw rt.listIndexError();
      res = items[i];
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  return sp;
}

function thin_TUPLE_GETITEM(stack: Slot[], sp: number): number {
  op_TUPLE_GETITEM: {
    // TUPLE_GETITEM
    let _t0: PyObject;
    {
      const container = stack[sp - 2] as PyTuple;
      const sub = stack[sp - 1] as number;
      sp -= 2;
      let res: PyObject;
      const items = container.items;
      const i = sub + (sub < 0 ? items.length : 0);
      if (i < 0 || i >= items.length) throw rt.tupleIndexError();
      res = items[i];
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  return sp;
}

function thin_CALL(frame: Frame, stack: Slot[], sp: number, imm0: number): number {
  op_CALL: {
    // CALL(n=imm0)
    {
      const n = imm0;
      const base = sp - (2 + n);
      const first = stack[base + 0];
      const second = stack[base + 1] as PyObject;
      const args = stack as readonly PyObject[];
      const args_at = base + 2;
      sp = base;
      let res: PyObject;
      if (first === null && second instanceof rt.PyBuiltinFunction && frame.kwnames === null) {
        // a native function (len, isinstance, …): straight to its code, as callFromStack would,
        // without an argument array where it takes this count as it is (define.ts fixedFunction)
        const f1 = second.fast1;
        const f2 = second.fast2;
        if (n === 1 && f1 !== null) res = f1(args[args_at]);
        else if (n === 2 && f2 !== null) res = f2(args[args_at], args[args_at + 1]);
        else res = second.fn(args.slice(args_at, args_at + n), null);
      } else if (first instanceof rt.PyMethodDescriptor && frame.kwnames === null) {
        // a builtin type's method LOAD_METHOD found on `second`'s type (list.append, …), the same
        // way (define.ts fixedMethod)
        const f0 = first.fast0;
        const f1 = first.fast1;
        const f2 = first.fast2;
        if (n === 0 && f0 !== null) res = f0(second);
        else if (n === 1 && f1 !== null) res = f1(second, args[args_at]);
        else if (n === 2 && f2 !== null) res = f2(second, args[args_at], args[args_at + 1]);
        else res = first.fn(second, args.slice(args_at, args_at + n), null);
      } else {
        const callee = rt.pushFrameForCall(first, second, args, args_at, n, frame);
        if (callee !== null) {
          res = rt.runPushedFrame(callee);
        } else res = rt.callFromStack(first, second, args.slice(args_at, args_at + n), frame);
      }
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  return sp;
}

function thin_CALL_SQRT_FLOAT(stack: Slot[], sp: number): number {
  op_CALL_SQRT_FLOAT: {
    // CALL_SQRT_FLOAT
    let _t0: PyObject;
    {
      const nul = stack[sp - 3];
      const callee = stack[sp - 2] as PyObject;
      const x = stack[sp - 1] as PyFloat;
      sp -= 3;
      let res: PyObject;
      const r = Math.sqrt(x.value);
      if (r !== r && x.value === x.value) throw rt.mathDomainError();
      res = new rt.PyFloat(r);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  return sp;
}

function thin_SEQ_UNPACK(stack: Slot[], sp: number, imm0: number): number {
  op_SEQ_UNPACK: {
    // SEQ_UNPACK(n=imm0)
    {
      const n = imm0;
      const base = sp - 1;
      const seq = stack[base + 0] as PyTuple | PyList;
      sp = base;
      let values: PyObject[];
      const items = seq.items;
      values = new Array<PyObject>(n);
      for (let i = 0; i < n; i++) values[i] = items[n - 1 - i];
      for (let _i = 0; _i < n; _i++) stack[base + 0 + _i] = values[_i];
      sp = base + n;
    }
  }
  return sp;
}

function thin_UNPACK_EX(stack: Slot[], sp: number, imm0: number): number {
  op_UNPACK_EX: {
    // UNPACK_EX(counts=imm0)
    {
      const counts = imm0;
      const base = sp - 1;
      const seq = stack[base + 0] as PyObject;
      sp = base;
      let values: PyObject[];
      values = rt.unpackEx(seq, counts);
      for (let _i = 0; _i < (counts & 0xff) + (counts >> 8) + 1; _i++) stack[base + 0 + _i] = values[_i];
      sp = base + ((counts & 0xff) + (counts >> 8) + 1);
    }
  }
  return sp;
}

// Cold ops (not marked `hot` in spec/thin-ops.yaml): each a function of its own, run from
// execThin's `default:` through THIN_COLD (see generator/outline.ts), so that reaching one for
// the first time deoptimises only it.
function cold_DROP_UNDER(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_DROP_UNDER: {
    // DROP_UNDER
    let _t0: PyObject;
    {
      const under = stack[sp - 2] as PyObject;
      const top = stack[sp - 1] as PyObject;
      sp -= 2;
      _t0 = top;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_DELETE_FAST(frame: Frame, imm0: number): boolean {
  const code: PyCode = frame.code;
  const locals: Frame["localsplus"] = frame.localsplus;
  let result: boolean = false;
  op_DELETE_FAST: {
    // DELETE_FAST(index=imm0)
    {
      const index = imm0;
      if (locals[index] === undefined) throw rt.unboundLocal(code, index);
      locals[index] = undefined;
    }
  }

  return result;
}

function cold_MAKE_CELL(frame: Frame, imm0: number): boolean {
  const locals: Frame["localsplus"] = frame.localsplus;
  let result: boolean = false;
  op_MAKE_CELL: {
    // MAKE_CELL(index=imm0)
    {
      const index = imm0;
      locals[index] = new rt.PyCell(locals[index]);
    }
  }

  return result;
}

function cold_LOAD_CELL(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  const locals: Frame["localsplus"] = frame.localsplus;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_LOAD_CELL: {
    // LOAD_CELL(index=imm0)
    let _t0: PyObject;
    {
      const index = imm0;
      let cell: PyObject;
      cell = locals[index] as PyObject;
      _t0 = cell;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_STORE_DEREF(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  const locals: Frame["localsplus"] = frame.localsplus;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_STORE_DEREF: {
    // STORE_DEREF(index=imm0)
    {
      const index = imm0;
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      (locals[index] as PyCell).value = value;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_DELETE_DEREF(frame: Frame, imm0: number): boolean {
  const code: PyCode = frame.code;
  const locals: Frame["localsplus"] = frame.localsplus;
  let result: boolean = false;
  op_DELETE_DEREF: {
    // DELETE_DEREF(index=imm0)
    {
      const index = imm0;
      const cell = locals[index] as PyCell;
      if (cell.value === undefined) throw rt.unboundFree(code, index);
      cell.value = undefined;
    }
  }

  return result;
}

function cold_LOAD_CLASSDEREF(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_LOAD_CLASSDEREF: {
    // LOAD_CLASSDEREF(index=imm0)
    let _t0: PyObject;
    {
      const index = imm0;
      let value: PyObject;
      value = rt.loadClassDeref(frame, index);
      _t0 = value;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_COPY_FREE_VARS(frame: Frame, imm0: number): boolean {
  let result: boolean = false;
  op_COPY_FREE_VARS: {
    // COPY_FREE_VARS(n=imm0)
    {
      const n = imm0;
      rt.copyFreeVars(frame, n);
    }
  }

  return result;
}

function cold_LOAD_MODULE_ATTR_CACHED(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_LOAD_MODULE_ATTR_CACHED: {
    let _c0: boolean;
    // LOAD_MODULE_ATTR_CACHED(entry=imm0)
    let _t1: PyObject;
    {
      const entry = imm0;
      const owner = stack[sp - 1] as PyObject;
      sp -= 1;
      let value: PyObject;
      let cond: boolean;
      const v = rt.cachedModuleAttr(owner, entry);
      cond = v !== undefined;
      value = cond ? (v as PyObject) : owner;
      _t1 = value;
      _c0 = cond;
    }
    result = _c0;
    stack[sp] = _t1;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_DELETE_GLOBAL(frame: Frame, imm0: number): boolean {
  const code: PyCode = frame.code;
  let result: boolean = false;
  op_DELETE_GLOBAL: {
    // DELETE_GLOBAL(name=imm0)
    {
      const name = imm0;
      rt.deleteGlobal(frame, code.names[name]);
    }
  }

  return result;
}

function cold_LOAD_NAME(frame: Frame, imm0: number): boolean {
  const code: PyCode = frame.code;
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_LOAD_NAME: {
    // LOAD_NAME(name=imm0)
    let _t0: PyObject;
    {
      const name = imm0;
      let value: PyObject;
      value = rt.loadName(frame, code.names[name]);
      _t0 = value;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_STORE_NAME(frame: Frame, imm0: number): boolean {
  const code: PyCode = frame.code;
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_STORE_NAME: {
    // STORE_NAME(name=imm0)
    {
      const name = imm0;
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      rt.storeName(frame, code.names[name], value);
    }
  }
  frame.sp = sp;
  return result;
}

function cold_DELETE_NAME(frame: Frame, imm0: number): boolean {
  const code: PyCode = frame.code;
  let result: boolean = false;
  op_DELETE_NAME: {
    // DELETE_NAME(name=imm0)
    {
      const name = imm0;
      rt.deleteName(frame, code.names[name]);
    }
  }

  return result;
}

function cold_RETURN(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_RETURN: {
    // RETURN
    {
      const base = sp - 1;
      const retval = stack[base + 0] as PyObject;
      sp = base;
      throw new Error("return is not executed by the tracing tiers");
      sp = base + 0;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_IS_TRUE_KEEP(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_IS_TRUE_KEEP: {
    let _c0: boolean;
    // IS_TRUE_KEEP
    let _t1: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let cond: boolean;
      cond = value === true || (value !== false && rt.isTrue(value));
      _t1 = value;
      _c0 = cond;
    }
    result = _c0;
    stack[sp] = _t1;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_UNARY_POSITIVE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_UNARY_POSITIVE: {
    // UNARY_POSITIVE
    let _t0: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = rt.O.unaryPositive(value);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_UNARY_NEGATIVE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_UNARY_NEGATIVE: {
    // UNARY_NEGATIVE
    let _t0: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = rt.O.unaryNegative(value);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_UNARY_INVERT(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_UNARY_INVERT: {
    // UNARY_INVERT
    let _t0: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = rt.O.unaryInvert(value);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_UNARY_NOT(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_UNARY_NOT: {
    // UNARY_NOT
    let _t0: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = !rt.isTrue(value);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_BOOL_NOT(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_BOOL_NOT: {
    // BOOL_NOT
    let _t0: PyObject;
    {
      const value = stack[sp - 1] as boolean;
      sp -= 1;
      let res: PyObject;
      res = !value;
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_INT_ADD(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_INT_ADD: {
    // INT_ADD
    let _t0: PyObject;
    {
      const lhs = stack[sp - 2] as number;
      const rhs = stack[sp - 1] as number;
      sp -= 2;
      let res: PyObject;
      const r = lhs + rhs;
      res = Number.isSafeInteger(r) ? r : rt.O.intBinary(lhs, rhs, 0);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_INT_SUB(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_INT_SUB: {
    // INT_SUB
    let _t0: PyObject;
    {
      const lhs = stack[sp - 2] as number;
      const rhs = stack[sp - 1] as number;
      sp -= 2;
      let res: PyObject;
      const r = lhs - rhs;
      res = Number.isSafeInteger(r) ? r : rt.O.intBinary(lhs, rhs, 10);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_INT_BINARY(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_INT_BINARY: {
    // INT_BINARY(op=imm0)
    let _t0: PyObject;
    {
      const op = imm0;
      const lhs = stack[sp - 2] as number;
      const rhs = stack[sp - 1] as number;
      sp -= 2;
      let res: PyObject;
      res = rt.O.intBinary(lhs, rhs, op);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_INT_FLOAT_BINARY(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_INT_FLOAT_BINARY: {
    // INT_FLOAT_BINARY(op=imm0)
    let _t0: PyObject;
    {
      const op = imm0;
      const lhs = stack[sp - 2] as number;
      const rhs = stack[sp - 1] as PyFloat;
      sp -= 2;
      let res: PyObject;
      res = rt.O.floatMixedBinary(lhs, rhs, lhs, rhs.value, op);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_INT_FLOAT_ARITH(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_INT_FLOAT_ARITH: {
    // INT_FLOAT_ARITH(op=imm0)
    let _t0: PyObject;
    {
      const op = imm0;
      const lhs = stack[sp - 2] as number;
      const rhs = stack[sp - 1] as PyFloat;
      sp -= 2;
      let res: PyObject;
      res = rt.O.floatMixedBinary(lhs, rhs, lhs, rhs.value, op);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_FLOAT_COMPARE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_FLOAT_COMPARE: {
    // FLOAT_COMPARE(op=imm0)
    let _t0: PyObject;
    {
      const op = imm0;
      const lhs = stack[sp - 2] as PyFloat;
      const rhs = stack[sp - 1] as PyFloat;
      sp -= 2;
      let res: PyObject;
      res = rt.numberCompare(lhs.value, rhs.value, op);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_FLOAT_INT_COMPARE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_FLOAT_INT_COMPARE: {
    // FLOAT_INT_COMPARE(op=imm0)
    let _t0: PyObject;
    {
      const op = imm0;
      const lhs = stack[sp - 2] as PyFloat;
      const rhs = stack[sp - 1] as number;
      sp -= 2;
      let res: PyObject;
      res = rt.numberCompare(lhs.value, rhs, op);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_INT_FLOAT_COMPARE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_INT_FLOAT_COMPARE: {
    // INT_FLOAT_COMPARE(op=imm0)
    let _t0: PyObject;
    {
      const op = imm0;
      const lhs = stack[sp - 2] as number;
      const rhs = stack[sp - 1] as PyFloat;
      sp -= 2;
      let res: PyObject;
      res = rt.numberCompare(lhs, rhs.value, op);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_IS(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_IS: {
    // IS(invert=imm0)
    let _t0: PyObject;
    {
      const invert = imm0;
      const lhs = stack[sp - 2] as PyObject;
      const rhs = stack[sp - 1] as PyObject;
      sp -= 2;
      let res: PyObject;
      res = rt.isOp(lhs, rhs) !== (invert === 1);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_IS_TEST(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_IS_TEST: {
    let _c0: boolean;
    // IS_TEST(invert=imm0)
    {
      const invert = imm0;
      const lhs = stack[sp - 2] as PyObject;
      const rhs = stack[sp - 1] as PyObject;
      sp -= 2;
      let cond: boolean;
      cond = rt.isOp(lhs, rhs) !== (invert === 1);
      _c0 = cond;
    }
    result = _c0;
  }
  frame.sp = sp;
  return result;
}

function cold_DELETE_SUBSCR(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_DELETE_SUBSCR: {
    // DELETE_SUBSCR
    {
      const container = stack[sp - 2] as PyObject;
      const sub = stack[sp - 1] as PyObject;
      sp -= 2;
      rt.P.delItem(container, sub);
    }
  }
  frame.sp = sp;
  return result;
}

function cold_GET_LEN(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_GET_LEN: {
    // GET_LEN
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const obj = stack[sp - 1] as PyObject;
      sp -= 1;
      let len: PyObject;
      len = rt.P.len(obj);
      _t0 = obj;
      _t1 = len;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
  return result;
}

function cold_STORE_ATTR(frame: Frame, imm0: number): boolean {
  const code: PyCode = frame.code;
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_STORE_ATTR: {
    // STORE_ATTR(name=imm0)
    {
      const name = imm0;
      const value = stack[sp - 2] as PyObject;
      const owner = stack[sp - 1] as PyObject;
      sp -= 2;
      rt.setAttr(owner, code.names[name], value);
    }
  }
  frame.sp = sp;
  return result;
}

function cold_INSTANCE_ATTR(frame: Frame, imm0: number): boolean {
  const code: PyCode = frame.code;
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_INSTANCE_ATTR: {
    let _c0: boolean;
    // INSTANCE_ATTR(name=imm0)
    let _t1: PyObject;
    {
      const name = imm0;
      const owner = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      let cond: boolean;
      const v = rt.instanceAttr(owner, code.names[name]);
      cond = v !== undefined;
      res = cond ? (v as PyObject) : owner;
      _t1 = res;
      _c0 = cond;
    }
    result = _c0;
    stack[sp] = _t1;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_DELETE_ATTR(frame: Frame, imm0: number): boolean {
  const code: PyCode = frame.code;
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_DELETE_ATTR: {
    // DELETE_ATTR(name=imm0)
    {
      const name = imm0;
      const owner = stack[sp - 1] as PyObject;
      sp -= 1;
      rt.delAttr(owner, code.names[name]);
    }
  }
  frame.sp = sp;
  return result;
}

function cold_KW_NAMES(frame: Frame, imm0: number): boolean {
  const code: PyCode = frame.code;
  let result: boolean = false;
  op_KW_NAMES: {
    // KW_NAMES(index=imm0)
    {
      const index = imm0;
      frame.kwnames = (code.consts[index] as PyTuple).items as string[];
    }
  }

  return result;
}

function cold_CALL_FUNCTION_EX(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_CALL_FUNCTION_EX: {
    // CALL_FUNCTION_EX(n=imm0)
    {
      const n = imm0;
      const base = sp - (3 + n);
      const unused_null = stack[base + 0];
      const func = stack[base + 1] as PyObject;
      const callargs = stack[base + 2] as PyObject;
      const kwargs = stack.slice(base + 3, base + 3 + n) as PyObject[];
      sp = base;
      let res: PyObject;
      res = rt.callFunctionEx(func, callargs, n ? kwargs[0] : undefined);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_CALL_LEN_TUPLE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_CALL_LEN_TUPLE: {
    // CALL_LEN_TUPLE
    let _t0: PyObject;
    {
      const nul = stack[sp - 3];
      const callee = stack[sp - 2] as PyObject;
      const x = stack[sp - 1] as PyTuple;
      sp -= 3;
      let res: PyObject;
      res = x.items.length;
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_CALL_LEN_STR(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_CALL_LEN_STR: {
    // CALL_LEN_STR
    let _t0: PyObject;
    {
      const nul = stack[sp - 3];
      const callee = stack[sp - 2] as PyObject;
      const x = stack[sp - 1] as string;
      sp -= 3;
      let res: PyObject;
      res = rt.strLength(x);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_MAKE_FUNCTION(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_MAKE_FUNCTION: {
    // MAKE_FUNCTION(flags=imm0)
    {
      const flags = imm0;
      const base = sp - (1 + rt.popcount4(flags));
      const extras = stack.slice(base + 0, base + 0 + rt.popcount4(flags)) as PyObject[];
      const codeobj = stack[base + rt.popcount4(flags)] as PyObject;
      sp = base;
      let func: PyObject;
      func = rt.makeFunction(frame, codeobj as PyCode, flags, extras);
      stack[base + 0] = func;
      sp = base + 1;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_LOAD_BUILD_CLASS(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_LOAD_BUILD_CLASS: {
    // LOAD_BUILD_CLASS
    let _t0: PyObject;
    {
      let bc: PyObject;
      bc = rt.loadBuildClass(frame);
      _t0 = bc;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_RETURN_GENERATOR(frame: Frame, imm0: number): boolean {
  let result: boolean = false;
  op_RETURN_GENERATOR: {
    // RETURN_GENERATOR
    {
      throw new Error("suspend is not executed by the tracing tiers");
      throw new Error("return is not executed by the tracing tiers");
    }
  }

  return result;
}

function cold_YIELD(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_YIELD: {
    // YIELD
    {
      const base = sp - 1;
      const value = stack[base + 0] as PyObject;
      sp = base;
      throw new Error("yield is not executed by the tracing tiers");
      sp = base + 0;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_BUILD_TUPLE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_BUILD_TUPLE: {
    // BUILD_TUPLE(n=imm0)
    {
      const n = imm0;
      const base = sp - n;
      const items = stack.slice(base + 0, base + 0 + n) as PyObject[];
      sp = base;
      let res: PyObject;
      res = new rt.PyTuple(items);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_BUILD_LIST(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_BUILD_LIST: {
    // BUILD_LIST(n=imm0)
    {
      const n = imm0;
      const base = sp - n;
      const items = stack.slice(base + 0, base + 0 + n) as PyObject[];
      sp = base;
      let res: PyObject;
      res = new rt.PyList(items);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_BUILD_SET(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_BUILD_SET: {
    // BUILD_SET(n=imm0)
    {
      const n = imm0;
      const base = sp - n;
      const items = stack.slice(base + 0, base + 0 + n) as PyObject[];
      sp = base;
      let res: PyObject;
      res = rt.buildSet(items);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_BUILD_MAP(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_BUILD_MAP: {
    // BUILD_MAP(n=imm0)
    {
      const n = imm0;
      const base = sp - n * 2;
      const items = stack.slice(base + 0, base + 0 + n * 2) as PyObject[];
      sp = base;
      let res: PyObject;
      res = rt.buildMap(items);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_BUILD_CONST_KEY_MAP(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_BUILD_CONST_KEY_MAP: {
    // BUILD_CONST_KEY_MAP(n=imm0)
    {
      const n = imm0;
      const base = sp - (1 + n);
      const values = stack.slice(base + 0, base + 0 + n) as PyObject[];
      const keys = stack[base + n] as PyObject;
      sp = base;
      let res: PyObject;
      res = rt.buildConstKeyMap(values, keys);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_BUILD_SLICE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_BUILD_SLICE: {
    // BUILD_SLICE(n=imm0)
    {
      const n = imm0;
      const base = sp - n;
      const items = stack.slice(base + 0, base + 0 + n) as PyObject[];
      sp = base;
      let res: PyObject;
      res = rt.buildSlice(items);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_BUILD_STRING(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_BUILD_STRING: {
    // BUILD_STRING(n=imm0)
    {
      const n = imm0;
      const base = sp - n;
      const pieces = stack.slice(base + 0, base + 0 + n) as PyObject[];
      sp = base;
      let res: PyObject;
      res = rt.buildString(pieces);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_LIST_TO_TUPLE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_LIST_TO_TUPLE: {
    // LIST_TO_TUPLE
    let _t0: PyObject;
    {
      const list = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = new rt.PyTuple((list as PyList).items);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_SET_ADD(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_SET_ADD: {
    // SET_ADD(n=imm0)
    {
      const n = imm0;
      const base = sp - (2 + (n - 1));
      const set = stack[base + 0] as PyObject;
      const value = stack[base + 1 + (n - 1)] as PyObject;
      sp = base;
      rt.setAdd(set as never, value);
      sp = base + 1 + (n - 1);
    }
  }
  frame.sp = sp;
  return result;
}

function cold_MAP_ADD(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_MAP_ADD: {
    // MAP_ADD(n=imm0)
    {
      const n = imm0;
      const base = sp - (3 + (n - 1));
      const dict = stack[base + 0] as PyObject;
      const key = stack[base + 1 + (n - 1)] as PyObject;
      const value = stack[base + 2 + (n - 1)] as PyObject;
      sp = base;
      rt.dictSet(dict as PyDict, key, value);
      sp = base + 1 + (n - 1);
    }
  }
  frame.sp = sp;
  return result;
}

function cold_LIST_EXTEND(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_LIST_EXTEND: {
    // LIST_EXTEND(n=imm0)
    {
      const n = imm0;
      const base = sp - (2 + (n - 1));
      const list = stack[base + 0] as PyObject;
      const iterable = stack[base + 1 + (n - 1)] as PyObject;
      sp = base;
      rt.listExtend(list, iterable);
      sp = base + 1 + (n - 1);
    }
  }
  frame.sp = sp;
  return result;
}

function cold_SET_UPDATE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_SET_UPDATE: {
    // SET_UPDATE(n=imm0)
    {
      const n = imm0;
      const base = sp - (2 + (n - 1));
      const set = stack[base + 0] as PyObject;
      const iterable = stack[base + 1 + (n - 1)] as PyObject;
      sp = base;
      rt.setUpdate(set, iterable);
      sp = base + 1 + (n - 1);
    }
  }
  frame.sp = sp;
  return result;
}

function cold_DICT_UPDATE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_DICT_UPDATE: {
    // DICT_UPDATE(n=imm0)
    {
      const n = imm0;
      const base = sp - (2 + (n - 1));
      const dict = stack[base + 0] as PyObject;
      const update = stack[base + 1 + (n - 1)] as PyObject;
      sp = base;
      rt.dictUpdate(dict, update);
      sp = base + 1 + (n - 1);
    }
  }
  frame.sp = sp;
  return result;
}

function cold_DICT_MERGE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_DICT_MERGE: {
    // DICT_MERGE(n=imm0)
    {
      const n = imm0;
      const base = sp - (4 + (n - 1));
      const func = stack[base + 0];
      const unused1 = stack[base + 1] as PyObject;
      const dict = stack[base + 2] as PyObject;
      const update = stack[base + 3 + (n - 1)] as PyObject;
      sp = base;
      rt.dictMerge(dict, update, func);
      sp = base + 3 + (n - 1);
    }
  }
  frame.sp = sp;
  return result;
}

function cold_UNPACK_SEQUENCE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_UNPACK_SEQUENCE: {
    // UNPACK_SEQUENCE(n=imm0)
    {
      const n = imm0;
      const base = sp - 1;
      const seq = stack[base + 0] as PyObject;
      sp = base;
      let values: PyObject[];
      values = rt.unpackSequence(seq, n);
      for (let _i = 0; _i < n; _i++) stack[base + 0 + _i] = values[_i];
      sp = base + n;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_FORMAT_VALUE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_FORMAT_VALUE: {
    // FORMAT_VALUE(flags=imm0)
    {
      const flags = imm0;
      const base = sp - (1 + ((flags & 4) >> 2));
      const value = stack[base + 0] as PyObject;
      const spec = stack.slice(base + 1, base + 1 + ((flags & 4) >> 2)) as PyObject[];
      sp = base;
      let res: PyObject;
      res = rt.formatValue(value, flags, flags & 4 ? spec[0] : undefined);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_GET_YIELD_FROM_ITER(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_GET_YIELD_FROM_ITER: {
    // GET_YIELD_FROM_ITER
    let _t0: PyObject;
    {
      const iterable = stack[sp - 1] as PyObject;
      sp -= 1;
      let iter: PyObject;
      iter = rt.getYieldFromIter(iterable);
      _t0 = iter;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_SEND_TO(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_SEND_TO: {
    let _c0: boolean;
    // SEND_TO
    let _t1: PyObject;
    let _t2: PyObject;
    {
      const receiver = stack[sp - 2] as PyObject;
      const v = stack[sp - 1] as PyObject;
      sp -= 2;
      let retval: PyObject;
      let cond: boolean;
      const [done, value] = rt.send(receiver, v);
      cond = !done;
      retval = value;
      _t1 = receiver;
      _t2 = retval;
      _c0 = cond;
    }
    result = _c0;
    stack[sp] = _t1;
    stack[sp + 1] = _t2;
    sp += 2;
  }
  frame.sp = sp;
  return result;
}

function cold_PUSH_EXC_INFO(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_PUSH_EXC_INFO: {
    // PUSH_EXC_INFO
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let prev: PyObject;
      prev = rt.state.excValue;
      rt.state.excValue = value;
      _t0 = prev;
      _t1 = value;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
  return result;
}

function cold_POP_EXCEPT(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_POP_EXCEPT: {
    // POP_EXCEPT
    {
      const exc_value = stack[sp - 1] as PyObject;
      sp -= 1;
      rt.state.excValue = exc_value;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_CHECK_EXC_MATCH(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_CHECK_EXC_MATCH: {
    // CHECK_EXC_MATCH
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const left = stack[sp - 2] as PyObject;
      const right = stack[sp - 1] as PyObject;
      sp -= 2;
      let res: PyObject;
      res = rt.checkExcMatch(left, right);
      _t0 = left;
      _t1 = res;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
  return result;
}

function cold_RAISE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_RAISE: {
    // RAISE(n=imm0)
    {
      const n = imm0;
      const base = sp - n;
      const items = stack.slice(base + 0, base + 0 + n) as PyObject[];
      sp = base;
      rt.raiseVarargs(items);
      sp = base + 0;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_RERAISE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_RERAISE: {
    // RERAISE(n=imm0)
    {
      const n = imm0;
      const base = sp - (1 + n);
      const below = stack.slice(base + 0, base + 0 + n) as PyObject[];
      const exc = stack[base + n] as PyObject;
      sp = base;
      if (n) frame.lasti = below[0] as number;
      throw rt.reraise(exc);
      sp = base + 0;
    }
  }
  frame.sp = sp;
  return result;
}

function cold_LOAD_ASSERTION_ERROR(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_LOAD_ASSERTION_ERROR: {
    // LOAD_ASSERTION_ERROR
    let _t0: PyObject;
    {
      let value: PyObject;
      value = rt.assertionError();
      _t0 = value;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_BEFORE_WITH(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_BEFORE_WITH: {
    // BEFORE_WITH
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const mgr = stack[sp - 1] as PyObject;
      sp -= 1;
      let exit: PyObject;
      let res: PyObject;
      [exit, res] = rt.beforeWith(mgr);
      _t0 = exit;
      _t1 = res;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
  return result;
}

function cold_WITH_EXCEPT_START(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_WITH_EXCEPT_START: {
    // WITH_EXCEPT_START
    let _t0: PyObject;
    let _t1: PyObject;
    let _t2: PyObject;
    let _t3: PyObject;
    let _t4: PyObject;
    {
      const exit_func = stack[sp - 4] as PyObject;
      const exc_lasti = stack[sp - 3] as PyObject;
      const prev_exc = stack[sp - 2] as PyObject;
      const val = stack[sp - 1] as PyObject;
      sp -= 4;
      let res: PyObject;
      res = rt.withExceptStart(exit_func, val);
      _t0 = exit_func;
      _t1 = exc_lasti;
      _t2 = prev_exc;
      _t3 = val;
      _t4 = res;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    stack[sp + 2] = _t2;
    stack[sp + 3] = _t3;
    stack[sp + 4] = _t4;
    sp += 5;
  }
  frame.sp = sp;
  return result;
}

function cold_IMPORT_NAME(frame: Frame, imm0: number): boolean {
  const code: PyCode = frame.code;
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_IMPORT_NAME: {
    // IMPORT_NAME(name=imm0)
    let _t0: PyObject;
    {
      const name = imm0;
      const level = stack[sp - 2] as PyObject;
      const fromlist = stack[sp - 1] as PyObject;
      sp -= 2;
      let res: PyObject;
      res = rt.importNameOp(frame, code.names[name], fromlist, level);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_IMPORT_FROM(frame: Frame, imm0: number): boolean {
  const code: PyCode = frame.code;
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_IMPORT_FROM: {
    // IMPORT_FROM(name=imm0)
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const name = imm0;
      const module = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = rt.importFromOp(module, code.names[name]);
      _t0 = module;
      _t1 = res;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
  return result;
}

function cold_IMPORT_STAR(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_IMPORT_STAR: {
    // IMPORT_STAR
    {
      const module = stack[sp - 1] as PyObject;
      sp -= 1;
      rt.importStar(frame, module);
    }
  }
  frame.sp = sp;
  return result;
}

function cold_SETUP_ANNOTATIONS(frame: Frame, imm0: number): boolean {
  let result: boolean = false;
  op_SETUP_ANNOTATIONS: {
    // SETUP_ANNOTATIONS
    {
      rt.setupAnnotations(frame);
    }
  }

  return result;
}

function cold_PRINT_EXPR(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_PRINT_EXPR: {
    // PRINT_EXPR
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      rt.printExpr(value);
    }
  }
  frame.sp = sp;
  return result;
}

function cold_MATCH_MAPPING(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_MATCH_MAPPING: {
    // MATCH_MAPPING
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const subject = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = rt.match.matchMapping(subject);
      _t0 = subject;
      _t1 = res;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
  return result;
}

function cold_MATCH_SEQUENCE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_MATCH_SEQUENCE: {
    // MATCH_SEQUENCE
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const subject = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = rt.match.matchSequence(subject);
      _t0 = subject;
      _t1 = res;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
  return result;
}

function cold_MATCH_KEYS(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_MATCH_KEYS: {
    // MATCH_KEYS
    let _t0: PyObject;
    let _t1: PyObject;
    let _t2: PyObject;
    {
      const subject = stack[sp - 2] as PyObject;
      const keys = stack[sp - 1] as PyObject;
      sp -= 2;
      let values: PyObject;
      values = rt.match.matchKeys(subject, keys);
      _t0 = subject;
      _t1 = keys;
      _t2 = values;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    stack[sp + 2] = _t2;
    sp += 3;
  }
  frame.sp = sp;
  return result;
}

function cold_MATCH_CLASS(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_MATCH_CLASS: {
    // MATCH_CLASS(n=imm0)
    let _t0: PyObject;
    {
      const n = imm0;
      const subject = stack[sp - 3] as PyObject;
      const cls = stack[sp - 2] as PyObject;
      const names = stack[sp - 1] as PyObject;
      sp -= 3;
      let attrs: PyObject;
      attrs = rt.match.matchClass(subject, cls, names, n);
      _t0 = attrs;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_CHECK_EG_MATCH(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_CHECK_EG_MATCH: {
    // CHECK_EG_MATCH
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const exc_value = stack[sp - 2] as PyObject;
      const match_type = stack[sp - 1] as PyObject;
      sp -= 2;
      let rest: PyObject;
      let match: PyObject;
      [rest, match] = rt.exceptStarMatch(exc_value, match_type);
      if (match !== rt.None) rt.state.excValue = match;
      _t0 = rest;
      _t1 = match;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
  return result;
}

function cold_PREP_RERAISE_STAR(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_PREP_RERAISE_STAR: {
    // PREP_RERAISE_STAR
    let _t0: PyObject;
    {
      const orig = stack[sp - 2] as PyObject;
      const excs = stack[sp - 1] as PyObject;
      sp -= 2;
      let res: PyObject;
      res = rt.prepReraiseStar(orig, excs);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_GET_AWAITABLE(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_GET_AWAITABLE: {
    // GET_AWAITABLE(where=imm0)
    let _t0: PyObject;
    {
      const where = imm0;
      const iterable = stack[sp - 1] as PyObject;
      sp -= 1;
      let iter: PyObject;
      iter = rt.co.getAwaitable(iterable, where);
      _t0 = iter;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_GET_AITER(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_GET_AITER: {
    // GET_AITER
    let _t0: PyObject;
    {
      const obj = stack[sp - 1] as PyObject;
      sp -= 1;
      let iter: PyObject;
      iter = rt.co.getAIter(obj);
      _t0 = iter;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function cold_GET_ANEXT(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_GET_ANEXT: {
    // GET_ANEXT
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const aiter = stack[sp - 1] as PyObject;
      sp -= 1;
      let awaitable: PyObject;
      awaitable = rt.co.getANext(aiter);
      _t0 = aiter;
      _t1 = awaitable;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
  return result;
}

function cold_END_ASYNC_FOR(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_END_ASYNC_FOR: {
    // END_ASYNC_FOR
    {
      const aiter = stack[sp - 2] as PyObject;
      const exc = stack[sp - 1] as PyObject;
      sp -= 2;
      rt.co.endAsyncFor(exc);
    }
  }
  frame.sp = sp;
  return result;
}

function cold_BEFORE_ASYNC_WITH(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_BEFORE_ASYNC_WITH: {
    // BEFORE_ASYNC_WITH
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const mgr = stack[sp - 1] as PyObject;
      sp -= 1;
      let exit: PyObject;
      let res: PyObject;
      [exit, res] = rt.co.beforeAsyncWith(mgr);
      _t0 = exit;
      _t1 = res;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
  return result;
}

function cold_ASYNC_GEN_WRAP(frame: Frame, imm0: number): boolean {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  let result: boolean = false;
  op_ASYNC_GEN_WRAP: {
    // ASYNC_GEN_WRAP
    let _t0: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = rt.co.asyncGenWrap(value);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
  return result;
}

function coldUnknown(frame: Frame, imm0: number): boolean {
  throw new Error(`unknown thin op`);
}

/** Per thin op id, its cold op function (coldUnknown for the hot ones, which are cases). */
const THIN_COLD: ((frame: Frame, imm0: number) => boolean)[] = [];
for (let n = 0; n < THIN_NAMES.length; n++) THIN_COLD.push(coldUnknown);
THIN_COLD[2] = cold_DROP_UNDER;
THIN_COLD[9] = cold_DELETE_FAST;
THIN_COLD[10] = cold_MAKE_CELL;
THIN_COLD[11] = cold_LOAD_CELL;
THIN_COLD[13] = cold_STORE_DEREF;
THIN_COLD[14] = cold_DELETE_DEREF;
THIN_COLD[15] = cold_LOAD_CLASSDEREF;
THIN_COLD[16] = cold_COPY_FREE_VARS;
THIN_COLD[19] = cold_LOAD_MODULE_ATTR_CACHED;
THIN_COLD[21] = cold_DELETE_GLOBAL;
THIN_COLD[22] = cold_LOAD_NAME;
THIN_COLD[23] = cold_STORE_NAME;
THIN_COLD[24] = cold_DELETE_NAME;
THIN_COLD[27] = cold_RETURN;
THIN_COLD[29] = cold_IS_TRUE_KEEP;
THIN_COLD[32] = cold_UNARY_POSITIVE;
THIN_COLD[33] = cold_UNARY_NEGATIVE;
THIN_COLD[34] = cold_UNARY_INVERT;
THIN_COLD[35] = cold_UNARY_NOT;
THIN_COLD[36] = cold_BOOL_NOT;
THIN_COLD[41] = cold_INT_ADD;
THIN_COLD[42] = cold_INT_SUB;
THIN_COLD[48] = cold_INT_BINARY;
THIN_COLD[54] = cold_INT_FLOAT_BINARY;
THIN_COLD[55] = cold_INT_FLOAT_ARITH;
THIN_COLD[58] = cold_FLOAT_COMPARE;
THIN_COLD[59] = cold_FLOAT_INT_COMPARE;
THIN_COLD[60] = cold_INT_FLOAT_COMPARE;
THIN_COLD[64] = cold_IS;
THIN_COLD[65] = cold_IS_TEST;
THIN_COLD[81] = cold_DELETE_SUBSCR;
THIN_COLD[82] = cold_GET_LEN;
THIN_COLD[84] = cold_STORE_ATTR;
THIN_COLD[85] = cold_INSTANCE_ATTR;
THIN_COLD[88] = cold_DELETE_ATTR;
THIN_COLD[90] = cold_KW_NAMES;
THIN_COLD[92] = cold_CALL_FUNCTION_EX;
THIN_COLD[97] = cold_CALL_LEN_TUPLE;
THIN_COLD[98] = cold_CALL_LEN_STR;
THIN_COLD[99] = cold_MAKE_FUNCTION;
THIN_COLD[100] = cold_LOAD_BUILD_CLASS;
THIN_COLD[101] = cold_RETURN_GENERATOR;
THIN_COLD[102] = cold_YIELD;
THIN_COLD[103] = cold_BUILD_TUPLE;
THIN_COLD[104] = cold_BUILD_LIST;
THIN_COLD[105] = cold_BUILD_SET;
THIN_COLD[106] = cold_BUILD_MAP;
THIN_COLD[107] = cold_BUILD_CONST_KEY_MAP;
THIN_COLD[108] = cold_BUILD_SLICE;
THIN_COLD[109] = cold_BUILD_STRING;
THIN_COLD[110] = cold_LIST_TO_TUPLE;
THIN_COLD[112] = cold_SET_ADD;
THIN_COLD[113] = cold_MAP_ADD;
THIN_COLD[114] = cold_LIST_EXTEND;
THIN_COLD[115] = cold_SET_UPDATE;
THIN_COLD[116] = cold_DICT_UPDATE;
THIN_COLD[117] = cold_DICT_MERGE;
THIN_COLD[120] = cold_UNPACK_SEQUENCE;
THIN_COLD[122] = cold_FORMAT_VALUE;
THIN_COLD[124] = cold_GET_YIELD_FROM_ITER;
THIN_COLD[130] = cold_SEND_TO;
THIN_COLD[131] = cold_PUSH_EXC_INFO;
THIN_COLD[132] = cold_POP_EXCEPT;
THIN_COLD[133] = cold_CHECK_EXC_MATCH;
THIN_COLD[134] = cold_RAISE;
THIN_COLD[135] = cold_RERAISE;
THIN_COLD[136] = cold_LOAD_ASSERTION_ERROR;
THIN_COLD[137] = cold_BEFORE_WITH;
THIN_COLD[138] = cold_WITH_EXCEPT_START;
THIN_COLD[139] = cold_IMPORT_NAME;
THIN_COLD[140] = cold_IMPORT_FROM;
THIN_COLD[141] = cold_IMPORT_STAR;
THIN_COLD[142] = cold_SETUP_ANNOTATIONS;
THIN_COLD[143] = cold_PRINT_EXPR;
THIN_COLD[144] = cold_MATCH_MAPPING;
THIN_COLD[145] = cold_MATCH_SEQUENCE;
THIN_COLD[146] = cold_MATCH_KEYS;
THIN_COLD[147] = cold_MATCH_CLASS;
THIN_COLD[148] = cold_CHECK_EG_MATCH;
THIN_COLD[149] = cold_PREP_RERAISE_STAR;
THIN_COLD[150] = cold_GET_AWAITABLE;
THIN_COLD[151] = cold_GET_AITER;
THIN_COLD[152] = cold_GET_ANEXT;
THIN_COLD[153] = cold_END_ASYNC_FOR;
THIN_COLD[154] = cold_BEFORE_ASYNC_WITH;
THIN_COLD[155] = cold_ASYNC_GEN_WRAP;

/** Executes thin op `id` on `frame` (stack at frame.sp); returns a predicate's condition.
 *  A jump sets frame.ip. */
export function execThin(frame: Frame, id: Thin, imm0: number): boolean {
  const code: PyCode = frame.code;
  const stack: Slot[] = frame.stack;
  const locals = frame.localsplus;
  let sp = frame.sp;
  let ip = frame.ip;
  let result = false;
  switch (id) {
    case Thin.POP:
      op_POP: {
        // POP
        {
          const value = stack[sp - 1] as PyObject;
          sp -= 1;
        }
      }
      break;
    case Thin.PUSH_NULL:
      op_PUSH_NULL: {
        // PUSH_NULL
        let _t0: Slot;
        {
          let res: Slot;
          res = null;
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.COPY:
      op_COPY: {
        // COPY(n=imm0)
        {
          const n = imm0;
          const base = sp - (1 + (n - 1));
          const bottom = stack[base + 0] as PyObject;
          sp = base;
          let top: PyObject;
          top = bottom;
          stack[base + 1 + (n - 1)] = top;
          sp = base + 2 + (n - 1);
        }
      }
      break;
    case Thin.SWAP:
      op_SWAP: {
        // SWAP(n=imm0)
        {
          const n = imm0;
          const base = sp - (2 + (n - 2));
          const bottom = stack[base + 0];
          const top = stack[base + 1 + (n - 2)];
          sp = base;
          stack[base + 0] = top;
          stack[base + 1 + (n - 2)] = bottom;
          sp = base + 2 + (n - 2);
        }
      }
      break;
    case Thin.LOAD_CONST:
      op_LOAD_CONST: {
        // LOAD_CONST(index=imm0)
        let _t0: PyObject;
        {
          const index = imm0;
          let value: PyObject;
          value = code.consts[index];
          _t0 = value;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.LOAD_FAST:
      op_LOAD_FAST: {
        // LOAD_FAST(index=imm0)
        let _t0: PyObject;
        {
          const index = imm0;
          let value: PyObject;
          const v = locals[index];
          if (v === undefined) throw rt.unboundLocal(code, index);
          value = v;
          _t0 = value;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.LOAD_FAST_BOUND:
      op_LOAD_FAST_BOUND: {
        // LOAD_FAST_BOUND(index=imm0)
        let _t0: PyObject;
        {
          const index = imm0;
          let value: PyObject;
          value = locals[index] as PyObject;
          _t0 = value;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.STORE_FAST:
      op_STORE_FAST: {
        // STORE_FAST(index=imm0)
        {
          const index = imm0;
          const value = stack[sp - 1] as PyObject;
          sp -= 1;
          locals[index] = value;
        }
      }
      break;
    case Thin.LOAD_DEREF:
      op_LOAD_DEREF: {
        // LOAD_DEREF(index=imm0)
        let _t0: PyObject;
        {
          const index = imm0;
          let value: PyObject;
          const v = (locals[index] as PyCell).value;
          if (v === undefined) throw rt.unboundFree(code, index);
          value = v;
          _t0 = value;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.LOAD_GLOBAL:
      op_LOAD_GLOBAL: {
        // LOAD_GLOBAL(name=imm0)
        let _t0: PyObject;
        {
          const name = imm0;
          let value: PyObject;
          value = rt.loadGlobal(frame, code.names[name]);
          _t0 = value;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.LOAD_GLOBAL_CACHED:
      op_LOAD_GLOBAL_CACHED: {
        let _c0: boolean;
        // LOAD_GLOBAL_CACHED(entry=imm0)
        let _t1: PyObject;
        {
          const entry = imm0;
          let value: PyObject;
          let cond: boolean;
          const v = rt.cachedGlobal(frame.globals, frame.builtins, entry);
          cond = v !== undefined;
          value = v as PyObject;
          _t1 = value;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        sp += 1;
      }
      break;
    case Thin.STORE_GLOBAL:
      op_STORE_GLOBAL: {
        // STORE_GLOBAL(name=imm0)
        {
          const name = imm0;
          const value = stack[sp - 1] as PyObject;
          sp -= 1;
          rt.dictSet(frame.globals, code.names[name], value);
        }
      }
      break;
    case Thin.JUMP:
      op_JUMP: {
        // JUMP(target=imm0)
        {
          const target = imm0;
          {
            ip = target;
            break op_JUMP;
          }
        }
      }
      break;
    case Thin.LOOP_BACK:
      op_LOOP_BACK: {
        // LOOP_BACK(target=imm0)
        {
          const target = imm0;
          {
            ip = target;
            break op_LOOP_BACK;
          }
        }
      }
      break;
    case Thin.IS_TRUE:
      op_IS_TRUE: {
        let _c0: boolean;
        // IS_TRUE
        {
          const value = stack[sp - 1] as PyObject;
          sp -= 1;
          let cond: boolean;
          cond = value === true || (value !== false && rt.isTrue(value));
          _c0 = cond;
        }
        result = _c0;
      }
      break;
    case Thin.BOOL_IS_TRUE:
      op_BOOL_IS_TRUE: {
        let _c0: boolean;
        // BOOL_IS_TRUE
        {
          const value = stack[sp - 1] as boolean;
          sp -= 1;
          let cond: boolean;
          cond = value;
          _c0 = cond;
        }
        result = _c0;
      }
      break;
    case Thin.IS_NONE:
      op_IS_NONE: {
        let _c0: boolean;
        // IS_NONE
        {
          const value = stack[sp - 1] as PyObject;
          sp -= 1;
          let cond: boolean;
          cond = value === rt.None;
          _c0 = cond;
        }
        result = _c0;
      }
      break;
    case Thin.BOTH_SMALL_INT:
      op_BOTH_SMALL_INT: {
        let _c0: boolean;
        // BOTH_SMALL_INT
        let _t1: PyObject;
        let _t2: PyObject;
        {
          const lhs = stack[sp - 2] as PyObject;
          const rhs = stack[sp - 1] as PyObject;
          sp -= 2;
          let cond: boolean;
          cond = typeof lhs === "number" && typeof rhs === "number";
          _t1 = lhs;
          _t2 = rhs;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        stack[sp + 1] = _t2;
        sp += 2;
      }
      break;
    case Thin.BOTH_FLOAT:
      op_BOTH_FLOAT: {
        let _c0: boolean;
        // BOTH_FLOAT
        let _t1: PyObject;
        let _t2: PyObject;
        {
          const lhs = stack[sp - 2] as PyObject;
          const rhs = stack[sp - 1] as PyObject;
          sp -= 2;
          let cond: boolean;
          cond = lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat;
          _t1 = lhs;
          _t2 = rhs;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        stack[sp + 1] = _t2;
        sp += 2;
      }
      break;
    case Thin.FLOAT_SMALL_INT:
      op_FLOAT_SMALL_INT: {
        let _c0: boolean;
        // FLOAT_SMALL_INT
        let _t1: PyObject;
        let _t2: PyObject;
        {
          const lhs = stack[sp - 2] as PyObject;
          const rhs = stack[sp - 1] as PyObject;
          sp -= 2;
          let cond: boolean;
          cond = lhs instanceof rt.PyFloat && typeof rhs === "number";
          _t1 = lhs;
          _t2 = rhs;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        stack[sp + 1] = _t2;
        sp += 2;
      }
      break;
    case Thin.SMALL_INT_FLOAT:
      op_SMALL_INT_FLOAT: {
        let _c0: boolean;
        // SMALL_INT_FLOAT
        let _t1: PyObject;
        let _t2: PyObject;
        {
          const lhs = stack[sp - 2] as PyObject;
          const rhs = stack[sp - 1] as PyObject;
          sp -= 2;
          let cond: boolean;
          cond = typeof lhs === "number" && rhs instanceof rt.PyFloat;
          _t1 = lhs;
          _t2 = rhs;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        stack[sp + 1] = _t2;
        sp += 2;
      }
      break;
    case Thin.INT_MUL:
      op_INT_MUL: {
        // INT_MUL
        let _t0: PyObject;
        {
          const lhs = stack[sp - 2] as number;
          const rhs = stack[sp - 1] as number;
          sp -= 2;
          let res: PyObject;
          const r = lhs * rhs;
          res = Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : rt.O.intBinary(lhs, rhs, 5);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.INT_ADD_SMALL:
      op_INT_ADD_SMALL: {
        let _c0: boolean;
        // INT_ADD_SMALL
        let _t1: PyObject;
        {
          const lhs = stack[sp - 2] as number;
          const rhs = stack[sp - 1] as number;
          sp -= 2;
          let res: PyObject;
          let cond: boolean;
          const r = lhs + rhs;
          cond = Number.isSafeInteger(r);
          res = cond ? r : rt.O.intBinary(lhs, rhs, 0);
          _t1 = res;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        sp += 1;
      }
      break;
    case Thin.INT_SUB_SMALL:
      op_INT_SUB_SMALL: {
        let _c0: boolean;
        // INT_SUB_SMALL
        let _t1: PyObject;
        {
          const lhs = stack[sp - 2] as number;
          const rhs = stack[sp - 1] as number;
          sp -= 2;
          let res: PyObject;
          let cond: boolean;
          const r = lhs - rhs;
          cond = Number.isSafeInteger(r);
          res = cond ? r : rt.O.intBinary(lhs, rhs, 10);
          _t1 = res;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        sp += 1;
      }
      break;
    case Thin.INT_MUL_SMALL:
      op_INT_MUL_SMALL: {
        let _c0: boolean;
        // INT_MUL_SMALL
        let _t1: PyObject;
        {
          const lhs = stack[sp - 2] as number;
          const rhs = stack[sp - 1] as number;
          sp -= 2;
          let res: PyObject;
          let cond: boolean;
          const r = lhs * rhs;
          cond = Number.isSafeInteger(r);
          res = cond ? (r === 0 ? 0 : r) : rt.O.intBinary(lhs, rhs, 5);
          _t1 = res;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        sp += 1;
      }
      break;
    case Thin.INT_BINARY_SMALL:
      op_INT_BINARY_SMALL: {
        let _c0: boolean;
        // INT_BINARY_SMALL(op=imm0)
        let _t1: PyObject;
        {
          const op = imm0;
          const lhs = stack[sp - 2] as number;
          const rhs = stack[sp - 1] as number;
          sp -= 2;
          let res: PyObject;
          let cond: boolean;
          res = rt.O.intBinary(lhs, rhs, op);
          cond = typeof res === "number";
          _t1 = res;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        sp += 1;
      }
      break;
    case Thin.FLOAT_ADD:
      op_FLOAT_ADD: {
        // FLOAT_ADD
        let _t0: PyObject;
        {
          const lhs = stack[sp - 2] as PyFloat;
          const rhs = stack[sp - 1] as PyFloat;
          sp -= 2;
          let res: PyObject;
          res = new rt.PyFloat(lhs.value + rhs.value);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.FLOAT_SUB:
      op_FLOAT_SUB: {
        // FLOAT_SUB
        let _t0: PyObject;
        {
          const lhs = stack[sp - 2] as PyFloat;
          const rhs = stack[sp - 1] as PyFloat;
          sp -= 2;
          let res: PyObject;
          res = new rt.PyFloat(lhs.value - rhs.value);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.FLOAT_MUL:
      op_FLOAT_MUL: {
        // FLOAT_MUL
        let _t0: PyObject;
        {
          const lhs = stack[sp - 2] as PyFloat;
          const rhs = stack[sp - 1] as PyFloat;
          sp -= 2;
          let res: PyObject;
          res = new rt.PyFloat(lhs.value * rhs.value);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.FLOAT_BINARY:
      op_FLOAT_BINARY: {
        // FLOAT_BINARY(op=imm0)
        let _t0: PyObject;
        {
          const op = imm0;
          const lhs = stack[sp - 2] as PyFloat;
          const rhs = stack[sp - 1] as PyFloat;
          sp -= 2;
          let res: PyObject;
          res = rt.O.floatBinary(lhs.value, rhs.value, op);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.FLOAT_INT_BINARY:
      op_FLOAT_INT_BINARY: {
        // FLOAT_INT_BINARY(op=imm0)
        let _t0: PyObject;
        {
          const op = imm0;
          const lhs = stack[sp - 2] as PyFloat;
          const rhs = stack[sp - 1] as number;
          sp -= 2;
          let res: PyObject;
          res = rt.O.floatMixedBinary(lhs, rhs, lhs.value, rhs, op);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.BINARY_GENERIC:
      op_BINARY_GENERIC: {
        // BINARY_GENERIC(op=imm0)
        let _t0: PyObject;
        {
          const op = imm0;
          const lhs = stack[sp - 2] as PyObject;
          const rhs = stack[sp - 1] as PyObject;
          sp -= 2;
          let res: PyObject;
          res = rt.binaryOp(lhs, rhs, op);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.INT_COMPARE:
      op_INT_COMPARE: {
        // INT_COMPARE(op=imm0)
        let _t0: PyObject;
        {
          const op = imm0;
          const lhs = stack[sp - 2] as number;
          const rhs = stack[sp - 1] as number;
          sp -= 2;
          let res: PyObject;
          res = rt.numberCompare(lhs, rhs, op);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.INT_COMPARE_TEST:
      op_INT_COMPARE_TEST: {
        let _c0: boolean;
        // INT_COMPARE_TEST(op=imm0)
        {
          const op = imm0;
          const lhs = stack[sp - 2] as number;
          const rhs = stack[sp - 1] as number;
          sp -= 2;
          let cond: boolean;
          cond = rt.numberCompare(lhs, rhs, op);
          _c0 = cond;
        }
        result = _c0;
      }
      break;
    case Thin.FLOAT_COMPARE_TEST:
      op_FLOAT_COMPARE_TEST: {
        let _c0: boolean;
        // FLOAT_COMPARE_TEST(op=imm0)
        {
          const op = imm0;
          const lhs = stack[sp - 2] as PyFloat;
          const rhs = stack[sp - 1] as PyFloat;
          sp -= 2;
          let cond: boolean;
          cond = rt.numberCompare(lhs.value, rhs.value, op);
          _c0 = cond;
        }
        result = _c0;
      }
      break;
    case Thin.COMPARE_GENERIC:
      op_COMPARE_GENERIC: {
        // COMPARE_GENERIC(op=imm0)
        let _t0: PyObject;
        {
          const op = imm0;
          const lhs = stack[sp - 2] as PyObject;
          const rhs = stack[sp - 1] as PyObject;
          sp -= 2;
          let res: PyObject;
          res = rt.compare(lhs, rhs, op);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.CONTAINS:
      op_CONTAINS: {
        // CONTAINS(invert=imm0)
        let _t0: PyObject;
        {
          const invert = imm0;
          const lhs = stack[sp - 2] as PyObject;
          const rhs = stack[sp - 1] as PyObject;
          sp -= 2;
          let res: PyObject;
          res = rt.containsOp(lhs, rhs) !== (invert === 1);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.LIST_INT_INDEX:
      op_LIST_INT_INDEX: {
        let _c0: boolean;
        // LIST_INT_INDEX
        let _t1: PyObject;
        let _t2: PyObject;
        {
          const container = stack[sp - 2] as PyObject;
          const sub = stack[sp - 1] as PyObject;
          sp -= 2;
          let cond: boolean;
          cond = container instanceof rt.PyList && container.cls === rt.listType && typeof sub === "number";
          _t1 = container;
          _t2 = sub;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        stack[sp + 1] = _t2;
        sp += 2;
      }
      break;
    case Thin.LIST_INT_STORE:
      op_LIST_INT_STORE: {
        let _c0: boolean;
        // LIST_INT_STORE
        let _t1: PyObject;
        let _t2: PyObject;
        let _t3: PyObject;
        {
          const value = stack[sp - 3] as PyObject;
          const container = stack[sp - 2] as PyObject;
          const sub = stack[sp - 1] as PyObject;
          sp -= 3;
          let cond: boolean;
          cond = container instanceof rt.PyList && container.cls === rt.listType && typeof sub === "number";
          _t1 = value;
          _t2 = container;
          _t3 = sub;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        stack[sp + 1] = _t2;
        stack[sp + 2] = _t3;
        sp += 3;
      }
      break;
    case Thin.LIST_SETITEM:
      op_LIST_SETITEM: {
        sp = thin_LIST_SETITEM(stack, sp);
      }
      break;
    case Thin.LIST_GETITEM:
      op_LIST_GETITEM: {
        sp = thin_LIST_GETITEM(stack, sp);
      }
      break;
    case Thin.TUPLE_INT_INDEX:
      op_TUPLE_INT_INDEX: {
        let _c0: boolean;
        // TUPLE_INT_INDEX
        let _t1: PyObject;
        let _t2: PyObject;
        {
          const container = stack[sp - 2] as PyObject;
          const sub = stack[sp - 1] as PyObject;
          sp -= 2;
          let cond: boolean;
          cond = container instanceof rt.PyTuple && container.cls === rt.tupleType && typeof sub === "number";
          _t1 = container;
          _t2 = sub;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        stack[sp + 1] = _t2;
        sp += 2;
      }
      break;
    case Thin.TUPLE_GETITEM:
      op_TUPLE_GETITEM: {
        sp = thin_TUPLE_GETITEM(stack, sp);
      }
      break;
    case Thin.DICT_INDEX:
      op_DICT_INDEX: {
        let _c0: boolean;
        // DICT_INDEX
        let _t1: PyObject;
        let _t2: PyObject;
        {
          const container = stack[sp - 2] as PyObject;
          const sub = stack[sp - 1] as PyObject;
          sp -= 2;
          let cond: boolean;
          cond = container instanceof rt.PyDict && container.cls === rt.dictType;
          _t1 = container;
          _t2 = sub;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        stack[sp + 1] = _t2;
        sp += 2;
      }
      break;
    case Thin.DICT_GETITEM:
      op_DICT_GETITEM: {
        // DICT_GETITEM
        let _t0: PyObject;
        {
          const container = stack[sp - 2] as PyDict;
          const sub = stack[sp - 1] as PyObject;
          sp -= 2;
          let res: PyObject;
          const v = rt.dictGet(container, sub);
          if (v === undefined) throw rt.keyError(sub);
          res = v;
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.DICT_STORE:
      op_DICT_STORE: {
        let _c0: boolean;
        // DICT_STORE
        let _t1: PyObject;
        let _t2: PyObject;
        let _t3: PyObject;
        {
          const value = stack[sp - 3] as PyObject;
          const container = stack[sp - 2] as PyObject;
          const sub = stack[sp - 1] as PyObject;
          sp -= 3;
          let cond: boolean;
          cond = container instanceof rt.PyDict && container.cls === rt.dictType;
          _t1 = value;
          _t2 = container;
          _t3 = sub;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        stack[sp + 1] = _t2;
        stack[sp + 2] = _t3;
        sp += 3;
      }
      break;
    case Thin.DICT_SETITEM:
      op_DICT_SETITEM: {
        // DICT_SETITEM
        {
          const value = stack[sp - 3] as PyObject;
          const container = stack[sp - 2] as PyDict;
          const sub = stack[sp - 1] as PyObject;
          sp -= 3;
          rt.dictSet(container, sub, value);
        }
      }
      break;
    case Thin.STR_INT_INDEX:
      op_STR_INT_INDEX: {
        let _c0: boolean;
        // STR_INT_INDEX
        let _t1: PyObject;
        let _t2: PyObject;
        {
          const container = stack[sp - 2] as PyObject;
          const sub = stack[sp - 1] as PyObject;
          sp -= 2;
          let cond: boolean;
          cond = typeof container === "string" && typeof sub === "number";
          _t1 = container;
          _t2 = sub;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        stack[sp + 1] = _t2;
        sp += 2;
      }
      break;
    case Thin.STR_GETITEM:
      op_STR_GETITEM: {
        // STR_GETITEM
        let _t0: PyObject;
        {
          const container = stack[sp - 2] as string;
          const sub = stack[sp - 1] as number;
          sp -= 2;
          let res: PyObject;
          res = rt.strIndex(container, sub);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.GETITEM:
      op_GETITEM: {
        // GETITEM
        let _t0: PyObject;
        {
          const container = stack[sp - 2] as PyObject;
          const sub = stack[sp - 1] as PyObject;
          sp -= 2;
          let res: PyObject;
          res = rt.subscr(container, sub);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.STORE_SUBSCR:
      op_STORE_SUBSCR: {
        // STORE_SUBSCR
        {
          const value = stack[sp - 3] as PyObject;
          const container = stack[sp - 2] as PyObject;
          const sub = stack[sp - 1] as PyObject;
          sp -= 3;
          rt.P.setItem(container, sub, value);
        }
      }
      break;
    case Thin.LOAD_ATTR:
      op_LOAD_ATTR: {
        // LOAD_ATTR(name=imm0)
        let _t0: PyObject;
        {
          const name = imm0;
          const owner = stack[sp - 1] as PyObject;
          sp -= 1;
          let res: PyObject;
          res = rt.getAttr(owner, code.names[name]);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.LOAD_ATTR_INSTANCE:
      op_LOAD_ATTR_INSTANCE: {
        let _c0: boolean;
        // LOAD_ATTR_INSTANCE(entry=imm0)
        let _t1: PyObject;
        {
          const entry = imm0;
          const owner = stack[sp - 1] as PyObject;
          sp -= 1;
          let res: PyObject;
          let cond: boolean;
          const v = rt.loadAttrInstance(owner, entry);
          cond = v !== undefined;
          res = cond ? (v as PyObject) : owner;
          _t1 = res;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        sp += 1;
      }
      break;
    case Thin.STORE_ATTR_CACHED:
      op_STORE_ATTR_CACHED: {
        // STORE_ATTR_CACHED(entry=imm0)
        {
          const entry = imm0;
          const value = stack[sp - 2] as PyObject;
          const owner = stack[sp - 1] as PyObject;
          sp -= 2;
          rt.storeAttrCached(owner, value, entry);
        }
      }
      break;
    case Thin.LOAD_METHOD:
      op_LOAD_METHOD: {
        // LOAD_METHOD(name=imm0)
        let _t0: Slot;
        let _t1: PyObject;
        {
          const name = imm0;
          const owner = stack[sp - 1] as PyObject;
          sp -= 1;
          let meth: Slot;
          let self: PyObject;
          [meth, self] = rt.loadMethod(owner, code.names[name]);
          _t0 = meth;
          _t1 = self;
        }
        stack[sp] = _t0;
        stack[sp + 1] = _t1;
        sp += 2;
      }
      break;
    case Thin.CALL:
      op_CALL: {
        sp = thin_CALL(frame, stack, sp, imm0);
      }
      break;
    case Thin.CALL_SQRT_FLOAT:
      op_CALL_SQRT_FLOAT: {
        sp = thin_CALL_SQRT_FLOAT(stack, sp);
      }
      break;
    case Thin.CALL_MATH_UNARY_FLOAT:
      op_CALL_MATH_UNARY_FLOAT: {
        // CALL_MATH_UNARY_FLOAT
        let _t0: PyObject;
        {
          const nul = stack[sp - 3];
          const callee = stack[sp - 2] as PyObject;
          const x = stack[sp - 1] as PyFloat;
          sp -= 3;
          let res: PyObject;
          res = rt.mathUnary(callee, x.value);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.CALL_MATH_UNARY_INT:
      op_CALL_MATH_UNARY_INT: {
        // CALL_MATH_UNARY_INT
        let _t0: PyObject;
        {
          const nul = stack[sp - 3];
          const callee = stack[sp - 2] as PyObject;
          const x = stack[sp - 1] as number;
          sp -= 3;
          let res: PyObject;
          res = rt.mathUnary(callee, x);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.CALL_LEN_LIST:
      op_CALL_LEN_LIST: {
        // CALL_LEN_LIST
        let _t0: PyObject;
        {
          const nul = stack[sp - 3];
          const callee = stack[sp - 2] as PyObject;
          const x = stack[sp - 1] as PyList;
          sp -= 3;
          let res: PyObject;
          res = x.items.length;
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.LIST_APPEND:
      op_LIST_APPEND: {
        // LIST_APPEND(n=imm0)
        {
          const n = imm0;
          const base = sp - (2 + (n - 1));
          const list = stack[base + 0] as PyObject;
          const value = stack[base + 1 + (n - 1)] as PyObject;
          sp = base;
          (list as PyList).items.push(value);
          sp = base + 1 + (n - 1);
        }
      }
      break;
    case Thin.SEQ_OF_LEN:
      op_SEQ_OF_LEN: {
        let _c0: boolean;
        // SEQ_OF_LEN(n=imm0)
        let _t1: PyObject;
        {
          const n = imm0;
          const seq = stack[sp - 1] as PyObject;
          sp -= 1;
          let cond: boolean;
          cond =
            ((seq instanceof rt.PyTuple && seq.cls === rt.tupleType) ||
              (seq instanceof rt.PyList && seq.cls === rt.listType)) &&
            seq.items.length === n;
          _t1 = seq;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        sp += 1;
      }
      break;
    case Thin.SEQ_UNPACK:
      op_SEQ_UNPACK: {
        sp = thin_SEQ_UNPACK(stack, sp, imm0);
      }
      break;
    case Thin.UNPACK_EX:
      op_UNPACK_EX: {
        sp = thin_UNPACK_EX(stack, sp, imm0);
      }
      break;
    case Thin.GET_ITER:
      op_GET_ITER: {
        // GET_ITER
        let _t0: PyObject;
        {
          const iterable = stack[sp - 1] as PyObject;
          sp -= 1;
          let iter: PyObject;
          iter = rt.getIter(iterable);
          _t0 = iter;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      break;
    case Thin.ITER_NEXT:
      op_ITER_NEXT: {
        let _c0: boolean;
        // ITER_NEXT
        let _t1: PyObject;
        let _t2: PyObject;
        {
          const iter = stack[sp - 1] as PyObject;
          sp -= 1;
          let next: PyObject;
          let cond: boolean;
          const v = rt.forIterNext(iter);
          cond = v !== undefined;
          next = v as PyObject;
          _t1 = iter;
          _t2 = next;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        stack[sp + 1] = _t2;
        sp += 2;
      }
      break;
    case Thin.SMALL_INT_ITER:
      op_SMALL_INT_ITER: {
        let _c0: boolean;
        // SMALL_INT_ITER
        let _t1: PyObject;
        {
          const iter = stack[sp - 1] as PyObject;
          sp -= 1;
          let cond: boolean;
          cond = iter instanceof rt.PyNativeIterator && iter.smallInts;
          _t1 = iter;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        sp += 1;
      }
      break;
    case Thin.SMALL_INT_ITER_NEXT:
      op_SMALL_INT_ITER_NEXT: {
        let _c0: boolean;
        // SMALL_INT_ITER_NEXT
        let _t1: PyObject;
        let _t2: PyObject;
        {
          const iter = stack[sp - 1] as PyNativeIterator;
          sp -= 1;
          let next: PyObject;
          let cond: boolean;
          const v = iter.next();
          cond = v !== undefined;
          next = v as PyObject;
          _t1 = iter;
          _t2 = next;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        stack[sp + 1] = _t2;
        sp += 2;
      }
      break;
    case Thin.SEQ_ITER:
      op_SEQ_ITER: {
        let _c0: boolean;
        // SEQ_ITER
        let _t1: PyObject;
        {
          const iter = stack[sp - 1] as PyObject;
          sp -= 1;
          let cond: boolean;
          cond =
            iter instanceof rt.PyNativeIterator &&
            (iter.cls === rt.listIteratorType || iter.cls === rt.tupleIteratorType);
          _t1 = iter;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        sp += 1;
      }
      break;
    case Thin.SEQ_ITER_NEXT:
      op_SEQ_ITER_NEXT: {
        let _c0: boolean;
        // SEQ_ITER_NEXT
        let _t1: PyObject;
        let _t2: PyObject;
        {
          const iter = stack[sp - 1] as PyNativeIterator;
          sp -= 1;
          let next: PyObject;
          let cond: boolean;
          const v = iter.next();
          cond = v !== undefined;
          next = v as PyObject;
          _t1 = iter;
          _t2 = next;
          _c0 = cond;
        }
        result = _c0;
        stack[sp] = _t1;
        stack[sp + 1] = _t2;
        sp += 2;
      }
      break;
    default:
      return THIN_COLD[id](frame, imm0);
  }
  frame.sp = sp;
  frame.ip = ip;
  return result;
}
