// A hand-written SVG bar chart of speed relative to CPython (log scale).
import { geomean } from "./stats.js";
import { fmtRatio, speedRatio } from "./report.js";
import type { Impl, Results } from "./types.js";

const PALETTE = ["#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB", "#000000"];

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function tickLabel(v: number): string {
  if (v >= 1) return `${Math.round(v)}×`;
  return `${Number(v.toPrecision(1))}×`;
}

interface Group {
  name: string;
  values: (number | undefined)[]; // one per series
  notes: (string | undefined)[]; // FAILED / TIMEOUT when no value
  summary: boolean;
}

export function renderSpeedChart(r: Results): string {
  const series: Impl[] = r.impls.filter((i) => i.id !== "cpython");
  const groups: Group[] = r.benchmarks.map((b) => ({
    name: b.name,
    values: series.map((s) => speedRatio(r, b.name, s.id)),
    notes: series.map((s) => {
      const c = r.cells.get(b.name)?.get(s.id);
      if (c?.status === "failed") return "FAILED";
      if (c?.status === "timeout") return "TIMEOUT";
      if (r.cells.get(b.name)?.get("cpython")?.status === "failed") return "no CPython";
      return undefined;
    }),
    summary: false,
  }));
  groups.push({
    name: "geometric mean",
    values: series.map((s) => {
      const xs = r.benchmarks.map((b) => speedRatio(r, b.name, s.id)).filter((x): x is number => x !== undefined);
      return xs.length ? geomean(xs) : undefined;
    }),
    notes: series.map(() => "no data"),
    summary: true,
  });

  // log-scale extent: whole decades covering every value and 1×, at least 0.1×–10×
  const all = groups.flatMap((g) => g.values).filter((x): x is number => x !== undefined && x > 0);
  let lo = Math.floor(Math.log10(Math.min(0.1, ...all)));
  let hi = Math.ceil(Math.log10(Math.max(10, ...all)));
  if (hi - lo < 2) hi = lo + 2;

  const width = 960;
  const left = 170;
  const right = 70;
  const top = 96 + Math.ceil(Math.max(series.length, 1) / 4) * 20;
  const barH = series.length > 4 ? 11 : 14;
  const groupGap = 12;
  const groupH = Math.max(series.length, 1) * barH + groupGap;
  const plotH = groups.length * groupH;
  const bottom = 64;
  const height = top + plotH + bottom;
  const plotW = width - left - right;
  const x = (v: number): number => left + ((Math.log10(v) - lo) / (hi - lo)) * plotW;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="28" text-anchor="middle" font-size="18" font-weight="bold">Time relative to CPython ${esc(r.machine.cpython.replace(/^Python /, ""))} (log scale; shorter is faster)</text>`,
    `<text x="${width / 2}" y="48" text-anchor="middle" font-size="12" fill="#444">${esc(
      `${r.config.quick ? "quick" : "full"} sizes, median of ${r.config.runs} run${r.config.runs === 1 ? "" : "s"}; bars start at 1× = CPython; right of the line is slower. ${r.machine.date.slice(0, 10)}`,
    )}</text>`,
  );
  // legend
  series.forEach((s, k) => {
    const lx = left + (k % 4) * 180;
    const ly = 66 + Math.floor(k / 4) * 20;
    out.push(
      `<rect x="${lx}" y="${ly}" width="14" height="14" fill="${PALETTE[k % PALETTE.length]}"/>`,
      `<text x="${lx + 20}" y="${ly + 12}" font-size="13">${esc(s.label)}</text>`,
    );
  });
  if (series.length === 0) {
    out.push(`<text x="${left}" y="78" font-size="13" fill="#666">no implementation besides CPython was run</text>`);
  }
  // grid
  for (let d = lo; d <= hi; d++) {
    const v = 10 ** d;
    const gx = x(v);
    out.push(
      `<line x1="${gx.toFixed(1)}" y1="${top}" x2="${gx.toFixed(1)}" y2="${top + plotH}" stroke="#bbbbbb" stroke-width="1"/>`,
      `<text x="${gx.toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle" font-size="12">${tickLabel(v)}</text>`,
    );
    if (d < hi) {
      for (const m of [2, 5]) {
        const mx = x(m * v);
        out.push(
          `<line x1="${mx.toFixed(1)}" y1="${top}" x2="${mx.toFixed(1)}" y2="${top + plotH}" stroke="#e4e4e4" stroke-width="1" stroke-dasharray="3,3"/>`,
          `<text x="${mx.toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle" font-size="10" fill="#777">${tickLabel(m * v)}</text>`,
        );
      }
    }
  }
  // groups
  const one = x(1);
  groups.forEach((g, gi) => {
    const gy = top + gi * groupH + groupGap / 2;
    if (gi % 2 === 1) {
      out.push(`<rect x="${left}" y="${gy - groupGap / 2}" width="${plotW}" height="${groupH}" fill="#f6f6f6" opacity="0.6"/>`);
    }
    if (g.summary) {
      out.push(`<line x1="10" y1="${gy - groupGap / 2}" x2="${width - 10}" y2="${gy - groupGap / 2}" stroke="#333" stroke-width="1"/>`);
    }
    const mid = gy + (Math.max(series.length, 1) * barH) / 2;
    out.push(
      `<text x="${left - 8}" y="${(mid + 4).toFixed(1)}" text-anchor="end" font-size="13"${g.summary ? ' font-weight="bold"' : ""}>${esc(g.name)}</text>`,
    );
    series.forEach((s, k) => {
      const by = gy + k * barH;
      const v = g.values[k];
      const colour = PALETTE[k % PALETTE.length];
      if (v === undefined) {
        const note = g.notes[k] ?? "—";
        out.push(`<text x="${(one + 4).toFixed(1)}" y="${by + barH - 2}" font-size="10" font-style="italic" fill="#999">${esc(`${s.label}: ${note}`)}</text>`);
        return;
      }
      const vx = x(v);
      const x0 = Math.min(one, vx);
      const w = Math.max(1, Math.abs(vx - one));
      out.push(
        `<rect x="${x0.toFixed(1)}" y="${by + 1}" width="${w.toFixed(1)}" height="${barH - 2}" fill="${colour}"><title>${esc(`${g.name}, ${s.label}: ${fmtRatio(v)}× CPython`)}</title></rect>`,
      );
      const labelX = vx >= one ? vx + 4 : vx - 4;
      out.push(
        `<text x="${labelX.toFixed(1)}" y="${by + barH - 2}" font-size="10" text-anchor="${vx >= one ? "start" : "end"}" fill="#222">${fmtRatio(v)}×</text>`,
      );
    });
  });
  // axes
  out.push(
    `<line x1="${one.toFixed(1)}" y1="${top - 4}" x2="${one.toFixed(1)}" y2="${top + plotH}" stroke="#000" stroke-width="2"/>`,
    `<text x="${one.toFixed(1)}" y="${top - 8}" text-anchor="middle" font-size="11" font-weight="bold">CPython = 1×</text>`,
    `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#000" stroke-width="1"/>`,
    `<text x="${left + plotW / 2}" y="${top + plotH + 44}" text-anchor="middle" font-size="13">wall time ÷ CPython wall time (log scale)</text>`,
    `<text transform="translate(18 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" font-size="13">benchmark</text>`,
    `</svg>`,
  );
  return out.join("\n") + "\n";
}
