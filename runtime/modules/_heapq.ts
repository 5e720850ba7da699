// The _heapq module (behind Lib/heapq.py): CPython's sift algorithms step for step — the same
// `<` comparisons in the same order — so heaps end up laid out exactly as in CPython, and
// user-defined __lt__ sees the same calls. Includes the cache-friendly heapify for big lists.
import { None, PyList, PyObject } from "../objects/core.js";
import { indexError, runtimeError, typeError } from "../objects/exceptions.js";
import { lessThan } from "../objects/operators.js";
import { typeOf } from "../objects/protocol.js";
import { positional } from "../objects/define.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { defFunction } from "./small-util.js";

type Less = (a: PyObject, b: PyObject) => boolean;
const minLess: Less = lessThan;
/** max-heaps compare the other way round: a "before" b when b < a */
const maxLess: Less = (a, b) => lessThan(b, a);

function changed(): never {
  throw runtimeError("list changed size during iteration");
}

/** Moves heap[pos] up towards startpos while it is less than its parent. */
function siftdown(heap: PyList, startpos: number, pos: number, less: Less): void {
  const size = heap.items.length;
  if (pos >= size) throw indexError("index out of range");
  let newitem = heap.items[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap.items[parentpos];
    const cmp = less(newitem, parent);
    if (size !== heap.items.length) changed();
    if (!cmp) break;
    const arr = heap.items;
    const p = arr[parentpos];
    newitem = arr[pos];
    arr[parentpos] = newitem;
    arr[pos] = p;
    pos = parentpos;
  }
}

/** Moves the smaller child up until a leaf, then sifts the item at pos back down. */
function siftup(heap: PyList, pos: number, less: Less): void {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) throw indexError("index out of range");
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const a = heap.items[childpos];
      const b = heap.items[childpos + 1];
      const cmp = less(a, b);
      if (!cmp) childpos++;
      if (endpos !== heap.items.length) changed();
    }
    const arr = heap.items;
    const t = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = t;
    pos = childpos;
  }
  siftdown(heap, startpos, pos, less);
}

function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n = Math.floor(n / 2);
    i++;
  }
  return 2 ** i;
}

function heapify(heap: PyList, less: Less): void {
  const n = heap.items.length;
  if (n > 2500) {
    // cache_friendly_heapify: the same sifts as below, parents right after their children
    const m = n >> 1;
    const leftmost = keepTopBit(m + 1) - 1;
    const mhalf = m >> 1;
    const run = (from: number, to: number) => {
      for (let i = from; i >= to; i--) {
        let j = i;
        for (;;) {
          siftup(heap, j, less);
          if (!(j & 1)) break;
          j >>= 1;
        }
      }
    };
    run(leftmost - 1, mhalf);
    run(m - 1, leftmost);
    return;
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, less);
}

function heappop(heap: PyList, less: Less): PyObject {
  const n = heap.items.length;
  if (n === 0) throw indexError("index out of range");
  const last = heap.items.pop()!;
  if (n === 1) return last;
  const ret = heap.items[0];
  heap.items[0] = last;
  siftup(heap, 0, less);
  return ret;
}

function heapreplace(heap: PyList, item: PyObject, less: Less): PyObject {
  if (heap.items.length === 0) throw indexError("index out of range");
  const ret = heap.items[0];
  heap.items[0] = item;
  siftup(heap, 0, less);
  return ret;
}

function heappushpop(heap: PyList, item: PyObject): PyObject {
  if (heap.items.length === 0) return item;
  const top = heap.items[0];
  if (!lessThan(top, item)) return item;
  if (heap.items.length === 0) throw indexError("index out of range");
  const ret = heap.items[0];
  heap.items[0] = item;
  siftup(heap, 0, minLess);
  return ret;
}

/** The heap argument of a two-argument function ("heappush() argument 1 must be list, not T"). */
function heapArg1(fname: string, x: PyObject): PyList {
  if (x instanceof PyList) return x;
  throw typeError(`${fname}() argument 1 must be list, not ${typeOf(x).name}`);
}
/** The heap argument of a one-argument function ("heapify() argument must be list, not T"). */
function heapArg(fname: string, x: PyObject): PyList {
  if (x instanceof PyList) return x;
  throw typeError(`${fname}() argument must be list, not ${typeOf(x).name}`);
}

registerBuiltinModule("_heapq", (m) => {
  const d = m.dict.map;
  d.set(
    "__doc__",
    "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapq.heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n",
  );
  d.set(
    "__about__",
    "Heap queues\n\n[explanation by François Pinard]\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n",
  );
  defFunction(m, "heappush", (args, kwnames) => {
    const [h, item] = positional("heappush", args, kwnames, 2, 2);
    const heap = heapArg1("heappush", h);
    heap.items.push(item);
    siftdown(heap, 0, heap.items.length - 1, minLess);
    return None;
  });
  defFunction(m, "heappop", (args, kwnames) => heappop(heapArg("heappop", positional("_heapq.heappop", args, kwnames, 1, 1)[0]), minLess));
  defFunction(m, "heapreplace", (args, kwnames) => {
    const [h, item] = positional("heapreplace", args, kwnames, 2, 2);
    return heapreplace(heapArg1("heapreplace", h), item, minLess);
  });
  defFunction(m, "heappushpop", (args, kwnames) => {
    const [h, item] = positional("heappushpop", args, kwnames, 2, 2);
    return heappushpop(heapArg1("heappushpop", h), item);
  });
  defFunction(m, "heapify", (args, kwnames) => {
    heapify(heapArg("heapify", positional("_heapq.heapify", args, kwnames, 1, 1)[0]), minLess);
    return None;
  });
  defFunction(m, "_heappop_max", (args, kwnames) => heappop(heapArg("_heappop_max", positional("_heapq._heappop_max", args, kwnames, 1, 1)[0]), maxLess));
  defFunction(m, "_heapreplace_max", (args, kwnames) => {
    const [h, item] = positional("_heapreplace_max", args, kwnames, 2, 2);
    return heapreplace(heapArg1("_heapreplace_max", h), item, maxLess);
  });
  defFunction(m, "_heapify_max", (args, kwnames) => {
    heapify(heapArg("_heapify_max", positional("_heapq._heapify_max", args, kwnames, 1, 1)[0]), maxLess);
    return None;
  });
});
