// The _collections module (CPython 3.11's Modules/_collectionsmodule.c): deque (a ring buffer,
// O(1) appends and pops at both ends), its iterators, defaultdict, _count_elements
// and namedtuple's _tuplegetter. OrderedDict is left to the pure-Python version in Lib/collections.
import { None, NotImplemented, PyDict, PyHeap, PyInstance, PyModule, PyNativeIterator, PyObject, PyTuple, PyType, dictType, tupleType } from "../objects/core.js";
import { getter, methods, setNew, classMethod } from "../objects/define.js";
import { attributeError, IndexErrorType, keyError, newException, overflowError, runtimeError, StopIterationType, typeError, valueError } from "../objects/exceptions.js";
import { call, callBound, Cmp, getAttr, getIter, instanceDict, isSubtype, iterNext, lookupType, repr, setItem, typeOf } from "../objects/protocol.js";
import { asInt, binaryOp, NB } from "../objects/operators.js";
import { dictGet, dictSet, registerValueHashedType } from "../objects/hashtable.js";
import { asIndexForSubscript, isIndexable, itemEq, reprGuard, searchBounds, seqRichCompare } from "../objects/slice.js";
import { repeatCount } from "../objects/tuple.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { makeGenericAlias } from "../objects/generic-alias.js";
import { def, isCallable, kwArgs, moduleType, noArgs, noKw, oneArg, ssize, unpackArgs } from "./functional-util.js";

// ---------------------------------------------------------------------------------------------
// deque storage: a power-of-two ring buffer

export class PyDeque implements PyHeap {
  buf: (PyObject | undefined)[] = new Array(8);
  mask = 7;
  head = 0;
  size = 0;
  /** -1 for unbounded */
  maxlen = -1;
  /** bumps whenever the ends move (iterators compare it) */
  state = 0;
  dict: PyDict | null = null;
  constructor(public cls: PyType) {}

  at(i: number): PyObject {
    return this.buf[(this.head + i) & this.mask] as PyObject;
  }
  put(i: number, v: PyObject): void {
    this.buf[(this.head + i) & this.mask] = v;
  }
  private grow(): void {
    const cap = this.mask + 1;
    const nb: (PyObject | undefined)[] = new Array(cap * 2);
    for (let i = 0; i < this.size; i++) nb[i] = this.buf[(this.head + i) & this.mask];
    this.buf = nb;
    this.mask = cap * 2 - 1;
    this.head = 0;
  }
  pushRight(v: PyObject): void {
    if (this.size > this.mask) this.grow();
    this.buf[(this.head + this.size) & this.mask] = v;
    this.size++;
  }
  pushLeft(v: PyObject): void {
    if (this.size > this.mask) this.grow();
    this.head = (this.head - 1) & this.mask;
    this.buf[this.head] = v;
    this.size++;
  }
  popRight(): PyObject {
    const i = (this.head + this.size - 1) & this.mask;
    const v = this.buf[i] as PyObject;
    this.buf[i] = undefined;
    this.size--;
    this.state++;
    return v;
  }
  popLeft(): PyObject {
    const v = this.buf[this.head] as PyObject;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    this.size--;
    this.state++;
    return v;
  }
  /** deque_append_internal: append, then trim from the left past maxlen. */
  append(v: PyObject): void {
    this.pushRight(v);
    if (this.maxlen >= 0 && this.size > this.maxlen) this.popLeft();
    else this.state++;
  }
  appendLeft(v: PyObject): void {
    this.pushLeft(v);
    if (this.maxlen >= 0 && this.size > this.maxlen) this.popRight();
    else this.state++;
  }
  items(): PyObject[] {
    const out: PyObject[] = new Array(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.buf[(this.head + i) & this.mask] as PyObject;
    return out;
  }
  clear(): void {
    this.buf = new Array(8);
    this.mask = 7;
    this.head = 0;
    this.size = 0;
    this.state++;
  }
  /** Removes the item at i (0 <= i < size), shifting the shorter side. */
  removeAt(i: number): void {
    if (i < this.size >> 1) {
      for (let j = i; j > 0; j--) this.put(j, this.at(j - 1));
      this.popLeft();
    } else {
      for (let j = i; j < this.size - 1; j++) this.put(j, this.at(j + 1));
      this.popRight();
    }
  }
  /** Inserts v before position i (0 < i < size), shifting the shorter side. */
  insertAt(i: number, v: PyObject): void {
    if (i < this.size >> 1) {
      this.pushLeft(this.at(0));
      for (let j = 1; j < i; j++) this.put(j, this.at(j + 1));
      this.put(i, v);
    } else {
      this.pushRight(this.at(this.size - 1));
      for (let j = this.size - 2; j > i; j--) this.put(j, this.at(j - 1));
      this.put(i, v);
    }
    this.state++;
  }
  rotate(n: number): void {
    const len = this.size;
    const half = len >> 1;
    if (len <= 1) return;
    if (n > half || n < -half) {
      n %= len;
      if (n > half) n -= len;
      else if (n < -half) n += len;
    }
    this.state++;
    if (n > 0) {
      for (let k = 0; k < n; k++) {
        const i = (this.head + this.size - 1) & this.mask;
        const v = this.buf[i] as PyObject;
        this.buf[i] = undefined;
        this.head = (this.head - 1) & this.mask;
        this.buf[this.head] = v;
      }
    } else {
      for (let k = 0; k < -n; k++) {
        const v = this.buf[this.head] as PyObject;
        this.buf[this.head] = undefined;
        this.head = (this.head + 1) & this.mask;
        this.buf[(this.head + this.size - 1) & this.mask] = v;
      }
    }
  }
}

const MOD = "collections";
export const dequeType = moduleType("deque", MOD, {
  doc: "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.",
});
dequeType.alloc = (cls) => newDeque(cls);
registerValueHashedType(dequeType);

export function newDeque(cls: PyType = dequeType): PyDeque {
  const d = new PyDeque(cls);
  if (cls.hasDict) d.dict = new PyDict();
  return d;
}

function asDeque(x: PyObject): PyDeque {
  if (!(x instanceof PyDeque)) throw typeError(`descriptor requires a 'collections.deque' object but received a '${typeOf(x).name}'`);
  return x;
}

/** deque_extend: appends every item (a copy first when extending by itself). */
function dequeExtend(d: PyDeque, iterable: PyObject): void {
  if (iterable === d) iterable = new PyTuple(d.items());
  const it = getIter(iterable);
  if (d.maxlen === 0) {
    while (iterNext(it) !== undefined);
    return;
  }
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return;
    d.append(v);
  }
}
function dequeExtendLeft(d: PyDeque, iterable: PyObject): void {
  if (iterable === d) iterable = new PyTuple(d.items());
  const it = getIter(iterable);
  if (d.maxlen === 0) {
    while (iterNext(it) !== undefined);
    return;
  }
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return;
    d.appendLeft(v);
  }
}

/** deque_copy: an exact deque is copied directly, a subclass through type(d)(d[, maxlen]). */
function dequeCopy(d: PyDeque): PyObject {
  if (d.cls === dequeType) {
    const n = newDeque(dequeType);
    n.maxlen = d.maxlen;
    for (let i = 0; i < d.size; i++) n.append(d.at(i));
    return n;
  }
  const r = d.maxlen < 0 ? call(d.cls, [d]) : call(d.cls, [d, d.maxlen]);
  if (!isSubtype(typeOf(r), dequeType)) throw typeError(`${d.cls.name}() must return a deque, not ${typeOf(r).name}`);
  return r;
}

/** deque_inplace_repeat */
function dequeRepeatInPlace(d: PyDeque, n: number): void {
  const size = d.size;
  if (size === 0 || n === 1) return;
  if (n <= 0) {
    d.clear();
    return;
  }
  const items = d.items();
  let total = size * n;
  if (d.maxlen >= 0 && total > d.maxlen) {
    // only the last maxlen items of the repeated sequence survive
    const keep = d.maxlen;
    const out: PyObject[] = new Array(keep);
    for (let k = 0; k < keep; k++) out[k] = items[(total - keep + k) % size];
    d.clear();
    for (const v of out) d.pushRight(v);
    d.state++;
    return;
  }
  if (total > 2 ** 32 - 1) throw newException(IndexErrorType, "cannot fit 'int' into an index-sized integer");
  total = 0;
  for (let k = 1; k < n; k++) for (let i = 0; i < size; i++) d.append(items[i]);
}

/** d[i] index: int-like (else TypeError), negative counts from the end, range-checked. */
function dequeIndex(d: PyDeque, key: PyObject): number {
  if (!isIndexable(key)) throw typeError(`sequence index must be integer, not '${typeOf(key).name}'`);
  let i = asIndexForSubscript(key);
  if (i < 0) i += d.size;
  if (i < 0 || i >= d.size) throw newException(IndexErrorType, "deque index out of range");
  return i;
}

function mutated(): never {
  throw runtimeError("deque mutated during iteration");
}

function dequeRepr(self: PyObject): string {
  const d = self as PyDeque;
  return reprGuard(d, "[...]", () => {
    const list = `[${d
      .items()
      .map((v) => repr(v))
      .join(", ")}]`;
    const name = typeOf(self).name;
    return d.maxlen >= 0 ? `${name}(${list}, maxlen=${d.maxlen})` : `${name}(${list})`;
  });
}

function dequeCompare(self: PyObject, other: PyObject, op: Cmp): PyObject {
  if (!(other instanceof PyDeque) || !isSubtype(typeOf(other), dequeType)) return NotImplemented;
  const a = self as PyDeque;
  if (op === Cmp.EQ || op === Cmp.NE) {
    if (a === other) return op === Cmp.EQ;
    if (a.size !== other.size) return op === Cmp.NE;
  }
  return seqRichCompare(a.items(), other.items(), op);
}

export const dequeIterType = moduleType("_deque_iterator", "_collections", { final: true });
export const dequeRevIterType = moduleType("_deque_reverse_iterator", "_collections", { final: true });

class DequeIterator extends PyNativeIterator {
  state: number;
  counter: number;
  index: number;
  constructor(
    cls: PyType,
    public deque: PyDeque,
    reversed: boolean,
  ) {
    super(cls, () => {
      const d = this.deque;
      if (d.state !== this.state) {
        this.counter = 0;
        mutated();
      }
      if (this.counter === 0) return undefined;
      const v = d.at(this.index);
      this.index += reversed ? -1 : 1;
      this.counter--;
      return v;
    });
    this.state = deque.state;
    this.counter = deque.size;
    this.index = reversed ? deque.size - 1 : 0;
  }
}
for (const t of [dequeIterType, dequeRevIterType]) {
  methods(t, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = (self as DequeIterator).next();
      if (v === undefined) throw newException(StopIterationType);
      return v;
    },
    __length_hint__: (self) => (self as DequeIterator).counter,
    __reduce__: (self) => {
      const it = self as DequeIterator;
      return new PyTuple([t, new PyTuple([it.deque, it.deque.size - it.counter])]);
    },
  });
}

setNew(dequeType, (cls) => newDeque(cls));
dequeType.dict.map.set("__hash__", None);
methods(dequeType, {
  __init__: (self, args, kwnames) => {
    const d = asDeque(self);
    const [iterable, maxlenObj] = kwArgs("deque", args, kwnames, ["iterable", "maxlen"], 0);
    let maxlen = -1;
    if (maxlenObj !== undefined && maxlenObj !== None) {
      // PyLong_AsSsize_t: ints only (no __index__)
      const v = asInt(maxlenObj);
      if (v === undefined) throw typeError("an integer is required");
      if (typeof v === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
      maxlen = v;
      if (maxlen < 0) throw valueError("maxlen must be non-negative");
    }
    d.maxlen = maxlen;
    if (d.size > 0) d.clear();
    if (iterable !== undefined) dequeExtend(d, iterable);
    return None;
  },
  __repr__: (self) => dequeRepr(self),
  __len__: (self) => asDeque(self).size,
  __iter__: (self) => new DequeIterator(dequeIterType, asDeque(self), false),
  __reversed__: (self) => new DequeIterator(dequeRevIterType, asDeque(self), true),
  __contains__: (self, args) => {
    const d = asDeque(self);
    const x = args[0];
    const n = d.size;
    const state = d.state;
    for (let i = 0; i < n; i++) {
      const r = itemEq(d.at(i), x);
      if (state !== d.state) mutated();
      if (r) return true;
    }
    return false;
  },
  __getitem__: (self, args) => {
    const d = asDeque(self);
    return d.at(dequeIndex(d, args[0]));
  },
  __setitem__: (self, args) => {
    const d = asDeque(self);
    d.put(dequeIndex(d, args[0]), args[1]);
    return None;
  },
  __delitem__: (self, args) => {
    const d = asDeque(self);
    d.removeAt(dequeIndex(d, args[0]));
    return None;
  },
  __eq__: (self, args) => dequeCompare(self, args[0], Cmp.EQ),
  __ne__: (self, args) => dequeCompare(self, args[0], Cmp.NE),
  __lt__: (self, args) => dequeCompare(self, args[0], Cmp.LT),
  __le__: (self, args) => dequeCompare(self, args[0], Cmp.LE),
  __gt__: (self, args) => dequeCompare(self, args[0], Cmp.GT),
  __ge__: (self, args) => dequeCompare(self, args[0], Cmp.GE),
  __add__: (self, args) => {
    const o = args[0];
    if (!(o instanceof PyDeque)) {
      const ot = typeOf(o);
      if (!ot.isBuiltin && lookupType(ot, "__radd__") !== undefined) return NotImplemented;
      throw typeError(`can only concatenate deque (not "${ot.name}") to deque`);
    }
    const r = dequeCopy(asDeque(self));
    dequeExtend(r as PyDeque, o);
    return r;
  },
  __iadd__: (self, args) => {
    dequeExtend(asDeque(self), args[0]);
    return self;
  },
  __mul__: (self, args) => {
    const n = repeatCount(args[0]);
    if (n === null) return NotImplemented;
    const r = dequeCopy(asDeque(self)) as PyDeque;
    dequeRepeatInPlace(r, n);
    return r;
  },
  __rmul__: (self, args) => {
    const n = repeatCount(args[0]);
    if (n === null) return NotImplemented;
    const r = dequeCopy(asDeque(self)) as PyDeque;
    dequeRepeatInPlace(r, n);
    return r;
  },
  __imul__: (self, args) => {
    const n = repeatCount(args[0]);
    if (n === null) return NotImplemented;
    dequeRepeatInPlace(asDeque(self), n);
    return self;
  },
  __copy__: (self, args, kwnames) => {
    noArgs("deque.__copy__", args, kwnames);
    return dequeCopy(asDeque(self));
  },
  copy: (self, args, kwnames) => {
    noArgs("deque.copy", args, kwnames);
    return dequeCopy(asDeque(self));
  },
  __reduce__: (self) => {
    const d = asDeque(self);
    const dict = instanceDict(d) ?? None;
    const it = new DequeIterator(dequeIterType, d, false);
    const cls = typeOf(self);
    return d.maxlen < 0 ? new PyTuple([cls, new PyTuple([]), dict, it]) : new PyTuple([cls, new PyTuple([new PyTuple([]), d.maxlen]), dict, it]);
  },
  append: (self, args, kwnames) => {
    asDeque(self).append(oneArg("deque.append", args, kwnames));
    return None;
  },
  appendleft: (self, args, kwnames) => {
    asDeque(self).appendLeft(oneArg("deque.appendleft", args, kwnames));
    return None;
  },
  pop: (self, args, kwnames) => {
    noArgs("deque.pop", args, kwnames);
    const d = asDeque(self);
    if (d.size === 0) throw newException(IndexErrorType, "pop from an empty deque");
    return d.popRight();
  },
  popleft: (self, args, kwnames) => {
    noArgs("deque.popleft", args, kwnames);
    const d = asDeque(self);
    if (d.size === 0) throw newException(IndexErrorType, "pop from an empty deque");
    return d.popLeft();
  },
  extend: (self, args, kwnames) => {
    dequeExtend(asDeque(self), oneArg("deque.extend", args, kwnames));
    return None;
  },
  extendleft: (self, args, kwnames) => {
    dequeExtendLeft(asDeque(self), oneArg("deque.extendleft", args, kwnames));
    return None;
  },
  clear: (self, args, kwnames) => {
    noArgs("deque.clear", args, kwnames);
    asDeque(self).clear();
    return None;
  },
  count: (self, args, kwnames) => {
    const x = oneArg("deque.count", args, kwnames);
    const d = asDeque(self);
    const n = d.size;
    const state = d.state;
    let c = 0;
    for (let i = 0; i < n; i++) {
      if (itemEq(d.at(i), x)) c++;
      if (state !== d.state) mutated();
    }
    return c;
  },
  index: (self, args, kwnames) => {
    noKw("index", kwnames);
    if (args.length < 1) throw typeError(`index() takes at least 1 argument (${args.length} given)`);
    if (args.length > 3) throw typeError(`index() takes at most 3 arguments (${args.length} given)`);
    const d = asDeque(self);
    const x = args[0];
    const n = d.size;
    let [start, stop] = searchBounds(args[1], args[2], n);
    if (stop > n) stop = n;
    if (start > stop) start = stop;
    const state = d.state;
    for (let i = start; i < stop; i++) {
      const r = itemEq(d.at(i), x);
      if (r) return i;
      if (state !== d.state) mutated();
    }
    throw valueError(`${repr(x)} is not in deque`);
  },
  insert: (self, args, kwnames) => {
    noKw("insert", kwnames);
    if (args.length !== 2) throw typeError(`insert() takes exactly 2 arguments (${args.length} given)`);
    const d = asDeque(self);
    const idx = ssize(args[0]);
    const v = args[1];
    const n = d.size;
    if (d.maxlen === n) throw newException(IndexErrorType, "deque already at its maximum size");
    if (idx >= n) d.append(v);
    else if (idx <= -n || idx === 0) d.appendLeft(v);
    else d.insertAt(idx < 0 ? idx + n : idx, v);
    return None;
  },
  remove: (self, args, kwnames) => {
    const x = oneArg("deque.remove", args, kwnames);
    const d = asDeque(self);
    const n = d.size;
    for (let i = 0; i < n; i++) {
      const r = itemEq(d.at(i), x);
      if (d.size !== n) throw newException(IndexErrorType, "deque mutated during remove().");
      if (r) {
        d.removeAt(i);
        return None;
      }
    }
    throw valueError(`${repr(x)} is not in deque`);
  },
  reverse: (self, args, kwnames) => {
    noArgs("deque.reverse", args, kwnames);
    const d = asDeque(self);
    for (let i = 0, j = d.size - 1; i < j; i++, j--) {
      const t = d.at(i);
      d.put(i, d.at(j));
      d.put(j, t);
    }
    return None;
  },
  rotate: (self, args, kwnames) => {
    unpackArgs("deque.rotate", args, kwnames, 0, 1, "deque.rotate");
    asDeque(self).rotate(args.length > 0 ? ssize(args[0]) : 1);
    return None;
  },
});
getter(dequeType, "maxlen", (self) => {
  const d = asDeque(self);
  return d.maxlen < 0 ? None : d.maxlen;
});

// ---------------------------------------------------------------------------------------------
// defaultdict

export class PyDefaultDict extends PyDict {
  factory: PyObject = None;
}
export const defaultdictType = moduleType("defaultdict", MOD, {
  base: dictType,
  doc: "defaultdict(default_factory=None, /, [...]) --> dict with default factory",
});
defaultdictType.alloc = (cls) => newDefaultDict(cls);
registerValueHashedType(defaultdictType);

function newDefaultDict(cls: PyType): PyDefaultDict {
  const d = new PyDefaultDict(cls);
  if (cls.hasDict) d.dict = new PyDict();
  return d;
}
function factoryOf(d: PyObject): PyObject {
  return d instanceof PyDefaultDict ? d.factory : None;
}

const dictMethod = (name: string): PyObject => {
  const m = lookupType(dictType, name);
  if (m === undefined) throw new Error(`dict.${name} missing`);
  return m;
};

/** type(dd)(dd.default_factory, arg) */
function newLike(dd: PyObject, arg: PyObject): PyObject {
  return call(typeOf(dd), [factoryOf(dd), arg]);
}

setNew(defaultdictType, (cls) => newDefaultDict(cls));
methods(defaultdictType, {
  __init__: (self, args, kwnames) => {
    const nkw = kwnames?.length ?? 0;
    const npos = args.length - nkw;
    let factory: PyObject = None;
    let rest = args;
    if (npos > 0) {
      factory = args[0];
      if (factory !== None && !isCallable(factory)) throw typeError("first argument must be callable or None");
      rest = args.slice(1);
    }
    if (self instanceof PyDefaultDict) self.factory = factory;
    callBound(dictMethod("__init__"), self, rest, kwnames);
    return None;
  },
  __missing__: (self, args, kwnames) => {
    const key = oneArg("__missing__", args, kwnames);
    const f = factoryOf(self);
    if (f === None) throw keyError(key);
    const v = call(f, []);
    setItem(self, key, v);
    return v;
  },
  __repr__: (self) => {
    const f = factoryOf(self);
    const frepr = f === None ? "None" : reprGuard(f as object, "...", () => repr(f));
    const base = callBound(dictMethod("__repr__"), self, []) as string;
    return `${typeOf(self).name}(${frepr}, ${base})`;
  },
  copy: (self, args, kwnames) => {
    noArgs("copy", args, kwnames);
    return newLike(self, self);
  },
  __copy__: (self, args, kwnames) => {
    noArgs("__copy__", args, kwnames);
    return newLike(self, self);
  },
  __reduce__: (self) => {
    const f = factoryOf(self);
    const items = callBound(dictMethod("items"), self, []);
    return new PyTuple([typeOf(self), f === None ? new PyTuple([]) : new PyTuple([f]), None, None, getIter(items)]);
  },
  __or__: (self, args) => defdictOr(self, args[0]),
  __ror__: (self, args) => defdictOr(args[0], self),
});
getter(
  defaultdictType,
  "default_factory",
  (self) => factoryOf(self),
  (self, v) => {
    if (self instanceof PyDefaultDict) self.factory = v ?? None;
  },
);

function defdictOr(left: PyObject, right: PyObject): PyObject {
  const leftIsDD = isSubtype(typeOf(left), defaultdictType);
  const self = leftIsDD ? left : right;
  const other = leftIsDD ? right : left;
  if (!(other instanceof PyDict)) return NotImplemented;
  const r = newLike(self, left);
  callBound(dictMethod("update"), r, [right]);
  return r;
}

// ---------------------------------------------------------------------------------------------
// _tuplegetter: namedtuple's field descriptors. Instances are PyInstances so that attribute
// lookup treats them as (data) descriptors through their __get__/__set__/__delete__.

class PyTupleGetter extends PyInstance {
  constructor(
    cls: PyType,
    public index: number,
    public doc: PyObject,
  ) {
    super(cls);
  }
}
export const tuplegetterType = moduleType("_tuplegetter", "_collections", { final: true });
setNew(tuplegetterType, (cls, args, kwnames) => {
  unpackArgs("_tuplegetter", args, kwnames, 2, 2);
  return new PyTupleGetter(cls, ssize(args[0]), args[1]);
});
methods(tuplegetterType, {
  __get__: (self, args) => {
    const g = self as PyTupleGetter;
    const obj = args[0];
    if (obj === undefined || obj === None) return self;
    if (!(obj instanceof PyTuple) || !isSubtype(typeOf(obj), tupleType))
      throw typeError(`descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${typeOf(obj).name}' object`);
    const v = obj.items[g.index];
    if (v === undefined || g.index < 0) throw newException(IndexErrorType, "tuple index out of range");
    return v;
  },
  __set__: () => {
    throw attributeError("can't set attribute");
  },
  __delete__: () => {
    throw attributeError("can't delete attribute");
  },
  __repr__: (self) => {
    const g = self as PyTupleGetter;
    return `${typeOf(self).name}(${g.index}, ${repr(g.doc)})`;
  },
  __reduce__: (self) => {
    const g = self as PyTupleGetter;
    return new PyTuple([typeOf(self), new PyTuple([g.index, g.doc])]);
  },
});
getter(
  tuplegetterType,
  "__doc__",
  (self) => (self as PyTupleGetter).doc,
  (self, v) => {
    (self as PyTupleGetter).doc = v ?? None;
  },
);

// ---------------------------------------------------------------------------------------------
// _count_elements

function countElements(args: PyObject[], kwnames: string[] | null): PyObject {
  unpackArgs("_count_elements", args, kwnames, 2, 2);
  const [mapping, iterable] = args;
  const it = getIter(iterable);
  const t = typeOf(mapping);
  if (mapping instanceof PyDict && lookupType(t, "get") === dictMethod("get") && lookupType(t, "__setitem__") === dictMethod("__setitem__")) {
    for (;;) {
      const k = iterNext(it);
      if (k === undefined) return None;
      const old = dictGet(mapping, k);
      dictSet(mapping, k, old === undefined ? 1 : typeof old === "number" && old < Number.MAX_SAFE_INTEGER ? old + 1 : binaryOp(old, 1, NB.ADD));
    }
  }
  const get = getAttr(mapping, "get");
  for (;;) {
    const k = iterNext(it);
    if (k === undefined) return None;
    const old = call(get, [k, 0]);
    setItem(mapping, k, binaryOp(old, 1, NB.ADD));
  }
}

// PEP 585: X[int]
for (const t of [dequeType, defaultdictType]) classMethod(t, "__class_getitem__", (cls, args) => makeGenericAlias(cls, args[0]));

// ---------------------------------------------------------------------------------------------

export function initCollections(m: PyModule): void {
  const d = m.dict.map;
  d.set("deque", dequeType);
  d.set("defaultdict", defaultdictType);
  d.set("_deque_iterator", dequeIterType);
  d.set("_deque_reverse_iterator", dequeRevIterType);
  d.set("_tuplegetter", tuplegetterType);
  def(m, "_count_elements", countElements);
}
registerBuiltinModule("_collections", initCollections);
