// unicodedata against CPython 3.11 for every code point 0..0x10FFFF: python3.11 dumps each
// property (run-length encoded), every name and each single character's four normalizations,
// for Unicode 14.0.0 and for ucd_3_2_0, and our tables must say the same, so they cannot drift
// from CPython unnoticed. Names are also looked up again (lookup(name(c)) == c).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import * as UD from "../../runtime/modules/unicodedata.js";
import { Rng } from "./text-oracle.js";

const DUMP = String.raw`
import unicodedata, sys, json, itertools
chars = [chr(c) for c in range(0x110000)]
rep = itertools.repeat
def rle(vals):
    return [[k, len(list(g))] for k, g in itertools.groupby(vals)]
def dump(U):
    r = {"unidata_version": U.unidata_version}
    for p in ("category", "bidirectional", "combining", "east_asian_width", "mirrored", "decomposition"):
        r[p] = rle(map(getattr(U, p), chars))
    for p in ("decimal", "digit", "numeric"):
        r[p] = rle(map(getattr(U, p), chars, rep(None)))
    r["name"] = [[c, n] for c, n in enumerate(map(U.name, chars, rep(None))) if n is not None]
    for f in ("NFC", "NFD", "NFKC", "NFKD"):
        r[f] = [[c, s] for c, s in enumerate(map(U.normalize, rep(f), chars)) if s != chars[c]]
    return r
sys.stdout.write(json.dumps({"14": dump(unicodedata), "3.2": dump(unicodedata.ucd_3_2_0)}))
`;

type Rle = [string | number | null, number][];
interface Dump {
  unidata_version: string;
  category: Rle;
  bidirectional: Rle;
  combining: Rle;
  east_asian_width: Rle;
  mirrored: Rle;
  decomposition: Rle;
  decimal: Rle;
  digit: Rle;
  numeric: Rle;
  name: [number, string][];
  NFC: [number, string][];
  NFD: [number, string][];
  NFKC: [number, string][];
  NFKD: [number, string][];
}

const python = process.env.HOTPY_PYTHON ?? "python3.11";
const r = spawnSync(python, ["-c", DUMP], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
if (r.status !== 0) throw new Error(`${python} failed: ${r.stderr}`);
const dump = JSON.parse(r.stdout) as { "14": Dump; "3.2": Dump };

/** Code points where ours(cp) differs from the run-length encoded expectation (at most 10). */
function mismatches(rle: Rle, ours: (cp: number) => string | number | undefined): string[] {
  const bad: string[] = [];
  let cp = 0;
  for (const [value, count] of rle) {
    const want = value === null ? undefined : value;
    for (let end = cp + count; cp < end; cp++) {
      const got = ours(cp);
      if (got !== want && bad.length < 10) bad.push(`U+${cp.toString(16)}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
    }
  }
  expect(cp).toBe(0x110000);
  return bad;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase()}`;

for (const [version, old] of [
  ["14", false],
  ["3.2", true],
] as const) {
  const d = dump[version];
  describe(`unicodedata ${d.unidata_version} matches CPython 3.11 for every code point`, () => {
    it("category, bidirectional, combining, east_asian_width, mirrored, decomposition", () => {
      expect(old ? UD.OLD_UNIDATA_VERSION : UD.UNIDATA_VERSION).toBe(d.unidata_version);
      expect(mismatches(d.category, (c) => UD.category(c, old))).toEqual([]);
      expect(mismatches(d.bidirectional, (c) => UD.bidirectional(c, old))).toEqual([]);
      expect(mismatches(d.combining, (c) => UD.combining(c, old))).toEqual([]);
      expect(mismatches(d.east_asian_width, (c) => UD.eastAsianWidth(c, old))).toEqual([]);
      expect(mismatches(d.mirrored, (c) => UD.mirrored(c, old))).toEqual([]);
      expect(mismatches(d.decomposition, (c) => UD.decomposition(c, old))).toEqual([]);
    });

    it("decimal, digit, numeric", () => {
      expect(mismatches(d.decimal, (c) => UD.decimal(c, old))).toEqual([]);
      expect(mismatches(d.digit, (c) => UD.digit(c))).toEqual([]);
      expect(mismatches(d.numeric, (c) => UD.numeric(c, old))).toEqual([]);
    });

    it("name, and lookup of every name", () => {
      const want = new Map(d.name);
      const bad: string[] = [];
      for (let cp = 0; cp < 0x110000; cp++) {
        const got = UD.charName(cp, old);
        if (got !== want.get(cp) && bad.length < 10) bad.push(`${hex(cp)}: ${got} != ${want.get(cp)}`);
      }
      for (const [cp, name] of d.name) {
        const got = UD.lookupName(name, old);
        if (got !== String.fromCodePoint(cp) && bad.length < 20) bad.push(`lookup(${name}) = ${got}`);
        const lower = UD.lookupName(name.toLowerCase(), old);
        const algorithmic = name.startsWith("HANGUL SYLLABLE ") || name.startsWith("CJK UNIFIED IDEOGRAPH-");
        // lookup ignores case, except in the algorithmic names' prefixes (CPython compares those with strncmp)
        if (lower !== (algorithmic ? undefined : String.fromCodePoint(cp)) && bad.length < 20) bad.push(`lookup(${name.toLowerCase()}) = ${lower}`);
      }
      expect(bad).toEqual([]);
    });

    it("NFC, NFD, NFKC, NFKD of each character, and is_normalized", () => {
      for (const form of ["NFC", "NFD", "NFKC", "NFKD"] as const) {
        const want = new Map(d[form]);
        const bad: string[] = [];
        for (let cp = 0; cp < 0x110000; cp++) {
          const s = String.fromCodePoint(cp);
          const got = UD.normalizeString(form, s, old);
          const exp = want.get(cp) ?? s;
          if (UD.isNormalized(form, s, old) !== (exp === s) && bad.length < 10) bad.push(`is_normalized(${form}, ${hex(cp)})`);
          if (got !== exp && bad.length < 10) bad.push(`${form}(${hex(cp)}) = ${[...got].map((c) => hex(c.codePointAt(0)!))} != ${[...exp].map((c) => hex(c.codePointAt(0)!))}`);
        }
        expect(bad).toEqual([]);
      }
    });
  });
}

describe("unicodedata lookup of aliases and named sequences", () => {
  it("agrees with CPython, for 14.0.0 and 3.2.0", () => {
    const names = [
      "BEL",
      "LINE FEED",
      "latin capital letter gha",
      "BYTE ORDER MARK",
      "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
      "KEYCAP NUMBER SIGN",
      "TAMIL SYLLABLE KSSA",
      "HANGUL SYLLABLE GAGG",
      "HANGUL SYLLABLE ",
      "CJK UNIFIED IDEOGRAPH-04E00",
      "CJK UNIFIED IDEOGRAPH-9FFF",
      "CJK UNIFIED IDEOGRAPH-4e00",
      "TANGUT IDEOGRAPH-17000",
      "CJK COMPATIBILITY IDEOGRAPH-2F800",
      "VS256",
    ];
    const code = [
      "import unicodedata as u, json, sys",
      "def look(db, n):",
      "    try: return db.lookup(n)",
      "    except KeyError: return None",
      "print(json.dumps([[look(u, n), look(u.ucd_3_2_0, n)] for n in json.loads(sys.argv[1])]))",
    ].join("\n");
    const q = spawnSync(python, ["-c", code, JSON.stringify(names)], { encoding: "utf8" });
    expect(q.status).toBe(0);
    const want = JSON.parse(q.stdout) as [string | null, string | null][];
    expect(names.map((n) => [UD.lookupName(n) ?? null, UD.lookupName(n, true) ?? null])).toEqual(want);
  });
});

describe("unicodedata normalization of strings", () => {
  it("agrees with CPython on random strings of combining marks, jamo and composable letters", () => {
    // a pool of characters that interact: every combining mark, every character with a
    // decomposition, the conjoining jamo, some Hangul syllables and plain letters
    const pool: number[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xac00 && cp < 0xd7a4) continue;
      if (UD.combining(cp) !== 0 || UD.decomposition(cp) !== "" || (cp >= 0x1100 && cp < 0x1200)) pool.push(cp);
    }
    pool.push(0xac00, 0xac01, 0xac1c, 0xd7a3, 0x41, 0x61, 0x65, 0x6f, 0x20);
    const rng = new Rng(1411);
    const strings: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const n = rng.int(1, 8);
      let s = "";
      for (let j = 0; j < n; j++) {
        // half the time a letter that composes, so sequences like base + marks + jamo occur
        const c = rng.next() < 0.3 ? rng.pick([0x41, 0x61, 0x65, 0x1100, 0x1112, 0x1113, 0x1161, 0x1175, 0x1176, 0x11a7, 0x11a8, 0x11c2, 0x11c3, 0xac00, 0x0b47, 0x0b3e, 0x09c7, 0x0dd9]) : rng.pick(pool);
        s += String.fromCodePoint(c);
      }
      strings.push(s);
    }
    const code = [
      "import unicodedata as u, json, sys",
      "ss = json.load(sys.stdin)",
      "out = []",
      "for db in (u, u.ucd_3_2_0):",
      "    for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):",
      "        out.append([db.normalize(f, s) for s in ss])",
      "        out.append([db.is_normalized(f, s) for s in ss])",
      "print(json.dumps(out))",
    ].join("\n");
    const q = spawnSync(python, ["-c", code], { input: JSON.stringify(strings), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(q.status).toBe(0);
    const want = JSON.parse(q.stdout) as (string[] | boolean[])[];
    let k = 0;
    for (const old of [false, true]) {
      for (const form of ["NFC", "NFD", "NFKC", "NFKD"] as const) {
        const norm = want[k++] as string[];
        const isNorm = want[k++] as boolean[];
        const bad: string[] = [];
        strings.forEach((s, i) => {
          const got = UD.normalizeString(form, s, old);
          if ((got !== norm[i] || UD.isNormalized(form, s, old) !== isNorm[i]) && bad.length < 10)
            bad.push(`${old ? "3.2.0 " : ""}${form}(${[...s].map((c) => hex(c.codePointAt(0)!))}) = ${[...got].map((c) => hex(c.codePointAt(0)!))}`);
        });
        expect(bad).toEqual([]);
      }
    }
  });
});
