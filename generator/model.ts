// The validated in-memory form of spec/: what every emitter reads.
import type { OpProperties } from "./analyze.js";

/** A place in a spec file, for error messages (`file:line:col`, 1-based). */
export interface Pos {
  file: string;
  line: number;
  col: number;
}

export class SpecError extends Error {
  constructor(readonly pos: Pos, message: string) {
    super(`${pos.file}:${pos.line}:${pos.col}: ${message}`);
  }
}

export interface StackItem {
  name: string;
  /** TypeScript type of the item (default PyObject) */
  type: string;
  /** array size expression over immediates, or null for a single item */
  size: string | null;
  /** an array input written `&name[size]`: read in place, not copied — the body sees `name` as
   *  the stack itself and `name_at` as the index of its first item (as family forms do) */
  view?: boolean;
}

export interface StackEffect {
  inputs: StackItem[];
  outputs: StackItem[];
}

export type Control = "jump" | "return" | "yield" | "suspend" | "call";

export interface ThinOp {
  name: string;
  pos: Pos;
  doc: string;
  stack: StackEffect;
  imm: string[];
  kind: "op" | "predicate";
  result: string | null;
  body: string;
  /** where the body text starts, for mapping TypeScript diagnostics back to the spec */
  bodyPos: Pos;
  /** control macros the body uses */
  controls: Set<Control>;
  /** derived: the body may run arbitrary Python code (calls out through the object protocol) */
  escapes: boolean;
  /** `hot: true`: a case of the dispatch functions (execThin, and the trace interpreters' loop
   *  when it cannot escape); otherwise a cold op function (generator/outline.ts) */
  hot: boolean;
  /** derived from the body's syntax tree (generator/analyze.ts) */
  props: OpProperties;
}

export interface OpCall {
  op: string;
  /** immediate name → TypeScript expression over `oparg` */
  args: Map<string, string>;
  pos: Pos;
}

export type Step =
  | { kind: "op"; call: OpCall }
  | { kind: "if"; pred: OpCall; then: Step[]; else: Step[]; pos: Pos }
  | { kind: "when"; expr: string; then: Step[]; else: Step[]; pos: Pos }
  | { kind: "switch"; expr: string; cases: { key: number; label: string; steps: Step[] }[]; default: Step[]; pos: Pos };

export interface FatOp {
  name: string;
  number: number;
  pos: Pos;
  steps: Step[];
}

export interface VersionOpcode {
  name: string;
  number: number;
  hasArg: boolean;
  cacheEntries: number;
  jump: "forward" | "backward" | "absolute" | null;
  argKind: string | null;
}

export interface VersionTable {
  file: string;
  version: string;
  fullVersion: string;
  magic: number;
  haveArgument: number;
  extendedArg: number;
  compareOps: string[];
  binaryOps: [string, string][];
  opcodes: VersionOpcode[];
}

/** A kind of value the specialiser can know (spec/specialise.yaml `kinds`). */
export interface Kind {
  name: string;
  parent: string | null;
  /** TypeScript over `v` that holds exactly for values of the kind */
  test: string;
  pos: Pos;
}

/** A replacement rule: `op` becomes `then` when its inputs have the kinds in `when`. */
export interface Rule {
  op: string;
  when: Map<string, string>;
  /** a condition on the op's immediate (TypeScript over its name), or null */
  imm: string | null;
  /** the value the rule fixes the op's one immediate to (`arity:`), giving its array inputs a
   *  fixed size so facts can name their items (`args.0`); null: any */
  arity: number | null;
  then: OpCall;
  pos: Pos;
}

export interface Move {
  op: string;
  kind: "load_local" | "store_local" | "const";
  /** the immediate holding the index */
  imm: string;
  /** (load_local) the op it becomes where the local is known to be bound, or null */
  bound: string | null;
  pos: Pos;
}

export interface SpecialiseSpec {
  file: string;
  kinds: Map<string, Kind>;
  moves: Map<string, Move>;
  /** predicate → the input kinds it stands for */
  proves: Map<string, { facts: Map<string, string>; pos: Pos }>;
  rules: Map<string, Rule[]>;
  /** op → the predicate run as a guard in its place (spec/specialise.yaml `checked`) */
  checked: Map<string, Checked>;
  /** op → the guard that may follow it and the predicate doing both (spec/specialise.yaml `fused`) */
  fused: Map<string, Fused>;
  /** superinstructions of the stack-based trace interpreter (spec/specialise.yaml `pairs`) */
  pairs: Pair[];
}

/** Two thin ops that, adjacent in a specialised trace, run as one case of the stack-based trace
 *  interpreter: one dispatch for both. */
export interface Pair {
  first: string;
  second: string;
  pos: Pos;
}

/** An op, a guard consuming its one result right after it, and the predicate that does both. */
export interface Fused {
  op: string;
  guard: string;
  into: string;
  pos: Pos;
}

/** An op whose result is usually of a narrower kind, and the predicate that computes the same
 *  result and tells whether it is of that kind. */
export interface Checked {
  op: string;
  check: string;
  /** condition on the op's immediate (TypeScript over its name), or null: always */
  imm: string | null;
  pos: Pos;
}

/** A text field of a form (TypeScript), with where its text starts in the spec. */
export interface FormCode {
  text: string;
  pos: Pos;
}

/** A specialised form of a fat op (spec/fat-ops.yaml `families`): what the base interpreter
 *  runs instead of the generic op at an instruction that was quickened to it. */
export interface Form {
  name: string;
  pos: Pos;
  /** opcode number the base interpreter's quickened stream uses (assigned from the free ones) */
  number: number;
  stack: StackEffect;
  stackPos: Pos;
  /** cache entries the guard and body read (declared by the family) */
  reads: string[];
  readsPos: Pos;
  /** the opargs the form fits (it is tried only at instructions with one of them), or null: any */
  opargs: number[] | null;
  /** run inside `execute` (its own case there) rather than in the family's out-of-line runner:
   *  for short, very frequent forms, where the call costs as much as the work */
  inline: boolean;
  /** at specialisation: sets `cond`, and fills `cache` when it holds (by default: the guard) */
  when: FormCode;
  /** an expression that must hold for the form to run (else the generic op runs) */
  guard: FormCode;
  /** the form's work, as TypeScript (`$deopt()` hands over to the generic op before any
   *  effect) or as thin ops (a decomposition, lowered as the fat ops' are; it cannot deopt) */
  body: FormCode | Step[];
}

/** A family: the generic fat op, the per-instruction cache its forms share, and its forms in
 *  the order specialisation tries them. */
export interface Family {
  /** the generic fat op */
  name: string;
  pos: Pos;
  /** cache entry name → TypeScript type, in declaration order */
  cache: { name: string; type: string; pos: Pos }[];
  forms: Form[];
}

/** Two adjacent instructions that the base interpreter runs in one dispatch (spec/fat-ops.yaml
 *  `superinstructions`; CPython 3.11's LOAD_FAST__LOAD_FAST …): the first instruction of such
 *  a pair is quickened to it when its code object is decoded. */
export interface Superinstruction {
  /** FIRST__SECOND, CPython's way of naming them */
  name: string;
  first: string;
  second: string;
  /** opcode number in the quickened stream (assigned after the families' forms) */
  number: number;
  pos: Pos;
}

export interface Spec {
  version: VersionTable;
  thin: Map<string, ThinOp>;
  fat: Map<string, FatOp>;
  families: Map<string, Family>;
  absorbed: Map<string, { reason: string; pos: Pos }>;
  unsupported: Map<string, { reason: string; pos: Pos }>;
  /** fat-ops.yaml `hot`: the ops the base interpreter runs inline in its dispatch loop, each
   *  with its position; every other op runs as a cold op function (generator/outline.ts).
   *  null when the section is absent: every op inline. */
  hot: Map<string, Pos> | null;
  superinstructions: Superinstruction[];
  specialise: SpecialiseSpec;
}
