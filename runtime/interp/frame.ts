// An activation record of a Python code object, shared by every tier: the base interpreter
// runs it, generators keep it suspended, tracebacks and exits point at it.
import { frameType } from "../objects/core.js";
import type { PyCode, PyDict, PyFunction, PyGenerator, PyObject, PyType } from "../objects/core.js";

/** A stack slot: a Python value, or null for CPython's NULL marker (PUSH_NULL, LOAD_METHOD). */
export type Slot = PyObject | null;

export class Frame {
  /** frames are Python objects too (sys._getframe, tb_frame) */
  readonly cls: PyType = frameType;
  /** fast locals, cells and free variables; undefined = unbound (replaced by a copy now and
   *  then while a loop runs: renewDue) */
  localsplus: (PyObject | undefined)[];
  /** the value stack (replaced by a copy like localsplus) */
  stack: Slot[];
  sp = 0;
  /** index (code unit) of the next instruction to run */
  ip = 0;
  /** index of the instruction being (or last) run: tracebacks and line numbers read it */
  lasti = 0;
  /** KW_NAMES state for the next CALL */
  kwnames: string[] | null = null;
  back: Frame | null = null;
  generator: PyGenerator | null = null;
  /** set by YIELD_VALUE so the resumer knows the frame suspended rather than returned */
  yielded = false;
  /** for an `__init__` frame CALL pushed to make an instance (call.ts pushFrameForCall): the
   *  instance, which the call gives its caller once `__init__` returned None */
  initSelf: PyObject | null = null;
  /** for a binary operator's method run as a frame of its own (the base interpreter's
   *  BINARY_OP_PY_METHOD form; a trace entering it, runtime/tracing/inline.ts
   *  CallShape.Operator): its operands, which the TypeError for a NotImplemented result names
   *  (call.ts callResult), else null */
  binaryLhs: PyObject | null = null;
  binaryRhs: PyObject | null = null;
  /** for a generator's frame the base interpreter's loop resumed for an instruction of its
   *  caller (generator.ts resumeInLoop), until it yields, returns or raises: which instruction,
   *  RESUMED_BY_FOR_ITER or RESUMED_BY_SEND; else 0 */
  resumedBy = 0;
  /** Python code may hold this frame object (sys._getframe, a traceback…), so it must not be
   *  reused once it returned (see spareFrame); so may it hold every frame along `back` */
  escaped = false;
  constructor(
    readonly code: PyCode,
    /** (globals, builtins and func change only when a spare frame is reused: spareFrame) */
    public globals: PyDict,
    public builtins: PyDict,
    /** the locals mapping for module and class bodies (LOAD_NAME…); null in functions */
    readonly locals: PyDict | null,
    public func: PyFunction | null,
  ) {
    this.localsplus = new Array(code.nlocalsplus);
    this.ip = code.entryIp;
    this.stack = new Array(code.stacksize + 1);
  }
}

/** Marks `frame` and the frames it was called from as held by Python code (Frame.escaped):
 *  whatever hands a frame object to Python calls it. */
export function markEscaped(frame: Frame | null): void {
  for (let f = frame; f !== null && !f.escaped; f = f.back) f.escaped = true;
}

/**
 * Frame reuse (CPython keeps its frames in a stack of its own and allocates none per call):
 * a function's frame that the base interpreter saw return, and that nothing else can hold — no
 * generator owns it, no Python code was handed it (Frame.escaped) — is kept as its code's
 * spare, cleared, and the code's next call (pushFrameForCall) fills it instead of allocating a
 * frame and its two arrays. A frame and its arrays were 37% of pushFrameForCall's samples in a
 * call loop, and their garbage is the young generation's. One spare per code: a recursion
 * allocates as before below its first level.
 */
export function keepSpare(done: Frame): void {
  if (done.escaped || done.generator !== null || done.locals !== null) return;
  const l = done.localsplus;
  for (let i = 0; i < l.length; i++) l[i] = undefined;
  // the stack too: a value left there must not outlive the call for a weakref or __del__
  const s = done.stack;
  for (let i = 0; i < s.length; i++) s[i] = undefined as unknown as Slot;
  done.code.spareFrame = done;
}

/** Frame.resumedBy: the generator's frame was resumed by its caller's FOR_ITER (which, when it
 *  returns, pops it and leaves the loop) or SEND (which then replaces it by the value returned);
 *  both jump to their argument. */
export const RESUMED_BY_FOR_ITER = 1;
export const RESUMED_BY_SEND = 2;

/** A frame to run `func` (of code `code`) in: the code's spare, reset, or a new one. */
export function frameFor(code: PyCode, func: PyFunction): Frame {
  const f = code.spareFrame as Frame | null;
  // (a code object copied field by field, as code.replace() makes one, copies its spare too)
  if (f === null || f.code !== code) return new Frame(code, func.globals, func.builtins, null, func);
  code.spareFrame = null;
  f.globals = func.globals;
  f.builtins = func.builtins;
  f.func = func;
  f.ip = code.entryIp;
  f.sp = 0;
  f.lasti = 0;
  f.kwnames = null;
  f.back = null;
  f.yielded = false;
  f.initSelf = null;
  f.binaryLhs = null;
  f.binaryRhs = null;
  return f;
}

/** Back-edges taken, by any loop in any tier (see renewDue). */
let backEdges = 0;

/**
 * Called at every loop back-edge: every 1024th replaces the frame taking it's locals and stack
 * with copies (true: an interpreter holding them must read them again from the frame).
 *
 * Why: V8's generational write barrier. Storing an object of the young generation (a new float,
 * a bigint, a tuple just built) into an array that survived two scavenges and was promoted to
 * the old generation goes through the RecordWrite stub, which remembers the slot for the next
 * scavenge. A frame running a long loop has its arrays promoted early, and nearly every
 * instruction of a float loop stores a fresh object into them: nbody in `base` spent 11% of its
 * samples (perf) in RecordWriteSaveFP. A copy is young again, so those stores take the barrier's
 * inline fast path until the copy itself is promoted, long after the next renewal (a scavenge
 * comes every few MB allocated; a copy costs a slice of a few dozen slots per 1024 iterations).
 * Whatever holds the arrays across a back-edge reads them from the frame afterwards: the base
 * interpreter (its back-edge and after backEdge), the trace interpreters and compiled traces
 * (at each run's start), everything else (execThin, the unwinder, f_locals) at each use.
 */
export function renewDue(frame: Frame): boolean {
  if ((++backEdges & 1023) !== 0) return false;
  frame.localsplus = frame.localsplus.slice();
  frame.stack = frame.stack.slice();
  return true;
}
