// A recorded trace: the thin ops of one loop iteration, with a guard wherever a surrogate
// branched, and ENTER/LEAVE around the calls it inlined (inline.ts). Thin ops run on the
// frames' own stacks and locals, so the interpreter state at any point of the trace is the
// chain of frames itself; an exit only has to finish the interrupted fat op along the branch
// the guard did not expect (its `exit` steps), finish any inlined calls, and hand the frame
// back.
import type { RStep } from "../../generated/recorder-tables.js";
import type { Thin } from "../../generated/thin-ops.js";
import type { PyCode, PyDict, PyObject, PyType } from "../objects/core.js";
import type { Shape } from "../objects/shaped-map.js";
import { CallShape } from "./inline.js";
import type { Fragments } from "./fragments.js";
import { KIND_NAMES } from "../../generated/specialiser.js";
import type { TraceCode } from "../../generated/trace-interpreter.js";
import type { Slot } from "../interp/frame.js";

export const OP = 0;
export const GUARD = 1;
/** a call inlined: guards the callee's code (its `callee`) and pushes its frame */
export const ENTER = 2;
/** the inlined call returns: pops its frame, its value goes to the caller */
export const LEAVE = 3;
/** LOAD_METHOD of a method found on the owner's class: guards the class (`type`) and its
 *  `version` and pushes the recorded function; the trace is invalidated when the class or a
 *  base changes */
export const METHOD = 4;

/** The SSA values an entry reads and writes (the specialiser numbers every value of a trace:
 *  a local, a stack slot and a copy of either that hold the same value share its number). */
export interface IrRefs {
  ins: readonly number[];
  outs: readonly number[];
}

/** What one frame holds at an exit: per local, then per stack slot (bottom first), the SSA value
 *  and the kind the specialiser knew it had there (-1: unknown). */
export interface FrameSnapshot {
  /** the frame's code, where the optimiser knew it (null: a frame the trace started inside) */
  code: PyCode | null;
  nlocals: number;
  /** false when the stack below what the trace pushed is not known (a fragment that resumes a
   *  generator): its stack slots are then the top of the frame's stack */
  exactDepth: boolean;
  ids: Int32Array;
  kinds: Int8Array;
}

/** The state at an exit, frame by frame (the loop's frame first, then the inlined calls), as
 *  the optimiser modelled it: what leaving the trace there finds in the frames. */
export interface Snapshot {
  frames: FrameSnapshot[];
}

export interface TraceEntry {
  kind: typeof OP | typeof GUARD | typeof ENTER | typeof LEAVE | typeof METHOD;
  op: Thin;
  imm: number;
  /** code of the frame the entry runs on, and how many inlined calls deep that frame is */
  code: PyCode;
  depth: number;
  /** code unit of the fat op this thin op belongs to (set as frame.lasti) */
  fatIp: number;
  /** GUARD: the condition seen while recording; OP with a checked form (spec/specialise.yaml
   *  `checked`): whether its result was of the check's kind */
  expected: boolean;
  /** GUARD: where the fat op continues when it does not jump, its argument, and the steps that
   *  finish it when the guard fails */
  next: number;
  oparg: number;
  exit: readonly (readonly RStep[])[];
  /** GUARD: the steps that redo the fat op from this guard's branch on (the branch itself
   *  included), for an optimiser that moves the check elsewhere */
  redo: readonly (readonly RStep[])[] | null;
  /** GUARD: how often this exit was taken */
  exits: number;
  /** GUARD: where the frame resumes after this exit when finishing its fat op is at most a
   *  plain jump (steps.ts staticResume; -1: the steps must run, -2: not worked out yet) */
  resume: number;
  /** GUARD with a static resume: how many values the exit drops from the frame's stack first */
  resumePops: number;
  /** GUARD: the side trace recorded from this exit once it got hot (runs on to the loop
   *  header), or "failed" when recording it was abandoned */
  side: Trace | "failed" | null;
  /** ENTER: the callee's code and where it sits on the stack (and in `value` the function
   *  called when recorded) */
  callee: PyCode | null;
  shape: CallShape;
  /** METHOD: the class, its version and the method found */
  type: PyType | null;
  version: number;
  value: PyObject | null;
  /** METHOD: the instance dict shape last seen without the method's name (method-cache.ts) */
  unshadowed: Shape | null;
  /** OP that may call Python code: the fragments recorded for the functions it called */
  fragments: Fragments | null;
  /** specialised traces: the values the entry reads and writes, and, for an entry that may
   *  exit, the state at its exit */
  ir: IrRefs | null;
  snap: Snapshot | null;
}

/** A new entry. Every entry is made here (or by copyEntry), so all have one hidden class and the
 *  trace interpreter's property loads stay monomorphic. */
export function newEntry(kind: TraceEntry["kind"], op: Thin, imm: number, code: PyCode, depth: number, fatIp: number): TraceEntry {
  return {
    kind, op, imm, code, depth, fatIp, expected: false, next: 0, oparg: 0, exit: [], redo: null, exits: 0, resume: -2, resumePops: 0, side: null,
    callee: null, shape: CallShape.Plain, type: null, version: 0, value: null, unshadowed: null, fragments: null, ir: null, snap: null,
  };
}

/** A copy of `e` with `changes` (an optimiser's rewritten entry), of the same hidden class. */
export function copyEntry(e: TraceEntry, changes: Partial<TraceEntry>): TraceEntry {
  const r = newEntry(e.kind, e.op, e.imm, e.code, e.depth, e.fatIp);
  r.expected = e.expected;
  r.next = e.next;
  r.oparg = e.oparg;
  r.exit = e.exit;
  r.resume = e.resume;
  r.resumePops = e.resumePops;
  r.redo = e.redo;
  r.callee = e.callee;
  r.shape = e.shape;
  r.type = e.type;
  r.version = e.version;
  r.value = e.value;
  r.fragments = e.fragments;
  r.ir = e.ir;
  r.snap = e.snap;
  return Object.assign(r, changes);
}

/** The kinds of one frame's locals and stack slots (UNKNOWN: nothing), and per slot a bit set of
 *  kinds known not to hold. */
export interface LoopEntry {
  locals: number[];
  stack: number[];
  localsNot: number[];
  stackNot: number[];
  /** (bodyHolds) the test of the slots with something known, compiled on first use */
  checks?: (locals: readonly (Slot | undefined)[], stack: readonly Slot[]) => boolean;
}

/** exits of one guard of a loop's own code before the loop may be recorded again for them
 *  (supervisor.ts maybeRecordAgain): recording, specialising and compiling a loop and its side
 *  traces again costs milliseconds, an exit some 100 ns (at 2000 the pycparser job recorded
 *  two loops again and compiled 34 more functions, for 15 000 fewer exits) */
export const RECORD_AGAIN_AFTER = 20_000;

export interface Trace {
  code: PyCode;
  /** loop header: the back-edge target the trace starts (and loops back) at */
  header: number;
  entries: TraceEntry[];
  /** specialised traces: the loop body peeled off the first iteration (runs from the second
   *  iteration on, with what the previous iteration proved); null: `entries` every time */
  loop: TraceEntry[] | null;
  /** `entries` and `loop` as the trace interpreter runs them (compiled once optimised) */
  run: TraceCode<TraceEntry> | null;
  runLoop: TraceCode<TraceEntry> | null;
  /** with `loop`: the kinds of the loop frame's locals the peeled body starts with (proven at
   *  the preamble's end and at every back-edge), for the js stage to keep them unboxed */
  loopKinds: number[] | null;
  /** with `loop`: everything the peeled body assumes of the loop frame at the header (kinds of
   *  its locals and stack, and kinds known not to hold), checked by bodyHolds() to enter the body
   *  without the preamble */
  loopEntry: LoopEntry | null;
  /** per frame of the chain the recording started in: its locals count and stack depth */
  startShape: [number, number][];
  /** where the innermost frame of that chain stood: a side trace runs only from there */
  startIp: number;
  /** per frame of that chain: its globals and builtins when recorded (lookups the optimiser
   *  caches come from them, guarded when the trace runs) */
  startScopes: [PyDict, PyDict][];
  /** fat ops covered by one iteration */
  fatOps: number;
  runs: number;
  /** iterations of its loop begun in its own code (supervisor.ts maybeRecordAgain) */
  iterations: number;
  /** classes whose version the trace (or its side traces) assumed */
  deps: PyType[];
  /** set when one of them changed: the trace is out of the cache and runs no further loop */
  invalid: boolean;
  /** -1: the trace ends at its own loop header (a loop trace closes its loop; a side trace runs
   *  on to its root's header); else the header, in the same frame, of another loop whose trace
   *  it ends at and links to (a nested loop: the outer loop's body up to the inner loop, the
   *  inner loop's exit on to the outer loop's back-edge) */
  linkTo: number;
}

/** `[v1 v2 -> v3]`: the values an entry reads and writes. */
function irText(r: IrRefs): string {
  return `[${r.ins.map((v) => `v${v}`).join(" ")}${r.outs.length > 0 ? ` -> ${r.outs.map((v) => `v${v}`).join(" ")}` : ""}]`;
}

/** Per frame: its locals then its stack, each value with the kind known there (`.` unbound or
 *  not modelled; a stack whose bottom is not known starts with `…`). */
export function snapshotText(s: Snapshot): string {
  return s.frames
    .map((f, d) => {
      const slot = (i: number) => (f.ids[i] < 0 ? "." : `v${f.ids[i]}${f.kinds[i] >= 0 ? `:${KIND_NAMES[f.kinds[i]]}` : ""}`);
      const all = [...f.ids.keys()].map(slot);
      return `f${d}${f.code !== null ? ` ${f.code.qualname}` : ""} locals(${all.slice(0, f.nlocals).join(" ")}) stack(${f.exactDepth ? "" : "… "}${all.slice(f.nlocals).join(" ")})`;
    })
    .join(" | ");
}

/** Readable text of a trace, for --dump-traces. */
export function traceText(t: Trace, stage: string, names: readonly string[], opnames: readonly string[], lineOf: (code: PyCode, unit: number) => number): string {
  const lines = [`${stage} trace ${t.code.qualname} (${t.code.filename}) loop at offset ${t.header * 2}: ${t.entries.length} thin ops for ${t.fatOps} fat ops`];
  entryLines(lines, t.entries, t.code, "", names, opnames, lineOf);
  if (t.loop !== null) {
    lines.push(`    LOOP to the body below`, `  peeled loop body (from the second iteration on): ${t.loop.length} thin ops`);
    entryLines(lines, t.loop, t.code, "", names, opnames, lineOf);
    lines.push(`    LOOP to the body`);
  } else if (t.linkTo >= 0) lines.push(`    LINK to the trace of the loop at @${t.linkTo * 2}`);
  else lines.push(`    LOOP to @${t.header * 2}`);
  return lines.join("\n") + "\n";
}

/** What an ENTER passes its callee. */
export function enterText(e: TraceEntry): string {
  if (e.shape === CallShape.Operator) return `operands of binary operator ${e.imm}`;
  return `${e.imm} args${e.shape === CallShape.Init ? ", a new instance as self" : ""}`;
}

function entryLines(
  lines: string[],
  entries: readonly TraceEntry[],
  home: PyCode,
  indent: string,
  names: readonly string[],
  opnames: readonly string[],
  lineOf: (code: PyCode, unit: number) => number,
): void {
  let lastFat = -1;
  let lastCode = home;
  for (const e of entries) {
    const pad = indent + "  ".repeat(e.depth);
    if (e.fatIp !== lastFat || e.code !== lastCode) {
      const where = e.code === home ? "" : ` in ${e.code.qualname}`;
      lines.push(`${pad}  ; line ${lineOf(e.code, e.fatIp)}${where}: ${opnames[e.code.ops[e.fatIp]]} ${e.code.args[e.fatIp]} @${e.fatIp * 2}`);
      lastFat = e.fatIp;
      lastCode = e.code;
    }
    const imm = (e.imm !== 0 ? `(${e.imm})` : "") + (e.ir !== null ? ` ${irText(e.ir)}` : "");
    const exit = `-> exit to @${e.next * 2} (taken ${e.exits}x${e.side !== null && e.side !== "failed" ? ", side trace" : ""})`;
    switch (e.kind) {
      case OP:
        lines.push(`${pad}    ${names[e.op]}${imm}`);
        for (const [code, ip, fr] of e.fragments?.map.entries() ?? []) {
          const what = `${ip === code.entryIp ? "calls" : `resumes at @${ip * 2}`} ${code.qualname}`;
          if (fr === "failed") {
            lines.push(`${pad}      ${what}: not recorded, runs in the base interpreter`);
            continue;
          }
          lines.push(`${pad}      ${what}: fragment of ${fr.entries.length} thin ops${fr.yieldAt >= 0 ? `, to the yield at @${fr.yieldAt * 2}` : ""}`);
          entryLines(lines, fr.entries, code, pad + "      ", names, opnames, lineOf);
        }
        break;
      case GUARD:
        lines.push(`${pad}    GUARD_${e.expected ? "TRUE" : "FALSE"} ${names[e.op]}${imm}  ${exit}`);
        break;
      case ENTER:
        lines.push(`${pad}    ENTER ${e.callee!.qualname}(${enterText(e)})  ${exit}`);
        break;
      case LEAVE:
        lines.push(`${pad}    LEAVE${imm}${e.shape === CallShape.Init ? " (the instance, once __init__ returned None)" : ""}`);
        break;
      case METHOD:
        lines.push(`${pad}    METHOD_OF_CLASS(${e.imm}) ${e.type!.name} version ${e.version}${e.ir !== null ? ` ${irText(e.ir)}` : ""}  ${exit}`);
        break;
    }
    if (e.snap !== null) lines.push(`${pad}      snapshot: ${snapshotText(e.snap)}`);
  }
}
