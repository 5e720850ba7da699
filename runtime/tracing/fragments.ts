// Fragments: Python functions that an op's native code calls (a surrogate's dunder such as a
// user __add__, __getitem__ or __eq__, a class's __init__, a property getter…), recorded while
// the trace was recorded and run in their place as thin ops. The op itself stays one thin op
// (its native dispatch: which dunder, reflected operands, NotImplemented); the Python code it
// reaches is traced. A fragment runs on the callee's real frame; a failed guard, or an
// exception, hands that frame (and any calls it inlined) back to the base interpreter, which
// finishes it and returns its value to the op as an ordinary call would.
import type { PyCode, PyObject } from "../objects/core.js";
import { CallInterceptor, executeFrame, runFrame, runFrameWith } from "../interp/call.js";
import type { Frame } from "../interp/frame.js";
import { toPyException } from "../interp/unwind.js";
import { finishInlined } from "./inline.js";
import { runEntries } from "./run-entries.js";
import { traceStats } from "./stats.js";
import { runContinuation } from "./steps.js";
import type { TraceEntry } from "./trace.js";

/** A callee's recorded thin ops, from its entry to its return; "failed" when it could not be
 *  recorded (it runs in the base interpreter). */
export type Fragment = { code: PyCode; entries: TraceEntry[] } | "failed";

/** The fragments one op's calls reach, by callee code, and the interceptor that runs them. */
export interface Fragments {
  byCode: Map<PyCode, Fragment>;
  runner: CallInterceptor;
}

export function fragmentsOf(byCode: Map<PyCode, Fragment>): Fragments {
  return {
    byCode,
    runner: (fn, callee) => {
      const fr = byCode.get(fn.code);
      if (fr === undefined || fr === "failed") return runFrame(callee);
      return runFrameWith(callee, () => runFragment(fr, callee));
    },
  };
}

function runFragment(fr: Exclude<Fragment, "failed">, callee: Frame): PyObject {
  const chain = [callee];
  try {
    const failed = runEntries(fr.entries, chain);
    if (failed < 0) return callee.stack[--callee.sp] as PyObject;
    const e = fr.entries[failed];
    e.exits++;
    traceStats.exits++;
    const f = chain[chain.length - 1];
    f.ip = e.next;
    runContinuation(f, e.exit, e.oparg);
  } catch (e) {
    return finishFrom(chain, e);
  }
  return finishFrom(chain, null);
}

/** Finishes every frame of `chain` in the base interpreter, innermost first (throwing `thrown`
 *  into the innermost), and returns what chain[0] returns. */
export function finishFrom(chain: Frame[], thrown: unknown): PyObject {
  let exc: PyObject | null = null;
  try {
    finishInlined(chain, thrown);
  } catch (e) {
    exc = toPyException(e);
  }
  return executeFrame(chain[0], exc);
}
