import { describe, it, expect } from "vitest";
import { codePointLength, isPrintableCodePoint, strAscii, strRepr, truncateCodePoints } from "../../runtime/text/str-repr.js";
import { unicodeDecimalValue } from "../../runtime/text/parse-number.js";
import { Rng, python } from "./text-oracle.js";

function ranges(pred: (cp: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let c = 0; c <= 0x110000; c++) {
    const ok = c < 0x110000 && pred(c);
    if (ok && start < 0) start = c;
    if (!ok && start >= 0) {
      out.push([start, c - 1]);
      start = -1;
    }
  }
  return out;
}

describe("Unicode 14 tables", () => {
  it("isPrintableCodePoint and unicodeDecimalValue agree with CPython on every code point", () => {
    const theirs = python<{ p: [number, number][]; d: [number, number, number][] }>(
      `
import unicodedata
def ranges(pred):
    r = []; start = None
    for c in range(0x110001):
        ok = c < 0x110000 and pred(c)
        if ok and start is None: start = c
        if not ok and start is not None: r.append([start, c - 1]); start = None
    return r
result = {"p": ranges(lambda c: chr(c).isprintable()),
          "d": [[c, c, unicodedata.decimal(chr(c))] for c in range(0x110000) if chr(c).isdecimal()]}
`,
      null,
    );
    expect(ranges(isPrintableCodePoint)).toEqual(theirs.p);
    const ours: [number, number, number][] = [];
    for (let c = 0; c < 0x110000; c++) {
      const d = unicodeDecimalValue(c);
      if (d >= 0) ours.push([c, c, d]);
    }
    expect(ours).toEqual(theirs.d);
  });
});

describe("strRepr / strAscii", () => {
  it("match repr(str) and ascii(str)", () => {
    const rng = new Rng(8);
    const pool = [
      "a", "Z", " ", "'", '"', "\\", "\n", "\t", "\r", "\x00", "\x7f", "\x80", "\xa0", "\xad", "é", "ß", "\u2028", "\u200b",
      "\ud800", "\udfff", "\ue000", "\uffff", "😀", "\u{10ffff}", "\u{e0001}", "日", "\u0378", "\u1f600",
    ];
    const cases: string[] = ["", "abc", "it's", 'say "hi"', `both ' and "`, "\\n"];
    for (let i = 0; i < 400; i++) {
      let s = "";
      const n = rng.int(0, 8);
      for (let j = 0; j < n; j++) s += rng.pick(pool);
      cases.push(s);
    }
    // JSON cannot carry lone surrogates through to Python's json module safely in all
    // cases, so pass code point lists.
    const cps = cases.map((s) => {
      const out: number[] = [];
      for (let i = 0; i < s.length; i++) {
        const c = s.codePointAt(i)!;
        out.push(c);
        if (c > 0xffff) i++;
      }
      return out;
    });
    const theirs = python<[string, string, number][]>(
      "result = [[repr(s), ascii(s), len(s)] for s in (''.join(map(chr, c)) for c in data)]",
      cps,
    );
    const bad: string[] = [];
    cases.forEach((s, i) => {
      const [r, a, n] = theirs[i]!;
      if (strRepr(s) !== r || strAscii(s) !== a || codePointLength(s) !== n) {
        bad.push(`${JSON.stringify(s)}: ours ${strRepr(s)} ${strAscii(s)} ${codePointLength(s)} cpython ${r} ${a} ${n}`);
      }
    });
    expect(bad).toEqual([]);
    expect(truncateCodePoints("a😀b", 2)).toBe("a😀");
  });
});
