// generated/opcodes.ts: the version table as TypeScript, and each opcode's status in the spec.
import { Spec } from "./model.js";
import { banner, format, render } from "./render.js";

export function opcodeStatus(spec: Spec, name: string): "defined" | "absorbed" | "unsupported" {
  return spec.fat.has(name) ? "defined" : spec.absorbed.has(name) ? "absorbed" : "unsupported";
}

export async function emitOpcodes(spec: Spec): Promise<string> {
  const v = spec.version;
  const maxOp = Math.max(...v.opcodes.map((o) => o.number));
  const byNumber = new Map(v.opcodes.map((o) => [o.number, o]));
  const names: string[] = [], caches: number[] = [], jumps: number[] = [];
  for (let i = 0; i <= 255; i++) {
    const o = byNumber.get(i);
    names.push(o ? o.name : `<${i}>`);
    caches.push(o ? o.cacheEntries : 0);
    jumps.push(!o || !o.jump ? 0 : o.jump === "forward" ? 1 : o.jump === "backward" ? 2 : 3);
  }
  void maxOp;
  const code = render("opcodes.hbs", {
    banner: banner([v.file, "spec/fat-ops.yaml"], "generator/emit-opcodes.ts"),
    version: v,
    opcodes: v.opcodes.map((o) => ({ ...o, status: opcodeStatus(spec, o.name) })),
    names,
    caches,
    jumps,
    binarySymbols: v.binaryOps.map(([sym]) => sym),
    unsupported: [...spec.unsupported].map(([name, u]) => ({ name, reason: u.reason })),
    superinstructions: spec.superinstructions.map((s) => ({ ...s, firstNumber: spec.fat.get(s.first)!.number, secondNumber: spec.fat.get(s.second)!.number })),
  });
  return format(code);
}
