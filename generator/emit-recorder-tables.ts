// generated/recorder-tables.ts: each fat op's decomposition as data, for the trace recorder
// (which follows it on real values, turning predicates into guards) and for trace exits (which
// finish an interrupted fat op along the other branch).
import { OpCall, Spec, Step } from "./model.js";
import { banner, format } from "./render.js";
import { thinIds } from "./emit-thin-ops.js";

function immFn(spec: Spec, call: OpCall): string {
  const op = spec.thin.get(call.op)!;
  if (op.imm.length === 0) return "NO_IMM";
  return `(oparg: number) => ${call.args.get(op.imm[0])}`;
}

function steps(spec: Spec, ids: Map<string, number>, list: Step[]): string {
  return `[${list.map((s) => step(spec, ids, s)).join(", ")}]`;
}

function step(spec: Spec, ids: Map<string, number>, s: Step): string {
  switch (s.kind) {
    case "op":
      return `{ k: OP, op: ${ids.get(s.call.op)} /* ${s.call.op} */, imm: ${immFn(spec, s.call)} }`;
    case "if":
      return `{ k: IF, op: ${ids.get(s.pred.op)} /* ${s.pred.op} */, imm: ${immFn(spec, s.pred)}, then: ${steps(spec, ids, s.then)}, else: ${steps(spec, ids, s.else)} }`;
    case "when":
      return `{ k: WHEN, test: (oparg: number) => Boolean(${s.expr}), then: ${steps(spec, ids, s.then)}, else: ${steps(spec, ids, s.else)} }`;
    case "switch":
      return `{ k: SWITCH, select: (oparg: number) => ${s.expr}, cases: new Map<number, RStep[]>([${s.cases
        .map((c) => `[${c.key}, ${steps(spec, ids, c.steps)}]`)
        .join(", ")}]), default: ${steps(spec, ids, s.default)} }`;
  }
}

export async function emitRecorderTables(spec: Spec): Promise<string> {
  const ids = thinIds(spec);
  const byNumber = new Map([...spec.fat.values()].map((f) => [f.number, f]));
  const rows: string[] = [];
  for (let n = 0; n < 256; n++) {
    const f = byNumber.get(n);
    rows.push(f ? `/* ${n} ${f.name} */ ${steps(spec, ids, f.steps)}` : "null");
  }
  const code = `${banner(["spec/fat-ops.yaml", "spec/thin-ops.yaml"], "generator/emit-recorder-tables.ts")}
// Each fat op's decomposition as data, indexed by opcode number (null: absorbed/unsupported).
import type { Thin } from "./thin-ops.js";

export const OP = 0, IF = 1, WHEN = 2, SWITCH = 3;
export type RStep =
  | { k: 0; op: Thin; imm: (oparg: number) => number }
  | { k: 1; op: Thin; imm: (oparg: number) => number; then: RStep[]; else: RStep[] }
  | { k: 2; test: (oparg: number) => boolean; then: RStep[]; else: RStep[] }
  | { k: 3; select: (oparg: number) => number; cases: Map<number, RStep[]>; default: RStep[] };

const NO_IMM = (): number => 0;

export const DECOMPOSITIONS: readonly (readonly RStep[] | null)[] = [
${rows.join(",\n")}
] as unknown as readonly (readonly RStep[] | null)[];
`;
  return format(code);
}
