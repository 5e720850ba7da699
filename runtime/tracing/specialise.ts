// The type specialiser: an abstract interpreter over a recorded trace, with kinds of value
// (generated/specialiser.ts, from spec/specialise.yaml) in place of values. HotPy's own
// specialiser worked the same way on its stack-form thin bytecode.
//
// Contract (every rule the pass applies keeps it):
//  - It only removes guards that cannot fail, and replaces ops by ops with the same stack effect
//    that compute the same result for inputs of the kinds known. So the frames hold, at every
//    entry that remains, exactly what they hold in the unspecialised trace, and every exit
//    (which finishes its fat op from the frames themselves) stays exact.
//  - A fact is only ever learnt from something that holds whenever the trace runs: a guard that
//    held, an op's declared result kind, a constant, a value moved or copied, or — for the
//    peeled loop body — a fact proven at the end of every iteration that enters it.
//  - Kinds are representations the program cannot change under the trace: ints, floats, bools,
//    strs and exact lists/tuples/dicts/sets cannot change type, and Python code cannot rebind a
//    frame's fast locals (ops that may write them forget what was known about them).
//
// Loop peeling (as LuaJIT's loop optimisation): the trace is specialised once from nothing
// known (the preamble, run when the trace is entered), then again from what the preamble leaves
// known about the loop frame's locals and stack at the back-edge, widened until the body's own
// end proves every fact it was entered with. That second copy runs for every further iteration,
// so the types of loop-carried values are checked once, on entry, and proven at each back-edge.
import { THIN_EFFECT_IDENTITY, thinEffect, THIN_ESCAPES, THIN_PURE, THIN_WRITES_LOCALS } from "../../generated/thin-meta.js";
import { checkedBy, KIND_PARENT, KIND_TESTS, KIND_UNBOUND, THIN_FUSED, kindOf, rewrite, THIN_MOVE, THIN_MOVE_BOUND, THIN_PROVES, THIN_RESULT, UNKNOWN, within } from "../../generated/specialiser.js";
import { Thin } from "../../generated/thin-ops.js";
import { CO_VARARGS, CO_VARKEYWORDS, moduleType, PyFunction, PyModule } from "../objects/core.js";
import { lookupType } from "../objects/protocol.js";
import type { PyObject } from "../objects/core.js";
import type { PyCode, PyDict } from "../objects/core.js";
import type { Frame, Slot } from "../interp/frame.js";
import { OP as OP_STEP } from "../../generated/recorder-tables.js";
import type { RStep } from "../../generated/recorder-tables.js";
import { cacheGlobal, cachedGlobalValue, cacheModuleAttr } from "../interp/global-cache.js";
import * as rt from "../interp/support.js";
import { CallShape } from "./inline.js";
import { copyEntry, ENTER, FrameSnapshot, GUARD, LEAVE, METHOD, OP, LoopEntry, Snapshot, Trace, TraceEntry } from "./trace.js";

export const specialiserStats = {
  /** over all traces specialised: entries before and after, guards dropped, ops replaced */
  entriesIn: 0,
  entriesOut: 0,
  guardsRemoved: 0,
  opsReplaced: 0,
  /** LOAD_GLOBALs read through a cache guarded by the dicts' stamps */
  globalsCached: 0,
  loopsPeeled: 0,
  /** ops run as guards on a checked form (spec/specialise.yaml `checked`), op-and-guard pairs
   *  made one guard (`fused`) */
  opsChecked: 0,
  opsFused: 0,
  /** runs of a trace from its header that went straight to the peeled body (bodyHolds) */
  preamblesSkipped: 0,
};

/** One value of the trace (as in an SSA IR: a local, a stack slot and a copy of either may hold
 *  the same value) and the kind known for it. A guard that proves a kind refines the value, so
 *  every place holding it knows. */
interface Val {
  k: number;
  /** kinds it is known not to be, one bit each (a guard on a one-fact predicate that failed:
   *  a kind is a representation no value changes, so this holds for the value's life) */
  not: number;
  /** its number in the trace's IR (dumps and snapshots name values by it) */
  id: number;
  /** the object it is, when a cached lookup (guarded) gave it: a module, a builtin */
  known?: PyObject;
}

/** A local holding `v` is bound: its kind is known (an unbound local's has none), or it is
 *  known not to be of kind `unbound` (markBound). */
function knownBound(v: Val): boolean {
  return (v.k !== UNKNOWN && v.k !== KIND_UNBOUND) || (KIND_UNBOUND >= 0 && (v.not & (1 << KIND_UNBOUND)) !== 0);
}
/** `v` is an object (it was on a stack: stored in a local, read from one, an argument bound). */
function markBound(v: Val): Val {
  if (KIND_UNBOUND >= 0) v.not |= 1 << KIND_UNBOUND;
  return v;
}

/** values are numbered from 0 in each pass */
let nextVal = 0;
const val = (k: number, not = 0): Val => ({ k, not, id: nextVal++ });

/** Whether a value known not to be of the kinds in `not` cannot be of kind `k`. */
function excludes(not: number, k: number): boolean {
  for (let x = 0; not >>> x !== 0; x++) if ((not >>> x) & 1 && within(k, x)) return true;
  return false;
}

/** What is known about one frame: the value in each local and each stack slot. */
interface FrameFacts {
  locals: Val[];
  stack: Val[];
  /** the globals and builtins the frame had when recorded (null: not known) */
  scopes: [PyDict, PyDict] | null;
  /** KW_NAMES ran since the last call: the next call binds by keyword */
  kwnames: boolean;
  /** the frame's code, once an entry on it is seen */
  code: PyCode | null;
  /** whether `stack` is the whole of the frame's stack (false: a generator resumed with values
   *  on its stack the trace does not know) */
  exactDepth: boolean;
  /** an `__init__` entered by a class call (CallShape.Init): the new instance, what its LEAVE
   *  gives the caller */
  initSelf?: Val;
}

/** The kinds of a frame's values at one point (what peeling compares and joins). */
export interface FrameKinds {
  locals: number[];
  stack: number[];
  /** per slot, the kinds known not to hold (Val.not) */
  localsNot: number[];
  stackNot: number[];
}

interface PassResult {
  entries: TraceEntry[];
  /** what is known about the trace's own frame when the trace ends (at the loop header) */
  end: FrameKinds;
  guardsRemoved: number;
  opsReplaced: number;
  globalsCached: number;
}

/** A failed LOAD_GLOBAL_CACHED pushed a placeholder: its exit pops it, then looks the name up
 *  as LOAD_GLOBAL does. */
const POP_PUSHED: readonly RStep[] = [{ k: OP_STEP, op: Thin.POP, imm: () => 0 }];

function unknownKinds(nlocals: number, sp: number): FrameKinds {
  return { locals: new Array<number>(nlocals).fill(UNKNOWN), stack: new Array<number>(sp).fill(UNKNOWN), localsNot: new Array<number>(nlocals).fill(0), stackNot: new Array<number>(sp).fill(0) };
}

function framesOf(k: FrameKinds, scopes: [PyDict, PyDict] | null, code: PyCode | null = null, exactDepth = true): FrameFacts {
  return { locals: k.locals.map((x, i) => val(x, k.localsNot[i])), stack: k.stack.map((x, i) => val(x, k.stackNot[i])), kwnames: false, scopes, code, exactDepth };
}

/** What the frames hold now, for an exit here. `unproven`: values whose kind does not hold at
 *  the exit (the results of the predicate whose guard failed there). */
function snapshot(frames: readonly FrameFacts[], unproven: readonly Val[] = []): Snapshot {
  // one per guard of every trace: plain loops, no intermediate arrays
  const out: FrameSnapshot[] = new Array(frames.length);
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    const nlocals = f.locals.length;
    const n = nlocals + f.stack.length;
    const ids = new Int32Array(n);
    const kinds = new Int8Array(n);
    for (let j = 0; j < n; j++) {
      const v: Val | undefined = j < nlocals ? f.locals[j] : f.stack[j - nlocals];
      if (v === undefined || v === null) {
        ids[j] = -1;
        kinds[j] = UNKNOWN;
      } else {
        ids[j] = v.id;
        kinds[j] = unproven.length > 0 && unproven.includes(v) ? UNKNOWN : v.k;
      }
    }
    out[i] = { code: f.code, nlocals, exactDepth: f.exactDepth, ids, kinds };
  }
  return { frames: out };
}

const ids = (vs: readonly Val[]): number[] => vs.map((v) => v.id);
const NO_CHANGES: Partial<TraceEntry> = Object.freeze({});

function kindsOf(f: FrameFacts): FrameKinds {
  return { locals: f.locals.map((v) => v.k), stack: f.stack.map((v) => v.k), localsNot: f.locals.map((v) => v?.not ?? 0), stackNot: f.stack.map((v) => v.not) };
}

/** The narrowest kind both lie in (UNKNOWN if none). */
function join(a: number, b: number): number {
  for (let k = a; k >= 0; k = KIND_PARENT[k]) if (within(b, k)) return k;
  return UNKNOWN;
}

/** Whether what `have` says implies what `need` says, slot by slot. */
function implies(have: FrameKinds, need: FrameKinds): boolean {
  if (have.stack.length !== need.stack.length) return false;
  const ok = (h: number, n: number) => n === UNKNOWN || within(h, n);
  const okNot = (h: number, n: number) => (n & ~h) === 0;
  return (
    have.locals.every((h, i) => ok(h, need.locals[i]) && okNot(have.localsNot[i], need.localsNot[i])) &&
    have.stack.every((h, i) => ok(h, need.stack[i]) && okNot(have.stackNot[i], need.stackNot[i]))
  );
}

function joinKinds(a: FrameKinds, b: FrameKinds): FrameKinds {
  return {
    locals: a.locals.map((k, i) => join(k, b.locals[i])),
    stack: a.stack.map((k, i) => join(k, b.stack[i])),
    localsNot: a.localsNot.map((n, i) => n & b.localsNot[i]),
    stackNot: a.stackNot.map((n, i) => n & b.stackNot[i]),
  };
}

/** Binding a call's arguments straight to the callee's first locals (no defaults, *args,
 *  **kwargs, keywords or argument cells): then the callee's locals start with their kinds. */
function simpleBinding(code: PyCode, nargs: number, kwnames: boolean): boolean {
  return !kwnames && code.argcount === nargs && code.kwonlyargcount === 0 && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.cellArgs.length === 0;
}

function pop(f: FrameFacts, n: number): Val[] {
  const out = new Array<Val>(n);
  for (let i = n - 1; i >= 0; i--) out[i] = f.stack.length > 0 ? f.stack.pop()! : val(UNKNOWN);
  return out;
}

/** One pass over `entries` from the facts in `start` (one per frame of the chain it starts in). */
function pass(entries: readonly TraceEntry[], start: FrameKinds[], scopes: readonly [PyDict, PyDict][], code: PyCode | null, exactDepth = true): PassResult {
  nextVal = 0;
  const frames = start.map((k, i) => framesOf(k, scopes[i] ?? null, i === 0 ? code : null, exactDepth));
  const out: TraceEntry[] = [];
  // every entry is copied, with the values it reads and writes (and, if it may exit, the
  // snapshot of its exit): one recorded entry may appear in several passes' output
  const emit = (e: TraceEntry, ins: readonly Val[], outs: readonly Val[], snap: Snapshot | null, changes?: Partial<TraceEntry>) => {
    const c = copyEntry(e, changes ?? NO_CHANGES);
    c.ir = { ins: ids(ins), outs: ids(outs) };
    c.snap = snap;
    out.push(c);
  };
  let guardsRemoved = 0;
  let opsReplaced = 0;
  let globalsCached = 0;
  for (const e of entries) {
    const f = frames[frames.length - 1];
    f.code ??= e.code;
    const peek = (d: number) => (d < f.stack.length ? f.stack[f.stack.length - 1 - d].k : UNKNOWN);
    switch (e.kind) {
      case OP:
      case GUARD: {
        const move = THIN_MOVE[e.op];
        if (move === 1) {
          const v = (f.locals[e.imm] ??= val(UNKNOWN));
          f.stack.push(v);
          // a local known to be bound is read without the check
          const boundOp = THIN_MOVE_BOUND[e.op];
          if (boundOp >= 0 && knownBound(v)) {
            emit(e, [], [v], null, { op: boundOp });
            opsReplaced++;
          } else emit(e, [], [v], null);
          markBound(v);
          break;
        }
        if (move === 2) {
          const [v] = pop(f, 1);
          f.locals[e.imm] = v;
          markBound(v);
          emit(e, [v], [], null);
          break;
        }
        if (move === 3) {
          const v = val(kindOf(e.code.consts[e.imm]));
          f.stack.push(v);
          emit(e, [], [v], null);
          break;
        }
        if (e.op === Thin.LOAD_GLOBAL && f.scopes !== null) {
          // the one lookup folded through a cache: the value found now, guarded by the stamps of
          // the dicts it came from (global-cache.ts)
          const entry = cacheGlobal(f.scopes[0], f.scopes[1], e.code.names[e.imm]);
          if (entry >= 0) {
            const v = val(kindOf(cachedGlobalValue(entry)));
            v.known = cachedGlobalValue(entry);
            f.stack.push(v);
            emit(e, [], [v], snapshot(frames, [v]), { kind: GUARD, op: Thin.LOAD_GLOBAL_CACHED, imm: entry, expected: true, exit: [POP_PUSHED, ...e.exit] });
            globalsCached++;
            break;
          }
        }
        if (e.op === Thin.INSTANCE_ATTR && e.kind === GUARD && !e.expected && f.stack.length > 0 && f.stack[f.stack.length - 1].known instanceof PyModule) {
          // LOAD_ATTR's instance fast path on a module the trace knows: never taken (a module is
          // not an instance), and it leaves the module in place
          guardsRemoved++;
          break;
        }
        if (e.op === Thin.LOAD_ATTR && e.kind === OP && f.stack.length > 0) {
          // an attribute of a module the trace knows (a cached global): read through the same
          // cache, on the module's dict; ModuleType's own attributes (__dict__, __class__ …) go
          // the generic way
          const owner = f.stack[f.stack.length - 1];
          const name = e.code.names[e.imm];
          const mod = owner.known;
          if (mod instanceof PyModule && mod.cls === moduleType && lookupType(moduleType, name) === undefined) {
            const entry = cacheModuleAttr(mod, name);
            if (entry >= 0) {
              f.stack.pop();
              const v = val(kindOf(cachedGlobalValue(entry)));
              v.known = cachedGlobalValue(entry);
              f.stack.push(v);
              // a failed guard leaves the module in its slot: the exit redoes LOAD_ATTR
              emit(e, [owner], [v], snapshot(frames, [v]), { kind: GUARD, op: Thin.LOAD_MODULE_ATTR_CACHED, imm: entry, expected: true });
              globalsCached++;
              break;
            }
          }
        }
        let op = e.op;
        let imm = e.imm;
        // (a call after KW_NAMES binds by keyword: no rule's replacement reads the names)
        const rw = op === Thin.CALL && f.kwnames ? null : rewrite(op, imm, peek, e.code);
        if (rw !== null) {
          [op, imm] = rw;
          opsReplaced++;
        }
        // a checked op runs as a guard on its predicate, which computes the same result and
        // tells whether it is of the narrower kind: its exit goes on after the op (only where
        // the result was of that kind when recorded: `expected`, set by the recorder)
        const check = e.kind === OP && e.expected ? checkedBy(op, imm) : -1;
        if (check >= 0) op = check;
        const guard = e.kind === GUARD || check >= 0;
        const effect = thinEffect(op, imm);
        const inputs = pop(f, effect.pops);
        if (e.op === Thin.KW_NAMES) f.kwnames = true;
        if (e.op === Thin.CALL || e.op === Thin.CALL_FUNCTION_EX) f.kwnames = false;
        if (e.kind === GUARD) {
          const proves = THIN_PROVES[op];
          let known: boolean | null = null;
          if (proves !== null) {
            known = true;
            for (let i = 0; i < proves.length; i += 2) {
              const v = inputs[inputs.length - 1 - proves[i]];
              const have = v.k;
              const need = proves[i + 1];
              if (within(have, need)) continue;
              if ((have !== UNKNOWN && !within(need, have)) || excludes(v.not, need)) {
                known = false;
                break;
              }
              known = null;
            }
          }
          if (known === e.expected && THIN_EFFECT_IDENTITY[op] === 1) {
            // the guard cannot fail and leaves the stack as it is: it goes
            guardsRemoved++;
            for (const k of inputs) f.stack.push(k);
            break;
          }
          // a guard that failed just before on the same values, in the same fat op, is implied
          // by this one holding when what they stand for cannot both be true (ints, then floats):
          // it goes, and this guard, when it fails, redoes the fat op from the first one's branch
          const prev = out[out.length - 1];
          if (e.expected && proves !== null && prev !== undefined && refutedBy(prev, e, proves)) {
            out.pop();
            guardsRemoved++;
            // (the exit's snapshot is before the proof: the guard that fails proved nothing)
            for (const k of inputs) f.stack.push(k);
            emit(e, inputs, inputs, snapshot(frames), { op, imm, fragments: null, exit: prev.redo!, next: prev.next });
            for (let i = 0; i < proves.length; i += 2) {
              const v = inputs[inputs.length - 1 - proves[i]];
              if (!within(v.k, proves[i + 1])) v.k = proves[i + 1];
            }
            break;
          }
        }
        // outputs: copies of inputs keep their values; a new last output has the op's result kind
        // (a guard expected to fail proves nothing of what it produced)
        const declared = e.kind !== GUARD || e.expected ? THIN_RESULT[op] : UNKNOWN;
        const outs = effect.outs.map((o, i) => (o >= 0 ? inputs[o] : val(i === effect.outs.length - 1 ? declared : UNKNOWN)));
        for (const v of outs) f.stack.push(v);
        if (THIN_WRITES_LOCALS[op] === 1) f.locals = f.locals.map(() => val(UNKNOWN));
        // a guard's exit finds the op done (as recorded), before anything the guard proves; what
        // the predicate produced has its declared kind only when the guard holds
        const snap = guard ? snapshot(frames, outs.filter((v) => !inputs.includes(v))) : null;
        // the guard held: the values it tested are of the kinds it stands for, wherever they are
        const proves = e.kind === GUARD && e.expected ? THIN_PROVES[op] : null;
        // one that failed, standing for one kind of one value: the value is not of that kind
        const disproves = e.kind === GUARD && !e.expected ? THIN_PROVES[op] : null;
        if (disproves !== null && disproves.length === 2) inputs[inputs.length - 1 - disproves[0]].not |= 1 << disproves[1];
        if (proves !== null)
          for (let i = 0; i < proves.length; i += 2) {
            const v = inputs[inputs.length - 1 - proves[i]];
            if (!within(v.k, proves[i + 1])) v.k = proves[i + 1];
          }

        // a replacement that may call the same Python code keeps the fragments recorded for it
        if (check >= 0) {
          emit(e, inputs, outs, snap, { kind: GUARD, op, imm, expected: true, fragments: null, exit: [e.exit[0].slice(1), ...e.exit.slice(1)], redo: null });
          specialiserStats.opsChecked++;
          break;
        }
        // a pure op whose one result this guard consumes right after it: one guard does both,
        // its exit this guard's (the frames are as they are after both)
        const prev = out[out.length - 1];
        if (e.kind === GUARD && outs.length === 0 && inputs.length === 1 && prev !== undefined && prev.kind === OP && prev.fragments === null && prev.depth === e.depth && prev.code === e.code) {
          const fuse = THIN_FUSED[prev.op];
          if (fuse !== null && fuse[0] === op && prev.ir!.outs.length === 1 && prev.ir!.outs[0] === inputs[0].id) {
            out.pop();
            out.push(copyEntry(e, { op: fuse[1], imm: prev.imm, fragments: null, ir: { ins: prev.ir!.ins, outs: [] }, snap }));
            specialiserStats.opsFused++;
            break;
          }
        }
        emit(e, inputs, outs, snap, op === e.op && imm === e.imm ? {} : { op, imm, fragments: THIN_ESCAPES[op] === 1 ? e.fragments : null });
        break;
      }
      case ENTER: {
        const callee = e.callee!;
        const n = e.imm;
        // a failed ENTER has done nothing
        const snap = snapshot(frames);
        // (a binary operator's method: its two operands, entered as (self, other))
        const popped = pop(f, e.shape === CallShape.Operator ? 2 : n + 2);
        const [, second, ...args] = popped;
        const fn = e.value instanceof PyFunction ? e.value : null;
        const facts = framesOf(unknownKinds(callee.nlocalsplus, 0), fn === null ? null : [fn.globals, fn.builtins], callee);
        const self = val(UNKNOWN);
        const bound = e.shape === CallShape.Plain ? args : e.shape === CallShape.Method ? [second, ...args] : e.shape === CallShape.Operator ? popped : [self, ...args];
        if (e.shape === CallShape.Init) facts.initSelf = self;
        if (simpleBinding(callee, bound.length, f.kwnames)) bound.forEach((k, i) => (facts.locals[i] = markBound(k)));
        f.kwnames = false;
        frames.push(facts);
        emit(e, popped, [], snap);
        break;
      }
      case LEAVE: {
        const callee = frames.pop()!;
        const returned = callee.stack.length > 0 ? callee.stack[callee.stack.length - 1] : val(UNKNOWN);
        // (a side trace that starts inside an `__init__` does not know its instance)
        const value = e.shape === CallShape.Init ? (callee.initSelf ?? val(UNKNOWN)) : returned;
        frames[frames.length - 1].stack.push(value);
        emit(e, [returned], [value], null);
        break;
      }
      case METHOD: {
        // LOAD_METHOD of a method found on the class: pushes the function and the owner (a
        // failed METHOD has done nothing)
        const snap = snapshot(frames);
        const [owner] = pop(f, 1);
        const fn = val(UNKNOWN);
        f.stack.push(fn, owner);
        emit(e, [owner], [fn, owner], snap);
        break;
      }
    }
  }
  return { entries: out, end: kindsOf(frames[0]), guardsRemoved, opsReplaced, globalsCached };
}

/** Whether guard `prev` (expected false) is implied by guard `e` (expected true, standing for
 *  `proves`) right after it: both pure checks of the same values that leave them in place, in
 *  one fat op, and some value cannot be of both kinds they stand for. */
function refutedBy(prev: TraceEntry, e: TraceEntry, proves: readonly number[]): boolean {
  if (prev.kind !== GUARD || prev.expected || prev.redo === null || prev.fatIp !== e.fatIp || prev.code !== e.code || prev.depth !== e.depth) return false;
  if (THIN_PURE[prev.op] !== 1 || THIN_EFFECT_IDENTITY[prev.op] !== 1 || THIN_EFFECT_IDENTITY[e.op] !== 1) return false;
  const other = THIN_PROVES[prev.op];
  if (other === null) return false;
  for (let i = 0; i < proves.length; i += 2)
    for (let j = 0; j < other.length; j += 2)
      if (proves[i] === other[j] && !within(proves[i + 1], other[j + 1]) && !within(other[j + 1], proves[i + 1])) return true;
  return false;
}

/** The facts at the start of a trace recorded from `chain`'s frames, nothing known. */
function unknownStart(t: Trace): FrameKinds[] {
  return t.startShape.map(([nlocals, sp]) => unknownKinds(nlocals, sp));
}

/**
 * What a side trace may assume at its start: the kinds its exit's snapshot knew, when the side
 * trace starts from exactly the state the snapshot describes (the exit only jumped, perhaps
 * dropping `pops` values first: staticResume)
 * and the frames have the snapshot's shape. The side trace runs only from that exit, so they hold
 * whenever it runs. Null when they cannot be used.
 */
export function startFromSnapshot(snap: Snapshot, shape: readonly [number, number][], pops = 0): FrameKinds[] | null {
  if (snap.frames.length !== shape.length) return null;
  const out: FrameKinds[] = [];
  for (let i = 0; i < shape.length; i++) {
    const f = snap.frames[i];
    const [nlocals, sp] = shape[i];
    // (the exit drops `pops` values from the innermost frame's stack before it jumps)
    const dropped = i === shape.length - 1 ? pops : 0;
    if (!f.exactDepth || f.nlocals !== nlocals || f.kinds.length !== nlocals + sp + dropped) return null;
    const kinds = Array.from(f.kinds).slice(0, nlocals + sp);
    out.push({ locals: kinds.slice(0, nlocals), stack: kinds.slice(nlocals), localsNot: new Array<number>(nlocals).fill(0), stackNot: new Array<number>(sp).fill(0) });
  }
  return out;
}

const specialisedFragments = new WeakSet<object>();

/** Specialises, once each, the fragments the ops of `entries` run (and theirs, in turn). */
function specialiseFragments(entries: readonly TraceEntry[]): { guardsRemoved: number; opsReplaced: number } {
  let guardsRemoved = 0;
  let opsReplaced = 0;
  for (const e of entries) {
    if (e.fragments === null) continue;
    for (const [code, ip, fr] of e.fragments.map.entries()) {
      if (fr === "failed" || specialisedFragments.has(fr)) continue;
      specialisedFragments.add(fr);
      // a fragment starts at a call (nothing on its stack) or a generator's resumption (what
      // is on its stack is unknown, as popping past the start is); its globals are those it was
      // recorded with (a cached lookup's guard fails on a frame with others)
      const r = pass(fr.entries, [unknownKinds(code.nlocalsplus, 0)], [fr.scopes], code, ip === code.entryIp);
      fr.entries = r.entries;
      fr.run = null;
      const inner = specialiseFragments(fr.entries);
      specialiserStats.globalsCached += r.globalsCached;
      guardsRemoved += r.guardsRemoved + inner.guardsRemoved;
      opsReplaced += r.opsReplaced + inner.opsReplaced;
    }
  }
  return { guardsRemoved, opsReplaced };
}

/** Specialises a trace in place: its entries become the specialised preamble and, for a loop
 *  trace, `loop` the peeled body that runs from the second iteration on. */
export function specialiseTrace(t: Trace, peel: boolean, start: FrameKinds[] | null = null): void {
  const before = t.entries.length;
  const first = pass(t.entries, start ?? unknownStart(t), t.startScopes, t.code);
  let removed = first.guardsRemoved;
  let replaced = first.opsReplaced;
  let cached = first.globalsCached;
  if (peel && t.startShape.length === 1) {
    // peel: specialise the body again from what every iteration's end proves
    let entry = first.end;
    for (let round = 0; round < 4; round++) {
      const body = pass(t.entries, [entry], t.startScopes, t.code);
      if (implies(body.end, entry)) {
        t.loop = body.entries;
        t.loopKinds = entry.locals;
        t.loopEntry = entry;
        specialiserStats.loopsPeeled++;
        removed += body.guardsRemoved;
        replaced += body.opsReplaced;
        cached += body.globalsCached;
        break;
      }
      if (body.end.stack.length !== entry.stack.length) break;
      entry = joinKinds(entry, body.end);
    }
  }
  t.entries = first.entries;
  // the fragments (Python code the trace's ops call) are specialised too, from nothing known
  for (const list of [t.entries, t.loop ?? []]) {
    const r = specialiseFragments(list);
    removed += r.guardsRemoved;
    replaced += r.opsReplaced;
  }
  specialiserStats.entriesIn += before;
  specialiserStats.entriesOut += t.entries.length;
  specialiserStats.guardsRemoved += removed;
  specialiserStats.opsReplaced += replaced;
  specialiserStats.globalsCached += cached;
}

/** Whether the loop frame, at the header, holds everything `t`'s peeled body assumes there (a
 *  check of the kinds the preamble would prove), so the body can run without the preamble: when
 *  a side trace or another trace comes back to the header, or the trace is entered. */
export function bodyHolds(t: Trace, frame: Frame): boolean {
  const k = t.loopEntry;
  if (k === null || frame.sp !== k.stack.length) return false;
  if (!(k.checks ??= entryCheck(k))(frame.localsplus, frame.stack)) return false;
  specialiserStats.preamblesSkipped++;
  return true;
}

/**
 * The test of a loop entry that bodyHolds runs, compiled once into a function of the locals and
 * the stack from the kinds' own tests (generated/specialiser.ts KIND_TESTS): for each slot with
 * something known, its kind's test and the negation of each kind it is known not to be. Only
 * the slots with something to check (most locals are of no known kind); a value of a known kind
 * is bound without a test of its own, a local known only to be bound is tested for undefined.
 */
function entryCheck(k: LoopEntry): (locals: readonly (Slot | undefined)[], stack: readonly Slot[]) => boolean {
  const unbound = KIND_UNBOUND >= 0 ? 1 << KIND_UNBOUND : 0;
  const conds: string[] = [];
  const add = (slot: string, kind: number, not: number) => {
    if (kind !== UNKNOWN) not &= ~unbound;
    if (kind === UNKNOWN && not === 0) return;
    if (kind === UNKNOWN && not === unbound) {
      conds.push(`${slot} !== undefined`);
      return;
    }
    const tests = kind === UNKNOWN ? [] : [`(${KIND_TESTS[kind]})`];
    for (let m = not; m !== 0; m &= m - 1) tests.push(`!(${KIND_TESTS[31 - Math.clz32(m & -m)]})`);
    conds.push(`(v = ${slot}, ${tests.join(" && ")})`);
  };
  k.locals.forEach((kind, i) => add(`l[${i}]`, kind, k.localsNot[i]));
  // (a stack slot always holds a value: it cannot be unbound)
  k.stack.forEach((kind, i) => add(`s[${i}]`, kind, k.stackNot[i] & ~unbound));
  const make = new Function("rt", `return function bodyHolds(l, s) { let v; return ${conds.join(" && ") || "true"}; };`);
  return make(rt);
}

