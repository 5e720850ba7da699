// The time module against CPython 3.11 for everything deterministic (conversions, formatting,
// errors), plus sanity checks of the clocks and sleep.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { PyBaseException, PyBuiltinFunction, PyFloat, PyList, PyObject, PyTuple, None } from "../../runtime/objects/core.js";
import { normBig } from "../../runtime/objects/int.js";
import { call, getAttr, repr } from "../../runtime/objects/protocol.js";
import { newModule } from "../../runtime/interp/imports.js";
import { initTime, structTimeType } from "../../runtime/modules/time.js";
import "../../runtime/objects/typeobj.js"; // registers type calls (struct_time(...))

type V = { f: string } | { i: string } | { s: string } | { n: null } | { t: V[] } | { l: V[] } | { b: boolean };
interface Case {
  expr: string; // Python expression over `time`; also interpreted here
  fn: string;
  args: V[];
  attr?: string; // read this attribute of the result (or "repr", "len")
}

const F = (x: number): V => ({ f: String(x) });
const I = (x: number | bigint): V => ({ i: String(x) });
const S = (s: string): V => ({ s });
const T = (...xs: (number | V)[]): V => ({ t: xs.map((x) => (typeof x === "number" ? I(x) : x)) });

const PY = String.raw`
import json, sys, time
def dec(v):
    if 'f' in v: return float(v['f'])
    if 'i' in v: return int(v['i'])
    if 's' in v: return v['s']
    if 'n' in v: return None
    if 'b' in v: return v['b']
    if 't' in v: return tuple(dec(x) for x in v['t'])
    if 'l' in v: return [dec(x) for x in v['l']]
def enc(x):
    if isinstance(x, bool): return {'b': x}
    if isinstance(x, int): return {'i': str(x)}
    if isinstance(x, float): return {'f': repr(x)}
    if isinstance(x, str): return {'s': x}
    if x is None: return {'n': None}
    if isinstance(x, tuple): return {'t': [enc(y) for y in x]}
    return {'s': repr(x)}
out = []
for c in json.load(sys.stdin):
    try:
        r = getattr(time, c['fn'])(*[dec(a) for a in c['args']])
        a = c.get('attr')
        if a == 'repr': r = repr(r)
        elif a == 'len': r = len(r)
        elif a: r = getattr(r, a)
        elif isinstance(r, time.struct_time): r = tuple(r)
        out.append({'ok': enc(r)})
    except Exception as e:
        out.append({'err': [type(e).__name__, str(e)]})
json.dump(out, sys.stdout)
`;

function dec(v: V): PyObject {
  if ("f" in v) return new PyFloat(Number(v.f));
  if ("i" in v) return normBig(BigInt(v.i));
  if ("s" in v) return v.s;
  if ("n" in v) return None;
  if ("b" in v) return v.b;
  if ("l" in v) return new PyList(v.l.map(dec));
  return new PyTuple(v.t.map(dec));
}
function enc(x: PyObject): V {
  if (typeof x === "boolean") return { b: x };
  if (typeof x === "number" || typeof x === "bigint") return { i: String(x) };
  if (typeof x === "string") return { s: x };
  if (x === None) return { n: null };
  if (x instanceof PyFloat) return { f: String(x.value) };
  if (x instanceof PyTuple) return { t: x.items.map(enc) };
  return { s: `<${x.cls.name}>` };
}

const mod = newModule("time");
initTime(mod);

function ours(c: Case): unknown {
  const f = mod.dict.map.get(c.fn)!;
  try {
    let r = call(f, c.args.map(dec));
    if (c.attr === "repr") r = repr(r);
    else if (c.attr === "len") r = (r as PyTuple).items.length;
    else if (c.attr) r = getAttr(r, c.attr);
    else if (r instanceof PyTuple && r.cls === structTimeType) r = new PyTuple(r.items);
    return { ok: enc(r) };
  } catch (e) {
    if (e instanceof PyBaseException) {
      const a = e.args.items;
      const msg = a.length === 2 && typeof a[0] === "number" ? `[Errno ${a[0]}] ${String(a[1])}` : a.length > 0 ? String(a[0]) : "";
      return { err: [e.cls.name, msg] };
    }
    throw e;
  }
}

const cases: Case[] = [];
const add = (fn: string, args: V[], attr?: string): void => {
  cases.push({ expr: "", fn, args, attr });
};

let seed = 12345;
const rnd = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
for (let k = 0; k < 60; k++) {
  const t = Math.floor((rnd() - 0.3) * 2e10);
  add("gmtime", [I(t)]);
  add("localtime", [I(t)]);
  add("ctime", [I(t)]);
  add("gmtime", [F(t + rnd())]);
}
for (const t of [0, -1, 86399, 86400, 951782400, 4102444800, -62135596800, 253402300799, 1e11]) {
  add("gmtime", [F(t)]);
  add("gmtime", [F(t)], "repr");
  add("gmtime", [F(t)], "tm_zone");
  add("gmtime", [F(t)], "tm_gmtoff");
  add("gmtime", [F(t)], "tm_yday");
}
for (const a of [F(-1.5), F(1.5), F(-0.5), F(NaN), F(1e20), F(1e18), F(Infinity), S("a"), I(2n ** 70n), { b: true }]) add("gmtime", [a]);
add("gmtime", [I(1), I(2)]);
add("localtime", [I(0)], "len");

const tuples: V[] = [
  T(2020, 1, 3, 14, 5, 6, 4, 3, 0),
  T(1970, 1, 1, 0, 0, 0, 3, 1, 0),
  T(2000, 2, 29, 23, 59, 59, 1, 60, 0),
  T(1999, 12, 31, 12, 0, 0, 4, 365, 0),
  T(2020, 0, 0, 0, 0, 0, 0, 0, 0),
  T(2021, 1, 1, 0, 0, 0, 4, 1, 0),
  T(2024, 12, 30, 0, 0, 0, 0, 365, 0),
  T(5, 1, 1, 0, 0, 0, 0, 1, 0),
  T(-5, 1, 1, 0, 0, 0, 0, 1, 0),
  T(2020, 13, 1, 0, 0, 0, 0, 1, 0),
  T(2020, 1, 32, 0, 0, 0, 0, 1, 0),
  T(2020, 1, 1, 24, 0, 0, 0, 1, 0),
  T(2020, 1, 1, 0, 60, 0, 0, 1, 0),
  T(2020, 1, 1, 0, 0, 61, 0, 1, 0),
  T(2020, 1, 1, 0, 0, 62, 0, 1, 0),
  T(2020, 1, 1, 0, 0, 0, -1, 1, 0),
  T(2020, 1, 1, 0, 0, 0, -2, 1, 0),
  T(2020, 1, 1, 0, 0, 0, 9, 1, 0),
  T(2020, 1, 1, 0, 0, 0, 0, 366, 0),
  T(2020, 1, 1, 0, 0, 0, 0, 367, 0),
  T(2020, 1, 1, 0, 0, 0, 0, 1),
  T(F(2020), 1, 1, 0, 0, 0, 0, 1, 0),
  { l: [I(2020), I(1), I(1), I(0), I(0), I(0), I(0), I(1), I(0)] },
  I(5),
];
const FORMATS = [
  "%Y-%m-%d %H:%M:%S",
  "%a %A %b %B %j %p %y %Z %%",
  "%c|%x|%X|%I|%w|%U|%W|%e|%D|%F|%T|%R|%r|%h|%k|%l|%C|%G|%V|%u|%g",
  "%z",
  "plain text",
  "%Q %E %",
  "",
];
for (const t of tuples) {
  for (const f of FORMATS) add("strftime", [S(f), t]);
  add("asctime", [t]);
  add("mktime", [t]);
}
add("strftime", [I(5)]);
add("strftime", [S("abc\0def"), T(2020, 1, 1, 0, 0, 0, 0, 1, 0)]);
for (let k = 0; k < 20; k++) {
  const t = Math.floor((rnd() - 0.2) * 4e9);
  cases.push({ expr: "", fn: "__gm_strftime", args: [I(t)] });
}
for (const v of [T(1, 2, 3, 4, 5, 6, 7, 8, 9), T(1, 2, 3), T(1, 2, 3, 4, 5, 6, 7, 8, 9, S("Z"), I(3600)), T(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), I(5)]) {
  add("struct_time", [v], "repr");
  add("struct_time", [v], "tm_zone");
  add("struct_time", [v], "len");
}
add("sleep", [I(-1)]);
add("sleep", [S("a")]);
add("sleep", [{ n: null }]);
add("sleep", [F(0.001)]);
add("sleep", [I(0)]);

// "__gm_strftime": strftime(fmt, gmtime(t)) through struct_time (zone from the struct)
const PY2 = PY.replace("r = getattr(time, c['fn'])(*[dec(a) for a in c['args']])", "r = (time.strftime('%Y-%m-%d %H:%M:%S %a %j %U %W %Z %z %G %V', time.gmtime(dec(c['args'][0]))) if c['fn'] == '__gm_strftime' else getattr(time, c['fn'])(*[dec(a) for a in c['args']]))");

const theirs = (() => {
  const r = spawnSync("python3.11", ["-c", PY2], { input: JSON.stringify(cases), encoding: "utf8", env: { ...process.env } });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as unknown[];
})();

function oursCase(c: Case): unknown {
  if (c.fn === "__gm_strftime") {
    const gm = mod.dict.map.get("gmtime") as PyBuiltinFunction;
    const sf = mod.dict.map.get("strftime") as PyBuiltinFunction;
    return { ok: enc(sf.fn(["%Y-%m-%d %H:%M:%S %a %j %U %W %Z %z %G %V", gm.fn([dec(c.args[0])], null)], null)) };
  }
  return ours(c);
}

describe("time module vs CPython 3.11", () => {
  it(`deterministic functions (${cases.length} cases)`, () => {
    const failures: string[] = [];
    cases.forEach((c, k) => {
      // floats compare by value (repr and String differ in form: 1.0 vs 1)
      const norm = (r: unknown): string => JSON.stringify(r, (key, v) => (key === "f" && typeof v === "string" ? String(Number(v)) : v));
      const a = norm(theirs[k]);
      const b = norm(oursCase(c));
      if (a !== b) failures.push(`${c.fn}(${JSON.stringify(c.args)})${c.attr ? "." + c.attr : ""}: CPython ${a}, ours ${b}`);
    });
    expect(failures).toEqual([]);
  });

  it("has the timezone constants CPython has here", () => {
    const r = spawnSync("python3.11", ["-c", "import time, json; print(json.dumps([time.timezone, time.altzone, time.daylight, list(time.tzname)]))"], { encoding: "utf8" });
    const [tz, alt, dl, names] = JSON.parse(r.stdout) as [number, number, number, string[]];
    expect(mod.dict.map.get("timezone")).toBe(tz);
    expect(mod.dict.map.get("altzone")).toBe(alt);
    expect(mod.dict.map.get("daylight")).toBe(dl);
    expect((mod.dict.map.get("tzname") as PyTuple).items).toEqual(names);
  });

  it("clocks advance and agree with the wall clock", () => {
    const call = (n: string): PyObject => (mod.dict.map.get(n) as PyBuiltinFunction).fn([], null);
    const t = (call("time") as PyFloat).value;
    expect(Math.abs(t - Date.now() / 1000)).toBeLessThan(1);
    const ns = call("time_ns");
    expect(typeof ns === "bigint" || typeof ns === "number").toBe(true);
    expect(Math.abs(Number(ns) / 1e9 - t)).toBeLessThan(1);
    const p0 = (call("perf_counter") as PyFloat).value;
    const m0 = (call("monotonic") as PyFloat).value;
    (mod.dict.map.get("sleep") as PyBuiltinFunction).fn([new PyFloat(0.05)], null);
    const p1 = (call("perf_counter") as PyFloat).value;
    const m1 = (call("monotonic") as PyFloat).value;
    expect(p1 - p0).toBeGreaterThanOrEqual(0.049);
    expect(m1 - m0).toBeGreaterThanOrEqual(0.049);
    expect(p1 - p0).toBeLessThan(1);
    expect((call("process_time") as PyFloat).value).toBeGreaterThan(0);
    expect(Number(call("perf_counter_ns"))).toBeGreaterThan(0);
    expect(Number(call("process_time_ns"))).toBeGreaterThan(0);
    expect(Number(call("monotonic_ns"))).toBeGreaterThan(0);
    expect(() => (mod.dict.map.get("time") as PyBuiltinFunction).fn([1], null)).toThrow();
  });

  it("struct_time behaves as a tuple subclass with named fields", () => {
    const st = (mod.dict.map.get("gmtime") as PyBuiltinFunction).fn([0], null) as PyTuple;
    expect(st.cls).toBe(structTimeType);
    expect(st.items).toEqual([1970, 1, 1, 0, 0, 0, 3, 1, 0]);
    expect(getAttr(st, "tm_year")).toBe(1970);
    expect(getAttr(st, "tm_wday")).toBe(3);
    expect(getAttr(structTimeType, "n_fields")).toBe(11);
  });
});
