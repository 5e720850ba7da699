// What the tracing engine counts, for --stats and --stats-json.
export const traceStats = {
  recorded: 0,
  aborted: 0,
  abortedByReason: {} as Record<string, number>,
  exits: 0,
  /** loops recorded again because a guard's exit was taken in most iterations */
  recordedAgain: 0,
  sideTraces: 0,
  /** times a trace ended at another loop's header and that loop's trace went on */
  links: 0,
  /** ENTER entries in recorded traces, and guard exits taken inside inlined calls */
  callsInlined: 0,
  exitsInInlinedCalls: 0,
  /** inlined calls given back to the base interpreter while recording: their loop ran more
   *  back-edges than a trace unrolls (the trace keeps the CALL) */
  callsGivenBack: 0,
  /** fragments: Python functions called by an op's native code (a dunder, __init__…), recorded
   *  as thin ops the trace runs in their place; and those given up */
  fragmentsRecorded: 0,
  fragmentsFailed: 0,
  timeInTracesMs: 0,
};
