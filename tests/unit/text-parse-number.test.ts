import { describe, it, expect } from "vitest";
import {
  floatAsIntegerRatio,
  floatFromHex,
  floatFromInt,
  floatHex,
  floatToInt,
  intRepr,
  intToString,
  normalizeInt,
  parseFloat,
  parseInt,
  roundFloat,
  roundFloatToInt,
  roundInt,
  type PyInt,
} from "../../runtime/text/parse-number.js";
import { Rng, hexOf, mismatches, outcome, pyInt, python, type Outcome } from "./text-oracle.js";

/** Render an int result, checking the number/bigint normalisation on the way. */
function intText(v: PyInt): string {
  if (typeof v === "number" && !Number.isSafeInteger(v)) return `BAD-NUMBER ${v}`;
  if (typeof v === "bigint" && v >= -9007199254740991n && v <= 9007199254740991n) return `BAD-BIGINT ${v}`;
  if (typeof v === "number" && Object.is(v, -0)) return "BAD-NEGATIVE-ZERO";
  return String(v);
}

function fromPyInt(s: string): PyInt {
  return normalizeInt(s.startsWith("-") ? -BigInt(s.slice(1)) : BigInt(s));
}

function check(cases: readonly unknown[], snippet: string, ours: (c: never) => unknown, label: (c: never) => string): string[] {
  const theirs = python<Outcome[]>(snippet, cases);
  const mine = cases.map((c) => outcome(() => ours(c as never)));
  return mismatches(cases.map((c) => label(c as never)), mine, theirs);
}

function sampleDoubles(seed: number, n: number): number[] {
  const rng = new Rng(seed);
  const xs = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 3.5, 2 ** 52 + 0.5, 2 ** 53, 2 ** 63, 1e300, 5e-324, 1.7976931348623157e308];
  for (let i = 0; i < n; i++) xs.push(i % 3 === 0 ? rng.anyDouble() : i % 3 === 1 ? rng.decimalDouble() : rng.halfwayDouble());
  return xs;
}

describe("parseInt (int(str, base))", () => {
  it("matches CPython", () => {
    const rng = new Rng(11);
    const cases: { s: string; b: number }[] = [];
    const fixed: [string, number][] = [
      ["0", 10], ["-0", 10], ["+12", 10], [" 12 ", 10], ["\t\n12\r\f\v", 10], ["1_000", 10], ["1__000", 10], ["_1", 10],
      ["1_", 10], ["abc", 10], ["abc", 16], ["ABC", 16], ["0x1f", 16], ["0x_1f", 16], ["0x_1f", 0], ["0X1F", 0], ["0o17", 0],
      ["0b101", 0], ["0B101", 2], ["0b", 0], ["0b", 16], ["0b1", 16], ["0x", 16], ["010", 0], ["000", 0], ["0_0", 0], ["00_1", 0],
      ["0_x1", 0], ["-0x10", 0], ["- 1", 10], ["+-1", 10], ["", 10], [" ", 10], ["1 2", 10], ["٣", 10], ["١٢٣", 10], ["٣", 16],
      ["\u20035\u3000", 10], ["\x1c5", 10], ["\x855", 10], ["5\x00", 10], ["1é", 10], ["z", 36], ["Z", 36], ["10", 36], ["10", 37],
      ["10", 1], ["10", -1], ["1", 0], ["12", 3], ["2", 2], ["9007199254740993", 10], ["-9007199254740993", 10],
      ["9007199254740991", 10], ["-9007199254740992", 10], ["1" + "0".repeat(30), 10], ["f".repeat(40), 16], ["7".repeat(30), 8],
      ["1".repeat(100), 2], ["1".repeat(4301), 2], ["1".repeat(4300), 10], ["1".repeat(4301), 10], ["1".repeat(5000) + "x", 10],
      ["0" + "1".repeat(5000), 0], ["1_".repeat(300) + "1", 10], ["a".repeat(300), 10], ["zz".repeat(40), 36], ["𝟙𝟚", 10],
      ["0x1\u00e9", 16], ["1\ud800", 10], ["'quote\"", 10], ["0o", 8], ["0o8", 0], ["0o_7", 0], ["0_o7", 0],
    ];
    for (const [s, b] of fixed) cases.push({ s, b });
    const digitsFor = (b: number, n: number): string => {
      let s = "";
      for (let i = 0; i < n; i++) s += rng.int(0, b - 1).toString(36);
      return s;
    };
    for (let i = 0; i < 400; i++) {
      const b = rng.pick([0, 2, 3, 7, 8, 10, 10, 10, 16, 16, 36, rng.int(2, 36)]);
      const eb = b === 0 ? rng.pick([2, 8, 10, 16]) : b;
      let digits = digitsFor(eb, rng.pick([1, 2, 5, 10, 15, 16, 17, 20, 40, 100, rng.int(1, 700)]));
      if (rng.next() < 0.2) digits = digits.replace(/(.)(?=.)/g, (c) => (rng.next() < 0.3 ? c + "_" : c));
      if (rng.next() < 0.3 && eb !== 10 && (b === 0 || rng.next() < 0.5)) {
        digits = (eb === 16 ? "0x" : eb === 8 ? "0o" : eb === 2 ? "0b" : "") + digits;
      }
      if (rng.next() < 0.1) digits = digits.toUpperCase();
      const sign = rng.pick(["", "", "-", "+"]);
      const ws = rng.next() < 0.2 ? " " : "";
      let s = ws + sign + digits + ws;
      if (rng.next() < 0.05) s += rng.pick(["x", "_", "9", ".5"]);
      cases.push({ s, b });
    }
    const bad = check(
      cases,
      "result = [run(lambda c=c: str(int(c['s'], c['b']))) for c in data]",
      (c: { s: string; b: number }) => intText(parseInt(c.s, c.b)),
      (c: { s: string; b: number }) => `int(${JSON.stringify(c.s.slice(0, 60))}, ${c.b})`,
    );
    expect(bad).toEqual([]);
  });
});

describe("parseFloat (float(str))", () => {
  it("matches CPython", () => {
    const rng = new Rng(12);
    const cases: string[] = [
      "1", "-1", "+1.5", ".5", "5.", ".", "1e5", "1E+05", "1e-5", "1e", "e5", "1e5.5", "1_000.5", "1_000.5_5", "1e1_0",
      "1_e5", "_1", "1._5", "1.5_", "1__0", "  3.25  ", "\u30001.5\u2003", "١.٥", "\x1c1.5", "inf", "-inf", "+inf", "Inf",
      "iNfInItY", "infinity", "-Infinity", "infinit", "in", "nan", "-nan", "+NaN", "nan_", "infinity_", "", "  ", "0x10",
      "1e500", "-1e500", "1e-500", "-1e-500", "1.5\x00", "0", "-0", "-0.0", "0e0", "1" + "0".repeat(400), "0." + "0".repeat(400) + "1",
      "2.2250738585072011e-308", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
      "1.7976931348623158e308", "1.7976931348623159e308", "9007199254740993", "0.1e1_000", "1e0000000000000000000000001",
      "- 1", "1 2", "1d5", "١e٢", "1\u00e9",
    ];
    for (const x of sampleDoubles(5, 300)) {
      const r = String(x);
      cases.push(rng.next() < 0.5 ? r : x.toExponential(rng.int(0, 25)));
    }
    for (let i = 0; i < 200; i++) {
      // long random decimal strings, many near halfway points
      let m = String(rng.int(1, 9));
      const n = rng.int(1, 40);
      for (let j = 0; j < n; j++) m += String(rng.int(0, 9));
      if (rng.next() < 0.5) m = m.slice(0, rng.int(1, m.length)) + "." + m.slice(1);
      cases.push(`${rng.pick(["", "-", "+"])}${m}e${rng.int(-340, 310)}`);
    }
    const bad = check(
      cases,
      "result = [run(lambda c=c: H(float(c))) for c in data]",
      (c: string) => hexOf(parseFloat(c)),
      (c: string) => `float(${JSON.stringify(c.slice(0, 60))})`,
    );
    expect(bad).toEqual([]);
  });
});

describe("int -> str and int <-> float", () => {
  const rng = new Rng(13);
  const ints: PyInt[] = [0, 1, -1, 255, -255, 9007199254740991, -9007199254740991, 2n ** 53n, -(2n ** 53n), 10n ** 4300n - 1n, 10n ** 4300n, -(10n ** 4300n)];
  for (let i = 0; i < 200; i++) ints.push(normalizeInt(rng.bigInt(i < 100 ? 16 : 120)));

  it("intToString / intRepr match str/bin/oct/hex", () => {
    const cases = ints.flatMap((v) => [2, 8, 10, 16].map((b) => ({ v: pyInt(v), b })));
    const bad = check(
      cases,
      "result = [run(lambda c=c: {2: bin, 8: oct, 10: str, 16: hex}[c['b']](I(c['v']))) for c in data]",
      (c: { v: string; b: 2 | 8 | 10 | 16 }) => intToString(fromPyInt(c.v), c.b),
      (c: { v: string; b: number }) => `base ${c.b} of ${c.v.slice(0, 40)}`,
    );
    expect(bad).toEqual([]);
    expect(intRepr(12345678901234567890n)).toBe("12345678901234567890");
  });

  it("floatFromInt matches float(int)", () => {
    const big: bigint[] = [
      2n ** 53n + 1n, 2n ** 53n + 3n, 2n ** 54n + 2n, 2n ** 54n + 6n, 2n ** 1024n - 2n ** 970n, 2n ** 1024n - 2n ** 970n - 1n,
      2n ** 1024n - 2n ** 971n, 2n ** 1024n, -(2n ** 1024n - 2n ** 971n), 10n ** 308n, 10n ** 309n, 3n ** 600n,
    ];
    for (let i = 0; i < 300; i++) {
      const bits = rng.int(54, 1030);
      let v = 0n;
      for (let j = 0; j < bits; j += 30) v = (v << 30n) | BigInt(rng.u32() & 0x3fffffff);
      v >>= BigInt(Math.max(0, Math.ceil(bits / 30) * 30 - bits));
      // make some exact halfway cases: ...1000... pattern below bit 53
      if (i % 3 === 0 && bits > 60) v = ((v >> BigInt(bits - 54)) << BigInt(bits - 54)) | (1n << BigInt(bits - 55));
      big.push(rng.next() < 0.3 ? -v : v);
    }
    const cases = [...ints.map(pyInt), ...big.map(pyInt)];
    const bad = check(
      cases,
      "result = [run(lambda c=c: H(float(I(c)))) for c in data]",
      (c: string) => hexOf(floatFromInt(fromPyInt(c))),
      (c: string) => `float(${c.slice(0, 40)})`,
    );
    expect(bad).toEqual([]);
  });

  it("floatToInt / floatAsIntegerRatio / roundFloatToInt match int(x), x.as_integer_ratio(), round(x)", () => {
    const xs = [...sampleDoubles(14, 400), Infinity, -Infinity, NaN, 0.49999999999999994, -0.5, 4.5, 5.5, -4.5];
    const hs = xs.map(hexOf);
    expect(
      check(hs, "result = [run(lambda c=c: str(int(F(c)))) for c in data]", (c: string) => intText(floatToInt(xs[hs.indexOf(c)]!)), (c: string) => `int(${c})`),
    ).toEqual([]);
    expect(
      check(
        hs,
        "result = [run(lambda c=c: [str(v) for v in F(c).as_integer_ratio()]) for c in data]",
        (c: string) => floatAsIntegerRatio(xs[hs.indexOf(c)]!).map(intText),
        (c: string) => `ratio(${c})`,
      ),
    ).toEqual([]);
    expect(
      check(hs, "result = [run(lambda c=c: str(round(F(c)))) for c in data]", (c: string) => intText(roundFloatToInt(xs[hs.indexOf(c)]!)), (c: string) => `round(${c})`),
    ).toEqual([]);
  });
});

describe("float.hex / float.fromhex", () => {
  it("floatHex matches float.hex", () => {
    const xs = [...sampleDoubles(15, 500), Infinity, -Infinity, NaN, 2.2250738585072014e-308, 2.225073858507201e-308];
    const bad = check(
      xs.map(hexOf),
      "result = [run(lambda c=c: F(c).hex()) for c in data]",
      (c: string) => floatHex(xs[xs.map(hexOf).indexOf(c)]!),
      (c: string) => c,
    );
    expect(bad).toEqual([]);
  });

  it("floatFromHex matches float.fromhex", () => {
    const rng = new Rng(16);
    const cases: string[] = [
      "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023",
      "0x1.fffffffffffff7ffp1023", "0x1p1024", "0x.8p1025", "-0x1p-2000", " -0x1.8P+1 ", "-Infinity", "inf", "+nan", "nAn ", "infinit",
      "1.", ".", "0x.8", "0x1p", "0x1p+", "\u3000 1", "0x", "0", "0x0p99999999999999999999", "0x1p99999999999999999999",
      "0x1p-99999999999999999999", "1p1", "a.b", "0x1.8000000000000p+0", "0x1.00000000000008p0", "0x1.00000000000018p0",
      "0x1.000000000000080000000001p0", "0x0.0000000000001p-1022", "0x0.00000000000008p-1022", "0x0.00000000000018p-1022",
      "0x00000000000000000001p0", "0x1_0p0", "0x1p1_0", "- 0x1", "0x1.p1", "0xg", "ff", "FF.8P-4", "0x1e", "0x1ep-3",
    ];
    for (const x of sampleDoubles(17, 200)) {
      const h = hexOf(x);
      const r = rng.next();
      if (r < 0.3) cases.push(h);
      else if (r < 0.6) {
        // extra hex digits: forces rounding, including exact halves
        const extra = rng.pick(["8", "80", "800000001", "7ff", "1", "c", "4"]);
        cases.push(h.replace(/p/, extra + "p"));
      } else cases.push(`${rng.next() < 0.5 ? "-" : ""}0x${rng.u32().toString(16)}${rng.u32().toString(16)}p${rng.int(-1200, 1100)}`);
    }
    const bad = check(
      cases,
      "result = [run(lambda c=c: H(float.fromhex(c))) for c in data]",
      (c: string) => hexOf(floatFromHex(c)),
      (c: string) => `fromhex(${JSON.stringify(c)})`,
    );
    expect(bad).toEqual([]);
  });
});

describe("round", () => {
  it("roundFloat matches round(x, n)", () => {
    const rng = new Rng(18);
    const xs = sampleDoubles(19, 300);
    const cases: { x: string; n: string }[] = [];
    for (const [x, n] of [
      [2.675, 2], [0.125, 2], [0.375, 2], [2.5, 0], [-2.5, 0], [0.5, 0], [1.5, 0], [-0.001, 2], [1.7976931348623157e308, -308],
      [1.7976931348623157e308, -307], [5e-324, 323], [5e-324, 324], [1e300, -300], [12345.6789, -2], [150, -2], [250, -2],
      [Infinity, 2], [NaN, 2], [-0, 3], [0.1, 400], [123.456, -400], [1.5, 2 ** 100], [1.5, -(2 ** 100)],
    ] as const) {
      cases.push({ x: hexOf(x), n: String(typeof n === "number" && !Number.isSafeInteger(n) ? BigInt(n) : n) });
    }
    for (const x of xs) {
      const n = rng.pick([0, 1, 2, 3, 5, 10, -1, -2, -5, rng.int(-330, 330), rng.int(-20, 20)]);
      cases.push({ x: hexOf(x), n: String(n) });
    }
    const bad = check(
      cases,
      "result = [run(lambda c=c: H(round(F(c['x']), I(c['n'])))) for c in data]",
      (c: { x: string; n: string }) => {
        const x = xs.find((v) => hexOf(v) === c.x) ?? floatFromHex(c.x === "nan" || c.x.includes("inf") ? c.x : c.x);
        return hexOf(roundFloat(x, normalizeInt(BigInt(c.n))));
      },
      (c: { x: string; n: string }) => `round(${c.x}, ${c.n})`,
    );
    expect(bad).toEqual([]);
  });

  it("roundInt matches round(int, n)", () => {
    const rng = new Rng(20);
    const cases: { v: string; n: string }[] = [
      { v: "25", n: "-1" }, { v: "-25", n: "-1" }, { v: "35", n: "-1" }, { v: "15", n: "-1" }, { v: "5", n: "-1" }, { v: "-5", n: "-1" },
      { v: "50", n: "-2" }, { v: "150", n: "-2" }, { v: "12345", n: "3" }, { v: "12345", n: "0" }, { v: "12345", n: "-10" },
      { v: "5", n: "-100000000000000000000" },
    ];
    for (let i = 0; i < 300; i++) {
      const v = rng.bigInt(i < 150 ? 12 : 60);
      cases.push({ v: String(v), n: String(-rng.int(0, 62)) });
    }
    // keep the huge-ndigits case out of CPython (it would compute 10**(10**20))
    const pyCases = cases.map((c) => (c.n.length > 6 ? { v: c.v, n: "-1000" } : c));
    const theirs = python<Outcome[]>("result = [run(lambda c=c: str(round(I(c['v']), I(c['n'])))) for c in data]", pyCases);
    const ours = cases.map((c) => outcome(() => intText(roundInt(normalizeInt(BigInt(c.v)), normalizeInt(BigInt(c.n))))));
    expect(mismatches(cases.map((c) => `round(${c.v}, ${c.n})`), ours, theirs)).toEqual([]);
  });
});
