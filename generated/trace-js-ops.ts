// Generated from spec/thin-ops.yaml by generator/emit-trace-js.ts — do not edit; run `npm run gen`.
// (Edit the spec, or the generator, instead.)
// Thin ops as JavaScript blocks for the trace compiler (runtime/tracing/js-compile.ts), indexed by
// thin op id; null: not inlinable (it runs through execThin). See generator/emit-trace-js.ts.
// array sizes in stack effects may call runtime helpers (rt.popcount4)
import * as rt from "../runtime/interp/support.js";

/** A stack item: its name ("unused": left in place) and its array size over the immediate. */
export interface JsItem {
  name: string;
  size: ((imm: number) => number) | null;
}

export interface JsOp {
  inputs: readonly JsItem[];
  outputs: readonly JsItem[];
  /** the block's statements: inputs from `$IN<k>$` (and the number a float input holds from
   *  `$NUM<k>$`), the immediate from `$IMM0$` */
  code: string;
  /** per output: it is left as a JavaScript number, the value of the float it stands for */
  numOutputs: readonly boolean[];
  /** it may throw a Python exception (the compiler must be able to rebuild the frame then) */
  raises: boolean;
  /** it reads or writes the frame's locals array (the compiler brings it up to date first) */
  locals: boolean;
  /** it sets `cond` */
  predicate: boolean;
}

// (keeps the import used when no size calls a helper)
void rt;

export const JS_OPS: readonly (JsOp | null)[] = [
  {
    // POP
    inputs: [{ name: "value", size: null }],
    outputs: [],
    code: "const value = $IN0$;",
    numOutputs: [],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // PUSH_NULL
    inputs: [],
    outputs: [{ name: "res", size: null }],
    code: "let res;\n{\nres = null;\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // DROP_UNDER
    inputs: [
      { name: "under", size: null },
      { name: "top", size: null },
    ],
    outputs: [{ name: "top", size: null }],
    code: "const under = $IN0$;\nconst top = $IN1$;",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // COPY
    inputs: [
      { name: "bottom", size: null },
      { name: "unused", size: (n: number) => n - 1 },
    ],
    outputs: [
      { name: "bottom", size: null },
      { name: "unused", size: (n: number) => n - 1 },
      { name: "top", size: null },
    ],
    code: "const bottom = $IN0$;\nconst n = $IMM0$;\nlet top;\n{\ntop = bottom;\n}",
    numOutputs: [false, false, false],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // SWAP
    inputs: [
      { name: "bottom", size: null },
      { name: "unused", size: (n: number) => n - 2 },
      { name: "top", size: null },
    ],
    outputs: [
      { name: "top", size: null },
      { name: "unused", size: (n: number) => n - 2 },
      { name: "bottom", size: null },
    ],
    code: "const bottom = $IN0$;\nconst top = $IN2$;\nconst n = $IMM0$;",
    numOutputs: [false, false, false],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // LOAD_CONST
    inputs: [],
    outputs: [{ name: "value", size: null }],
    code: "const index = $IMM0$;\nlet value;\n{\nvalue = code.consts[index];\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // LOAD_FAST
    inputs: [],
    outputs: [{ name: "value", size: null }],
    code: "const index = $IMM0$;\nlet value;\n{\nconst v = locals[index];\nif (v === undefined)\nthrow rt.unboundLocal(code, index);\nvalue = v;\n}",
    numOutputs: [false],
    raises: true,
    locals: true,
    predicate: false,
  },
  {
    // STORE_FAST
    inputs: [{ name: "value", size: null }],
    outputs: [],
    code: "const value = $IN0$;\nconst index = $IMM0$;\n{\nlocals[index] = value;\n}",
    numOutputs: [],
    raises: false,
    locals: true,
    predicate: false,
  },
  {
    // DELETE_FAST
    inputs: [],
    outputs: [],
    code: "const index = $IMM0$;\n{\nif (locals[index] === undefined)\nthrow rt.unboundLocal(code, index);\nlocals[index] = undefined;\n}",
    numOutputs: [],
    raises: true,
    locals: true,
    predicate: false,
  },
  {
    // MAKE_CELL
    inputs: [],
    outputs: [],
    code: "const index = $IMM0$;\n{\nlocals[index] = new rt.PyCell(locals[index]);\n}",
    numOutputs: [],
    raises: false,
    locals: true,
    predicate: false,
  },
  {
    // LOAD_CELL
    inputs: [],
    outputs: [{ name: "cell", size: null }],
    code: "const index = $IMM0$;\nlet cell;\n{\ncell = locals[index];\n}",
    numOutputs: [false],
    raises: false,
    locals: true,
    predicate: false,
  },
  {
    // LOAD_DEREF
    inputs: [],
    outputs: [{ name: "value", size: null }],
    code: "const index = $IMM0$;\nlet value;\n{\nconst v = locals[index].value;\nif (v === undefined)\nthrow rt.unboundFree(code, index);\nvalue = v;\n}",
    numOutputs: [false],
    raises: true,
    locals: true,
    predicate: false,
  },
  {
    // STORE_DEREF
    inputs: [{ name: "value", size: null }],
    outputs: [],
    code: "const value = $IN0$;\nconst index = $IMM0$;\n{\nlocals[index].value = value;\n}",
    numOutputs: [],
    raises: false,
    locals: true,
    predicate: false,
  },
  {
    // DELETE_DEREF
    inputs: [],
    outputs: [],
    code: "const index = $IMM0$;\n{\nconst cell = locals[index];\nif (cell.value === undefined)\nthrow rt.unboundFree(code, index);\ncell.value = undefined;\n}",
    numOutputs: [],
    raises: true,
    locals: true,
    predicate: false,
  },
  null, // LOAD_CLASSDEREF
  null, // COPY_FREE_VARS
  null, // LOAD_GLOBAL
  {
    // LOAD_GLOBAL_CACHED
    inputs: [],
    outputs: [{ name: "value", size: null }],
    code: "const entry = $IMM0$;\nlet value;\nlet cond;\n{\nconst v = rt.cachedGlobal(frame, entry);\ncond = v !== undefined;\nvalue = v;\n}",
    numOutputs: [false],
    raises: false,
    locals: true,
    predicate: true,
  },
  null, // STORE_GLOBAL
  null, // DELETE_GLOBAL
  null, // LOAD_NAME
  null, // STORE_NAME
  null, // DELETE_NAME
  null, // JUMP
  null, // LOOP_BACK
  null, // RETURN
  null, // IS_TRUE
  null, // IS_TRUE_KEEP
  {
    // BOOL_IS_TRUE
    inputs: [{ name: "value", size: null }],
    outputs: [],
    code: "const value = $IN0$;\nlet cond;\n{\ncond = value;\n}",
    numOutputs: [],
    raises: false,
    locals: false,
    predicate: true,
  },
  {
    // IS_NONE
    inputs: [{ name: "value", size: null }],
    outputs: [],
    code: "const value = $IN0$;\nlet cond;\n{\ncond = value === rt.None;\n}",
    numOutputs: [],
    raises: false,
    locals: false,
    predicate: true,
  },
  null, // UNARY_POSITIVE
  null, // UNARY_NEGATIVE
  null, // UNARY_INVERT
  null, // UNARY_NOT
  {
    // BOOL_NOT
    inputs: [{ name: "value", size: null }],
    outputs: [{ name: "res", size: null }],
    code: "const value = $IN0$;\nlet res;\n{\nres = !value;\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // BOTH_SMALL_INT
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    code: 'const lhs = $IN0$;\nconst rhs = $IN1$;\nlet cond;\n{\ncond = typeof lhs === "number" && typeof rhs === "number";\n}',
    numOutputs: [false, false],
    raises: false,
    locals: false,
    predicate: true,
  },
  {
    // BOTH_FLOAT
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nlet cond;\n{\ncond = lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat;\n}",
    numOutputs: [false, false],
    raises: false,
    locals: false,
    predicate: true,
  },
  {
    // FLOAT_SMALL_INT
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    code: 'const lhs = $IN0$;\nconst rhs = $IN1$;\nlet cond;\n{\ncond = lhs instanceof rt.PyFloat && typeof rhs === "number";\n}',
    numOutputs: [false, false],
    raises: false,
    locals: false,
    predicate: true,
  },
  {
    // SMALL_INT_FLOAT
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    code: 'const lhs = $IN0$;\nconst rhs = $IN1$;\nlet cond;\n{\ncond = typeof lhs === "number" && rhs instanceof rt.PyFloat;\n}',
    numOutputs: [false, false],
    raises: false,
    locals: false,
    predicate: true,
  },
  {
    // INT_ADD
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nlet res;\n{\nconst r = lhs + rhs;\nres = Number.isSafeInteger(r) ? r : rt.O.intBinary(lhs, rhs, 0);\n}",
    numOutputs: [false],
    raises: true,
    locals: false,
    predicate: false,
  },
  {
    // INT_SUB
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nlet res;\n{\nconst r = lhs - rhs;\nres = Number.isSafeInteger(r) ? r : rt.O.intBinary(lhs, rhs, 10);\n}",
    numOutputs: [false],
    raises: true,
    locals: false,
    predicate: false,
  },
  {
    // INT_MUL
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nlet res;\n{\nconst r = lhs * rhs;\nres = Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : rt.O.intBinary(lhs, rhs, 5);\n}",
    numOutputs: [false],
    raises: true,
    locals: false,
    predicate: false,
  },
  {
    // INT_BINARY
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nconst op = $IMM0$;\nlet res;\n{\nres = rt.O.intBinary(lhs, rhs, op);\n}",
    numOutputs: [false],
    raises: true,
    locals: false,
    predicate: false,
  },
  {
    // FLOAT_ADD
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "let res;\n{\nres = ($NUM0$ + $NUM1$);\n}",
    numOutputs: [true],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // FLOAT_SUB
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "let res;\n{\nres = ($NUM0$ - $NUM1$);\n}",
    numOutputs: [true],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // FLOAT_MUL
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "let res;\n{\nres = ($NUM0$ * $NUM1$);\n}",
    numOutputs: [true],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // FLOAT_BINARY
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const op = $IMM0$;\nlet res;\n{\nres = rt.O.floatBinary($NUM0$, $NUM1$, op);\n}",
    numOutputs: [false],
    raises: true,
    locals: false,
    predicate: false,
  },
  {
    // FLOAT_INT_BINARY
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nconst op = $IMM0$;\nlet res;\n{\nres = rt.O.floatMixedBinary(lhs, rhs, $NUM0$, rhs, op);\n}",
    numOutputs: [false],
    raises: true,
    locals: false,
    predicate: false,
  },
  {
    // INT_FLOAT_BINARY
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nconst op = $IMM0$;\nlet res;\n{\nres = rt.O.floatMixedBinary(lhs, rhs, lhs, $NUM1$, op);\n}",
    numOutputs: [false],
    raises: true,
    locals: false,
    predicate: false,
  },
  null, // BINARY_GENERIC
  {
    // INT_COMPARE
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nconst op = $IMM0$;\nlet res;\n{\nswitch (op) {\ncase 0:\nres = lhs < rhs;\nbreak;\ncase 1:\nres = lhs <= rhs;\nbreak;\ncase 2:\nres = lhs === rhs;\nbreak;\ncase 3:\nres = lhs !== rhs;\nbreak;\ncase 4:\nres = lhs > rhs;\nbreak;\ndefault: res = lhs >= rhs;\n}\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // FLOAT_COMPARE
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const op = $IMM0$;\nlet res;\n{\nres = rt.floatCompare($NUM0$, $NUM1$, op);\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // FLOAT_INT_COMPARE
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const rhs = $IN1$;\nconst op = $IMM0$;\nlet res;\n{\nres = rt.floatCompare($NUM0$, rhs, op);\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // INT_FLOAT_COMPARE
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst op = $IMM0$;\nlet res;\n{\nres = rt.floatCompare(lhs, $NUM1$, op);\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: false,
  },
  null, // COMPARE_GENERIC
  {
    // IS
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nconst invert = $IMM0$;\nlet res;\n{\nres = rt.isOp(lhs, rhs) !== (invert === 1);\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: false,
  },
  null, // CONTAINS
  {
    // LIST_INT_INDEX
    inputs: [
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    outputs: [
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    code: 'const container = $IN0$;\nconst sub = $IN1$;\nlet cond;\n{\ncond = container instanceof rt.PyList && container.cls === rt.listType && typeof sub === "number";\n}',
    numOutputs: [false, false],
    raises: false,
    locals: false,
    predicate: true,
  },
  {
    // LIST_INT_STORE
    inputs: [
      { name: "value", size: null },
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    outputs: [
      { name: "value", size: null },
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    code: 'const value = $IN0$;\nconst container = $IN1$;\nconst sub = $IN2$;\nlet cond;\n{\ncond = container instanceof rt.PyList && container.cls === rt.listType && typeof sub === "number";\n}',
    numOutputs: [false, false, false],
    raises: false,
    locals: false,
    predicate: true,
  },
  {
    // LIST_SETITEM
    inputs: [
      { name: "value", size: null },
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    outputs: [],
    code: "const value = $IN0$;\nconst container = $IN1$;\nconst sub = $IN2$;\n{\nconst items = container.items;\nconst i = sub < 0 ? sub + items.length : sub;\nif (i < 0 || i >= items.length)\nthrow rt.listAssignIndexError();\nitems[i] = value;\n}",
    numOutputs: [],
    raises: true,
    locals: false,
    predicate: false,
  },
  {
    // LIST_GETITEM
    inputs: [
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const container = $IN0$;\nconst sub = $IN1$;\nlet res;\n{\nconst items = container.items;\nconst i = sub < 0 ? sub + items.length : sub;\nif (i < 0 || i >= items.length)\nthrow rt.listIndexError();\nres = items[i];\n}",
    numOutputs: [false],
    raises: true,
    locals: false,
    predicate: false,
  },
  {
    // TUPLE_INT_INDEX
    inputs: [
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    outputs: [
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    code: 'const container = $IN0$;\nconst sub = $IN1$;\nlet cond;\n{\ncond = container instanceof rt.PyTuple && container.cls === rt.tupleType && typeof sub === "number";\n}',
    numOutputs: [false, false],
    raises: false,
    locals: false,
    predicate: true,
  },
  {
    // TUPLE_GETITEM
    inputs: [
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const container = $IN0$;\nconst sub = $IN1$;\nlet res;\n{\nconst items = container.items;\nconst i = sub < 0 ? sub + items.length : sub;\nif (i < 0 || i >= items.length)\nthrow rt.tupleIndexError();\nres = items[i];\n}",
    numOutputs: [false],
    raises: true,
    locals: false,
    predicate: false,
  },
  null, // GETITEM
  null, // STORE_SUBSCR
  null, // DELETE_SUBSCR
  null, // GET_LEN
  null, // LOAD_ATTR
  null, // STORE_ATTR
  {
    // INSTANCE_ATTR
    inputs: [{ name: "owner", size: null }],
    outputs: [{ name: "res", size: null }],
    code: "const owner = $IN0$;\nconst name = $IMM0$;\nlet res;\nlet cond;\n{\nconst v = rt.instanceAttr(owner, code.names[name]);\ncond = v !== undefined;\nres = cond ? v : owner;\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: true,
  },
  {
    // LOAD_ATTR_INSTANCE
    inputs: [{ name: "owner", size: null }],
    outputs: [{ name: "res", size: null }],
    code: "const owner = $IN0$;\nconst entry = $IMM0$;\nlet res;\nlet cond;\n{\nconst v = rt.loadAttrInstance(owner, entry);\ncond = v !== undefined;\nres = cond ? v : owner;\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: true,
  },
  null, // STORE_ATTR_CACHED
  null, // DELETE_ATTR
  null, // LOAD_METHOD
  {
    // KW_NAMES
    inputs: [],
    outputs: [],
    code: "const index = $IMM0$;\n{\nframe.kwnames = code.consts[index].items;\n}",
    numOutputs: [],
    raises: false,
    locals: false,
    predicate: false,
  },
  null, // CALL
  null, // CALL_FUNCTION_EX
  null, // MAKE_FUNCTION
  null, // LOAD_BUILD_CLASS
  null, // RETURN_GENERATOR
  null, // YIELD
  {
    // BUILD_TUPLE
    inputs: [{ name: "items", size: (n: number) => n }],
    outputs: [{ name: "res", size: null }],
    code: "const items = $IN0$;\nconst n = $IMM0$;\nlet res;\n{\nres = new rt.PyTuple(items);\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // BUILD_LIST
    inputs: [{ name: "items", size: (n: number) => n }],
    outputs: [{ name: "res", size: null }],
    code: "const items = $IN0$;\nconst n = $IMM0$;\nlet res;\n{\nres = new rt.PyList(items);\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: false,
  },
  null, // BUILD_SET
  null, // BUILD_MAP
  null, // BUILD_CONST_KEY_MAP
  null, // BUILD_SLICE
  null, // BUILD_STRING
  {
    // LIST_TO_TUPLE
    inputs: [{ name: "list", size: null }],
    outputs: [{ name: "res", size: null }],
    code: "const list = $IN0$;\nlet res;\n{\nres = new rt.PyTuple(list.items);\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // LIST_APPEND
    inputs: [
      { name: "list", size: null },
      { name: "unused", size: (n: number) => n - 1 },
      { name: "value", size: null },
    ],
    outputs: [
      { name: "list", size: null },
      { name: "unused", size: (n: number) => n - 1 },
    ],
    code: "const list = $IN0$;\nconst value = $IN2$;\nconst n = $IMM0$;\n{\nlist.items.push(value);\n}",
    numOutputs: [false, false],
    raises: false,
    locals: false,
    predicate: false,
  },
  null, // SET_ADD
  null, // MAP_ADD
  null, // LIST_EXTEND
  null, // SET_UPDATE
  null, // DICT_UPDATE
  null, // DICT_MERGE
  {
    // SEQ_OF_LEN
    inputs: [{ name: "seq", size: null }],
    outputs: [{ name: "seq", size: null }],
    code: "const seq = $IN0$;\nconst n = $IMM0$;\nlet cond;\n{\ncond =\n((seq instanceof rt.PyTuple && seq.cls === rt.tupleType) || (seq instanceof rt.PyList && seq.cls === rt.listType)) &&\nseq.items.length === n;\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: true,
  },
  {
    // SEQ_UNPACK
    inputs: [{ name: "seq", size: null }],
    outputs: [{ name: "values", size: (n: number) => n }],
    code: "const seq = $IN0$;\nconst n = $IMM0$;\nlet values;\n{\nconst items = seq.items;\nvalues = new Array(n);\nfor (let i = 0; i < n; i++)\nvalues[i] = items[n - 1 - i];\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: false,
  },
  null, // UNPACK_SEQUENCE
  null, // UNPACK_EX
  null, // FORMAT_VALUE
  null, // GET_ITER
  null, // GET_YIELD_FROM_ITER
  null, // ITER_NEXT
  {
    // SMALL_INT_ITER
    inputs: [{ name: "iter", size: null }],
    outputs: [{ name: "iter", size: null }],
    code: "const iter = $IN0$;\nlet cond;\n{\ncond = iter instanceof rt.PyNativeIterator && iter.smallInts;\n}",
    numOutputs: [false],
    raises: false,
    locals: false,
    predicate: true,
  },
  {
    // SMALL_INT_ITER_NEXT
    inputs: [{ name: "iter", size: null }],
    outputs: [
      { name: "iter", size: null },
      { name: "next", size: null },
    ],
    code: "const iter = $IN0$;\nlet next;\nlet cond;\n{\nconst v = iter.next();\ncond = v !== undefined;\nnext = v;\n}",
    numOutputs: [false, false],
    raises: false,
    locals: false,
    predicate: true,
  },
  null, // SEND_TO
  {
    // PUSH_EXC_INFO
    inputs: [{ name: "value", size: null }],
    outputs: [
      { name: "prev", size: null },
      { name: "value", size: null },
    ],
    code: "const value = $IN0$;\nlet prev;\n{\nprev = rt.state.excValue;\nrt.state.excValue = value;\n}",
    numOutputs: [false, false],
    raises: false,
    locals: false,
    predicate: false,
  },
  {
    // POP_EXCEPT
    inputs: [{ name: "exc_value", size: null }],
    outputs: [],
    code: "const exc_value = $IN0$;\n{\nrt.state.excValue = exc_value;\n}",
    numOutputs: [],
    raises: false,
    locals: false,
    predicate: false,
  },
  null, // CHECK_EXC_MATCH
  null, // RAISE
  null, // RERAISE
  null, // LOAD_ASSERTION_ERROR
  null, // BEFORE_WITH
  null, // WITH_EXCEPT_START
  null, // IMPORT_NAME
  null, // IMPORT_FROM
  null, // IMPORT_STAR
  null, // SETUP_ANNOTATIONS
  null, // PRINT_EXPR
  null, // MATCH_MAPPING
  null, // MATCH_SEQUENCE
  null, // MATCH_KEYS
  null, // MATCH_CLASS
  null, // CHECK_EG_MATCH
  null, // PREP_RERAISE_STAR
  null, // GET_AWAITABLE
  null, // GET_AITER
  null, // GET_ANEXT
  null, // END_ASYNC_FOR
  null, // BEFORE_ASYNC_WITH
  null, // ASYNC_GEN_WRAP
];
