// Parses stack effects written as "in1, in2: Type, items[n] -- out1, out2".
import { Pos, SpecError, StackEffect, StackItem } from "./model.js";

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of s) {
    if (ch === "[" || ch === "(") depth++;
    if (ch === "]" || ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur.trim() !== "") parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

const ITEM = /^(&)?([A-Za-z_][A-Za-z0-9_]*)(?:\[(.+)\])?\s*(?::\s*(.+))?$/;

function parseItem(text: string, pos: Pos): StackItem {
  const m = ITEM.exec(text);
  if (!m) throw new SpecError(pos, `bad stack item '${text}'`);
  if (m[1] && !m[3]) throw new SpecError(pos, `'&' (read in place) applies to an array item, not '${text}'`);
  const item: StackItem = { name: m[2], size: m[3] ? m[3].trim() : null, type: m[4] ? m[4].trim() : "PyObject" };
  if (m[1]) item.view = true;
  return item;
}

export function parseStackEffect(text: string, pos: Pos): StackEffect {
  const halves = text.split("--");
  if (halves.length !== 2) throw new SpecError(pos, `stack effect '${text}' needs exactly one '--'`);
  const inputs = splitTopLevel(halves[0]).map((t) => parseItem(t, pos));
  const outputs = splitTopLevel(halves[1]).map((t) => parseItem(t, pos));
  for (const o of outputs) if (o.view) throw new SpecError(pos, `output '${o.name}': only inputs are read in place ('&')`);
  const seen = new Set<string>();
  for (const i of inputs) {
    if (seen.has(i.name) && i.name !== "unused") throw new SpecError(pos, `input '${i.name}' named twice`);
    seen.add(i.name);
  }
  return { inputs, outputs };
}

export function formatStackEffect(e: StackEffect): string {
  const f = (i: StackItem) => (i.size ? `${i.view ? "&" : ""}${i.name}[${i.size}]` : i.name);
  return `(${e.inputs.map(f).join(", ")} -- ${e.outputs.map(f).join(", ")})`;
}
