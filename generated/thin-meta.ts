// Generated from spec/thin-ops.yaml by generator/emit-thin-meta.ts — do not edit; run `npm run gen`.
// (Edit the spec, or the generator, instead.)
// Metadata of every thin op, indexed by its id (generated/thin-ops.ts `Thin`).
import { THIN_NAMES } from "./thin-ops.js";
import type { Thin } from "./thin-ops.js";
// array sizes in stack effects may call runtime helpers (rt.popcount4)
import * as rt from "../runtime/interp/support.js";

/** A thin op's stack effect for one immediate: it pops `pops` values; the k-th value it pushes
 *  is a copy of popped input outs[k] (counted from the bottom of the inputs), or new (-1). */
export interface Effect {
  pops: number;
  outs: number[];
}

// Properties derived from each body's syntax tree (generator/analyze.ts); 1 = yes.
/** may run arbitrary Python code */
export const THIN_ESCAPES: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0,
  1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1,
  1, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
];
/** marked `hot: true` in the spec: a case of execThin and (when it cannot escape) of the trace
 *  interpreters' loop, not a cold op function (generator/outline.ts) */
export const THIN_HOT: readonly number[] = [
  1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1,
  1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0,
  0, 1, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];
/** may raise a Python exception */
export const THIN_RAISES: readonly number[] = [
  0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0,
  0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0,
  1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1,
  1, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
];
/** creates an object */
export const THIN_ALLOCATES: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0,
  0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];
/** may change the frame's locals */
export const THIN_WRITES_LOCALS: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];
/** outputs depend only on inputs and immediates, no effect, cannot fail */
export const THIN_PURE: readonly number[] = [
  1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1,
  1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1,
  0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0,
  0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];
/** a predicate: it sets a condition that traces turn into a guard */
export const THIN_IS_PREDICATE: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1,
  1, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1,
  0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];
/** what it may do to control flow: 0 none, 1 jump, 2 leaves the frame (return/yield) */
export const THIN_CONTROL: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];
/** its stack effect leaves every slot as it was (it only looks at its inputs) */
export const THIN_EFFECT_IDENTITY: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1,
  1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];
/** how many immediates it takes (0 or 1) */
export const THIN_IMM_COUNT: readonly number[] = [
  0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0,
];

/** The stack effect of op `id` with immediate `imm`. */
export function thinEffect(id: Thin, imm: number): Effect {
  switch (THIN_NAMES[id]) {
    case "POP": {
      const outs: number[] = [];
      return { pops: 0 + 1, outs };
    }
    case "PUSH_NULL": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0, outs };
    }
    case "DROP_UNDER": {
      const outs: number[] = [];
      outs.push(0 + 1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "COPY": {
      const n = imm;
      const outs: number[] = [];
      outs.push(0);
      for (let i = 0; i < n - 1; i++) outs.push(0 + 1 + i);
      outs.push(0);
      return { pops: 0 + 1 + (n - 1), outs };
    }
    case "SWAP": {
      const n = imm;
      const outs: number[] = [];
      outs.push(0 + 1 + (n - 2));
      for (let i = 0; i < n - 2; i++) outs.push(0 + 1 + i);
      outs.push(0);
      return { pops: 0 + 1 + (n - 2) + 1, outs };
    }
    case "LOAD_CONST": {
      const index = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0, outs };
    }
    case "LOAD_FAST": {
      const index = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0, outs };
    }
    case "LOAD_FAST_BOUND": {
      const index = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0, outs };
    }
    case "STORE_FAST": {
      const index = imm;
      const outs: number[] = [];
      return { pops: 0 + 1, outs };
    }
    case "DELETE_FAST": {
      const index = imm;
      const outs: number[] = [];
      return { pops: 0, outs };
    }
    case "MAKE_CELL": {
      const index = imm;
      const outs: number[] = [];
      return { pops: 0, outs };
    }
    case "LOAD_CELL": {
      const index = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0, outs };
    }
    case "LOAD_DEREF": {
      const index = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0, outs };
    }
    case "STORE_DEREF": {
      const index = imm;
      const outs: number[] = [];
      return { pops: 0 + 1, outs };
    }
    case "DELETE_DEREF": {
      const index = imm;
      const outs: number[] = [];
      return { pops: 0, outs };
    }
    case "LOAD_CLASSDEREF": {
      const index = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0, outs };
    }
    case "COPY_FREE_VARS": {
      const n = imm;
      const outs: number[] = [];
      return { pops: 0, outs };
    }
    case "LOAD_GLOBAL": {
      const name = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0, outs };
    }
    case "LOAD_GLOBAL_CACHED": {
      const entry = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0, outs };
    }
    case "LOAD_MODULE_ATTR_CACHED": {
      const entry = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "STORE_GLOBAL": {
      const name = imm;
      const outs: number[] = [];
      return { pops: 0 + 1, outs };
    }
    case "DELETE_GLOBAL": {
      const name = imm;
      const outs: number[] = [];
      return { pops: 0, outs };
    }
    case "LOAD_NAME": {
      const name = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0, outs };
    }
    case "STORE_NAME": {
      const name = imm;
      const outs: number[] = [];
      return { pops: 0 + 1, outs };
    }
    case "DELETE_NAME": {
      const name = imm;
      const outs: number[] = [];
      return { pops: 0, outs };
    }
    case "JUMP": {
      const target = imm;
      const outs: number[] = [];
      return { pops: 0, outs };
    }
    case "LOOP_BACK": {
      const target = imm;
      const outs: number[] = [];
      return { pops: 0, outs };
    }
    case "RETURN": {
      const outs: number[] = [];
      return { pops: 0 + 1, outs };
    }
    case "IS_TRUE": {
      const outs: number[] = [];
      return { pops: 0 + 1, outs };
    }
    case "IS_TRUE_KEEP": {
      const outs: number[] = [];
      outs.push(0);
      return { pops: 0 + 1, outs };
    }
    case "BOOL_IS_TRUE": {
      const outs: number[] = [];
      return { pops: 0 + 1, outs };
    }
    case "IS_NONE": {
      const outs: number[] = [];
      return { pops: 0 + 1, outs };
    }
    case "UNARY_POSITIVE": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "UNARY_NEGATIVE": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "UNARY_INVERT": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "UNARY_NOT": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "BOOL_NOT": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "BOTH_SMALL_INT": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(0 + 1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "BOTH_FLOAT": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(0 + 1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "FLOAT_SMALL_INT": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(0 + 1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "SMALL_INT_FLOAT": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(0 + 1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "INT_ADD": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "INT_SUB": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "INT_MUL": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "INT_ADD_SMALL": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "INT_SUB_SMALL": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "INT_MUL_SMALL": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "INT_BINARY_SMALL": {
      const op = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "INT_BINARY": {
      const op = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "FLOAT_ADD": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "FLOAT_SUB": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "FLOAT_MUL": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "FLOAT_BINARY": {
      const op = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "FLOAT_INT_BINARY": {
      const op = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "INT_FLOAT_BINARY": {
      const op = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "INT_FLOAT_ARITH": {
      const op = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "BINARY_GENERIC": {
      const op = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "INT_COMPARE": {
      const op = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "FLOAT_COMPARE": {
      const op = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "FLOAT_INT_COMPARE": {
      const op = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "INT_FLOAT_COMPARE": {
      const op = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "INT_COMPARE_TEST": {
      const op = imm;
      const outs: number[] = [];
      return { pops: 0 + 1 + 1, outs };
    }
    case "FLOAT_COMPARE_TEST": {
      const op = imm;
      const outs: number[] = [];
      return { pops: 0 + 1 + 1, outs };
    }
    case "COMPARE_GENERIC": {
      const op = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "IS": {
      const invert = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "IS_TEST": {
      const invert = imm;
      const outs: number[] = [];
      return { pops: 0 + 1 + 1, outs };
    }
    case "CONTAINS": {
      const invert = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "LIST_INT_INDEX": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(0 + 1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "LIST_INT_STORE": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(0 + 1);
      outs.push(0 + 1 + 1);
      return { pops: 0 + 1 + 1 + 1, outs };
    }
    case "LIST_SETITEM": {
      const outs: number[] = [];
      return { pops: 0 + 1 + 1 + 1, outs };
    }
    case "LIST_GETITEM": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "TUPLE_INT_INDEX": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(0 + 1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "TUPLE_GETITEM": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "DICT_INDEX": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(0 + 1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "DICT_GETITEM": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "DICT_STORE": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(0 + 1);
      outs.push(0 + 1 + 1);
      return { pops: 0 + 1 + 1 + 1, outs };
    }
    case "DICT_SETITEM": {
      const outs: number[] = [];
      return { pops: 0 + 1 + 1 + 1, outs };
    }
    case "STR_INT_INDEX": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(0 + 1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "STR_GETITEM": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "GETITEM": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "STORE_SUBSCR": {
      const outs: number[] = [];
      return { pops: 0 + 1 + 1 + 1, outs };
    }
    case "DELETE_SUBSCR": {
      const outs: number[] = [];
      return { pops: 0 + 1 + 1, outs };
    }
    case "GET_LEN": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "LOAD_ATTR": {
      const name = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "STORE_ATTR": {
      const name = imm;
      const outs: number[] = [];
      return { pops: 0 + 1 + 1, outs };
    }
    case "INSTANCE_ATTR": {
      const name = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "LOAD_ATTR_INSTANCE": {
      const entry = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "STORE_ATTR_CACHED": {
      const entry = imm;
      const outs: number[] = [];
      return { pops: 0 + 1 + 1, outs };
    }
    case "DELETE_ATTR": {
      const name = imm;
      const outs: number[] = [];
      return { pops: 0 + 1, outs };
    }
    case "LOAD_METHOD": {
      const name = imm;
      const outs: number[] = [];
      outs.push(-1);
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "KW_NAMES": {
      const index = imm;
      const outs: number[] = [];
      return { pops: 0, outs };
    }
    case "CALL": {
      const n = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1 + n, outs };
    }
    case "CALL_FUNCTION_EX": {
      const n = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1 + 1 + n, outs };
    }
    case "CALL_SQRT_FLOAT": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1 + 1, outs };
    }
    case "CALL_MATH_UNARY_FLOAT": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1 + 1, outs };
    }
    case "CALL_MATH_UNARY_INT": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1 + 1, outs };
    }
    case "CALL_LEN_LIST": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1 + 1, outs };
    }
    case "CALL_LEN_TUPLE": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1 + 1, outs };
    }
    case "CALL_LEN_STR": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1 + 1, outs };
    }
    case "MAKE_FUNCTION": {
      const flags = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + rt.popcount4(flags) + 1, outs };
    }
    case "LOAD_BUILD_CLASS": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0, outs };
    }
    case "RETURN_GENERATOR": {
      const outs: number[] = [];
      return { pops: 0, outs };
    }
    case "YIELD": {
      const outs: number[] = [];
      return { pops: 0 + 1, outs };
    }
    case "BUILD_TUPLE": {
      const n = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + n, outs };
    }
    case "BUILD_LIST": {
      const n = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + n, outs };
    }
    case "BUILD_SET": {
      const n = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + n, outs };
    }
    case "BUILD_MAP": {
      const n = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + n * 2, outs };
    }
    case "BUILD_CONST_KEY_MAP": {
      const n = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + n + 1, outs };
    }
    case "BUILD_SLICE": {
      const n = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + n, outs };
    }
    case "BUILD_STRING": {
      const n = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + n, outs };
    }
    case "LIST_TO_TUPLE": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "LIST_APPEND": {
      const n = imm;
      const outs: number[] = [];
      outs.push(0);
      for (let i = 0; i < n - 1; i++) outs.push(0 + 1 + i);
      return { pops: 0 + 1 + (n - 1) + 1, outs };
    }
    case "SET_ADD": {
      const n = imm;
      const outs: number[] = [];
      outs.push(0);
      for (let i = 0; i < n - 1; i++) outs.push(0 + 1 + i);
      return { pops: 0 + 1 + (n - 1) + 1, outs };
    }
    case "MAP_ADD": {
      const n = imm;
      const outs: number[] = [];
      outs.push(0);
      for (let i = 0; i < n - 1; i++) outs.push(0 + 1 + i);
      return { pops: 0 + 1 + (n - 1) + 1 + 1, outs };
    }
    case "LIST_EXTEND": {
      const n = imm;
      const outs: number[] = [];
      outs.push(0);
      for (let i = 0; i < n - 1; i++) outs.push(0 + 1 + i);
      return { pops: 0 + 1 + (n - 1) + 1, outs };
    }
    case "SET_UPDATE": {
      const n = imm;
      const outs: number[] = [];
      outs.push(0);
      for (let i = 0; i < n - 1; i++) outs.push(0 + 1 + i);
      return { pops: 0 + 1 + (n - 1) + 1, outs };
    }
    case "DICT_UPDATE": {
      const n = imm;
      const outs: number[] = [];
      outs.push(0);
      for (let i = 0; i < n - 1; i++) outs.push(0 + 1 + i);
      return { pops: 0 + 1 + (n - 1) + 1, outs };
    }
    case "DICT_MERGE": {
      const n = imm;
      const outs: number[] = [];
      outs.push(0);
      outs.push(0 + 1);
      outs.push(0 + 1 + 1);
      for (let i = 0; i < n - 1; i++) outs.push(0 + 1 + 1 + 1 + i);
      return { pops: 0 + 1 + 1 + 1 + (n - 1) + 1, outs };
    }
    case "SEQ_OF_LEN": {
      const n = imm;
      const outs: number[] = [];
      outs.push(0);
      return { pops: 0 + 1, outs };
    }
    case "SEQ_UNPACK": {
      const n = imm;
      const outs: number[] = [];
      for (let i = 0; i < n; i++) outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "UNPACK_SEQUENCE": {
      const n = imm;
      const outs: number[] = [];
      for (let i = 0; i < n; i++) outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "UNPACK_EX": {
      const counts = imm;
      const outs: number[] = [];
      for (let i = 0; i < (counts & 0xff) + (counts >> 8) + 1; i++) outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "FORMAT_VALUE": {
      const flags = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + ((flags & 4) >> 2), outs };
    }
    case "GET_ITER": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "GET_YIELD_FROM_ITER": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "ITER_NEXT": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "SMALL_INT_ITER": {
      const outs: number[] = [];
      outs.push(0);
      return { pops: 0 + 1, outs };
    }
    case "SMALL_INT_ITER_NEXT": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "SEQ_ITER": {
      const outs: number[] = [];
      outs.push(0);
      return { pops: 0 + 1, outs };
    }
    case "SEQ_ITER_NEXT": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "SEND_TO": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "PUSH_EXC_INFO": {
      const outs: number[] = [];
      outs.push(-1);
      outs.push(0);
      return { pops: 0 + 1, outs };
    }
    case "POP_EXCEPT": {
      const outs: number[] = [];
      return { pops: 0 + 1, outs };
    }
    case "CHECK_EXC_MATCH": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "RAISE": {
      const n = imm;
      const outs: number[] = [];
      return { pops: 0 + n, outs };
    }
    case "RERAISE": {
      const n = imm;
      const outs: number[] = [];
      return { pops: 0 + n + 1, outs };
    }
    case "LOAD_ASSERTION_ERROR": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0, outs };
    }
    case "BEFORE_WITH": {
      const outs: number[] = [];
      outs.push(-1);
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "WITH_EXCEPT_START": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(0 + 1);
      outs.push(0 + 1 + 1);
      outs.push(0 + 1 + 1 + 1);
      outs.push(-1);
      return { pops: 0 + 1 + 1 + 1 + 1, outs };
    }
    case "IMPORT_NAME": {
      const name = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "IMPORT_FROM": {
      const name = imm;
      const outs: number[] = [];
      outs.push(0);
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "IMPORT_STAR": {
      const outs: number[] = [];
      return { pops: 0 + 1, outs };
    }
    case "SETUP_ANNOTATIONS": {
      const outs: number[] = [];
      return { pops: 0, outs };
    }
    case "PRINT_EXPR": {
      const outs: number[] = [];
      return { pops: 0 + 1, outs };
    }
    case "MATCH_MAPPING": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "MATCH_SEQUENCE": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "MATCH_KEYS": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(0 + 1);
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "MATCH_CLASS": {
      const n = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1 + 1, outs };
    }
    case "CHECK_EG_MATCH": {
      const outs: number[] = [];
      outs.push(-1);
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "PREP_RERAISE_STAR": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1 + 1, outs };
    }
    case "GET_AWAITABLE": {
      const where = imm;
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "GET_AITER": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "GET_ANEXT": {
      const outs: number[] = [];
      outs.push(0);
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "END_ASYNC_FOR": {
      const outs: number[] = [];
      return { pops: 0 + 1 + 1, outs };
    }
    case "BEFORE_ASYNC_WITH": {
      const outs: number[] = [];
      outs.push(-1);
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
    case "ASYNC_GEN_WRAP": {
      const outs: number[] = [];
      outs.push(-1);
      return { pops: 0 + 1, outs };
    }
  }
  throw new Error(`no stack effect for thin op ${id}`);
}
