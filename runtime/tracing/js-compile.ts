// The `js` stage: a trace's entries compiled to one JavaScript function, which V8 then compiles
// to machine code. Each inlinable thin op is spliced in as its generated block
// (generated/trace-js-ops.ts, from the op's body in spec/thin-ops.yaml); the others run as the
// trace interpreter runs them (execThin, or the tracing hooks).
//
// Contract — the function does exactly what runTraceCode does on the same entries, frame by
// frame:
//  - The values the stack form keeps on a frame's stack live in JavaScript variables, one per
//    value pushed (so COPY, SWAP and POP cost nothing: they only rename). A value below the
//    trace's own pushes is read from the frame's stack array the first time it is needed.
//  - The frame's stack array and `frame.sp` are brought up to date (only the positions whose
//    variable differs from the array) wherever something else looks at them: before an op that
//    runs through execThin or a hook (after which the model starts afresh from `frame.sp`), at a
//    guard's exit (with `frame.lasti`), at the end, and — from the catch clause, which knows
//    the stack at each op that may raise — when an op throws, so the unwinder and tracebacks
//    find the frame exactly as the stack form leaves it there.
//  - So do the frame's fast locals: a local read or written is held in a variable (the ops that
//    move values between stack and locals are spec/specialise.yaml's `moves`), written back at
//    the same places, and before an op whose body looks at the locals array itself.
//  - `frame.ip` changes only at the entries that run outside (ENTER, LEAVE, execThin), which
//    keep it themselves, as in the trace interpreter.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JS_OPS, JsOp } from "../../generated/trace-js-ops.js";
import { execThin } from "../../generated/thin-ops.js";
import { THIN_IS_PREDICATE } from "../../generated/thin-meta.js";
import { THIN_MOVE } from "../../generated/specialiser.js";
import { hooks } from "../../generated/trace-interpreter.js";
import type { Frame } from "../interp/frame.js";
import { pendingSignals } from "../host/signals.js";
import { counters } from "../interp/counters.js";
import { traceLog } from "./report/log.js";
import * as rt from "../interp/support.js";
import { ENTER, GUARD, LEAVE, METHOD, OP, TraceEntry } from "./trace.js";

// THIN_MOVE's kinds (spec/specialise.yaml `moves`)
const MOVE_LOAD_LOCAL = 1;
const MOVE_STORE_LOCAL = 2;

/** A compiled trace: returns -1 when every entry ran, or the index of the guard that failed. */
export type JsTraceFn = (chain: Frame[]) => number;

/** Whether traces are compiled (the `js` pipeline), and after how many runs of their code (a
 *  trace that runs only a few times costs less in the trace interpreter than compiled). */
export const jsStage = { on: false, threshold: Number(process.env.HOTPY_JS_THRESHOLD ?? 8), dumpDir: null as string | null };

/** the entry whose op raised, when a compiled trace last threw */
export const jsState = { raisedAt: -1, compiled: 0, sourceChars: 0 };

/** A value the compiled code holds: in a variable as the object (`boxed`), or, for a float an op
 *  left unboxed, as the JavaScript number it stands for (`num`), boxed once when first needed
 *  as an object (so that it keeps one identity). */
interface Val {
  boxed: string | null;
  num: string | null;
}

/** Code that boxes the values it is asked for (each once: `is` must hold between copies). */
class Boxer {
  private readonly made = new Map<Val, string>();
  private readonly pre: string[] = [];
  private n = 0;
  constructor(private readonly tag: string) {}

  of(v: Val): string {
    if (v.boxed !== null) return v.boxed;
    let b = this.made.get(v);
    if (b === undefined) {
      b = `$b${this.tag}_${this.n++}`;
      this.pre.push(`const ${b} = new rt.PyFloat(${v.num});`);
      this.made.set(v, b);
    }
    return b;
  }

  wrap(lines: string[]): string {
    return [...this.pre, ...lines].join(" ");
  }
}

/** The stack of the current frame as the compiler sees it, positions relative to `$sb`. */
class StackModel {
  /** position → the value there */
  vals = new Map<number, Val>();
  /** positions whose array element already holds that value */
  clean = new Set<number>();
  depth = 0;

  reset(): void {
    this.vals.clear();
    this.clean.clear();
    this.depth = 0;
  }

  /** statements that write the array and frame.sp (the model unchanged) */
  syncLines(box: Boxer): string[] {
    const lines: string[] = [];
    for (const [p, v] of this.vals) if (p < this.depth && !this.clean.has(p)) lines.push(`$stack[$sb + ${p}] = ${box.of(v)};`);
    lines.push(`frame.sp = $sb + ${this.depth};`);
    return lines;
  }

  /** after the sync ran on every path: the array holds every value */
  synced(): void {
    for (const p of this.vals.keys()) if (p < this.depth) this.clean.add(p);
  }
}

/** The current frame's fast locals as the compiler sees them: the value of each local read or
 *  written so far, and which of those the locals array does not hold yet. */
class LocalsModel {
  vals = new Map<number, Val>();
  dirty = new Set<number>();

  reset(): void {
    this.vals.clear();
    this.dirty.clear();
  }

  syncLines(box: Boxer): string[] {
    return [...this.dirty].map((k) => `locals[${k}] = ${box.of(this.vals.get(k)!)};`);
  }
}

class Compiler {
  private out: string[] = [];
  private nv = 0;
  private nbox = 0;
  private readonly stack = new StackModel();
  private readonly locals = new LocalsModel();
  private readonly catches: string[] = [];

  constructor(
    private readonly entries: readonly TraceEntry[],
    /** the code loops by itself (TraceCode.loopOf) */
    private readonly loops: boolean,
  ) {}

  private fresh(): string {
    return `$v${this.nv++}`;
  }

  private emit(line: string): void {
    this.out.push(line);
  }

  /** the value at position p, read from the array if not yet known */
  private read(p: number): Val {
    let v = this.stack.vals.get(p);
    if (v === undefined) {
      const name = this.fresh();
      this.emit(`${name} = $stack[$sb + ${p}];`);
      v = { boxed: name, num: null };
      this.stack.vals.set(p, v);
      this.stack.clean.add(p);
    }
    return v;
  }

  /** the value as an object: a float left unboxed is boxed here, once */
  private boxed(v: Val): string {
    if (v.boxed === null) {
      v.boxed = this.fresh();
      this.emit(`${v.boxed} = new rt.PyFloat(${v.num});`);
    }
    return v.boxed;
  }

  private num(v: Val): string {
    return v.num ?? `${v.boxed}.value`;
  }

  private push(p: number, v: Val): void {
    this.stack.vals.set(p, v);
    this.stack.clean.delete(p);
  }

  private write(p: number, expr: string, isNum: boolean): void {
    const name = this.fresh();
    this.emit(`${name} = ${expr};`);
    this.push(p, isNum ? { boxed: null, num: name } : { boxed: name, num: null });
  }

  /** The frame is up to date; what runs next may change it: the model starts again from it. */
  private syncAll(): void {
    // (boxed in the main path, so later uses share the box)
    for (const [p, v] of this.stack.vals) if (p < this.stack.depth && !this.stack.clean.has(p)) this.boxed(v);
    for (const k of this.locals.dirty) this.boxed(this.locals.vals.get(k)!);
    this.emit(this.syncCode());
    this.stack.synced();
    this.locals.dirty.clear();
  }

  /** statements that bring the frame's stack, sp and locals up to date (the models unchanged;
   *  floats still unboxed are boxed in them) */
  private syncCode(): string {
    const box = new Boxer(String(this.nbox++));
    return box.wrap([...this.locals.syncLines(box), ...this.stack.syncLines(box)]);
  }

  private restart(): void {
    this.emit("locals = frame.localsplus; $sb = frame.sp;");
    this.stack.reset();
    this.locals.reset();
  }

  private switchFrame(): void {
    this.emit("frame = $chain[$chain.length - 1]; code = frame.code; $stack = frame.stack;");
    this.restart();
  }

  private exit(i: number): string {
    return `{ ${this.syncCode()} frame.lasti = ${this.entries[i].fatIp}; return ${i}; }`;
  }

  compile(): string {
    this.entries.forEach((e, i) => this.entry(e, i));
    this.syncAll();
    const vars = Array.from({ length: this.nv }, (_, k) => `$v${k}`);

    const start = "frame = $chain[$chain.length - 1]; code = frame.code; locals = frame.localsplus; $stack = frame.stack; $sb = frame.sp;";
    // a loop goes round while its trace is valid and no signal waits (what runTrace checks
    // after each run), from the frame as the iteration left it
    const body = this.loops
      ? ["for (;;) {", start, ...this.out, `$counters.traceInstructions += ${this.entries.length};`, "if ($loop.invalid || $signals[0] !== 0) return -1;", "}"]
      : [start, ...this.out, "return -1;"];
    return [
      "let frame, code, locals, $stack, $sb, $at = -1, $r = false;",
      ...(vars.length ? [`let ${vars.join(", ")};`] : []),
      "try {",
      ...body,
      "} catch ($e) {",
      `switch ($at) { ${this.catches.join(" ")} }`,
      "$state.raisedAt = $at;",
      "throw $e;",
      "}",
    ].join("\n");
  }

  private entry(e: TraceEntry, i: number): void {
    switch (e.kind) {
      case ENTER:
        this.syncAll();
        this.emit(`$at = ${i}; frame.lasti = ${e.fatIp};`);
        this.emit(`{ const callee = $hooks.enter(frame, $entries[${i}]); if (callee === null) return ${i}; $chain.push(callee); }`);
        this.switchFrame();
        return;
      case LEAVE:
        this.syncAll();
        this.emit(`$at = ${i}; { const callee = $chain.pop(); $hooks.leave(callee, $chain[$chain.length - 1]); }`);
        this.switchFrame();
        return;
      case METHOD:
        this.syncAll();
        this.emit(`$at = ${i};`);
        this.emit(`if (!$hooks.method($stack, $sb + ${this.stack.depth}, $entries[${i}])) ${this.exit(i)}`);
        // the method is in the array, above what was there
        this.stack.vals.delete(this.stack.depth);
        this.stack.clean.delete(this.stack.depth);
        this.stack.depth++;
        return;
    }
    const op = JS_OPS[e.op];
    if (e.fragments === null && op !== null) {
      const move = e.kind === OP ? THIN_MOVE[e.op] : 0;
      const known = this.locals.vals.get(e.imm);
      if (move === MOVE_LOAD_LOCAL && known !== undefined) {
        // a local read or written before in this frame: bound, and in `known`
        this.push(this.stack.depth++, known);
      } else if (move === MOVE_STORE_LOCAL) {
        this.locals.vals.set(e.imm, this.read(this.stack.depth - 1));
        this.locals.dirty.add(e.imm);
        this.stack.depth--;
      } else if (move === MOVE_LOAD_LOCAL) {
        this.inline(e, i, op);
        this.locals.vals.set(e.imm, this.stack.vals.get(this.stack.depth - 1)!);
      } else if (op.escapes) {
        // Python code may run: it finds the frame as execThin would (Python code cannot
        // rebind the frame's fast locals, so their variables stay good; a helper handed the
        // frame may, so then they are read again)
        this.syncAll();
        this.emit(`frame.lasti = ${e.fatIp};`);
        this.inline(e, i, op);
        if (op.locals) this.locals.reset();
      } else if (op.locals) {
        // an op that looks at the locals array itself
        for (const k of this.locals.dirty) this.boxed(this.locals.vals.get(k)!);
        const box = new Boxer(String(this.nbox++));
        this.emit(box.wrap(this.locals.syncLines(box)));
        this.locals.dirty.clear();
        this.inline(e, i, op);
        this.locals.reset();
      } else this.inline(e, i, op);
      return;
    }
    if (e.kind === GUARD && THIN_IS_PREDICATE[e.op] !== 1) throw new Error(`trace guard on ${e.op}, which is not a predicate`);
    this.syncAll();
    this.emit(`$at = ${i}; frame.lasti = ${e.fatIp};`);
    const call = e.fragments !== null ? `$hooks.slow(frame, $entries[${i}])` : `$execThin(frame, ${e.op}, ${e.imm})`;
    this.emit(`$r = ${call};`);
    this.restart();
    if (e.kind === GUARD) this.emit(`if ($r !== ${e.expected}) { frame.lasti = ${e.fatIp}; return ${i}; }`);
  }

  private inline(e: TraceEntry, i: number, op: JsOp): void {
    const sizes = (items: JsOp["inputs"]) => items.map((it) => (it.size === null ? 1 : it.size(e.imm)));
    const inSizes = sizes(op.inputs);
    const outSizes = sizes(op.outputs);
    const base = this.stack.depth - inSizes.reduce((a, b) => a + b, 0);
    // inputs: where each starts, and what stands in for it
    const inputAt = new Map<string, number>();
    const args: string[] = [];
    const nums: string[] = [];
    const boxedUse = new Set(Array.from(op.code.matchAll(/\$IN(\d+)\$/g), (m) => Number(m[1])));
    let p = base;
    op.inputs.forEach((it, k) => {
      if (it.name !== "unused") {
        inputAt.set(it.name, p);
        if (it.size === null) {
          const v = this.read(p);
          nums[k] = this.num(v);
          if (boxedUse.has(k)) args[k] = this.boxed(v);
        } else args[k] = `[${Array.from({ length: inSizes[k] }, (_, j) => this.boxed(this.read(p + j))).join(", ")}]`;
      }
      p += inSizes[k];
    });
    if (op.raises) {
      this.emit(`$at = ${i};`);
      this.catches.push(`case ${i}: ${this.syncCode()} frame.lasti = ${e.fatIp}; break;`);
    }
    const code = op.code.replace(/\$(IN|NUM|IMM)(\d+)\$/g, (_, kind: string, k: string) => (kind === "IMM" ? String(e.imm) : kind === "NUM" ? nums[Number(k)] : args[Number(k)]));
    this.emit(`{\n${code}`);
    // outputs: a value left in place keeps its variable
    p = base;
    op.outputs.forEach((it, k) => {
      if (it.name === "unused") {
        p += outSizes[k];
        return;
      }
      if (it.size === null) {
        if (inputAt.get(it.name) !== p || op.inputs.find((x) => x.name === it.name)!.size !== null) this.write(p, it.name, op.numOutputs[k]);
      } else for (let j = 0; j < outSizes[k]; j++) this.write(p + j, `${it.name}[${j}]`, false);
      p += outSizes[k];
    });
    this.stack.depth = p;
    if (e.kind === GUARD) {
      if (!op.predicate) throw new Error(`trace guard on ${e.op}, which is not a predicate`);
      this.emit(`if (cond !== ${e.expected}) ${this.exit(i)}`);
    }
    this.emit("}");
  }
}

/** The entries as one JavaScript function. */
export function compileJs(entries: readonly TraceEntry[], loopOf: { invalid: boolean } | null): JsTraceFn {
  const body = new Compiler(entries, loopOf !== null && !traceLog.on).compile();
  jsState.compiled++;
  jsState.sourceChars += body.length;
  if (jsStage.dumpDir !== null) dumpSource(entries, body);
  const make = new Function("rt", "$hooks", "$execThin", "$entries", "$state", "$loop", "$signals", "$counters", `return function trace($chain) {\n${body}\n};`);
  return make(rt, hooks, execThin, entries, jsState, loopOf, pendingSignals, counters) as JsTraceFn;
}

/** --dump-traces: NNNN-js-FUNCTION.js, numbered in the order compiled. */
function dumpSource(entries: readonly TraceEntry[], body: string): void {
  const name = (entries[0]?.code.name ?? "empty").replace(/[^\w.-]/g, "_");
  mkdirSync(jsStage.dumpDir!, { recursive: true });
  writeFileSync(join(jsStage.dumpDir!, `${String(jsState.compiled).padStart(4, "0")}-js-${name}.js`), `function trace($chain) {\n${body}\n}\n`);
}

