// The trace recorder: runs one iteration of a hot loop by following each fat op's
// decomposition (generated/recorder-tables.ts) on the real values, writing the thin ops it
// executes and turning every branch it takes into a guard. It follows calls into Python
// functions (inline.ts) and their returns. It stops when control returns to the loop header,
// and aborts (with a reason) before anything it cannot trace.
import { DECOMPOSITIONS, IF, OP, RStep, SWITCH, WHEN } from "../../generated/recorder-tables.js";
import { execThin, Thin } from "../../generated/thin-ops.js";
import { THIN_CONTROL, THIN_ESCAPES } from "../../generated/thin-meta.js";
import { checkedBy, kindOf, THIN_RESULT, within } from "../../generated/specialiser.js";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR } from "../objects/core.js";
import { CallInterceptor, executeFrame, runFrame, runFrameWith, unlinkFrame, withInterceptor } from "../interp/call.js";
import { endFragment, finishFrom, FragmentMap, fragmentsOf } from "./fragments.js";
import { traceStats } from "./stats.js";
import type { PyCode, PyDict, PyFunction, PyObject, PyType } from "../objects/core.js";
import { methodOfClass } from "./method-cache.js";
import type { Frame } from "../interp/frame.js";
import { callResult, CallShape, enterCall, inlinableCallee, leaveCall, MAX_INLINE_DEPTH, operatorMethod } from "./inline.js";
import { copyEntry, ENTER, GUARD, LEAVE, METHOD, newEntry, OP as OP_ENTRY, Trace, TraceEntry } from "./trace.js";

export const MAX_TRACE_LENGTH = 2000;
/** back-edges of inner loops (with no trace of their own) a recording may run through, and
 *  back-edges one run of a loop of an inlined call may take (its loops are unrolled) */
export const MAX_INNER_ITERATIONS = 8;
/** back-edges of inlined calls' loops one recording may unroll in all */
export const MAX_CALLEE_BACK_EDGES = 32;

/** side traces recorded from exits inside inlined calls of one function that has a loop before
 *  that function is no longer inlined (its unrolled loops branch on the data) */
export const MAX_SIDE_TRACES_IN_LOOPING_CALLEE = 4;

/** Whether calls of functions that have a loop are inlined (their loops unrolled): off unless
 *  HOTPY_INLINE_LOOPING_CALLS=1. Measured (README, Tracing: callees with loops): the exits and
 *  base-interpreter work go, but CPU does not improve overall (the js stage's functions grow,
 *  some traces get recorded again), so it is kept for experiments, not on by default. */
export const inlineLoopingCalls = { on: process.env.HOTPY_INLINE_LOOPING_CALLS === "1" };

const LONG_CALLEE_LOOP = "long loop in inlined call";
const TOO_LONG = "too long";

export class RecordingAborted {
  /**
   * `chain`: the frames the recording stopped in (the loop's frame, then inlined calls still
   * running); `thrown`: an exception raised inside an inlined call. The supervisor finishes
   * the inlined calls (inline.ts finishInlined) after counting the abort.
   */
  constructor(
    readonly reason: string,
    readonly chain: Frame[] = [],
    readonly thrown: unknown = null,
    /** a side trace's recording found that its root trace should not have inlined a call (a
     *  function whose loop runs long or keeps leaving the trace): the root is to be recorded
     *  again, without inlining that function */
    readonly retrace = false,
  ) {}
}

/** Functions seen to run more than MAX_INNER_ITERATIONS back-edges in one call while inlined:
 *  no longer inlined (their calls stay CALLs the base interpreter runs, where their loops get
 *  traces of their own). */
const longLoops = new WeakSet<PyCode>();
/** Loops (code, header) whose recording grew too long with callees' loops unrolled: recorded
 *  again without inlining functions that have a loop. */
const noCalleeLoops = new WeakMap<PyCode, Set<number>>();

/** Whether any path of a decomposition has a thin op that passes `test`. */
function anyStep(steps: readonly RStep[], test: (op: Thin) => boolean): boolean {
  for (const s of steps) {
    if (s.k === OP && test(s.op)) return true;
    if ((s.k === IF || s.k === WHEN) && (anyStep(s.then, test) || anyStep(s.else, test))) return true;
    if (s.k === SWITCH && (anyStep(s.default, test) || [...s.cases.values()].some((c) => anyStep(c, test)))) return true;
  }
  return false;
}

/** fat ops that leave the frame (return/yield): they end recording in the loop's frame */
const leaving = DECOMPOSITIONS.map((d) => d === null || anyStep(d, (op) => THIN_CONTROL[op] === 2));
/** fat ops that close a loop */
const loopingBack = DECOMPOSITIONS.map((d) => d !== null && anyStep(d, (op) => op === Thin.LOOP_BACK));
const hasLoopCache = new WeakMap<PyCode, boolean>();
/** Whether a code object has a loop: a call to such a function is inlined with its loops
 *  unrolled while they are short (see Recording.calleeLoop). */
function hasLoop(code: PyCode): boolean {
  let r = hasLoopCache.get(code);
  if (r === undefined) {
    r = false;
    for (const op of code.ops) if (loopingBack[op]) r = true;
    hasLoopCache.set(code, r);
  }
  return r;
}
/** fat ops that are a plain return: in an inlined frame they become LEAVE */
const plainReturn = DECOMPOSITIONS.map((d) => d !== null && d.length === 1 && d[0].k === OP && d[0].op === Thin.RETURN);
/** fat ops that are a plain yield: a generator's fragment ends there */
const plainYield = DECOMPOSITIONS.map((d) => d !== null && d.length === 1 && d[0].k === OP && d[0].op === Thin.YIELD);

function entry(kind: TraceEntry["kind"], op: Thin, imm: number, f: Frame, depth: number, fatIp: number): TraceEntry {
  return newEntry(kind, op, imm, f.code, depth, fatIp);
}

class Recording {
  readonly entries: TraceEntry[] = [];
  /** fat ops covered */
  fatOps = 0;
  /** classes whose versions the recorded entries assume (shared with nested fragment recordings) */
  readonly deps: PyType[];
  /** chain[0] is the recording's own frame (the loop's, or a fragment's callee); the rest are the
   *  inlined calls now running, innermost last */
  readonly chain: Frame[];
  /** per frame of `chain`: the index of the ENTER entry that inlined it (-1: a frame the
   *  recording started in), `fatOps` before it, and per loop header the back-edges its loop
   *  has taken since it was entered */
  readonly enteredAt: number[];
  readonly fatOpsAt: number[];
  readonly backEdges: Map<number, number>[];
  /** back-edges run by loops of inlined calls (unrolled into the trace) */
  calleeBackEdges = 0;
  /** whether calls to functions that have a loop may be inlined */
  readonly calleeLoops: boolean;
  constructor(
    chain: readonly Frame[],
    /** the recording a fragment is recorded for, while one of its ops calls Python code */
    readonly outer: Recording | null = null,
    calleeLoops = true,
  ) {
    this.chain = [...chain];
    this.enteredAt = chain.map(() => -1);
    this.fatOpsAt = chain.map(() => 0);
    this.backEdges = chain.map(() => new Map());
    this.deps = outer === null ? [] : outer.deps;
    this.calleeLoops = inlineLoopingCalls.on && calleeLoops && (outer === null || outer.calleeLoops);
  }
  /** entries recorded before the fat op now being recorded: while there are no more, that fat
   *  op has not changed the frame yet (its WHEN/SWITCH steps only test its argument) */
  fatStart = 0;
  /** a call inlined: its ENTER is the last entry */
  push(callee: Frame): void {
    this.chain.push(callee);
    this.enteredAt.push(this.entries.length - 1);
    this.fatOpsAt.push(this.fatOps);
    this.backEdges.push(new Map());
  }
  /** the innermost call returned (or was given back to the base interpreter) */
  pop(): Frame {
    this.enteredAt.pop();
    this.fatOpsAt.pop();
    this.backEdges.pop();
    return this.chain.pop()!;
  }
  get frame(): Frame {
    return this.chain[this.chain.length - 1];
  }
  get depth(): number {
    return this.chain.length - 1;
  }
  /** frames being recorded, this recording's and those of the recordings it is nested in */
  private running(code: PyCode): boolean {
    for (let r: Recording | null = this; r !== null; r = r.outer) if (r.chain.some((f) => f.code === code)) return true;
    return false;
  }
  private nesting(): number {
    let n = 0;
    for (let r: Recording | null = this; r !== null; r = r.outer) n += r.chain.length;
    return n;
  }
  /** Whether a call to `code` can be followed (not a generator, not recursive, not too deep,
   *  no loop seen running long), or, `resumed`, a generator of that code resumed. */
  canFollow(code: PyCode, resumed = false): boolean {
    if (!resumed && ((code.flags & NOT_FOLLOWED) !== 0 || (hasLoop(code) && (!this.calleeLoops || longLoops.has(code))))) return false;
    return this.nesting() <= MAX_INLINE_DEPTH && !this.running(code);
  }
  /** A CALL(n) the trace can inline: its shape and code. */
  inlinable(n: number): { shape: CallShape; code: PyCode; fn: PyFunction } | null {
    const c = inlinableCallee(this.frame, n);
    if (c === null || !this.canFollow(c.fn.code)) return null;
    return { shape: c.shape, code: c.fn.code, fn: c.fn };
  }
  /** A binary operator `op` whose operands' class method the trace can inline. */
  inlinableOperator(op: number): { shape: CallShape; code: PyCode; fn: PyFunction } | null {
    const fn = operatorMethod(this.frame, op);
    if (fn === null || !this.canFollow(fn.code)) return null;
    return { shape: CallShape.Operator, code: fn.code, fn };
  }
}

const NOT_FOLLOWED = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

/** How a recording ended: its loop closed, its fragment's frame returned or yielded, or it was
 *  aborted. */
type Ending = "closed" | "returned" | "yielded" | { linkTo: number } | RecordingAborted;

/**
 * Records fat ops from the innermost frame's ip on. A loop recording (header ≥ 0) ends when the
 * loop of chain[0] closes at `header`; a fragment recording (header < 0) when chain[0] returns.
 * The frames are advanced for real: when it ends they stand at fat-op boundaries the base
 * interpreter can resume from, once an abort's inlined calls are finished. Exceptions raised in
 * chain[0] propagate.
 */
function record(rec: Recording, header: number, hasTrace: (code: PyCode, header: number) => boolean): Ending {
  const root = rec.chain[0];
  let innerIterations = 0;
  // A loop's own trace may link on to an inner loop's (a header after its own); one that would
  // link back to an enclosing loop's header has left its loop: the iteration recorded was the
  // last one, not the loop's body. Side traces link anywhere (an inner loop's exit goes on
  // through the rest of the outer loop's body).
  const ownLoop = header >= 0 && rec.chain.length === 1 && root.ip === header;
  const mayLink = (target: number) => !ownLoop || target > header;
  for (;;) {
    const f = rec.frame;
    const ip = f.ip;
    const opcode = f.code.ops[ip];
    const oparg = f.code.args[ip];
    const steps = DECOMPOSITIONS[opcode];
    if (rec.entries.length > MAX_TRACE_LENGTH) {
      // with callees' loops unrolled: the loop is recorded again without them
      if (rec.calleeBackEdges === 0 || header < 0) return new RecordingAborted(TOO_LONG, rec.chain);
      const headers = noCalleeLoops.get(root.code) ?? new Set<number>();
      noCalleeLoops.set(root.code, headers.add(header));
      return new RecordingAborted(`${TOO_LONG} (loops of inlined calls unrolled)`, rec.chain);
    }
    // the header of another loop of this frame that has a trace: the recording ends here and
    // links to that trace (an inner loop from its outer loop's body, the outer loop's back-edge
    // from an inner loop's exit), rather than unrolling the loop or giving up
    if (header >= 0 && rec.depth === 0 && ip !== header && rec.fatOps > 0 && hasTrace(f.code, ip) && mayLink(ip)) return { linkTo: ip };
    if (header < 0 && rec.depth === 0 && (plainReturn[opcode] || plainYield[opcode])) {
      // a fragment's frame returns or yields: its value stays on its stack for endFragment
      f.lasti = ip;
      return plainReturn[opcode] ? "returned" : "yielded";
    }
    if (plainReturn[opcode] && rec.depth > 0) {
      f.lasti = ip;
      // an inlined call returns: its value moves to the caller, which goes on after its CALL
      const leave = entry(LEAVE, Thin.RETURN, 0, f, rec.depth, ip);
      // (the LEAVE of an `__init__` entered by a class call gives the caller the instance)
      if (f.initSelf !== null) leave.shape = CallShape.Init;
      rec.entries.push(leave);
      rec.pop();
      try {
        leaveCall(f, rec.frame);
      } catch (e) {
        // an `__init__` that returned something else than None: raised in the caller
        if (rec.depth === 0) throw e;
        return new RecordingAborted("exception in inlined call", rec.chain, e);
      }
      rec.fatOps++;
      continue;
    }
    if (steps === null || leaving[opcode]) return new RecordingAborted(steps === null ? "untraceable op" : "leaves the frame", rec.chain);
    f.lasti = ip;
    f.ip = f.code.nexts[ip];
    rec.fatOps++;
    rec.fatStart = rec.entries.length;
    let end: WalkEnd;
    try {
      end = walk(rec, steps, oparg, ip, []);
    } catch (e) {
      if (rec.depth === 0) throw e;
      return new RecordingAborted("exception in inlined call", rec.chain, e);
    }
    // the loop's own header jumped forward, out of the loop (a FOR_ITER whose iterator is
    // exhausted): the iteration recorded would be the loop's exit, not its body
    if (ownLoop && rec.fatOps === 1 && rec.depth === 0 && f.ip > f.code.nexts[ip]) return new RecordingAborted("loop ended", rec.chain);
    if (end === "loop") {
      if (rec.depth > 0) {
        const aborted = calleeLoop(rec);
        if (aborted !== null) return aborted;
        continue;
      }
      // a resumed generator's loop, on the way to its next yield (a function with a loop is
      // not made a fragment: recordingInterceptor)
      if (header < 0) {
        if (++innerIterations > MAX_INNER_ITERATIONS) return new RecordingAborted("loop in inlined call", rec.chain);
        continue;
      }
      if (root.ip === header) return "closed";
      // another loop of this frame: linked to when it has a trace, else unrolled into this
      // trace while it is short (its exit is a guard like any other branch)
      if (hasTrace(root.code, root.ip)) return mayLink(root.ip) ? { linkTo: root.ip } : new RecordingAborted("left its loop", rec.chain);
      if (++innerIterations > MAX_INNER_ITERATIONS) return new RecordingAborted("inner loop", rec.chain);
    }
  }
}

/**
 * A loop of an inlined call (or of a fragment's frame) went back to its header: unrolled into
 * the trace (its exit a guard like any other branch) while that run of the loop has taken at
 * most MAX_INNER_ITERATIONS back-edges and the recording at most MAX_CALLEE_BACK_EDGES, even
 * when the loop has a trace of its own (which runs where the call is not inlined, and after an
 * exit inside it). Past that, the function is not inlined again (longLoops) and this call is
 * given back to the base interpreter (giveBack), or, for a frame the recording started in (a
 * side trace from an exit inside an inlined call, a fragment), the recording is aborted.
 */
function calleeLoop(rec: Recording): RecordingAborted | null {
  const d = rec.depth;
  const f = rec.frame;
  const counts = rec.backEdges[d];
  // f.lasti is the jump back to f.ip: the loops it holds start again from 0 when next entered
  for (const h of counts.keys()) if (h > f.ip && h < f.lasti) counts.delete(h);
  const n = (counts.get(f.ip) ?? 0) + 1;
  counts.set(f.ip, n);
  if (n <= MAX_INNER_ITERATIONS && ++rec.calleeBackEdges <= MAX_CALLEE_BACK_EDGES) return null;
  // a long loop is the function's own; the recording's budget spent is not (its call is given
  // back all the same, which keeps the rest of the recording)
  const long = n > MAX_INNER_ITERATIONS;
  if (long) longLoops.add(f.code);
  if (rec.enteredAt[d] < 0) return new RecordingAborted(long ? LONG_CALLEE_LOOP : "loops of inlined calls over budget", rec.chain, null, long);
  try {
    giveBack(rec);
  } catch (e) {
    // raised by the callee: thrown into its caller at the CALL (see recordLoop on chain[0])
    if (rec.depth === 0) throw e;
    return new RecordingAborted("exception in inlined call", rec.chain, e);
  }
  return null;
}

/**
 * Un-inlines the innermost call: its entries (from its ENTER on) are replaced by the CALL op
 * they inlined, which the trace runs as an op (the base interpreter runs the function, its loops
 * their own traces), and the base interpreter runs the frame to its end now; its value goes to
 * the caller, whose recording goes on after the CALL. What the callee raises propagates, with
 * the frame off the chain.
 */
function giveBack(rec: Recording): void {
  const at = rec.enteredAt[rec.depth];
  rec.fatOps = rec.fatOpsAt[rec.depth];
  const callee = rec.pop();
  const enter = rec.entries[at];
  rec.entries.length = at;
  rec.entries.push(copyEntry(enter, { kind: OP_ENTRY, callee: null, value: null, shape: CallShape.Plain }));
  traceStats.callsGivenBack++;
  let value: PyObject;
  try {
    value = executeFrame(callee, null);
  } finally {
    unlinkFrame(callee);
  }
  const caller = rec.frame;
  value = callResult(callee, caller, value);
  caller.stack[caller.sp++] = value;
}

/** side traces recorded from exits inside inlined calls, per function that has a loop */
const sideTracesIn = new WeakMap<PyCode, number>();

/**
 * A side trace is to be recorded from an exit inside inlined calls: each function with a loop
 * among them counts it. One that has had more than MAX_SIDE_TRACES_IN_LOOPING_CALLEE is not
 * inlined again, and the recording is aborted so that the root trace is recorded again without
 * it: its loops' unrolled iterations branch on the data (a search that returns early, a
 * worklist), which the function's own loop traces handle at less cost than a tree of side
 * traces through the caller.
 */
function branchyCallee(chain: readonly Frame[]): RecordingAborted | null {
  for (let d = 1; d < chain.length; d++) {
    const code = chain[d].code;
    if (!hasLoop(code)) continue;
    const n = (sideTracesIn.get(code) ?? 0) + 1;
    sideTracesIn.set(code, n);
    if (n > MAX_SIDE_TRACES_IN_LOOPING_CALLEE) {
      longLoops.add(code);
      return new RecordingAborted("inlined call's loop branches", [...chain], null, true);
    }
  }
  return null;
}

/**
 * Records from the innermost frame's ip (the loop header, or for a side trace where its exit
 * left off, possibly inside inlined calls) until the loop of chain[0] closes at `header`.
 */
export function recordLoop(chain: readonly Frame[], header: number, hasTrace: (code: PyCode, header: number) => boolean): Trace | RecordingAborted {
  const branchy = branchyCallee(chain);
  if (branchy !== null) return branchy;
  const startShape = chain.map((f): [number, number] => [f.code.nlocalsplus, f.sp]);
  const startIp = chain[chain.length - 1].ip;
  const startScopes = chain.map((f): [PyDict, PyDict] => [f.globals, f.builtins]);
  const rec = new Recording(chain, null, noCalleeLoops.get(chain[0].code)?.has(header) !== true);
  const end = record(rec, header, hasTrace);
  if (end instanceof RecordingAborted) return end;
  const linkTo = typeof end === "object" ? end.linkTo : -1;
  return { code: chain[0].code, header, entries: rec.entries, loop: null, run: null, runLoop: null, loopKinds: null, loopEntry: null, startShape, startScopes, startIp, fatOps: rec.fatOps, runs: 0, iterations: 0, deps: rec.deps, invalid: false, linkTo };
}

/**
 * While `rec` runs an op that may call Python code (an escaping op: a surrogate's dunder call,
 * a class's __init__, a property…), each Python function it calls is run by recording a
 * fragment of it: the callee's own thin ops, which the trace runs in its place next time (see
 * fragments.ts). Functions that cannot be followed run in the base interpreter as usual.
 */
function recordingInterceptor(rec: Recording, fragments: FragmentMap): CallInterceptor {
  return (frame) => {
    const code = frame.code;
    const ip = frame.ip;
    // (a function with a loop is not made a fragment: a fragment has no side traces and is
    // specialised from nothing known, so its unrolled loop would cost more than the function's
    // own loop traces; chaos's Spline.__call__ measured slower, 14 fragments of 687 thin ops)
    // (a frame at its code's entry is a call; anywhere else, a generator resumed)
    const call = ip === code.entryIp;
    if (fragments.get(code, ip) !== undefined || !rec.canFollow(code, !call) || (call && hasLoop(code))) return runFrame(frame);
    return runFrameWith(frame, () => {
      const sub = new Recording([frame], rec);
      frame.yielded = false;
      let end: Ending;
      try {
        end = record(sub, -1, () => false);
      } catch (e) {
        fragments.set(code, ip, "failed");
        countFragment(false);
        return finishFrom(sub.chain, e);
      }
      if (end instanceof RecordingAborted) {
        fragments.set(code, ip, "failed");
        countFragment(false);
        return finishFrom(end.chain, end.thrown);
      }
      const yieldAt = end === "yielded" ? frame.lasti : -1;
      fragments.set(code, ip, { code, ip, entries: sub.entries, run: null, yieldAt, scopes: [frame.globals, frame.builtins] });
      countFragment(true);
      return endFragment(frame, yieldAt);
    });
  };
}

function countFragment(ok: boolean): void {
  if (ok) traceStats.fragmentsRecorded++;
  else traceStats.fragmentsFailed++;
}

/** Runs the thin op of entry `e`; if it may call Python code, the frames it runs are recorded
 *  as fragments attached to `e`. */
function escapingStep<T>(rec: Recording, e: TraceEntry, run: () => T): T {
  if (THIN_ESCAPES[e.op] !== 1) return run();
  const fragments = new FragmentMap();
  try {
    return withInterceptor(recordingInterceptor(rec, fragments), run);
  } finally {
    if (fragments.size > 0) e.fragments = fragmentsOf(fragments);
  }
}

type WalkEnd = "fall" | "jump" | "loop" | "enter";

function walk(rec: Recording, steps: readonly RStep[], oparg: number, fatIp: number, cont: readonly (readonly RStep[])[]): WalkEnd {
  const out = rec.entries;
  const frame = rec.frame;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    const rest = () => [steps.slice(i + 1), ...cont];
    switch (s.k) {
      case OP: {
        const imm = s.imm(oparg);
        // a call the trace follows: the last step of its fat op, into a Python function
        const last = i === steps.length - 1 && cont.every((c) => c.length === 0);
        const target = s.op === Thin.CALL && last ? rec.inlinable(imm) : s.op === Thin.BINARY_GENERIC && last ? rec.inlinableOperator(imm) : null;
        if (target !== null) {
          const e = entry(ENTER, s.op, imm, frame, rec.depth, fatIp);
          e.callee = target.code;
          e.shape = target.shape;
          // the function called when recorded: its globals are what the optimiser caches
          // lookups from (ENTER itself guards only the code)
          e.value = target.fn;
          e.next = frame.ip;
          e.oparg = oparg;
          e.exit = [steps.slice(i)];
          // a call that is its fat op's first step: when the callee is another, the frame resumes
          // at the CALL itself (nothing of it has run), so that a side trace recorded from this
          // exit inlines the function the site calls then, rather than finishing the call in a
          // nested base interpreter on every exit
          if (out.length === rec.fatStart) e.resume = fatIp;
          const callee = enterCall(frame, imm, target.shape, target.code)!;
          out.push(e);
          rec.push(callee);
          return "enter";
        }
        if (s.op === Thin.LOAD_METHOD) {
          const m = methodOfClass(frame.stack[frame.sp - 1] as PyObject, frame.code.names[imm]);
          if (m !== null) {
            const e = entry(METHOD, s.op, imm, frame, rec.depth, fatIp);
            e.type = m.type;
            e.version = m.type.version;
            e.value = m.fn;
            e.next = frame.code.nexts[fatIp];
            e.oparg = oparg;
            e.exit = [steps.slice(i), ...cont];
            // (as ENTER: an owner of another class resumes at the LOAD_METHOD itself, and a side
            // trace from here starts with that class's method)
            if (out.length === rec.fatStart) e.resume = fatIp;
            if (!rec.deps.includes(m.type)) rec.deps.push(m.type);
            out.push(e);
            execThin(frame, s.op, imm);
            break;
          }
        }
        const e = entry(OP, s.op, imm, frame, rec.depth, fatIp);
        // how to finish the fat op from this op on, should an optimiser guard it
        e.next = frame.code.nexts[fatIp];
        e.oparg = oparg;
        e.exit = [steps.slice(i), ...cont];
        if (THIN_ESCAPES[s.op] === 1) {
          escapingStep(rec, e, () => execThin(frame, s.op, imm));
          out.push(e);
          break;
        }
        execThin(frame, s.op, imm);
        // an op the specialiser may check (spec/specialise.yaml `checked`): whether its result
        // was of the narrower kind, so a site that overflows is not made a guard that fails
        const check = checkedBy(s.op, imm);
        if (check >= 0) e.expected = within(kindOf(frame.stack[frame.sp - 1]), THIN_RESULT[check]);
        if (THIN_CONTROL[s.op] === 1) return s.op === Thin.LOOP_BACK ? "loop" : "jump"; // jumps are not recorded: the trace is linear
        out.push(e);
        break;
      }
      case IF: {
        const imm = s.imm(oparg);
        const e = entry(GUARD, s.op, imm, frame, rec.depth, fatIp);
        const cond = escapingStep(rec, e, () => execThin(frame, s.op, imm));
        e.expected = cond;
        e.next = frame.code.nexts[fatIp];
        e.oparg = oparg;
        e.exit = [cond ? s.else : s.then, ...rest()];
        e.redo = [[s], ...rest()];
        out.push(e);
        const end = walk(rec, cond ? s.then : s.else, oparg, fatIp, rest());
        if (end !== "fall") return end;
        break;
      }
      case WHEN: {
        const end = walk(rec, s.test(oparg) ? s.then : s.else, oparg, fatIp, rest());
        if (end !== "fall") return end;
        break;
      }
      case SWITCH: {
        const end = walk(rec, s.cases.get(s.select(oparg)) ?? s.default, oparg, fatIp, rest());
        if (end !== "fall") return end;
        break;
      }
    }
  }
  return "fall";
}
