// The _bisect module (behind Lib/bisect.py): bisect_left/right and insort_left/right with the
// 3.11 signature (a, x, lo=0, hi=None, *, key=None), comparing with `<` only, as CPython does.
import { None, PyDict, PyList, PyObject, listType } from "../objects/core.js";
import { indexError, newException, OverflowErrorType, typeError, valueError } from "../objects/exceptions.js";
import { lessThan } from "../objects/operators.js";
import { call, getAttr, getItem, index, len } from "../objects/protocol.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { clinicArgs, defFunction, ssizeArg } from "./small-util.js";

function seqLength(a: PyObject): number {
  if (a instanceof PyList) return a.items.length;
  if (a instanceof PyDict) throw typeError("dict is not a sequence");
  return len(a);
}

function seqItem(a: PyObject, i: number): PyObject {
  if (a instanceof PyList && a.cls === listType) {
    if (i >= a.items.length) throw indexError("list index out of range");
    return a.items[i];
  }
  return getItem(a, i);
}

/** hi: None (or -1) means len(a); other ints via PyNumber_AsSsize_t(…, OverflowError). */
function hiArg(hi: PyObject | undefined): number {
  if (hi === undefined || hi === None) return -1;
  const v = index(hi);
  if (typeof v === "bigint") throw newException(OverflowErrorType, "cannot fit 'int' into an index-sized integer");
  return v;
}

interface Bounds {
  a: PyObject;
  x: PyObject;
  lo: number;
  hi: number;
  key: PyObject;
}

function parse(fname: string, args: PyObject[], kwnames: string[] | null): Bounds {
  const [a, x, lo, hi, key] = clinicArgs(fname, args, kwnames, ["a", "x", "lo", "hi", "key"], 2, 0, 4);
  return { a: a!, x: x!, lo: lo === undefined ? 0 : ssizeArg(lo), hi: hiArg(hi), key: key ?? None };
}

/** internal_bisect_*: hi = -1 stands for len(a). */
export function bisectRight(a: PyObject, x: PyObject, lo: number, hi: number, key: PyObject): number {
  if (lo < 0) throw valueError("lo must be non-negative");
  if (hi === -1) hi = seqLength(a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = seqItem(a, mid);
    if (key !== None) item = call(key, [item]);
    if (lessThan(x, item)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function bisectLeft(a: PyObject, x: PyObject, lo: number, hi: number, key: PyObject): number {
  if (lo < 0) throw valueError("lo must be non-negative");
  if (hi === -1) hi = seqLength(a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = seqItem(a, mid);
    if (key !== None) item = call(key, [item]);
    if (lessThan(item, x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insert(a: PyObject, i: number, x: PyObject): void {
  if (a instanceof PyList && a.cls === listType) {
    const items = a.items;
    items.splice(Math.min(i, items.length), 0, x);
  } else call(getAttr(a, "insert"), [i, x]);
}

registerBuiltinModule("_bisect", (m) => {
  m.dict.map.set(
    "__doc__",
    "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n",
  );
  defFunction(m, "bisect_right", (args, kwnames) => {
    const b = parse("bisect_right", args, kwnames);
    return bisectRight(b.a, b.x, b.lo, b.hi, b.key);
  });
  defFunction(m, "bisect_left", (args, kwnames) => {
    const b = parse("bisect_left", args, kwnames);
    return bisectLeft(b.a, b.x, b.lo, b.hi, b.key);
  });
  defFunction(m, "insort_right", (args, kwnames) => {
    const b = parse("insort_right", args, kwnames);
    const k = b.key === None ? b.x : call(b.key, [b.x]);
    insert(b.a, bisectRight(b.a, k, b.lo, b.hi, b.key), b.x);
    return None;
  });
  defFunction(m, "insort_left", (args, kwnames) => {
    const b = parse("insort_left", args, kwnames);
    const k = b.key === None ? b.x : call(b.key, [b.x]);
    insert(b.a, bisectLeft(b.a, k, b.lo, b.hi, b.key), b.x);
    return None;
  });
});
