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
  /** it may run Python code (the compiler brings the frame up to date first) */
  escapes: boolean;
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
    locals: true,
    predicate: false,
  },
  {
    // LOAD_FAST_BOUND
    inputs: [],
    outputs: [{ name: "value", size: null }],
    code: "const index = $IMM0$;\nlet value;\n{\nvalue = locals[index];\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
    locals: true,
    predicate: false,
  },
  {
    // LOAD_CLASSDEREF
    inputs: [],
    outputs: [{ name: "value", size: null }],
    code: "const index = $IMM0$;\nlet value;\n{\nvalue = rt.loadClassDeref(frame, index);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: true,
    predicate: false,
  },
  {
    // COPY_FREE_VARS
    inputs: [],
    outputs: [],
    code: "const n = $IMM0$;\n{\nrt.copyFreeVars(frame, n);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: true,
    predicate: false,
  },
  {
    // LOAD_GLOBAL
    inputs: [],
    outputs: [{ name: "value", size: null }],
    code: "const name = $IMM0$;\nlet value;\n{\nvalue = rt.loadGlobal(frame, code.names[name]);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: true,
    predicate: false,
  },
  {
    // LOAD_GLOBAL_CACHED
    inputs: [],
    outputs: [{ name: "value", size: null }],
    code: "const entry = $IMM0$;\nlet value;\nlet cond;\n{\nconst v = rt.cachedGlobal(frame.globals, frame.builtins, entry);\ncond = v !== undefined;\nvalue = v;\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // LOAD_MODULE_ATTR_CACHED
    inputs: [{ name: "owner", size: null }],
    outputs: [{ name: "value", size: null }],
    code: "const owner = $IN0$;\nconst entry = $IMM0$;\nlet value;\nlet cond;\n{\nconst v = rt.cachedModuleAttr(owner, entry);\ncond = v !== undefined;\nvalue = cond ? v : owner;\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // STORE_GLOBAL
    inputs: [{ name: "value", size: null }],
    outputs: [],
    code: "const value = $IN0$;\nconst name = $IMM0$;\n{\nrt.dictSet(frame.globals, code.names[name], value);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // DELETE_GLOBAL
    inputs: [],
    outputs: [],
    code: "const name = $IMM0$;\n{\nrt.deleteGlobal(frame, code.names[name]);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: true,
    predicate: false,
  },
  {
    // LOAD_NAME
    inputs: [],
    outputs: [{ name: "value", size: null }],
    code: "const name = $IMM0$;\nlet value;\n{\nvalue = rt.loadName(frame, code.names[name]);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: true,
    predicate: false,
  },
  {
    // STORE_NAME
    inputs: [{ name: "value", size: null }],
    outputs: [],
    code: "const value = $IN0$;\nconst name = $IMM0$;\n{\nrt.storeName(frame, code.names[name], value);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: true,
    predicate: false,
  },
  {
    // DELETE_NAME
    inputs: [],
    outputs: [],
    code: "const name = $IMM0$;\n{\nrt.deleteName(frame, code.names[name]);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: true,
    predicate: false,
  },
  null, // JUMP
  null, // LOOP_BACK
  null, // RETURN
  {
    // IS_TRUE
    inputs: [{ name: "value", size: null }],
    outputs: [],
    code: "const value = $IN0$;\nlet cond;\n{\ncond = value === true || (value !== false && rt.isTrue(value));\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: false,
    predicate: true,
  },
  {
    // IS_TRUE_KEEP
    inputs: [{ name: "value", size: null }],
    outputs: [{ name: "value", size: null }],
    code: "const value = $IN0$;\nlet cond;\n{\ncond = value === true || (value !== false && rt.isTrue(value));\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: true,
  },
  {
    // BOOL_IS_TRUE
    inputs: [{ name: "value", size: null }],
    outputs: [],
    code: "const value = $IN0$;\nlet cond;\n{\ncond = value;\n}",
    numOutputs: [],
    raises: false,
    escapes: false,
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
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // UNARY_POSITIVE
    inputs: [{ name: "value", size: null }],
    outputs: [{ name: "res", size: null }],
    code: "const value = $IN0$;\nlet res;\n{\nres = rt.O.unaryPositive(value);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // UNARY_NEGATIVE
    inputs: [{ name: "value", size: null }],
    outputs: [{ name: "res", size: null }],
    code: "const value = $IN0$;\nlet res;\n{\nres = rt.O.unaryNegative(value);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // UNARY_INVERT
    inputs: [{ name: "value", size: null }],
    outputs: [{ name: "res", size: null }],
    code: "const value = $IN0$;\nlet res;\n{\nres = rt.O.unaryInvert(value);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // UNARY_NOT
    inputs: [{ name: "value", size: null }],
    outputs: [{ name: "res", size: null }],
    code: "const value = $IN0$;\nlet res;\n{\nres = !rt.isTrue(value);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // BOOL_NOT
    inputs: [{ name: "value", size: null }],
    outputs: [{ name: "res", size: null }],
    code: "const value = $IN0$;\nlet res;\n{\nres = !value;\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // INT_ADD_SMALL
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nlet res;\nlet cond;\n{\nconst r = lhs + rhs;\ncond = Number.isSafeInteger(r);\nres = cond ? r : rt.O.intBinary(lhs, rhs, 0);\n}",
    numOutputs: [false],
    raises: true,
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // INT_SUB_SMALL
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nlet res;\nlet cond;\n{\nconst r = lhs - rhs;\ncond = Number.isSafeInteger(r);\nres = cond ? r : rt.O.intBinary(lhs, rhs, 10);\n}",
    numOutputs: [false],
    raises: true,
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // INT_MUL_SMALL
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nlet res;\nlet cond;\n{\nconst r = lhs * rhs;\ncond = Number.isSafeInteger(r);\nres = cond ? (r === 0 ? 0 : r) : rt.O.intBinary(lhs, rhs, 5);\n}",
    numOutputs: [false],
    raises: true,
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // INT_BINARY_SMALL
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: 'const lhs = $IN0$;\nconst rhs = $IN1$;\nconst op = $IMM0$;\nlet res;\nlet cond;\n{\nres = rt.O.intBinary(lhs, rhs, op);\ncond = typeof res === "number";\n}',
    numOutputs: [false],
    raises: true,
    escapes: false,
    locals: false,
    predicate: true,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
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
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // INT_FLOAT_ARITH
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nconst op = $IMM0$;\nlet res;\n{\nres = rt.O.floatMixedBinary(lhs, rhs, lhs, $NUM1$, op);\n}",
    numOutputs: [false],
    raises: true,
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // BINARY_GENERIC
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nconst op = $IMM0$;\nlet res;\n{\nres = rt.binaryOp(lhs, rhs, op);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // INT_COMPARE
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nconst op = $IMM0$;\nlet res;\n{\nres = rt.numberCompare(lhs, rhs, op);\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
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
    code: "const op = $IMM0$;\nlet res;\n{\nres = rt.numberCompare($NUM0$, $NUM1$, op);\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
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
    code: "const rhs = $IN1$;\nconst op = $IMM0$;\nlet res;\n{\nres = rt.numberCompare($NUM0$, rhs, op);\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
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
    code: "const lhs = $IN0$;\nconst op = $IMM0$;\nlet res;\n{\nres = rt.numberCompare(lhs, $NUM1$, op);\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // INT_COMPARE_TEST
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nconst op = $IMM0$;\nlet cond;\n{\ncond = rt.numberCompare(lhs, rhs, op);\n}",
    numOutputs: [],
    raises: false,
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // FLOAT_COMPARE_TEST
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [],
    code: "const op = $IMM0$;\nlet cond;\n{\ncond = rt.numberCompare($NUM0$, $NUM1$, op);\n}",
    numOutputs: [],
    raises: false,
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // COMPARE_GENERIC
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nconst op = $IMM0$;\nlet res;\n{\nres = rt.compare(lhs, rhs, op);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
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
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // IS_TEST
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nconst invert = $IMM0$;\nlet cond;\n{\ncond = rt.isOp(lhs, rhs) !== (invert === 1);\n}",
    numOutputs: [],
    raises: false,
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // CONTAINS
    inputs: [
      { name: "lhs", size: null },
      { name: "rhs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const lhs = $IN0$;\nconst rhs = $IN1$;\nconst invert = $IMM0$;\nlet res;\n{\nres = rt.containsOp(lhs, rhs) !== (invert === 1);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
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
    escapes: false,
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
    escapes: false,
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
    code: "const value = $IN0$;\nconst container = $IN1$;\nconst sub = $IN2$;\n{\nconst items = container.items;\nconst i = sub + (sub < 0 ? items.length : 0);\nif (i < 0 || i >= items.length)\nthrow rt.listAssignIndexError();\nitems[i] = value;\n}",
    numOutputs: [],
    raises: true,
    escapes: false,
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
    code: "const container = $IN0$;\nconst sub = $IN1$;\nlet res;\n{\nconst items = container.items;\nconst i = sub + (sub < 0 ? items.length : 0);\nif (i < 0 || i >= items.length)\nthrow rt.listIndexError();\nres = items[i];\n}",
    numOutputs: [false],
    raises: true,
    escapes: false,
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
    escapes: false,
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
    code: "const container = $IN0$;\nconst sub = $IN1$;\nlet res;\n{\nconst items = container.items;\nconst i = sub + (sub < 0 ? items.length : 0);\nif (i < 0 || i >= items.length)\nthrow rt.tupleIndexError();\nres = items[i];\n}",
    numOutputs: [false],
    raises: true,
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // DICT_INDEX
    inputs: [
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    outputs: [
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    code: "const container = $IN0$;\nconst sub = $IN1$;\nlet cond;\n{\ncond = container instanceof rt.PyDict && container.cls === rt.dictType;\n}",
    numOutputs: [false, false],
    raises: false,
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // DICT_GETITEM
    inputs: [
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const container = $IN0$;\nconst sub = $IN1$;\nlet res;\n{\nconst v = rt.dictGet(container, sub);\nif (v === undefined)\nthrow rt.keyError(sub);\nres = v;\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // DICT_STORE
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
    code: "const value = $IN0$;\nconst container = $IN1$;\nconst sub = $IN2$;\nlet cond;\n{\ncond = container instanceof rt.PyDict && container.cls === rt.dictType;\n}",
    numOutputs: [false, false, false],
    raises: false,
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // DICT_SETITEM
    inputs: [
      { name: "value", size: null },
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    outputs: [],
    code: "const value = $IN0$;\nconst container = $IN1$;\nconst sub = $IN2$;\n{\nrt.dictSet(container, sub, value);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // STR_INT_INDEX
    inputs: [
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    outputs: [
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    code: 'const container = $IN0$;\nconst sub = $IN1$;\nlet cond;\n{\ncond = typeof container === "string" && typeof sub === "number";\n}',
    numOutputs: [false, false],
    raises: false,
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // STR_GETITEM
    inputs: [
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const container = $IN0$;\nconst sub = $IN1$;\nlet res;\n{\nres = rt.strIndex(container, sub);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // GETITEM
    inputs: [
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const container = $IN0$;\nconst sub = $IN1$;\nlet res;\n{\nres = rt.subscr(container, sub);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // STORE_SUBSCR
    inputs: [
      { name: "value", size: null },
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    outputs: [],
    code: "const value = $IN0$;\nconst container = $IN1$;\nconst sub = $IN2$;\n{\nrt.P.setItem(container, sub, value);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // DELETE_SUBSCR
    inputs: [
      { name: "container", size: null },
      { name: "sub", size: null },
    ],
    outputs: [],
    code: "const container = $IN0$;\nconst sub = $IN1$;\n{\nrt.P.delItem(container, sub);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // GET_LEN
    inputs: [{ name: "obj", size: null }],
    outputs: [
      { name: "obj", size: null },
      { name: "len", size: null },
    ],
    code: "const obj = $IN0$;\nlet len;\n{\nlen = rt.P.len(obj);\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // LOAD_ATTR
    inputs: [{ name: "owner", size: null }],
    outputs: [{ name: "res", size: null }],
    code: "const owner = $IN0$;\nconst name = $IMM0$;\nlet res;\n{\nres = rt.getAttr(owner, code.names[name]);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // STORE_ATTR
    inputs: [
      { name: "value", size: null },
      { name: "owner", size: null },
    ],
    outputs: [],
    code: "const value = $IN0$;\nconst owner = $IN1$;\nconst name = $IMM0$;\n{\nrt.setAttr(owner, code.names[name], value);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // INSTANCE_ATTR
    inputs: [{ name: "owner", size: null }],
    outputs: [{ name: "res", size: null }],
    code: "const owner = $IN0$;\nconst name = $IMM0$;\nlet res;\nlet cond;\n{\nconst v = rt.instanceAttr(owner, code.names[name]);\ncond = v !== undefined;\nres = cond ? v : owner;\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
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
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // STORE_ATTR_CACHED
    inputs: [
      { name: "value", size: null },
      { name: "owner", size: null },
    ],
    outputs: [],
    code: "const value = $IN0$;\nconst owner = $IN1$;\nconst entry = $IMM0$;\n{\nrt.storeAttrCached(owner, value, entry);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // DELETE_ATTR
    inputs: [{ name: "owner", size: null }],
    outputs: [],
    code: "const owner = $IN0$;\nconst name = $IMM0$;\n{\nrt.delAttr(owner, code.names[name]);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // LOAD_METHOD
    inputs: [{ name: "owner", size: null }],
    outputs: [
      { name: "meth", size: null },
      { name: "self", size: null },
    ],
    code: "const owner = $IN0$;\nconst name = $IMM0$;\nlet meth;\nlet self;\n{\n[meth, self] = rt.loadMethod(owner, code.names[name]);\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // KW_NAMES
    inputs: [],
    outputs: [],
    code: "const index = $IMM0$;\n{\nframe.kwnames = code.consts[index].items;\n}",
    numOutputs: [],
    raises: false,
    escapes: false,
    locals: false,
    predicate: false,
  },
  null, // CALL
  {
    // CALL_FUNCTION_EX
    inputs: [
      { name: "unused_null", size: null },
      { name: "func", size: null },
      { name: "callargs", size: null },
      { name: "kwargs", size: (n: number) => n },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const unused_null = $IN0$;\nconst func = $IN1$;\nconst callargs = $IN2$;\nconst kwargs = $IN3$;\nconst n = $IMM0$;\nlet res;\n{\nres = rt.callFunctionEx(func, callargs, n ? kwargs[0] : undefined);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // CALL_SQRT_FLOAT
    inputs: [
      { name: "nul", size: null },
      { name: "callee", size: null },
      { name: "x", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const nul = $IN0$;\nconst callee = $IN1$;\nlet res;\n{\nconst r = Math.sqrt($NUM2$);\nif (r !== r && $NUM2$ === $NUM2$)\nthrow rt.mathDomainError();\nres = (r);\n}",
    numOutputs: [true],
    raises: true,
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // CALL_MATH_UNARY_FLOAT
    inputs: [
      { name: "nul", size: null },
      { name: "callee", size: null },
      { name: "x", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const nul = $IN0$;\nconst callee = $IN1$;\nlet res;\n{\nres = rt.mathUnary(callee, $NUM2$);\n}",
    numOutputs: [false],
    raises: true,
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // CALL_MATH_UNARY_INT
    inputs: [
      { name: "nul", size: null },
      { name: "callee", size: null },
      { name: "x", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const nul = $IN0$;\nconst callee = $IN1$;\nconst x = $IN2$;\nlet res;\n{\nres = rt.mathUnary(callee, x);\n}",
    numOutputs: [false],
    raises: true,
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // CALL_LEN_LIST
    inputs: [
      { name: "nul", size: null },
      { name: "callee", size: null },
      { name: "x", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const nul = $IN0$;\nconst callee = $IN1$;\nconst x = $IN2$;\nlet res;\n{\nres = x.items.length;\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // CALL_LEN_TUPLE
    inputs: [
      { name: "nul", size: null },
      { name: "callee", size: null },
      { name: "x", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const nul = $IN0$;\nconst callee = $IN1$;\nconst x = $IN2$;\nlet res;\n{\nres = x.items.length;\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // CALL_LEN_STR
    inputs: [
      { name: "nul", size: null },
      { name: "callee", size: null },
      { name: "x", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const nul = $IN0$;\nconst callee = $IN1$;\nconst x = $IN2$;\nlet res;\n{\nres = rt.strLength(x);\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // MAKE_FUNCTION
    inputs: [
      { name: "extras", size: (flags: number) => rt.popcount4(flags) },
      { name: "codeobj", size: null },
    ],
    outputs: [{ name: "func", size: null }],
    code: "const extras = $IN0$;\nconst codeobj = $IN1$;\nconst flags = $IMM0$;\nlet func;\n{\nfunc = rt.makeFunction(frame, codeobj, flags, extras);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: true,
    predicate: false,
  },
  {
    // LOAD_BUILD_CLASS
    inputs: [],
    outputs: [{ name: "bc", size: null }],
    code: "let bc;\n{\nbc = rt.loadBuildClass(frame);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: true,
    predicate: false,
  },
  null, // RETURN_GENERATOR
  null, // YIELD
  {
    // BUILD_TUPLE
    inputs: [{ name: "items", size: (n: number) => n }],
    outputs: [{ name: "res", size: null }],
    code: "const items = $IN0$;\nconst n = $IMM0$;\nlet res;\n{\nres = new rt.PyTuple(items);\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
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
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // BUILD_SET
    inputs: [{ name: "items", size: (n: number) => n }],
    outputs: [{ name: "res", size: null }],
    code: "const items = $IN0$;\nconst n = $IMM0$;\nlet res;\n{\nres = rt.buildSet(items);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // BUILD_MAP
    inputs: [{ name: "items", size: (n: number) => n * 2 }],
    outputs: [{ name: "res", size: null }],
    code: "const items = $IN0$;\nconst n = $IMM0$;\nlet res;\n{\nres = rt.buildMap(items);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // BUILD_CONST_KEY_MAP
    inputs: [
      { name: "values", size: (n: number) => n },
      { name: "keys", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const values = $IN0$;\nconst keys = $IN1$;\nconst n = $IMM0$;\nlet res;\n{\nres = rt.buildConstKeyMap(values, keys);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // BUILD_SLICE
    inputs: [{ name: "items", size: (n: number) => n }],
    outputs: [{ name: "res", size: null }],
    code: "const items = $IN0$;\nconst n = $IMM0$;\nlet res;\n{\nres = rt.buildSlice(items);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // BUILD_STRING
    inputs: [{ name: "pieces", size: (n: number) => n }],
    outputs: [{ name: "res", size: null }],
    code: "const pieces = $IN0$;\nconst n = $IMM0$;\nlet res;\n{\nres = rt.buildString(pieces);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // LIST_TO_TUPLE
    inputs: [{ name: "list", size: null }],
    outputs: [{ name: "res", size: null }],
    code: "const list = $IN0$;\nlet res;\n{\nres = new rt.PyTuple(list.items);\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
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
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // SET_ADD
    inputs: [
      { name: "set", size: null },
      { name: "unused", size: (n: number) => n - 1 },
      { name: "value", size: null },
    ],
    outputs: [
      { name: "set", size: null },
      { name: "unused", size: (n: number) => n - 1 },
    ],
    code: "const set = $IN0$;\nconst value = $IN2$;\nconst n = $IMM0$;\n{\nrt.setAdd(set, value);\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // MAP_ADD
    inputs: [
      { name: "dict", size: null },
      { name: "unused", size: (n: number) => n - 1 },
      { name: "key", size: null },
      { name: "value", size: null },
    ],
    outputs: [
      { name: "dict", size: null },
      { name: "unused", size: (n: number) => n - 1 },
    ],
    code: "const dict = $IN0$;\nconst key = $IN2$;\nconst value = $IN3$;\nconst n = $IMM0$;\n{\nrt.dictSet(dict, key, value);\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // LIST_EXTEND
    inputs: [
      { name: "list", size: null },
      { name: "unused", size: (n: number) => n - 1 },
      { name: "iterable", size: null },
    ],
    outputs: [
      { name: "list", size: null },
      { name: "unused", size: (n: number) => n - 1 },
    ],
    code: "const list = $IN0$;\nconst iterable = $IN2$;\nconst n = $IMM0$;\n{\nrt.listExtend(list, iterable);\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // SET_UPDATE
    inputs: [
      { name: "set", size: null },
      { name: "unused", size: (n: number) => n - 1 },
      { name: "iterable", size: null },
    ],
    outputs: [
      { name: "set", size: null },
      { name: "unused", size: (n: number) => n - 1 },
    ],
    code: "const set = $IN0$;\nconst iterable = $IN2$;\nconst n = $IMM0$;\n{\nrt.setUpdate(set, iterable);\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // DICT_UPDATE
    inputs: [
      { name: "dict", size: null },
      { name: "unused", size: (n: number) => n - 1 },
      { name: "update", size: null },
    ],
    outputs: [
      { name: "dict", size: null },
      { name: "unused", size: (n: number) => n - 1 },
    ],
    code: "const dict = $IN0$;\nconst update = $IN2$;\nconst n = $IMM0$;\n{\nrt.dictUpdate(dict, update);\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // DICT_MERGE
    inputs: [
      { name: "func", size: null },
      { name: "unused1", size: null },
      { name: "dict", size: null },
      { name: "unused", size: (n: number) => n - 1 },
      { name: "update", size: null },
    ],
    outputs: [
      { name: "func", size: null },
      { name: "unused1", size: null },
      { name: "dict", size: null },
      { name: "unused", size: (n: number) => n - 1 },
    ],
    code: "const func = $IN0$;\nconst unused1 = $IN1$;\nconst dict = $IN2$;\nconst update = $IN4$;\nconst n = $IMM0$;\n{\nrt.dictMerge(dict, update, func);\n}",
    numOutputs: [false, false, false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // SEQ_OF_LEN
    inputs: [{ name: "seq", size: null }],
    outputs: [{ name: "seq", size: null }],
    code: "const seq = $IN0$;\nconst n = $IMM0$;\nlet cond;\n{\ncond =\n((seq instanceof rt.PyTuple && seq.cls === rt.tupleType) || (seq instanceof rt.PyList && seq.cls === rt.listType)) &&\nseq.items.length === n;\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
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
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // UNPACK_SEQUENCE
    inputs: [{ name: "seq", size: null }],
    outputs: [{ name: "values", size: (n: number) => n }],
    code: "const seq = $IN0$;\nconst n = $IMM0$;\nlet values;\n{\nvalues = rt.unpackSequence(seq, n);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // UNPACK_EX
    inputs: [{ name: "seq", size: null }],
    outputs: [{ name: "values", size: (counts: number) => (counts & 0xff) + (counts >> 8) + 1 }],
    code: "const seq = $IN0$;\nconst counts = $IMM0$;\nlet values;\n{\nvalues = rt.unpackEx(seq, counts);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // FORMAT_VALUE
    inputs: [
      { name: "value", size: null },
      { name: "spec", size: (flags: number) => (flags & 4) >> 2 },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const value = $IN0$;\nconst spec = $IN1$;\nconst flags = $IMM0$;\nlet res;\n{\nres = rt.formatValue(value, flags, (flags & 4) ? spec[0] : undefined);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // GET_ITER
    inputs: [{ name: "iterable", size: null }],
    outputs: [{ name: "iter", size: null }],
    code: "const iterable = $IN0$;\nlet iter;\n{\niter = rt.getIter(iterable);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // GET_YIELD_FROM_ITER
    inputs: [{ name: "iterable", size: null }],
    outputs: [{ name: "iter", size: null }],
    code: "const iterable = $IN0$;\nlet iter;\n{\niter = rt.getYieldFromIter(iterable);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // ITER_NEXT
    inputs: [{ name: "iter", size: null }],
    outputs: [
      { name: "iter", size: null },
      { name: "next", size: null },
    ],
    code: "const iter = $IN0$;\nlet next;\nlet cond;\n{\nconst v = rt.forIterNext(iter);\ncond = v !== undefined;\nnext = v;\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: true,
  },
  {
    // SMALL_INT_ITER
    inputs: [{ name: "iter", size: null }],
    outputs: [{ name: "iter", size: null }],
    code: "const iter = $IN0$;\nlet cond;\n{\ncond = iter instanceof rt.PyNativeIterator && iter.smallInts;\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
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
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // SEQ_ITER
    inputs: [{ name: "iter", size: null }],
    outputs: [{ name: "iter", size: null }],
    code: "const iter = $IN0$;\nlet cond;\n{\ncond = iter instanceof rt.PyNativeIterator && (iter.cls === rt.listIteratorType || iter.cls === rt.tupleIteratorType);\n}",
    numOutputs: [false],
    raises: false,
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // SEQ_ITER_NEXT
    inputs: [{ name: "iter", size: null }],
    outputs: [
      { name: "iter", size: null },
      { name: "next", size: null },
    ],
    code: "const iter = $IN0$;\nlet next;\nlet cond;\n{\nconst v = iter.next();\ncond = v !== undefined;\nnext = v;\n}",
    numOutputs: [false, false],
    raises: false,
    escapes: false,
    locals: false,
    predicate: true,
  },
  {
    // SEND_TO
    inputs: [
      { name: "receiver", size: null },
      { name: "v", size: null },
    ],
    outputs: [
      { name: "receiver", size: null },
      { name: "retval", size: null },
    ],
    code: "const receiver = $IN0$;\nconst v = $IN1$;\nlet retval;\nlet cond;\n{\nconst [done, value] = rt.send(receiver, v);\ncond = !done;\nretval = value;\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: true,
  },
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
    escapes: false,
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
    escapes: false,
    locals: false,
    predicate: false,
  },
  {
    // CHECK_EXC_MATCH
    inputs: [
      { name: "left", size: null },
      { name: "right", size: null },
    ],
    outputs: [
      { name: "left", size: null },
      { name: "res", size: null },
    ],
    code: "const left = $IN0$;\nconst right = $IN1$;\nlet res;\n{\nres = rt.checkExcMatch(left, right);\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // RAISE
    inputs: [{ name: "items", size: (n: number) => n }],
    outputs: [],
    code: "const items = $IN0$;\nconst n = $IMM0$;\n{\nrt.raiseVarargs(items);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  null, // RERAISE
  {
    // LOAD_ASSERTION_ERROR
    inputs: [],
    outputs: [{ name: "value", size: null }],
    code: "let value;\n{\nvalue = rt.assertionError();\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // BEFORE_WITH
    inputs: [{ name: "mgr", size: null }],
    outputs: [
      { name: "exit", size: null },
      { name: "res", size: null },
    ],
    code: "const mgr = $IN0$;\nlet exit;\nlet res;\n{\n[exit, res] = rt.beforeWith(mgr);\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // WITH_EXCEPT_START
    inputs: [
      { name: "exit_func", size: null },
      { name: "exc_lasti", size: null },
      { name: "prev_exc", size: null },
      { name: "val", size: null },
    ],
    outputs: [
      { name: "exit_func", size: null },
      { name: "exc_lasti", size: null },
      { name: "prev_exc", size: null },
      { name: "val", size: null },
      { name: "res", size: null },
    ],
    code: "const exit_func = $IN0$;\nconst exc_lasti = $IN1$;\nconst prev_exc = $IN2$;\nconst val = $IN3$;\nlet res;\n{\nres = rt.withExceptStart(exit_func, val);\n}",
    numOutputs: [false, false, false, false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // IMPORT_NAME
    inputs: [
      { name: "level", size: null },
      { name: "fromlist", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const level = $IN0$;\nconst fromlist = $IN1$;\nconst name = $IMM0$;\nlet res;\n{\nres = rt.importNameOp(frame, code.names[name], fromlist, level);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: true,
    predicate: false,
  },
  {
    // IMPORT_FROM
    inputs: [{ name: "module", size: null }],
    outputs: [
      { name: "module", size: null },
      { name: "res", size: null },
    ],
    code: "const module = $IN0$;\nconst name = $IMM0$;\nlet res;\n{\nres = rt.importFromOp(module, code.names[name]);\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // IMPORT_STAR
    inputs: [{ name: "module", size: null }],
    outputs: [],
    code: "const module = $IN0$;\n{\nrt.importStar(frame, module);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: true,
    predicate: false,
  },
  {
    // SETUP_ANNOTATIONS
    inputs: [],
    outputs: [],
    code: "{\nrt.setupAnnotations(frame);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: true,
    predicate: false,
  },
  {
    // PRINT_EXPR
    inputs: [{ name: "value", size: null }],
    outputs: [],
    code: "const value = $IN0$;\n{\nrt.printExpr(value);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // MATCH_MAPPING
    inputs: [{ name: "subject", size: null }],
    outputs: [
      { name: "subject", size: null },
      { name: "res", size: null },
    ],
    code: "const subject = $IN0$;\nlet res;\n{\nres = rt.match.matchMapping(subject);\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // MATCH_SEQUENCE
    inputs: [{ name: "subject", size: null }],
    outputs: [
      { name: "subject", size: null },
      { name: "res", size: null },
    ],
    code: "const subject = $IN0$;\nlet res;\n{\nres = rt.match.matchSequence(subject);\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // MATCH_KEYS
    inputs: [
      { name: "subject", size: null },
      { name: "keys", size: null },
    ],
    outputs: [
      { name: "subject", size: null },
      { name: "keys", size: null },
      { name: "values", size: null },
    ],
    code: "const subject = $IN0$;\nconst keys = $IN1$;\nlet values;\n{\nvalues = rt.match.matchKeys(subject, keys);\n}",
    numOutputs: [false, false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // MATCH_CLASS
    inputs: [
      { name: "subject", size: null },
      { name: "cls", size: null },
      { name: "names", size: null },
    ],
    outputs: [{ name: "attrs", size: null }],
    code: "const subject = $IN0$;\nconst cls = $IN1$;\nconst names = $IN2$;\nconst n = $IMM0$;\nlet attrs;\n{\nattrs = rt.match.matchClass(subject, cls, names, n);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // CHECK_EG_MATCH
    inputs: [
      { name: "exc_value", size: null },
      { name: "match_type", size: null },
    ],
    outputs: [
      { name: "rest", size: null },
      { name: "match", size: null },
    ],
    code: "const exc_value = $IN0$;\nconst match_type = $IN1$;\nlet rest;\nlet match;\n{\n[rest, match] = rt.exceptStarMatch(exc_value, match_type);\nif (match !== rt.None)\nrt.state.excValue = match;\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // PREP_RERAISE_STAR
    inputs: [
      { name: "orig", size: null },
      { name: "excs", size: null },
    ],
    outputs: [{ name: "res", size: null }],
    code: "const orig = $IN0$;\nconst excs = $IN1$;\nlet res;\n{\nres = rt.prepReraiseStar(orig, excs);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // GET_AWAITABLE
    inputs: [{ name: "iterable", size: null }],
    outputs: [{ name: "iter", size: null }],
    code: "const iterable = $IN0$;\nconst where = $IMM0$;\nlet iter;\n{\niter = rt.co.getAwaitable(iterable, where);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // GET_AITER
    inputs: [{ name: "obj", size: null }],
    outputs: [{ name: "iter", size: null }],
    code: "const obj = $IN0$;\nlet iter;\n{\niter = rt.co.getAIter(obj);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // GET_ANEXT
    inputs: [{ name: "aiter", size: null }],
    outputs: [
      { name: "aiter", size: null },
      { name: "awaitable", size: null },
    ],
    code: "const aiter = $IN0$;\nlet awaitable;\n{\nawaitable = rt.co.getANext(aiter);\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // END_ASYNC_FOR
    inputs: [
      { name: "aiter", size: null },
      { name: "exc", size: null },
    ],
    outputs: [],
    code: "const aiter = $IN0$;\nconst exc = $IN1$;\n{\nrt.co.endAsyncFor(exc);\n}",
    numOutputs: [],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // BEFORE_ASYNC_WITH
    inputs: [{ name: "mgr", size: null }],
    outputs: [
      { name: "exit", size: null },
      { name: "res", size: null },
    ],
    code: "const mgr = $IN0$;\nlet exit;\nlet res;\n{\n[exit, res] = rt.co.beforeAsyncWith(mgr);\n}",
    numOutputs: [false, false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
  {
    // ASYNC_GEN_WRAP
    inputs: [{ name: "value", size: null }],
    outputs: [{ name: "res", size: null }],
    code: "const value = $IN0$;\nlet res;\n{\nres = rt.co.asyncGenWrap(value);\n}",
    numOutputs: [false],
    raises: true,
    escapes: true,
    locals: false,
    predicate: false,
  },
];
