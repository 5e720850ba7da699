// Where an exit leaves the frame without running the rest of its fat op (steps.ts staticResume),
// on the continuations the spec's decompositions give.
import { describe, expect, it } from "vitest";
import { DECOMPOSITIONS, IF, OP, RStep } from "../../generated/recorder-tables.js";
import { Thin } from "../../generated/thin-ops.js";
import { staticResume } from "../../runtime/tracing/steps.js";
import { Opcode } from "../../generated/opcodes.js";

/** the steps of `opname`'s decomposition on the given branch of its first IF */
function branch(opname: string, which: "then" | "else"): readonly RStep[] {
  const d = DECOMPOSITIONS[Opcode[opname as keyof typeof Opcode]]!;
  const s = d.find((x) => x.k === IF)!;
  return (s as Extract<RStep, { k: typeof IF }>)[which];
}

describe("staticResume", () => {
  it("resumes at the next instruction when nothing is left of the fat op", () => {
    expect(staticResume([[], []], 0, 17)).toEqual({ ip: 17, pops: 0 });
    expect(staticResume([], 0, 17)).toEqual({ ip: 17, pops: 0 });
  });
  it("takes a forward jump and a loop's back-edge as jumps to their target", () => {
    expect(staticResume([branch("POP_JUMP_FORWARD_IF_TRUE", "then")], 40, 9)).toEqual({ ip: 40, pops: 0 });
    expect(staticResume([branch("POP_JUMP_BACKWARD_IF_TRUE", "then")], 5, 9)).toEqual({ ip: 5, pops: 0 });
  });
  it("counts the values dropped before the jump", () => {
    const pop: RStep = { k: OP, op: Thin.POP, imm: () => 0 };
    const jump: RStep = { k: OP, op: Thin.JUMP, imm: (o) => o + 1 };
    expect(staticResume([[pop, pop, jump], []], 30, 9)).toEqual({ ip: 31, pops: 2 });
    expect(staticResume([[], [pop, jump]], 30, 9)).toEqual({ ip: 31, pops: 1 });
  });
  it("needs the steps run when they do more than drop values and jump", () => {
    const pop: RStep = { k: OP, op: Thin.POP, imm: () => 0 };
    expect(staticResume([[pop], []], 0, 9)).toBeNull();
    expect(staticResume([[{ k: OP, op: Thin.LOAD_CONST, imm: () => 0 }, { k: OP, op: Thin.JUMP, imm: () => 3 }]], 0, 9)).toBeNull();
    expect(staticResume([DECOMPOSITIONS[Opcode.JUMP_IF_TRUE_OR_POP]!], 12, 9)).toBeNull();
  });
});
