// What --trace-report needs that the tracing engine does not keep: every trace ever recorded
// (evicted and invalidated ones too), each as it was recorded (the thin trace, before the
// specialiser rewrote it), and per trace the iterations it ran, the thin ops it executed and the
// time spent in it. Off unless the report is asked for: the supervisor then only tests `on`.
// Guard exits need nothing here: every entry counts its own (`TraceEntry.exits`).
import { counters } from "../../interp/counters.js";
import type { Frame } from "../../interp/frame.js";
import type { TraceCode } from "../../../generated/trace-interpreter.js";
import { runEntries } from "../run-entries.js";
import type { Fragment } from "../fragments.js";
import type { Trace, TraceEntry } from "../trace.js";

/** One recorded trace and what it did. */
export interface LoggedTrace {
  trace: Trace;
  /** numbered as --dump-traces numbers its files */
  number: number;
  /** a loop trace (not a side trace recorded from an exit) */
  loop: boolean;
  /** the entries as recorded, before any optimiser stage (the specialiser makes new ones) */
  thin: readonly TraceEntry[];
  /** the recorded entries of each fragment the thin entries reach (the specialiser replaces a
   *  fragment's entries in place) */
  thinFragments: Map<Exclude<Fragment, "failed">, readonly TraceEntry[]>;
  /** times its entries ran (iterations, and partial ones that left at an exit) */
  runs: number;
  /** thin ops it executed, fragments included, traces run inside it (through calls) not */
  instructions: number;
  /** loop traces: wall time from entering to leaving, less other traces entered meanwhile (its
   *  side traces run inside it and count here) */
  timeMs: number;
}

/** One runTrace call in progress. */
interface Activation {
  logged: LoggedTrace;
  started: number;
  instructionsAtStart: number;
  /** time and thin ops of the traces run inside this one */
  childTimeMs: number;
  childInstructions: number;
}

export const traceLog = {
  on: false,
  traces: [] as LoggedTrace[],
};

const byTrace = new Map<Trace, LoggedTrace>();
const active: Activation[] = [];

export function loggedTrace(t: Trace): LoggedTrace | undefined {
  return byTrace.get(t);
}

/** A new trace, before the optimiser sees it. */
export function logRecorded(t: Trace, number: number, loop: boolean): void {
  const thinFragments = new Map<Exclude<Fragment, "failed">, readonly TraceEntry[]>();
  keepFragments(t.entries, thinFragments);
  const logged: LoggedTrace = { trace: t, number, loop, thin: t.entries, thinFragments, runs: 0, instructions: 0, timeMs: 0 };
  traceLog.traces.push(logged);
  byTrace.set(t, logged);
}

function keepFragments(entries: readonly TraceEntry[], into: LoggedTrace["thinFragments"]): void {
  for (const e of entries)
    for (const [, , fr] of e.fragments?.map.entries() ?? []) {
      if (fr === "failed" || into.has(fr)) continue;
      into.set(fr, fr.entries);
      keepFragments(fr.entries, into);
    }
}

/** runTrace started running `t`. */
export function logEnter(t: Trace): void {
  const logged = byTrace.get(t) ?? unlogged(t);
  active.push({ logged, started: performance.now(), instructionsAtStart: counters.traceInstructions, childTimeMs: 0, childInstructions: 0 });
}

/** runTrace left the trace it last entered (normally or by an exception). */
export function logLeave(): void {
  const a = active.pop()!;
  const elapsed = performance.now() - a.started;
  const executed = counters.traceInstructions - a.instructionsAtStart;
  a.logged.timeMs += elapsed - a.childTimeMs;
  const outer = active[active.length - 1];
  if (outer !== undefined) {
    outer.childTimeMs += elapsed;
    outer.childInstructions += executed;
  }
}

/** runEntries on the code of `current` (the loop trace or one of its side traces), counting the
 *  thin ops it executed for that trace. */
export function logRun(current: Trace, tc: TraceCode<TraceEntry>, chain: Frame[]): number {
  const a = active[active.length - 1];
  const logged = byTrace.get(current) ?? unlogged(current);
  const before = counters.traceInstructions;
  const childBefore = a.childInstructions;
  logged.runs++;
  try {
    return runEntries(tc, chain);
  } finally {
    logged.instructions += counters.traceInstructions - before - (a.childInstructions - childBefore);
  }
}

/** A trace recorded before the report was switched on (not in a CLI run): logged as it is now. */
function unlogged(t: Trace): LoggedTrace {
  const logged: LoggedTrace = { trace: t, number: 0, loop: true, thin: t.entries, thinFragments: new Map(), runs: 0, instructions: 0, timeMs: 0 };
  byTrace.set(t, logged);
  traceLog.traces.push(logged);
  return logged;
}
