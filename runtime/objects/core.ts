// The object model's data layout: how every Python value is represented in JS.
//
//   int    → JS number when it is a safe integer, JS bigint otherwise (always normalised)
//   bool   → JS boolean
//   str    → JS string (non-BMP code points as surrogate pairs; lengths count code points)
//   float  → PyFloat (boxed, so 1.0 and 1 stay distinct)
//   None   → the None singleton
//   others → instances of the classes below, each with a `cls` field naming its Python type
//
// Behaviour lives in other modules (protocol.ts and the per-type modules); this module only
// declares shapes and the builtin type objects, so it has no imports of behaviour.

import type { Frame } from "../interp/frame.js";
import { instanceAttrs, type AttrSizing } from "./shaped-map.js";

export type PyObject = number | bigint | boolean | string | PyHeap;

/** Anything that is not a primitive: it knows its type. */
export interface PyHeap {
  cls: PyType;
}

/** What a type's lookup cache holds for a name no class along the MRO has. */
export const ABSENT: unique symbol = Symbol("absent");

let nextTypeVersion = 1;
/** A fresh type version tag: unique over the whole run (a type that changes never gets back an
 *  old tag, and no two types share one), so a cache may key on the tag alone. */
export function newTypeVersion(): number {
  return nextTypeVersion++;
}
/** dict's type object, for PyDicts made before `dictType` exists (the type objects' own dicts). */
const early: { dict: PyType | undefined; dicts: PyDict[] } = { dict: undefined, dicts: [] };

/** A Python type object. `version` changes whenever the type or one of its bases changes, so
 *  caches keyed on it (the type lookup cache, attribute caches, traces) stay valid without
 *  scanning. */
export class PyType implements PyHeap {
  cls: PyType;
  name: string;
  qualname: string;
  bases: PyType[];
  mro: PyType[] = [];
  dict: PyDict;
  version = nextTypeVersion++;
  /** Builtin type whose JS layout instances use (object, list, dict, BaseException, int, …). */
  solidBase: PyType;
  /** Makes a bare instance of this type (of its solid base's layout) for object.__new__. */
  alloc: ((cls: PyType) => PyHeap) | null = null;
  subclasses: PyType[] = [];
  /** lookupType's answers for this version: name → what the MRO has, ABSENT for nothing */
  cache = new Map<string, PyObject | typeof ABSENT>();
  /** the attribute hooks of this version (protocol.ts attrHooks): HOOK_* bits */
  hooks = 0;
  /** the version `hooks` was worked out for */
  hooksVersion = -1;
  /** Whoever assumed this type's current version (traces): told once when it changes. */
  versionWatchers: Set<{ typeChanged(): void }> | null = null;
  isBuiltin: boolean;
  /** the native `__iter__` this type defines itself (define.ts method), which getIter calls
   *  directly for an instance of exactly this type while the type is builtin (immutable):
   *  CPython's tp_iter. Not inherited: a subclass may define its own __iter__. */
  iterSlot: NativeMethodFn | null = null;
  /** True for types whose instances carry a __dict__. */
  hasDict: boolean;
  /** how instances' attributes are sized (shaped-map.ts AttrSizing) */
  attrSizing: AttrSizing = { capacity: 0, last: null };
  slotNames: string[] | null = null;
  flags = 0;
  dictObj?: PyDict; // instance dict when this type object's own attributes were set at runtime
  /** what calling this type runs, for this version (typeobj.ts pushableInit): a Python __init__
   *  behind object.__new__, or null for any other way of making the instance */
  initFn: PyFunction | null = null;
  initVersion = -1;
  /** what typeCall finds on this version: `__new__` and `__init__` (undefined: none), so a call
   *  of the type does not look them up in the MRO's dicts each time */
  callNew: PyObject | undefined = undefined;
  callInit: PyObject | undefined = undefined;
  callVersion = -1;
  /** (operators.ts numberSlot) the binary operator dunders found on this version, by operator:
   *  __op__ at op, __i op__ at op + n, __r op__ at op + 2n; null: none; undefined: not looked up */
  numberSlots: (PyObject | null | undefined)[] | null = null;
  numberSlotsVersion = -1;
  constructor(name: string, bases: PyType[], metatype: PyType | null, builtin: boolean) {
    this.cls = metatype ?? (this as unknown as PyType);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.dict = new PyDict();
    this.isBuiltin = builtin;
    this.hasDict = !builtin;
    this.solidBase = this;
  }
}

export class PyNoneType implements PyHeap {
  constructor(public cls: PyType) {}
}
export class PySingleton implements PyHeap {
  constructor(public cls: PyType, public readonly name: string) {}
}

export class PyFloat implements PyHeap {
  declare cls: PyType;
  constructor(public readonly value: number) {}
}

export class PyComplex implements PyHeap {
  declare cls: PyType;
  constructor(public readonly re: number, public readonly im: number) {}
}

// V8 gives a field the representation of the first value stored in it. Had the first float of a
// run been integral (`float(0)`), `value` would start as a small integer, and the first float
// with a fraction would deprecate the layout of every float made so far: each then migrates on
// its next use, a runtime call apiece (measured: a loop over 300 000 such floats took 0.64 s on
// its first pass, 0.095 s on later ones). Making the first of each a fraction fixes the fields
// as doubles from the start.
new PyFloat(0.5);
new PyComplex(0.5, 0.5);

export class PyTuple implements PyHeap {
  cls: PyType;
  hashCache: number | undefined = undefined;
  dict: PyDict | null = null;
  constructor(public readonly items: PyObject[], cls?: PyType) {
    this.cls = cls ?? tupleType;
  }
}

export class PyList implements PyHeap {
  cls: PyType;
  dict: PyDict | null = null;
  constructor(public items: PyObject[], cls?: PyType) {
    this.cls = cls ?? listType;
  }
}

/** Key used to find an entry: the primitive itself for str/int/bool/float (normalised so that
 *  1 == 1.0 == True share one), the object itself for identity-hashed objects, or the first
 *  inserted equal key for objects with their own __hash__/__eq__. */
export type LookupKey = unknown;

export class PyDict implements PyHeap {
  cls: PyType;
  /** lookup key → value, in insertion order (an instance's __dict__: a ShapedMap) */
  map: Map<LookupKey, PyObject>;
  /** lookup key → original key object, only where they differ (True vs 1, 1.0 vs 1, str subclass) */
  keyObjs: Map<LookupKey, PyObject> | null = null;
  /** hash → canonical lookup keys, for keys with a user-defined hash (tuples, instances…) */
  hashed: Map<number, PyObject[]> | null = null;
  dict: PyDict | null = null;
  /** bumps on insertion/removal of a key; iterators compare it */
  version = 0;
  constructor(cls?: PyType, map?: Map<LookupKey, PyObject>) {
    if (cls === undefined && early.dict === undefined) early.dicts.push(this);
    this.cls = cls ?? (early.dict as PyType);
    this.map = map ?? new Map<LookupKey, PyObject>();
  }
}

/** set and frozenset: an open-addressing table laid out as CPython's, so that iteration order
 *  (e.g. of small ints) is the one CPython prints. */
export class PySet implements PyHeap {
  cls: PyType;
  keys: (PyObject | undefined | typeof DUMMY)[] = new Array(8).fill(undefined);
  hashes: number[] = new Array(8).fill(0);
  fill = 0;
  used = 0;
  mask = 7;
  hashCache: number | undefined = undefined;
  dict: PyDict | null = null;
  version = 0;
  constructor(cls: PyType) {
    this.cls = cls;
  }
}
export const DUMMY: unique symbol = Symbol("dummy");

export class PyBytes implements PyHeap {
  cls: PyType;
  constructor(public readonly bytes: Uint8Array, cls?: PyType) {
    this.cls = cls ?? bytesType;
  }
}

export class PyByteArray implements PyHeap {
  cls: PyType;
  dict: PyDict | null = null;
  constructor(public bytes: Uint8Array, public length: number, cls?: PyType) {
    this.cls = cls ?? bytearrayType;
  }
}

export class PyRange implements PyHeap {
  declare cls: PyType;
  constructor(public readonly start: number | bigint, public readonly stop: number | bigint, public readonly step: number | bigint) {}
}

export class PySlice implements PyHeap {
  declare cls: PyType;
  constructor(public readonly start: PyObject, public readonly stop: PyObject, public readonly step: PyObject) {}
}

export class PyCell implements PyHeap {
  declare cls: PyType;
  constructor(public value: PyObject | undefined) {}
}

/**
 * A user-class instance (of a class whose solid base is object).
 *
 * Its attributes live in `attrs`, a ShapedMap (by shape, until it gets keys a shape cannot
 * hold); the PyDict that `__dict__`, `vars()` and the generic paths see is made over that same
 * map only when something asks for it (`dict`). Most instances are never asked: an instance
 * then costs three objects (itself, the map, its values) instead of four, which the
 * allocation-heavy programs feel in the collector (float.py keeps 150000 of them alive).
 * Assigning `__dict__` (the `dict` setter) makes the new dict's map the storage. Module and
 * builtins dicts alone ever have their map replaced (core.ts watchDict), never an instance's.
 */
export class PyInstance implements PyHeap {
  /** the attributes' storage; null for a class without __dict__ (only __slots__) */
  attrs: Map<LookupKey, PyObject> | null;
  /** the dict over `attrs`, once something asked for it */
  madeDict: PyDict | null = null;
  slots: (PyObject | undefined)[] | null = null;
  constructor(public cls: PyType) {
    this.attrs = cls.hasDict ? instanceAttrs(cls.attrSizing) : null;
  }
  /** the instance's __dict__ (made at the first use), or null without one */
  get dict(): PyDict | null {
    const d = this.madeDict;
    if (d !== null) return d;
    const m = this.attrs;
    return m === null ? null : (this.madeDict = new PyDict(undefined, m));
  }
  set dict(d: PyDict | null) {
    this.madeDict = d;
    this.attrs = d === null ? null : d.map;
  }
  /** A key was added to or removed from `attrs` directly: the dict's version (its iterators
   *  compare it) moves, when there is a dict. */
  keysChanged(): void {
    if (this.madeDict !== null) this.madeDict.version++;
  }
}

/** Instance of a user subclass of int/float/str/bytes/tuple…: the builtin value it wraps. */
export class PyBoxed implements PyHeap {
  dict: PyDict | null;
  constructor(public cls: PyType, public value: PyObject) {
    this.dict = cls.hasDict ? new PyDict() : null;
  }
}

export interface KwArgs {
  names: string[];
}

/** Calling convention: positional arguments then keyword values, `kwnames` names the last ones. */
export type NativeFn = (args: PyObject[], kwnames: string[] | null) => PyObject;
export type NativeMethodFn = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

export class PyBuiltinFunction implements PyHeap {
  declare cls: PyType;
  dict: PyDict | null = null;
  qualname: string;
  module: string | null = null;
  /** what `fn` does for one or two positional arguments and no keywords, taking them as they
   *  are (no argument array: CALL's fast path), where it was declared so (define.ts fixedFunction) */
  fast1: ((a: PyObject) => PyObject) | null = null;
  fast2: ((a: PyObject, b: PyObject) => PyObject) | null = null;
  /** for a builtin type's method bound to `self` (boundBuiltin): that method (its equality) */
  method: PyMethodDescriptor | null = null;
  constructor(public readonly name: string, public readonly fn: NativeFn, public readonly self: PyObject | null = null) {
    this.qualname = name;
  }
}

/** A builtin type's method bound to an object, as CPython's method descriptors' __get__ makes
 *  it: a builtin_function_or_method (`[].append`), not a `method`. */
export function boundBuiltin(d: PyMethodDescriptor, self: PyObject): PyBuiltinFunction {
  const f = new PyBuiltinFunction(d.name, (args, kwnames) => d.fn(self, args, kwnames), self);
  f.qualname = `${d.owner.name}.${d.name}`;
  f.method = d;
  return f;
}

/** A method of a builtin type (list.append): unbound in the type dict, bound on access. */
export class PyMethodDescriptor implements PyHeap {
  declare cls: PyType;
  /** what `fn` does for zero, one or two positional arguments and no keywords, taking them as
   *  they are (CALL's fast path), where it was declared so (define.ts fixedMethod) */
  fast0: ((self: PyObject) => PyObject) | null = null;
  fast1: ((self: PyObject, a: PyObject) => PyObject) | null = null;
  fast2: ((self: PyObject, a: PyObject, b: PyObject) => PyObject) | null = null;
  constructor(public readonly name: string, public readonly owner: PyType, public readonly fn: NativeMethodFn) {}
}

/** A builtin classmethod (dict.fromkeys, int.from_bytes). */
export class PyClassMethodDescriptor implements PyHeap {
  declare cls: PyType;
  constructor(public readonly name: string, public readonly owner: PyType, public readonly fn: NativeMethodFn) {}
}

/** A slot wrapper for a computed attribute of a builtin type (e.g. float.real, function.__name__). */
export class PyGetSetDescriptor implements PyHeap {
  declare cls: PyType;
  /** for a __slots__ member (typeobj.ts makeSlotDescriptor): its index in the `slots` of an
   *  instance of a class (the same for one class while its version lasts) */
  slotIndex: ((cls: PyType) => number) | null = null;
  constructor(
    public readonly name: string,
    public readonly owner: PyType,
    public readonly get: (self: PyObject) => PyObject,
    public readonly set: ((self: PyObject, value: PyObject | undefined) => void) | null = null,
  ) {}
}

export class PyBoundMethod implements PyHeap {
  declare cls: PyType;
  constructor(public readonly func: PyObject, public readonly self: PyObject) {}
}

export class PyFunction implements PyHeap {
  declare cls: PyType;
  dict: PyDict | null = null;
  name: string;
  qualname: string;
  doc: PyObject;
  module: PyObject;
  annotations: PyObject | null = null;
  kwdefaults: PyDict | null = null;
  defaults: PyObject[] | null = null;
  closure: PyCell[] | null = null;
  constructor(public code: PyCode, public globals: PyDict, public builtins: PyDict) {
    this.name = code.name;
    this.qualname = code.qualname;
    // CPython: the docstring is the first constant when that is a str
    const first = code.consts.length > 0 ? code.consts[0] : None;
    this.doc = typeof first === "string" ? first : None;
    this.module = globals.map.get("__name__") ?? None;
  }
}

export class PyStaticMethod implements PyHeap {
  declare cls: PyType;
  dict: PyDict | null = null;
  /** for a builtin type's `__new__` (define.ts setNew): the type and its native constructor,
   *  which a call of that very type runs directly (typeobj.ts typeCall) */
  newOf: PyType | null = null;
  newFn: ((cls: PyType, args: PyObject[], kwnames: string[] | null) => PyObject) | null = null;
  constructor(public func: PyObject) {}
}
export class PyClassMethod implements PyHeap {
  declare cls: PyType;
  dict: PyDict | null = null;
  constructor(public func: PyObject) {}
}
export class PyProperty implements PyHeap {
  declare cls: PyType;
  /** the attribute name from __set_name__ (for error messages), or null */
  name: PyObject | null = null;
  /** the doc came from the getter (property_copy then takes the new getter's) */
  getterDoc = false;
  /** the instance dict of a property subclass's instances */
  dict: PyDict | null = null;
  constructor(public fget: PyObject, public fset: PyObject, public fdel: PyObject, public doc: PyObject) {}
}

export class PySuper implements PyHeap {
  declare cls: PyType;
  constructor(public readonly thisType: PyType, public readonly obj: PyObject, public readonly objType: PyType) {}
}

/**
 * The map of a dict that traces may read through a cache (module globals, builtins). `shape`
 * changes when a key is added or removed (a global may start or stop shadowing a builtin); the
 * cell of a key a cache read (`cell(k)`) changes its `version` when that key is rebound or
 * removed, and its `bound` only when the key is added or removed. Rebinding other keys — a
 * module-level loop's variables — changes neither, and a cached read checks two numbers, never
 * a hash lookup. The cell also holds the key's value, so the base interpreter's LOAD_GLOBAL
 * forms stay valid while a global is rebound (they check `bound` and read `value`), as
 * CPython 3.11's check the dict's keys version and read the entry.
 */
export interface GlobalCell {
  version: number;
  bound: number;
  /** the key's value; undefined while absent */
  value: unknown;
}
export class WatchedMap<K, V> extends Map<K, V> {
  shape = 0;
  private readonly cells = new Map<K, GlobalCell>();
  /** keys whose cached reads failed: their value keeps changing, so they are not cached again */
  readonly unstable = new Set<K>();
  override set(k: K, v: V): this {
    const added = !this.has(k);
    if (added) this.shape++;
    // a cell changes when its key is rebound, deleted, or added: a read cached from elsewhere
    // (a builtin) watches the key's absence here through its cell
    if (this.cells.size > 0) {
      const c = this.cells.get(k);
      if (c !== undefined) {
        c.version++;
        if (added) c.bound++;
        c.value = v;
      }
    }
    return super.set(k, v);
  }
  override delete(k: K): boolean {
    if (!this.has(k)) return false;
    this.shape++;
    const c = this.cells.get(k);
    if (c !== undefined) {
      c.version++;
      c.bound++;
      c.value = undefined;
    }
    return super.delete(k);
  }
  override clear(): void {
    this.shape++;
    for (const c of this.cells.values()) {
      c.version++;
      c.bound++;
      c.value = undefined;
    }
    super.clear();
  }
  /** The version cell of key `k`, watched from now on. */
  cell(k: K): GlobalCell {
    let c = this.cells.get(k);
    if (c === undefined) this.cells.set(k, (c = { version: 0, bound: 0, value: this.get(k) }));
    return c;
  }
}

/** Makes `d` a dict whose changes are stamped (see WatchedMap); returns its map. */
export function watchDict(d: PyDict): WatchedMap<LookupKey, PyObject> {
  if (!(d.map instanceof WatchedMap)) {
    const m = new WatchedMap<LookupKey, PyObject>();
    for (const [k, v] of d.map) m.set(k, v);
    d.map = m;
  }
  return d.map as WatchedMap<LookupKey, PyObject>;
}

export class PyModule implements PyHeap {
  cls: PyType;
  constructor(public readonly name: string, public dict: PyDict, cls?: PyType) {
    this.cls = cls ?? moduleType;
    // module globals are read by traces through a cache
    watchDict(dict);
  }
}

/** The exception table and location data a loaded code object carries. */
export interface ExceptionHandler {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

export class PyCode implements PyHeap {
  declare cls: PyType;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  stacksize = 0;
  flags = 0;
  co_code!: Uint8Array;
  consts: PyObject[] = [];
  names: string[] = [];
  localsplusnames: string[] = [];
  localspluskinds!: Uint8Array;
  filename = "";
  name = "";
  qualname = "";
  firstlineno = 0;
  linetable!: Uint8Array;
  exceptiontable!: Uint8Array;
  // Decoded forms, filled by the loader (see runtime/interp/decode.ts).
  /** per code unit: opcode (0 for CACHE / EXTENDED_ARG prefix units) */
  ops!: Uint8Array;
  /** per code unit: full argument (EXTENDED_ARG folded in; jump ops: absolute target unit) */
  args!: Int32Array;
  /** per code unit: index of the next instruction (after inline caches) */
  nexts!: Int32Array;
  /** the base interpreter's opcodes: `ops`, with instructions quickened to specialised forms
   *  (runtime/interp/adaptive.ts); nothing else reads them */
  quick!: Uint8Array;
  /** the base interpreter's instruction stream, two words per code unit: the argument (`args`),
   *  then the quickened opcode (`quick`) | the next instruction (`nexts`) << 8 (adaptive.ts keeps
   *  it in step with `quick`) */
  ins!: Int32Array;
  /** per code unit: adaptive counter of a family's instruction */
  warm!: Uint16Array;
  /** per code unit: cache entry of a quickened instruction (allocated on first quickening) */
  caches: (object | undefined)[] | null = null;
  handlers: ExceptionHandler[] = [];
  /** per code unit: source line (-1 none), decoded lazily */
  lines: Int32Array | null = null;
  positions: { line: number; endLine: number; col: number; endCol: number }[] | null = null;
  nlocalsplus = 0;
  /** where a new frame of this code starts: past a leading RESUME, which does nothing here
   *  (runtime/interp/decode.ts), else 0 */
  entryIp = 0;
  /** how many arguments a call binds to the first locals, in order, when it gives exactly that
   *  many positionally: argcount when there are no *args, **kwargs or keyword-only parameters,
   *  else -1 (runtime/interp/decode.ts). CALL's specialised forms test it. */
  exactArgcount = -1;
  /** indices (into localsplus) of cell variables that are arguments and must be wrapped */
  cellArgs: number[] = [];
  /** how many trailing localsplus slots are free variables */
  nfree = 0;
  /** supervisor counters: back-edges per target unit (allocated on first use) */
  counters: Int32Array | null = null;
  /** a returned frame of this code that its next call may reuse (interp/frame.ts spareFrame) */
  spareFrame: object | null = null;
  /** supervisor: recordings aborted per loop header (for the back-off) */
  traceAborts: Int32Array | null = null;
}

export class PyTraceback implements PyHeap {
  declare cls: PyType;
  constructor(public next: PyTraceback | null, public readonly code: PyCode, public readonly lasti: number, public readonly frame: Frame | null) {}
}

export class PyBaseException implements PyHeap {
  dict: PyDict | null = null;
  args: PyTuple;
  traceback: PyTraceback | null = null;
  cause: PyObject = None_placeholder();
  context: PyObject = None_placeholder();
  suppressContext = false;
  notes: PyObject | null = null;
  constructor(public cls: PyType, args: PyObject[]) {
    this.args = new PyTuple(args);
  }
}
function None_placeholder(): PyObject {
  return None;
}

/** Generators, coroutines and async generators: a suspended frame. */
export class PyGenerator implements PyHeap {
  running = false;
  finished = false;
  /** resumed at least once (a just-started generator accepts only None from send) */
  started = false;
  name: string;
  qualname: string;
  /** exception state saved while suspended (sys.exc_info inside the generator) */
  excState: PyObject = None;
  /** while the base interpreter's loop runs it for a FOR_ITER (generator.ts resumeInLoop): the
   *  exception state of the resumer, put back when it stops */
  outerExc: PyObject = None;
  constructor(public cls: PyType, public readonly frame: Frame) {
    this.name = frame.code.name;
    this.qualname = frame.code.qualname;
  }
}

/** What pickling and length_hint need from a native iterator whose position lives in its
 *  closure (CPython's __reduce__ / __setstate__ / __length_hint__ of that iterator type). */
export interface NativeIteratorState {
  /** (callable, args) or (callable, args, state) */
  reduce(): PyObject;
  setState?(state: PyObject): void;
  /** a count, or NotImplemented (a sequence iterator over an object without __len__) */
  lengthHint?(): PyObject;
}

/** A native iterator: next() returns undefined when exhausted. */
export class PyNativeIterator implements PyHeap {
  /** every value it yields is an int held as a JS number (a range of safe integers): traces may
   *  know the kind of what it yields */
  smallInts = false;
  /** its position for __reduce__/__setstate__/__length_hint__, where its type has them */
  iterState: NativeIteratorState | null = null;
  constructor(public cls: PyType, public next: () => PyObject | undefined) {}
}

// ---------------------------------------------------------------------------------------------
// The builtin type objects. Created here, populated (methods, __new__) by the per-type modules.

export function builtinType(name: string, base: PyType | null, proto?: { prototype: object }, opts?: { noSubclass?: boolean }): PyType {
  const t = new PyType(name, base ? [base] : [], typeType ?? null, true);
  t.mro = base ? [t, ...base.mro] : [t];
  t.solidBase = t;
  if (base) base.subclasses.push(t);
  if (proto) (proto.prototype as { cls?: PyType }).cls = t;
  if (opts?.noSubclass) t.flags |= TYPE_FINAL;
  return t;
}
export const TYPE_FINAL = 1;
export const TYPE_ABSTRACT = 2;

// `type` is its own type; object's type is type.
export let typeType: PyType = undefined as unknown as PyType;
export const objectType: PyType = new PyType("object", [], null, true);
objectType.mro = [objectType];
typeType = new PyType("type", [objectType], null, true);
typeType.cls = typeType;
typeType.mro = [typeType, objectType];
objectType.cls = typeType;
objectType.subclasses.push(typeType);
PyType.prototype.cls = typeType;

export const noneType = builtinType("NoneType", objectType, undefined, { noSubclass: true });
export const None = new PyNoneType(noneType);
export const notImplementedType = builtinType("NotImplementedType", objectType, undefined, { noSubclass: true });
export const NotImplemented = new PySingleton(notImplementedType, "NotImplemented");
export const ellipsisType = builtinType("ellipsis", objectType, undefined, { noSubclass: true });
export const Ellipsis = new PySingleton(ellipsisType, "Ellipsis");

export const intType = builtinType("int", objectType);
export const boolType = builtinType("bool", intType, undefined, { noSubclass: true });
export const floatType = builtinType("float", objectType, PyFloat);
export const complexType = builtinType("complex", objectType, PyComplex);
export const strType = builtinType("str", objectType);
export const bytesType = builtinType("bytes", objectType);
export const bytearrayType = builtinType("bytearray", objectType);
export const tupleType = builtinType("tuple", objectType);
export const listType = builtinType("list", objectType);
export const dictType = builtinType("dict", objectType);
early.dict = dictType;
for (const d of early.dicts) d.cls = dictType;
early.dicts.length = 0;
export const setType = builtinType("set", objectType);
export const frozensetType = builtinType("frozenset", objectType);
export const rangeType = builtinType("range", objectType, PyRange, { noSubclass: true });
export const sliceType = builtinType("slice", objectType, PySlice, { noSubclass: true });
export const cellType = builtinType("cell", objectType, PyCell, { noSubclass: true });
export const functionType = builtinType("function", objectType, PyFunction, { noSubclass: true });
export const builtinFunctionType = builtinType("builtin_function_or_method", objectType, PyBuiltinFunction, { noSubclass: true });
export const methodDescriptorType = builtinType("method_descriptor", objectType, PyMethodDescriptor, { noSubclass: true });
export const classMethodDescriptorType = builtinType("classmethod_descriptor", objectType, PyClassMethodDescriptor, { noSubclass: true });
export const getsetDescriptorType = builtinType("getset_descriptor", objectType, PyGetSetDescriptor, { noSubclass: true });
export const methodType = builtinType("method", objectType, PyBoundMethod, { noSubclass: true });
export const staticmethodType = builtinType("staticmethod", objectType, PyStaticMethod);
export const classmethodType = builtinType("classmethod", objectType, PyClassMethod);
export const propertyType = builtinType("property", objectType, PyProperty);
export const superType = builtinType("super", objectType, PySuper);
export const moduleType = builtinType("module", objectType);
export const codeType = builtinType("code", objectType, PyCode, { noSubclass: true });
export const tracebackType = builtinType("traceback", objectType, PyTraceback, { noSubclass: true });
export const generatorType = builtinType("generator", objectType, undefined, { noSubclass: true });
export const coroutineType = builtinType("coroutine", objectType, undefined, { noSubclass: true });
export const asyncGeneratorType = builtinType("async_generator", objectType, undefined, { noSubclass: true });
export const baseExceptionType = builtinType("BaseException", objectType);
export const frameType = builtinType("frame", objectType, undefined, { noSubclass: true });

moduleType.hasDict = true;
functionType.hasDict = true;
