// Calls inlined into traces. A trace follows a call into a Python function: an ENTER entry
// guards that the callee is (still) a function with the recorded code object, builds its frame
// from the caller's stack and links it like a real call; the callee's thin ops run on that
// frame; a LEAVE entry moves the return value into the caller. Frames are real objects in this
// (unoptimised) tier, so leaving a trace inside inlined calls needs no reconstruction: each
// inlined frame is resumed by the base interpreter, innermost first, and its result (or
// exception) is handed to its caller, exactly as if the calls had been made by the base
// interpreter all along.
// A call of a plain class (object's __new__, a Python __init__: typeobj.ts pushableInit) is
// inlined the same way: ENTER allocates the instance and enters `__init__` with it as `self`
// (the frame's initSelf, as the base interpreter's CALL does), and LEAVE gives the caller the
// instance once `__init__` returned None. A binary operator on two instances of one class whose
// method for it is a Python function (operators.ts sameClassMethod: `Vector - Vector`) is
// inlined too: ENTER guards both operands' class and that the class's method has the recorded
// code, and enters it with (lhs, rhs); LEAVE raises the operator's TypeError in the caller when
// it returned NotImplemented, as binaryOp would.
import { CO_VARARGS, CO_VARKEYWORDS, PyBoundMethod, PyFunction, PyType } from "../objects/core.js";
import { sameClassMethod } from "../objects/operators.js";
import { typeOf } from "../objects/protocol.js";
import type { PyCode, PyObject } from "../objects/core.js";
import { allocPlainInstance, bindArguments, callResult as callResultOf, executeFrame, linkFrame, plainInitOf, unlinkFrame } from "../interp/call.js";
import { Frame, frameFor, keepSpare } from "../interp/frame.js";
import { toPyException } from "../interp/unwind.js";

/** deepest chain of inlined calls in one trace */
export const MAX_INLINE_DEPTH = 8;

/** How the callee and its first argument sit on the stack below the n arguments of CALL. */
export const enum CallShape {
  /** NULL, function: a plain call */
  Plain = 0,
  /** function, self: a method found by LOAD_METHOD */
  Method = 1,
  /** NULL, bound method of a function */
  Bound = 2,
  /** NULL, a plain class: its `__init__` is entered with a new instance */
  Init = 3,
  /** no CALL: the two operands of a binary operator (the entry's immediate), entered as
   *  (self, other) of their class's method for it */
  Operator = 4,
}

export interface Callee {
  fn: PyFunction;
  shape: CallShape;
}

/** The Python function CALL(n) on `frame` is about to call, if it calls one directly. */
export function inlinableCallee(frame: Frame, n: number): Callee | null {
  const first = frame.stack[frame.sp - n - 2];
  const second = frame.stack[frame.sp - n - 1];
  let c: Callee | null = null;
  if (first === null) {
    if (second instanceof PyFunction) c = { fn: second, shape: CallShape.Plain };
    else if (second instanceof PyBoundMethod && second.func instanceof PyFunction) c = { fn: second.func, shape: CallShape.Bound };
    else if (second instanceof PyType) {
      const init = plainInitOf(second);
      if (init !== null) c = { fn: init, shape: CallShape.Init };
    }
  } else if (first instanceof PyFunction) c = { fn: first, shape: CallShape.Method };
  return c;
}

/**
 * ENTER: if the callee of CALL(n) on `caller` has the recorded shape and code, pops the call
 * from the caller's stack and returns the callee's new, linked frame; otherwise returns null and
 * leaves everything untouched (the guard failed). Argument errors raise in the caller, as a
 * real call's do.
 */
export function enterCall(caller: Frame, n: number, shape: CallShape, code: PyCode): Frame | null {
  if (shape === CallShape.Operator) return enterOperator(caller, n, code);
  const stack = caller.stack;
  const base = caller.sp - n - 2;
  const first = stack[base];
  const second = stack[base + 1] as PyObject;
  let fn: PyFunction;
  let self: PyObject | null = null;
  switch (shape) {
    case CallShape.Plain:
      if (first !== null || !(second instanceof PyFunction) || second.code !== code) return null;
      fn = second;
      break;
    case CallShape.Method:
      if (!(first instanceof PyFunction) || first.code !== code) return null;
      fn = first;
      self = second;
      break;
    case CallShape.Bound:
      if (first !== null || !(second instanceof PyBoundMethod) || !(second.func instanceof PyFunction) || second.func.code !== code) return null;
      fn = second.func;
      self = second.self;
      break;
    case CallShape.Init: {
      // any class whose call runs an `__init__` of this code as its own frame
      const init = first === null && second instanceof PyType ? plainInitOf(second) : null;
      if (init === null || init.code !== code) return null;
      fn = init;
      self = allocPlainInstance(second as PyType);
      break;
    }
  }
  const kwnames = caller.kwnames;
  const callee = frameFor(fn.code, fn);
  if (shape === CallShape.Init) callee.initSelf = self;
  const nargs = n + (self !== null ? 1 : 0);
  if (kwnames === null && nargs === code.argcount && code.kwonlyargcount === 0 && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0) {
    // positional arguments straight into the callee's first locals (bindArguments' fast path,
    // without the argument array)
    const locals = callee.localsplus;
    let k = 0;
    if (self !== null) locals[k++] = self;
    for (let i = base + 2; i < caller.sp; i++) locals[k++] = stack[i] as PyObject;
    for (let i = base; i < caller.sp; i++) stack[i] = undefined as never;
    caller.sp = base;
  } else {
    const args = stack.slice(base + 2, caller.sp) as PyObject[];
    if (self !== null) args.unshift(self);
    caller.kwnames = null;
    for (let i = base; i < caller.sp; i++) stack[i] = undefined as never;
    caller.sp = base;
    bindArguments(fn, callee.localsplus, args, kwnames);
  }
  linkFrame(callee);
  return callee;
}

/** The Python method the binary operator `op` on the two values on top of `frame`'s stack calls,
 *  when binaryOp would call just that (sameClassMethod), or null. */
export function operatorMethod(frame: Frame, op: number): PyFunction | null {
  const lhs = frame.stack[frame.sp - 2] as PyObject;
  const t = typeOf(lhs);
  return typeOf(frame.stack[frame.sp - 1] as PyObject) === t ? sameClassMethod(t, op) : null;
}

/** ENTER of a binary operator's method: as enterCall, the operands popped into its frame. */
function enterOperator(caller: Frame, op: number, code: PyCode): Frame | null {
  const fn = operatorMethod(caller, op);
  if (fn === null || fn.code !== code) return null;
  const stack = caller.stack;
  const base = caller.sp - 2;
  const lhs = stack[base] as PyObject;
  const rhs = stack[base + 1] as PyObject;
  const callee = frameFor(fn.code, fn);
  callee.binaryLhs = lhs;
  callee.binaryRhs = rhs;
  if (code.argcount === 2 && code.kwonlyargcount === 0 && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0) {
    callee.localsplus[0] = lhs;
    callee.localsplus[1] = rhs;
  } else bindArguments(fn, callee.localsplus, [lhs, rhs], null);
  stack[base] = stack[base + 1] = undefined as never;
  caller.sp = base;
  linkFrame(callee);
  return callee;
}

/** What an inlined call gives `caller` once `callee` returned `value`: the instance for an
 *  `__init__` entered by a class call (or its TypeError), the value for a binary operator's
 *  method unless NotImplemented (then the TypeError of the operator, which is the argument of
 *  the caller's BINARY_OP), else the value. */
export function callResult(callee: Frame, caller: Frame, value: PyObject): PyObject {
  return callResultOf(callee, value, caller.code.args[caller.lasti]);
}

/** LEAVE: the callee returned (its value is on top of its stack); unlinks it and pushes the
 *  value on the caller's stack — for an `__init__` entered by a class call, the instance, or,
 *  when `__init__` returned something else than None, the TypeError is raised in the caller
 *  (which stands at its CALL, as a real call's error would find it). */
export function leaveCall(callee: Frame, caller: Frame): void {
  const value = callee.stack[--callee.sp] as PyObject;
  callee.stack[callee.sp] = undefined as never;
  unlinkFrame(callee);
  caller.stack[caller.sp++] = callResult(callee, caller, value);
  // the code's next call, inlined or not, may reuse the frame (as the base interpreter's do)
  keepSpare(callee);
}

/**
 * Leaves a trace (or a recording) inside inlined calls: `chain[0]` is the frame the trace
 * belongs to, `chain[1..]` the inlined frames, innermost last, each stopped at an instruction
 * boundary. Each inlined frame is run to its end by the base interpreter, innermost first, and
 * its return value pushed on its caller's stack; an exception (`thrown`, or one the frame
 * raises) is thrown into the caller at its CALL instead. Returns with chain[0] ready to resume,
 * or throws what escaped the outermost inlined call.
 */
export function finishInlined(chain: Frame[], thrown: unknown = null): void {
  let exc: PyObject | null = thrown === null ? null : toPyException(thrown);
  for (let i = chain.length - 1; i >= 1; i--) {
    const f = chain[i];
    try {
      const caller = chain[i - 1];
      const value = callResult(f, caller, executeFrame(f, exc));
      exc = null;
      caller.stack[caller.sp++] = value;
    } catch (e) {
      exc = toPyException(e);
    } finally {
      unlinkFrame(f);
    }
  }
  // (setting an array's length is a call into the engine even when it does not change it: most
  // exits have no inlined call to finish)
  if (chain.length !== 1) chain.length = 1;
  if (exc !== null) throw exc;
}
