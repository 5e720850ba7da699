// The itertools module (CPython 3.11's Modules/itertoolsmodule.c): every iterator is a type
// whose instances are native iterators, with CPython's argument errors and reprs.
import { None, PyBaseException, PyModule, PyObject, PyTuple, PyType } from "../objects/core.js";
import { classMethod, method, setNew } from "../objects/define.js";
import { runtimeError, typeError, valueError } from "../objects/exceptions.js";
import { call, getAttrMaybe, getIter, isSubtype, isTrue, iterNext, lookupType, repr, toArray, typeOf } from "../objects/protocol.js";
import { binaryOp, NB } from "../objects/operators.js";
import { itemEq } from "../objects/slice.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { makeGenericAlias } from "../objects/generic-alias.js";
import { def, isNumber, iteratorType, kwArgs, noKw, PyIterObject, ssize, unpackArgs } from "./functional-util.js";

const MOD = "itertools";

function mk(cls: PyType, next: () => PyObject | undefined): PyIterObject {
  return new PyIterObject(cls, next);
}

// ---------------------------------------------------------------------------------------------
// count

export const countType = iteratorType("count", MOD);
class CountObject extends PyIterObject {
  constructor(
    cls: PyType,
    public cnt: PyObject,
    public step: PyObject,
  ) {
    super(cls, () => {
      const c = this.cnt;
      const s = this.step;
      if (typeof c === "number" && typeof s === "number") {
        const r = c + s;
        this.cnt = Number.isSafeInteger(r) ? r : binaryOp(c, s, NB.ADD);
      } else this.cnt = binaryOp(c, s, NB.ADD);
      return c;
    });
  }
}
setNew(countType, (cls, args, kwnames) => {
  const [start, step] = kwArgs("count", args, kwnames, ["start", "step"], 0);
  if ((start !== undefined && !isNumber(start)) || (step !== undefined && !isNumber(step))) throw typeError("a number is required");
  return new CountObject(cls, start ?? 0, step ?? 1);
});
method(countType, "__repr__", (self) => {
  const c = self as CountObject;
  const name = typeOf(self).name;
  const s = c.step;
  if ((typeof s === "number" && s === 1) || s === true) return `${name}(${repr(c.cnt)})`;
  return `${name}(${repr(c.cnt)}, ${repr(s)})`;
});

// ---------------------------------------------------------------------------------------------
// cycle

export const cycleType = iteratorType("cycle", MOD);
setNew(cycleType, (cls, args, kwnames) => {
  unpackArgs("cycle", args, kwnames, 1, 1);
  let it: PyObject | null = getIter(args[0]);
  const saved: PyObject[] = [];
  let i = 0;
  return mk(cls, () => {
    if (it !== null) {
      const v = iterNext(it);
      if (v !== undefined) {
        saved.push(v);
        return v;
      }
      it = null;
    }
    if (saved.length === 0) return undefined;
    const v = saved[i++];
    if (i >= saved.length) i = 0;
    return v;
  });
});

// ---------------------------------------------------------------------------------------------
// repeat

export const repeatType = iteratorType("repeat", MOD);
class RepeatObject extends PyIterObject {
  constructor(
    cls: PyType,
    public element: PyObject,
    public cnt: number,
  ) {
    super(cls, () => {
      if (this.cnt === 0) return undefined;
      if (this.cnt > 0) this.cnt--;
      return this.element;
    });
  }
}
setNew(repeatType, (cls, args, kwnames) => {
  const [element, times] = kwArgs("repeat", args, kwnames, ["object", "times"], 1);
  let cnt = -1;
  if (times !== undefined) {
    cnt = ssize(times);
    if (cnt < 0) cnt = 0;
  }
  return new RepeatObject(cls, element!, cnt);
});
method(repeatType, "__repr__", (self) => {
  const r = self as RepeatObject;
  const name = typeOf(self).name;
  return r.cnt === -1 ? `${name}(${repr(r.element)})` : `${name}(${repr(r.element)}, ${r.cnt})`;
});
method(repeatType, "__length_hint__", (self) => {
  const r = self as RepeatObject;
  if (r.cnt === -1) throw typeError("len() of unsized object");
  return r.cnt;
});

// ---------------------------------------------------------------------------------------------
// accumulate

export const accumulateType = iteratorType("accumulate", MOD);
setNew(accumulateType, (cls, args, kwnames) => {
  const [iterable, func, init] = kwArgs("accumulate", args, kwnames, ["iterable", "func", "initial"], 1, 2);
  const it = getIter(iterable!);
  const binop = func === undefined || func === None ? null : func;
  let initial: PyObject | undefined = init === None ? undefined : init;
  let total: PyObject | undefined = undefined;
  return mk(cls, () => {
    if (initial !== undefined) {
      total = initial;
      initial = undefined;
      return total;
    }
    const v = iterNext(it);
    if (v === undefined) return undefined;
    if (total === undefined) total = v;
    else total = binop === null ? binaryOp(total, v, NB.ADD) : call(binop, [total, v]);
    return total;
  });
});

// ---------------------------------------------------------------------------------------------
// chain

export const chainType = iteratorType("chain", MOD);
function newChain(cls: PyType, sourceIterable: PyObject): PyIterObject {
  let source: PyObject | null = getIter(sourceIterable);
  let active: PyObject | null = null;
  return mk(cls, () => {
    for (;;) {
      if (active === null) {
        if (source === null) return undefined;
        const iterable = iterNext(source);
        if (iterable === undefined) {
          source = null;
          return undefined;
        }
        active = getIter(iterable);
      }
      const v = iterNext(active);
      if (v !== undefined) return v;
      active = null;
    }
  });
}
setNew(chainType, (cls, args, kwnames) => {
  if (cls === chainType || lookupType(cls, "__init__") === lookupType(chainType, "__init__")) noKw("chain", kwnames);
  const n = args.length - (kwnames?.length ?? 0);
  return newChain(cls, new PyTuple(args.slice(0, n)));
});
classMethod(chainType, "from_iterable", (cls, args, kwnames) => {
  noKw("chain.from_iterable", kwnames);
  if (args.length !== 1) throw typeError(`chain.from_iterable() takes exactly one argument (${args.length} given)`);
  return newChain(cls as PyType, args[0]);
});

// ---------------------------------------------------------------------------------------------
// compress, dropwhile, takewhile, filterfalse, starmap, pairwise

export const compressType = iteratorType("compress", MOD);
setNew(compressType, (cls, args, kwnames) => {
  const [data, selectors] = kwArgs("compress", args, kwnames, ["data", "selectors"], 2);
  const d = getIter(data!);
  const s = getIter(selectors!);
  return mk(cls, () => {
    for (;;) {
      const v = iterNext(d);
      if (v === undefined) return undefined;
      const sel = iterNext(s);
      if (sel === undefined) return undefined;
      if (isTrue(sel)) return v;
    }
  });
});

export const dropwhileType = iteratorType("dropwhile", MOD);
setNew(dropwhileType, (cls, args, kwnames) => {
  unpackArgs("dropwhile", args, kwnames, 2, 2);
  const pred = args[0];
  const it = getIter(args[1]);
  let dropping = true;
  return mk(cls, () => {
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return undefined;
      if (!dropping) return v;
      if (!isTrue(call(pred, [v]))) {
        dropping = false;
        return v;
      }
    }
  });
});

export const takewhileType = iteratorType("takewhile", MOD);
setNew(takewhileType, (cls, args, kwnames) => {
  unpackArgs("takewhile", args, kwnames, 2, 2);
  const pred = args[0];
  const it = getIter(args[1]);
  let stop = false;
  return mk(cls, () => {
    if (stop) return undefined;
    const v = iterNext(it);
    if (v === undefined) return undefined;
    if (isTrue(call(pred, [v]))) return v;
    stop = true;
    return undefined;
  });
});

export const filterfalseType = iteratorType("filterfalse", MOD);
setNew(filterfalseType, (cls, args, kwnames) => {
  unpackArgs("filterfalse", args, kwnames, 2, 2);
  const fn = args[0];
  const it = getIter(args[1]);
  return mk(cls, () => {
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return undefined;
      if (!isTrue(fn === None ? v : call(fn, [v]))) return v;
    }
  });
});

export const starmapType = iteratorType("starmap", MOD);
setNew(starmapType, (cls, args, kwnames) => {
  unpackArgs("starmap", args, kwnames, 2, 2);
  const fn = args[0];
  const it = getIter(args[1]);
  return mk(cls, () => {
    const v = iterNext(it);
    if (v === undefined) return undefined;
    return call(fn, v instanceof PyTuple ? v.items.slice() : toArray(v));
  });
});

export const pairwiseType = iteratorType("pairwise", MOD);
setNew(pairwiseType, (cls, args, kwnames) => {
  unpackArgs("pairwise", args, kwnames, 1, 1);
  let it: PyObject | null = getIter(args[0]);
  let old: PyObject | undefined = undefined;
  return mk(cls, () => {
    if (it === null) return undefined;
    if (old === undefined) {
      old = iterNext(it);
      if (old === undefined) {
        it = null;
        return undefined;
      }
    }
    const nw = iterNext(it);
    if (nw === undefined) {
      it = null;
      old = undefined;
      return undefined;
    }
    const r = new PyTuple([old, nw]);
    old = nw;
    return r;
  });
});

// ---------------------------------------------------------------------------------------------
// groupby and _grouper

export const groupbyType = iteratorType("groupby", MOD);
export const grouperType = iteratorType("_grouper", MOD, { final: true });

class GroupbyObject extends PyIterObject {
  tgtkey: PyObject | undefined = undefined;
  currkey: PyObject | undefined = undefined;
  currvalue: PyObject | undefined = undefined;
  currgrouper: PyIterObject | null = null;
  constructor(
    cls: PyType,
    public it: PyObject,
    public keyfunc: PyObject,
  ) {
    super(cls, () => this.advance());
  }
  /** groupby_step: reads the next value and its key; false when the input is exhausted. */
  step(): boolean {
    const v = iterNext(this.it);
    if (v === undefined) return false;
    const k = this.keyfunc === None ? v : call(this.keyfunc, [v]);
    this.currvalue = v;
    this.currkey = k;
    return true;
  }
  advance(): PyObject | undefined {
    this.currgrouper = null;
    for (;;) {
      if (this.currkey === undefined) {
        /* first call */
      } else if (this.tgtkey === undefined) break;
      else if (!itemEq(this.tgtkey, this.currkey)) break;
      if (!this.step()) return undefined;
    }
    this.tgtkey = this.currkey;
    const tgt = this.tgtkey!;
    const grouper: PyIterObject = new PyIterObject(grouperType, () => {
      if (this.currgrouper !== grouper) return undefined;
      if (this.currvalue === undefined && !this.step()) return undefined;
      if (!itemEq(tgt, this.currkey!)) return undefined;
      const r = this.currvalue!;
      this.currvalue = undefined;
      return r;
    });
    this.currgrouper = grouper;
    return new PyTuple([this.currkey!, grouper]);
  }
}
setNew(groupbyType, (cls, args, kwnames) => {
  const [iterable, key] = kwArgs("groupby", args, kwnames, ["iterable", "key"], 1);
  return new GroupbyObject(cls, getIter(iterable!), key ?? None);
});

// ---------------------------------------------------------------------------------------------
// islice

export const isliceType = iteratorType("islice", MOD);
/** PyNumber_AsSsize_t(x, OverflowError) with the error cleared: -1 on any failure. */
function ssizeOrMinus1(x: PyObject): number {
  try {
    return ssize(x);
  } catch (e) {
    if (e instanceof PyBaseException) return -1;
    throw e;
  }
}
setNew(isliceType, (cls, args, kwnames) => {
  unpackArgs("islice", args, kwnames, 2, 4);
  const seq = args[0];
  let start = 0,
    stop = -1,
    step = 1;
  const stopError = () => valueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (args.length === 2) {
    if (args[1] !== None) {
      stop = ssizeOrMinus1(args[1]);
      if (stop === -1) throw stopError();
    }
  } else {
    if (args[1] !== None) start = ssizeOrMinus1(args[1]);
    if (args[2] !== None) {
      stop = ssizeOrMinus1(args[2]);
      if (stop === -1) throw stopError();
    }
  }
  if (start < 0 || stop < -1) throw valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (args.length === 4 && args[3] !== None) step = ssizeOrMinus1(args[3]);
  if (step < 1) throw valueError("Step for islice() must be a positive integer or None.");
  let it: PyObject | null = getIter(seq);
  let cnt = 0;
  let next = start;
  return mk(cls, () => {
    if (it === null) return undefined;
    while (cnt < next) {
      const v = iterNext(it);
      if (v === undefined) {
        it = null;
        return undefined;
      }
      cnt++;
    }
    if (stop !== -1 && cnt >= stop) {
      it = null;
      return undefined;
    }
    const v = iterNext(it);
    if (v === undefined) {
      it = null;
      return undefined;
    }
    cnt++;
    const old = next;
    next += step;
    if (next < old || (stop !== -1 && next > stop)) next = stop;
    return v;
  });
});

// ---------------------------------------------------------------------------------------------
// tee and _tee

const LINKCELLS = 57;
class TeeData {
  values: PyObject[] = [];
  nextLink: TeeData | null = null;
  running = false;
  constructor(public it: PyObject) {}
}
export const teeType = iteratorType("_tee", MOD, { final: true });
class TeeObject extends PyIterObject {
  constructor(
    cls: PyType,
    public data: TeeData,
    public index: number,
  ) {
    super(cls, () => {
      if (this.index >= LINKCELLS) {
        this.data = this.data.nextLink ??= new TeeData(this.data.it);
        this.index = 0;
      }
      const d = this.data;
      if (this.index < d.values.length) return d.values[this.index++];
      if (d.running) throw runtimeError("cannot re-enter the tee iterator");
      d.running = true;
      let v: PyObject | undefined;
      try {
        v = iterNext(d.it);
      } finally {
        d.running = false;
      }
      if (v === undefined) return undefined;
      d.values.push(v);
      this.index++;
      return v;
    });
  }
}
function teeFromIterable(iterable: PyObject): TeeObject {
  const it = getIter(iterable);
  if (it instanceof TeeObject) return new TeeObject(teeType, it.data, it.index);
  return new TeeObject(teeType, new TeeData(it), 0);
}
setNew(teeType, (cls, args, kwnames) => {
  const [iterable] = kwArgs("_tee", args, kwnames, ["iterable"], 1);
  void cls;
  return teeFromIterable(iterable!);
});
method(teeType, "__copy__", (self) => {
  const t = self as TeeObject;
  return new TeeObject(teeType, t.data, t.index);
});

function tee(args: PyObject[], kwnames: string[] | null): PyObject {
  unpackArgs("tee", args, kwnames, 1, 2);
  const n = args.length > 1 ? ssize(args[1]) : 2;
  if (n < 0) throw valueError("n must be >= 0");
  if (n === 0) return new PyTuple([]);
  const it = getIter(args[0]);
  // an iterator with __copy__ is copied; any other is wrapped in a _tee first
  const copyfunc = it instanceof TeeObject ? undefined : getAttrMaybe(it, "__copy__");
  const copyable: PyObject = copyfunc !== undefined || it instanceof TeeObject ? it : new TeeObject(teeType, new TeeData(it), 0);
  const out: PyObject[] = [copyable];
  for (let i = 1; i < n; i++) {
    if (copyfunc === undefined) {
      const t = copyable as TeeObject;
      out.push(new TeeObject(teeType, t.data, t.index));
    } else out.push(call(copyfunc, []));
  }
  return new PyTuple(out);
}

// ---------------------------------------------------------------------------------------------
// zip_longest

export const zipLongestType = iteratorType("zip_longest", MOD);
setNew(zipLongestType, (cls, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  let fill: PyObject = None;
  if (nkw > 0) {
    if (nkw !== 1 || kwnames![0] !== "fillvalue") throw typeError("zip_longest() got an unexpected keyword argument");
    fill = args[args.length - 1];
  }
  const iters: (PyObject | null)[] = args.slice(0, args.length - nkw).map((a) => getIter(a));
  let active = iters.length;
  const n = iters.length;
  let done = n === 0;
  return mk(cls, () => {
    if (done || active === 0) return undefined;
    const items: PyObject[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const it = iters[i];
      if (it === null) {
        items[i] = fill;
        continue;
      }
      const v = iterNext(it);
      if (v === undefined) {
        active--;
        if (active === 0) {
          done = true;
          return undefined;
        }
        iters[i] = null;
        items[i] = fill;
      } else items[i] = v;
    }
    return new PyTuple(items);
  });
});

// ---------------------------------------------------------------------------------------------
// product, permutations, combinations, combinations_with_replacement

export const productType = iteratorType("product", MOD);
setNew(productType, (cls, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  let repeat = 1;
  for (let k = 0; k < nkw; k++) {
    if (kwnames![k] !== "repeat") throw typeError(`'${kwnames![k]}' is an invalid keyword argument for product()`);
    repeat = ssize(args[args.length - nkw + k]);
    if (repeat < 0) throw valueError("repeat argument cannot be negative");
  }
  const base = args.slice(0, args.length - nkw).map((a) => toArray(a));
  const pools: PyObject[][] = [];
  if (repeat > 0 && base.length > 0) for (let r = 0; r < repeat; r++) pools.push(...base);
  const npools = pools.length;
  const indices: number[] = new Array(npools).fill(0);
  let first = true;
  let stopped = false;
  return mk(cls, () => {
    if (stopped) return undefined;
    if (first) {
      first = false;
      for (const p of pools)
        if (p.length === 0) {
          stopped = true;
          return undefined;
        }
      return new PyTuple(pools.map((p) => p[0]));
    }
    let i = npools - 1;
    for (; i >= 0; i--) {
      indices[i]++;
      if (indices[i] === pools[i].length) indices[i] = 0;
      else break;
    }
    if (i < 0) {
      stopped = true;
      return undefined;
    }
    const out: PyObject[] = new Array(npools);
    for (let j = 0; j < npools; j++) out[j] = pools[j][indices[j]];
    return new PyTuple(out);
  });
});

export const combinationsType = iteratorType("combinations", MOD);
setNew(combinationsType, (cls, args, kwnames) => {
  const [iterable, rObj] = kwArgs("combinations", args, kwnames, ["iterable", "r"], 2);
  const pool = toArray(iterable!);
  const r = ssize(rObj!);
  if (r < 0) throw valueError("r must be non-negative");
  const n = pool.length;
  const indices: number[] = [];
  for (let i = 0; i < r; i++) indices.push(i);
  let first = true;
  let stopped = r > n;
  return mk(cls, () => {
    if (stopped) return undefined;
    if (first) first = false;
    else {
      let i = r - 1;
      while (i >= 0 && indices[i] === i + n - r) i--;
      if (i < 0) {
        stopped = true;
        return undefined;
      }
      indices[i]++;
      for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    }
    return new PyTuple(indices.map((k) => pool[k]));
  });
});

export const cwrType = iteratorType("combinations_with_replacement", MOD);
setNew(cwrType, (cls, args, kwnames) => {
  const [iterable, rObj] = kwArgs("combinations_with_replacement", args, kwnames, ["iterable", "r"], 2);
  const pool = toArray(iterable!);
  const r = ssize(rObj!);
  if (r < 0) throw valueError("r must be non-negative");
  const n = pool.length;
  const indices: number[] = new Array(r).fill(0);
  let first = true;
  let stopped = n === 0 && r > 0;
  return mk(cls, () => {
    if (stopped) return undefined;
    if (first) first = false;
    else {
      let i = r - 1;
      while (i >= 0 && indices[i] === n - 1) i--;
      if (i < 0) {
        stopped = true;
        return undefined;
      }
      const v = indices[i] + 1;
      for (let j = i; j < r; j++) indices[j] = v;
    }
    return new PyTuple(indices.map((k) => pool[k]));
  });
});

export const permutationsType = iteratorType("permutations", MOD);
setNew(permutationsType, (cls, args, kwnames) => {
  const [iterable, rObj] = kwArgs("permutations", args, kwnames, ["iterable", "r"], 1);
  const pool = toArray(iterable!);
  const n = pool.length;
  let r = n;
  if (rObj !== undefined && rObj !== None) {
    const t = typeOf(rObj);
    if (!isSubtype(t, typeOf(0))) throw typeError("Expected int as r");
    r = ssize(rObj);
    if (r < 0) throw valueError("r must be non-negative");
  }
  const indices: number[] = [];
  for (let i = 0; i < n; i++) indices.push(i);
  const cycles: number[] = [];
  for (let i = 0; i < r; i++) cycles.push(n - i);
  let first = true;
  let stopped = r > n;
  return mk(cls, () => {
    if (stopped) return undefined;
    if (first) first = false;
    else {
      let i = r - 1;
      for (; i >= 0; i--) {
        cycles[i]--;
        if (cycles[i] === 0) {
          const idx = indices[i];
          for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
          indices[n - 1] = idx;
          cycles[i] = n - i;
        } else {
          const j = cycles[i];
          const tmp = indices[i];
          indices[i] = indices[n - j];
          indices[n - j] = tmp;
          break;
        }
      }
      if (i < 0) {
        stopped = true;
        return undefined;
      }
    }
    const out: PyObject[] = new Array(r);
    for (let k = 0; k < r; k++) out[k] = pool[indices[k]];
    return new PyTuple(out);
  });
});

// PEP 585: X[int]
classMethod(chainType, "__class_getitem__", (cls, args) => makeGenericAlias(cls, args[0]));

// ---------------------------------------------------------------------------------------------

const TYPES: PyType[] = [
  accumulateType,
  chainType,
  combinationsType,
  cwrType,
  compressType,
  countType,
  cycleType,
  dropwhileType,
  filterfalseType,
  groupbyType,
  isliceType,
  pairwiseType,
  permutationsType,
  productType,
  repeatType,
  starmapType,
  takewhileType,
  zipLongestType,
  grouperType,
  teeType,
];

export function initItertools(m: PyModule): void {
  for (const t of TYPES) m.dict.map.set(t.name, t);
  def(m, "tee", tee);
}
registerBuiltinModule("itertools", initItertools);
