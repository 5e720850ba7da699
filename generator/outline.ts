// Out-of-line op bodies for the generated interpreters' dispatch functions.
//
// Why: V8's optimising compiler (TurboFan) compiles a function whole, and compiles it again
// after every deoptimisation — which an interpreter's dispatch function meets each time the
// program reaches an op whose code had not run before the last compile ("insufficient type
// feedback"). With every op's whole body in one switch, the base interpreter's `execute` was
// 22 kB of bytecode with a 5.4 kB stack frame, and each compile took 0.2–0.65 s of CPU: most of
// the CPU of a short program went to compiling it again and again. A large body that may leave
// its case only by falling through (or by throwing) is emitted as a function of its own instead,
// called from the case: the dispatch function stays small, a cold body is compiled only if it
// gets hot, and its deoptimisations recompile only itself.
//
// Contract:
//  - A body is moved out only when its syntax tree (TypeScript's parser, as generator/analyze.ts)
//    shows that it leaves the case by falling through or throwing, never by `return`, `continue`
//    or a `break` to a label or loop outside it (its own case label excepted: that break ends
//    the function's labelled block as it ends the case);
//  - it assigns no variable of the dispatch function but `sp`, which the function returns;
//  - it declares no name that would shadow one of the dispatch function's variables;
//  - the dispatch function's variables it reads become its parameters, with their types.
//  A body that fails a condition stays inline; so does one shorter than the size limit, where
//  a call would cost more than the body's code.
import { ts } from "ts-morph";

/** The base interpreter's `execute` variables an op body may use, with their types. */
export const BASE_DISPATCH_VARS: ReadonlyMap<string, string> = new Map([
  ["frame", "Frame"],
  ["entry", "Frame"],
  ["code", "PyCode"],
  ["quick", "PyCode[\"quick\"]"],
  ["warm", "PyCode[\"warm\"]"],
  ["args", "PyCode[\"args\"]"],
  ["nexts", "PyCode[\"nexts\"]"],
  ["stack", "Slot[]"],
  ["locals", "Frame[\"localsplus\"]"],
  ["ip", "number"],
  ["sp", "number"],
  ["pending", "PyObject | null"],
  ["lasti", "number"],
  ["executed", "number"],
  ["entering", "Frame | null"],
  ["returning", "PyObject | null"],
  ["oparg", "number"],
]);

const SP_ONLY: ReadonlySet<string> = new Set(["sp"]);

/** What the syntax tree says about a case body. */
export interface BodyScope {
  /** dispatch variables the body reads or writes, in the order of the variable table */
  uses: string[];
  /** dispatch variables it assigns */
  writes: string[];
  /** why it cannot move out of line, or null */
  pinned: string | null;
}

const ASSIGNMENT_OPERATORS = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.PlusEqualsToken,
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken,
  ts.SyntaxKind.PercentEqualsToken,
  ts.SyntaxKind.AmpersandEqualsToken,
  ts.SyntaxKind.BarEqualsToken,
  ts.SyntaxKind.CaretEqualsToken,
  ts.SyntaxKind.LessThanLessThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.AmpersandAmpersandEqualsToken,
]);

/** Whether identifier `n` names a variable (not a property, label, or type). */
function isReference(n: ts.Identifier): boolean {
  const p = n.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === n) return false;
  if (ts.isQualifiedName(p) && p.right === n) return false;
  if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p)) && p.name === n) return false;
  if (ts.isLabeledStatement(p) || ts.isBreakStatement(p) || ts.isContinueStatement(p)) return false;
  if (ts.isTypeReferenceNode(p) || ts.isTypeQueryNode(p) || ts.isExpressionWithTypeArguments(p)) return false;
  return true;
}

/** Whether `n` is written by its parent expression (`n = …`, `n += …`, `n++`, `--n`). */
function isWritten(n: ts.Node): boolean {
  const p = n.parent;
  if (ts.isBinaryExpression(p) && p.left === n && ASSIGNMENT_OPERATORS.has(p.operatorToken.kind)) return true;
  if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)) return true;
  return false;
}

function isFunctionBoundary(n: ts.Node): boolean {
  return ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n);
}

/** Whether an unlabelled `break` (or `continue`, when `loopOnly`) at `n` stays inside the body. */
function hasInnerTarget(n: ts.Node, root: ts.Node, loopOnly: boolean): boolean {
  for (let a = n.parent; a !== root && !isFunctionBoundary(a); a = a.parent) {
    if (ts.isIterationStatement(a, false)) return true;
    if (!loopOnly && ts.isSwitchStatement(a)) return true;
  }
  return false;
}

/**
 * The scope facts of a case body `code` whose own label is `label`, against the dispatch
 * function's variables `vars`.
 */
export function scopeOfBody(code: string, label: string, vars: ReadonlyMap<string, string>, writable: ReadonlySet<string> = SP_ONLY): BodyScope {
  const text = `function __case() {\n${label}: {\n${code}\n}\n}`;
  const file = ts.createSourceFile("case.ts", text, ts.ScriptTarget.ES2022, true);
  const fn = file.statements[0] as ts.FunctionDeclaration;
  const root = fn.body!.statements[0]!;
  const used = new Set<string>();
  const written = new Set<string>();
  const labels = new Set<string>();
  let pinned: string | null = null;
  const pin = (why: string): void => {
    pinned ??= why;
  };
  const collectLabels = (n: ts.Node): void => {
    if (ts.isLabeledStatement(n)) labels.add(n.label.text);
    ts.forEachChild(n, collectLabels);
  };
  collectLabels(root);
  const visit = (n: ts.Node, inNested: boolean): void => {
    if (ts.isIdentifier(n) && vars.has(n.text)) {
      const p = n.parent;
      const declares =
        ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isBindingElement(p) || ts.isFunctionDeclaration(p)) && p.name === n) ||
        (ts.isFunctionExpression(p) && p.name === n);
      if (declares) pin(`declares ${n.text}`);
      else if (isReference(n)) {
        used.add(n.text);
        if (isWritten(n)) {
          written.add(n.text);
          if (inNested) pin(`assigns ${n.text} in a nested function`);
        }
      }
    }
    if (!inNested) {
      if (ts.isReturnStatement(n)) pin("returns");
      if (ts.isContinueStatement(n) && (n.label ? !labels.has(n.label.text) : !hasInnerTarget(n, root, true))) pin("continues an outer loop");
      if (ts.isBreakStatement(n) && (n.label ? !labels.has(n.label.text) : !hasInnerTarget(n, root, false))) pin("breaks out of the case");
      if (ts.isYieldExpression(n) || ts.isAwaitExpression(n)) pin("suspends");
    }
    ts.forEachChild(n, (c) => visit(c, inNested || isFunctionBoundary(n)));
  };
  visit(root, false);
  for (const w of written) if (!writable.has(w)) pin(`assigns ${w}`);
  const order = [...vars.keys()];
  return { uses: order.filter((v) => used.has(v)), writes: order.filter((v) => written.has(v)), pinned };
}

/** A body moved out of line: the function to emit, and the statement the case runs instead. */
export interface OutlinedBody {
  fn: string;
  call: string;
}

/**
 * `code` (a case body labelled `label`) as a function named `name`, or null when it must stay
 * inline (see the contract at the top) or is shorter than `minChars`.
 */
export function outlineBody(code: string, label: string, name: string, vars: ReadonlyMap<string, string>, minChars: number): OutlinedBody | null {
  if (code.length < minChars) return null;
  const scope = scopeOfBody(code, label, vars);
  if (scope.pinned !== null) return null;
  const params = scope.uses.map((v) => `${v}: ${vars.get(v)}`).join(", ");
  const args = scope.uses.join(", ");
  const returnsSp = scope.writes.includes("sp");
  const fn = `function ${name}(${params}): ${returnsSp ? "number" : "void"} {\n${label}: {\n${code}\n}\n${returnsSp ? "return sp;\n" : ""}}`;
  return { fn, call: returnsSp ? `sp = ${name}(${args});` : `${name}(${args});` };
}

// Cold ops (those the spec does not mark hot): each runs as a function of its own, called
// through a table from the dispatch function's `default:`, so the dispatch function holds only
// the hot ops and reaching a cold op for the first time deoptimises (and later recompiles) that
// op's small function, not the whole dispatch loop. The contract is the outlined bodies' one,
// with the frame as the only channel for the dispatch function's variables: the call site
// stores them in the frame before the call and reloads them after (`ColdShape.stores`), so the
// body
//  - may read only its parameters and the dispatch variables `derive` rebuilds from the frame;
//  - may assign only the variables the frame carries back (`stores`) and the one it returns.

/** The signature of a dispatch function's cold op functions. */
export interface ColdShape {
  /** parameters, besides `frame: Frame` (first), with their types */
  params: readonly [string, string][];
  /** how the function rebuilds each other dispatch variable it reads */
  derive: ReadonlyMap<string, string>;
  /** the variables it may assign that go back through the frame: name -> frame field */
  stores: ReadonlyMap<string, string>;
  /** the variable it returns (assignable too): name, type, initial value; or null (void) */
  returns: [string, string, string] | null;
}

/** The base interpreter's cold ops: `(frame, oparg) => void`; `execute` passes sp, ip, lasti. */
export const BASE_COLD: ColdShape = {
  params: [["oparg", "number"]],
  derive: new Map([
    ["code", "frame.code"],
    ["quick", "frame.code.quick"],
    ["warm", "frame.code.warm"],
    ["args", "frame.code.args"],
    ["nexts", "frame.code.nexts"],
    ["stack", "frame.stack"],
    ["locals", "frame.localsplus"],
    ["ip", "frame.ip"],
    ["sp", "frame.sp"],
    // a loop's back-edge may move it (a trace ran the frame on)
    ["lasti", "frame.lasti"],
  ]),
  stores: new Map([
    ["ip", "ip"],
    ["sp", "sp"],
    ["lasti", "lasti"],
    // a back-edge reads them again after the frame's arrays were renewed (frame.ts renewDue)
    ["stack", "stack"],
    ["locals", "localsplus"],
  ]),
  returns: null,
};

/**
 * `code` (a case body labelled `label`) as a cold op function named `name` of signature
 * `shape`, or why it cannot be one (see the contract above).
 */
export function coldBody(code: string, label: string, name: string, vars: ReadonlyMap<string, string>, shape: ColdShape): { fn: string } | { pinned: string } {
  const writable = new Set([...shape.stores.keys(), ...(shape.returns ? [shape.returns[0]] : [])]);
  const scope = scopeOfBody(code, label, vars, writable);
  if (scope.pinned !== null) return { pinned: scope.pinned };
  const params = new Set(["frame", ...shape.params.map(([p]) => p)]);
  const lets: string[] = [];
  for (const v of scope.uses) {
    if (params.has(v)) continue;
    if (shape.returns !== null && v === shape.returns[0]) continue;
    const from = shape.derive.get(v);
    if (from === undefined) return { pinned: `uses ${v}` };
    lets.push(`${scope.writes.includes(v) ? "let" : "const"} ${v}: ${vars.get(v)} = ${from};`);
  }
  if (shape.returns !== null) lets.push(`let ${shape.returns[0]}: ${shape.returns[1]} = ${shape.returns[2]};`);
  const stores = scope.writes.filter((v) => shape.stores.has(v)).map((v) => `frame.${shape.stores.get(v)} = ${v};`);
  const ret = shape.returns !== null ? `return ${shape.returns[0]};\n` : "";
  const sig = [["frame", "Frame"], ...shape.params].map(([p, t]) => `${p}: ${t}`).join(", ");
  return { fn: `function ${name}(${sig}): ${shape.returns?.[1] ?? "void"} {\n${lets.join("\n")}\n${label}: {\n${code}\n}\n${stores.join("\n")}\n${ret}}` };
}

/** execThin's cold ops: `(frame, imm0) => boolean` (a predicate's condition); sp and ip go back
 *  through the frame, as execThin leaves them. */
export const THIN_COLD: ColdShape = {
  params: [["imm0", "number"]],
  derive: new Map([
    ["code", "frame.code"],
    ["stack", "frame.stack"],
    ["locals", "frame.localsplus"],
    ["sp", "frame.sp"],
    ["ip", "frame.ip"],
  ]),
  stores: new Map([
    ["sp", "sp"],
    ["ip", "ip"],
  ]),
  returns: ["result", "boolean", "false"],
};
