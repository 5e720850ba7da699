// Properties of a thin op derived from its body's syntax tree (TypeScript's parser), never
// declared by hand and never re-derived at run time: every tier reads them from
// generated/thin-meta.ts. Modelled on CPython's Tools/cases_generator/analyzer.py, which derives
// "escapes", "deopt", "pure"… from the C body's tokens with a list of known-harmless helpers.
//
//   escapes    the body may run arbitrary Python code: it calls a runtime helper that is not on
//              the list below of helpers known not to call back into Python
//   raises     it may raise a Python exception (a `throw`, or a call of any helper not known to
//              be total)
//   allocates  it creates an object (`new rt.X(…)`)
//   writesLocals it assigns into the frame's locals (`locals[…] = …`, or a helper that does so
//              given `frame`)
//   usesFrame  it reads the frame, code object or locals at all
//   namesFrame it names the frame object itself (its fields, or handed to a helper), not only
//              its locals or code: the base interpreter stores the instruction in it first
//   pure       none of the above, and no control macro: its outputs depend only on its inputs
//              and immediates, so an optimiser may fold it when they are known
//   aliases    outputs assigned straight from an input (`top = bottom`): the output *is* that
//              input (same value, same facts)
import { ts } from "ts-morph";
import { expandMacros, MacroSet } from "./lower.js";
import { ThinOp } from "./model.js";

/** Runtime helpers (as written after `rt.`) that never call Python code. */
const NON_ESCAPING = new Set([
  "O.intBinary", "O.floatBinary", "O.floatMixedBinary", "popcount4", "unboundLocal", "unboundFree", "listIndexError",
  "listAssignIndexError", "tupleIndexError", "isOp", "numberCompare", "cachedGlobal",
  "loadAttrInstance", "instanceAttr", "mathDomainError", "strLength", "cachedModuleAttr", "mathUnary",
]);
/** Runtime helpers that, handed the frame, rebind its fast locals. Other helpers handed the frame
 *  read it (globals, builtins, code, kwnames) or write its name dicts: Python code cannot
 *  rebind a function's fast locals in 3.11 (locals() and frame.f_locals are snapshots). */
const FRAME_LOCAL_WRITERS = new Set(["copyFreeVars"]);
/** Of those, the ones that cannot raise either. */
const TOTAL = new Set(["popcount4", "isOp", "numberCompare", "cachedGlobal", "loadAttrInstance", "instanceAttr", "strLength", "cachedModuleAttr"]);

export interface OpProperties {
  escapes: boolean;
  raises: boolean;
  allocates: boolean;
  writesLocals: boolean;
  usesFrame: boolean;
  namesFrame: boolean;
  pure: boolean;
  /** output name → the input it is assigned from, for outputs that are a plain copy */
  aliases: Map<string, string>;
}

// The control macros as plain statements, so the body parses as a function body.
const ANALYSIS_MACROS: MacroSet = {
  jump: (t) => `__control(${t});`,
  return: (v) => `__control(${v});`,
  yield: (v) => `__control(${v});`,
  suspend: () => `__control();`,
  // running a callee is a call into Python code, as rt.callFromStack is
  call: (callee, out) => `${out} = rt.runPushedFrame(${callee})`,
};

/** `rt.a.b` → "a.b"; anything not rooted at `rt` → null. */
function rtPath(e: ts.Expression): string | null {
  const parts: string[] = [];
  let cur: ts.Expression = e;
  while (ts.isPropertyAccessExpression(cur)) {
    parts.unshift(cur.name.text);
    cur = cur.expression;
  }
  return ts.isIdentifier(cur) && cur.text === "rt" && parts.length > 0 ? parts.join(".") : null;
}

export function analyzeBody(op: ThinOp): OpProperties {
  const text = `function __op() {\n${expandMacros(op.body, ANALYSIS_MACROS, "")}\n}`;
  const file = ts.createSourceFile("body.ts", text, ts.ScriptTarget.ES2022, true);
  const inputs = new Set(op.stack.inputs.filter((i) => i.name !== "unused").map((i) => i.name));
  const p: OpProperties = { escapes: false, raises: false, allocates: false, writesLocals: false, usesFrame: false, namesFrame: false, pure: false, aliases: new Map() };
  let control = false;
  const assigned = new Map<string, number>();
  const visit = (n: ts.Node): void => {
    if (ts.isThrowStatement(n)) p.raises = true;
    if (ts.isNewExpression(n)) p.allocates = true;
    if (ts.isIdentifier(n) && (n.text === "frame" || n.text === "code" || n.text === "locals")) {
      p.usesFrame = true;
      if (n.text === "frame") p.namesFrame = true;
      // a helper handed the frame that rebinds its locals
      if (n.text === "frame" && ts.isCallExpression(n.parent) && n.parent.arguments.includes(n) && FRAME_LOCAL_WRITERS.has(rtPath(n.parent.expression) ?? "")) p.writesLocals = true;
    }
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      if (ts.isIdentifier(callee) && callee.text === "__control") control = true;
      const path = rtPath(callee);
      if (path !== null) {
        if (!NON_ESCAPING.has(path)) p.escapes = true;
        if (!TOTAL.has(path)) p.raises = true;
      }
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = n.left;
      if (ts.isElementAccessExpression(target) && ts.isIdentifier(target.expression) && target.expression.text === "locals") p.writesLocals = true;
      if (ts.isIdentifier(target)) {
        assigned.set(target.text, (assigned.get(target.text) ?? 0) + 1);
        if (ts.isIdentifier(n.right) && inputs.has(n.right.text)) p.aliases.set(target.text, n.right.text);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  // an alias only counts when it is the output's one assignment
  for (const [out] of p.aliases) if ((assigned.get(out) ?? 0) !== 1) p.aliases.delete(out);
  if (p.escapes) p.raises = true;
  p.pure = !p.escapes && !p.raises && !p.allocates && !p.usesFrame && !control;
  return p;
}

/** Whether the op is a case of the trace interpreters' loop: hot, and it cannot run Python code
 *  (the others run through execThin). */
export function inTraceLoop(op: ThinOp): boolean {
  return op.hot && !op.props.escapes;
}
