// Runs trace entries on a chain of frames (the trace's own frame, then the calls it inlined,
// innermost last) until they end or a guard fails. The entries are compiled once to the typed
// arrays of the generated trace interpreter (generated/trace-interpreter.ts), which inlines
// every thin op's body; the entries that are not thin ops run through the hooks below.
import { execThin } from "../../generated/thin-ops.js";
import { THIN_IS_PREDICATE } from "../../generated/thin-meta.js";
import {
  GUARD_CODE,
  INLINED,
  PAIR_CODES,
  raisedAt,
  registerTraceHooks,
  runTraceCode,
  TC_ENTER,
  TC_LEAVE,
  TC_METHOD,
  TC_SLOW_GUARD,
  TC_SLOW_OP,
  TC_CALL_GUARD,
  TC_CALL_OP,
  TraceCode,
} from "../../generated/trace-interpreter.js";
import { raisedAt as raisedAtRegister, runRegisterCode } from "../../generated/register-interpreter.js";
import { swapInterceptor } from "../interp/call.js";
import { renewDue, type Frame } from "../interp/frame.js";
import { pendingSignals } from "../host/signals.js";
import { counters } from "../interp/counters.js";
import { enterCall, leaveCall } from "./inline.js";
import { compileJs, jsStage, jsState, SIDE_ENDED } from "./js-compile.js";
import { loadCachedMethod } from "./method-cache.js";
import { opProfile, profileRun } from "./op-profile.js";
import { traceLog } from "./report/log.js";
import { ENTER, GUARD, LEAVE, METHOD, OP, TraceEntry } from "./trace.js";

/** superinstructions made (pairs of entries run by one dispatch), over all code compiled */
export const pairStats = { made: 0 };

registerTraceHooks<TraceEntry>({
  enter(caller, e) {
    const callee = enterCall(caller, e.imm, e.shape, e.callee!);
    if (callee !== null) caller.ip = e.next;
    return callee;
  },
  leave: leaveCall,
  method: loadCachedMethod,
  slow(frame, e) {
    const saved = swapInterceptor(e.fragments!.runner);
    try {
      return execThin(frame, e.op, e.imm);
    } finally {
      swapInterceptor(saved);
    }
  },
});

export function dispatchCode(e: TraceEntry): number {
  switch (e.kind) {
    case OP:
      return e.fragments !== null ? TC_SLOW_OP : INLINED[e.op] === 1 ? e.op : TC_CALL_OP;
    case GUARD:
      if (THIN_IS_PREDICATE[e.op] !== 1) throw new Error(`trace guard on ${e.op}, which is not a predicate`);
      return e.fragments !== null ? TC_SLOW_GUARD : INLINED[e.op] === 1 ? GUARD_CODE[e.op] : TC_CALL_GUARD;
    case ENTER:
      return TC_ENTER;
    case LEAVE:
      return TC_LEAVE;
    case METHOD:
      return TC_METHOD;
  }
}

/** dispatch code of a pair's first entry << 10 | its second's → the code of the case running
 *  both (generated/trace-interpreter.ts PAIR_CODES, from spec/specialise.yaml `pairs`) */
const PAIRS = new Map<number, number>();
for (let k = 0; k < PAIR_CODES.length; k += 3) PAIRS.set((PAIR_CODES[k] << 10) | PAIR_CODES[k + 1], PAIR_CODES[k + 2]);

/** Makes adjacent entries that form a pair one dispatch, left to right (on a sequence, taking
 *  the first pair found is an optimal matching), and records how many dispatches running up
 *  to each entry takes, so that instruction counts are dispatches. */
function pairUp(tc: TraceCode<TraceEntry>): number {
  const n = tc.ops.length;
  const dispatched = new Int32Array(n);
  let made = 0;
  for (let i = 0; i < n; i++) {
    const pair = i + 1 < n ? PAIRS.get((tc.ops[i] << 10) | tc.ops[i + 1]) : undefined;
    if (pair !== undefined) {
      tc.ops[i] = pair;
      dispatched[i] = i + 1 - made;
      dispatched[i + 1] = i + 1 - made;
      made++;
      i++;
    } else dispatched[i] = i + 1 - made;
  }
  tc.dispatched = dispatched;
  return made;
}

/** The entries as the generated trace interpreter runs them (`pairs`: with superinstructions). */
export function compileEntries(entries: readonly TraceEntry[], pairs = false): TraceCode<TraceEntry> {
  const n = entries.length;
  const tc: TraceCode<TraceEntry> = {
    ops: new Int32Array(n),
    thinOps: new Int32Array(n),
    imms: new Int32Array(n),
    fatIps: new Int32Array(n),
    expects: new Uint8Array(n),
    entries,
    js: null,
    jsRuns: 0,
    loopOf: null,
  };
  entries.forEach((e, i) => {
    tc.ops[i] = dispatchCode(e);
    tc.thinOps[i] = e.op;
    tc.imms[i] = e.imm;
    tc.fatIps[i] = e.fatIp;
    tc.expects[i] = e.expected ? 1 : 0;
  });
  if (pairs) pairStats.made += pairUp(tc);
  return tc;
}

/** Counts a run of entries 0..last: one instruction per dispatch. */
function countRun(last: number, dispatched: Int32Array | undefined): void {
  if (dispatched === undefined) {
    counters.traceInstructions += last + 1;
  } else {
    counters.traceInstructions += dispatched[last];
    counters.pairedSeconds += last + 1 - dispatched[last];
  }
}

/** Runs compiled entries (compileEntries, or register-form.ts for the register interpreter):
 *  returns -1 when every entry ran, or the index of the entry whose guard failed (of the side
 *  trace jsState.exitIn, when set), or SIDE_ENDED (js-compile.ts). `chain` follows
 *  the calls entered and left. */
export function runEntries(tc: TraceCode<TraceEntry>, chain: Frame[]): number {
  // (an empty side trace: nothing to run, whichever interpreter it was compiled for)
  if (tc.ops.length === 0) return -1;
  let failed: number;
  const js = tc.js ?? (jsStage.on && ++tc.jsRuns >= jsStage.threshold ? (tc.js = compileJs(tc.entries, tc.loopOf)) : null);
  if (js !== null) {
    // (a compiled loop counts the iterations it ran to their end itself)
    try {
      failed = js(chain);
    } catch (e) {
      counters.traceInstructions += jsState.raisedAt + 1;
      throw e;
    }
    // (a loop that ran a side trace's code counted it there)
    counters.traceInstructions += failed >= 0 ? failed + 1 : failed === SIDE_ENDED ? 0 : tc.ops.length;
    return failed;
  }
  const register = tc.folds !== undefined;
  const dispatched = tc.dispatched;
  try {
    failed = register ? runRegisterCode(tc, chain) : runTraceCode(tc, chain);
    // a loop's code that ran to its end starts again here, doing what runTrace does between
    // two of its runs (count the run and the iteration; stop for an invalid trace or a pending
    // signal, which runTrace then handles; renew the frame's arrays when due), without going
    // back through it. The op profile and the trace report count runs one by one, and the `js`
    // stage compiles the code after its first runs (which loops inside the function it makes).
    const loop = tc.loopOf;
    if (failed === -1 && loop !== null && !jsStage.on && !opProfile.on && !traceLog.on) {
      const frame = chain[0];
      while (!loop.invalid && pendingSignals[0] === 0) {
        countRun(tc.ops.length - 1, dispatched);
        loop.iterations++;
        renewDue(frame);
        failed = register ? runRegisterCode(tc, chain) : runTraceCode(tc, chain);
        if (failed !== -1) break;
      }
    }
  } catch (e) {
    const at = register ? raisedAtRegister : raisedAt;
    countRun(at, dispatched);
    if (opProfile.on) profileRun(tc.entries, at);
    throw e;
  }
  const last = failed >= 0 ? failed : tc.ops.length - 1;
  countRun(last, dispatched);
  if (opProfile.on) profileRun(tc.entries, last);
  return failed;
}
