// Random patterns over a tiny alphabet (lots of backtracking, empty matches, groups set and
// reset inside repeats) run by the _sre engine and by CPython 3.11; every answer must agree.
// SRE_FUZZ_SEED / SRE_FUZZ_N choose another run (e.g. SRE_FUZZ_N=15000 with --testTimeout=0);
// SRE_FUZZ_SLOW=1 logs patterns that take long.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { None, PyDict, PyList, PyTuple, type PyObject } from "../../runtime/objects/core.js";
import { dictSet } from "../../runtime/objects/hashtable.js";
import { callMethod, getAttr, iterNext } from "../../runtime/objects/protocol.js";
import { compilePattern } from "../../runtime/modules/sre.js";

class Rng {
  constructor(private s: number) {}
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: T[]): T {
    return xs[this.int(xs.length)];
  }
}

const QUANT = ["*", "+", "?", "{0,2}", "{1,3}", "{2}", "*?", "+?", "??", "{1,2}?", "*+", "++", "?+", "{0,2}+"];

function genRe(r: Rng, depth: number, groups: { n: number; closed: number[] }): string {
  const n = 1 + r.int(3);
  let out = "";
  for (let i = 0; i < n; i++) {
    let atom: string;
    const k = depth > 2 ? r.int(6) : r.int(19);
    switch (k) {
      case 0: case 1: atom = r.pick(["a", "b", "c"]); break;
      case 2: atom = r.pick([".", "[ab]", "[^a]", "\\w", "\\W"]); break;
      case 3: atom = r.pick(["^", "$", "\\b", "\\B", "\\A", "\\Z"]); break;
      case 4: atom = r.pick(["a", "b"]); break;
      case 5: atom = groups.closed.length > 0 ? "\\" + r.pick(groups.closed) : "a"; break;
      case 6: case 7: case 8: {
        const g = ++groups.n;
        atom = "(" + genRe(r, depth + 1, groups) + ")";
        groups.closed.push(g);
        break;
      }
      case 9: atom = "(?:" + genRe(r, depth + 1, groups) + ")"; break;
      case 10: case 11: atom = "(?:" + genRe(r, depth + 1, groups) + "|" + genRe(r, depth + 1, groups) + ")"; break;
      case 12: {
        const g = ++groups.n;
        atom = "(" + genRe(r, depth + 1, groups) + "|" + genRe(r, depth + 1, groups) + ")";
        groups.closed.push(g);
        break;
      }
      case 13: atom = "(?=" + genRe(r, depth + 1, groups) + ")"; break;
      case 14: atom = "(?!" + genRe(r, depth + 1, groups) + ")"; break;
      case 15: atom = "(?>" + genRe(r, depth + 1, groups) + ")"; break;
      case 16: atom = groups.n > 0 ? `(?(${1 + r.int(groups.n)})${genRe(r, depth + 1, groups)}|${genRe(r, depth + 1, groups)})` : "b"; break;
      case 17: atom = r.pick(["(?<=a)", "(?<!b)", "(?<=ab)", "(?<=(a))"]); if (atom === "(?<=(a))") groups.closed.push(++groups.n); break;
      default: {
        const g = ++groups.n;
        atom = "(?P<g" + g + ">" + genRe(r, depth + 1, groups) + ")";
        groups.closed.push(g);
      }
    }
    if (r.next() < 0.4 && !/^(\^|\$|\\[bBAZ]|\(\?<)/.test(atom)) atom += r.pick(QUANT);
    out += atom;
  }
  return out;
}

interface Case {
  p: string;
  f: number;
  s: string[];
}

const ORACLE = String.raw`
import json, sys, re
from re import _parser, _compiler
def run(c):
    p, f = c["p"], c["f"]
    try:
        tree = _parser.parse(p, f)
        code = _compiler._code(tree, f)
        r = re.compile(p, f)
    except Exception as e:
        return None
    gi = tree.state.groupdict
    ig = [None] * tree.state.groups
    for k, i in gi.items(): ig[i] = k
    def m3(m):
        return None if m is None else [m.regs, m.lastindex, m.lastgroup]
    ops = [lambda s: m3(r.match(s)), lambda s: m3(r.search(s)), lambda s: m3(r.fullmatch(s)),
           r.findall, r.split, lambda s: r.subn("-", s),
           lambda s: [[m.regs, m.lastindex] for m in r.finditer(s)]]
    res = []
    for s in c["s"]:
        one = []
        for op in ops:
            try:
                one.append(op(s))
            except Exception as e:
                one.append({"exc": type(e).__name__})
        res.append(one)
    return {"code": [code, f | tree.state.flags, tree.state.groups - 1, gi, ig], "res": json.loads(json.dumps(res))}
json.dump([run(c) for c in json.load(sys.stdin)], sys.stdout)
`;

function js(x: PyObject): unknown {
  if (x === None) return null;
  if (x instanceof PyList || x instanceof PyTuple) return x.items.map(js);
  return x;
}

describe("_sre random patterns vs CPython 3.11", () => {
  const r = new Rng(Number(process.env.SRE_FUZZ_SEED ?? 20220615));
  const cases: Case[] = [];
  for (let i = 0; i < Number(process.env.SRE_FUZZ_N ?? 1500); i++) {
    const p = genRe(r, 0, { n: 0, closed: [] });
    const f = r.next() < 0.15 ? 2 : 0;
    const s: string[] = [];
    for (let j = 0; j < 4; j++) {
      let t = "";
      const len = r.int(9);
      for (let k = 0; k < len; k++) t += r.pick(["a", "b", "c", "A", " "]);
      s.push(t);
    }
    cases.push({ p, f, s });
  }
  const out = spawnSync("python3.11", ["-c", ORACLE], { input: JSON.stringify(cases), encoding: "utf8", maxBuffer: 1 << 30 });
  if (out.status !== 0) throw new Error(out.stderr);
  const answers = JSON.parse(out.stdout) as ({ code: unknown[]; res: unknown[][] } | null)[];
  const valid = answers.filter((a) => a !== null).length;

  it(`agrees on ${valid} valid random patterns`, () => {
    expect(valid).toBeGreaterThan(500);
    const failures: string[] = [];
    cases.forEach((c, i) => {
      const a = answers[i];
      if (a === null) return;
      const [code, flags, groups, gi, ig] = a.code as [number[], number, number, Record<string, number>, (string | null)[]];
      const d = new PyDict();
      for (const [k, v] of Object.entries(gi)) dictSet(d, k, v);
      const pat = compilePattern(c.p, flags, code, groups, d, ig.map((x) => (x === null ? None : x)));
      const t0 = performance.now();
      c.s.forEach((s, j) => {
        const one: unknown[] = [];
        const m3 = (m: PyObject) => (m === None ? null : [js(getAttr(m, "regs")), js(getAttr(m, "lastindex")), js(getAttr(m, "lastgroup"))]);
        const ops: (() => unknown)[] = [
          () => m3(callMethod(pat, "match", [s])),
          () => m3(callMethod(pat, "search", [s])),
          () => m3(callMethod(pat, "fullmatch", [s])),
          () => js(callMethod(pat, "findall", [s])),
          () => js(callMethod(pat, "split", [s])),
          () => js(callMethod(pat, "subn", ["-", s])),
          () => {
            const it = callMethod(pat, "finditer", [s]);
            const ms: unknown[] = [];
            for (let m = iterNext(it); m !== undefined; m = iterNext(it)) ms.push([js(getAttr(m, "regs")), js(getAttr(m, "lastindex"))]);
            return ms;
          },
        ];
        for (const op of ops) {
          try {
            one.push(op());
          } catch (e) {
            const name = (e as { cls?: { name: string } }).cls?.name;
            if (!name) throw e;
            one.push({ exc: name });
          }
        }
        const got = JSON.stringify(one);
        const want = JSON.stringify(a.res[j]);
        if (process.env.SRE_FUZZ_SLOW && performance.now() - t0 > 300) console.log("slow", JSON.stringify(c.p), JSON.stringify(s), performance.now() - t0);
        if (got !== want && failures.length < 20) failures.push(`${JSON.stringify(c.p)} flags=${c.f} on ${JSON.stringify(s)}:\n  got  ${got}\n  want ${want}`);
      });
    });
    expect(failures).toEqual([]);
  });
});
