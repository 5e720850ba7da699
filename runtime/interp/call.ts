// Calling Python functions: binding arguments to a new frame (CPython's
// _PyEval_MakeFrameVector / positional_only_passed_as_keyword / missing_arguments rules and
// messages), the recursion limit, and running the frame in the current tier.
import { checkSignals, pendingSignals } from "../host/signals.js";
import {
  CO_VARARGS,
  CO_VARKEYWORDS,
  PyBoundMethod,
  PyDict,
  NotImplemented,
  PyFunction,
  PyObject,
  PyTuple,
  PyType,
  None,
} from "../objects/core.js";
import { recursionError, typeError } from "../objects/exceptions.js";
import { dictSet } from "../objects/hashtable.js";
import { unsupportedOperands } from "../objects/operators.js";
import { registerFunctionCaller, typeOf } from "../objects/protocol.js";
import { Frame, frameFor, type Slot } from "./frame.js";
import { state } from "./state.js";

/** Runs a frame to completion (or first suspension) in the current tier. Set by the VM. */
type Executor = (f: Frame, throwing: PyObject | null) => PyObject;
export let executeFrame: Executor = () => {
  throw new Error("no interpreter registered");
};
export function registerExecutor(e: Executor): void {
  executeFrame = e;
}

/**
 * Runs a frame that native code asks to run, a Python function's new frame or a generator's
 * being resumed, instead of the base interpreter: the tracing engine's hook (recording, or
 * running, a trace fragment of it). It applies to the frames run directly by the op that
 * installed it, not to calls from inside them.
 */
export type CallInterceptor = (frame: Frame) => PyObject;
let interceptor: CallInterceptor | null = null;

/** Runs `body` with `i` intercepting the frames it runs directly. */
export function withInterceptor<T>(i: CallInterceptor, body: () => T): T {
  const saved = swapInterceptor(i);
  try {
    return body();
  } finally {
    interceptor = saved;
  }
}

/** Installs `i` (or none), returning the one it replaces (a closure-free withInterceptor for
 *  hot paths). */
export function swapInterceptor(i: CallInterceptor | null): CallInterceptor | null {
  const saved = interceptor;
  interceptor = i;
  return saved;
}

export function callFunction(f: PyFunction, args: PyObject[], kwnames: string[] | null): PyObject {
  const frame = frameFor(f.code, f);
  bindArguments(f, frame.localsplus, args, kwnames);
  return runInterceptable(frame);
}

/** callFunction(f, [self, ...args], kwnames) without building that array. */
export function callFunctionSelf(f: PyFunction, self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const frame = frameFor(f.code, f);
  bindWithSelf(f, frame.localsplus, self, args, kwnames);
  return runInterceptable(frame);
}

/** bindArguments(f, locals, [self, ...args], kwnames): `self` and the positional arguments go
 *  straight into the frame when they fill the parameters exactly (the common case of a method
 *  call), the general way otherwise. */
function bindWithSelf(f: PyFunction, locals: (PyObject | undefined)[], self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const code = f.code;
  const n = args.length;
  if (kwnames === null && n + 1 === code.argcount && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0) {
    locals[0] = self;
    for (let i = 0; i < n; i++) locals[i + 1] = args[i];
  } else bindArguments(f, locals, [self, ...args], kwnames);
}

/** Whether the base interpreter running `caller` may run a frame it pushes in its own loop: no
 *  tracing hook watches the frames run from here (withInterceptor), and `caller` is the
 *  innermost frame. */
export function framesPushable(caller: Frame): boolean {
  return interceptor === null && state.frame === caller;
}

/**
 * CALL's frame push (CPython 3.11's inlined calls): when the callable on the stack is a Python
 * function (plain, with a self from LOAD_METHOD, or a bound method) and no tracing hook watches
 * the frames run from here, the callee's new frame with its arguments bound (the caller's
 * KW_NAMES consumed), linked as the innermost frame against the recursion limit. The base
 * interpreter then runs it in its own loop, so Python recursion does not grow the JS stack.
 * Null for any other call (rt.callFromStack makes it). The arguments are `stack[at .. at+n)`,
 * read in place (CALL's `&args`), so an exact positional call copies them once, into the frame.
 */
export function pushFrameForCall(first: Slot, second: PyObject, stack: readonly PyObject[], at: number, n: number, caller: Frame): Frame | null {
  if (!framesPushable(caller)) return null;
  let f: PyFunction;
  let self: PyObject | null = null;
  let makes = false;
  if (first !== null) {
    if (!(first instanceof PyFunction)) return null;
    f = first;
    self = second;
  } else if (second instanceof PyFunction) f = second;
  else if (second instanceof PyBoundMethod && second.func instanceof PyFunction) {
    f = second.func;
    self = second.self;
  } else if (second instanceof PyType) {
    // a class whose instances object.__new__ makes and a Python __init__ fills (typeCall's way)
    const init = initPlanner(second);
    if (init === null) return null;
    f = init;
    self = allocInstance(second);
    makes = true;
  } else return null;
  const kwnames = caller.kwnames;
  caller.kwnames = null;
  const code = f.code;
  const frame = frameFor(code, f);
  if (makes) frame.initSelf = self;
  const locals = frame.localsplus;
  const given = n + (self === null ? 0 : 1);
  const argcount = code.argcount;
  const defaults = f.defaults;
  if (
    kwnames === null &&
    (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 &&
    code.kwonlyargcount === 0 &&
    (given === argcount || (given < argcount && defaults !== null && argcount - given <= defaults.length))
  ) {
    // positional arguments straight from the caller's stack, then the defaults of the
    // parameters they leave out (Record(), f(x) of def f(x, y=0))
    let j = 0;
    if (self !== null) locals[j++] = self;
    for (let i = 0; i < n; i++) locals[j++] = stack[at + i];
    for (let d = defaults === null ? 0 : defaults.length - (argcount - j); j < argcount; j++, d++) locals[j] = defaults![d];
  } else {
    const args = stack.slice(at, at + n);
    if (self === null) bindArguments(f, locals, args, kwnames);
    else bindWithSelf(f, locals, self, args, kwnames);
  }
  linkFrame(frame);
  return frame;
}

/** pushFrameForCall for a function that takes exactly the arguments given (family-support.ts
 *  exactArgsFunction), after `self` when not null: the new frame, linked; null where
 *  pushFrameForCall gives null (a tracing hook watches the frames run from here). The caller's
 *  KW_NAMES is known to be empty. */
export function pushExactFrame(f: PyFunction, self: PyObject | null, stack: readonly PyObject[], at: number, n: number, caller: Frame): Frame | null {
  return framesPushable(caller) ? linkExactFrame(f, self, stack, at, n) : null;
}

/** pushExactFrame for a call of plain class `t` (pushableInit gave `init`): a new instance, and
 *  `init`'s frame on it, which gives the caller the instance when it returns None. */
export function pushInitFrame(t: PyType, init: PyFunction, stack: readonly PyObject[], at: number, n: number, caller: Frame): Frame | null {
  if (!framesPushable(caller)) return null;
  const self = allocInstance(t);
  const frame = linkExactFrame(init, self, stack, at, n);
  frame.initSelf = self;
  return frame;
}

/** The frame of `f` with `self` (unless null) and the `n` arguments at `stack[at]` as its first
 *  locals, linked as the innermost frame. */
function linkExactFrame(f: PyFunction, self: PyObject | null, stack: readonly PyObject[], at: number, n: number): Frame {
  const frame = frameFor(f.code, f);
  const locals = frame.localsplus;
  let j = 0;
  if (self !== null) locals[j++] = self;
  for (let i = 0; i < n; i++) locals[j++] = stack[at + i];
  linkFrame(frame);
  return frame;
}

/** Runs a frame pushFrameForCall linked to its return, as a nested call (the tracing tiers'
 *  way of running it), and unlinks it. */
export function runPushedFrame(frame: Frame): PyObject {
  let r: PyObject;
  try {
    r = executeFrame(frame, null);
  } finally {
    unlinkFrame(frame);
  }
  return frame.initSelf === null ? r : initResult(frame, r);
}

/** What the call that pushed `__init__` frame `done` gives its caller: the instance, once
 *  `__init__` returned None (typeCall's check). */
export function initResult(done: Frame, r: PyObject): PyObject {
  if (r !== None) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`);
  return done.initSelf!;
}

/** What frame `done`, pushed by an instruction of its caller at that instruction (`op`: its
 *  oparg), gives the caller when it returned `r`: for a class's `__init__` the instance (after
 *  initResult's check); for a binary operator's method, `r` unless NotImplemented, which is the
 *  operator's TypeError (the method was the one binaryOp would call: operators.ts
 *  operatorMethodOf); else `r`. */
export function callResult(done: Frame, r: PyObject, op: number): PyObject {
  if (done.initSelf !== null) return initResult(done, r);
  if (done.binaryLhs !== null && r === NotImplemented) return unsupportedOperands(done.binaryLhs, done.binaryRhs!, op);
  return r;
}

/** pushExactFrame for a binary operator's Python method `f` (two parameters) on `lhs` and
 *  `rhs`: its result goes to the caller through callResult. */
export function pushOperatorFrame(f: PyFunction, lhs: PyObject, rhs: PyObject, caller: Frame): Frame | null {
  if (!framesPushable(caller)) return null;
  const frame = frameFor(f.code, f);
  frame.localsplus[0] = lhs;
  frame.localsplus[1] = rhs;
  frame.binaryLhs = lhs;
  frame.binaryRhs = rhs;
  linkFrame(frame);
  return frame;
}

type InitPlanner = (t: PyType) => PyFunction | null;
let initPlanner: InitPlanner = () => null;
type Allocator = (t: PyType) => PyObject;
let allocInstance: Allocator = () => {
  throw new Error("no allocator registered");
};
/** typeobj.ts's pushableInit and allocInstance (registered: call.ts cannot import typeobj.ts,
 *  which imports it). */
export function registerInitPlanner(p: InitPlanner, alloc: Allocator): void {
  initPlanner = p;
  allocInstance = alloc;
}

/** The Python `__init__` a call of class `t` runs as a frame of its own (typeobj.ts
 *  pushableInit), or null; and the new, empty instance such a call starts from. */
export function plainInitOf(t: PyType): PyFunction | null {
  return initPlanner(t);
}
export function allocPlainInstance(t: PyType): PyObject {
  return allocInstance(t);
}

/** Runs a frame from its ip (to its return or next yield) through the interceptor if any. */
export function runInterceptable(frame: Frame): PyObject {
  const i = interceptor;
  if (i === null) return runFrame(frame);
  interceptor = null;
  try {
    return i(frame);
  } finally {
    interceptor = i;
  }
}

export function runFrame(frame: Frame, throwing: PyObject | null = null): PyObject {
  linkFrame(frame);
  try {
    return executeFrame(frame, throwing);
  } finally {
    unlinkFrame(frame);
  }
}

/** Links `frame` as the innermost (recursion limit, f_back), runs `body`, unlinks it. */
export function runFrameWith(frame: Frame, body: () => PyObject): PyObject {
  linkFrame(frame);
  try {
    return body();
  } finally {
    unlinkFrame(frame);
  }
}

/** Makes `frame` the innermost running frame, against the recursion limit. */
export function linkFrame(frame: Frame): void {
  // signals from outside are handled at calls too (a recursion without loops is interrupted)
  if (pendingSignals[0] !== 0) checkSignals();
  if (state.depth + 1 > state.recursionLimit) throw recursionError("maximum recursion depth exceeded");
  state.depth++;
  frame.back = state.frame;
  state.frame = frame;
}

export function unlinkFrame(frame: Frame): void {
  state.frame = frame.back;
  state.depth--;
}

function describe(f: PyFunction): string {
  return `${f.qualname}()`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Fills `locals` from a call's arguments. Positional values first, then keyword values named
 *  by `kwnames` (the last kwnames.length entries of args). */
export function bindArguments(f: PyFunction, locals: (PyObject | undefined)[], args: PyObject[], kwnames: string[] | null): void {
  const code = f.code;
  const argcount = code.argcount;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const flags = code.flags;
  // Fast path: exact positional call of a simple function.
  if (nkw === 0 && npos === argcount && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0) {
    for (let i = 0; i < npos; i++) locals[i] = args[i];
    return;
  }
  const kwonly = code.kwonlyargcount;
  const total = argcount + kwonly;
  let kwdict: PyDict | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    locals[total + (flags & CO_VARARGS ? 1 : 0)] = kwdict;
  }
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) locals[i] = args[i];
  if (flags & CO_VARARGS) {
    locals[total] = new PyTuple(npos > argcount ? args.slice(argcount, npos) : []);
  } else if (npos > argcount) {
    tooManyPositional(f, npos, nkw > 0 ? countGivenKwonly(f, kwnames!) : 0);
  }
  const names = code.localsplusnames;
  const posonly = code.posonlyargcount;
  let posonlyAsKw: string[] | null = null;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const value = args[npos + k];
    let idx = -1;
    for (let j = posonly; j < total; j++)
      if (names[j] === name) {
        idx = j;
        break;
      }
    if (idx < 0) {
      if (kwdict !== null) {
        dictSet(kwdict, name, value);
        continue;
      }
      const po = names.slice(0, posonly).indexOf(name);
      if (po >= 0) {
        (posonlyAsKw ??= []).push(name);
        continue;
      }
      throw typeError(`${describe(f)} got an unexpected keyword argument '${name}'`);
    }
    if (locals[idx] !== undefined) throw typeError(`${describe(f)} got multiple values for argument '${name}'`);
    locals[idx] = value;
  }
  if (posonlyAsKw !== null)
    throw typeError(`${describe(f)} got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(", ")}'`);
  // Defaults for missing positional parameters.
  if (npos < argcount) {
    const defaults = f.defaults ?? [];
    const firstDefault = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (locals[i] !== undefined) continue;
      if (i >= firstDefault) locals[i] = defaults[i - firstDefault];
      else missing.push(names[i]);
    }
    if (missing.length) missingArguments(f, missing, "positional");
  }
  if (kwonly > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (locals[i] !== undefined) continue;
      const d = f.kwdefaults?.map.get(names[i]);
      if (d !== undefined) locals[i] = d;
      else missing.push(names[i]);
    }
    if (missing.length) missingArguments(f, missing, "keyword-only");
  }
}

function countGivenKwonly(f: PyFunction, kwnames: string[]): number {
  const names = f.code.localsplusnames.slice(f.code.argcount, f.code.argcount + f.code.kwonlyargcount);
  return kwnames.filter((k) => names.includes(k)).length;
}

function tooManyPositional(f: PyFunction, given: number, kwGiven: number): never {
  const argcount = f.code.argcount;
  const ndefaults = f.defaults?.length ?? 0;
  const takes = ndefaults > 0 ? `from ${argcount - ndefaults} to ${argcount} positional arguments` : plural(argcount, "positional argument");
  const kwPart = kwGiven > 0 ? ` positional argument${given === 1 ? "" : "s"} (and ${plural(kwGiven, "keyword-only argument")})` : "";
  const were = kwGiven > 0 ? `${given}${kwPart} were given` : `${given} ${given === 1 ? "was" : "were"} given`;
  throw typeError(`${describe(f)} takes ${takes} but ${were}`);
}

function missingArguments(f: PyFunction, missing: string[], kind: string): never {
  const quoted = missing.map((m) => `'${m}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0];
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
  throw typeError(`${describe(f)} missing ${missing.length} required ${kind} argument${missing.length === 1 ? "" : "s"}: ${list}`);
}

registerFunctionCaller(callFunction, callFunctionSelf);
