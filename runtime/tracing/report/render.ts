// Draws the trace report (model.ts) as one self-contained HTML page: inline style and script,
// nothing loaded from anywhere. The page: a summary; the traces with their share of instructions
// and time; the source with hot loops marked; and the selected trace at each stage side by side,
// thin ops under their fat op and source line, exits with their counts and side traces.
import { basename } from "node:path";
import type { ExitView, FragmentView, OpGroup, OpRow, ReportData, SourceFile, StageInfo, TraceView } from "./model.js";
import { PAGE_SCRIPT } from "./page-script.js";
import { PAGE_STYLE } from "./page-style.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const pct = (part: number, whole: number) => (whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : "–");
const count = (n: number) => n.toLocaleString("en-US");
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;

export function renderReport(d: ReportData): string {
  const all = d.instructions.base + d.instructions.trace;
  const first = [...d.traces].sort((a, b) => b.instructions - a.instructions).find((t) => t.kind === "loop") ?? d.traces[0];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>HotPy traces: ${esc(basename(d.program))}</title>
<style>${PAGE_STYLE}</style>
</head>
<body data-first="${first !== undefined ? `trace-${first.id}` : ""}">
<header>
<h1>HotPy trace report: ${esc(d.program)}</h1>
<div class="summary">
<span>pipeline <b>${esc(d.pipeline)}</b></span>
<span>hot after <b>${d.hot}</b> back-edges</span>
<span>run time <b>${ms(d.wallTimeMs)}</b></span>
<span>instructions <b>${count(d.instructions.base)}</b> fat ops in the base interpreter, <b>${count(d.instructions.trace)}</b> thin ops in traces (<b>${pct(d.instructions.trace, all)}</b>)</span>
<span>time in traces <b>${pct(d.timeInTracesMs, d.wallTimeMs)}</b></span>
<span>traces <b>${d.traces.filter((t) => t.kind === "loop").length}</b> loop, <b>${d.traces.filter((t) => t.kind === "side").length}</b> side</span>
${abortedText(d.aborted)}
</div>
</header>
<div class="layout">
<div class="side-panel">
<div class="list-box">
${d.noTraces !== null ? `<p class="empty" id="no-traces">${esc(d.noTraces)}</p>` : traceList(d, all)}
</div>
<div class="source-box">
<h2>Source</h2>
<p class="note">Lines a trace runs are shaded; a loop with a trace is marked at its header.</p>
${d.files.map((f, i) => sourceFile(f, i, d)).join("\n")}
</div>
</div>
<div class="main-panel" id="traces">
${d.traces.length === 0 ? `<p class="empty">No traces to show.</p>` : d.traces.map((t) => traceView(t, d, all)).join("\n")}
</div>
</div>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

function abortedText(aborted: Record<string, number>): string {
  const items = Object.entries(aborted);
  if (items.length === 0) return "";
  return `<span>recordings aborted: ${items.map(([r, n]) => `${esc(r)} <b>${n}</b>`).join(", ")}</span>`;
}

/** The traces as a tree: each loop trace, then its side traces under it. */
function traceList(d: ReportData, all: number): string {
  const rows: string[] = [];
  const byId = new Map(d.traces.map((t) => [t.id, t]));
  const maxShare = Math.max(...d.traces.map((t) => t.instructions), 1);
  const add = (t: TraceView, depth: number) => {
    const file = d.files[t.file];
    rows.push(`<tr data-trace="${t.id}">
<td class="depth${Math.min(depth, 3)}"><a href="#trace-${t.id}">#${t.id}</a> ${t.kind === "side" ? "side" : "loop"}</td>
<td><a href="#trace-${t.id}">${esc(t.function)}</a> <span class="note">${esc(basename(file.path))}:${t.kind === "side" && t.parent !== null ? t.parent.line : t.line}</span></td>
<td class="num">${pct(t.instructions, all)}<span class="bar" style="width:${Math.round((40 * t.instructions) / maxShare)}px"></span></td>
<td class="num">${t.kind === "loop" ? pct(t.timeMs, d.wallTimeMs) : "in #" + (t.parent?.trace ?? "?")}</td>
<td class="num">${count(t.runs)}</td>
</tr>`);
    for (const s of t.sides) if (byId.get(s)!.parent?.trace === t.id) add(byId.get(s)!, depth + 1);
  };
  for (const t of d.traces) if (t.kind === "loop" || t.parent === null) add(t, 0);
  return `<h2>Traces</h2>
<table class="trace-list">
<thead><tr><th>trace</th><th>function</th><th title="thin ops executed in this trace, as a share of every instruction executed (fat and thin)">instructions</th><th title="wall time inside the trace (side traces included, other traces entered from it not), as a share of the run">time</th><th title="times its code ran: iterations, and partial ones that left at an exit">runs</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
}

/** A source file: the program's in full, others (modules a trace reached into) only around the
 *  lines traces run. */
function sourceFile(f: SourceFile, index: number, d: ReportData): string {
  if (f.lines === null) return `<p class="note">${esc(f.path)}: source not readable</p>`;
  const traced = new Set(f.traced);
  const loops = new Map(f.loops.map((l) => [l.line, l.traces]));
  const whole = f.program;
  const keep = (n: number) => whole || [...Array(5).keys()].some((k) => traced.has(n + k - 2));
  const out: string[] = [];
  let gap = false;
  f.lines.forEach((text, i) => {
    const n = i + 1;
    if (!keep(n)) {
      if (!gap) out.push(`<div class="src-line gap"><span class="ln">…</span><code></code></div>`);
      gap = true;
      return;
    }
    gap = false;
    const ts = loops.get(n);
    const badges = (ts ?? [])
      .map((id) => {
        const t = d.traces[id - 1];
        return `<a class="loop-badge" href="#trace-${id}" title="loop trace #${id}">⟳ #${id} ${pct(t.instructions, d.instructions.base + d.instructions.trace)}</a>`;
      })
      .join("");
    const cls = ts !== undefined ? " loop" : traced.has(n) ? " traced" : "";
    out.push(`<div class="src-line${cls}" id="f${index}-L${n}"><span class="ln">${n}</span><code>${esc(text)}</code>${badges}</div>`);
  });
  return `<details${whole || f.loops.length > 0 ? " open" : ""}><summary class="mono">${esc(f.path)}</summary>
<pre class="source">${out.join("")}</pre>
</details>`;
}

function traceView(t: TraceView, d: ReportData, all: number): string {
  const stages = d.stages.filter((s) => t.rows.some((r) => r[s.key] !== undefined));
  const file = d.files[t.file];
  const crumbs =
    t.parent !== null
      ? `<div class="crumbs">side trace of <a href="#trace-${t.parent.trace}">#${t.parent.trace}</a>, recorded from <a href="#${t.parent.guard}">its exit at line ${t.parent.line}</a> once that exit was taken often; it runs on to the loop header</div>`
      : "";
  const sides =
    t.sides.length > 0 ? `<span>side traces ${t.sides.map((s) => `<a href="#trace-${s}">#${s}</a>`).join(" ")}</span>` : "";
  const from = t.kind === "side" && t.parent !== null ? t.parent : t;
  return `<article class="trace-view" data-anchor="trace-${t.id}" data-source="f${from.file}-L${from.line}" hidden>
<h2>Trace #${t.id}: ${t.kind === "loop" ? `loop in ${esc(t.function)} at line ${t.line}` : `side trace in ${esc(t.function)}${t.parent !== null ? ` from line ${t.parent.line}` : ""}`} <span class="note mono">${esc(basename(file.path))} @${t.offset}</span></h2>
${crumbs}
<div class="trace-facts">
<span>instructions <b>${count(t.instructions)}</b> (${pct(t.instructions, all)} of all, ${pct(t.instructions, d.instructions.trace)} of trace ops)</span>
${t.kind === "loop" ? `<span>time <b>${ms(t.timeMs)}</b> (${pct(t.timeMs, d.wallTimeMs)})</span>` : ""}
<span>runs <b>${count(t.runs)}</b></span>
<span>fat ops per iteration <b>${t.fatOps}</b></span>
<span>thin ops ${stages.map((s) => `${esc(shortTitle(s))} <b>${t.sizes[s.key] ?? 0}</b>`).join(", ")}</span>
<span>${esc(t.status)}</span>
${sides}
${t.number > 0 ? `<span class="note">--dump-traces number ${String(t.number).padStart(4, "0")}</span>` : ""}
</div>
<table class="stages">
<thead><tr><th class="where">source line</th>${stages.map((s) => `<th data-stage="${s.key}">${esc(s.title)}${s.ran ? "" : ` <span class="note">(exits not counted: this form does not run)</span>`}</th>`).join("")}</tr></thead>
<tbody>
${stageRows(t.rows, stages)}
</tbody>
</table>
</article>`;
}

function shortTitle(s: StageInfo): string {
  return s.key === "thin" ? "thin" : s.key === "specialise" ? "specialised" : "loop body";
}

/** The aligned rows; the source line is written where it changes. */
function stageRows(rows: TraceView["rows"], stages: readonly StageInfo[]): string {
  let last = "";
  return rows
    .map((r) => {
      const any = stages.map((s) => r[s.key]).find((g) => g != null)!;
      const line = `line ${any.line}${any.inFunction !== null ? ` in ${any.inFunction}` : ""}`;
      const where = line === last ? "" : `<span class="mono">${esc(line)}</span><br><code>${esc(any.source)}</code>`;
      last = line;
      return `<tr${where ? ` class="new-line"` : ""}><td class="where">${where}</td>${stages.map((s) => `<td data-stage="${s.key}">${r[s.key] ? groupHtml(r[s.key]!) : ""}</td>`).join("")}</tr>`;
    })
    .join("\n");
}

function groupHtml(g: OpGroup): string {
  const ops = g.ops.map(opHtml).join("");
  return `<div class="group${g.depth > 0 ? " indent" : ""}" style="margin-left:${g.depth * 10}px"><div class="fat">${esc(g.fatOp)} <span class="off">@${g.offset}</span></div>${ops}</div>`;
}

function opHtml(o: OpRow): string {
  const side = o.exit !== null && typeof o.exit.side === "number" ? o.exit.side : null;
  const cls = `op ${o.kind}${o.exit !== null && o.exit.taken > 0 ? " taken" : ""}${side !== null ? " has-side" : ""}`;
  const attrs = `${o.exit !== null ? ` data-anchor="${o.exit.id}"` : ""}${side !== null ? ` data-side="${side}"` : ""}${o.snapshot !== null ? ` title="snapshot at exit: ${esc(o.snapshot)}"` : ""}`;
  return `<div class="${cls}"${attrs}><span class="name">${esc(o.name)}</span>${o.detail ? ` <span class="detail">${esc(o.detail)}</span>` : ""}${o.exit !== null ? exitHtml(o.exit) : ""}${o.fragments.map(fragmentHtml).join("")}</div>`;
}

function exitHtml(x: ExitView): string {
  const side =
    typeof x.side === "number"
      ? `<a class="side-link" href="#trace-${x.side}">side trace #${x.side} →</a>`
      : x.side === "failed"
        ? ` · side trace not recordable`
        : x.side === "header"
          ? ` · lands on the loop header`
          : "";
  return `<br><span class="exit">exit → @${x.to} · taken <span class="count">${count(x.taken)}</span>×${side}</span>`;
}

function fragmentHtml(f: FragmentView): string {
  return `<div class="fragment"><div class="title">${esc(f.title)}</div>${(f.groups ?? []).map(groupHtml).join("")}</div>`;
}
