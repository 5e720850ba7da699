// Interpreter-wide state: the exception being handled (sys.exc_info), call depth against the
// recursion limit, the innermost running frame. One VM per process, so plain module state.
import { None, PyObject } from "../objects/core.js";
import type { Frame } from "./frame.js";

export const state = {
  /** the exception currently being handled (PUSH_EXC_INFO/POP_EXCEPT), or None */
  excValue: None as PyObject,
  depth: 0,
  recursionLimit: 1000,
  /** innermost frame being executed (for sys._getframe and tracebacks of native errors) */
  frame: null as Frame | null,
};
