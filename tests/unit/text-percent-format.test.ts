import { describe, it, expect } from "vitest";
import { TextError, typeError } from "../../runtime/text/errors.js";
import { floatRepr } from "../../runtime/text/float-repr.js";
import { floatFromInt, floatToInt, intRepr, normalizeInt, type PyInt } from "../../runtime/text/parse-number.js";
import { percentFormat, percentIntTypeError, type PercentArgs, type PercentOps } from "../../runtime/text/percent-format.js";
import { strAscii, strRepr, asciiEscape } from "../../runtime/text/str-repr.js";
import { Rng, hexOf, mismatches, outcome, python, type Outcome } from "./text-oracle.js";

/** A tiny model of Python values, JSON-encoded the same way for the oracle. */
type Val =
  | { i: string }
  | { f: string }
  | { s: string }
  | { t: Val[] }
  | { d: Record<string, Val> }
  | { l: Val[] };

const I = (v: PyInt): Val => ({ i: String(v) });
const Fl = (x: number): Val => ({ f: hexOf(x) });
const S = (s: string): Val => ({ s });
const T = (...xs: Val[]): Val => ({ t: xs });

function intOf(v: { i: string }): PyInt {
  return normalizeInt(BigInt(v.i));
}
function floatOf(v: { f: string }): number {
  const h = v.f;
  if (h === "nan") return NaN;
  if (h === "inf") return Infinity;
  if (h === "-inf") return -Infinity;
  // hexOf output: [-]0x{0|1}.{13 hex}p{sign}{exp}
  const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(h)!;
  const mant = Number(BigInt("0x" + m[2] + m[3]));
  const x = mant * 2 ** (Number(m[4]) - 4 * m[3]!.length);
  return m[1] ? -x : x;
}

function typeName(v: Val): string {
  if ("i" in v) return "int";
  if ("f" in v) return "float";
  if ("s" in v) return "str";
  if ("t" in v) return "tuple";
  if ("d" in v) return "dict";
  return "list";
}

function repr(v: Val): string {
  if ("i" in v) return intRepr(intOf(v));
  if ("f" in v) return floatRepr(floatOf(v));
  if ("s" in v) return strRepr(v.s);
  if ("t" in v) return v.t.length === 1 ? `(${repr(v.t[0]!)},)` : `(${v.t.map(repr).join(", ")})`;
  if ("d" in v) return `{${Object.entries(v.d).map(([k, x]) => `${strRepr(k)}: ${repr(x)}`).join(", ")}}`;
  return `[${v.l.map(repr).join(", ")}]`;
}

const ops: PercentOps<Val> = {
  str: (v) => ("s" in v ? v.s : repr(v)),
  repr,
  ascii: (v) => ("s" in v ? strAscii(v.s) : asciiEscape(repr(v))),
  getItem(m, key) {
    if ("d" in m && Object.prototype.hasOwnProperty.call(m.d, key)) return m.d[key]!;
    if ("d" in m) throw Object.assign(new Error(strRepr(key)), { pyType: "KeyError" });
    throw typeError("list indices must be integers or slices, not str");
  },
  starInt: (v) => ("i" in v ? intOf(v) : null),
  toInt(v, conv) {
    if ("i" in v) return intOf(v);
    if ("f" in v && conv !== "o" && conv !== "x" && conv !== "X") return floatToInt(floatOf(v));
    throw percentIntTypeError(conv, typeName(v));
  },
  toFloat(v) {
    if ("i" in v) return floatFromInt(intOf(v));
    if ("f" in v) return floatOf(v);
    throw new TextError("TypeError", `must be real number, not ${typeName(v)}`);
  },
  charArg: (v) => ("s" in v ? v.s : "i" in v ? intOf(v) : null),
};

function argsOf(v: Val): PercentArgs<Val> {
  return { value: v, tuple: "t" in v ? v.t : null, isMapping: "d" in v || "l" in v };
}

const PY_DECODE = `
def V(j):
    if 'i' in j: return int(j['i'])
    if 'f' in j: return F(j['f'])
    if 's' in j: return j['s']
    if 't' in j: return tuple(V(x) for x in j['t'])
    if 'd' in j: return {k: V(x) for k, x in j['d'].items()}
    return [V(x) for x in j['l']]
result = [run(lambda c=c: c['fmt'] % V(c['args'])) for c in data]
`;

function check(cases: { fmt: string; args: Val }[]): string[] {
  const theirs = python<Outcome[]>(PY_DECODE, cases);
  const ours = cases.map((c) => outcome(() => percentFormat(c.fmt, argsOf(c.args), ops)));
  return mismatches(cases.map((c) => `${JSON.stringify(c.fmt)} % ${repr(c.args)}`), ours, theirs);
}

describe("percentFormat", () => {
  it("matches CPython on hand-picked cases", () => {
    const D = (o: Record<string, Val>): Val => ({ d: o });
    const cases: { fmt: string; args: Val }[] = [
      { fmt: "%.0f", args: Fl(0.5) }, { fmt: "%.0f", args: Fl(1.5) }, { fmt: "%.0f", args: Fl(2.5) },
      { fmt: "%.2f", args: Fl(2.675) }, { fmt: "%s", args: S("x") }, { fmt: "%s %s", args: T(I(1), S("a")) },
      { fmt: "%d", args: S("a") }, { fmt: "%x", args: Fl(1.5) }, { fmt: "%d", args: Fl(3.99) }, { fmt: "%d", args: Fl(-3.99) },
      { fmt: "%d", args: Fl(Infinity) }, { fmt: "%f", args: S("a") }, { fmt: "%c", args: S("ab") }, { fmt: "%c", args: S("😀") },
      { fmt: "%c", args: I(0x110000) }, { fmt: "%c", args: I(-1) }, { fmt: "%c", args: I(2n ** 70n) }, { fmt: "%c", args: Fl(65) },
      { fmt: "%c", args: I(65) }, { fmt: "%5c|%-5c", args: T(I(0x1f600), S("é")) }, { fmt: "%s", args: T() },
      { fmt: "%s %s", args: T(I(1)) }, { fmt: "%s", args: T(I(1), I(2)) }, { fmt: "abc", args: I(1) }, { fmt: "abc", args: T() },
      { fmt: "abc", args: { l: [I(1)] } }, { fmt: "%s", args: { l: [I(1), I(2)] } }, { fmt: "%y", args: T(I(1)) },
      { fmt: "%y", args: T() }, { fmt: "x%\u1234", args: T(I(1)) }, { fmt: "\u{1F600}%y", args: T(I(1)) }, { fmt: "%\x1f", args: T(I(1)) },
      { fmt: "%\x7f", args: T(I(1)) }, { fmt: "abc%", args: T() }, { fmt: "%5%", args: T(I(1)) }, { fmt: "%%", args: T() },
      { fmt: "100%%", args: T() }, { fmt: "%(a)s", args: D({ a: I(1) }) }, { fmt: "%(a)s %(b)r", args: D({ a: S("x"), b: S("y") }) },
      { fmt: "%(a)s %s", args: D({ a: I(1) }) }, { fmt: "%s %(a)s", args: D({ a: I(1) }) }, { fmt: "%(a)s", args: T(I(1)) },
      { fmt: "%(a", args: D({ a: I(1) }) }, { fmt: "%(a)", args: D({ a: I(1) }) }, { fmt: "%(x(y)z)s", args: D({ "x(y)z": I(5) }) },
      { fmt: "%(missing)s", args: D({ a: I(1) }) }, { fmt: "%(a)*d", args: D({ a: I(1) }) }, { fmt: "%*d", args: T(S("a"), I(1)) },
      { fmt: "%*d", args: T(I(-5), I(1)) }, { fmt: "%-*d|", args: T(I(5), I(1)) }, { fmt: "%.*f", args: T(I(2), Fl(3.14159)) },
      { fmt: "%.*f", args: T(I(-2), Fl(3.14159)) }, { fmt: "%.*f", args: T(I(2n ** 40n), Fl(1)) }, { fmt: "%*d", args: T(I(2n ** 70n), I(1)) },
      { fmt: "%*.*s", args: T(I(8), I(3), S("abcdef")) }, { fmt: "%ld %hd %Lf", args: T(I(1), I(2), Fl(3)) }, { fmt: "%.", args: T(I(1)) },
      { fmt: "%-", args: T(I(1)) }, { fmt: "%5", args: T(I(1)) }, { fmt: "%.*", args: T(I(1), I(1)) }, { fmt: "%*", args: T(I(1)) },
      { fmt: "%#x %#X %#o", args: T(I(255), I(255), I(8)) }, { fmt: "%#08x|%-#8x|%#8X", args: T(I(-255), I(255), I(255)) },
      { fmt: "%+.5d|% d|%05d|%-05d|%+05d", args: T(I(42), I(42), I(-42), I(-42), I(42)) },
      { fmt: "%#.5x|%#010.5o", args: T(I(-255), I(8)) }, { fmt: "%u|%i", args: T(I(-7), I(7)) },
      { fmt: "%x %o", args: T(I(2n ** 100n), I(-(2n ** 80n))) }, { fmt: "%d", args: I(10n ** 50n) },
      { fmt: "%10.3s|%-10r|%a", args: T(S("abcdef"), S("ab"), S("é😀")) }, { fmt: "%.1s|%5.1s", args: T(S("😀😀"), S("😀x")) },
      { fmt: "%+f|% f|%+e|%#g|%#.0f|%#.0e", args: T(Fl(1), Fl(2), Fl(-3), Fl(4), Fl(5), Fl(6)) },
      { fmt: "%010.3f|%-10.3f|%+010.2e", args: T(Fl(-3.14159), Fl(3.14159), Fl(12345.678)) },
      { fmt: "%f %F %e %E %g %G", args: T(Fl(Infinity), Fl(-Infinity), Fl(NaN), Fl(NaN), Fl(Infinity), Fl(-Infinity)) },
      { fmt: "%010f|%+f|% F", args: T(Fl(Infinity), Fl(NaN), Fl(Infinity)) }, { fmt: "%.100f", args: Fl(0.1) },
      { fmt: "%.150e", args: Fl(5e-324) }, { fmt: "%g", args: I(10n ** 400n) }, { fmt: "%s", args: Fl(-0) },
      { fmt: "%r", args: Fl(1e16) }, { fmt: "%r|%a", args: T(S("it's"), S("\u00e9\n")) }, { fmt: "%c%c", args: T(I(104), S("i")) },
      { fmt: "%0-5d|", args: I(1) }, { fmt: "%-05s|", args: S("a") }, { fmt: "%05s|%05c", args: T(S("a"), S("b")) },
      { fmt: "%#5s", args: S("a") }, { fmt: "%+s", args: S("a") }, { fmt: "%99999999999999999999d", args: I(1) },
      { fmt: "%.99999999999f", args: Fl(1) }, { fmt: "%\u00e9", args: I(1) }, { fmt: "%s", args: { d: {} } },
    ];
    expect(check(cases)).toEqual([]);
  });

  it("matches CPython on random formats", () => {
    const rng = new Rng(555);
    const cases: { fmt: string; args: Val }[] = [];
    const convs = ["d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c", "r", "s", "a", "%"];
    const randomValue = (conv: string): Val => {
      const r = rng.next();
      if (r < 0.05) return S("str");
      if (conv === "c") return rng.next() < 0.5 ? S(rng.pick(["a", "é", "😀", " "])) : I(rng.int(0, 0x1ffff));
      if ("eEfFgG".includes(conv) || r < 0.15) {
        return Fl(rng.pick([rng.anyDouble(), rng.decimalDouble(), rng.halfwayDouble(), 0, -0, Infinity, NaN]));
      }
      if ("rsa".includes(conv) && r < 0.4) return S(rng.pick(["", "abc", "ünï", "😀x", "q'\"", "\n"]));
      return I(normalizeInt(rng.bigInt(rng.next() < 0.8 ? 12 : 40)));
    };
    for (let k = 0; k < 500; k++) {
      let fmt = "";
      const args: Val[] = [];
      const nconv = rng.int(1, 3);
      for (let j = 0; j < nconv; j++) {
        fmt += rng.pick(["", "x", "ab ", "é", "|"]);
        fmt += "%";
        const nflags = rng.int(0, 2);
        for (let f = 0; f < nflags; f++) fmt += rng.pick(["-", "+", " ", "#", "0"]);
        const w = rng.next();
        if (w < 0.1) {
          fmt += "*";
          args.push(I(rng.int(-12, 12)));
        } else if (w < 0.5) fmt += String(rng.int(0, 20));
        const p = rng.next();
        if (p < 0.1) {
          fmt += ".*";
          args.push(I(rng.int(-3, 30)));
        } else if (p < 0.5) fmt += "." + String(rng.int(0, 25));
        const conv = rng.pick(convs);
        fmt += conv;
        if (conv !== "%" || rng.next() < 0.5) args.push(randomValue(conv));
      }
      if (rng.next() < 0.3) fmt += " tail";
      const extra = rng.next();
      if (extra < 0.05) args.pop();
      else if (extra < 0.1) args.push(I(1));
      cases.push({ fmt, args: args.length === 1 && rng.next() < 0.5 && !("t" in args[0]!) ? args[0]! : T(...args) });
    }
    expect(check(cases)).toEqual([]);
  });
});
