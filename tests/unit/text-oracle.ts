/**
 * Test helpers for the runtime/text unit tests: a seeded random generator and
 * a one-shot CPython 3.11 oracle (python3.11 computes the expected answers).
 */

import { spawnSync } from "node:child_process";

/** Deterministic PRNG (mulberry32). */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform 32-bit unsigned integer. */
  u32(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)]!;
  }
  /** A double from random bits: every finite magnitude is equally likely per binade. */
  anyDouble(): number {
    const buf = new DataView(new ArrayBuffer(8));
    buf.setUint32(0, this.u32());
    buf.setUint32(4, this.u32());
    const x = buf.getFloat64(0);
    return Number.isFinite(x) ? x : this.anyDouble();
  }
  /** A "decimal-looking" double such as 12.345 or -0.000625 (many are near ties). */
  decimalDouble(): number {
    const digits = this.int(1, 17);
    let m = "";
    for (let i = 0; i < digits; i++) m += String(this.int(i === 0 ? 1 : 0, 9));
    const e = this.int(-25, 25);
    const x = Number(`${m}e${e}`);
    return this.next() < 0.3 ? -x : x;
  }
  /** Exact binary fractions that are halfway cases for some rounding (k/2**j). */
  halfwayDouble(): number {
    const j = this.int(1, 12);
    const k = this.int(0, 100000) * 2 + 1;
    const x = k / 2 ** j;
    return this.next() < 0.3 ? -x : x;
  }
  /** A random int, sometimes huge, as a bigint. */
  bigInt(maxDigits = 60): bigint {
    const digits = this.int(1, maxDigits);
    let s = String(this.int(1, 9));
    for (let i = 1; i < digits; i++) s += String(this.int(0, 9));
    const v = BigInt(s);
    return this.next() < 0.3 ? -v : v;
  }
}

/** Python's float.hex() computed independently (for passing floats exactly to the oracle). */
export function hexOf(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const neg = hi >>> 31 === 1;
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  const sign = neg ? "-" : "";
  if (bexp === 0 && frac === 0n) return `${sign}0x0.0p+0`;
  const fracHex = frac.toString(16).padStart(13, "0");
  if (bexp === 0) return `${sign}0x0.${fracHex}p-1022`;
  const e = bexp - 1023;
  return `${sign}0x1.${fracHex}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

/** An int as text for the oracle's I(): hex, so that huge values dodge CPython's int/str digit limit. */
export function pyInt(v: number | bigint): string {
  const b = BigInt(v);
  return (b < 0n ? "-0x" : "0x") + (b < 0n ? -b : b).toString(16);
}

/**
 * Run a Python 3.11 snippet once.  The snippet reads the JSON value `data`
 * and must assign the JSON-able answer to `result`.
 * Helpers available in the snippet: F(hexstr) -> float, I(str) -> int (decimal or 0x-hex, see pyInt),
 * H(float) -> hex string (nan/inf spelled out), run(fn) -> {"ok": v} | {"err": [type, msg]}.
 */
export function python<T>(snippet: string, data: unknown): T {
  const prelude = `
import json, sys, math
sys.set_int_max_str_digits(4300)
data = json.loads(sys.stdin.read())
def F(h):
    return float.fromhex(h) if h not in ("nan", "inf", "-inf") else float(h)
def I(s):
    return int(s, 0)
def H(x):
    return x.hex() if math.isfinite(x) else repr(x)
def run(fn):
    try:
        return {"ok": fn()}
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}
`;
  const r = spawnSync("python3.11", ["-c", prelude + "\n" + snippet + "\nsys.stdout.write(json.dumps(result))\n"], {
    input: JSON.stringify(data),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`python3.11 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

export type Outcome = { ok: unknown } | { err: [string, string] };

/** Run one of our functions and describe the outcome like the oracle does. */
export function outcome(fn: () => unknown): Outcome {
  try {
    return { ok: fn() };
  } catch (e) {
    const err = e as { pyType?: string; message?: string };
    if (err.pyType === undefined) throw e;
    return { err: [err.pyType, err.message ?? ""] };
  }
}

/** Compare lists of outcomes, returning readable mismatches (empty when all agree). */
export function mismatches(labels: readonly string[], ours: readonly Outcome[], theirs: readonly Outcome[]): string[] {
  const bad: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const a = JSON.stringify(ours[i]);
    const b = JSON.stringify(theirs[i]);
    if (a !== b) bad.push(`${labels[i]}: ours ${a} cpython ${b}`);
  }
  return bad;
}
