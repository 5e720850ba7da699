// An activation record of a Python code object, shared by every tier: the base interpreter
// runs it, generators keep it suspended, tracebacks and exits point at it.
import { frameType } from "../objects/core.js";
import type { PyCode, PyDict, PyFunction, PyGenerator, PyObject, PyType } from "../objects/core.js";

/** A stack slot: a Python value, or null for CPython's NULL marker (PUSH_NULL, LOAD_METHOD). */
export type Slot = PyObject | null;

export class Frame {
  /** frames are Python objects too (sys._getframe, tb_frame) */
  readonly cls: PyType = frameType;
  /** fast locals, cells and free variables; undefined = unbound */
  readonly localsplus: (PyObject | undefined)[];
  readonly stack: Slot[];
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
  /** for a binary operator's method a trace entered for it (runtime/tracing/inline.ts,
   *  CallShape.Operator): its left operand (both are of its class, which the TypeError for a
   *  NotImplemented result names), else null */
  binaryLhs: PyObject | null = null;
  constructor(
    readonly code: PyCode,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** the locals mapping for module and class bodies (LOAD_NAME…); null in functions */
    readonly locals: PyDict | null,
    readonly func: PyFunction | null,
  ) {
    this.localsplus = new Array(code.nlocalsplus);
    this.ip = code.entryIp;
    this.stack = new Array(code.stacksize + 1);
  }
}
