// Parses and type-checks every thin-op body (ts-morph), reporting problems at their place in
// the spec file rather than in generated code.
import { join } from "node:path";
import { Project, ts } from "ts-morph";
import { Pos, Spec, SpecError, ThinOp } from "./model.js";
import { expandMacros, MacroSet } from "./lower.js";

// Control macros spelled so the body type-checks in a plain function.
const CHECK_MACROS: MacroSet = {
  jump: (t) => `{ void (${t}); return; }`,
  return: (v) => `{ void (${v}); return; }`,
  yield: (v) => `{ void (${v}); return; }`,
  suspend: () => `void 0`,
  call: (callee, out) => `${out} = rt.runPushedFrame(${callee})`,
};

const HEADER = [
  `import type { PyCell, PyCode, PyDict, PyFloat, PyList, PyNativeIterator, PyObject, PyTuple } from "../runtime/objects/core.js";`,
  `import type { Frame, Slot } from "../runtime/interp/frame.js";`,
  `import * as rt from "../runtime/interp/support.js";`,
  `declare const frame: Frame;`,
  `declare const code: PyCode;`,
  `declare const locals: (PyObject | undefined)[];`,
  `export {};`,
];

interface Placed {
  op: ThinOp;
  firstLine: number; // 1-based line of the body in the check file
  lineCount: number;
}

function wrapper(op: ThinOp): { pre: string[]; body: string[]; post: string[] } {
  const pre: string[] = [`export function __check_${op.name}(): void {`];
  for (const n of op.imm) pre.push(`  const ${n}: number = 0 as number;`);
  const inputs = new Set<string>();
  for (const i of op.stack.inputs) {
    if (i.name === "unused") continue;
    inputs.add(i.name);
    if (i.view) pre.push(`  const ${i.name} = undefined as unknown as readonly ${i.type}[];`, `  const ${i.name}_at: number = 0 as number;`);
    else pre.push(`  const ${i.name} = undefined as unknown as ${i.size ? `${i.type}[]` : i.type};`);
  }
  const outs: string[] = [];
  for (const o of op.stack.outputs) {
    if (o.name === "unused" || inputs.has(o.name)) continue;
    pre.push(`  let ${o.name}: ${o.size ? `${o.type}[]` : o.type};`);
    outs.push(o.name);
  }
  if (op.kind === "predicate") {
    pre.push(`  let cond: boolean;`);
    outs.push("cond");
  }
  const body = expandMacros(op.body, CHECK_MACROS, "").split("\n");
  const post = [`  void [${[...inputs, ...outs].join(", ")}];`, `}`];
  return { pre, body, post };
}

export function checkBodies(spec: Spec, root: string): void {
  const lines = [...HEADER];
  const placed: Placed[] = [];
  for (const op of spec.thin.values()) {
    const w = wrapper(op);
    lines.push(...w.pre);
    placed.push({ op, firstLine: lines.length + 1, lineCount: w.body.length });
    lines.push(...w.body, ...w.post);
  }
  const project = new Project({
    compilerOptions: {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      noEmit: true,
      types: ["node"],
    },
    skipAddingFilesFromTsConfig: true,
  });
  const file = project.createSourceFile(join(root, "generated", "__spec_check__.ts"), lines.join("\n"), { overwrite: true });
  const syntactic = project.getProgram().compilerObject.getSyntacticDiagnostics(file.compilerNode);
  const diags = syntactic.length > 0 ? syntactic : project.getProgram().compilerObject.getSemanticDiagnostics(file.compilerNode);
  for (const d of diags) {
    if (d.start === undefined) continue;
    const { line, character } = file.compilerNode.getLineAndCharacterOfPosition(d.start);
    const l1 = line + 1;
    const msg = ts.flattenDiagnosticMessageText(d.messageText, " ");
    const hit = placed.find((p) => l1 >= p.firstLine && l1 < p.firstLine + Math.max(p.lineCount, 1) + 1);
    if (!hit) throw new SpecError({ file: "spec/thin-ops.yaml", line: 1, col: 1 }, `body check: ${msg}`);
    const rel = l1 - hit.firstLine;
    const pos: Pos = rel >= hit.lineCount
      ? hit.op.pos
      : { file: hit.op.bodyPos.file, line: hit.op.bodyPos.line + rel, col: (rel === 0 ? hit.op.bodyPos.col : hit.op.bodyPos.col) + character };
    throw new SpecError(pos, `thin op ${hit.op.name}: ${msg}`);
  }
}
