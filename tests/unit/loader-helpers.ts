// Shared by the loader unit tests: a MarshalFactory that builds plain, JSON-comparable
// descriptions, the same descriptions computed by CPython 3.11 itself, and a way to run
// the host python.

import { spawnSync } from "node:child_process";
import type { MarshalFactory, RawCode } from "../../runtime/loader/marshal-types.js";
import { findPython } from "../../runtime/loader/python-host.js";

export type D = { t: string; [k: string]: unknown };

function hex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("hex");
}

function floatBits(x: number): string {
  if (Number.isNaN(x)) return "nan";
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x, true);
  return hex(new Uint8Array(dv.buffer));
}

function codePoints(s: string): number[] {
  return Array.from(s, (c) => c.codePointAt(0)!);
}

/** A factory building the descriptions DESC_PY builds in Python (see below). */
export const descFactory: MarshalFactory<D> = {
  none: () => ({ t: "none" }),
  bool: (b) => ({ t: "bool", v: b }),
  ellipsis: () => ({ t: "ellipsis" }),
  stopIteration: () => ({ t: "stopiter" }),
  int: (n) => {
    if (typeof n === "number" && !Number.isSafeInteger(n)) throw new Error(`unsafe number ${n}`);
    if (typeof n === "bigint" && n >= -(2n ** 53n) + 1n && n <= 2n ** 53n - 1n) throw new Error(`small bigint ${n}`);
    return { t: "int", v: String(n) };
  },
  float: (x) => ({ t: "float", v: floatBits(x) }),
  complex: (re, im) => ({ t: "complex", re: floatBits(re), im: floatBits(im) }),
  str: (s) => ({ t: "str", v: codePoints(s) }),
  bytes: (b) => ({ t: "bytes", v: hex(b) }),
  tuple: (items) => ({ t: "tuple", v: items }),
  list: (items) => ({ t: "list", v: items }),
  dict: (pairs) => ({ t: "dict", v: pairs }),
  set: (items) => ({ t: "set", v: items }),
  frozenset: (items) => ({ t: "frozenset", v: items }),
  code: (raw: RawCode<D>) => {
    const kinds = Array.from(raw.localspluskinds);
    const pick = (bit: number) => raw.localsplusnames.filter((_, i) => (kinds[i]! & bit) !== 0);
    return {
      t: "code",
      argcount: raw.argcount,
      posonlyargcount: raw.posonlyargcount,
      kwonlyargcount: raw.kwonlyargcount,
      stacksize: raw.stacksize,
      flags: raw.flags,
      code: hex(raw.code),
      consts: raw.consts,
      names: raw.names,
      localsplusnames: raw.localsplusnames,
      varnames: pick(0x20),
      cellvars: pick(0x40),
      freevars: pick(0x80),
      filename: raw.filename,
      name: raw.name,
      qualname: raw.qualname,
      firstlineno: raw.firstlineno,
      linetable: hex(raw.linetable),
      exceptiontable: hex(raw.exceptiontable),
    };
  },
  asString: (v) => String.fromCodePoint(...(v.v as number[])),
};

/** Sort set/frozenset items (their order is not part of the value) so descriptions compare. */
export function canon(d: unknown): unknown {
  if (Array.isArray(d)) return d.map(canon);
  if (d !== null && typeof d === "object") {
    const o = d as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) out[k] = canon(o[k]);
    if ((o["t"] === "set" || o["t"] === "frozenset") && Array.isArray(out["v"])) {
      (out["v"] as unknown[]).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    }
    return out;
  }
  return d;
}

/** Python source defining desc(v), the description descFactory builds for a value. */
export const DESC_PY = String.raw`
import struct, types, json, marshal, sys, dis
def _fb(x):
    return "nan" if x != x else struct.pack("<d", x).hex()
def desc(v):
    if v is None: return {"t": "none"}
    if v is Ellipsis: return {"t": "ellipsis"}
    if v is StopIteration: return {"t": "stopiter"}
    if isinstance(v, bool): return {"t": "bool", "v": v}
    if isinstance(v, int): return {"t": "int", "v": str(v)}
    if isinstance(v, float): return {"t": "float", "v": _fb(v)}
    if isinstance(v, complex): return {"t": "complex", "re": _fb(v.real), "im": _fb(v.imag)}
    if isinstance(v, str): return {"t": "str", "v": [ord(c) for c in v]}
    if isinstance(v, bytes): return {"t": "bytes", "v": v.hex()}
    if isinstance(v, tuple): return {"t": "tuple", "v": [desc(x) for x in v]}
    if isinstance(v, list): return {"t": "list", "v": [desc(x) for x in v]}
    if isinstance(v, dict): return {"t": "dict", "v": [[desc(k), desc(x)] for k, x in v.items()]}
    if isinstance(v, set): return {"t": "set", "v": [desc(x) for x in v]}
    if isinstance(v, frozenset): return {"t": "frozenset", "v": [desc(x) for x in v]}
    if isinstance(v, types.CodeType):
        lpn = []
        while True:
            try:
                lpn.append(v._varname_from_oparg(len(lpn)))
            except IndexError:
                break
        return {"t": "code", "argcount": v.co_argcount, "posonlyargcount": v.co_posonlyargcount,
            "kwonlyargcount": v.co_kwonlyargcount, "stacksize": v.co_stacksize, "flags": v.co_flags,
            "code": v.co_code.hex(), "consts": [desc(x) for x in v.co_consts], "names": list(v.co_names),
            "localsplusnames": lpn, "varnames": list(v.co_varnames), "cellvars": list(v.co_cellvars),
            "freevars": list(v.co_freevars), "filename": v.co_filename, "name": v.co_name,
            "qualname": v.co_qualname, "firstlineno": v.co_firstlineno, "linetable": v.co_linetable.hex(),
            "exceptiontable": v.co_exceptiontable.hex()}
    raise TypeError(type(v))
def all_codes(c):
    out = [c]
    for k in c.co_consts:
        if isinstance(k, types.CodeType):
            out.extend(all_codes(k))
    return out
`;

/** Run the host python on `script` (stdin = input); returns stdout. Throws on failure. */
export function runPy(script: string, input?: string | Uint8Array): string {
  const r = spawnSync(findPython(), ["-I", "-c", script], {
    input,
    maxBuffer: 1 << 30,
    encoding: "utf8",
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`python failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** Same, with raw bytes out. */
export function runPyBytes(script: string, input?: string | Uint8Array): Buffer {
  const r = spawnSync(findPython(), ["-I", "-c", script], { input, maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`python failed (${r.status}): ${r.stderr.toString()}`);
  return r.stdout;
}

export function fromHex(h: string): Uint8Array {
  return new Uint8Array(Buffer.from(h, "hex"));
}

/** Depth-first pre-order list of the code objects in a description (as all_codes does). */
export function allCodes(d: D): D[] {
  const out: D[] = [d];
  for (const k of d["consts"] as D[]) if (k.t === "code") out.push(...allCodes(k));
  return out;
}

/** A Python snippet exercising closures, generators, async, classes, try/with, match. */
export const SAMPLE_SOURCE = String.raw`
import os as _os
from sys import path as _p

GLOBAL = 10 ** 30

def outer(a, /, b, *args, c=1, d, **kw):
    x = a + b
    def inner(y):
        nonlocal x
        x += y
        return lambda z: x + z + a
    return inner

class K(object):
    """doc"""
    attr: int = 3
    def method(self):
        return __class__, super().__init__()
    @property
    def p(self):
        try:
            return 1 / 0
        except ZeroDivisionError as e:
            raise ValueError("boom") from e
        finally:
            print("fin")

def gen(n):
    for i in range(n):
        try:
            yield i
        except GeneratorExit:
            break
    yield from range(3)
    return "done"

async def coro(session):
    async with session as s:
        async for item in s:
            await item
    return [i async for i in session]

def matcher(v):
    match v:
        case {"k": [1, 2, *rest]}:
            return rest
        case K(attr=3) | (1 | 2):
            return "k"
        case str() as s if len(s) > 3:
            return s
        case _:
            return None

def with_stmt(path):
    with open(path) as f, open(path) as g:
        try:
            data = f.read()
        except* OSError as eg:
            data = None
    return {k: v for k, v in zip("abc", (1.5, -0.0, 2j))}, {x for x in b"xy"}, [*data]

def consts():
    return (1, 2.5, "s", b"b", None, True, ..., (1, (2, frozenset({3}))), -7, 2**70, 1e300, "\u00e9\U0001F600")

x = [outer, K, gen, coro, matcher, with_stmt, consts]
if __name__ == "__main__":
    print(x)
`;
