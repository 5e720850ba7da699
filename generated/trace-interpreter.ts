// Generated from spec/thin-ops.yaml by generator/emit-trace-interpreter.ts — do not edit; run `npm run gen`.
// (Edit the spec, or the generator, instead.)
// The stack-based trace interpreter: runs a trace compiled to typed arrays (one element per
// entry) on a chain of frames — the loop's frame, then the calls the trace inlined — until the
// trace ends or a guard fails. Each case is a thin op's body from spec/thin-ops.yaml.
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

// Dispatch codes: an inlined thin op's id runs it; the codes below are guards and the other entries.
/** per thin op id: 1 when its body is a case of the loop (it cannot run Python code) */
export const INLINED: readonly number[] = [
  1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1,
  1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1,
  0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0,
  0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];
/** per thin op id: the code of the guard on its condition (inlined predicates), or -1 */
export const GUARD_CODE: readonly number[] = [
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 156, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, 157, 158, -1, -1, -1, -1, -1, 159, 160, 161, 162, -1, -1, -1, 163, 164, 165, 166, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, 167, 168, -1, -1, -1, -1, 169, 170, -1, -1, 171, -1, 172, -1, 173, -1, 174, -1, -1, -1, -1, -1,
  -1, -1, -1, 175, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, 176, -1, -1, -1, -1, -1, -1, -1, 177, 178, 179, 180, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
  -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
];
/** an inlined call: checks the callee's code and pushes its frame (hooks.enter) */
export const TC_ENTER = 181;
/** the inlined call returns (hooks.leave) */
export const TC_LEAVE = 182;
/** a method found on the owner's class, guarded by the class's version (hooks.method) */
export const TC_METHOD = 183;
/** an op, or a guard, whose calls run recorded fragments (hooks.slow) */
export const TC_SLOW_OP = 184;
export const TC_SLOW_GUARD = 185;
/** an op, or a guard, that is not inlined: runs through execThin (thin op in `thinOps`) */
export const TC_CALL_OP = 186;
export const TC_CALL_GUARD = 187;
/** superinstructions (spec/specialise.yaml `pairs`): per pair, the dispatch codes of its first
 *  and second entries and the code of the case that runs both */
export const PAIR_CODES: readonly number[] = [
  8, 7, 188, 7, 7, 189, 8, 8, 190, 7, 5, 191, 5, 7, 192, 7, 175, 193, 163, 8, 194,
];

/** A trace compiled for the loop: for entry i, its dispatch code, immediate, the code unit of the
 *  fat op it belongs to, the condition a guard expects, and the entry itself (for the hooks). */
export interface TraceCode<E> {
  ops: Int32Array;
  thinOps: Int32Array;
  imms: Int32Array;
  fatIps: Int32Array;
  expects: Uint8Array;
  entries: readonly E[];
  /** register form (runtime/tracing/register-form.ts), absent in stack form: per entry, how many
   *  of its top inputs are operands, the operands (REG_STRIDE per entry), the local its output
   *  goes to (-1: pushed), and where in `pends` the values to push when its guard fails are
   *  (-1: none; else a count, then operands) */
  folds?: Uint8Array;
  opnds?: Int32Array;
  dsts?: Int32Array;
  pendAt?: Int32Array;
  pends?: Int32Array;
  /** with pairs (stack form): per entry, the dispatches it takes to run the entries up to it
   *  (absent: one each) */
  dispatched?: Int32Array;
  /** the `js` stage (runtime/tracing/js-compile.ts): the entries as one JavaScript function once
   *  they have run `jsRuns` times, or null */
  js: ((chain: Frame[]) => number) | null;
  jsRuns: number;
  /** the trace whose loop this code is, when it ends where it starts again (a loop trace's peeled
   *  body, or its whole trace when not peeled): compiled, it loops by itself while the trace is
   *  valid and no signal is pending; `loopKinds`: the kinds (generated/specialiser.ts) of the
   *  loop frame's locals that hold whenever this code starts, or null: none known */
  loopOf: { invalid: boolean; loopKinds: readonly number[] | null; iterations: number } | null;
}

/** What the runtime's tracing layer does for the entries that are not thin ops. */
export interface TraceHooks<E> {
  /** ENTER: the callee's new frame (the caller's stack already popped), or null: guard failed */
  enter(caller: Frame, entry: E): Frame | null;
  /** LEAVE: the callee's value goes to the caller */
  leave(callee: Frame, caller: Frame): void;
  /** METHOD on the owner at stack[sp - 1]: false when the guard fails (nothing touched) */
  method(stack: Slot[], sp: number, entry: E): boolean;
  /** runs the entry's op with its fragments, on frame.sp; returns its condition */
  slow(frame: Frame, entry: E): boolean;
}

export let hooks: TraceHooks<any>;
export function registerTraceHooks<E>(h: TraceHooks<E>): void {
  hooks = h;
}

/** the entry whose op raised, when runTraceCode last threw */
export let raisedAt = -1;

/** Runs `tc` on `chain` (innermost frame last; ENTER and LEAVE push and pop it). Returns -1 when
 *  every entry ran, or the index of the guard that failed (its op done, as when recorded). */
export function runTraceCode<E>(tc: TraceCode<E>, chain: Frame[]): number {
  const ops = tc.ops;
  const imms = tc.imms;
  const fatIps = tc.fatIps;
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
        case 188:
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
          i++;
          {
            const imm0 = imms[i];

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
        case 189:
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
          i++;
          {
            const imm0 = imms[i];

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
        case 190:
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
          i++;
          {
            const imm0 = imms[i];

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
        case 191:
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
          i++;
          {
            const imm0 = imms[i];

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
        case 192:
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
          i++;
          {
            const imm0 = imms[i];

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
        case 193:
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
          i++;
          {
            const imm0 = imms[i];

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
            if (result !== (tc.expects[i] === 1)) {
              break run;
            }
          }
          continue;
        case 194:
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
            if (result !== (tc.expects[i] === 1)) {
              break run;
            }
          }
          i++;
          {
            const imm0 = imms[i];

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
    frame.sp = sp;
    frame.ip = ip;
    frame.lasti = fatIps[i];
    return i;
  }
  frame.sp = sp;
  frame.ip = ip;
  return -1;
}
