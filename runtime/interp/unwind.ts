// What the interpreters do when an exception passes through a frame: turn whatever was thrown
// into a Python exception, chain __context__, add the frame's traceback entry, and find the
// handler in the 3.11 exception table.
import { ExceptionHandler, None, PyBaseException, PyCode, PyTraceback } from "../objects/core.js";
import { newException, RecursionErrorType, SystemErrorType, MemoryErrorType } from "../objects/exceptions.js";
import { markEscaped, type Frame } from "./frame.js";
import { state } from "./state.js";
import { reraised, setContext } from "./support.js";

/** Any JS value thrown inside the VM, as a Python exception. JS engine errors are never shown
 *  to the user as JS stack traces: stack overflow becomes RecursionError, the rest SystemError. */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message))
    return newException(RecursionErrorType, "maximum recursion depth exceeded");
  if (e instanceof RangeError && /Invalid (array|string) length|allocation failed/i.test(e.message)) return newException(MemoryErrorType);
  const msg = e instanceof Error ? `internal error: ${e.message}` : `internal error: ${String(e)}`;
  const exc = newException(SystemErrorType, msg);
  if (process.env.HOTPY_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return exc;
}

export function caught(frame: Frame, e: unknown): PyBaseException {
  const exc = toPyException(e);
  if (reraised.has(exc)) {
    reraised.delete(exc);
  } else {
    // a fresh raise in this frame: chain the exception being handled, record where
    if (exc.traceback === null || exc.traceback.frame !== frame) {
      const ctx = state.excValue;
      if (ctx !== None && ctx !== exc && exc.context === None) setContext(exc, ctx as PyBaseException);
    }
    markEscaped(frame);
    exc.traceback = new PyTraceback(exc.traceback, frame.code, frame.lasti, frame);
  }
  return exc;
}

/** caught() with the traceback entry at `tracebackLasti` instead of frame.lasti, for an
 *  exception whose handler is looked up elsewhere than where the traceback shows it (a signal
 *  handled at a back-edge); the interpreter's own caught() then adds nothing. */
export function caughtAt(frame: Frame, e: unknown, tracebackLasti: number): PyBaseException {
  const lasti = frame.lasti;
  frame.lasti = tracebackLasti;
  try {
    const exc = caught(frame, e);
    reraised.add(exc);
    return exc;
  } finally {
    frame.lasti = lasti;
  }
}


export function findHandler(code: PyCode, lasti: number): ExceptionHandler | undefined {
  const hs = code.handlers;
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    if (lasti >= h.start && lasti < h.end) return h;
  }
  return undefined;
}
