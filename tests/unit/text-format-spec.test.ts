import { describe, it, expect } from "vitest";
import { formatFloat, formatInt, formatStr, parseFormatSpec } from "../../runtime/text/format-spec.js";
import { normalizeInt } from "../../runtime/text/parse-number.js";
import { Rng, hexOf, mismatches, outcome, pyInt, python, type Outcome } from "./text-oracle.js";

function randomSpec(rng: Rng, types: readonly string[]): string {
  let s = "";
  const r = rng.next();
  if (r < 0.15) s += rng.pick(["*", "x", "0", " ", "é", "😀", "<", "="]) + rng.pick(["<", ">", "=", "^"]);
  else if (r < 0.3) s += rng.pick(["<", ">", "=", "^"]);
  if (rng.next() < 0.3) s += rng.pick(["+", "-", " "]);
  if (rng.next() < 0.1) s += "z";
  if (rng.next() < 0.2) s += "#";
  if (rng.next() < 0.2) s += "0";
  if (rng.next() < 0.5) s += String(rng.int(0, 25));
  if (rng.next() < 0.2) s += rng.pick([",", "_"]);
  if (rng.next() < 0.5) s += "." + String(rng.pick([0, 1, 2, 3, 4, 6, 10, 17, 20, rng.int(0, 40)]));
  if (rng.next() < 0.85) s += rng.pick(types);
  if (rng.next() < 0.03) s += rng.pick(["x", ",", "_", ".", "5"]);
  return s;
}

const FIXED_FLOAT_SPECS = [
  "", ".0", ".1", ".3", ".17", "e", ".2e", "E", "f", ".0f", ".2f", "#.0f", "F", "g", ".0g", "#g", "#.3g", "G", "n",
  "%", ".1%", "z", "z.2f", "z.0e", "+", " ", "-", "010", "010.2f", "<10", "^10", "*^11.3f", ">12,", "012,.2f",
  "_", "_.3f", ",e", ",g", "+015,.4f", "=+12.3", "0=10", "x=10.2f", "#", "#.0", "#.0e", "#,.0f", "20.15g",
  ".100f", ".120e", "1000", ".", "abc", "d", "s", "c", "x", ",_", "_,", ",,", ",n", ".2n", "z.1%", "0<8", "08",
  "\u0661\u0660", ".\u0663f", "99999999999999999999", ".99999999999f", "e\u00e9",
];

describe("formatFloat", () => {
  it("matches format(float, spec)", () => {
    const rng = new Rng(2024);
    const values: number[] = [
      0, -0, 1, -1, 0.5, 1.5, 2.5, 2.675, 1e16, 1e-5, 123456.0, 1234.5, 1e20, 1e22, -1e-7, -0.0001, 0.001, 100,
      Infinity, -Infinity, NaN, 5e-324, 1.7976931348623157e308, 1 / 3, 12345678.9,
    ];
    for (let i = 0; i < 200; i++) values.push(i % 3 === 0 ? rng.anyDouble() : i % 3 === 1 ? rng.decimalDouble() : rng.halfwayDouble());
    const cases: { x: number; spec: string }[] = [];
    for (const x of values.slice(0, 25)) for (const spec of FIXED_FLOAT_SPECS) cases.push({ x, spec });
    const types = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d", "s"];
    for (const x of values) for (let j = 0; j < 6; j++) cases.push({ x, spec: randomSpec(rng, types) });
    const theirs = python<Outcome[]>(
      "result = [run(lambda c=c: format(F(c['x']), c['spec'])) for c in data]",
      cases.map((c) => ({ x: hexOf(c.x), spec: c.spec })),
    );
    const ours = cases.map((c) => outcome(() => formatFloat(c.x, c.spec)));
    expect(mismatches(cases.map((c) => `format(${hexOf(c.x)}, ${JSON.stringify(c.spec)})`), ours, theirs)).toEqual([]);
    expect(cases.length).toBeGreaterThan(2500);
  });
});

const FIXED_INT_SPECS = [
  "", "d", "5d", "<5", "^7", "=+8", "+", " ", "-", "05", "010,", "09,", "_", ",", ",d", "_d", "b", "#b", "#_b",
  "_b", "o", "#o", "_o", "x", "#x", "X", "#X", "#010_x", "#010_X", "#012_b", "c", "5c", "<3c", "05c", "=5c", "+c",
  "#c", ",c", "n", ",n", "e", ".2e", "f", ".0f", "g", "%", ".1%", ",.2f", "z", "z5", ".2", ".2d", "s", "abc",
  "x<10", "*^+#12_x", "0=10", "0<8", "08", ",_", "\u0661\u0660", "_x", ",x", "_n", "=", "#", "#d", "0x", "#0x",
  "99999999999999999999",
];

describe("formatInt", () => {
  it("matches format(int, spec)", () => {
    const rng = new Rng(7);
    const values: (number | bigint)[] = [
      0, 1, -1, 42, -42, 255, -255, 65, 0x10ffff, 0x110000, 1234, 1234567, -1234567, 9007199254740991,
      -9007199254740991, 2n ** 53n, 2n ** 64n, -(2n ** 64n), 10n ** 30n, 2n ** 63n, 10n ** 400n, 0xd800,
    ];
    for (let i = 0; i < 120; i++) values.push(normalizeInt(rng.bigInt(i < 60 ? 15 : 80)));
    const cases: { v: number | bigint; spec: string }[] = [];
    for (const v of values.slice(0, 22)) for (const spec of FIXED_INT_SPECS) cases.push({ v, spec });
    const types = ["", "d", "b", "o", "x", "X", "n", "c", "e", "f", "g", "%", "s"];
    for (const v of values) for (let j = 0; j < 8; j++) cases.push({ v, spec: randomSpec(rng, types) });
    const theirs = python<Outcome[]>(
      "result = [run(lambda c=c: format(I(c['v']), c['spec'])) for c in data]",
      cases.map((c) => ({ v: pyInt(c.v), spec: c.spec })),
    );
    const ours = cases.map((c) => outcome(() => formatInt(c.v, c.spec)));
    expect(mismatches(cases.map((c) => `format(${c.v}, ${JSON.stringify(c.spec)})`), ours, theirs)).toEqual([]);
    expect(cases.length).toBeGreaterThan(2000);
  });

  it("uses the type name given for error messages", () => {
    expect(outcome(() => formatInt(1, "z", "bool"))).toEqual({
      err: ["ValueError", "Negative zero coercion (z) not allowed in integer format specifier"],
    });
    expect(outcome(() => formatInt(1, "s", "bool"))).toEqual({
      err: ["ValueError", "Unknown format code 's' for object of type 'bool'"],
    });
  });
});

const FIXED_STR_SPECS = [
  "", "s", "10", "<10", ">10", "^10", "^11", "*^9", "😀>6", "é<4", ".2", ".0", "10.3", "^10.3s", "05", "0>5",
  "+", "-", " ", "z", "#", "=", "=10", ",", "_", ",s", "d", "x", ".", "abc", "10.2x", "0=5", "\u0661\u0662",
];

describe("formatStr", () => {
  it("matches format(str, spec)", () => {
    const rng = new Rng(31337);
    const values = ["", "a", "abc", "hello world", "ünïcödé", "😀😀x", "a😀b😀c", "\u0000\t", "日本語テキスト"];
    const cases: { s: string; spec: string }[] = [];
    for (const s of values) for (const spec of FIXED_STR_SPECS) cases.push({ s, spec });
    for (const s of values) for (let j = 0; j < 15; j++) cases.push({ s, spec: randomSpec(rng, ["s", "", "d"]) });
    const theirs = python<Outcome[]>("result = [run(lambda c=c: format(c['s'], c['spec'])) for c in data]", cases);
    const ours = cases.map((c) => outcome(() => formatStr(c.s, c.spec)));
    expect(mismatches(cases.map((c) => `format(${JSON.stringify(c.s)}, ${JSON.stringify(c.spec)})`), ours, theirs)).toEqual([]);
  });
});

describe("parseFormatSpec", () => {
  it("exposes the parsed fields", () => {
    expect(parseFormatSpec("*^+z#012,.3f")).toEqual({
      fill: "*",
      align: "^",
      sign: "+",
      noNeg0: true,
      alternate: true,
      width: 12,
      grouping: ",",
      precision: 3,
      type: "f",
    });
    expect(parseFormatSpec("08", { defaultType: "d" })).toMatchObject({ fill: "0", align: "=", width: 8, type: "d" });
    expect(parseFormatSpec("😀<5")).toMatchObject({ fill: "😀", align: "<", width: 5 });
  });
});
