// The register stage: compiles an optimised stack-form trace for the register-based trace
// interpreter (generated/register-interpreter.ts). Its registers are the frames' own slots:
// a value the stack form would push with LOAD_FAST or LOAD_CONST stays where it is (a pending
// operand, as a local's index or a constant's) until an op consumes it, and that op reads it
// there; an op whose result the next entry stores into a local writes it there. Moves between
// pending operands (COPY, SWAP, POP) cost nothing. Which ops can take operands is derived from
// their stack effects by the generator (generator/lower-register.ts).
//
// Contract (what keeps every exit and every exception exact):
//  - Pending operands are always the top of the stack form's stack, in order, in the innermost
//    frame; everything below them is really on the frame's stack. So between any two compiled
//    entries the frames hold exactly what the stack form's do, except for the pending operands.
//  - A pending operand names a value that cannot change while it is pending: a constant, or a
//    local that is bound (a LOAD_FAST of an unbound local raises, so it is never deferred) and
//    that nothing writes before the operand is consumed (an entry that may write it first
//    pushes the operands for real).
//  - Every entry that may look at the frames other than through its operands — an exit, an
//    inlined call, a method guard, an op that may run Python code, one without a register form,
//    the end of the trace — first pushes the pending operands for real; a guard with operands
//    pushes them only if it fails (`pendAt`), before its exit runs.
//  - An op that raises has popped its inputs, as in the stack form, so the frames it leaves are
//    the stack form's.
import { REG_GUARD_CODE, REG_INPUTS, REG_ONE_OUTPUT, REG_OP_CODE, REG_PEEKS, REG_STRIDE } from "../../generated/register-interpreter.js";
import { THIN_MOVE, THIN_READS_BOUND } from "../../generated/specialiser.js";
import { INLINED, TraceCode } from "../../generated/trace-interpreter.js";
import { THIN_WRITES_LOCALS, thinEffect } from "../../generated/thin-meta.js";
import { Thin } from "../../generated/thin-ops.js";
import { CO_VARARGS, CO_VARKEYWORDS, PyFloat } from "../objects/core.js";
import type { PyCode } from "../objects/core.js";
import { dispatchCode } from "./run-entries.js";
import { ENTER, GUARD, LEAVE, OP, TraceEntry } from "./trace.js";

export const registerStats = {
  /** stack-form entries compiled, register instructions made from them */
  entriesIn: 0,
  instructionsOut: 0,
  /** inputs read as operands, outputs written straight to a local */
  operandsFolded: 0,
  outputsToLocals: 0,
};

/** a pending operand: local d (d >= 0) or constant ~d, and the entry that pushed it */
interface Pending {
  d: number;
  from: TraceEntry;
}

interface FrameState {
  pending: Pending[];
  /** locals known to be bound here (a read of them cannot raise) */
  bound: Set<number>;
}

/** The locals a call binds: every parameter (the callee's first locals). */
function parameters(e: TraceEntry): Set<number> {
  const c = e.callee!;
  const n = c.argcount + c.kwonlyargcount + (c.flags & CO_VARARGS ? 1 : 0) + (c.flags & CO_VARKEYWORDS ? 1 : 0);
  return new Set(Array.from({ length: n }, (_, i) => i));
}

/** The instructions being built. */
class Builder {
  ops: number[] = [];
  thinOps: number[] = [];
  imms: number[] = [];
  fatIps: number[] = [];
  expects: number[] = [];
  entries: TraceEntry[] = [];
  folds: number[] = [];
  opnds: number[] = [];
  dsts: number[] = [];
  pendAt: number[] = [];
  pends: number[] = [];

  /** Adds entry `e` run as `op` with immediate `imm`; returns its index. */
  add(e: TraceEntry, op: number, imm: number, code: number): number {
    this.ops.push(code);
    this.thinOps.push(op);
    this.imms.push(imm);
    this.fatIps.push(e.fatIp);
    this.expects.push(e.expected ? 1 : 0);
    this.entries.push(e);
    this.folds.push(0);
    for (let k = 0; k < REG_STRIDE; k++) this.opnds.push(0);
    this.dsts.push(-1);
    this.pendAt.push(-1);
    return this.ops.length - 1;
  }

  /** Pushes pending operands for real, in order. */
  push(ps: readonly Pending[]): void {
    for (const p of ps) {
      const op = p.d >= 0 ? Thin.LOAD_FAST : Thin.LOAD_CONST;
      this.add(p.from, op, p.d >= 0 ? p.d : ~p.d, op);
    }
  }

  /** Makes the top `n` pending operands the last `n` inputs of instruction `at` (of `nin`),
   *  taking them off `pending` unless the instruction only peeks at them. */
  fold(at: number, nin: number, pending: Pending[], n: number, peeks = false): void {
    if (n === 0) return;
    const top = peeks ? pending.slice(pending.length - n) : pending.splice(pending.length - n, n);
    this.folds[at] = n;
    top.forEach((p, k) => (this.opnds[at * REG_STRIDE + nin - n + k] = p.d));
    this.useRegisterCase(at);
    registerStats.operandsFolded += n;
  }

  /** Writes instruction `at`'s result to local `d` instead of pushing it. */
  storeTo(at: number, d: number): void {
    this.dsts[at] = d;
    this.useRegisterCase(at);
    registerStats.outputsToLocals++;
  }

  /** Dispatches instruction `at` to its op's case that takes operands. */
  private useRegisterCase(at: number): void {
    const op = this.thinOps[at];
    this.ops[at] = this.entries[at].kind === GUARD ? REG_GUARD_CODE[op] : REG_OP_CODE[op];
  }

  /** When instruction `at` fails, the pending operands are pushed first. */
  pendOnExit(at: number, pending: readonly Pending[]): void {
    if (pending.length === 0) return;
    this.pendAt[at] = this.pends.length;
    this.pends.push(pending.length, ...pending.map((p) => p.d));
  }

  code(): TraceCode<TraceEntry> {
    return {
      ops: Int32Array.from(this.ops),
      thinOps: Int32Array.from(this.thinOps),
      imms: Int32Array.from(this.imms),
      fatIps: Int32Array.from(this.fatIps),
      expects: Uint8Array.from(this.expects),
      entries: this.entries,
      folds: Uint8Array.from(this.folds),
      opnds: Int32Array.from(this.opnds),
      dsts: Int32Array.from(this.dsts),
      pendAt: Int32Array.from(this.pendAt),
      pends: Int32Array.from(this.pends),
      js: null,
      jsRuns: 0,
      loopOf: null,
    };
  }
}

/**
 * Walks `entries` as the register stage compiles them, from `bound0` (locals of the first frame
 * known bound at the start). Emits into `b` when given; returns the locals of the first frame
 * known bound at the end.
 */
function walk(entries: readonly TraceEntry[], bound0: ReadonlySet<number>, b: Builder | null): Set<number> {
  const frames = new Map<number, FrameState>();
  const state = (depth: number) => {
    let s = frames.get(depth);
    if (s === undefined) frames.set(depth, (s = { pending: [], bound: new Set(depth === entries[0]?.depth ? bound0 : []) }));
    return s;
  };
  const flush = (s: FrameState, keep = 0) => {
    const ps = s.pending.splice(0, s.pending.length - keep);
    b?.push(ps);
  };
  const flushAll = () => {
    for (const s of frames.values()) flush(s);
  };
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const s = state(e.depth);
    const p = s.pending;
    const plain = e.fragments !== null || INLINED[e.op] !== 1;
    if (e.kind === OP && !plain) {
      const move = THIN_MOVE[e.op];
      if (move === 1 && (s.bound.has(e.imm) || THIN_READS_BOUND[e.op] === 1)) {
        p.push({ d: e.imm, from: e });
        continue;
      }
      if (move === 3) {
        p.push({ d: ~e.imm, from: e });
        continue;
      }
      if (e.op === Thin.COPY && e.imm <= p.length) {
        p.push(p[p.length - e.imm]);
        continue;
      }
      if (e.op === Thin.SWAP && e.imm <= p.length) {
        const top = p[p.length - 1];
        p[p.length - 1] = p[p.length - e.imm];
        p[p.length - e.imm] = top;
        continue;
      }
      if (e.op === Thin.POP && p.length > 0) {
        p.pop();
        continue;
      }
      const nin = REG_INPUTS[e.op];
      if (nin >= 0) {
        const stores = move === 2;
        // an op that writes a local other than by STORE_FAST: nothing stays pending across it
        if (THIN_WRITES_LOCALS[e.op] === 1 && !stores) flush(s);
        let nf = Math.min(nin, p.length);
        // operands left pending below this op's must not name the local it writes
        if (stores && p.slice(0, p.length - nf).some((q) => q.d === e.imm)) flush(s, nf);
        const pushes = thinEffect(e.op, e.imm).outs.length;
        // what it pushes goes above everything pending below its own operands: push those first
        if (pushes > 0) flush(s, nf);
        nf = Math.min(nin, p.length);
        const at = b?.add(e, e.op, e.imm, dispatchCode(e)) ?? -1;
        if (b !== null) b.fold(at, nin, p, nf);
        else p.length -= nf;
        if (stores || move === 1) s.bound.add(e.imm);
        else if (THIN_WRITES_LOCALS[e.op] === 1) s.bound.clear();
        // its one output stored into a local by the next entry: written there directly
        const next = entries[i + 1];
        if (REG_ONE_OUTPUT[e.op] === 1 && next !== undefined && next.kind === OP && next.op === Thin.STORE_FAST && next.depth === e.depth && next.fragments === null) {
          b?.storeTo(at, next.imm);
          s.bound.add(next.imm);
          i++;
        }
        continue;
      }
    }
    if (e.kind === GUARD && !plain && REG_INPUTS[e.op] >= 0) {
      const nin = REG_INPUTS[e.op];
      const peeks = REG_PEEKS[e.op] === 1;
      // what it pushes goes above everything pending below its own operands: push those first
      if (!peeks && thinEffect(e.op, e.imm).outs.length > 0) flush(s, Math.min(nin, p.length));
      const nf = Math.min(nin, p.length);
      const at = b?.add(e, e.op, e.imm, dispatchCode(e)) ?? -1;
      // (one that only reads its inputs leaves them pending: they are pushed if it fails)
      if (b !== null) b.fold(at, nin, p, nf, peeks);
      else if (!peeks) p.length -= nf;
      // its exit finds the stack form's stack: what is still pending is pushed before it runs
      b?.pendOnExit(at, p);
      continue;
    }
    // everything else sees the frames as the stack form leaves them
    flushAll();
    b?.add(e, e.op, e.imm, dispatchCode(e));
    if (e.kind === OP || e.kind === GUARD) {
      if (THIN_MOVE[e.op] === 1 || THIN_MOVE[e.op] === 2) s.bound.add(e.imm);
      else if (THIN_WRITES_LOCALS[e.op] === 1) s.bound.clear();
    } else if (e.kind === ENTER) frames.set(e.depth + 1, { pending: [], bound: parameters(e) });
    else if (e.kind === LEAVE) frames.delete(e.depth);
  }
  flushAll();
  return frames.get(entries[0]?.depth ?? 0)?.bound ?? new Set(bound0);
}

function compile(entries: readonly TraceEntry[], bound: ReadonlySet<number>): TraceCode<TraceEntry> {
  const b = new Builder();
  walk(entries, bound, b);
  registerStats.entriesIn += entries.length;
  registerStats.instructionsOut += b.ops.length;
  return b.code();
}

/** The register code of a trace's entries, run from nothing known about its locals. */
export function compileRegisterEntries(entries: readonly TraceEntry[]): TraceCode<TraceEntry> {
  return compile(entries, new Set());
}

/** The register code of a loop's preamble and of its peeled body (null: none). The body starts
 *  where the preamble or the body itself ended, so the locals bound at both ends are bound when
 *  it starts. */
export function compileRegisterLoop(preamble: readonly TraceEntry[], body: readonly TraceEntry[] | null): [TraceCode<TraceEntry>, TraceCode<TraceEntry> | null] {
  const first = compile(preamble, new Set());
  if (body === null) return [first, null];
  let bound = walk(preamble, new Set(), null);
  for (;;) {
    const end = walk(body, bound, null);
    const next = new Set([...bound].filter((l) => end.has(l)));
    if (next.size === bound.size) break;
    bound = next;
  }
  return [first, compile(body, bound)];
}

/** Readable text of register code, for --dump-traces: one instruction per line, operands named
 *  (`x` a local, `#1.5` a constant, `S` from the stack), `-> x` an output written to a local. */
export function registerText(tc: TraceCode<TraceEntry>, names: readonly string[]): string[] {
  const lines: string[] = [];
  const opnd = (code: PyCode, d: number) => (d >= 0 ? code.localsplusnames[d] ?? `local${d}` : `#${constText(code.consts[~d])}`);
  for (let i = 0; i < tc.ops.length; i++) {
    const e = tc.entries[i];
    const nin = REG_INPUTS[tc.thinOps[i]];
    const folds = tc.folds![i];
    const ins = nin > 0 ? Array.from({ length: nin }, (_, j) => (j < nin - folds ? "S" : opnd(e.code, tc.opnds![i * REG_STRIDE + j]))) : [];
    const kind = e.kind === GUARD ? `GUARD_${e.expected ? "TRUE" : "FALSE"} ` : e.kind === OP ? "" : `${["", "", "ENTER", "LEAVE", "METHOD"][e.kind]} `;
    const imm = tc.imms[i] !== 0 ? `(${tc.imms[i]})` : "";
    const dst = tc.dsts![i] >= 0 ? ` -> ${opnd(e.code, tc.dsts![i])}` : "";
    const at = tc.pendAt![i];
    const pend = at >= 0 ? `  (on exit push ${Array.from({ length: tc.pends![at] }, (_, k) => opnd(e.code, tc.pends![at + 1 + k])).join(" ")})` : "";
    lines.push(`${"  ".repeat(e.depth)}    ${String(i).padStart(3)} ${kind}${e.kind === OP || e.kind === GUARD ? names[tc.thinOps[i]] : ""}${imm}${ins.length > 0 ? ` ${ins.join(" ")}` : ""}${dst}${pend}`);
  }
  return lines;
}

function constText(v: unknown): string {
  const t = typeof v === "string" ? JSON.stringify(v) : typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" ? String(v) : v instanceof PyFloat ? String(v.value) : "const";
  return t.length > 20 ? t.slice(0, 17) + "..." : t;
}
