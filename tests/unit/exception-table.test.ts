import { describe, it, expect, beforeAll } from "vitest";
import { findHandler, parseExceptionTable, type ExceptionTableEntry } from "../../runtime/loader/exception-table.js";
import { readMarshal } from "../../runtime/loader/marshal.js";
import { allCodes, type D, DESC_PY, descFactory, fromHex, runPy, SAMPLE_SOURCE } from "./loader-helpers.js";

interface PyCode {
  qualname: string;
  table: string;
  units: number;
  entries: [number, number, number, number, boolean][];
}

/** Source with many handlers: nested try, with, async with, finally, except*, comprehensions. */
const EXTRA_SOURCE = String.raw`
def many(x):
    for i in range(10):
        try:
            try:
                x = 1 / i
            except ZeroDivisionError:
                continue
            finally:
                x += 1
        except Exception as e:
            with open("f") as f:
                pass
        else:
            break
    return [y for y in x if y]
`;

let pyCodes: PyCode[] = [];
let ourCodes: D[] = [];

beforeAll(() => {
  // Big real-world modules give many and long (multi-byte varint) tables.
  const out = runPy(
    DESC_PY +
      String.raw`
import inspect, json, sys
srcs = json.loads(sys.stdin.read())
import typing, argparse, asyncio.base_events
srcs += [inspect.getsource(typing), inspect.getsource(argparse), inspect.getsource(asyncio.base_events)]
res = []
blobs = []
for i, s in enumerate(srcs):
    top = compile(s, "m%d.py" % i, "exec")
    blobs.append(marshal.dumps(top).hex())
    for c in all_codes(top):
        res.append({"qualname": c.co_qualname, "table": c.co_exceptiontable.hex(), "units": len(c.co_code) // 2,
            "entries": [[e.start, e.end, e.target, e.depth, e.lasti] for e in dis._parse_exception_table(c)]})
json.dump({"codes": res, "blobs": blobs}, sys.stdout)
`,
    JSON.stringify([SAMPLE_SOURCE, EXTRA_SOURCE]),
  );
  const j = JSON.parse(out) as { codes: PyCode[]; blobs: string[] };
  pyCodes = j.codes;
  ourCodes = j.blobs.flatMap((b) => allCodes(readMarshal(fromHex(b), descFactory)));
}, 120000);

describe("parseExceptionTable against dis._parse_exception_table", () => {
  it("decodes every code object's table (code units, end exclusive)", () => {
    expect(ourCodes.length).toBe(pyCodes.length);
    let entries = 0;
    let multiByte = 0;
    for (let i = 0; i < pyCodes.length; i++) {
      const py = pyCodes[i]!;
      expect(ourCodes[i]!["exceptiontable"]).toBe(py.table);
      const ours = parseExceptionTable(fromHex(py.table));
      // dis reports byte offsets; the table (and we) use 2-byte code units.
      const expected: ExceptionTableEntry[] = py.entries.map(([s, e, t, d, l]) => ({
        start: s / 2,
        end: e / 2,
        target: t / 2,
        depth: d,
        lasti: l,
      }));
      expect(ours, py.qualname).toEqual(expected);
      entries += ours.length;
      multiByte += ours.filter((e) => e.start >= 64 || e.target >= 64).length;
    }
    expect(entries).toBeGreaterThan(200);
    expect(multiByte).toBeGreaterThan(20);
  });

  it("findHandler agrees with a linear search for every code unit", () => {
    for (const py of pyCodes) {
      const table = parseExceptionTable(fromHex(py.table));
      for (let u = 0; u < py.units; u++) {
        const byteOff = 2 * u;
        const lin = py.entries.find(([s, e]) => s <= byteOff && byteOff < e);
        const h = findHandler(table, u);
        if (lin === undefined) expect(h).toBeUndefined();
        else expect(h && [h.start * 2, h.end * 2, h.target * 2, h.depth, h.lasti]).toEqual(lin);
      }
      expect(findHandler(table, py.units + 100)).toBeUndefined();
      expect(findHandler(table, -1)).toBeUndefined();
    }
  });

  it("handles empty and truncated tables like dis (partial entry dropped)", () => {
    expect(parseExceptionTable(new Uint8Array(0))).toEqual([]);
    expect(findHandler([], 0)).toBeUndefined();
    // start=2, length=4, target=0x41 (two chunks: 0x41 = 1<<6 | 1), depth 3, lasti
    const t = Uint8Array.of(0x82, 0x04, 0x41, 0x01, 0x07);
    expect(parseExceptionTable(t)).toEqual([{ start: 2, end: 6, target: 65, depth: 3, lasti: true }]);
    expect(parseExceptionTable(t.subarray(0, 4))).toEqual([]);
    expect(parseExceptionTable(Uint8Array.of(...t, 0x80 | 10, 0x01))).toEqual([
      { start: 2, end: 6, target: 65, depth: 3, lasti: true },
    ]);
    expect(findHandler(parseExceptionTable(t), 5)?.target).toBe(65);
    expect(findHandler(parseExceptionTable(t), 6)).toBeUndefined();
    expect(findHandler(parseExceptionTable(t), 1)).toBeUndefined();
  });
});
