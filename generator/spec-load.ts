// Reads spec/*.yaml into the model, keeping the position of every entry for error messages.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { Document, isAlias, isMap, isScalar, isSeq, LineCounter, Node, parseDocument, Scalar, YAMLMap } from "yaml";
import { Checked, Control, Family, Fused, FatOp, Form, FormCode, Kind, Move, OpCall, Pair, Pos, Rule, Spec, SpecError, SpecialiseSpec, Step, Superinstruction, ThinOp, VersionTable } from "./model.js";
import { analyzeBody } from "./analyze.js";
import { parseStackEffect } from "./stack-effect.js";

interface Source {
  file: string;
  lines: LineCounter;
  text: string;
  doc?: Document;
}

function posOf(src: Source, node: Node | null | undefined): Pos {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = src.lines.linePos(offset);
  return { file: src.file, line, col };
}

function load(path: string, root: string): { src: Source; doc: ReturnType<typeof parseDocument> } {
  const text = readFileSync(path, "utf8");
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, merge: true, uniqueKeys: true });
  const src: Source = { file: relative(root, path).split("\\").join("/"), lines, text, doc };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const { line, col } = lines.linePos(e.pos[0]);
    throw new SpecError({ file: src.file, line, col }, e.message.split("\n")[0]);
  }
  return { src, doc };
}

function entries(src: Source, node: unknown, what: string): [string, Node, Pos][] {
  if (!isMap(node)) throw new SpecError(posOf(src, node as Node), `${what} must be a mapping`);
  return (node as YAMLMap).items.map((pair) => {
    const key = pair.key as Scalar;
    return [String(key.value), pair.value as Node, posOf(src, key)];
  });
}

function scalarString(src: Source, node: Node | undefined, what: string, pos: Pos): string {
  if (node === undefined || node === null) return "";
  if (!isScalar(node)) throw new SpecError(posOf(src, node) ?? pos, `${what} must be a string`);
  return node.value === null ? "" : String(node.value);
}

const CONTROL_MACROS: [RegExp, Control][] = [
  [/\$jump\(/, "jump"],
  [/\$backedge\(/, "jump"],
  [/\$return\(/, "return"],
  [/\$yield\(/, "yield"],
  [/\$suspend\(/, "suspend"],
  [/\$call\(/, "call"],
];

/** Where the text of a scalar starts: the line after a `|`/`>` indicator, else the scalar itself. */
function bodyStart(src: Source, node: Node | undefined, fallback: Pos): Pos {
  if (!node || !node.range) return fallback;
  const p = posOf(src, node);
  const at = src.text[node.range[0]];
  if (at === "|" || at === ">") {
    const lineStart = src.lines.lineStarts[p.line]; // next line (lineStarts is 0-based)
    let col = 1;
    while (lineStart !== undefined && src.text[lineStart + col - 1] === " ") col++;
    return { file: src.file, line: p.line + 1, col };
  }
  const quoted = at === '"' || at === "'";
  return { file: src.file, line: p.line, col: p.col + (quoted ? 1 : 0) };
}

function loadThinOps(src: Source, root: unknown): Map<string, ThinOp> {
  const ops = new Map<string, ThinOp>();
  for (const [name, node, pos] of entries(src, root, "thin-ops.yaml")) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(name)) throw new SpecError(pos, `thin op name '${name}' must be UPPER_CASE`);
    const fields = new Map(entries(src, node, `thin op ${name}`).map(([k, v, p]) => [k, { v, p }]));
    for (const [k, { p }] of fields)
      if (!["stack", "imm", "kind", "result", "body", "doc", "hot"].includes(k)) throw new SpecError(p, `unknown field '${k}' in thin op ${name}`);
    const stackF = fields.get("stack");
    if (!stackF) throw new SpecError(pos, `thin op ${name} has no stack effect`);
    const stack = parseStackEffect(scalarString(src, stackF.v, "stack", stackF.p), posOf(src, stackF.v));
    const immF = fields.get("imm");
    let imm: string[] = [];
    if (immF) {
      if (!isSeq(immF.v)) throw new SpecError(immF.p, "imm must be a list of names");
      imm = immF.v.items.map((i) => String((i as Scalar).value));
    }
    const kind = scalarString(src, fields.get("kind")?.v, "kind", pos) || "op";
    if (kind !== "op" && kind !== "predicate") throw new SpecError(fields.get("kind")!.p, `kind must be 'op' or 'predicate', not '${kind}'`);
    const bodyF = fields.get("body");
    if (!bodyF) throw new SpecError(pos, `thin op ${name} has no body`);
    const body = scalarString(src, bodyF.v, "body", bodyF.p);
    const controls = new Set<Control>();
    for (const [re, c] of CONTROL_MACROS) if (re.test(body)) controls.add(c);
    const hotF = fields.get("hot");
    if (hotF && !(isScalar(hotF.v) && typeof hotF.v.value === "boolean")) throw new SpecError(posOf(src, hotF.v) ?? hotF.p, `hot must be true or false`);
    const op: ThinOp = {
      name,
      pos,
      doc: scalarString(src, fields.get("doc")?.v, "doc", pos),
      stack,
      imm,
      kind,
      result: scalarString(src, fields.get("result")?.v, "result", pos) || null,
      body,
      bodyPos: bodyStart(src, bodyF.v, bodyF.p),
      controls,
      escapes: false,
      hot: hotF !== undefined && (hotF.v as Scalar).value === true,
      props: undefined as never,
    };
    op.props = analyzeBody(op);
    op.escapes = op.props.escapes;
    ops.set(name, op);
  }
  return ops;
}

const CALL = /^([A-Z][A-Z0-9_]*)(?:\((.*)\))?$/;

function parseCall(src: Source, node: Node, text: string): OpCall {
  const pos = posOf(src, node);
  const m = CALL.exec(text.trim());
  if (!m) throw new SpecError(pos, `bad thin-op reference '${text}' (expected NAME or NAME(imm=expr, …))`);
  const args = new Map<string, string>();
  if (m[2] !== undefined && m[2].trim() !== "") {
    for (const part of m[2].split(",")) {
      const eq = part.indexOf("=");
      if (eq < 0) throw new SpecError(pos, `immediate '${part.trim()}' must be written name=expr`);
      args.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    }
  }
  return { op: m[1], args, pos };
}

function parseSteps(src: Source, node: Node | undefined, binaryOps: Map<string, number>): Step[] {
  if (node === undefined || node === null) return [];
  if (isAlias(node) && src.doc) node = node.resolve(src.doc) as Node;
  if (!isSeq(node)) throw new SpecError(posOf(src, node), "a decomposition must be a list");
  return node.items.map((item) => parseStep(src, item as Node, binaryOps));
}

function parseStep(src: Source, node: Node, binaryOps: Map<string, number>): Step {
  const pos = posOf(src, node);
  if (isScalar(node)) return { kind: "op", call: parseCall(src, node, String(node.value)) };
  if (!isMap(node)) throw new SpecError(pos, "a step is a thin op, or a mapping with if/when/switch");
  const f = new Map(entries(src, node, "step").map(([k, v, p]) => [k, { v, p }]));
  const get = (k: string) => f.get(k)?.v;
  if (f.has("if")) {
    const predNode = get("if")!;
    return {
      kind: "if",
      pred: parseCall(src, predNode, String((predNode as Scalar).value)),
      then: parseSteps(src, get("then"), binaryOps),
      else: parseSteps(src, get("else"), binaryOps),
      pos,
    };
  }
  if (f.has("when")) {
    return { kind: "when", expr: scalarString(src, get("when"), "when", pos), then: parseSteps(src, get("then"), binaryOps), else: parseSteps(src, get("else"), binaryOps), pos };
  }
  if (f.has("switch")) {
    const cases: { key: number; label: string; steps: Step[] }[] = [];
    for (const [k, v, p] of entries(src, get("cases"), "cases")) {
      const key = /^-?\d+$/.test(k) ? Number(k) : binaryOps.get(k);
      if (key === undefined) throw new SpecError(p, `unknown case label '${k}' (a number, or a name from the version table)`);
      if (cases.some((c) => c.key === key)) throw new SpecError(p, `case '${k}' listed twice`);
      cases.push({ key, label: k, steps: parseSteps(src, v, binaryOps) });
    }
    return { kind: "switch", expr: scalarString(src, get("switch"), "switch", pos), cases, default: parseSteps(src, get("default"), binaryOps), pos };
  }
  throw new SpecError(pos, "a step mapping needs one of: if, when, switch");
}

export function loadVersionTable(path: string, root: string): VersionTable {
  const { src, doc } = load(path, root);
  const v = doc.toJS() as Omit<VersionTable, "file">;
  if (!v || !Array.isArray(v.opcodes)) throw new SpecError({ file: src.file, line: 1, col: 1 }, "version table has no opcodes list");
  return { ...v, file: src.file };
}

/** spec/specialise.yaml: kinds, moves, what predicates prove, replacement rules. */
function loadSpecialise(path: string, root: string): SpecialiseSpec {
  const { src, doc } = load(path, root);
  const top = new Map(entries(src, doc.contents, "specialise.yaml").map(([k, v, p]) => [k, { v, p }]));
  for (const [k, { p }] of top) if (!["kinds", "moves", "proves", "rules", "checked", "fused", "pairs"].includes(k)) throw new SpecError(p, `unknown section '${k}'`);
  const section = (k: string) => (top.has(k) ? entries(src, top.get(k)!.v, k) : []);
  const fieldsOf = (node: Node, what: string) => new Map(entries(src, node, what).map(([k, v, p]) => [k, { v, p }]));
  const kinds = new Map<string, Kind>();
  for (const [name, node, pos] of section("kinds")) {
    const f = fieldsOf(node, `kind ${name}`);
    for (const [k, { p }] of f) if (k !== "test" && k !== "parent") throw new SpecError(p, `unknown field '${k}' in kind ${name}`);
    if (!f.has("test")) throw new SpecError(pos, `kind ${name} needs a 'test'`);
    kinds.set(name, { name, pos, test: scalarString(src, f.get("test")!.v, "test", pos), parent: f.has("parent") ? scalarString(src, f.get("parent")!.v, "parent", pos) : null });
  }
  const moves = new Map<string, Move>();
  for (const [op, node, pos] of section("moves")) {
    const f = entries(src, node, `move ${op}`);
    const bound = f.find((x) => x[0] === "bound");
    const rest = f.filter((x) => x[0] !== "bound");
    if (rest.length !== 1 || !["load_local", "store_local", "const"].includes(rest[0][0])) throw new SpecError(pos, `move ${op} must be one of load_local, store_local, const`);
    if (bound !== undefined && rest[0][0] !== "load_local") throw new SpecError(bound[2], `only a load_local move has a 'bound' op`);
    moves.set(op, { op, kind: rest[0][0] as Move["kind"], imm: scalarString(src, rest[0][1], "immediate", rest[0][2]), bound: bound === undefined ? null : scalarString(src, bound[1], "bound", bound[2]), pos });
  }
  const factMap = (node: Node, what: string) => new Map(entries(src, node, what).map(([k, v, p]) => [k, scalarString(src, v, "kind", p)]));
  const proves = new Map<string, { facts: Map<string, string>; pos: Pos }>();
  for (const [op, node, pos] of section("proves")) proves.set(op, { facts: factMap(node, `proves ${op}`), pos });
  const rules = new Map<string, Rule[]>();
  for (const [op, node, pos] of section("rules")) {
    if (!isSeq(node)) throw new SpecError(pos, `rules of ${op} must be a list`);
    rules.set(
      op,
      node.items.map((item) => {
        const f = fieldsOf(item as Node, `rule of ${op}`);
        const rpos = posOf(src, item as Node);
        for (const [k, { p }] of f) if (!["when", "then", "if", "arity"].includes(k)) throw new SpecError(p, `unknown field '${k}' in a rule of ${op}`);
        if (!f.has("when") || !f.has("then")) throw new SpecError(rpos, `a rule of ${op} needs 'when' and 'then'`);
        const thenNode = f.get("then")!.v;
        const imm = f.has("if") ? scalarString(src, f.get("if")!.v, "if", f.get("if")!.p) : null;
        let arity: number | null = null;
        if (f.has("arity")) {
          const text = scalarString(src, f.get("arity")!.v, "arity", f.get("arity")!.p);
          if (!/^\d+$/.test(text)) throw new SpecError(f.get("arity")!.p, `arity must be a whole number, not '${text}'`);
          arity = Number(text);
        }
        return { op, pos: rpos, when: factMap(f.get("when")!.v, `when of ${op}`), imm, arity, then: parseCall(src, thenNode, scalarString(src, thenNode, "then", rpos)) };
      }),
    );
  }
  const checked = new Map<string, Checked>();
  for (const [op, node, pos] of section("checked")) {
    const f = fieldsOf(node, `checked ${op}`);
    for (const [k, { p }] of f) if (k !== "check" && k !== "if") throw new SpecError(p, `unknown field '${k}' in checked ${op}`);
    if (!f.has("check")) throw new SpecError(pos, `checked ${op} needs 'check'`);
    const imm = f.has("if") ? scalarString(src, f.get("if")!.v, "if", f.get("if")!.p) : null;
    checked.set(op, { op, check: scalarString(src, f.get("check")!.v, "check", f.get("check")!.p), imm, pos });
  }
  const fused = new Map<string, Fused>();
  for (const [op, node, pos] of section("fused")) {
    const f = fieldsOf(node, `fused ${op}`);
    for (const [k, { p }] of f) if (k !== "guard" && k !== "into") throw new SpecError(p, `unknown field '${k}' in fused ${op}`);
    if (!f.has("guard") || !f.has("into")) throw new SpecError(pos, `fused ${op} needs 'guard' and 'into'`);
    fused.set(op, { op, guard: scalarString(src, f.get("guard")!.v, "guard", pos), into: scalarString(src, f.get("into")!.v, "into", pos), pos });
  }
  const pairs: Pair[] = [];
  if (top.has("pairs")) {
    const node = top.get("pairs")!.v;
    if (!isSeq(node)) throw new SpecError(top.get("pairs")!.p, "pairs must be a list of [first, second] op pairs");
    for (const item of node.items) {
      const pos = posOf(src, item as Node);
      if (!isSeq(item) || item.items.length !== 2) throw new SpecError(pos, "a pair must be a list of two thin ops: [first, second]");
      const [first, second] = item.items.map((x) => scalarString(src, x as Node, "pair op", pos));
      pairs.push({ first, second, pos });
    }
  }
  return { file: src.file, kinds, moves, proves, rules, checked, fused, pairs };
}

export function loadSpec(root: string, files: { version: string; thin: string; fat: string; specialise: string }): Spec {
  const version = loadVersionTable(files.version, root);
  const binaryOps = new Map<string, number>(version.binaryOps.map(([, name], i) => [name, i]));
  const thinDoc = load(files.thin, root);
  const thin = loadThinOps(thinDoc.src, thinDoc.doc.contents);
  const fatDoc = load(files.fat, root);
  const src = fatDoc.src;
  const top = new Map(entries(src, fatDoc.doc.contents, "fat-ops.yaml").map(([k, v, p]) => [k, { v, p }]));
  for (const [k, { p }] of top) if (!["ops", "absorbed", "unsupported", "families", "hot", "superinstructions"].includes(k)) throw new SpecError(p, `unknown section '${k}'`);
  const numbers = new Map(version.opcodes.map((o) => [o.name, o.number]));
  const fat = new Map<string, FatOp>();
  for (const [name, node, pos] of entries(src, top.get("ops")?.v, "ops")) {
    const number = numbers.get(name);
    if (number === undefined) throw new SpecError(pos, `'${name}' is not an opcode of CPython ${version.version} (${version.file})`);
    fat.set(name, { name, number, pos, steps: parseSteps(src, node, binaryOps) });
  }
  const reasons = (section: string) => {
    const m = new Map<string, { reason: string; pos: Pos }>();
    const node = top.get(section)?.v;
    if (node === undefined) return m;
    for (const [name, v, pos] of entries(src, node, section)) {
      if (!numbers.has(name)) throw new SpecError(pos, `'${name}' is not an opcode of CPython ${version.version} (${version.file})`);
      m.set(name, { reason: scalarString(src, v, "reason", pos), pos });
    }
    return m;
  };
  const families = top.has("families") ? loadFamilies(src, top.get("families")!.v, version, binaryOps) : new Map<string, Family>();
  const hot = top.has("hot") ? loadHot(src, top.get("hot")!.v, top.get("hot")!.p) : null;
  const taken = new Set([...version.opcodes.map((o) => o.number), ...[...families.values()].flatMap((f) => f.forms.map((form) => form.number))]);
  const superinstructions = top.has("superinstructions") ? loadSuperinstructions(src, top.get("superinstructions")!.v, top.get("superinstructions")!.p, taken) : [];
  return { version, thin, fat, families, absorbed: reasons("absorbed"), unsupported: reasons("unsupported"), hot, superinstructions, specialise: loadSpecialise(files.specialise, root) };
}

/** fat-ops.yaml `superinstructions`: a list of pairs of fat op names, each numbered from the
 *  opcodes nothing else uses (validate-superinstructions.ts checks what the ops may be). */
function loadSuperinstructions(src: Source, node: Node, pos: Pos, taken: Set<number>): Superinstruction[] {
  const what = "superinstructions must be a list of pairs of fat op names ([LOAD_FAST, LOAD_FAST])";
  if (!isSeq(node)) throw new SpecError(posOf(src, node) ?? pos, what);
  const out: Superinstruction[] = [];
  let next = FIRST_FORM_NUMBER;
  for (const item of node.items) {
    const p = posOf(src, item as Node) ?? pos;
    if (!isSeq(item) || item.items.length !== 2 || !item.items.every((i) => isScalar(i) && typeof i.value === "string")) throw new SpecError(p, what);
    const [first, second] = item.items.map((i) => String((i as Scalar).value));
    const name = `${first}__${second}`;
    if (out.some((s) => s.name === name)) throw new SpecError(p, `superinstruction ${name} is listed twice`);
    while (taken.has(next)) next++;
    if (next > 255) throw new SpecError(p, "no opcode number left for this superinstruction (quickened opcodes are bytes)");
    taken.add(next);
    out.push({ name, first, second, number: next, pos: p });
  }
  return out;
}

/** fat-ops.yaml `hot`: a list of op names, each once (validate.ts checks they are defined ops). */
function loadHot(src: Source, node: Node, pos: Pos): Map<string, Pos> {
  if (!isSeq(node)) throw new SpecError(posOf(src, node) ?? pos, "hot must be a list of fat op names");
  const hot = new Map<string, Pos>();
  for (const item of node.items) {
    const p = posOf(src, item as Node);
    if (!isScalar(item) || typeof item.value !== "string") throw new SpecError(p, "hot must be a list of fat op names");
    if (hot.has(item.value)) throw new SpecError(p, `'${item.value}' is listed twice in hot`);
    hot.set(item.value, p);
  }
  return hot;
}

/** Quickened opcodes start here: above every opcode of the version table, below 256. */
export const FIRST_FORM_NUMBER = 180;

/** fat-ops.yaml `families`: per generic fat op, its cache layout and specialised forms. */
function loadFamilies(src: Source, node: Node, version: VersionTable, binaryOps: Map<string, number>): Map<string, Family> {
  const families = new Map<string, Family>();
  const used = new Set(version.opcodes.map((o) => o.number));
  let next = FIRST_FORM_NUMBER;
  const fieldsOf = (n: Node, what: string) => new Map(entries(src, n, what).map(([k, v, p]) => [k, { v, p }]));
  const code = (f: Map<string, { v: Node; p: Pos }>, k: string, what: string, pos: Pos): FormCode => {
    const e = f.get(k);
    if (!e) throw new SpecError(pos, `${what} needs '${k}'`);
    return { text: scalarString(src, e.v, k, e.p), pos: bodyStart(src, e.v, e.p) };
  };
  for (const [name, famNode, famPos] of entries(src, node, "families")) {
    const f = fieldsOf(famNode, `family ${name}`);
    for (const [k, { p }] of f) if (!["cache", "forms"].includes(k)) throw new SpecError(p, `unknown field '${k}' in family ${name}`);
    const cache = f.has("cache") ? entries(src, f.get("cache")!.v, `cache of ${name}`).map(([n, v, p]) => ({ name: n, type: scalarString(src, v, "type", p), pos: p })) : [];
    if (!f.has("forms")) throw new SpecError(famPos, `family ${name} has no forms`);
    const forms: Form[] = [];
    for (const [formName, formNode, formPos] of entries(src, f.get("forms")!.v, `forms of ${name}`)) {
      if (!/^[A-Z][A-Z0-9_]*$/.test(formName)) throw new SpecError(formPos, `form name '${formName}' must be UPPER_CASE`);
      const ff = fieldsOf(formNode, `form ${formName}`);
      for (const [k, { p }] of ff)
        if (!["stack", "reads", "opargs", "inline", "when", "guard", "body", "doc"].includes(k)) throw new SpecError(p, `unknown field '${k}' in form ${formName}`);
      const stackF = ff.get("stack");
      if (!stackF) throw new SpecError(formPos, `form ${formName} has no stack effect`);
      const readsF = ff.get("reads");
      let reads: string[] = [];
      if (readsF) {
        if (!isSeq(readsF.v)) throw new SpecError(readsF.p, "reads must be a list of cache entry names");
        reads = readsF.v.items.map((i) => String((i as Scalar).value));
      }
      const opargsF = ff.get("opargs");
      let opargs: number[] | null = null;
      if (opargsF) {
        if (!isSeq(opargsF.v)) throw new SpecError(opargsF.p, "opargs must be a list of numbers or binary operator names (NB_ADD …)");
        opargs = opargsF.v.items.map((i) => {
          const k = String((i as Scalar).value);
          const n = /^\d+$/.test(k) ? Number(k) : binaryOps.get(k);
          if (n === undefined) throw new SpecError(posOf(src, i as Node) ?? opargsF.p, `oparg '${k}' of form ${formName} is neither a number nor a binary operator of this CPython version`);
          return n;
        });
      }
      const inlineF = ff.get("inline");
      if (inlineF && !(isScalar(inlineF.v) && typeof inlineF.v.value === "boolean")) throw new SpecError(inlineF.p, "inline must be true or false");
      const guard = ff.has("guard") ? code(ff, "guard", `form ${formName}`, formPos) : { text: "true", pos: formPos };
      while (used.has(next)) next++;
      if (next > 255) throw new SpecError(formPos, "no opcode number left for this form (quickened opcodes are bytes)");
      used.add(next);
      forms.push({
        name: formName,
        pos: formPos,
        number: next,
        stack: parseStackEffect(scalarString(src, stackF.v, "stack", stackF.p), posOf(src, stackF.v)),
        stackPos: posOf(src, stackF.v),
        reads,
        readsPos: readsF ? posOf(src, readsF.v) : formPos,
        opargs,
        inline: inlineF !== undefined && (inlineF.v as Scalar).value === true,
        // without a `when`, the form fits where its guard holds
        when: ff.has("when") ? code(ff, "when", `form ${formName}`, formPos) : { text: `cond = ${guard.text.trim()};`, pos: guard.pos },
        guard,
        body: ff.has("body") && isSeq(ff.get("body")!.v) ? parseSteps(src, ff.get("body")!.v, binaryOps) : code(ff, "body", `form ${formName}`, formPos),
      });
    }
    families.set(name, { name, pos: famPos, cache, forms });
  }
  return families;
}
