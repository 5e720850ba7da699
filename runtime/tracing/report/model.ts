// The trace report's data: plain, serialisable values built from the traces the log kept
// (log.ts) once the program has ended, for render.ts to draw. Each trace is shown at every stage
// it went through: the thin trace as recorded and, in the specialise pipeline, the specialised
// preamble and the peeled loop body; ops are grouped under the fat op (and source line) they
// came from, and the stages' groups are aligned row by row.

/** Everything the page shows. */
export interface ReportData {
  program: string;
  pipeline: string;
  hot: number;
  wallTimeMs: number;
  instructions: { base: number; trace: number };
  timeInTracesMs: number;
  /** why there are no traces, when there are none (e.g. the base pipeline) */
  noTraces: string | null;
  /** the stages each trace is shown at, in pipeline order */
  stages: StageInfo[];
  /** source files that hold code the traces ran, the program's first */
  files: SourceFile[];
  traces: TraceView[];
  aborted: Record<string, number>;
}

export interface StageInfo {
  key: StageKey;
  title: string;
  /** whether this form of the trace is the one that ran (its exits have counts) */
  ran: boolean;
}

export type StageKey = "thin" | "specialise" | "loop";

export interface SourceFile {
  path: string;
  /** the program's own file: shown whole (others only around the lines traces run) */
  program: boolean;
  /** its lines (null: the file could not be read) */
  lines: string[] | null;
  /** 1-based line numbers of loop headers with a trace, and the traces */
  loops: { line: number; traces: number[] }[];
  /** 1-based line numbers that some trace runs (inlined calls and fragments included) */
  traced: number[];
}

export interface TraceView {
  id: number;
  /** --dump-traces' number for the same trace */
  number: number;
  kind: "loop" | "side";
  function: string;
  /** index into ReportData.files */
  file: number;
  /** the loop header's line and offset */
  line: number;
  offset: number;
  fatOps: number;
  status: string;
  /** where a side trace was recorded from */
  parent: { trace: number; guard: string; file: number; line: number } | null;
  /** side traces recorded from this trace's exits */
  sides: number[];
  runs: number;
  instructions: number;
  timeMs: number;
  /** thin ops per stage */
  sizes: Partial<Record<StageKey, number>>;
  /** the stages' groups, aligned: rows[i][stage] is the group of that stage at row i (or null) */
  rows: Partial<Record<StageKey, OpGroup | null>>[];
}

/** The thin ops one fat op became, at one stage. */
export interface OpGroup {
  /** what aligns groups across stages: code, fat op and inlining depth */
  key: string;
  /** index into ReportData.files, and the line there */
  file: number;
  line: number;
  /** the function the fat op is in, when not the trace's own */
  inFunction: string | null;
  /** its source text */
  source: string;
  fatOp: string;
  offset: number;
  depth: number;
  ops: OpRow[];
}

export interface OpRow {
  kind: "op" | "guard" | "enter" | "leave" | "method";
  /** the thin op (or ENTER/LEAVE/METHOD_OF_CLASS) and its operands */
  name: string;
  detail: string;
  /** guards, ENTER and METHOD: the exit */
  exit: ExitView | null;
  /** the values the specialiser knew at the exit */
  snapshot: string | null;
  fragments: FragmentView[];
}

export interface ExitView {
  /** unique in the page: `t<trace>-<stage>-<index>` */
  id: string;
  /** where the base interpreter resumes (bytecode offset) */
  to: number;
  /** times taken (counted only for the stage that ran) */
  taken: number;
  /** the side trace recorded from it, "failed" if its recording was abandoned, "header" when
   *  the exit lands on the loop header (the loop trace itself goes on) */
  side: number | "failed" | "header" | null;
}

export interface FragmentView {
  title: string;
  groups: OpGroup[] | null;
}

/** Greedy alignment of `other`'s groups to `base`'s: an optimiser stage removes and replaces ops
 *  but keeps their order, so each of its groups matches the next base group with its key.
 *  Returns rows of [base index | -1, other index | -1]. */
export function alignGroups(base: readonly { key: string }[], other: readonly { key: string }[]): [number, number][] {
  const rows: [number, number][] = [];
  let i = 0;
  for (let j = 0; j < other.length; j++) {
    let k = i;
    while (k < base.length && base[k].key !== other[j].key) k++;
    if (k === base.length) {
      rows.push([-1, j]);
      continue;
    }
    for (; i < k; i++) rows.push([i, -1]);
    rows.push([i++, j]);
  }
  for (; i < base.length; i++) rows.push([i, -1]);
  return rows;
}

/** Rows of every stage's groups, aligned to the first stage's. */
export function alignStages(stages: Partial<Record<StageKey, OpGroup[]>>, order: readonly StageKey[]): TraceView["rows"] {
  const [first, ...rest] = order.filter((k) => stages[k] !== undefined);
  if (first === undefined) return [];
  const base = stages[first]!;
  // per base group, the rows that hold it; other stages' unmatched groups go after the row of
  // the base group before them
  const rows: TraceView["rows"] = [];
  const rowOfBase: number[] = [];
  base.forEach((g, i) => {
    rowOfBase[i] = rows.length;
    rows.push({ [first]: g });
  });
  const extra = new Map<number, TraceView["rows"]>();
  for (const k of rest) {
    const groups = stages[k]!;
    let lastBase = -1;
    for (const [b, o] of alignGroups(base, groups)) {
      if (b >= 0) {
        lastBase = b;
        if (o >= 0) rows[rowOfBase[b]][k] = groups[o];
      } else {
        let list = extra.get(lastBase);
        if (list === undefined) extra.set(lastBase, (list = []));
        list.push({ [k]: groups[o] });
      }
    }
  }
  const out: TraceView["rows"] = [...(extra.get(-1) ?? [])];
  rows.forEach((r, i) => out.push(r, ...(extra.get(i) ?? [])));
  return out;
}
