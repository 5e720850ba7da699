// The `js` stage: a trace's entries compiled to one JavaScript function, which V8 then compiles
// to machine code. Each inlinable thin op is spliced in as its generated block
// (generated/trace-js-ops.ts, from the op's body in spec/thin-ops.yaml); the others run as the
// trace interpreter runs them (execThin, or the tracing hooks).
//
// Contract — the function does exactly what runTraceCode does on the same entries, frame by
// frame:
//  - The values the stack form keeps on a frame's stack live in JavaScript variables, one per
//    value pushed (so COPY, SWAP and POP cost nothing: they only rename). A value below the
//    trace's own pushes is read from the frame's stack array the first time it is needed.
//  - The frame's stack array and `frame.sp` are brought up to date (only the positions whose
//    variable differs from the array) wherever something else looks at them: before an op that
//    runs through execThin or a hook (after which the model starts afresh from `frame.sp`), at a
//    guard's exit (with `frame.lasti`), at the end, and — from the catch clause, which knows
//    the stack at each op that may raise — when an op throws, so the unwinder and tracebacks
//    find the frame exactly as the stack form leaves it there.
//  - So do the frame's fast locals: a local read or written is held in a variable (the ops that
//    move values between stack and locals are spec/specialise.yaml's `moves`), written back at
//    the same places, and before an op whose body looks at the locals array itself.
//  - A loop (TraceCode.loopOf) keeps its frame's locals in variables across the back-edge
//    (Carried): the ones the body stores, and the ones it reads whose kind is known at the loop
//    head; a float of known kind as a number beside the box it has, if any. They are read once
//    before the loop and written back at the places above and when the loop run ends, so the
//    compiled body starts each iteration with the same model and the frame is exact wherever it
//    is looked at. Inside an inlined call the loop frame's locals and the stack below the call
//    stay pending the same way (Outer), written by the call's exits and sync points.
//  - `frame.ip` changes only at the entries that run outside (ENTER, LEAVE, execThin), which
//    keep it themselves, as in the trace interpreter.
//  - A loop's guard whose exit has a side trace that runs from the exit back to the loop header
//    (InlineSide) goes on into that side trace's code, compiled into the same function, instead
//    of returning to runTrace (supervisor.ts), which would run the side trace as a function of
//    its own and then enter the loop's function again: LuaJIT links an exit to its side trace's
//    machine code the same way. What runTrace does at that exit is done in place: the frame is
//    written as at any exit, the exit counted (and its snapshot checked under
//    HOTPY_CHECK_SNAPSHOTS), the frame's ip set to where the side trace starts; the side trace's
//    code then starts from the frame, and ends with the frame written back. The loop goes round
//    again when the frame holds what its body assumes at the header (bodyHolds), else the
//    function returns SIDE_ENDED and runTrace starts the loop's trace from its preamble. A guard
//    inside the side trace's code that fails returns its index in the side trace's entries, with
//    `jsState.exitIn` naming the side trace. A side trace recorded later for a guard of the
//    loop's code throws its compiled function away once that exit has been taken
//    SIDE_RECOMPILE_EXITS times (sideAttached), to be compiled again with it.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JS_OPS, JsOp } from "../../generated/trace-js-ops.js";
import { execThin } from "../../generated/thin-ops.js";
import { THIN_IS_PREDICATE } from "../../generated/thin-meta.js";
import { Kind, THIN_MOVE, UNKNOWN, within } from "../../generated/specialiser.js";
import { Thin } from "../../generated/thin-ops.js";
import { hooks } from "../../generated/trace-interpreter.js";
import type { Frame } from "../interp/frame.js";
import { pendingSignals } from "../host/signals.js";
import { counters } from "../interp/counters.js";
import { traceLog } from "./report/log.js";
import * as rt from "../interp/support.js";
import { ENTER, GUARD, LEAVE, METHOD, OP, RECORD_AGAIN_AFTER, Trace, TraceEntry } from "./trace.js";
import { CallShape } from "./inline.js";
import { bodyHolds } from "./specialise.js";
import { checkSnapshots, verifySnapshot } from "./snapshot-check.js";
import { traceStats } from "./stats.js";

// THIN_MOVE's kinds (spec/specialise.yaml `moves`)
const MOVE_LOAD_LOCAL = 1;
const MOVE_STORE_LOCAL = 2;

/** A compiled trace: returns -1 when every entry ran, or the index of the guard that failed. */
export type JsTraceFn = (chain: Frame[]) => number;

/** Whether traces are compiled (the `js` pipeline), and after how many runs of their code (a
 *  trace that runs only a few times costs less in the trace interpreter than compiled). */
export const jsStage = { on: false, threshold: Number(process.env.HOTPY_JS_THRESHOLD ?? 8), dumpDir: null as string | null };

/** the entry whose op raised, when a compiled trace last threw (of the side trace whose code it
 *  was in, when it was one's: see InlineSide); the side trace whose code, compiled into a loop's, a guard left (see InlineSide), else null */
export const jsState = { raisedAt: -1, compiled: 0, sourceChars: 0, sidesInlined: 0, exitIn: null as Trace | null };

/** What a loop's compiled function returns when it ran a side trace to the header and the frame
 *  did not hold what the loop's body assumes there: runTrace starts the loop from its preamble. */
export const SIDE_ENDED = -2;

/** $at values of a side trace's entries inside a loop's function: the side trace's number
 *  times this, plus the entry's index (the loop's own entries are below it) */
const SIDE_AT = 1_000_000;

/** Where a compiler's code sits in the function: the loop's own, or a side trace's inside it. */
interface Scope {
  /** prefix of its variables' names */
  tag: string;
  /** the expression for its entries */
  entriesRef: string;
  /** added to an entry's index to make its $at */
  atBase: number;
  /** run before its code returns an entry's index */
  exitTag: string;
}
const LOOP_SCOPE: Scope = { tag: "", entriesRef: "$entries", atBase: 0, exitTag: "" };

/** Limits on the side traces' code in a loop's function: the most entries of one side trace, of
 *  all of them together, and how often a loop's function is compiled again for side traces
 *  recorded later. Without them wordfreq's loops, with 119 side traces, were compiled into
 *  functions of twice the source (1.95M characters in all against 0.92M) and its `js` run took
 *  9.8 s instead of 6.0 s, most of it V8 compiling. */
const SIDE_MAX_ENTRIES = 48;
const SIDES_MAX_ENTRIES = 160;
const RECOMPILES_MAX = 3;
/** exits a guard with a side trace takes before its loop's function is compiled again with the
 *  side trace in it (runTrace calls sideAttached then): a compile costs milliseconds, an exit
 *  through runTrace some 50 ns more than one in place, and short runs (pycparser's job: 36
 *  more compiles, 2.6 s against 2.7) did not recover compiling at once */
export const SIDE_RECOMPILE_EXITS = 1000;

/** The side trace of the loop's guard `e`, met with `frames` frames in the chain (the loop's,
 *  then the calls inlined), when its code can go into the loop's function: it starts where the
 *  exit leaves the frames with nothing left of the exit's fat op to finish (a static resume),
 *  and ends at the loop's header (not linked to another loop). */
function inlineSide(e: TraceEntry, frames: number): Trace | null {
  const side = e.side;
  if (side === null || side === "failed" || side.linkTo >= 0 || side.run === null || side.runLoop !== null) return null;
  // (not one that drops values before its jump: no program here makes such an exit whose side
  // trace could go into its loop's function, so that path would run untested; runTrace runs it)
  if (e.resume < 0 || e.resumePops > 0 || e.op === Thin.LOAD_GLOBAL_CACHED || e.op === Thin.LOAD_MODULE_ATTR_CACHED) return null;
  if (side.entries.length > SIDE_MAX_ENTRIES) return null;
  // (an empty side trace: the exit is at the header)
  if (side.entries.length === 0) return frames === 1 && side.startIp === e.resume ? side : null;
  return side.startShape.length === frames && side.startIp === e.resume ? side : null;
}

/** `e`, a guard of `root` with a side trace, has taken SIDE_RECOMPILE_EXITS exits: the loop's
 *  compiled function, if `e` is one of its guards, is compiled again with the side trace's code
 *  in it. */
export function sideAttached(root: Trace, e: TraceEntry): void {
  const body = root.runLoop ?? root.run;
  if (body === null || body.loopOf === null || (body.js === null && body.jsRuns === 0)) return;
  if (!body.entries.includes(e) || inlineSide(e, e.depth + 1) === null) return;
  const n = recompiles.get(body) ?? 0;
  if (n >= RECOMPILES_MAX) return;
  recompiles.set(body, n + 1);
  body.js = null;
  body.jsRuns = 0;
}
/** how often each loop's code was compiled again for its side traces */
const recompiles = new WeakMap<object, number>();

/** A value the compiled code holds: in a variable as the object (`boxed`), or, for a float an op
 *  left unboxed, as the JavaScript number it stands for (`num`), boxed once when first needed
 *  as an object (so that it keeps one identity). */
interface Val {
  boxed: string | null;
  num: string | null;
  /** a float carried round the loop (see Carried): the variable holding its box, or null
   *  while it has none yet */
  cache: string | null;
}

/** A local of the loop's frame held in variables across the back-edge: `float`, as a number
 *  (`$lnK`) and the box it came in or was given (`$lbK`, null when it has none yet: boxed on
 *  demand, so it keeps one identity); otherwise as the value (`$lcK`). */
interface Carried {
  float: boolean;
  /** bound at the loop head (its kind is known), so its reads need no check */
  bound: boolean;
  /** the body stores it: the locals array may be behind from the second iteration on */
  written: boolean;
  /** what the body starts each iteration with */
  head: Val;
}

/** Code that boxes the values it is asked for (each once: `is` must hold between copies). */
class Boxer {
  private readonly made = new Map<Val, string>();
  private readonly pre: string[] = [];
  private n = 0;
  constructor(private readonly tag: string) {}

  of(v: Val): string {
    if (v.boxed !== null) return v.boxed;
    let b = this.made.get(v);
    if (b === undefined) {
      b = `$b${this.tag}_${this.n++}`;
      this.pre.push(`const ${b} = ${v.cache !== null ? `${v.cache} ?? ` : ""}new rt.PyFloat(${v.num});`);
      this.made.set(v, b);
    }
    return b;
  }

  wrap(lines: string[]): string {
    return [...this.pre, ...lines].join(" ");
  }
}

/** The stack of the current frame as the compiler sees it, positions relative to `$sb`. */
class StackModel {
  /** position → the value there */
  vals = new Map<number, Val>();
  /** positions whose array element already holds that value */
  clean = new Set<number>();
  depth = 0;

  reset(): void {
    this.vals.clear();
    this.clean.clear();
    this.depth = 0;
  }

  /** statements that write the array and frame.sp (the model unchanged) */
  syncLines(box: Boxer): string[] {
    const lines: string[] = [];
    for (const [p, v] of this.vals) if (p < this.depth && !this.clean.has(p)) lines.push(`$stack[$sb + ${p}] = ${box.of(v)};`);
    lines.push(`frame.sp = $sb + ${this.depth};`);
    return lines;
  }

  /** after the sync ran on every path: the array holds every value */
  synced(): void {
    for (const p of this.vals.keys()) if (p < this.depth) this.clean.add(p);
  }
}

/** The current frame's fast locals as the compiler sees them: the value of each local read or
 *  written so far, and which of those the locals array does not hold yet. */
class LocalsModel {
  vals = new Map<number, Val>();
  dirty = new Set<number>();

  reset(): void {
    this.vals.clear();
    this.dirty.clear();
  }

  syncLines(box: Boxer, array = "locals"): string[] {
    return [...this.dirty].map((k) => `${array}[${k}] = ${box.of(this.vals.get(k)!)};`);
  }
}

/** The loop frame as the compiler leaves it on entering an inlined call (see Compiler.outer). */
class Outer {
  /** stack positions, relative to `$sb0` (the frame's `$sb` when the call was entered) */
  readonly stack = new StackModel();
  constructor(
    readonly locals: LocalsModel,
    /** where the call's own stack values started (the frame's sp once the call is entered) */
    readonly base: number,
  ) {}

  /** the values the frame's arrays do not hold yet */
  *pending(): Iterable<Val> {
    for (const k of this.locals.dirty) yield this.locals.vals.get(k)!;
    for (const [p, v] of this.stack.vals) if (!this.stack.clean.has(p)) yield v;
  }

  syncLines(box: Boxer): string[] {
    const lines = this.locals.syncLines(box, "$locals0");
    for (const [p, v] of this.stack.vals) if (!this.stack.clean.has(p)) lines.push(`$stack0[$sb0 + ${p}] = ${box.of(v)};`);
    return lines;
  }

  synced(): void {
    this.locals.dirty.clear();
    this.stack.synced();
  }
}

class Compiler {
  private out: string[] = [];
  private nv = 0;
  private nbox = 0;
  private readonly stack = new StackModel();
  private locals = new LocalsModel();
  /** the side traces whose code is in the function, by number (shared with the side traces'
   *  compilers) */
  readonly sides: Trace[];
  /** the variables the side traces' code uses */
  private readonly sideVars: string[] = [];
  /** entries of the side traces compiled in so far */
  private sideEntries = 0;
  /** the loop's locals held across the back-edge (empty: none, or not a loop) */
  private readonly carried = new Map<number, Carried>();
  /** inlined calls entered and not left */
  private depth = 0;
  /** the loop frame while inside an inlined call: its locals and the stack values below the
   *  call stay in variables, written to `$locals0` and `$stack0` at the sync points, exits and
   *  exceptions inside the call rather than on entering it */
  private outer: Outer | null = null;

  constructor(
    private readonly entries: readonly TraceEntry[],
    /** the code loops by itself (TraceCode.loopOf) */
    private readonly loops: boolean,
    /** the kinds of the loop frame's locals whenever the code starts, or null */
    private readonly loopKinds: readonly number[] | null,
    private readonly scope: Scope = LOOP_SCOPE,
    /** the catch clause's cases (the function's, shared with its side traces' compilers) */
    private readonly catches: string[] = [],
    sides: Trace[] = [],
  ) {
    this.sides = sides;
  }

  private fresh(): string {
    return `$${this.scope.tag}v${this.nv++}`;
  }

  private boxer(): Boxer {
    return new Boxer(`${this.scope.tag}${this.nbox++}`);
  }

  private at(i: number): number {
    return this.scope.atBase + i;
  }

  private ret(i: number): string {
    return `${this.scope.exitTag}return ${i};`;
  }

  private emit(line: string): void {
    this.out.push(line);
  }

  /** the value at position p, read from the array if not yet known */
  private read(p: number): Val {
    let v = this.stack.vals.get(p);
    if (v === undefined) {
      const name = this.fresh();
      this.emit(`${name} = $stack[$sb + ${p}];`);
      v = { boxed: name, num: null, cache: null };
      this.stack.vals.set(p, v);
      this.stack.clean.add(p);
    }
    return v;
  }

  /** the value as an object: a float left unboxed is boxed here, once */
  private boxed(v: Val): string {
    if (v.boxed === null && v.cache !== null) {
      // a carried float: its box, made now if it has none (from here on in this iteration the
      // variable holds it)
      this.emit(`if (${v.cache} === null) ${v.cache} = new rt.PyFloat(${v.num});`);
      v.boxed = v.cache;
    } else if (v.boxed === null) {
      v.boxed = this.fresh();
      this.emit(`${v.boxed} = new rt.PyFloat(${v.num});`);
    }
    return v.boxed;
  }

  private num(v: Val): string {
    return v.num ?? `${v.boxed}.value`;
  }

  private push(p: number, v: Val): void {
    this.stack.vals.set(p, v);
    this.stack.clean.delete(p);
  }

  private write(p: number, expr: string, isNum: boolean): void {
    const name = this.fresh();
    this.emit(`${name} = ${expr};`);
    this.push(p, isNum ? { boxed: null, num: name, cache: null } : { boxed: name, num: null, cache: null });
  }

  /** The frame is up to date; what runs next may change it: the model starts again from it.
   *  `withOuter`: the loop frame's locals too, while inside an inlined call (entering and
   *  leaving a call does not need them). */
  private syncAll(withOuter = true): void {
    // (boxed in the main path, so later uses share the box)
    for (const [p, v] of this.stack.vals) if (p < this.stack.depth && !this.stack.clean.has(p)) this.boxed(v);
    for (const k of this.locals.dirty) this.boxed(this.locals.vals.get(k)!);
    const outer = withOuter ? this.outer : null;
    if (outer !== null) for (const v of outer.pending()) this.boxed(v);
    this.emit(this.syncCode(withOuter));
    this.stack.synced();
    this.locals.dirty.clear();
    outer?.synced();
  }

  /** statements that bring the frames' stack, sp and locals up to date (the models unchanged;
   *  floats still unboxed are boxed in them) */
  private syncCode(withOuter = true): string {
    const box = this.boxer();
    const outer = withOuter && this.outer !== null ? this.outer.syncLines(box) : [];
    return box.wrap([...outer, ...this.locals.syncLines(box), ...this.stack.syncLines(box)]);
  }

  private restart(): void {
    this.emit("locals = frame.localsplus; $sb = frame.sp;");
    this.stack.reset();
    this.locals.reset();
  }

  private switchFrame(): void {
    this.emit("frame = $chain[$chain.length - 1]; code = frame.code; $stack = frame.stack;");
    this.restart();
  }

  private exit(i: number): string {
    const e = this.entries[i];
    let side = this.loops ? inlineSide(e, this.depth + 1) : null;
    if (side !== null && this.sideEntries + side.run!.entries.length > SIDES_MAX_ENTRIES) side = null;
    if (side === null) return `{ ${this.syncCode()} frame.lasti = ${e.fatIp}; ${this.ret(i)} }`;
    return this.sideCode(i, side);
  }

  /** The exit of guard `i` going on into its side trace's code, then round the loop (see the
   *  contract at the top). */
  private sideCode(i: number, side: Trace): string {
    const e = this.entries[i];
    const k = this.sides.length;
    this.sides.push(side);
    this.sideEntries += side.run!.entries.length;
    jsState.sidesInlined++;
    const entries = side.run!.entries;
    const scope: Scope = { tag: `s${k}_`, entriesRef: `$se${k}`, atBase: (k + 1) * SIDE_AT, exitTag: `$state.exitIn = $sides[${k}]; ` };
    const sub = new Compiler(entries, false, null, scope, this.catches, this.sides);
    const code = sub.sideBody();
    this.sideVars.push(...sub.varNames());
    const check = checkSnapshots && e.snap !== null ? `$verify(${this.scope.entriesRef}[${i}], ${this.scope.entriesRef}[${i}].snap, $chain);` : "";
    return [
      `{ ${this.syncCode()} frame.lasti = ${e.fatIp}; ${check}`,
      `${this.scope.entriesRef}[${i}].exits++; $traceStats.exits++;${this.depth > 0 ? " $traceStats.exitsInInlinedCalls++;" : ""} frame.ip = ${e.resume};`,
      `if (${this.scope.entriesRef}[${i}].exits >= ${RECORD_AGAIN_AFTER}) $sideHooks.recordAgain($loop, ${this.scope.entriesRef}[${i}]);`,
      // (counted as runTrace would count the loop's run to the exit, then the side trace's)
      `$counters.traceInstructions += ${i + 1};`,
      code,
      `$counters.traceInstructions += ${entries.length};`,
      // (the loop's trace turned invalid or a signal came: runTrace goes back to the base
      // interpreter at the header, as after a side trace run on its own)
      `if ($loop.invalid || $signals[0] !== 0 || !$holds($loop, frame)) return ${SIDE_ENDED};`,
      `$loop.iterations++; frame = $chain[$chain.length - 1]; locals = frame.localsplus; ${this.prologue().join(" ")}`,
      "continue; }",
    ].join("\n");
  }

  /** A side trace's code inside a loop's function: from the frame, back to it. */
  sideBody(): string {
    this.emit("frame = $chain[$chain.length - 1]; code = frame.code; locals = frame.localsplus; $stack = frame.stack; $sb = frame.sp;");
    this.entries.forEach((e, i) => this.entry(e, i));
    this.syncAll();
    return this.out.join("\n");
  }

  /** the variables the code uses, its side traces' too */
  varNames(): string[] {
    return [...Array.from({ length: this.nv }, (_, k) => `$${this.scope.tag}v${k}`), ...this.sideVars];
  }

  /** the carried locals read from the frame (before the loop, and after a side trace's code) */
  private prologue(): string[] {
    return [...this.carried].map(([k, c]) => (c.float ? `$lb${k} = locals[${k}]; $ln${k} = $lb${k}.value;` : `$lc${k} = locals[${k}];`));
  }

  compile(): string {
    if (this.loops) this.findCarried();
    for (const [k, c] of this.carried) {
      this.locals.vals.set(k, c.head);
      if (c.written) this.locals.dirty.add(k);
    }
    this.entries.forEach((e, i) => this.entry(e, i));
    if (this.carried.size > 0) this.backEdge();
    else this.syncAll();
    const vars = this.varNames();
    for (const [k, c] of this.carried) vars.push(...(c.float ? [`$lb${k}`, `$ln${k}`] : [`$lc${k}`]));

    const start = "frame = $chain[$chain.length - 1]; code = frame.code; locals = frame.localsplus; $stack = frame.stack; $sb = frame.sp;";
    // the carried locals are read once, before the loop, and written back when it ends
    const prologue = this.prologue();
    const writeBack = [...this.carried].filter(([, c]) => c.written).map(([k, c]) => `locals[${k}] = ${c.float ? `$lb${k} ?? new rt.PyFloat($ln${k})` : `$lc${k}`};`);
    // a loop goes round while its trace is valid and no signal waits (what runTrace checks
    // after each run), from the frame as the iteration left it
    const body = this.loops
      ? [
          ...(prologue.length > 0 ? [start, ...prologue] : []),
          "for (;;) {",
          start,
          ...this.out,
          `$counters.traceInstructions += ${this.entries.length};`,
          `if ($loop.invalid || $signals[0] !== 0) { ${writeBack.join(" ")} return -1; }`,
          "$loop.iterations++;",
          "}",
        ]
      : [start, ...this.out, "return -1;"];
    return [
      "let frame, code, locals, $stack, $sb, $locals0, $stack0, $sb0, $at = -1, $r = false;",
      ...(vars.length ? [`let ${vars.join(", ")};`] : []),
      ...this.sides.map((_, k) => `const $se${k} = $sides[${k}].run.entries;`),
      "try {",
      ...body,
      "} catch ($e) {",
      `switch ($at) { ${this.catches.join(" ")} }`,
      `$state.raisedAt = $at % ${SIDE_AT};`,
      "throw $e;",
      "}",
    ].join("\n");
  }

  /** The loop frame's locals the body stores (always carried: each iteration's value stays in
   *  its variable), and those it reads whose kind at the loop head is known (so bound), when
   *  the body leaves every inlined call it enters. */
  private findCarried(): void {
    const written = new Set<number>();
    const read = new Set<number>();
    let depth = 0;
    for (const e of this.entries) {
      if (e.kind === ENTER) depth++;
      else if (e.kind === LEAVE) depth--;
      else if (depth === 0 && e.kind === OP && e.fragments === null && JS_OPS[e.op] !== null) {
        const move = THIN_MOVE[e.op];
        if (move === MOVE_STORE_LOCAL) written.add(e.imm);
        else if (move === MOVE_LOAD_LOCAL) read.add(e.imm);
      }
    }
    if (depth !== 0) return;
    for (const k of new Set([...written, ...read])) {
      const kind = this.loopKinds?.[k] ?? UNKNOWN;
      const bound = kind !== UNKNOWN;
      if (!bound && !written.has(k)) continue;
      // (a float's kind holds at the head of every iteration: on entry, and proven at the
      // back-edge, so it is a PyFloat there)
      const float = within(kind, Kind.float);
      const head: Val = float ? { boxed: null, num: `$ln${k}`, cache: `$lb${k}` } : { boxed: `$lc${k}`, num: null, cache: null };
      this.carried.set(k, { float, bound, written: written.has(k), head });
    }
  }

  /** The end of an iteration: the stack and the other locals written back as at any sync
   *  point, the carried locals' values moved to their variables for the next iteration (all
   *  read before any is set: one local's new value may be another's old one). A float without
   *  a box that two carried locals hold is boxed here: each local boxes its own on demand, and
   *  `is` must hold between them. */
  private backEdge(): void {
    for (const k of this.carried.keys()) this.locals.dirty.delete(k);
    this.syncAll();
    const holders = new Map<Val, number>();
    for (const [k, c] of this.carried) {
      const w = this.locals.vals.get(k);
      if (w === undefined) continue;
      if (!c.float) this.boxed(w);
      else holders.set(w, (holders.get(w) ?? 0) + 1);
    }
    for (const [w, n] of holders) if (n > 1) this.boxed(w);
    const temps: string[] = [];
    const sets: string[] = [];
    const temp = (expr: string) => {
      const t = `$t${temps.length}`;
      temps.push(`${t} = ${expr}`);
      return t;
    };
    for (const [k, c] of this.carried) {
      const w = this.locals.vals.get(k);
      if (w === c.head) continue;
      if (c.float) {
        // (w undefined: the model started again from the frame, whose array holds it)
        const b = w === undefined ? temp(`locals[${k}]`) : temp(w.boxed ?? w.cache ?? "null");
        const n = w?.num ?? (w === undefined ? `${b}.value` : `${w.boxed}.value`);
        sets.push(`$lb${k} = ${b};`, `$ln${k} = ${temp(n)};`);
      } else sets.push(`$lc${k} = ${temp(w === undefined ? `locals[${k}]` : this.boxed(w))};`);
    }
    if (temps.length > 0) this.emit(`{ const ${temps.join(", ")}; ${sets.join(" ")} }`);
  }

  private entry(e: TraceEntry, i: number): void {
    switch (e.kind) {
      case ENTER:
        if (this.depth === 0 && this.carried.size > 0) {
          // the loop frame's locals, and its stack below the call's callable and arguments
          // (which the hook takes from the array), stay in their variables while the call runs:
          // only what looks at the frames (a sync point, an exit, an exception) writes them
          const base = this.stack.depth - (e.shape === CallShape.Operator ? 2 : e.imm + 2);
          const outer = new Outer(this.locals, base);
          for (const [p, v] of this.stack.vals) {
            if (p >= base) continue;
            outer.stack.vals.set(p, v);
            if (this.stack.clean.has(p)) outer.stack.clean.add(p);
            this.stack.vals.delete(p);
          }
          this.outer = outer;
          this.locals = new LocalsModel();
          this.emit("$locals0 = locals; $stack0 = $stack; $sb0 = $sb;");
          this.syncAll(false);
          // (the hook may throw, binding arguments: the frame must then be exact)
          const box = this.boxer();
          this.catches.push(`case ${this.at(i)}: ${box.wrap(outer.syncLines(box))} break;`);
        } else this.syncAll();
        this.emit(`$at = ${this.at(i)}; frame.lasti = ${e.fatIp};`);
        this.emit(`{ const callee = $hooks.enter(frame, ${this.scope.entriesRef}[${i}]); if (callee === null) ${this.exit(i)} $chain.push(callee); }`);
        this.depth++;
        this.switchFrame();
        return;
      case LEAVE:
        this.syncAll(false);
        // (the hook throws in the caller for an `__init__` that returned something else than
        // None: the loop frame's values held in variables must then be in its arrays)
        if (this.depth === 1 && this.outer !== null) {
          const box = this.boxer();
          this.catches.push(`case ${this.at(i)}: ${box.wrap(this.outer.syncLines(box))} break;`);
        }
        this.emit(`$at = ${this.at(i)}; { const callee = $chain.pop(); $hooks.leave(callee, $chain[$chain.length - 1]); }`);
        this.depth--;
        this.switchFrame();
        if (this.depth === 0 && this.outer !== null) {
          // back in the loop frame, whose sp is now the call's base plus the result: the
          // values kept below move down by as much
          const outer = this.outer;
          this.locals = outer.locals;
          for (const [p, v] of outer.stack.vals) {
            this.stack.vals.set(p - outer.base - 1, v);
            if (outer.stack.clean.has(p)) this.stack.clean.add(p - outer.base - 1);
          }
          this.outer = null;
        }
        return;
      case METHOD:
        this.syncAll();
        this.emit(`$at = ${this.at(i)};`);
        this.emit(`if (!$hooks.method($stack, $sb + ${this.stack.depth}, ${this.scope.entriesRef}[${i}])) ${this.exit(i)}`);
        // the method is in the array, above what was there
        this.stack.vals.delete(this.stack.depth);
        this.stack.clean.delete(this.stack.depth);
        this.stack.depth++;
        return;
    }
    const op = JS_OPS[e.op];
    if (e.fragments === null && op !== null) {
      const move = e.kind === OP ? THIN_MOVE[e.op] : 0;
      let known = this.locals.vals.get(e.imm);
      const carried = this.depth === 0 && move === MOVE_LOAD_LOCAL ? this.carried.get(e.imm) : undefined;
      if (carried !== undefined && !carried.bound && known === carried.head) {
        // a carried local that may be unbound: the op reads it from the array, and checks
        this.emit(`locals[${e.imm}] = ${known.boxed};`);
        this.locals.vals.delete(e.imm);
        this.locals.dirty.delete(e.imm);
        known = undefined;
      }
      if (move === MOVE_LOAD_LOCAL && known !== undefined) {
        // a local read or written before in this frame: bound, and in `known`
        this.push(this.stack.depth++, known);
      } else if (move === MOVE_STORE_LOCAL) {
        this.locals.vals.set(e.imm, this.read(this.stack.depth - 1));
        this.locals.dirty.add(e.imm);
        this.stack.depth--;
      } else if (move === MOVE_LOAD_LOCAL) {
        this.inline(e, i, op);
        this.locals.vals.set(e.imm, this.stack.vals.get(this.stack.depth - 1)!);
      } else if (op.escapes) {
        // Python code may run: it finds the frame as execThin would (Python code cannot
        // rebind the frame's fast locals, so their variables stay good; a helper handed the
        // frame may, so then they are read again)
        this.syncAll();
        this.emit(`frame.lasti = ${e.fatIp};`);
        this.inline(e, i, op);
        if (op.locals) this.locals.reset();
      } else if (op.locals) {
        // an op that looks at the locals array itself
        for (const k of this.locals.dirty) this.boxed(this.locals.vals.get(k)!);
        const box = this.boxer();
        this.emit(box.wrap(this.locals.syncLines(box)));
        this.locals.dirty.clear();
        this.inline(e, i, op);
        this.locals.reset();
      } else this.inline(e, i, op);
      return;
    }
    if (e.kind === GUARD && THIN_IS_PREDICATE[e.op] !== 1) throw new Error(`trace guard on ${e.op}, which is not a predicate`);
    this.syncAll();
    this.emit(`$at = ${this.at(i)}; frame.lasti = ${e.fatIp};`);
    const call = e.fragments !== null ? `$hooks.slow(frame, ${this.scope.entriesRef}[${i}])` : `$execThin(frame, ${e.op}, ${e.imm})`;
    this.emit(`$r = ${call};`);
    this.restart();
    if (e.kind === GUARD) this.emit(`if ($r !== ${e.expected}) ${this.exit(i)}`);
  }

  private inline(e: TraceEntry, i: number, op: JsOp): void {
    const sizes = (items: JsOp["inputs"]) => items.map((it) => (it.size === null ? 1 : it.size(e.imm)));
    const inSizes = sizes(op.inputs);
    const outSizes = sizes(op.outputs);
    const base = this.stack.depth - inSizes.reduce((a, b) => a + b, 0);
    // inputs: where each starts, and what stands in for it
    const inputAt = new Map<string, number>();
    const args: string[] = [];
    const nums: string[] = [];
    const boxedUse = new Set(Array.from(op.code.matchAll(/\$IN(\d+)\$/g), (m) => Number(m[1])));
    let p = base;
    op.inputs.forEach((it, k) => {
      if (it.name !== "unused") {
        inputAt.set(it.name, p);
        if (it.size === null) {
          const v = this.read(p);
          nums[k] = this.num(v);
          if (boxedUse.has(k)) args[k] = this.boxed(v);
        } else args[k] = `[${Array.from({ length: inSizes[k] }, (_, j) => this.boxed(this.read(p + j))).join(", ")}]`;
      }
      p += inSizes[k];
    });
    if (op.raises) {
      this.emit(`$at = ${this.at(i)};`);
      this.catches.push(`case ${this.at(i)}: ${this.syncCode()} frame.lasti = ${e.fatIp}; break;`);
    }
    const code = op.code.replace(/\$(IN|NUM|IMM)(\d+)\$/g, (_, kind: string, k: string) => (kind === "IMM" ? String(e.imm) : kind === "NUM" ? nums[Number(k)] : args[Number(k)]));
    this.emit(`{\n${code}`);
    // outputs: a value left in place keeps its variable
    p = base;
    op.outputs.forEach((it, k) => {
      if (it.name === "unused") {
        p += outSizes[k];
        return;
      }
      if (it.size === null) {
        if (inputAt.get(it.name) !== p || op.inputs.find((x) => x.name === it.name)!.size !== null) this.write(p, it.name, op.numOutputs[k]);
      } else for (let j = 0; j < outSizes[k]; j++) this.write(p + j, `${it.name}[${j}]`, false);
      p += outSizes[k];
    });
    this.stack.depth = p;
    if (e.kind === GUARD) {
      if (!op.predicate) throw new Error(`trace guard on ${e.op}, which is not a predicate`);
      this.emit(`if (cond !== ${e.expected}) ${this.exit(i)}`);
    }
    this.emit("}");
  }
}

/** The entries as one JavaScript function. */
export function compileJs(entries: readonly TraceEntry[], loopOf: { invalid: boolean; loopKinds: readonly number[] | null } | null): JsTraceFn {
  const loops = loopOf !== null && !traceLog.on;
  const compiler = new Compiler(entries, loops, loops ? loopOf.loopKinds : null);
  const body = compiler.compile();
  jsState.compiled++;
  jsState.sourceChars += body.length;
  if (jsStage.dumpDir !== null) dumpSource(entries, body);
  const make = new Function("rt", "$hooks", "$execThin", "$entries", "$state", "$loop", "$signals", "$counters", "$sides", "$holds", "$verify", "$traceStats", "$sideHooks", `return function trace($chain) {\n${body}\n};`);
  return make(rt, hooks, execThin, entries, jsState, loopOf, pendingSignals, counters, compiler.sides, holdsAtHeader, verifySnapshot, traceStats, sideHooks) as JsTraceFn;
}

/** supervisor.ts's maybeRecordAgain, which a side trace's code runs where runTrace would (set by
 *  supervisor.ts, which imports this module) */
export const sideHooks = { recordAgain: (_t: Trace, _e: TraceEntry): void => undefined };

/** Whether the loop's code can run from the frame at its header (runTrace's startOf): a peeled
 *  body only when the frame holds what it assumes. */
function holdsAtHeader(t: Trace, frame: Frame): boolean {
  return t.runLoop === null || bodyHolds(t, frame);
}

/** --dump-traces: NNNN-js-FUNCTION.js, numbered in the order compiled. */
function dumpSource(entries: readonly TraceEntry[], body: string): void {
  const name = (entries[0]?.code.name ?? "empty").replace(/[^\w.-]/g, "_");
  mkdirSync(jsStage.dumpDir!, { recursive: true });
  writeFileSync(join(jsStage.dumpDir!, `${String(jsState.compiled).padStart(4, "0")}-js-${name}.js`), `function trace($chain) {\n${body}\n}\n`);
}

