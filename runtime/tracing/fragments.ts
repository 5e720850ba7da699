// Fragments: Python functions that an op's native code calls (a surrogate's dunder such as a
// user __add__, __getitem__ or __eq__, a class's __init__, a property getter…), recorded while
// the trace was recorded and run in their place as thin ops. The op itself stays one thin op
// (its native dispatch: which dunder, reflected operands, NotImplemented); the Python code it
// reaches is traced. A fragment runs on the callee's real frame; a failed guard, or an
// exception, hands that frame (and any calls it inlined) back to the base interpreter, which
// finishes it and returns its value to the op as an ordinary call would.
import type { PyCode, PyDict, PyObject } from "../objects/core.js";
import { CallInterceptor, executeFrame, runFrame, runFrameWith } from "../interp/call.js";
import type { Frame } from "../interp/frame.js";
import { toPyException } from "../interp/unwind.js";
import { finishInlined } from "./inline.js";
import { compileCode } from "./compile.js";
import { runEntries } from "./run-entries.js";
import type { TraceCode } from "../../generated/trace-interpreter.js";
import { Thin } from "../../generated/thin-ops.js";
import { traceStats } from "./stats.js";
import { checkSnapshots, verifySnapshot } from "./snapshot-check.js";
import { runContinuation } from "./steps.js";
import type { TraceEntry } from "./trace.js";

/**
 * A frame's recorded thin ops, from where it started (a new call's entry, or where a generator
 * resumes) to its return or next yield (`yieldAt`: the YIELD_VALUE's code unit, or -1); "failed"
 * when it could not be recorded (it runs in the base interpreter).
 */
export type Fragment =
  | {
      code: PyCode;
      ip: number;
      entries: TraceEntry[];
      run: TraceCode<TraceEntry> | null;
      yieldAt: number;
      /** the frame's globals and builtins when recorded (the specialiser caches lookups from
       *  them; the cache's guard checks a later frame has the same) */
      scopes: [PyDict, PyDict];
    }
  | "failed";

/** Fragments by (code, start ip). */
export class FragmentMap {
  private readonly byCode = new Map<PyCode, Map<number, Fragment>>();
  // the last place looked up and what it held: an op's calls mostly reach one place (the
  // generator a loop resumes, the one dunder), and a lookup in two maps at every call cost
  // generators 2% of its time
  private lastCode: PyCode | null = null;
  private lastIp = -1;
  private last: Fragment | undefined = undefined;
  get(code: PyCode, ip: number): Fragment | undefined {
    if (code === this.lastCode && ip === this.lastIp) return this.last;
    const f = this.byCode.get(code)?.get(ip);
    this.lastCode = code;
    this.lastIp = ip;
    this.last = f;
    return f;
  }
  set(code: PyCode, ip: number, f: Fragment): void {
    let m = this.byCode.get(code);
    if (m === undefined) this.byCode.set(code, (m = new Map()));
    m.set(ip, f);
    if (code === this.lastCode && ip === this.lastIp) this.last = f;
  }
  get size(): number {
    return this.byCode.size;
  }
  *entries(): Generator<[PyCode, number, Fragment]> {
    for (const [code, m] of this.byCode) for (const [ip, f] of m) yield [code, ip, f];
  }
}

/** The fragments one op's calls reach, and the interceptor that runs them. */
export interface Fragments {
  map: FragmentMap;
  runner: CallInterceptor;
}

export function fragmentsOf(map: FragmentMap): Fragments {
  return {
    map,
    runner: (frame) => {
      const code = frame.code;
      const ip = frame.ip;
      const fr = map.get(code, ip);
      if (fr === undefined || fr === "failed") return runFrame(frame);
      return runFrameWith(frame, () => runFragment(fr, frame, () => map.set(code, ip, "failed")));
    },
  };
}

/** The end of a fragment's frame, as the base interpreter leaves it: the value on top of its
 *  stack is returned, or yielded at `yieldAt`. */
export function endFragment(frame: Frame, yieldAt: number): PyObject {
  const value = frame.stack[--frame.sp] as PyObject;
  if (yieldAt >= 0) {
    frame.lasti = yieldAt;
    frame.ip = frame.code.nexts[yieldAt];
    frame.yielded = true;
  }
  return value;
}

/** Runs a fragment on `callee`'s frame; `drop` gives it up for good (the base interpreter runs
 *  that code from then on). */
function runFragment(fr: Exclude<Fragment, "failed">, callee: Frame, drop: () => void): PyObject {
  const chain = [callee];
  callee.yielded = false;
  try {
    // compiled on its first run (after the optimiser is done with it)
    const run = (fr.run ??= compileCode(fr.entries));
    const failed = runEntries(run, chain);
    if (failed < 0) return endFragment(callee, fr.yieldAt);
    // (the entry of the failed instruction: in register form, instructions are not entries)
    const e = run.entries[failed];
    if (checkSnapshots && e.snap !== null) verifySnapshot(e, e.snap, chain);
    e.exits++;
    traceStats.exits++;
    // a global it read through a cache was rebound: that guard would fail on every run from now
    // on (the name is not cached again from those globals), so the fragment is given up
    if (e.op === Thin.LOAD_GLOBAL_CACHED || e.op === Thin.LOAD_MODULE_ATTR_CACHED) drop();
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
