// Generated from spec/thin-ops.yaml by generator/emit-trace-interpreter.ts (register form: generator/lower-register.ts) — do not edit; run `npm run gen`.
// (Edit the spec, or the generator, instead.)
// The register-based trace interpreter: runs a trace compiled by runtime/tracing/register-form.ts
// on the same chain of frames as the stack-based one (generated/trace-interpreter.ts): its cases,
// with the same dispatch codes, and for each op that has a register form (generator/lower-register.ts)
// a second case that takes its top `folds[i]` inputs as operands — locals or constants — instead
// of from the stack, and may write its output to a local. A guard that fails first pushes the
// values the stack form would have had on the stack there (`pendAt`), so its exit finds the
// frames as it expects.
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
import { execThin } from "./thin-ops.js";
import {
  hooks,
  TC_CALL_GUARD,
  TC_CALL_OP,
  TC_ENTER,
  TC_LEAVE,
  TC_METHOD,
  TC_SLOW_GUARD,
  TC_SLOW_OP,
} from "./trace-interpreter.js";
import type { TraceCode } from "./trace-interpreter.js";

/** operand slots per trace entry (the most inputs of any register form) */
export const REG_STRIDE = 3;
/** per thin op id: how many inputs its register form takes as operands, or -1 (stack form only) */
export const REG_INPUTS: readonly number[] = [
  1, 0, -1, -1, -1, 0, 0, 0, 1, -1, -1, -1, 0, -1, -1, -1, -1, -1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1, 1,
  -1, -1, -1, -1, -1, 2, 2, 2, 2, -1, -1, 2, 2, 2, 2, 2, -1, 2, 2, 2, 2, 2, -1, -1, -1, 2, -1, -1, -1, 2, 2, -1, -1, -1,
  -1, 2, 3, 3, 2, 2, 2, 2, -1, 3, -1, 2, -1, -1, -1, -1, -1, -1, -1, -1, 1, -1, -1, -1, -1, -1, -1, 3, 3, 3, 3, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1, -1, -1, -1, -1, -1, -1, -1, 1, 1, 1, 1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
];
/** per thin op id: 1 when its register form has one output, which may go to a local (not a NULL slot) */
export const REG_ONE_OUTPUT: readonly number[] = [
  0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];
/** per thin op id: 1 when it is a predicate whose guard only reads its inputs */
export const REG_PEEKS: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1,
  1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];
/** per thin op id: the code of its case that takes operands (an op, or a guard on a predicate), or -1 */
export const REG_OP_CODE: readonly number[] = [
  188, 189, -1, -1, -1, 190, 191, 192, 193, -1, -1, -1, 194, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 202, -1, -1, -1, -1, -1, 207, 208, 209, 210, 211, -1, -1,
  -1, 212, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 217, 218, -1, 220, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, 225, 226, 227, 228, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
];
export const REG_GUARD_CODE: readonly number[] = [
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 195, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, 196, 197, -1, -1, -1, -1, -1, 198, 199, 200, 201, -1, -1, -1, 203, 204, 205, 206, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, 213, 214, -1, -1, -1, -1, 215, 216, -1, -1, 219, -1, 221, -1, 222, -1, 223, -1, -1, -1, -1, -1,
  -1, -1, -1, 224, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, 229, -1, -1, -1, -1, -1, -1, -1, 230, 231, 232, 233, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
];

/** an operand: local d (d >= 0) or constant ~d */
function operand(d: number, locals: readonly (PyObject | undefined)[], code: PyCode): PyObject {
  return d >= 0 ? locals[d]! : code.consts[~d];
}

/** Pushes the values the stack form has on the stack at entry i (its pending operands). */
function materialise(
  tc: TraceCode<unknown>,
  i: number,
  stack: Slot[],
  sp: number,
  locals: readonly (PyObject | undefined)[],
  code: PyCode,
): number {
  const at = tc.pendAt![i];
  if (at < 0) return sp;
  const pends = tc.pends!;
  for (let k = 1, n = pends[at]; k <= n; k++) stack[sp++] = operand(pends[at + k], locals, code);
  return sp;
}

/** the entry whose op raised, when runRegisterCode last threw */
export let raisedAt = -1;

/** Runs `tc` on `chain` (innermost frame last; ENTER and LEAVE push and pop it). Returns -1 when
 *  every entry ran, or the index of the guard that failed (its op done, as when recorded). */
export function runRegisterCode<E>(tc: TraceCode<E>, chain: Frame[]): number {
  const ops = tc.ops;
  const imms = tc.imms;
  const fatIps = tc.fatIps;
  const folds = tc.folds!;
  const opnds = tc.opnds!;
  const dsts = tc.dsts!;
  const n = ops.length;
  let frame = chain[chain.length - 1];
  let code: PyCode = frame.code;
  let stack: Slot[] = frame.stack;
  let locals = frame.localsplus;
  let sp = frame.sp;
  let ip = frame.ip;
  let result = false;
  let i = 0;
  try {
    run: for (; i < n; i++) {
      const imm0 = imms[i];
      switch (ops[i]) {
        case 0:
          {
            op_POP: {
              {
                const value = stack[sp - 1] as PyObject;
                sp -= 1;
              }
            }
          }
          continue;
        case 1:
          {
            op_PUSH_NULL: {
              let _t0: Slot;
              {
                let res: Slot;
                res = null;
                _t0 = res;
              }
              stack[sp] = _t0;
              sp += 1;
            }
          }
          continue;
        case 3:
          {
            op_COPY: {
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
          }
          continue;
        case 4:
          {
            op_SWAP: {
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
          }
          continue;
        case 5:
          {
            op_LOAD_CONST: {
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
          }
          continue;
        case 6:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_LOAD_FAST: {
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
          }
          continue;
        case 7:
          {
            op_LOAD_FAST_BOUND: {
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
          }
          continue;
        case 8:
          {
            op_STORE_FAST: {
              {
                const index = imm0;
                const value = stack[sp - 1] as PyObject;
                sp -= 1;
                locals[index] = value;
              }
            }
          }
          continue;
        case 12:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_LOAD_DEREF: {
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
          }
          continue;
        case 18:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_LOAD_GLOBAL_CACHED: {
              let _c0: boolean;
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
          }
          continue;
        case 25:
          {
            op_JUMP: {
              {
                const target = imm0;
                {
                  ip = target;
                  break op_JUMP;
                }
              }
            }
            frame.ip = ip;
          }
          continue;
        case 26:
          {
            op_LOOP_BACK: {
              {
                const target = imm0;
                {
                  ip = target;
                  break op_LOOP_BACK;
                }
              }
            }
            frame.ip = ip;
          }
          continue;
        case 30:
          {
            op_BOOL_IS_TRUE: {
              let _c0: boolean;
              {
                const value = stack[sp - 1] as boolean;
                sp -= 1;
                let cond: boolean;
                cond = value;
                _c0 = cond;
              }
              result = _c0;
            }
          }
          continue;
        case 31:
          {
            op_IS_NONE: {
              let _c0: boolean;
              {
                const value = stack[sp - 1] as PyObject;
                sp -= 1;
                let cond: boolean;
                cond = value === rt.None;
                _c0 = cond;
              }
              result = _c0;
            }
          }
          continue;
        case 37:
          {
            op_BOTH_SMALL_INT: {
              let _c0: boolean;
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
          }
          continue;
        case 38:
          {
            op_BOTH_FLOAT: {
              let _c0: boolean;
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
          }
          continue;
        case 39:
          {
            op_FLOAT_SMALL_INT: {
              let _c0: boolean;
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
          }
          continue;
        case 40:
          {
            op_SMALL_INT_FLOAT: {
              let _c0: boolean;
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
          }
          continue;
        case 43:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_INT_MUL: {
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
          }
          continue;
        case 44:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_INT_ADD_SMALL: {
              let _c0: boolean;
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
          }
          continue;
        case 45:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_INT_SUB_SMALL: {
              let _c0: boolean;
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
          }
          continue;
        case 46:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_INT_MUL_SMALL: {
              let _c0: boolean;
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
          }
          continue;
        case 47:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_INT_BINARY_SMALL: {
              let _c0: boolean;
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
          }
          continue;
        case 49:
          {
            op_FLOAT_ADD: {
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
          }
          continue;
        case 50:
          {
            op_FLOAT_SUB: {
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
          }
          continue;
        case 51:
          {
            op_FLOAT_MUL: {
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
          }
          continue;
        case 52:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_FLOAT_BINARY: {
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
          }
          continue;
        case 53:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_FLOAT_INT_BINARY: {
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
          }
          continue;
        case 57:
          {
            op_INT_COMPARE: {
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
          }
          continue;
        case 61:
          {
            op_INT_COMPARE_TEST: {
              let _c0: boolean;
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
          }
          continue;
        case 62:
          {
            op_FLOAT_COMPARE_TEST: {
              let _c0: boolean;
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
          }
          continue;
        case 67:
          {
            op_LIST_INT_INDEX: {
              let _c0: boolean;
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
          }
          continue;
        case 68:
          {
            op_LIST_INT_STORE: {
              let _c0: boolean;
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
          }
          continue;
        case 69:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_LIST_SETITEM: {
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
          }
          continue;
        case 70:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_LIST_GETITEM: {
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
          }
          continue;
        case 71:
          {
            op_TUPLE_INT_INDEX: {
              let _c0: boolean;
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
          }
          continue;
        case 72:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_TUPLE_GETITEM: {
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
          }
          continue;
        case 73:
          {
            op_DICT_INDEX: {
              let _c0: boolean;
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
          }
          continue;
        case 75:
          {
            op_DICT_STORE: {
              let _c0: boolean;
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
          }
          continue;
        case 77:
          {
            op_STR_INT_INDEX: {
              let _c0: boolean;
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
          }
          continue;
        case 86:
          {
            op_LOAD_ATTR_INSTANCE: {
              let _c0: boolean;
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
          }
          continue;
        case 93:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_CALL_SQRT_FLOAT: {
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
          }
          continue;
        case 94:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_CALL_MATH_UNARY_FLOAT: {
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
          }
          continue;
        case 95:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_CALL_MATH_UNARY_INT: {
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
          }
          continue;
        case 96:
          {
            op_CALL_LEN_LIST: {
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
          }
          continue;
        case 111:
          {
            op_LIST_APPEND: {
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
          }
          continue;
        case 118:
          {
            op_SEQ_OF_LEN: {
              let _c0: boolean;
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
          }
          continue;
        case 119:
          {
            op_SEQ_UNPACK: {
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
          }
          continue;
        case 126:
          {
            op_SMALL_INT_ITER: {
              let _c0: boolean;
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
          }
          continue;
        case 127:
          {
            op_SMALL_INT_ITER_NEXT: {
              let _c0: boolean;
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
          }
          continue;
        case 128:
          {
            op_SEQ_ITER: {
              let _c0: boolean;
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
          }
          continue;
        case 129:
          {
            op_SEQ_ITER_NEXT: {
              let _c0: boolean;
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
          }
          continue;
        case 188:
          {
            op_POP_R: {
              const stacked = 1 - folds[i];
              const o = i * 3;
              const value = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              sp -= stacked;
            }
          }
          continue;
        case 189:
          {
            op_PUSH_NULL_R: {
              let res: Slot;
              {
                res = null;
              }
              stack[sp++] = res;
            }
          }
          continue;
        case 190:
          {
            op_LOAD_CONST_R: {
              const index = imm0;
              let value: PyObject;
              {
                value = code.consts[index];
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = value;
              else locals[dst] = value;
            }
          }
          continue;
        case 191:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_LOAD_FAST_R: {
              const index = imm0;
              let value: PyObject;
              {
                const v = locals[index];
                if (v === undefined) throw rt.unboundLocal(code, index);
                value = v;
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = value;
              else locals[dst] = value;
            }
          }
          continue;
        case 192:
          {
            op_LOAD_FAST_BOUND_R: {
              const index = imm0;
              let value: PyObject;
              {
                value = locals[index] as PyObject;
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = value;
              else locals[dst] = value;
            }
          }
          continue;
        case 193:
          {
            op_STORE_FAST_R: {
              const stacked = 1 - folds[i];
              const o = i * 3;
              const value = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              sp -= stacked;
              const index = imm0;
              {
                locals[index] = value;
              }
            }
          }
          continue;
        case 194:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_LOAD_DEREF_R: {
              const index = imm0;
              let value: PyObject;
              {
                const v = (locals[index] as PyCell).value;
                if (v === undefined) throw rt.unboundFree(code, index);
                value = v;
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = value;
              else locals[dst] = value;
            }
          }
          continue;
        case 202:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_INT_MUL_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as number;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as number;
              sp -= stacked;
              let res: PyObject;
              {
                const r = lhs * rhs;
                res = Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : rt.O.intBinary(lhs, rhs, 5);
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          continue;
        case 207:
          {
            op_FLOAT_ADD_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyFloat;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyFloat;
              sp -= stacked;
              let res: PyObject;
              {
                res = new rt.PyFloat(lhs.value + rhs.value);
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          continue;
        case 208:
          {
            op_FLOAT_SUB_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyFloat;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyFloat;
              sp -= stacked;
              let res: PyObject;
              {
                res = new rt.PyFloat(lhs.value - rhs.value);
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          continue;
        case 209:
          {
            op_FLOAT_MUL_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyFloat;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyFloat;
              sp -= stacked;
              let res: PyObject;
              {
                res = new rt.PyFloat(lhs.value * rhs.value);
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          continue;
        case 210:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_FLOAT_BINARY_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyFloat;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyFloat;
              sp -= stacked;
              const op = imm0;
              let res: PyObject;
              {
                res = rt.O.floatBinary(lhs.value, rhs.value, op);
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          continue;
        case 211:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_FLOAT_INT_BINARY_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyFloat;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as number;
              sp -= stacked;
              const op = imm0;
              let res: PyObject;
              {
                res = rt.O.floatMixedBinary(lhs, rhs, lhs.value, rhs, op);
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          continue;
        case 212:
          {
            op_INT_COMPARE_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as number;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as number;
              sp -= stacked;
              const op = imm0;
              let res: PyObject;
              {
                res = rt.numberCompare(lhs, rhs, op);
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          continue;
        case 217:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_LIST_SETITEM_R: {
              const stacked = 3 - folds[i];
              const o = i * 3;
              const value = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              const container = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyList;
              const sub = (2 < stacked ? stack[sp - stacked + 2] : operand(opnds[o + 2], locals, code)) as number;
              sp -= stacked;
              {
                const items = container.items;
                const i = sub + (sub < 0 ? items.length : 0);
                if (i < 0 || i >= items.length) throw rt.listAssignIndexError();
                items[i] = value;
              }
            }
          }
          continue;
        case 218:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_LIST_GETITEM_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const container = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyList;
              const sub = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as number;
              sp -= stacked;
              let res: PyObject;
              {
                const items = container.items;
                const i = sub + (sub < 0 ? items.length : 0);
                if (i < 0 || i >= items.length) throw rt.listIndexError();
                res = items[i];
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          continue;
        case 220:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_TUPLE_GETITEM_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const container = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyTuple;
              const sub = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as number;
              sp -= stacked;
              let res: PyObject;
              {
                const items = container.items;
                const i = sub + (sub < 0 ? items.length : 0);
                if (i < 0 || i >= items.length) throw rt.tupleIndexError();
                res = items[i];
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          continue;
        case 225:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_CALL_SQRT_FLOAT_R: {
              const stacked = 3 - folds[i];
              const o = i * 3;
              const nul = 0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code);
              const callee = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyObject;
              const x = (2 < stacked ? stack[sp - stacked + 2] : operand(opnds[o + 2], locals, code)) as PyFloat;
              sp -= stacked;
              let res: PyObject;
              {
                const r = Math.sqrt(x.value);
                if (r !== r && x.value === x.value) throw rt.mathDomainError();
                res = new rt.PyFloat(r);
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          continue;
        case 226:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_CALL_MATH_UNARY_FLOAT_R: {
              const stacked = 3 - folds[i];
              const o = i * 3;
              const nul = 0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code);
              const callee = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyObject;
              const x = (2 < stacked ? stack[sp - stacked + 2] : operand(opnds[o + 2], locals, code)) as PyFloat;
              sp -= stacked;
              let res: PyObject;
              {
                res = rt.mathUnary(callee, x.value);
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          continue;
        case 227:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            op_CALL_MATH_UNARY_INT_R: {
              const stacked = 3 - folds[i];
              const o = i * 3;
              const nul = 0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code);
              const callee = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyObject;
              const x = (2 < stacked ? stack[sp - stacked + 2] : operand(opnds[o + 2], locals, code)) as number;
              sp -= stacked;
              let res: PyObject;
              {
                res = rt.mathUnary(callee, x);
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          continue;
        case 228:
          {
            op_CALL_LEN_LIST_R: {
              const stacked = 3 - folds[i];
              const o = i * 3;
              const nul = 0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code);
              const callee = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyObject;
              const x = (2 < stacked ? stack[sp - stacked + 2] : operand(opnds[o + 2], locals, code)) as PyList;
              sp -= stacked;
              let res: PyObject;
              {
                res = x.items.length;
              }
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          continue;
        case 156:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            guard_LOAD_GLOBAL_CACHED: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 157:
          {
            guard_BOOL_IS_TRUE: {
              let _c0: boolean;
              {
                const value = stack[sp - 1] as boolean;
                sp -= 1;
                let cond: boolean;
                cond = value;
                _c0 = cond;
              }
              result = _c0;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 158:
          {
            guard_IS_NONE: {
              let _c0: boolean;
              {
                const value = stack[sp - 1] as PyObject;
                sp -= 1;
                let cond: boolean;
                cond = value === rt.None;
                _c0 = cond;
              }
              result = _c0;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 159:
          {
            guard_BOTH_SMALL_INT: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 160:
          {
            guard_BOTH_FLOAT: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 161:
          {
            guard_FLOAT_SMALL_INT: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 162:
          {
            guard_SMALL_INT_FLOAT: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 163:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            guard_INT_ADD_SMALL: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 164:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            guard_INT_SUB_SMALL: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 165:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            guard_INT_MUL_SMALL: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 166:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            guard_INT_BINARY_SMALL: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 167:
          {
            guard_INT_COMPARE_TEST: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 168:
          {
            guard_FLOAT_COMPARE_TEST: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 169:
          {
            guard_LIST_INT_INDEX: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 170:
          {
            guard_LIST_INT_STORE: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 171:
          {
            guard_TUPLE_INT_INDEX: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 172:
          {
            guard_DICT_INDEX: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 173:
          {
            guard_DICT_STORE: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 174:
          {
            guard_STR_INT_INDEX: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 175:
          {
            guard_LOAD_ATTR_INSTANCE: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 176:
          {
            guard_SEQ_OF_LEN: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 177:
          {
            guard_SMALL_INT_ITER: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 178:
          {
            guard_SMALL_INT_ITER_NEXT: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 179:
          {
            guard_SEQ_ITER: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 180:
          {
            guard_SEQ_ITER_NEXT: {
              let _c0: boolean;
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
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 195:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            guard_LOAD_GLOBAL_CACHED_R: {
              const entry = imm0;
              let value: PyObject;
              let cond: boolean;
              {
                const v = rt.cachedGlobal(frame.globals, frame.builtins, entry);
                cond = v !== undefined;
                value = v as PyObject;
              }
              result = cond;
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = value;
              else locals[dst] = value;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 196:
          {
            guard_BOOL_IS_TRUE_R: {
              const stacked = 1 - folds[i];
              const o = i * 3;
              const value = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as boolean;
              sp -= stacked;
              let cond: boolean;
              {
                cond = value;
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 197:
          {
            guard_IS_NONE_R: {
              const stacked = 1 - folds[i];
              const o = i * 3;
              const value = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              sp -= stacked;
              let cond: boolean;
              {
                cond = value === rt.None;
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 198:
          {
            guard_BOTH_SMALL_INT_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyObject;
              let cond: boolean;
              {
                cond = typeof lhs === "number" && typeof rhs === "number";
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 199:
          {
            guard_BOTH_FLOAT_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyObject;
              let cond: boolean;
              {
                cond = lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat;
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 200:
          {
            guard_FLOAT_SMALL_INT_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyObject;
              let cond: boolean;
              {
                cond = lhs instanceof rt.PyFloat && typeof rhs === "number";
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 201:
          {
            guard_SMALL_INT_FLOAT_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyObject;
              let cond: boolean;
              {
                cond = typeof lhs === "number" && rhs instanceof rt.PyFloat;
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 203:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            guard_INT_ADD_SMALL_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as number;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as number;
              sp -= stacked;
              let res: PyObject;
              let cond: boolean;
              {
                const r = lhs + rhs;
                cond = Number.isSafeInteger(r);
                res = cond ? r : rt.O.intBinary(lhs, rhs, 0);
              }
              result = cond;
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 204:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            guard_INT_SUB_SMALL_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as number;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as number;
              sp -= stacked;
              let res: PyObject;
              let cond: boolean;
              {
                const r = lhs - rhs;
                cond = Number.isSafeInteger(r);
                res = cond ? r : rt.O.intBinary(lhs, rhs, 10);
              }
              result = cond;
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 205:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            guard_INT_MUL_SMALL_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as number;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as number;
              sp -= stacked;
              let res: PyObject;
              let cond: boolean;
              {
                const r = lhs * rhs;
                cond = Number.isSafeInteger(r);
                res = cond ? (r === 0 ? 0 : r) : rt.O.intBinary(lhs, rhs, 5);
              }
              result = cond;
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 206:
          {
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = fatIps[i];
            guard_INT_BINARY_SMALL_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as number;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as number;
              sp -= stacked;
              const op = imm0;
              let res: PyObject;
              let cond: boolean;
              {
                res = rt.O.intBinary(lhs, rhs, op);
                cond = typeof res === "number";
              }
              result = cond;
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 213:
          {
            guard_INT_COMPARE_TEST_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as number;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as number;
              sp -= stacked;
              const op = imm0;
              let cond: boolean;
              {
                cond = rt.numberCompare(lhs, rhs, op);
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 214:
          {
            guard_FLOAT_COMPARE_TEST_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const lhs = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyFloat;
              const rhs = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyFloat;
              sp -= stacked;
              const op = imm0;
              let cond: boolean;
              {
                cond = rt.numberCompare(lhs.value, rhs.value, op);
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 215:
          {
            guard_LIST_INT_INDEX_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const container = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              const sub = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyObject;
              let cond: boolean;
              {
                cond = container instanceof rt.PyList && container.cls === rt.listType && typeof sub === "number";
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 216:
          {
            guard_LIST_INT_STORE_R: {
              const stacked = 3 - folds[i];
              const o = i * 3;
              const value = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              const container = (
                1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)
              ) as PyObject;
              const sub = (2 < stacked ? stack[sp - stacked + 2] : operand(opnds[o + 2], locals, code)) as PyObject;
              let cond: boolean;
              {
                cond = container instanceof rt.PyList && container.cls === rt.listType && typeof sub === "number";
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 219:
          {
            guard_TUPLE_INT_INDEX_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const container = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              const sub = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyObject;
              let cond: boolean;
              {
                cond = container instanceof rt.PyTuple && container.cls === rt.tupleType && typeof sub === "number";
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 221:
          {
            guard_DICT_INDEX_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const container = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              const sub = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyObject;
              let cond: boolean;
              {
                cond = container instanceof rt.PyDict && container.cls === rt.dictType;
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 222:
          {
            guard_DICT_STORE_R: {
              const stacked = 3 - folds[i];
              const o = i * 3;
              const value = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              const container = (
                1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)
              ) as PyObject;
              const sub = (2 < stacked ? stack[sp - stacked + 2] : operand(opnds[o + 2], locals, code)) as PyObject;
              let cond: boolean;
              {
                cond = container instanceof rt.PyDict && container.cls === rt.dictType;
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 223:
          {
            guard_STR_INT_INDEX_R: {
              const stacked = 2 - folds[i];
              const o = i * 3;
              const container = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              const sub = (1 < stacked ? stack[sp - stacked + 1] : operand(opnds[o + 1], locals, code)) as PyObject;
              let cond: boolean;
              {
                cond = typeof container === "string" && typeof sub === "number";
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 224:
          {
            guard_LOAD_ATTR_INSTANCE_R: {
              const stacked = 1 - folds[i];
              const o = i * 3;
              const owner = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              sp -= stacked;
              const entry = imm0;
              let res: PyObject;
              let cond: boolean;
              {
                const v = rt.loadAttrInstance(owner, entry);
                cond = v !== undefined;
                res = cond ? (v as PyObject) : owner;
              }
              result = cond;
              const dst = dsts[i];
              if (dst < 0) stack[sp++] = res;
              else locals[dst] = res;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 229:
          {
            guard_SEQ_OF_LEN_R: {
              const stacked = 1 - folds[i];
              const o = i * 3;
              const seq = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              const n = imm0;
              let cond: boolean;
              {
                cond =
                  ((seq instanceof rt.PyTuple && seq.cls === rt.tupleType) ||
                    (seq instanceof rt.PyList && seq.cls === rt.listType)) &&
                  seq.items.length === n;
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 230:
          {
            guard_SMALL_INT_ITER_R: {
              const stacked = 1 - folds[i];
              const o = i * 3;
              const iter = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              let cond: boolean;
              {
                cond = iter instanceof rt.PyNativeIterator && iter.smallInts;
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 231:
          {
            guard_SMALL_INT_ITER_NEXT_R: {
              const stacked = 1 - folds[i];
              const o = i * 3;
              const iter = (
                0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)
              ) as PyNativeIterator;
              sp -= stacked;
              let next: PyObject;
              let cond: boolean;
              {
                const v = iter.next();
                cond = v !== undefined;
                next = v as PyObject;
              }
              result = cond;
              stack[sp++] = iter;
              stack[sp++] = next;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 232:
          {
            guard_SEQ_ITER_R: {
              const stacked = 1 - folds[i];
              const o = i * 3;
              const iter = (0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)) as PyObject;
              let cond: boolean;
              {
                cond =
                  iter instanceof rt.PyNativeIterator &&
                  (iter.cls === rt.listIteratorType || iter.cls === rt.tupleIteratorType);
              }
              result = cond;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case 233:
          {
            guard_SEQ_ITER_NEXT_R: {
              const stacked = 1 - folds[i];
              const o = i * 3;
              const iter = (
                0 < stacked ? stack[sp - stacked] : operand(opnds[o + 0], locals, code)
              ) as PyNativeIterator;
              sp -= stacked;
              let next: PyObject;
              let cond: boolean;
              {
                const v = iter.next();
                cond = v !== undefined;
                next = v as PyObject;
              }
              result = cond;
              stack[sp++] = iter;
              stack[sp++] = next;
            }
          }
          if (result === (tc.expects[i] === 1)) continue;
          break run;
        case TC_ENTER: {
          frame.sp = sp;
          frame.ip = ip;
          frame.lasti = fatIps[i];
          const callee = hooks.enter(frame, tc.entries[i]);
          if (callee === null) return i;
          chain.push(callee);
          frame = callee;
          code = frame.code;
          stack = frame.stack;
          locals = frame.localsplus;
          sp = frame.sp;
          ip = frame.ip;
          continue;
        }
        case TC_LEAVE: {
          frame.sp = sp;
          chain.pop();
          const caller = chain[chain.length - 1];
          hooks.leave(frame, caller);
          frame = caller;
          code = frame.code;
          stack = frame.stack;
          locals = frame.localsplus;
          sp = frame.sp;
          ip = frame.ip;
          continue;
        }
        case TC_METHOD:
          if (hooks.method(stack, sp, tc.entries[i])) {
            sp++;
            continue;
          }
          frame.sp = sp;
          frame.ip = ip;
          frame.lasti = fatIps[i];
          return i;
        case TC_SLOW_OP:
        case TC_SLOW_GUARD: {
          frame.sp = sp;
          frame.ip = ip;
          frame.lasti = fatIps[i];
          result = hooks.slow(frame, tc.entries[i]);
          sp = frame.sp;
          ip = frame.ip;
          locals = frame.localsplus;
          if (ops[i] === TC_SLOW_OP || result === (tc.expects[i] === 1)) continue;
          return i;
        }
        case TC_CALL_OP:
        case TC_CALL_GUARD: {
          frame.sp = sp;
          frame.ip = ip;
          frame.lasti = fatIps[i];
          result = execThin(frame, tc.thinOps[i], imm0);
          sp = frame.sp;
          ip = frame.ip;
          if (ops[i] === TC_CALL_OP || result === (tc.expects[i] === 1)) continue;
          return i;
        }
        default:
          throw new Error(`unknown trace code ${ops[i]} at entry ${i}`);
      }
    }
  } catch (e) {
    raisedAt = i;
    throw e;
  }
  if (i < n) {
    // the guard at entry i failed (its case broke out of the loop): every guard's exit
    sp = materialise(tc, i, stack, sp, locals, code);
    frame.sp = sp;
    frame.ip = ip;
    frame.lasti = fatIps[i];
    return i;
  }
  frame.sp = sp;
  frame.ip = ip;
  return -1;
}
