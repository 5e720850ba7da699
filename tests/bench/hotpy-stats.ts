// Reading the VM's --stats-json file. Every key is optional.
import { readFileSync } from "node:fs";
import type { HotpyStats } from "./types.js";

/** Look a dotted key up either as a flat key ("a.b") or as a nested path. */
function lookup(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== "object") return undefined;
  const rec = obj as Record<string, unknown>;
  if (key in rec) return rec[key];
  const dot = key.indexOf(".");
  if (dot < 0) return undefined;
  return lookup(rec[key.slice(0, dot)], key.slice(dot + 1));
}

function num(obj: unknown, key: string): number | undefined {
  const v = lookup(obj, key);
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

export function parseStats(json: unknown): HotpyStats {
  const s: HotpyStats = {};
  const base = num(json, "instructions.base");
  if (base !== undefined) s.baseInsns = base;
  const trace = num(json, "instructions.trace");
  if (trace !== undefined) s.traceInsns = trace;
  const entries = num(json, "instructions.traceEntries");
  if (entries !== undefined) s.traceEntries = entries;
  const byStage = lookup(json, "instructions.traceByStage");
  if (byStage !== null && typeof byStage === "object" && !Array.isArray(byStage)) {
    const m: Record<string, number> = {};
    for (const [k, v] of Object.entries(byStage as Record<string, unknown>)) {
      if (typeof v === "number" && Number.isFinite(v)) m[k] = v;
    }
    if (Object.keys(m).length > 0) s.traceByStage = m;
  }
  const frac = num(json, "timeInTracesFraction");
  if (frac !== undefined) s.timeInTraces = frac;
  const rec = num(json, "traces.recorded");
  if (rec !== undefined) s.tracesRecorded = rec;
  const ab = num(json, "traces.aborted");
  if (ab !== undefined) s.tracesAborted = ab;
  const spawned = num(json, "startup.cpythonProcesses");
  if (spawned !== undefined) s.cpythonProcesses = spawned;
  const cc = lookup(json, "startup.codeCache");
  if (typeof cc === "string") s.codeCache = cc;
  return s;
}

/** Read and parse a stats file; undefined when missing or not JSON. */
export function readStatsFile(path: string): HotpyStats | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  try {
    return parseStats(JSON.parse(text));
  } catch {
    return undefined;
  }
}
