// The supervisor: counts loop back-edges in the base interpreter; a loop that gets hot is
// recorded as a trace, kept by the trace manager, and from then on run as a trace whenever the
// base interpreter reaches its back-edge.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { THIN_NAMES, Thin } from "../../generated/thin-ops.js";
import { OPNAMES } from "../../generated/opcodes.js";
import type { PyCode } from "../objects/core.js";
import { renewDue, type Frame } from "../interp/frame.js";
import { lineOf } from "../interp/decode.js";
import { recordLoop, RecordingAborted } from "./recorder.js";
import { runContinuation, staticResume } from "./steps.js";
import { RECORD_AGAIN_AFTER, ENTER, Trace, TraceEntry, traceText } from "./trace.js";
import { traceStats } from "./stats.js";
import { codeForm, compileCode, compileLoopCode } from "./compile.js";
import { registerText } from "./register-form.js";
import { runEntries } from "./run-entries.js";
import { jsState, sideAttached, SIDE_ENDED, SIDE_RECOMPILE_EXITS, sideHooks } from "./js-compile.js";
import { addSideTrace, cacheStats, hasTrace, invalidateTrace, keepTrace, lookupTrace } from "./trace-cache.js";
import { finishInlined } from "./inline.js";
import { bodyHolds, specialiseTrace, startFromSnapshot } from "./specialise.js";
import type { FrameKinds } from "./specialise.js";
import { checkSnapshots, verifySnapshot } from "./snapshot-check.js";
import { checkSignals, pendingSignals } from "../host/signals.js";
import { caughtAt } from "../interp/unwind.js";
import { logEnter, logLeave, logRecorded, logRun, traceLog } from "./report/log.js";

export const tracing = {
  enabled: false,
  /** back-edges before a loop is recorded (HotPy used 10) */
  hot: 10,
  dumpDir: null as string | null,
  /** the `specialise` stage: traces are type-specialised (specialise.ts) once recorded */
  specialise: false,
};

export { traceStats };

/** after the k-th abort at a loop header, wait min(2^(k-1), BACKOFF × hot) back-edges before
 *  recording it again: a loop whose recorded iteration happened to be its last is retried at
 *  once, one that never traces costs little */
const BACKOFF = 64;
let depth = 0;

function counterFor(code: PyCode): Int32Array {
  return (code.counters ??= new Int32Array(code.ops.length));
}

/** Called by the base interpreter at a loop back-edge to `header` (frame.ip === header). */
export function backEdge(frame: Frame, header: number): void {
  // a signal from outside: its Python handler runs here. What it raises is raised, as in
  // CPython 3.11 (whose JUMP_BACKWARD jumps before checking), at the instruction before the
  // loop header: that decides which handler catches it and the traceback's line
  if (pendingSignals[0] !== 0) {
    try {
      checkSignals();
    } catch (e) {
      // the traceback shows the jump; the handler is looked up before the header
      const jump = frame.lasti;
      frame.lasti = header - 1;
      throw caughtAt(frame, e, jump);
    }
    if (!tracing.enabled) return;
  }
  const code = frame.code;
  const t = lookupTrace(code, header);
  if (t !== undefined) {
    runTrace(t, frame);
    return;
  }
  const c = counterFor(code);
  if (++c[header] < tracing.hot) return;
  c[header] = 0;
  let r: Trace | RecordingAborted;
  try {
    r = recordLoop([frame], header, hasTrace);
  } catch (e) {
    // the program raised in the loop's own frame: the recording is dropped, the exception goes on
    countAbort("exception");
    c[header] = tracing.hot - BACKOFF;
    throw e;
  }
  if (r instanceof RecordingAborted) {
    countAbort(r.reason);
    const aborts = (code.traceAborts ??= new Int32Array(code.ops.length));
    const k = Math.min(++aborts[header], 30);
    c[header] = tracing.hot - Math.min(2 ** (k - 1), BACKOFF * tracing.hot);
    finishInlined(r.chain, r.thrown);
    return;
  }
  keep(r);
  c[header] = 0;
  // the recording ran one iteration for real: the frame is back at the header, or, for a trace
  // that links to another loop's, at that loop's header
  const next = r.linkTo < 0 ? r : lookupTrace(code, r.linkTo);
  if (next !== undefined) runTrace(next, frame);
}

function countAbort(reason: string): void {
  traceStats.aborted++;
  traceStats.abortedByReason[reason] = (traceStats.abortedByReason[reason] ?? 0) + 1;
}

function countInlined(t: Trace): void {
  for (const e of t.entries) if (e.kind === ENTER) traceStats.callsInlined++;
}

function keep(t: Trace): void {
  traceStats.recorded++;
  countInlined(t);
  // a trace that links to another loop's trace has no loop of its own to peel
  optimise(t, t.linkTo < 0);
  keepTrace(t);
}

/** Runs the optimiser stages the pipeline has on a new trace (`peel`: a loop trace, not a side
 *  trace), dumping it after each stage when asked to. */
function optimise(t: Trace, peel: boolean, start: FrameKinds[] | null = null): void {
  const n = ++dumped;
  if (traceLog.on) logRecorded(t, n, peel);
  if (tracing.dumpDir !== null) dump(t, n, "thin");
  if (tracing.specialise) {
    specialiseTrace(t, peel, start);
    if (tracing.dumpDir !== null) dump(t, n, "specialise");
  }
  compileTrace(t, peel);
  if (codeForm.register && tracing.dumpDir !== null) dumpRegister(t, n);
}

/** Compiles the trace's entries for the trace interpreter, once the optimiser is done (`loop`:
 *  a loop trace, not a side trace). */
function compileTrace(t: Trace, loop: boolean): void {
  [t.run, t.runLoop] = t.loop === null ? [compileCode(t.entries), null] : compileLoopCode(t.entries, t.loop);
  // the code that runs again when it ends (see runTrace): a loop trace's peeled body, or the
  // trace itself when it was not peeled (a side trace ends where its loop trace starts)
  const again = loop ? (t.runLoop ?? t.run) : null;
  if (again !== null) again.loopOf = t;
}

/** exits taken before a side trace is recorded from them (HotPy: 8) */
const SIDE_EXIT_THRESHOLD = 8;

/**
 * Records a side trace from an exit that got hot: from where the exit left the frames in
 * `chain` (the loop's frame, then inlined calls) on to the loop header. Returns the side trace
 * (linked to the exit), or "failed" when the recording was aborted; either way the frames are
 * then back in the loop's frame (at its header, or where the base interpreter resumes).
 */
function recordSide(root: Trace, e: TraceEntry, chain: Frame[]): Trace | "failed" {
  const frame = chain[0];
  const header = root.header;
  if (chain.length === 1 && frame.ip === header) {
    e.side = emptyTrace(frame.code, header);
    return e.side;
  }
  let r: Trace | RecordingAborted;
  try {
    r = recordLoop(chain, header, hasTrace);
  } catch (exc) {
    // raised in the loop's frame, so every inlined call had returned: nothing left to finish
    chain.length = 1;
    countAbort("side trace: exception");
    e.side = "failed";
    throw exc;
  }
  chain.length = 1;
  if (r instanceof RecordingAborted) {
    countAbort(`side trace: ${r.reason}`);
    e.side = "failed";
    // a call the trace inlined should not have been (recorder.ts: a function whose loop runs
    // long or keeps leaving the trace): the trace is recorded again, without inlining it
    if (r.retrace) invalidateTrace(root);
    finishInlined(r.chain, r.thrown);
    return "failed";
  }
  traceStats.sideTraces++;
  countInlined(r);
  // (it starts where its exit left the frames: what the exit's snapshot knew holds there, when
  // finishing the exit's fat op was no more than a jump)
  optimise(r, false, e.snap !== null && e.resume >= 0 ? startFromSnapshot(e.snap, r.startShape, e.resumePops) : null);
  addSideTrace(root, r);
  e.side = r;
  // the recording ran the rest of this iteration: the frame is back at the header
  return EMPTY;
}

function emptyTrace(code: PyCode, header: number): Trace {
  return { code, header, entries: [], loop: null, run: compileCode([]), runLoop: null, loopKinds: null, loopEntry: null, startShape: [], startScopes: [], startIp: header, fatOps: 0, runs: 0, iterations: 0, deps: [], invalid: false, linkTo: -1 };
}
/** what is left of an iteration once a side trace's recording has run it to the header */
const EMPTY: Trace = emptyTrace(null as never, -1);

let dumped = 0;
function dumpFile(t: Trace, n: number, stage: string): string {
  mkdirSync(tracing.dumpDir!, { recursive: true });
  return join(tracing.dumpDir!, `${String(n).padStart(4, "0")}-${t.code.name.replace(/[^\w.-]/g, "_")}-${t.header * 2}.${stage}.txt`);
}

/** The register code of a trace (--dump-traces in the register pipeline). */
function dumpRegister(t: Trace, n: number): void {
  const lines = [`register code ${t.code.qualname} (${t.code.filename}) loop at offset ${t.header * 2}: ${t.run!.ops.length} instructions for ${t.entries.length} thin ops`];
  lines.push(...registerText(t.run!, THIN_NAMES));
  if (t.runLoop !== null) {
    lines.push(`    LOOP to the body below`, `  peeled loop body: ${t.runLoop.ops.length} instructions for ${t.loop!.length} thin ops`, ...registerText(t.runLoop, THIN_NAMES), `    LOOP to the body`);
  } else if (t.linkTo >= 0) lines.push(`    LINK to the trace of the loop at @${t.linkTo * 2}`);
  else lines.push(`    LOOP to @${t.header * 2}`);
  writeFileSync(dumpFile(t, n, "register"), lines.join("\n") + "\n");
}
function dump(t: Trace, n: number, stage: string): void {
  writeFileSync(dumpFile(t, n, stage), traceText(t, stage, THIN_NAMES, OPNAMES, lineOf));
}

/** the loop headers already recorded again for a guard's exits, per code */
const recordedAgain = new WeakMap<PyCode, Set<number>>();

/**
 * A guard of the loop's own code whose exit is taken in most iterations (more than 3 in 4): the
 * trace was recorded along the rarer path (the iteration recorded went the other way at that
 * branch), and every iteration pays an exit and a side trace. The trace is invalidated, once per
 * loop, so the loop is recorded again from an iteration that, most likely, goes the common way;
 * the old path becomes a side trace. The `js` stage makes the same test where it runs a side
 * trace's code in place of the exit (js-compile.ts), so both decide alike.
 */
export function maybeRecordAgain(t: Trace, e: TraceEntry): void {
  if (e.exits * 4 <= t.iterations * 3 || t.invalid) return;
  let done = recordedAgain.get(t.code);
  if (done === undefined) recordedAgain.set(t.code, (done = new Set()));
  if (done.has(t.header)) return;
  done.add(t.header);
  traceStats.recordedAgain++;
  invalidateTrace(t);
}

sideHooks.recordAgain = maybeRecordAgain;

/** Runs a trace until one of its guards fails; the frame is then left where the base
 *  interpreter resumes (any calls the trace inlined finished first). */
/** Where a trace starts at its header: its peeled body when the loop frame holds what the body
 *  assumes (as the preamble would have proven), else the preamble. */
function startOf(t: Trace, frame: Frame) {
  return t.runLoop !== null && bodyHolds(t, frame) ? t.runLoop : t.run!;
}

/** Works out once where `e`'s exit resumes when that needs no steps run (steps.ts staticResume). */
function setResume(e: TraceEntry): void {
  const r = staticResume(e.exit, e.oparg, e.next);
  e.resume = r === null ? -1 : r.ip;
  e.resumePops = r === null ? 0 : r.pops;
}

/**
 * Time in traces (--stats) is measured on a sample of the outermost trace runs: a clock read
 * costs some 70 ns, and loops that run a few iterations per entry enter a trace up to a million
 * times a run (go, nqueens, generators: 2-3% of their time went to the clock). The first
 * TIMED_ALL runs are all timed; after them one in TIMED_ONE_IN, picked at random (a loop that
 * alternates with another is not sampled on one of them only), each counted TIMED_ONE_IN times.
 */
const TIMED_ALL = 512;
const TIMED_ONE_IN = 16;
let outerRuns = 0;
let sampleSeed = 0x2545f491;
/** how many runs this outermost run's time counts for: 0 when it is not timed */
function timedWeight(): number {
  if (++outerRuns <= TIMED_ALL) return 1;
  // (xorshift32)
  sampleSeed ^= sampleSeed << 13;
  sampleSeed ^= sampleSeed >>> 17;
  sampleSeed ^= sampleSeed << 5;
  return (sampleSeed & (TIMED_ONE_IN - 1)) === 0 ? TIMED_ONE_IN : 0;
}

export function runTrace(t: Trace, frame: Frame): void {
  const outer = depth++ === 0;
  const weight = outer ? timedWeight() : 0;
  const started = weight > 0 ? performance.now() : 0;
  t.runs++;
  if (traceLog.on) logEnter(t);
  // the frames the trace runs on: the loop's frame, then the inlined calls now running
  const chain: Frame[] = [frame];
  try {
    // `current` is the main trace or a side trace; every one of them ends back at the header,
    // where the main trace starts again: its peeled loop body when the iteration that just ended
    // was the main trace's own (which proved what the body assumes) or when the frame is seen to
    // hold what the body assumes (bodyHolds: on entry, after a side trace or a link), else its
    // preamble
    let current = t;
    let run = startOf(t, frame);
    let linked: Trace | undefined;
    for (;;) {
      if (current === t) t.iterations++;
      const failed = traceLog.on ? logRun(current, run, chain) : runEntries(run, chain);
      if (failed >= 0) {
        // a guard failed: leave the trace there (a guard of a side trace whose code the loop's
        // compiled function ran: js-compile.ts)
        if (jsState.exitIn !== null) {
          current = jsState.exitIn;
          run = current.run!;
          jsState.exitIn = null;
        }
        const e = run.entries[failed];
        if (checkSnapshots && e.snap !== null) verifySnapshot(e, e.snap, chain);
        e.exits++;
        traceStats.exits++;
        if (current === t && e.exits >= RECORD_AGAIN_AFTER) maybeRecordAgain(t, e);
        // a global the trace read through a cache was rebound: record the loop again (the name
        // is not cached again from those globals)
        if (e.op === Thin.LOAD_GLOBAL_CACHED || e.op === Thin.LOAD_MODULE_ATTR_CACHED) invalidateTrace(t);
        const f = chain[chain.length - 1];
        if (e.resume === -2) setResume(e);
        if (e.resume >= 0) {
          f.ip = e.resume;
          f.sp -= e.resumePops;
        } else {
          f.ip = e.next;
          runContinuation(f, e.exit, e.oparg);
        }
        if (chain.length > 1) traceStats.exitsInInlinedCalls++;
        let side = e.side;
        if (e.exits === SIDE_RECOMPILE_EXITS && typeof side === "object" && side !== null) sideAttached(t, e);
        if (side === null && e.exits >= SIDE_EXIT_THRESHOLD) {
          side = recordSide(t, e, chain);
          if (side === "failed") return;
        }
        if (side === null || side === "failed") {
          // back to the base interpreter, which first finishes any inlined calls
          finishInlined(chain);
          return;
        }
        if (chain.length === 1 && frame.ip === t.header) current = t;
        else if (chain.length === side.startShape.length && chain[chain.length - 1].ip === side.startIp) current = side;
        else if (chain.length === 1 && (linked = lookupTrace(frame.code, frame.ip)) !== undefined) {
          // the side trace's recording ran on to another loop's header
          t = current = linked;
          traceStats.links++;
        } else {
          // the exit went elsewhere than where its side trace starts (its fat op jumped: a loop
          // that ended, say): back to the base interpreter
          finishInlined(chain);
          return;
        }
        run = current === t ? startOf(t, frame) : current.run!;
      } else if (failed === SIDE_ENDED) {
        // the loop's compiled function ran a side trace back to the header, where the frame does
        // not hold what the loop's body assumes
        current = t;
        run = startOf(t, frame);
      } else if (current.linkTo >= 0) {
        // the trace ended at another loop's header: that loop's trace goes on, if it is kept
        // (a trace keeps the frame's ip only at jumps and exits: set it to where it ended)
        frame.ip = current.linkTo;
        const next = lookupTrace(frame.code, current.linkTo);
        if (next === undefined) return;
        traceStats.links++;
        t = current = next;
        run = startOf(t, frame);
      } else {
        run = current === t ? (t.runLoop ?? t.run!) : startOf(t, frame);
        current = t;
      }
      // a class the trace assumed changed while it ran, or a signal came: back to the base
      // interpreter, at the header (the guards kept this iteration right; an invalid trace is
      // out of the cache; the signal's handler runs at the loop's next back-edge)
      if ((t.invalid || pendingSignals[0] !== 0) && current === t) {
        frame.ip = t.header;
        return;
      }
      // a back-edge of the loop's frame: its arrays may be copied (frame.ts), which the next
      // run of entries reads from the frame
      if (chain.length === 1) renewDue(frame);
    }
  } catch (e) {
    // an exception inside inlined calls is theirs to handle first
    if (chain.length > 1) finishInlined(chain, e);
    else throw e;
  } finally {
    depth--;
    if (traceLog.on) logLeave();
    if (weight > 0) traceStats.timeInTracesMs += (performance.now() - started) * weight;
  }
}
