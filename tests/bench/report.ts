// Rendering the Markdown report (RESULTS.md) and the raw JSON dump.
import { geomean, maxOf, median, medianOf, minOf } from "./stats.js";
import type { Cell, HotpyStats, Impl, Results } from "./types.js";

// ---------------------------------------------------------------- numbers

export function fmtRatio(r: number): string {
  if (!Number.isFinite(r)) return "—";
  if (r < 10) return r.toFixed(2);
  if (r < 100) return r.toFixed(1);
  return r.toFixed(0);
}

export function fmtSeconds(s: number): string {
  if (!Number.isFinite(s)) return "—";
  if (s < 1) return s.toFixed(3);
  if (s < 100) return s.toFixed(2);
  return s.toFixed(0);
}

export function fmtCount(n: number): string {
  const units: [number, string][] = [
    [1e12, "T"],
    [1e9, "G"],
    [1e6, "M"],
    [1e3, "k"],
  ];
  for (const [v, u] of units) {
    if (Math.abs(n) >= v) {
      const x = n / v;
      return (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) + u;
    }
  }
  return String(Math.round(n));
}

function pct(f: number): string {
  return `${(f * 100).toFixed(f < 0.1 ? 1 : 0)}%`;
}

// ---------------------------------------------------------------- cells

/** Median wall time of a cell, or undefined when it has no successful run. */
export function cellTime(cell: Cell | undefined): number | undefined {
  if (!cell || (cell.status !== "ok" && cell.status !== "unchecked") || cell.times.length === 0) return undefined;
  return median(cell.times);
}

/** impl time / CPython time for one benchmark (undefined when either is missing). */
export function speedRatio(r: Results, bench: string, implId: string): number | undefined {
  const row = r.cells.get(bench);
  const base = cellTime(row?.get("cpython"));
  const t = cellTime(row?.get(implId));
  if (base === undefined || t === undefined || base <= 0) return undefined;
  return t / base;
}

export function statusText(cell: Cell | undefined): string {
  if (!cell) return "—";
  if (cell.status === "failed") return "FAILED";
  if (cell.status === "timeout") return "TIMEOUT";
  return "—";
}

function table(header: string[], rows: string[][], align?: ("l" | "r")[]): string {
  const a = align ?? header.map((_, i) => (i === 0 ? "l" : "r"));
  const sep = a.map((x) => (x === "l" ? ":---" : "---:"));
  const line = (cells: string[]): string => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), `|${sep.join("|")}|`, ...rows.map(line)].join("\n");
}

// ---------------------------------------------------------------- stages

type Stage = "thin" | "specialise" | "doc" | "register";
const STAGES: Stage[] = ["thin", "specialise", "doc", "register"];

/** Map a pipeline or stage name to one of the paper's stages. */
export function stageOf(name: string): Stage | undefined {
  const n = name.toLowerCase();
  if (n.startsWith("thin")) return "thin";
  if (n.startsWith("spec")) return "specialise";
  if (n.startsWith("doc") || n.startsWith("defer")) return "doc";
  if (n.startsWith("reg")) return "register";
  return undefined;
}

function hotpyImpls(r: Results): Impl[] {
  return r.impls.filter((i) => i.kind === "hotpy");
}

/** The per-run stats of a cell, reduced to medians. */
export function medianStats(cell: Cell | undefined): HotpyStats | undefined {
  if (!cell || cell.stats.length === 0) return undefined;
  const s: HotpyStats = {};
  const put = <K extends keyof HotpyStats>(k: K, v: HotpyStats[K] | undefined): void => {
    if (v !== undefined) s[k] = v;
  };
  put("baseInsns", medianOf(cell.stats, (x) => x.baseInsns));
  put("traceInsns", medianOf(cell.stats, (x) => x.traceInsns));
  put("traceEntries", medianOf(cell.stats, (x) => x.traceEntries));
  put("timeInTraces", medianOf(cell.stats, (x) => x.timeInTraces));
  put("tracesRecorded", medianOf(cell.stats, (x) => x.tracesRecorded));
  put("tracesAborted", medianOf(cell.stats, (x) => x.tracesAborted));
  const keys = new Set<string>();
  for (const st of cell.stats) for (const k of Object.keys(st.traceByStage ?? {})) keys.add(k);
  if (keys.size > 0) {
    const m: Record<string, number> = {};
    for (const k of keys) {
      const v = medianOf(cell.stats, (x) => x.traceByStage?.[k]);
      if (v !== undefined) m[k] = v;
    }
    s.traceByStage = m;
  }
  return Object.keys(s).length ? s : undefined;
}

interface StageOps {
  ops: number; // trace instructions at this stage
  baseOfSamePipeline?: number; // base-interpreter instructions of the pipeline it came from
  from: string; // pipeline it came from
}

/**
 * Trace instruction count of a stage for one benchmark: from the pipeline named
 * after the stage (its traceByStage entry, else its instructions.trace), else
 * from the last pipeline whose traceByStage has the stage.
 */
function stageOps(r: Results, bench: string, stage: Stage): StageOps | undefined {
  const row = r.cells.get(bench);
  const hp = hotpyImpls(r);
  const named = hp.find((i) => stageOf(i.pipeline!) === stage);
  if (named) {
    const st = medianStats(row?.get(named.id));
    if (st) {
      const key = Object.keys(st.traceByStage ?? {}).find((k) => stageOf(k) === stage);
      const ops = key !== undefined ? st.traceByStage![key] : st.traceInsns;
      if (ops !== undefined) return { ops, baseOfSamePipeline: st.baseInsns, from: named.pipeline! };
    }
  }
  for (let i = hp.length - 1; i >= 0; i--) {
    const st = medianStats(row?.get(hp[i]!.id));
    const key = Object.keys(st?.traceByStage ?? {}).find((k) => stageOf(k) === stage);
    if (st && key !== undefined) return { ops: st.traceByStage![key]!, baseOfSamePipeline: st.baseInsns, from: hp[i]!.pipeline! };
  }
  return undefined;
}

/** Fat ops executed by the base interpreter when nothing is traced (the `base` pipeline). */
function baseFatOps(r: Results, bench: string): number | undefined {
  const base = hotpyImpls(r).find((i) => i.pipeline === "base");
  if (!base) return undefined;
  return medianStats(r.cells.get(bench)?.get(base.id))?.baseInsns;
}

/** The stack-based pipeline a register pipeline is compared with: the one listed just before it. */
function stackPartner(r: Results): { reg: Impl; stack: Impl } | undefined {
  const hp = hotpyImpls(r);
  const idx = hp.findIndex((i) => stageOf(i.pipeline!) === "register");
  if (idx <= 0) return undefined;
  return { reg: hp[idx]!, stack: hp[idx - 1]! };
}

// ---------------------------------------------------------------- sections

/** The command line of the run (paths given to --out/--json shown by file name only). */
function benchCommand(c: Results["config"]): string {
  const args = c.args ?? (c.quick ? ["--quick"] : []);
  const shown = args.map((a, i) => (["--out", "--json"].includes(args[i - 1] ?? "") || /^--(out|json)=/.test(a) ? a.replace(/^(--\w+=)?.*[\\/]/, "$1") : a));
  return `npm run bench${shown.length > 0 ? ` -- ${shown.join(" ")}` : ""}`;
}

function header(r: Results, chart: string): string {
  const m = r.machine;
  const c = r.config;
  const lines = [
    "# HotPy benchmark results",
    "",
    `Generated by \`${benchCommand(c)}\` (tests/bench/harness.ts), one run: every table below comes from it. See tests/bench/README.md for what the benchmarks do and what each column means.`,
    "",
    `- **When:** ${m.date}`,
    `- **Machine:** ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, ${m.os}`,
    // interpreters by version only: a machine's paths stay out of the committed report
    `- **Versions:** node ${m.node}; CPython ${m.cpython.replace(/^Python /, "")}; PyPy ${m.pypy.replace(/\s*\([^()]*\/[^()]*\)\s*$/, "")}; hotpy commit ${m.hotpyCommit}`,
    `- **Settings:** ${c.quick ? "quick sizes" : "full sizes"}, ${c.runs} run${c.runs === 1 ? "" : "s"} per implementation (round-robin; medians reported), timeout ${c.timeoutSeconds} s per run; memory: ${m.memoryMethod}`,
    `- **Implementations:** ${r.impls.map((i) => i.label).join(", ")}`,
  ];
  if (r.notes.length) {
    lines.push("", "Notes:", "", ...r.notes.map((n) => `- ${n}`));
  }
  if (r.benchmarks.some((b) => b.group === undefined))
    lines.push("", `![speed relative to CPython](${chart})`, "", `Chart: [${chart}](${chart}) (time relative to CPython, log scale).`);
  return lines.join("\n");
}

function sizesSection(r: Results): string {
  const rows = r.benchmarks.map((b) => [b.name, b.file, b.args.join(" ") || "(default)", b.quickArgs.join(" ") || "(default)"]);
  return [
    "## Sizes",
    "",
    `This run used the **${r.config.quick ? "quick" : "full"}** sizes (the command-line argument passed to each program).`,
    "",
    table(["benchmark", "file", "full", "quick"], rows, ["l", "l", "r", "r"]),
  ].join("\n");
}

function timeTable(r: Results): string {
  const others = r.impls.filter((i) => i.id !== "cpython");
  const head = ["benchmark", "CPython (s)", ...others.map((i) => `${i.label} (×)`)];
  const rows: string[][] = [];
  for (const b of r.benchmarks) {
    const row = r.cells.get(b.name)!;
    const cp = row.get("cpython");
    const cpT = cellTime(cp);
    const cells = [b.name, cpT !== undefined ? fmtSeconds(cpT) : statusText(cp)];
    for (const i of others) {
      const ratio = speedRatio(r, b.name, i.id);
      const cell = row.get(i.id);
      let txt = ratio !== undefined ? fmtRatio(ratio) : statusText(cell);
      if (ratio !== undefined && cell?.status === "unchecked") txt += " (unchecked)";
      cells.push(txt);
    }
    rows.push(cells);
  }
  const cpTimes = r.benchmarks.map((b) => cellTime(r.cells.get(b.name)!.get("cpython"))).filter((x): x is number => x !== undefined);
  const geo = ["**geometric mean**", cpTimes.length ? fmtSeconds(geomean(cpTimes)) : "—"];
  for (const i of others) {
    const ratios = r.benchmarks.map((b) => speedRatio(r, b.name, i.id)).filter((x): x is number => x !== undefined);
    if (ratios.length === 0) geo.push("—");
    else geo.push(`**${fmtRatio(geomean(ratios))}**${ratios.length < r.benchmarks.length ? ` (${ratios.length} of ${r.benchmarks.length})` : ""}`);
  }
  rows.push(geo);
  return [
    "## Table 1: wall time",
    "",
    "CPython: median wall time in seconds (process start to exit). Other columns: median time divided by CPython's median time for the same benchmark, so **> 1 is slower than CPython**. FAILED = crashed or printed something different from CPython; TIMEOUT = exceeded the per-run limit. The geometric mean is over the benchmarks where both ran.",
    "",
    table(head, rows),
  ].join("\n");
}

function rawTimeTable(r: Results): string {
  const head = ["benchmark", ...r.impls.map((i) => i.label)];
  const rows = r.benchmarks.map((b) => {
    const row = r.cells.get(b.name)!;
    return [
      b.name,
      ...r.impls.map((i) => {
        const c = row.get(i.id);
        const t = cellTime(c);
        if (t === undefined || !c) return statusText(c);
        return c.times.length > 1 ? `${fmtSeconds(t)} (${fmtSeconds(minOf(c.times))}–${fmtSeconds(maxOf(c.times))})` : fmtSeconds(t);
      }),
    ];
  });
  return ["### Table 1b: wall time in seconds", "", "Median (min–max) over the runs.", "", table(head, rows)].join("\n");
}

function instructionTables(r: Results): string {
  const hp = hotpyImpls(r);
  const parts: string[] = ["## Table 2: instructions executed per tier (the HotPy paper's table)", ""];
  // 2a: counts. One column per pipeline (base-interpreter ops + trace ops),
  // then one column per trace stage.
  const countCols: { head: string; get: (bench: string) => string | undefined }[] = [];
  const statsOf = (b: string, i: Impl): HotpyStats | undefined => medianStats(r.cells.get(b)?.get(i.id));
  for (const i of hp) {
    const has = r.benchmarks.some((b) => {
      const st = statsOf(b.name, i);
      return st?.baseInsns !== undefined || st?.traceInsns !== undefined;
    });
    if (!has) continue;
    countCols.push({
      head: i.pipeline === "base" ? "base: fat ops" : `${i.pipeline}: base + trace ops`,
      get: (b) => {
        const st = statsOf(b, i);
        if (!st || (st.baseInsns === undefined && st.traceInsns === undefined)) return undefined;
        if (st.traceInsns === undefined) return fmtCount(st.baseInsns!);
        return `${st.baseInsns !== undefined ? fmtCount(st.baseInsns) : "?"} + ${fmtCount(st.traceInsns)}`;
      },
    });
  }
  const otherStageKeys = new Set<string>();
  for (const i of hp) {
    for (const b of r.benchmarks) {
      for (const k of Object.keys(statsOf(b.name, i)?.traceByStage ?? {})) if (!stageOf(k)) otherStageKeys.add(k);
    }
  }
  for (const stage of STAGES) {
    if (!r.benchmarks.some((b) => stageOps(r, b.name, stage) !== undefined)) continue;
    countCols.push({
      head: `${stage} trace ops`,
      get: (b) => {
        const s = stageOps(r, b, stage);
        return s ? fmtCount(s.ops) : undefined;
      },
    });
  }
  for (const k of otherStageKeys) {
    const last = [...hp].reverse();
    countCols.push({
      head: `${k} trace ops`,
      get: (b) => {
        for (const i of last) {
          const v = statsOf(b, i)?.traceByStage?.[k];
          if (v !== undefined) return fmtCount(v);
        }
        return undefined;
      },
    });
  }
  if (countCols.length === 0) {
    parts.push("No pipeline produced instruction counts (`--stats-json` keys `instructions.*`), so this table is empty.");
    return parts.join("\n");
  }
  parts.push(
    "### Table 2a: instruction counts",
    "",
    "From each pipeline's `--stats-json` (median over runs). *base: fat ops* = `instructions.base` of the `base` pipeline (bytecodes run with no tracing); " +
      "*P: base + trace ops* = pipeline P's `instructions.base` (run by the base interpreter) + `instructions.trace` (run inside traces); " +
      "*S trace ops* = trace instructions at stage S (`instructions.traceByStage.S`, taken from the pipeline named S if there is one, else from the last pipeline reporting S).",
    "",
    table(
      ["benchmark", ...countCols.map((c) => c.head)],
      r.benchmarks.map((b) => [b.name, ...countCols.map((c) => c.get(b.name) ?? "—")]),
    ),
  );
  // 2b: ratios between stages
  const ratioCols: { head: string; get: (bench: string) => number | undefined }[] = [];
  const haveStage = (s: Stage): boolean => r.benchmarks.some((b) => stageOps(r, b.name, s) !== undefined);
  const haveBase = r.benchmarks.some((b) => baseFatOps(r, b.name) !== undefined);
  if (haveBase && haveStage("thin")) {
    ratioCols.push({
      head: "thin / base ops",
      get: (b) => {
        const t = stageOps(r, b, "thin");
        const f = baseFatOps(r, b);
        if (!t || f === undefined || f <= 0) return undefined;
        return ((t.baseOfSamePipeline ?? 0) + t.ops) / f;
      },
    });
  }
  const pairs: [Stage, Stage, string][] = [
    ["specialise", "thin", "specialise / thin ops"],
    ["doc", "specialise", "doc / specialise ops"],
  ];
  for (const [num, den, head] of pairs) {
    if (haveStage(num) && haveStage(den)) {
      ratioCols.push({
        head,
        get: (b) => {
          const n = stageOps(r, b, num);
          const d = stageOps(r, b, den);
          return n && d && d.ops > 0 ? n.ops / d.ops : undefined;
        },
      });
    }
  }
  // the specialiser's own share: thin ops run, a superinstruction counting as its two ops
  const specNamed = hotpyImpls(r).find((i) => i.pipeline === "specialise");
  const thinNamed = hotpyImpls(r).find((i) => i.pipeline === "thin");
  if (specNamed && thinNamed) {
    ratioCols.push({
      head: "specialise / thin thin ops (pairs as two)",
      get: (b) => {
        const row = r.cells.get(b);
        const sp = medianStats(row?.get(specNamed.id));
        const th = medianStats(row?.get(thinNamed.id));
        const n = sp?.traceEntries ?? sp?.traceInsns;
        const d = th?.traceEntries ?? th?.traceInsns;
        return n !== undefined && d !== undefined && d > 0 ? n / d : undefined;
      },
    });
  }
  const partner = stackPartner(r);
  if (partner) {
    ratioCols.push({
      head: `register / stack time (${partner.reg.pipeline} / ${partner.stack.pipeline})`,
      get: (b) => {
        const row = r.cells.get(b);
        const a = cellTime(row?.get(partner.reg.id));
        const s = cellTime(row?.get(partner.stack.id));
        return a !== undefined && s !== undefined && s > 0 ? a / s : undefined;
      },
    });
  }
  // the js stage compiles the specialised trace: its time against that pipeline's
  const hps = hotpyImpls(r);
  const jsImpl = hps.find((i) => i.pipeline === "js");
  const specImpl = hps.find((i) => stageOf(i.pipeline!) === "specialise");
  if (jsImpl && specImpl) {
    ratioCols.push({
      head: "js / specialise time",
      get: (b) => {
        const row = r.cells.get(b);
        const a = cellTime(row?.get(jsImpl.id));
        const s = cellTime(row?.get(specImpl.id));
        return a !== undefined && s !== undefined && s > 0 ? a / s : undefined;
      },
    });
  }
  if (ratioCols.length > 0) {
    const rows = r.benchmarks.map((b) => [b.name, ...ratioCols.map((c) => {
      const v = c.get(b.name);
      return v === undefined ? "—" : fmtRatio(v);
    })]);
    const geo = ["**geometric mean**", ...ratioCols.map((c) => {
      const xs = r.benchmarks.map((b) => c.get(b.name)).filter((x): x is number => x !== undefined);
      return xs.length ? `**${fmtRatio(geomean(xs))}**` : "—";
    })];
    rows.push(geo);
    parts.push(
      "",
      "### Table 2b: ratios between stages",
      "",
      "*thin / base ops*: instructions executed with thin-op traces (that pipeline's base ops + thin trace ops) per fat op executed by the `base` pipeline. " +
        "*specialise / thin*, *doc / specialise*: trace instructions after that stage relative to the previous stage (the stack interpreter's superinstructions, spec/specialise.yaml `pairs`, count one). " +
        "*specialise / thin thin ops (pairs as two)*: the same with each superinstruction counted as the two thin ops it runs (`instructions.traceEntries`): what type specialisation alone removed. " +
        "*register / stack time*: wall time of the register-based trace pipeline divided by the stack-based one listed before it. " +
        "*js / specialise time*: wall time with the specialised traces compiled to JavaScript divided by the specialise pipeline's. " +
        "A stage's count is taken from the pipeline named after it, else from any pipeline's `traceByStage`.",
      "",
      table(["benchmark", ...ratioCols.map((c) => c.head)], rows),
    );
  }
  return parts.join("\n");
}

function traceTable(r: Results, title = "## Table 3: share of time in traces"): string {
  const hp = hotpyImpls(r).filter((i) =>
    r.benchmarks.some((b) => {
      const st = medianStats(r.cells.get(b.name)?.get(i.id));
      return st?.timeInTraces !== undefined || st?.tracesRecorded !== undefined;
    }),
  );
  const parts = [title, ""];
  if (hp.length === 0) {
    parts.push("No pipeline reported `timeInTracesFraction` or `traces.*`.");
    return parts.join("\n");
  }
  parts.push(
    "Per pipeline: `timeInTracesFraction` as a percentage, then (traces recorded / traces aborted) when reported. Medians over runs.",
    "",
    table(
      ["benchmark", ...hp.map((i) => i.label)],
      r.benchmarks.map((b) => [
        b.name,
        ...hp.map((i) => {
          const st = medianStats(r.cells.get(b.name)?.get(i.id));
          if (!st) return statusText(r.cells.get(b.name)?.get(i.id));
          let t = st.timeInTraces !== undefined ? pct(st.timeInTraces) : "—";
          if (st.tracesRecorded !== undefined || st.tracesAborted !== undefined) {
            t += ` (${st.tracesRecorded ?? "?"} / ${st.tracesAborted ?? "?"})`;
          }
          return t;
        }),
      ]),
    ),
  );
  return parts.join("\n");
}

function memoryTable(r: Results): string {
  const anyPeak = r.benchmarks.some((b) => r.impls.some((i) => (r.cells.get(b.name)?.get(i.id)?.peaksKB.length ?? 0) > 0));
  const parts = ["## Table 4: peak memory", ""];
  if (!anyPeak) {
    parts.push("Peak memory was not measured on this machine.");
    return parts.join("\n");
  }
  const peak = (b: string, id: string): number | undefined => {
    const c = r.cells.get(b)?.get(id);
    if (!c || c.status === "failed" || c.status === "timeout" || c.peaksKB.length === 0) return undefined;
    return median(c.peaksKB) / 1024;
  };
  const rows = r.benchmarks.map((b) => [
    b.name,
    ...r.impls.map((i) => {
      const v = peak(b.name, i.id);
      return v === undefined ? statusText(r.cells.get(b.name)?.get(i.id)) : v.toFixed(1);
    }),
  ]);
  const geo = ["**geomean × CPython**", ...r.impls.map((i) => {
    const xs: number[] = [];
    for (const b of r.benchmarks) {
      const a = peak(b.name, i.id);
      const c = peak(b.name, "cpython");
      if (a !== undefined && c !== undefined && c > 0) xs.push(a / c);
    }
    return xs.length ? fmtRatio(geomean(xs)) : "—";
  })];
  rows.push(geo);
  parts.push(
    `Median peak resident set size in MiB (${r.machine.memoryMethod}). The last row is the geometric mean of each implementation's peak relative to CPython's.`,
    "",
    table(["benchmark", ...r.impls.map((i) => i.label)], rows),
  );
  return parts.join("\n");
}

function quoteLine(l: string): string {
  return l === "<end of output>" ? l : JSON.stringify(l);
}

function failureSection(r: Results): string {
  const items: string[] = [];
  for (const b of r.benchmarks) {
    for (const i of r.impls) {
      const c = r.cells.get(b.name)?.get(i.id);
      if (!c || (c.status !== "failed" && c.status !== "timeout")) continue;
      let s = `- **${b.name}** on **${i.label}**: ${c.status === "timeout" ? "TIMEOUT" : "FAILED"} — ${c.reason ?? ""}`;
      if (c.diff) {
        s += `\n\n  First differing line (${c.diff.line}):\n\n  \`\`\`\n  expected: ${quoteLine(c.diff.expected)}\n  actual:   ${quoteLine(c.diff.actual)}\n  \`\`\``;
      }
      items.push(s);
    }
  }
  return ["## Failures", "", items.length ? items.join("\n") : "None: every run finished and printed what CPython printed."].join("\n");
}

/**
 * The libraries table: jobs of tests/libraries (real libraries from Debian's packages) as whole
 * processes — start-up, imports and the work — time and peak memory relative to CPython's.
 */
function librariesTable(r: Results): string {
  const others = r.impls.filter((i) => i.id !== "cpython");
  const ok = (b: string, id: string): Cell | undefined => {
    const c = r.cells.get(b)?.get(id);
    return !c || c.status === "failed" || c.status === "timeout" ? undefined : c;
  };
  const peak = (b: string, id: string): number | undefined => {
    const c = ok(b, id);
    return c && c.peaksKB.length > 0 ? median(c.peaksKB) / 1024 : undefined;
  };
  const cpu = (b: string, id: string): number | undefined => {
    const c = ok(b, id);
    return c?.cpus && c.cpus.length > 0 ? median(c.cpus) : undefined;
  };
  const ratio = (f: (b: string, id: string) => number | undefined, b: string, id: string): number | undefined => {
    const a = f(b, id);
    const c = f(b, "cpython");
    return a !== undefined && c !== undefined && c > 0 ? a / c : undefined;
  };
  const withCpu = r.benchmarks.some((b) => cpu(b.name, "cpython") !== undefined);
  const head = [
    "library job",
    "CPython (s)",
    ...(withCpu ? ["CPython CPU (s)"] : []),
    "CPython (MiB)",
    ...others.flatMap((i) => [`${i.label} time (×)`, ...(withCpu ? [`${i.label} CPU (×)`] : []), `${i.label} memory (×)`]),
  ];
  const fmt = (x: number | undefined): string => (x !== undefined ? fmtRatio(x) : "—");
  const rows = r.benchmarks.map((b) => {
    const row = r.cells.get(b.name)!;
    const cpT = cellTime(row.get("cpython"));
    const cpC = cpu(b.name, "cpython");
    const cpM = peak(b.name, "cpython");
    const cells = [b.name, cpT !== undefined ? fmtSeconds(cpT) : statusText(row.get("cpython"))];
    if (withCpu) cells.push(cpC !== undefined ? fmtSeconds(cpC) : "—");
    cells.push(cpM !== undefined ? cpM.toFixed(1) : "—");
    for (const i of others) {
      const t = speedRatio(r, b.name, i.id);
      cells.push(t !== undefined ? fmtRatio(t) : statusText(row.get(i.id)));
      if (withCpu) cells.push(fmt(ratio(cpu, b.name, i.id)));
      cells.push(fmt(ratio(peak, b.name, i.id)));
    }
    return cells;
  });
  const geo = ["**geometric mean**", "", ...(withCpu ? [""] : []), ""];
  const gm = (xs: (number | undefined)[]): string => {
    const v = xs.filter((x): x is number => x !== undefined);
    return v.length ? `**${fmtRatio(geomean(v))}**` : "—";
  };
  for (const i of others) {
    geo.push(gm(r.benchmarks.map((b) => speedRatio(r, b.name, i.id))));
    if (withCpu) geo.push(gm(r.benchmarks.map((b) => ratio(cpu, b.name, i.id))));
    geo.push(gm(r.benchmarks.map((b) => ratio(peak, b.name, i.id))));
  }
  rows.push(geo);
  return [
    "## Libraries",
    "",
    "Jobs of `tests/libraries` (real pure-Python libraries from Debian's packages, see its README), each timed as a whole process: start-up, importing the library (its modules compiled once by CPython and cached) and the work. CPython: median wall time and" +
      (withCpu ? " CPU time (user + system, all threads) in seconds" : " seconds") +
      " and median peak RSS in MiB; other columns: the same divided by CPython's, **> 1 = slower / bigger**." +
      (withCpu ? " CPU time counts node's compiler and GC threads, which run beside the VM's own thread (on a machine with a core to spare they cost little wall time)." : "") +
      " Every output was checked against CPython's.",
    "",
    table(head, rows),
  ].join("\n");
}

/**
 * The start-up table: tiny programs (hello world, a few standard imports) as whole processes,
 * caches warm, best and median wall time and peak RSS beside CPython's; Node's own start-up
 * (alone, and starting the worker thread the VM runs in) as the floor under any VM on Node.
 */
function startupTable(r: Results): string {
  const ms = (s: number) => `${Math.round(s * 1000)}`;
  const mib = (kb: number[]) => (kb.length > 0 ? (Math.max(...kb) / 1024).toFixed(1) : "—");
  const head = ["start-up job", "implementation", "best (ms)", "median (ms)", "CPU best (ms)", "peak RSS (MiB)", "best × CPython", "CPython processes started", "V8 code cache"];
  const cpuBest = (xs: number[] | undefined) => (xs && xs.length > 0 ? ms(minOf(xs)) : "—");
  const rows: string[][] = [];
  for (const b of r.benchmarks) {
    const row = r.cells.get(b.name)!;
    const cp = row.get("cpython");
    const cpBest = cp && cp.times.length > 0 ? minOf(cp.times) : undefined;
    for (const i of r.impls) {
      const c = row.get(i.id);
      if (!c || c.times.length === 0) {
        rows.push([b.name, i.label, statusText(c), "", "", "", "", "", ""]);
        continue;
      }
      const best = minOf(c.times);
      const spawned = c.stats.map((st) => st.cpythonProcesses).filter((n): n is number => n !== undefined);
      const caches = [...new Set(c.stats.map((st) => st.codeCache).filter((x): x is string => x !== undefined))];
      rows.push([
        b.name,
        i.label,
        ms(best),
        ms(median(c.times)),
        cpuBest(c.cpus),
        mib(c.peaksKB),
        i.id === "cpython" || cpBest === undefined ? "" : fmtRatio(best / cpBest),
        spawned.length > 0 ? `${Math.max(...spawned)}` : "",
        caches.join(", "),
      ]);
    }
  }
  for (const f of r.nodeFloor ?? []) {
    if (f.times.length > 0) rows.push(["(Node's floor)", f.label, ms(minOf(f.times)), ms(median(f.times)), cpuBest(f.cpus), mib(f.peaksKB), "", "", ""]);
  }
  return [
    "## Start-up",
    "",
    "Whole processes of tiny programs (`startup_hello.py` prints one line; `startup_imports.py` imports json, re, collections and dataclasses), each run once untimed so that every cache is warm (CPython's `__pycache__`; HotPy's compile cache and the V8 code cache of its bundle, see the README), then timed at least 5 times round-robin with the other implementations. CPU is user + system time of all the process's threads (the least of the timed runs), steadier than wall time on a busy machine. Peak RSS is the largest of the timed runs. \"CPython processes started\" is the most any timed HotPy run started (from `--stats-json`): 0 means every compile came from a cache. The last rows are Node itself, measured in the same loop: HotPy runs the VM in a worker thread (for Python's deep recursion), so no HotPy start-up can go below the second of them.",
    "",
    table(head, rows),
  ].join("\n");
}

export function renderReport(r: Results, chartFile: string): string {
  const main: Results = { ...r, benchmarks: r.benchmarks.filter((b) => b.group === undefined) };
  const libraries: Results = { ...r, benchmarks: r.benchmarks.filter((b) => b.group === "libraries") };
  const startup: Results = { ...r, benchmarks: r.benchmarks.filter((b) => b.group === "startup") };
  const sections =
    main.benchmarks.length > 0
      ? [header(r, chartFile), timeTable(main), rawTimeTable(main), instructionTables(main), traceTable(main), memoryTable(main)]
      : [header(r, chartFile)];
  if (startup.benchmarks.length > 0) sections.push(startupTable(startup));
  if (libraries.benchmarks.length > 0) sections.push(librariesTable(libraries), traceTable(libraries, "### Libraries: share of time in traces"));
  sections.push(failureSection(r), sizesSection(r));
  return sections.join("\n\n") + "\n";
}

/** Plain-object form of the results for --json. */
export function resultsToJson(r: Results): unknown {
  const cells: Record<string, Record<string, Cell>> = {};
  for (const [b, row] of r.cells) {
    cells[b] = {};
    for (const [id, c] of row) cells[b]![id] = c;
  }
  return {
    config: r.config,
    machine: r.machine,
    benchmarks: r.benchmarks,
    impls: r.impls.map((i) => ({ id: i.id, label: i.label, kind: i.kind, pipeline: i.pipeline })),
    notes: r.notes,
    nodeFloor: r.nodeFloor,
    cells,
    stages: STAGES,
  };
}
