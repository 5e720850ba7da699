import { describe, it, expect, beforeAll } from "vitest";
import { decodeLocations, type Location } from "../../runtime/loader/location-table.js";
import { readMarshal } from "../../runtime/loader/marshal.js";
import { allCodes, type D, DESC_PY, descFactory, fromHex, runPy, SAMPLE_SOURCE } from "./loader-helpers.js";

type Pos = [number | null, number | null, number | null, number | null];

interface PyCode {
  qualname: string;
  firstlineno: number;
  units: number;
  linetable: string;
  positions: Pos[];
  lines: [number, number, number | null][];
}

/** Exercises every entry form: long lines/columns, big line jumps, multi-line exprs, no-location. */
const EXTRA_SOURCE =
  String.raw`
def f(a,
      b):
    x = (a +
         b)
    y = [a, b,
` +
  "         " +
  "z" +
  " " +
  "+ 1".repeat(60) +
  String.raw`]
    if x:
        pass
    ` +
  "\n".repeat(300) +
  String.raw`
    return lambda: (
        x
        ,
        y)
` +
  "k = " +
  "1 + ".repeat(200) +
  "1\n" +
  "while True:\n    break\n" +
  "é = 'ü' + str(1)\n";

let pyCodes: PyCode[] = [];
let ourCodes: D[] = [];

beforeAll(() => {
  const out = runPy(
    DESC_PY +
      String.raw`
import inspect, json, sys
srcs = json.loads(sys.stdin.read())
import typing, argparse, dataclasses
srcs += [inspect.getsource(typing), inspect.getsource(argparse), inspect.getsource(dataclasses)]
res = []
blobs = []
for i, s in enumerate(srcs):
    top = compile(s, "m%d.py" % i, "exec")
    blobs.append(marshal.dumps(top).hex())
    for c in all_codes(top):
        res.append({"qualname": c.co_qualname, "firstlineno": c.co_firstlineno, "units": len(c.co_code) // 2,
            "linetable": c.co_linetable.hex(), "positions": list(c.co_positions()), "lines": list(c.co_lines())})
json.dump({"codes": res, "blobs": blobs}, sys.stdout)
`,
    JSON.stringify([SAMPLE_SOURCE, EXTRA_SOURCE, "x = 1", "pass\n", ""]),
  );
  const j = JSON.parse(out) as { codes: PyCode[]; blobs: string[] };
  pyCodes = j.codes;
  ourCodes = j.blobs.flatMap((b) => allCodes(readMarshal(fromHex(b), descFactory)));
}, 120000);

const toPos = (l: Location): Pos => [
  l.line === -1 ? null : l.line,
  l.endLine === -1 ? null : l.endLine,
  l.col === -1 ? null : l.col,
  l.endCol === -1 ? null : l.endCol,
];

describe("decodeLocations against code.co_positions()", () => {
  it("gives CPython's position for every code unit of every code object", () => {
    expect(ourCodes.length).toBe(pyCodes.length);
    let units = 0;
    const kinds = new Set<number>();
    for (let i = 0; i < pyCodes.length; i++) {
      const py = pyCodes[i]!;
      expect(ourCodes[i]!["linetable"]).toBe(py.linetable);
      const table = fromHex(py.linetable);
      for (let p = 0; p < table.length; p++) if (table[p]! & 0x80) kinds.add((table[p]! >> 3) & 15);
      const locs = decodeLocations(table, py.firstlineno, py.units);
      expect(locs.length).toBe(py.units);
      // co_positions() stops where the table ends; every unit is covered in 3.11 output.
      expect(py.positions.length).toBe(py.units);
      expect(locs.map(toPos), py.qualname).toEqual(py.positions);
      units += locs.length;
    }
    expect(units).toBeGreaterThan(10000);
    // Every entry form occurs somewhere in the corpus (0-9 short, 10-12 one-line, 13-15).
    expect([...kinds].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it("agrees with co_lines() on the line of each instruction range", () => {
    for (const py of pyCodes) {
      const locs = decodeLocations(fromHex(py.linetable), py.firstlineno, py.units);
      for (const [start, end, line] of py.lines) {
        for (let b = start; b < end; b += 2) expect(locs[b / 2]!.line).toBe(line ?? -1);
      }
    }
  });

  it("pads with no-location past the table and survives truncation", () => {
    const none = { line: -1, endLine: -1, col: -1, endCol: -1 };
    expect(decodeLocations(new Uint8Array(0), 5, 3)).toEqual([none, none, none]);
    expect(decodeLocations(new Uint8Array(0), 5, 0)).toEqual([]);
    // one-line form, code 11 (line + 1), length 2 units, cols 4..9
    const t = Uint8Array.of(0x80 | (11 << 3) | 1, 4, 9);
    expect(decodeLocations(t, 10, 3)).toEqual([
      { line: 11, endLine: 11, col: 4, endCol: 9 },
      { line: 11, endLine: 11, col: 4, endCol: 9 },
      none,
    ]);
    expect(decodeLocations(t.subarray(0, 2), 10, 2)).toEqual([none, none]);
    // long form: line -3 (svarint 7), end line +2, col 0 (stored 1), end col none (stored 0)
    const long = Uint8Array.of(0x80 | (14 << 3), 7, 2, 1, 0);
    expect(decodeLocations(long, 10, 1)).toEqual([{ line: 7, endLine: 9, col: 0, endCol: -1 }]);
    // multi-chunk varint: line delta +100 = svarint 200 = 0b11_001000 -> chunks 0x48, 0x03
    const nocol = Uint8Array.of(0x80 | (13 << 3), 0x48, 0x03);
    expect(decodeLocations(nocol, 1, 1)).toEqual([{ line: 101, endLine: 101, col: -1, endCol: -1 }]);
  });
});
