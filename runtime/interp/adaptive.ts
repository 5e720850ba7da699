// The adaptive counters of the base interpreter's specialised families (spec/fat-ops.yaml
// `families`, generated into generated/base-interpreter.ts): CPython 3.12's scheme. Each
// instruction has a 16-bit counter, a 12-bit count above a 4-bit back-off exponent. A generic op
// counts down on each run; at zero it tries to specialise: on success the instruction is
// quickened to the form and the counter set to a cool-down (misses of the form run the generic
// op, which counts down again and re-specialises at zero); on failure the counter restarts at
// 2^backoff - 1 with the exponent one higher (at most 12), so a site that cannot be
// specialised is retried ever more rarely.
// The quickened opcodes live in code.quick, never in code.ops: the trace recorder and every
// other reader of the bytecode see the generic ops.
import type { PyCode } from "../objects/core.js";
import { SUPERINSTRUCTIONS } from "../../generated/opcodes.js";
import type { Slot } from "./frame.js";

const BACKOFF_BITS = 4;
const MAX_BACKOFF = 12;
/** a fresh instruction specialises on its second run (value 1, back-off 1) */
export const WARMUP = (1 << BACKOFF_BITS) | 1;
/** misses a specialised instruction may run (through the generic op) before re-specialising */
export const COOLDOWN = 52 << BACKOFF_BITS;
/** the counter's value part is zero */
export const COUNTER_ONE = 1 << BACKOFF_BITS;

/** The quickened stream and counters of a code object (made when it is decoded). */
export function initQuickening(code: PyCode): void {
  code.quick = code.ops.slice();
  const n = code.ops.length;
  const ins = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) {
    ins[2 * i] = code.args[i];
    ins[2 * i + 1] = code.ops[i] | (code.nexts[i] << 8);
  }
  code.ins = ins;
  code.warm = new Uint16Array(code.ops.length).fill(WARMUP);
  code.caches = null;
  pairInstructions(code);
}

/** first opcode << 8 | second opcode → the superinstruction running both (0: none) */
const PAIRED = new Uint8Array(1 << 16);
for (const [first, second, op] of SUPERINSTRUCTIONS) PAIRED[(first << 8) | second] = op;

/** Quickens each instruction that, with the one after it, makes a superinstruction (CPython
 *  3.11's _PyCode_Quicken): static, once, since the ops paired need no warm-up. The second
 *  instruction keeps its own op, so a jump to it runs it alone; in a run of three LOAD_FASTs
 *  the first two are paired and the third runs alone (the second is paired with the third, for
 *  a jump that lands on it). */
function pairInstructions(code: PyCode): void {
  if (SUPERINSTRUCTIONS.length === 0) return;
  const { ops, nexts, quick } = code;
  const n = ops.length;
  for (let i = 0; i < n; ) {
    const j = nexts[i];
    if (j >= n) break;
    const op = PAIRED[(ops[i] << 8) | ops[j]];
    if (op !== 0) {
      quick[i] = op;
      setQuick(code, i, op);
    }
    i = j;
  }
}

/** Rewrites the instruction at `lasti` to form `op` with its cache entry. */
export function quicken(code: PyCode, lasti: number, op: number, cache: object): void {
  (code.caches ??= new Array(code.ops.length))[lasti] = cache;
  code.quick[lasti] = op;
  setQuick(code, lasti, op);
  code.warm[lasti] = COOLDOWN;
}

function setQuick(code: PyCode, lasti: number, op: number): void {
  code.ins[2 * lasti + 1] = (code.ins[2 * lasti + 1] & ~255) | op;
}

/** No form fits: back to the generic op, retried after an exponentially longer wait. */
export function backOff(code: PyCode, lasti: number): void {
  code.quick[lasti] = code.ops[lasti];
  setQuick(code, lasti, code.ops[lasti]);
  const backoff = Math.min((code.warm[lasti] & ((1 << BACKOFF_BITS) - 1)) + 1, MAX_BACKOFF);
  code.warm[lasti] = (((1 << backoff) - 1) << BACKOFF_BITS) | backoff;
}

/** For output arrays of a form of one item that is CPython's NULL (LOAD_GLOBAL's `oparg & 1`). */
export const ONE_NULL: readonly Slot[] = [null];
