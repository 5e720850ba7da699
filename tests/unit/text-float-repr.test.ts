import { describe, it, expect } from "vitest";
import {
  DTSF_ADD_DOT_0,
  DTSF_ALT,
  DTSF_SIGN,
  exactDigits,
  fixedDigits,
  floatRepr,
  floatStr,
  floatToString,
  roundDigits,
  shortestDigits,
  significantDigits,
  type FloatCode,
} from "../../runtime/text/float-repr.js";
import { Rng, hexOf, mismatches, outcome, python, type Outcome } from "./text-oracle.js";

function sampleFloats(seed: number, n: number): number[] {
  const rng = new Rng(seed);
  const xs: number[] = [
    0, -0, 1, -1, 0.1, 0.5, 1.5, 2.5, 2.675, 1e16, 1e-5, 1e-4, 9.999999999999999e-5, 1e15, 9999999999999998,
    1e16 - 2, 1.5e300, 100, 1.2345678901234567e19, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
    Infinity, -Infinity, NaN, 123456789, 0.3, 2 / 3, 1e21, 1e22, 1e23, 123e-20, 0.000123, 2 ** 53, 2 ** 53 + 2, 2 ** 63,
    4.35, 0.125, 0.375, 1e-7, 1e-6, 12345.6789,
  ];
  for (let i = 0; i < n; i++) {
    const k = i % 3;
    xs.push(k === 0 ? rng.anyDouble() : k === 1 ? rng.decimalDouble() : rng.halfwayDouble());
  }
  return xs;
}

describe("floatRepr", () => {
  it("matches repr(float) for special and random values", () => {
    const xs = sampleFloats(1234, 3000);
    const theirs = python<string[]>("result = [repr(F(h)) for h in data]", xs.map(hexOf));
    const bad: string[] = [];
    xs.forEach((x, i) => {
      if (floatRepr(x) !== theirs[i]) bad.push(`${hexOf(x)}: ours ${floatRepr(x)} cpython ${theirs[i]}`);
    });
    expect(bad).toEqual([]);
    expect(floatStr(1e16)).toBe("1e+16");
  });
});

describe("floatToString (PyOS_double_to_string)", () => {
  it("matches %-formatting for e/f/g with precisions and '#'", () => {
    const rng = new Rng(99);
    const xs = sampleFloats(77, 600);
    const cases: { x: number; code: FloatCode; prec: number; flags: number }[] = [];
    const codes: FloatCode[] = ["e", "E", "f", "F", "g", "G"];
    for (const x of xs) {
      for (let j = 0; j < 3; j++) {
        const code = rng.pick(codes);
        const prec = rng.pick([0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20, 25, 40, rng.int(0, 120)]);
        const flags = (rng.next() < 0.25 ? DTSF_ALT : 0) | (rng.next() < 0.2 ? DTSF_SIGN : 0);
        cases.push({ x, code, prec, flags });
      }
    }
    // Exact ties and classic examples.
    for (const [x, code, prec] of [
      [2.675, "f", 2], [0.5, "f", 0], [1.5, "f", 0], [2.5, "f", 0], [-0.5, "f", 0], [0.125, "f", 2], [0.375, "f", 2],
      [0.125, "e", 1], [1e22, "e", 0], [25, "e", 0], [35, "e", 0], [2.5e-5, "e", 0], [5e-324, "f", 1074],
      [5e-324, "e", 100], [1.7976931348623157e308, "f", 3], [1e300, "f", 0], [0.1, "f", 60], [0.1, "g", 0],
      [1e21, "f", 2], [123456789012345678901234, "f", 0], [9.5, "g", 1], [0.0001, "g", 1], [1e-5, "g", 3],
    ] as const) {
      cases.push({ x, code, prec, flags: 0 });
      cases.push({ x, code, prec, flags: DTSF_ALT });
    }
    const theirs = python<string[]>(
      `result = [(('%+' if c['sign'] else '%') + ('#' if c['alt'] else '') + '.' + str(c['prec']) + c['code']) % F(c['x']) for c in data]`,
      cases.map((c) => ({ x: hexOf(c.x), code: c.code, prec: c.prec, alt: (c.flags & DTSF_ALT) !== 0, sign: (c.flags & DTSF_SIGN) !== 0 })),
    );
    const bad: string[] = [];
    cases.forEach((c, i) => {
      const ours = floatToString(c.x, c.code, c.prec, c.flags);
      if (ours !== theirs[i]) bad.push(`${hexOf(c.x)} ${c.code} .${c.prec} flags=${c.flags}: ours ${ours} cpython ${theirs[i]}`);
    });
    expect(bad).toEqual([]);
    expect(cases.length).toBeGreaterThan(1500);
  });

  it("matches format(x, '.N') (repr-style general with ADD_DOT_0)", () => {
    const xs = sampleFloats(4242, 400);
    const precs = [0, 1, 2, 3, 6, 12, 16, 17, 18];
    const cases = xs.flatMap((x, i) => [{ x, p: precs[i % precs.length]! }]);
    const theirs = python<string[]>(`result = [format(F(c['x']), '.' + str(c['p'])) for c in data]`, cases.map((c) => ({ x: hexOf(c.x), p: c.p })));
    const ours: Outcome[] = cases.map((c) =>
      outcome(() => floatToString(c.x, c.p === 0 ? "g" : "g", c.p, DTSF_ADD_DOT_0)),
    );
    expect(mismatches(cases.map((c) => `${hexOf(c.x)} .${c.p}`), ours, theirs.map((t) => ({ ok: t })))).toEqual([]);
  });
});

describe("fast digit paths agree with the exact BigInt expansion", () => {
  it("significantDigits / fixedDigits / shortestDigits", () => {
    const rng = new Rng(4711);
    const xs = sampleFloats(808, 6000).filter((x) => Number.isFinite(x) && x !== 0).map(Math.abs);
    const bad: string[] = [];
    for (const x of xs) {
      const ex = exactDigits(x);
      for (let k = 0; k < 4; k++) {
        const nd = rng.pick([1, 2, 3, 5, 8, 12, 15, 16, 17, 18, 25, rng.int(1, 101)]);
        const a = significantDigits(x, nd);
        const b = roundDigits(ex, nd);
        if (a.digits !== b.digits || a.decpt !== b.decpt) bad.push(`sig ${hexOf(x)} ${nd}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
        const p = rng.pick([0, 1, 2, 3, 4, 6, 10, 20, rng.int(0, 100)]);
        const c = fixedDigits(x, p);
        const d = roundDigits(ex, ex.decpt + p);
        if (c.digits !== d.digits || c.decpt !== d.decpt) bad.push(`fix ${hexOf(x)} ${p}: ${JSON.stringify(c)} vs ${JSON.stringify(d)}`);
      }
      // the shortest digits must round-trip
      const sd = shortestDigits(x);
      if (Number(`0.${sd.digits}e${sd.decpt}`) !== x) bad.push(`shortest ${hexOf(x)} does not round-trip`);
    }
    expect(bad).toEqual([]);
  });
});
