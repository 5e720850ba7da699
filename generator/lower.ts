// Lowers a fat op's decomposition to straight TypeScript for an interpreter case: thin-op
// bodies are inlined in order, with a compile-time model of the stack so that values passed
// from one thin op to the next stay in local variables instead of going through the frame's
// stack array. Predicates become `if`s, `when`/`switch` become static branches on oparg.
import { Control, OpCall, Spec, Step, ThinOp, StackItem } from "./model.js";

/** How the control macros of a body are spelled in one tier. */
export interface MacroSet {
  jump(target: string, label: string): string;
  /** a loop back-edge; defaults to a plain jump */
  backedge?(target: string, label: string): string;
  return(value: string): string;
  yield(value: string): string;
  suspend(): string;
  /** `$call(callee, out)`: run the linked frame `callee` to its return, the value going to the
   *  op's one output `out` (which must sit where the op's inputs began) */
  call(callee: string, out: string): string;
}

export const BASE_MACROS: MacroSet = {
  jump: (t, label) => `{ ip = ${t}; break ${label}; }`,
  // the supervisor may record or run a trace here, and signals from outside are handled here;
  // it leaves the frame at a fat-op boundary; the frame's arrays may be renewed there (frame.ts
  // renewDue), by the base interpreter or by the traces backEdge runs
  backedge: (t, label) =>
    `{ ip = ${t}; if (rt.renewDue(frame)) { stack = frame.stack; locals = frame.localsplus; } if (tracing.enabled || pendingSignals[0] !== 0) { frame.ip = ip; frame.sp = sp; try { backEdge(frame, ip); } finally { ip = frame.ip; sp = frame.sp; lasti = frame.lasti; stack = frame.stack; locals = frame.localsplus; } } break ${label}; }`,
  // a frame called by CALL's $call returns to its caller in this same loop
  return: (v) => `{ const _rv: PyObject = ${v}; if (frame === entry) return _rv; returning = _rv; continue run; }`,
  // a generator frame the loop resumed for its caller's FOR_ITER (FOR_ITER_GEN) yields to that
  // caller in this same loop, as a callee returns (see the template's frame switches)
  yield: (v) => `{ frame.ip = ip; frame.sp = sp; frame.yielded = true; if (frame === entry) return ${v}; returning = ${v}; continue run; }`,
  suspend: () => `{ frame.ip = ip; frame.sp = sp; }`,
  // the callee runs in this same loop (no JS recursion per Python call, as CPython 3.11 runs
  // Python-to-Python calls): the caller stops after the call's inputs are popped, its result
  // is pushed there when the callee returns (see the template's frame switches)
  call: (callee) => `{ frame.ip = ip; frame.sp = sp; entering = ${callee}; continue run; }`,
};

/** Replace $name(args) macros, with balanced parentheses in args. */
export function expandMacros(body: string, macros: MacroSet, label: string): string {
  let out = "";
  let i = 0;
  const re = /\$(jump|backedge|return|yield|suspend|call)\(/g;
  for (;;) {
    re.lastIndex = i;
    const m = re.exec(body);
    if (!m) break;
    out += body.slice(i, m.index);
    let depth = 1;
    let j = m.index + m[0].length;
    while (j < body.length && depth > 0) {
      if (body[j] === "(") depth++;
      else if (body[j] === ")") depth--;
      j++;
    }
    const arg = body.slice(m.index + m[0].length, j - 1);
    const name = m[1] as Control | "backedge";
    if (name === "call") {
      const [callee, to] = splitArgs(arg);
      out += macros.call(callee, to);
    } else
      out += name === "backedge" ? (macros.backedge ?? macros.jump)(arg, label) : name === "jump" ? macros.jump(arg, label) : name === "return" ? macros.return(arg) : name === "yield" ? macros.yield(arg) : macros.suspend();
    i = j;
  }
  return out + body.slice(i);
}

/** `a, b` → ["a", "b"] at the top-level comma (a macro's two arguments). */
function splitArgs(arg: string): [string, string] {
  let depth = 0;
  for (let i = 0; i < arg.length; i++) {
    const c = arg[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === "," && depth === 0) return [arg.slice(0, i).trim(), arg.slice(i + 1).trim()];
  }
  throw new Error(`$call needs two arguments (callee, output): $call(${arg})`);
}

interface Pending {
  name: string;
  type: string;
}

function isSimple(op: ThinOp): boolean {
  const all = [...op.stack.inputs, ...op.stack.outputs];
  return op.controls.size === 0 && all.every((i) => i.size === null);
}

export class Lowerer {
  private temp = 0;
  private out: string[] = [];
  constructor(
    private readonly spec: Spec,
    private readonly macros: MacroSet,
    private readonly label: string,
    /** comment each inlined thin op (readable generated code) */
    private readonly comments = true,
  ) {}

  /** One thin op on its own, immediates taken from `imm0`, `imm1`…; a predicate's condition
   *  is assigned to `result`. Used by the tiers that execute thin ops one at a time. */
  lowerThin(op: ThinOp): string {
    const args = new Map(op.imm.map((n, i) => [n, `imm${i}`]));
    const pending: Pending[] = [];
    const cond = this.op(op, { op: op.name, args, pos: op.pos }, pending);
    if (cond) this.emit(`result = ${cond};`);
    this.flush(pending);
    return this.out.join("\n");
  }

  lower(steps: Step[]): string {
    const pending: Pending[] = [];
    const terminal = this.steps(steps, pending);
    if (!terminal) this.flush(pending);
    return this.out.join("\n");
  }

  private emit(line: string): void {
    this.out.push(line);
  }

  private flush(pending: Pending[]): void {
    if (pending.length === 0) return;
    pending.forEach((p, i) => this.emit(`stack[sp${i ? ` + ${i}` : ""}] = ${p.name};`));
    this.emit(`sp += ${pending.length};`);
    pending.length = 0;
  }

  /** Emits steps; returns true when every path leaves the instruction (jump/return/yield). */
  private steps(steps: Step[], pending: Pending[]): boolean {
    for (const s of steps) {
      if (s.kind === "op") {
        const op = this.spec.thin.get(s.call.op)!;
        this.op(op, s.call, pending);
        if (op.controls.has("jump") || op.controls.has("return") || op.controls.has("yield")) return true;
      } else if (s.kind === "if") {
        const op = this.spec.thin.get(s.pred.op)!;
        const cond = this.op(op, s.pred, pending)!;
        this.emit(`if (${cond}) {`);
        const p1 = [...pending];
        if (!this.steps(s.then, p1)) this.flush(p1);
        this.emit(`} else {`);
        const p2 = [...pending];
        if (!this.steps(s.else, p2)) this.flush(p2);
        this.emit(`}`);
        pending.length = 0;
      } else if (s.kind === "when") {
        this.flush(pending);
        const p1: Pending[] = [];
        this.emit(`if (${s.expr}) {`);
        if (!this.steps(s.then, p1)) this.flush(p1);
        this.emit(`} else {`);
        const p2: Pending[] = [];
        if (!this.steps(s.else, p2)) this.flush(p2);
        this.emit(`}`);
      } else {
        this.emit(`switch (${s.expr}) {`);
        for (const c of s.cases) {
          this.emit(`case ${c.key}: { // ${c.label}`);
          const p = [...pending];
          if (!this.steps(c.steps, p)) {
            this.flush(p);
            this.emit("break;");
          }
          this.emit("}");
        }
        this.emit("default: {");
        const p = [...pending];
        if (!this.steps(s.default, p)) this.flush(p);
        this.emit("}");
        this.emit("}");
        pending.length = 0;
      }
    }
    return false;
  }

  private immDecls(op: ThinOp, call: OpCall): string[] {
    return op.imm.map((n) => `const ${n} = ${call.args.get(n)};`);
  }

  /** Inlines one thin op; returns the name of its condition variable for predicates. */
  private op(op: ThinOp, call: OpCall, pending: Pending[]): string | null {
    const body = expandMacros(op.body, this.macros, this.label);
    const cond = op.kind === "predicate" ? `_c${this.temp++}` : null;
    if (cond) this.emit(`let ${cond}: boolean;`);
    if (this.comments) this.emit(`// ${op.name}${op.imm.length ? `(${op.imm.map((n) => `${n}=${call.args.get(n)}`).join(", ")})` : ""}`);
    if (isSimple(op)) this.simpleOp(op, call, pending, body, cond);
    else {
      this.flush(pending);
      this.generalOp(op, call, body, cond);
    }
    return cond;
  }

  private simpleOp(op: ThinOp, call: OpCall, pending: Pending[], body: string, cond: string | null): void {
    const { inputs, outputs } = op.stack;
    const temps = outputs.map((o) => ({ name: `_t${this.temp++}`, type: o.type }));
    for (const t of temps) this.emit(`let ${t.name}: ${t.type};`);
    this.emit("{");
    for (const d of this.immDecls(op, call)) this.emit(d);
    let real = 0;
    const reads: string[] = [];
    for (let i = inputs.length - 1; i >= 0; i--) {
      const item = inputs[i];
      const src = pending.pop();
      if (src) reads.unshift(`const ${item.name} = ${cast(src.name, src.type, item.type)};`);
      else {
        real++;
        reads.unshift(`const ${item.name} = ${cast(`stack[sp - ${real}]`, "Slot", item.type)};`);
      }
    }
    for (const r of reads) this.emit(r);
    if (real) this.emit(`sp -= ${real};`);
    const inputNames = new Set(inputs.map((i) => i.name));
    for (const o of outputs) if (!inputNames.has(o.name)) this.emit(`let ${o.name}: ${o.type};`);
    if (cond) this.emit("let cond: boolean;");
    if (body.trim()) this.emit(body.trim());
    outputs.forEach((o, i) => this.emit(`${temps[i].name} = ${o.name};`));
    if (cond) this.emit(`${cond} = cond;`);
    this.emit("}");
    for (const t of temps) pending.push(t);
  }

  private generalOp(op: ThinOp, call: OpCall, body: string, cond: string | null): void {
    const { inputs, outputs } = op.stack;
    this.emit("{");
    for (const d of this.immDecls(op, call)) this.emit(d);
    if (inputs.length === 0 && outputs.length === 0) {
      if (cond) this.emit("let cond: boolean;");
      if (body.trim()) this.emit(body.trim());
      if (cond) this.emit(`${cond} = cond;`);
      this.emit("}");
      return;
    }
    const total = sizeSum(inputs);
    this.emit(`const base = sp - (${total});`);
    const inOffsets = offsets(inputs);
    inputs.forEach((item, i) => {
      if (item.name === "unused") return;
      if (item.size === null) this.emit(`const ${item.name} = ${cast(`stack[base + ${inOffsets[i]}]`, "Slot", item.type)};`);
      else if (item.view) {
        this.emit(`const ${item.name} = stack as readonly ${item.type}[];`);
        this.emit(`const ${item.name}_at = base + ${inOffsets[i]};`);
      }
      else this.emit(`const ${item.name} = stack.slice(base + ${inOffsets[i]}, base + ${inOffsets[i]} + (${item.size})) as ${item.type}[];`);
    });
    const inputNames = new Map(inputs.map((it, i) => [it.name, inOffsets[i]]));
    this.emit("sp = base;");
    for (const o of outputs) {
      if (o.name === "unused" || inputNames.has(o.name)) continue;
      this.emit(o.size === null ? `let ${o.name}: ${o.type};` : `let ${o.name}: ${o.type}[];`);
    }
    if (cond) this.emit("let cond: boolean;");
    if (body.trim()) this.emit(body.trim());
    const outOffsets = offsets(outputs);
    outputs.forEach((o, i) => {
      if (o.name === "unused") return;
      if (inputNames.get(o.name) === outOffsets[i] && o.size === null) return; // stays in place
      if (o.size === null) this.emit(`stack[base + ${outOffsets[i]}] = ${o.name};`);
      else this.emit(`for (let _i = 0; _i < (${o.size}); _i++) stack[base + ${outOffsets[i]} + _i] = ${o.name}[_i];`);
    });
    this.emit(`sp = base + ${sizeSum(outputs)};`);
    if (cond) this.emit(`${cond} = cond;`);
    this.emit("}");
  }
}

function sizeSum(items: StackItem[]): string {
  if (items.length === 0) return "0";
  const fixed = items.filter((i) => i.size === null).length;
  const parts = items.filter((i) => i.size !== null).map((i) => `(${i.size})`);
  return [...(fixed ? [String(fixed)] : []), ...parts].join(" + ") || "0";
}

function offsets(items: StackItem[]): string[] {
  const out: string[] = [];
  let fixed = 0;
  const parts: string[] = [];
  for (const it of items) {
    out.push([...(fixed ? [String(fixed)] : []), ...parts].join(" + ") || "0");
    if (it.size === null) fixed++;
    else parts.push(`(${it.size})`);
  }
  return out;
}

function cast(expr: string, from: string, to: string): string {
  return from === to ? expr : `(${expr} as ${to})`;
}
