// Builds the trace report's data (model.ts) from the traces the log kept (log.ts), once the
// program has ended: each trace's entries at each stage, grouped by fat op, with its exits'
// counts and side traces, and the source files the traces ran.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { THIN_NAMES } from "../../../generated/thin-ops.js";
import { OPNAMES } from "../../../generated/opcodes.js";
import type { PyCode } from "../../objects/core.js";
import { lineOf } from "../../interp/decode.js";
import { lookupTrace } from "../trace-cache.js";
import { ENTER, enterText, GUARD, IrRefs, LEAVE, METHOD, snapshotText, Trace, TraceEntry } from "../trace.js";
import type { Fragment } from "../fragments.js";
import { LoggedTrace, traceLog } from "./log.js";
import { alignStages, ExitView, FragmentView, OpGroup, OpRow, ReportData, SourceFile, StageInfo, StageKey, TraceView } from "./model.js";

export interface RunFacts {
  /** the program's file or, with -m, module */
  program: string;
  /** the program's file is read (not with -m) */
  programIsFile: boolean;
  pipeline: string;
  hot: number;
  /** whether the pipeline traces at all, and specialises */
  tracing: boolean;
  specialise: boolean;
  wallTimeMs: number;
  instructions: { base: number; trace: number };
  timeInTracesMs: number;
  aborted: Record<string, number>;
}

export function collectReport(run: RunFacts): ReportData {
  const stages: StageInfo[] = !run.tracing
    ? []
    : run.specialise
      ? [
          { key: "thin", title: "thin trace, as recorded", ran: false },
          { key: "specialise", title: "specialised (first iteration)", ran: true },
          { key: "loop", title: "specialised loop body (later iterations)", ran: true },
        ]
      : [{ key: "thin", title: "thin trace, as recorded (runs)", ran: true }];
  const logged = traceLog.traces;
  const ids = new Map<Trace, number>(logged.map((l, i) => [l.trace, i + 1]));
  const files = new Files(run.programIsFile ? run.program : null);
  const views = logged.map((l, i) => traceView(l, i + 1, ids, files, run.specialise));
  // side traces: linked from the exits that recorded them
  for (const v of views)
    for (const row of v.rows)
      for (const g of Object.values(row))
        for (const op of g?.ops ?? [])
          if (typeof op.exit?.side === "number") {
            const side = views[op.exit.side - 1];
            if (side.parent === null) side.parent = { trace: v.id, guard: op.exit.id, file: g!.file, line: g!.line };
            if (!v.sides.includes(side.id)) v.sides.push(side.id);
          }
  for (const v of views) if (v.kind === "loop") files.markLoop(v.file, v.line, v.id);
  return {
    program: run.program,
    pipeline: run.pipeline,
    hot: run.hot,
    wallTimeMs: run.wallTimeMs,
    instructions: run.instructions,
    timeInTracesMs: run.timeInTracesMs,
    noTraces: !run.tracing
      ? `The ${run.pipeline} pipeline runs the base interpreter only: no traces are recorded. Run with --pipeline thin or specialise to see traces.`
      : views.length === 0
        ? noTraceReason(run)
        : null,
    stages,
    files: files.list(),
    traces: views,
    aborted: run.aborted,
  };
}

function noTraceReason(run: RunFacts): string {
  const aborted = Object.values(run.aborted).reduce((a, b) => a + b, 0);
  return aborted > 0
    ? `No trace was kept: ${aborted} recording${aborted === 1 ? " was" : "s were"} aborted (the reasons are in the summary above).`
    : `No loop got hot enough to be traced (--hot ${run.hot} back-edges).`;
}

function traceView(l: LoggedTrace, id: number, ids: Map<Trace, number>, files: Files, specialise: boolean): TraceView {
  const t = l.trace;
  const home = t.code;
  const file = files.index(home.filename);
  const codeIds = new Map<PyCode, number>();
  const codeId = (c: PyCode) => codeIds.get(c) ?? (codeIds.set(c, codeIds.size), codeIds.size - 1);
  const groupsOf = (entries: readonly TraceEntry[], stage: StageKey, fragmentsOf: FragmentEntries): OpGroup[] =>
    group(entries, home, `t${id}-${stage}`, { ids, codeId, files, fragmentsOf });
  const stages: Partial<Record<StageKey, OpGroup[]>> = {};
  const sizes: TraceView["sizes"] = {};
  stages.thin = groupsOf(l.thin, "thin", (fr) => l.thinFragments.get(fr) ?? fr.entries);
  sizes.thin = l.thin.length;
  if (specialise && t.entries !== l.thin) {
    stages.specialise = groupsOf(t.entries, "specialise", (fr) => fr.entries);
    sizes.specialise = t.entries.length;
    if (t.loop !== null) {
      stages.loop = groupsOf(t.loop, "loop", (fr) => fr.entries);
      sizes.loop = t.loop.length;
    }
  }
  const status = t.invalid
    ? "invalidated (a class or global it assumed changed)"
    : !l.loop
      ? "side trace"
      : lookupTrace(t.code, t.header) === t
        ? "in the trace cache at exit"
        : "evicted or replaced";
  return {
    id,
    number: l.number,
    kind: l.loop ? "loop" : "side",
    function: home.qualname,
    file,
    line: lineOf(home, t.header),
    offset: t.header * 2,
    fatOps: t.fatOps,
    status,
    parent: null,
    sides: [],
    runs: l.runs,
    instructions: l.instructions,
    timeMs: l.timeMs,
    sizes,
    rows: alignStages(stages, ["thin", "specialise", "loop"]),
  };
}

type FragmentEntries = (fr: Exclude<Fragment, "failed">) => readonly TraceEntry[];

interface GroupContext {
  ids: Map<Trace, number>;
  /** numbers the codes the same in every stage, so their groups' keys match */
  codeId: (c: PyCode) => number;
  files: Files;
  fragmentsOf: FragmentEntries;
}

/** The entries grouped by the fat op they came from, as --dump-traces groups them. */
function group(entries: readonly TraceEntry[], home: PyCode, idPrefix: string, cx: GroupContext): OpGroup[] {
  const groups: OpGroup[] = [];
  let last: OpGroup | null = null;
  let lastCode: PyCode | null = null;
  let lastFat = -1;
  entries.forEach((e, i) => {
    if (last === null || e.fatIp !== lastFat || e.code !== lastCode) {
      const line = lineOf(e.code, e.fatIp);
      const file = cx.files.index(e.code.filename);
      cx.files.markTraced(file, line);
      last = {
        key: `${cx.codeId(e.code)}:${e.fatIp}:${e.depth}`,
        file,
        line,
        inFunction: e.code === home ? null : e.code.qualname,
        source: cx.files.line(file, line),
        fatOp: `${OPNAMES[e.code.ops[e.fatIp]]} ${e.code.args[e.fatIp]}`,
        offset: e.fatIp * 2,
        depth: e.depth,
        ops: [],
      };
      groups.push(last);
      lastFat = e.fatIp;
      lastCode = e.code;
    }
    last.ops.push(opRow(e, `${idPrefix}-${i}`, cx));
  });
  return groups;
}

function irText(r: IrRefs | null): string {
  if (r === null) return "";
  return `[${r.ins.map((v) => `v${v}`).join(" ")}${r.outs.length > 0 ? ` -> ${r.outs.map((v) => `v${v}`).join(" ")}` : ""}]`;
}

function opRow(e: TraceEntry, id: string, cx: GroupContext): OpRow {
  const imm = e.imm !== 0 ? `(${e.imm})` : "";
  const row: OpRow = { kind: "op", name: THIN_NAMES[e.op], detail: `${imm} ${irText(e.ir)}`.trim(), exit: null, snapshot: e.snap !== null ? snapshotText(e.snap) : null, fragments: [] };
  switch (e.kind) {
    case GUARD:
      row.kind = "guard";
      row.name = `GUARD_${e.expected ? "TRUE" : "FALSE"} ${THIN_NAMES[e.op]}`;
      row.exit = exitView(e, id, cx);
      break;
    case ENTER:
      row.kind = "enter";
      row.name = "ENTER";
      row.detail = `${e.callee!.qualname} (${enterText(e)})`;
      row.exit = exitView(e, id, cx);
      break;
    case LEAVE:
      row.kind = "leave";
      row.name = "LEAVE";
      break;
    case METHOD:
      row.kind = "method";
      row.name = "METHOD_OF_CLASS";
      row.detail = `${imm} ${e.type!.name} version ${e.version} ${irText(e.ir)}`.trim();
      row.exit = exitView(e, id, cx);
      break;
    default:
      row.fragments = fragmentViews(e, id, cx);
  }
  return row;
}

function exitView(e: TraceEntry, id: string, cx: GroupContext): ExitView {
  let side: ExitView["side"] = null;
  if (e.side === "failed") side = "failed";
  else if (e.side !== null) side = cx.ids.get(e.side) ?? (e.side.entries.length === 0 ? "header" : null);
  return { id, to: e.next * 2, taken: e.exits, side };
}

function fragmentViews(e: TraceEntry, id: string, cx: GroupContext): FragmentView[] {
  const out: FragmentView[] = [];
  let n = 0;
  for (const [code, ip, fr] of e.fragments?.map.entries() ?? []) {
    const what = `${ip === 0 ? "calls" : `resumes at @${ip * 2}`} ${code.qualname}`;
    if (fr === "failed") {
      out.push({ title: `${what}: not recorded, runs in the base interpreter`, groups: null });
      continue;
    }
    const entries = cx.fragmentsOf(fr);
    out.push({
      title: `${what}: fragment of ${entries.length} thin ops${fr.yieldAt >= 0 ? `, to the yield at @${fr.yieldAt * 2}` : ""}`,
      groups: group(entries, code, `${id}-f${n++}`, cx),
    });
  }
  return out;
}

/** The source files the report shows, read once each. */
class Files {
  private readonly files: SourceFile[] = [];
  private readonly byPath = new Map<string, number>();
  private readonly traced: Set<number>[] = [];

  private readonly programGiven: boolean;

  constructor(program: string | null) {
    this.programGiven = program !== null;
    if (program !== null) this.index(program);
  }

  index(path: string): number {
    const key = resolve(path);
    let i = this.byPath.get(key);
    if (i === undefined) {
      i = this.files.length;
      this.byPath.set(key, i);
      this.files.push({ path, program: this.files.length === 0 && this.programGiven, lines: readLines(path), loops: [], traced: [] });
      this.traced.push(new Set());
    }
    return i;
  }

  line(file: number, line: number): string {
    return this.files[file].lines?.[line - 1]?.trim() ?? "";
  }

  markTraced(file: number, line: number): void {
    if (line > 0) this.traced[file].add(line);
  }

  markLoop(file: number, line: number, trace: number): void {
    const loops = this.files[file].loops;
    const at = loops.find((l) => l.line === line);
    if (at !== undefined) at.traces.push(trace);
    else loops.push({ line, traces: [trace] });
  }

  list(): SourceFile[] {
    return this.files.map((f, i) => ({ ...f, loops: [...f.loops].sort((a, b) => a.line - b.line), traced: [...this.traced[i]].sort((a, b) => a - b) }));
  }
}

function readLines(path: string): string[] | null {
  try {
    return readFileSync(path, "utf8").replace(/\n$/, "").split("\n");
  } catch {
    return null;
  }
}
