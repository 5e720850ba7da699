// The supervisor: counts loop back-edges in the base interpreter; a loop that gets hot is
// recorded as a trace, kept by the trace manager, and from then on run as a trace whenever the
// base interpreter reaches its back-edge.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { THIN_NAMES, execThin } from "../../generated/thin-ops.js";
import { OPNAMES } from "../../generated/opcodes.js";
import type { PyCode } from "../objects/core.js";
import type { Frame } from "../interp/frame.js";
import { lineOf } from "../interp/decode.js";
import { counters } from "../interp/counters.js";
import { recordLoop, RecordingAborted } from "./recorder.js";
import { runContinuation } from "./steps.js";
import { GUARD, Trace, TraceEntry, traceText } from "./trace.js";

export const tracing = {
  enabled: false,
  /** back-edges before a loop is recorded (HotPy used 10) */
  hot: 10,
  /** most traces kept at once; the least used are evicted beyond it */
  cacheSize: 1000,
  dumpDir: null as string | null,
};

export const traceStats = {
  recorded: 0,
  aborted: 0,
  abortedByReason: {} as Record<string, number>,
  evicted: 0,
  invalidated: 0,
  exits: 0,
  sideTraces: 0,
  timeInTracesMs: 0,
};

const traces = new Map<PyCode, Map<number, Trace>>();
let traceCount = 0;
/** counter value after an abort: wait this many more back-edges before trying again */
const BACKOFF = 64;
let depth = 0;

function counterFor(code: PyCode): Int32Array {
  return (code.counters ??= new Int32Array(code.ops.length));
}

/** Called by the base interpreter at a loop back-edge to `header` (frame.ip === header). */
export function backEdge(frame: Frame, header: number): void {
  const code = frame.code;
  const t = traces.get(code)?.get(header);
  if (t !== undefined) {
    runTrace(t, frame);
    return;
  }
  const c = counterFor(code);
  if (++c[header] < tracing.hot) return;
  c[header] = 0;
  const r = recordLoop(frame, header);
  if (r instanceof RecordingAborted) {
    traceStats.aborted++;
    traceStats.abortedByReason[r.reason] = (traceStats.abortedByReason[r.reason] ?? 0) + 1;
    c[header] = -BACKOFF * tracing.hot;
    return;
  }
  keep(r);
  runTrace(r, frame);
}

function keep(t: Trace): void {
  traceStats.recorded++;
  if (traceCount >= tracing.cacheSize) evictLeastUsed();
  let m = traces.get(t.code);
  if (m === undefined) traces.set(t.code, (m = new Map()));
  m.set(t.header, t);
  traceCount++;
  if (tracing.dumpDir !== null) dump(t);
}

function evictLeastUsed(): void {
  let worst: Trace | null = null;
  for (const m of traces.values()) for (const t of m.values()) if (worst === null || t.runs < worst.runs) worst = t;
  if (worst === null) return;
  traces.get(worst.code)!.delete(worst.header);
  traceCount--;
  traceStats.evicted++;
}

/** exits taken before a side trace is recorded from them (HotPy: 8) */
const SIDE_EXIT_THRESHOLD = 8;

function recordSide(e: TraceEntry, frame: Frame, header: number): Trace | "failed" | null {
  if (frame.ip === header) {
    e.side = { code: frame.code, header, entries: [], fatOps: 0, runs: 0 };
    return e.side;
  }
  const r = recordLoop(frame, header);
  if (r instanceof RecordingAborted) {
    traceStats.aborted++;
    traceStats.abortedByReason[`side trace: ${r.reason}`] = (traceStats.abortedByReason[`side trace: ${r.reason}`] ?? 0) + 1;
    e.side = "failed";
    return null;
  }
  traceStats.sideTraces++;
  if (tracing.dumpDir !== null) dump(r);
  e.side = r;
  // the recording ran the rest of this iteration: the frame is back at the header
  return { code: frame.code, header, entries: [], fatOps: 0, runs: 0 };
}

let dumped = 0;
function dump(t: Trace): void {
  mkdirSync(tracing.dumpDir!, { recursive: true });
  const name = `${String(++dumped).padStart(4, "0")}-${t.code.name.replace(/[^\w.-]/g, "_")}-${t.header * 2}.thin.txt`;
  writeFileSync(join(tracing.dumpDir!, name), traceText(t, THIN_NAMES, OPNAMES, (u) => lineOf(t.code, u)));
}

/** Runs a trace until one of its guards fails; the frame is then left where the base
 *  interpreter resumes. */
export function runTrace(t: Trace, frame: Frame): void {
  const outer = depth++ === 0;
  const started = outer ? performance.now() : 0;
  let executed = 0;
  t.runs++;
  try {
    // `current` is the main trace or a side trace; every one of them ends back at the header,
    // where the main trace starts again
    let current = t;
    for (;;) {
      const entries = current.entries;
      const n = entries.length;
      let left = false;
      for (let i = 0; i < n; i++) {
        const e = entries[i];
        frame.lasti = e.fatIp;
        executed++;
        if (e.kind === GUARD) {
          if (execThin(frame, e.op, e.imm) !== e.expected) {
            e.exits++;
            traceStats.exits++;
            frame.ip = e.next;
            runContinuation(frame, e.exit, e.oparg);
            const side = e.side ?? (e.exits >= SIDE_EXIT_THRESHOLD ? recordSide(e, frame, t.header) : null);
            if (side === null || side === "failed") return;
            if (frame.ip === t.header) {
              left = true; // the exit itself closed the loop
              break;
            }
            current = side;
            left = true;
            break;
          }
        } else execThin(frame, e.op, e.imm);
      }
      if (!left) current = t;
      else if (current !== t && frame.ip === t.header) current = t;
    }
  } finally {
    depth--;
    counters.traceInstructions += executed;
    if (outer) traceStats.timeInTracesMs += performance.now() - started;
  }
}
