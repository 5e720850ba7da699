// `type` and `object`: class creation (C3 MRO, solid bases, __build_class__, metaclasses,
// __init_subclass__, __set_name__, __classcell__), calling a type (__new__ then __init__), the
// default object behaviour, and super().
import {
  None,
  NotImplemented,
  PyBaseException,
  PyBoxed,
  PyCell,
  PyClassMethod,
  PyDict,
  PyFunction,
  PyHeap,
  PyInstance,
  PyObject,
  PyStaticMethod,
  PySuper,
  PyTuple,
  PyType,
  PyList,
  objectType,
  superType,
  typeType,
  TYPE_FINAL,
  TYPE_ABSTRACT,
  baseExceptionType,
  bytesType,
  dictType,
  intType,
  listType,
  strType,
  tupleType,
  PyModule,
  moduleType,
  PyBuiltinFunction,
  newTypeVersion,
} from "./core.js";
import { attributeError, typeError } from "./exceptions.js";
import { dictCopy, dictSet } from "./hashtable.js";
import {
  bindDescriptor,
  call,
  callBound,
  genericGetAttr,
  genericSetAttr,
  getAttr,
  getAttrMaybe,
  instanceDict,
  isSubtype,
  lookupType,
  objectId,
  registerTypeCaller,
  repr,
  toArray,
  typeModified,
  typeOf,
  noAttribute,
} from "./protocol.js";
import { getter, method, methods, setNew, classMethod, parseArgs } from "./define.js";
import { sortItems } from "./list.js";
import { commonReduce, defaultGetState, objectReduceEx } from "./object-reduce.js";
import { overflowError as newOverflow } from "./exceptions.js";
import { Frame } from "../interp/frame.js";
import { registerInitPlanner, runFrame } from "../interp/call.js";
import { state } from "../interp/state.js";

// ---------------------------------------------------------------------------------------------
// MRO

export function computeMro(t: PyType): PyType[] {
  const seqs: PyType[][] = [...t.bases.map((b) => [...b.mro]), [...t.bases]];
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) {
      // as CPython's set_mro_error: the heads still to merge, each named once
      const names = [...new Set(nonEmpty.map((s) => s[0]!))].map((b) => b.name).join(", ");
      throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

function solidBaseOf(bases: PyType[]): PyType {
  let best: PyType = objectType;
  for (const b of bases) {
    const s = b.solidBase;
    if (isSubtype(s, best)) best = s;
    else if (!isSubtype(best, s)) throw typeError("multiple bases have instance lay-out conflict");
  }
  return best;
}

/** Allocates a bare instance of a user class (the layout of its solid base). */
export function allocInstance(cls: PyType): PyHeap {
  const solid = cls.solidBase;
  if (solid === objectType) {
    const o = new PyInstance(cls);
    if (cls.slotNames !== null && o.dict === null) o.slots = [];
    return o;
  }
  if (solid.alloc !== null) {
    const o = solid.alloc(cls) as PyHeap & { dict?: PyDict | null };
    o.cls = cls;
    if (cls.hasDict && o.dict == null) o.dict = new PyDict();
    return o;
  }
  throw typeError(`cannot create '${cls.name}' instances`);
}

// ---------------------------------------------------------------------------------------------
// Creating classes

/** type_new_set_classcell: the class body's __class__ cell is filled as the class is made, so
 *  that methods using super() work already in mro(), the metaclass's __new__, __set_name__ and
 *  __init_subclass__. */
function setClassCell(t: PyType): void {
  const classcell = t.dict.map.get("__classcell__");
  if (classcell === undefined) return;
  if (!(classcell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${repr(typeOf(classcell))}`);
  classcell.value = t;
  t.dict.map.delete("__classcell__");
}

/** mro_check: what a custom mro() returned, as the class's MRO. */
function customMro(t: PyType, result: PyObject): PyType[] {
  const mro = toArray(result);
  for (const k of mro) {
    if (!(k instanceof PyType)) throw typeError(`mro() returned a non-class ('${typeOf(k).name}')`);
    if (!isSubtype(t.solidBase, k.solidBase)) throw typeError(`mro() returned base with unsuitable layout ('${k.name}')`);
  }
  return mro as PyType[];
}

/** type.__new__(meta, name, bases, ns) */
export function newClass(meta: PyType, name: string, bases: PyType[], ns: PyDict): PyType {
  if (bases.length === 0) bases = [objectType];
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError("bases must be types");
    if (b.flags & TYPE_FINAL) throw typeError(`type '${b.name}' is not an acceptable base type`);
  }
  const t = new PyType(name, bases, meta, false);
  t.solidBase = solidBaseOf(bases);
  t.mro = computeMro(t);
  dictCopy(ns, t.dict);
  setClassCell(t);
  // a metaclass may compute the MRO itself (mro_internal calls type(t).mro())
  const mroMethod = lookupType(meta, "mro");
  if (mroMethod !== undefined && mroMethod !== typeType.dict.map.get("mro")) t.mro = customMro(t, callBound(mroMethod, t, []));
  const qn = t.dict.map.get("__qualname__");
  if (typeof qn === "string") {
    t.qualname = qn;
    t.dict.map.delete("__qualname__");
  }
  // __slots__: no __dict__ unless a base has one or "__dict__" is listed
  const slots = t.dict.map.get("__slots__");
  if (slots !== undefined) {
    const names = typeof slots === "string" ? [slots] : toArray(slots).map((s) => s as string);
    t.slotNames = names.filter((n) => n !== "__dict__" && n !== "__weakref__");
    t.hasDict = names.includes("__dict__") || bases.some((b) => b.hasDict && b !== objectType && !b.isBuiltin);
    for (const n of t.slotNames) {
      const slotName = n.startsWith("__") && !n.endsWith("__") ? `_${name.replace(/^_+/, "")}${n}` : n;
      t.dict.map.set(slotName, makeSlotDescriptor(t, slotName));
    }
  } else {
    t.hasDict = true;
  }
  for (const special of ["__new__"]) {
    const f = t.dict.map.get(special);
    if (f instanceof PyFunction) t.dict.map.set(special, new PyStaticMethod(f));
  }
  for (const special of ["__init_subclass__", "__class_getitem__"]) {
    const f = t.dict.map.get(special);
    if (f instanceof PyFunction) t.dict.map.set(special, new PyClassMethod(f));
  }
  if (!t.dict.map.has("__module__")) {
    const g = state.frame?.globals.map.get("__name__");
    if (g !== undefined) t.dict.map.set("__module__", g);
  }
  if (!t.dict.map.has("__doc__")) t.dict.map.set("__doc__", None);
  // a class that defines __eq__ but not __hash__ is unhashable
  if (t.dict.map.has("__eq__") && !t.dict.map.has("__hash__")) t.dict.map.set("__hash__", None);
  // the dict and MRO are final now: lookups cached while they were being filled in (a custom
  // mro() runs Python code) must not answer for the finished class
  t.version = newTypeVersion();
  for (const b of bases) b.subclasses.push(t);
  // __set_name__ on descriptors, then the parent's __init_subclass__
  for (const [k, v] of [...t.dict.map]) {
    if (typeof k !== "string" || typeof v !== "object") continue;
    const sn = lookupType(typeOf(v), "__set_name__");
    if (sn !== undefined) callBound(sn, v, [t, k]);
  }
  return t;
}

function makeSlotDescriptor(owner: PyType, name: string): PyObject {
  // the slot's index per class that uses it, worked out once per MRO (it walks the whole MRO)
  let lastCls: PyType | null = null;
  let lastMro: PyType[] | null = null;
  let lastIdx = -1;
  const slotIndexOf = (cls: PyType): number => {
    if (cls !== lastCls || cls.mro !== lastMro) {
      lastIdx = slotIndex(cls, name);
      lastCls = cls;
      lastMro = cls.mro;
    }
    return lastIdx;
  };
  const get = (self: PyObject) => {
    const inst = self as PyInstance;
    const idx = slotIndexOf(inst.cls);
    const v = inst.slots?.[idx];
    if (v === undefined) throw attributeError(`'${owner.name}' object has no attribute '${name}'`);
    return v;
  };
  const set = (self: PyObject, v: PyObject | undefined) => {
    const inst = self as PyInstance;
    inst.slots ??= [];
    inst.slots[slotIndexOf(inst.cls)] = v;
  };
  const descr = new (classOfGetSet())(name, owner, get, set);
  descr.slotIndex = slotIndexOf;
  return descr;
}
import { PyGetSetDescriptor } from "./core.js";
function classOfGetSet() {
  return PyGetSetDescriptor;
}
function slotIndex(cls: PyType, name: string): number {
  let i = 0;
  for (const k of [...cls.mro].reverse()) {
    if (k.slotNames === null) continue;
    for (const n of k.slotNames) {
      if (n === name || `_${k.name.replace(/^_+/, "")}${n}` === name) return i;
      i++;
    }
  }
  return -1;
}

/** The metaclass to use for `class X(bases, metaclass=meta)`: the most derived one. */
function calculateMeta(meta: PyType, bases: PyType[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bm = typeOf(b);
    if (isSubtype(winner, bm)) continue;
    if (isSubtype(bm, winner)) {
      winner = bm;
      continue;
    }
    throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

/** builtins.__build_class__(func, name, *bases, metaclass=?, **kwds) */
export function buildClass(args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  if (pos.length < 2) throw typeError("__build_class__: not enough arguments");
  const func = pos[0];
  const name = pos[1];
  if (!(func instanceof PyFunction)) throw typeError("__build_class__: func must be a function");
  if (typeof name !== "string") throw typeError("__build_class__: name is not a string");
  let bases = pos.slice(2);
  const origBases = bases;
  // __mro_entries__ (PEP 560)
  if (bases.some((b) => !(b instanceof PyType))) {
    const resolved: PyObject[] = [];
    for (const b of bases) {
      if (b instanceof PyType) {
        resolved.push(b);
        continue;
      }
      // looked up on the object itself, as CPython's update_bases does: typing.NamedTuple and
      // TypedDict are functions carrying an __mro_entries__ attribute
      const me = getAttrMaybe(b, "__mro_entries__");
      if (me === undefined) {
        resolved.push(b);
        continue;
      }
      const entries = call(me, [new PyTuple(bases)]);
      if (!(entries instanceof PyTuple)) throw typeError("__mro_entries__ must return a tuple");
      resolved.push(...entries.items);
    }
    bases = resolved;
  }
  const kwNames: string[] = [];
  const kwValues: PyObject[] = [];
  let meta: PyObject | undefined;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    const v = args[args.length - nkw + i];
    if (k === "metaclass") meta = v;
    else {
      kwNames.push(k);
      kwValues.push(v);
    }
  }
  const typeBases = bases as PyType[];
  if (meta === undefined) meta = typeBases.length ? typeOf(typeBases[0]) : typeType;
  if (meta instanceof PyType) meta = calculateMeta(meta, typeBases.filter((b) => b instanceof PyType));
  const prepare = getAttrOrNone(meta, "__prepare__");
  const ns = prepare === undefined ? new PyDict() : call(prepare, [name, new PyTuple(bases), ...kwValues], kwNames.length ? kwNames : null);
  // run the class body with the namespace as its locals
  const frame = new Frame(func.code, func.globals, func.builtins, ns as PyDict, func);
  const bodyCell = runFrame(frame);
  if (bases !== origBases) {
    if (ns instanceof PyDict && ns.cls.isBuiltin) dictSet(ns, "__orig_bases__", new PyTuple(origBases));
    else setItemP(ns, "__orig_bases__", new PyTuple(origBases));
  }
  const cls = call(meta, [name, new PyTuple(bases), ns, ...kwValues], kwNames.length ? kwNames : null);
  // the body returns its __class__ cell: type.__new__ must have filled it with this class
  if (cls instanceof PyType && bodyCell instanceof PyCell && bodyCell.value !== cls) {
    if (bodyCell.value === undefined)
      throw runtimeErr(`__class__ not set defining ${repr(name)} as ${repr(cls)}. Was __classcell__ propagated to type.__new__?`);
    throw typeError(`__class__ set to ${repr(bodyCell.value)} defining ${repr(name)} as ${repr(cls)}`);
  }
  return cls;
}

function getAttrOrNone(obj: PyObject, name: string): PyObject | undefined {
  try {
    return getAttr(obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.cls, attributeError("").cls)) return undefined;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Calling a type

const objectInit = () => objectType.dict.map.get("__init__");
const objectNew = () => objectType.dict.map.get("__new__");

export function typeCall(t: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  if (t === typeType && args.length === 1 && kwnames === null) return typeOf(args[0]);
  // a plain class (object's __new__, a Python __init__): the instance is allocated here, as
  // object.__new__ would (the generic __new__ wrapper's MRO checks cannot fail for it)
  const plainInit = pushableInit(t);
  if (plainInit !== null) {
    const obj = allocInstance(t);
    const r = callBound(plainInit, obj, args, kwnames);
    if (r !== None) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`);
    return obj;
  }
  if (t.callVersion !== t.version) {
    t.callNew = lookupType(t, "__new__");
    t.callInit = lookupType(t, "__init__");
    t.callVersion = t.version;
  }
  const nw = t.callNew;
  if (nw === undefined) throw typeError(`cannot create '${t.name}' instances`);
  let obj: PyObject;
  if (nw instanceof PyStaticMethod && nw.newOf === t) obj = nw.newFn!(t, args, kwnames);
  else obj = call(nw instanceof PyStaticMethod ? nw.func : nw, [t, ...args], kwnames);
  const ot = typeOf(obj);
  // (__new__ may have run code that changed the class: its version says whether `callInit` holds)
  let init: PyObject | undefined;
  if (ot === t && t.callVersion === t.version) init = t.callInit;
  else if (!isSubtype(ot, t)) return obj;
  else init = lookupType(ot, "__init__");
  if (init !== undefined && init !== objectInit()) {
    const r = callBound(init, obj, args, kwnames);
    if (r !== None) throw typeError(`__init__() should return None, not '${typeOf(r).name}'`);
  } else if (init === objectInit() && (args.length > 0) && nw === objectNew()) {
    throw typeError(`${t.name}() takes no arguments`);
  }
  return obj;
}
registerTypeCaller(typeCall);

/** The Python `__init__` a call of `t` runs when the call can be made without typeCall: `t` is a
 *  plain class (metaclass `type`, object's layout, not abstract) whose `__new__` is object's
 *  and whose `__init__` is a Python function. The caller then allocates the instance and runs
 *  `__init__` as a frame of its own (CALL pushes it: no nested interpreter), checking that it
 *  returned None. Null otherwise. */
export function pushableInit(t: PyType): PyFunction | null {
  if (t.cls !== typeType || (t.flags & TYPE_ABSTRACT) !== 0) return null;
  if (t.initVersion !== t.version) {
    let fn: PyFunction | null = null;
    if (t.solidBase === objectType && lookupType(t, "__new__") === objectNew()) {
      const init = lookupType(t, "__init__");
      if (init instanceof PyFunction) fn = init;
    }
    t.initFn = fn;
    t.initVersion = t.version;
  }
  return t.initFn;
}
registerInitPlanner(pushableInit, allocInstance);

// ---------------------------------------------------------------------------------------------
// object

export function defaultRepr(obj: PyObject): string {
  const t = typeOf(obj);
  const mod = t.dict.map.get("__module__");
  const prefix = typeof mod === "string" && mod !== "builtins" ? `${mod}.` : "";
  return `<${prefix}${t.qualname} object at 0x${objectId(obj).toString(16)}>`;
}

setNew(objectType, (cls, args, kwnames) => {
  if ((args.length > 0 || (kwnames?.length ?? 0) > 0) && lookupType(cls, "__init__") === objectInit() ) {
    throw typeError(`${cls.name}() takes no arguments`);
  }
  if (cls.flags & TYPE_ABSTRACT) {
    // CPython's object_new: the sorted names of type.__abstractmethods__, comma-joined
    const names = sortItems(toArray(getAttr(cls, "__abstractmethods__")), None, false);
    const joined = names
      .map((n, i) => {
        if (typeof n !== "string") throw typeError(`sequence item ${i}: expected str instance, ${typeOf(n).name} found`);
        return n;
      })
      .join(", ");
    throw typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? "s" : ""} ${joined}`);
  }
  return allocInstance(cls);
});
methods(objectType, {
  __init__: (self, args, kwnames) => {
    const t = typeOf(self);
    if ((args.length > 0 || (kwnames?.length ?? 0) > 0) && (lookupType(t, "__new__") === objectNew() || lookupType(t, "__init__") !== objectInit()))
      throw typeError("object.__init__() takes exactly one argument (the instance to initialize)");
    return None;
  },
  __repr__: (self) => defaultRepr(self),
  __str__: (self) => repr(self),
  __eq__: (self, args) => (self === args[0] ? true : NotImplemented),
  __ne__: (self, args) => {
    const eq = lookupType(typeOf(self), "__eq__");
    if (eq === undefined) return NotImplemented;
    const r = callBound(eq, self, [args[0]]);
    if (r === NotImplemented) return r;
    return !isTrueLocal(r);
  },
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __hash__: (self) => Math.floor(objectId(self) / 16),
  __getattribute__: (self, args) => {
    const name = args[0];
    if (typeof name !== "string") throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
    const r = genericGetAttr(self, typeOf(self), name);
    if (r === undefined) throw noAttribute(self, name);
    return r;
  },
  __setattr__: (self, args) => {
    genericSetAttr(self, args[0] as string, args[1]);
    return None;
  },
  __delattr__: (self, args) => {
    genericSetAttr(self, args[0] as string, undefined);
    return None;
  },
  __format__: (self, args) => {
    if (args[0] !== "") throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
    return strOf(self);
  },
  __dir__: (self) => {
    const names = new Set<string>();
    const d = instanceDict(self);
    if (d) for (const k of d.map.keys()) if (typeof k === "string") names.add(k);
    for (const k of typeOf(self).mro) for (const n of k.dict.map.keys()) if (typeof n === "string") names.add(n);
    return new PyList([...names].sort());
  },
  __reduce_ex__: (self, args, kwnames) => {
    const [protocol] = parseArgs("__reduce_ex__", args, kwnames, ["protocol"], 1);
    return objectReduceEx(self, asProtocol(protocol!));
  },
  __reduce__: (self) => commonReduce(self, 0),
  __getstate__: (self) => defaultGetState(self, false),
  __sizeof__: () => 16,
});
classMethod(objectType, "__init_subclass__", () => None);
objectType.dict.map.set("__doc__", "The base class of the class hierarchy.");
getter(
  objectType,
  "__dict__",
  (self) => {
    const holder = self as { dict?: PyDict | null };
    if (!typeOf(self).hasDict || !("dict" in (self as object))) throw attributeError(`'${typeOf(self).name}' object has no attribute '__dict__'`);
    return (holder.dict ??= new PyDict());
  },
  (self, v) => {
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v ?? None).name}'`);
    (self as { dict?: PyDict | null }).dict = v;
  },
);
classMethod(objectType, "__subclasshook__", () => NotImplemented);
/** What an instance of `t` holds beside its solid base's fields: the __slots__ along the MRO
 *  and whether it has a __dict__ (two classes with the same can swap an object's __class__). */
function instanceLayout(t: PyType): string {
  const slots = t.mro.filter((k) => k.slotNames !== null && k.slotNames.length > 0).map((k) => k.slotNames!.join(","));
  return `${t.hasDict}:${slots.join("|")}`;
}
getter(
  objectType,
  "__class__",
  (self) => typeOf(self),
  (self, v) => {
    if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeOf(v ?? None).name}' object`);
    // CPython's object_set_class: both classes mutable (not builtin), or both modules; then the
    // same layout
    const old = typeOf(self);
    const modules = self instanceof PyModule && isSubtype(v, moduleType);
    if (!modules && (v.isBuiltin || old.isBuiltin || !(self instanceof PyInstance)))
      throw typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    if (v.solidBase !== old.solidBase || instanceLayout(v) !== instanceLayout(old)) throw typeError(`__class__ assignment: '${v.name}' object layout differs from '${old.name}'`);
    (self as PyInstance | PyModule).cls = v;
  },
);
import { isTrue as isTrueLocal, str as strOf } from "./protocol.js";

// ---------------------------------------------------------------------------------------------
// type

setNew(typeType, (meta, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  if (pos.length === 1 && meta === typeType) return typeOf(pos[0]);
  if (pos.length !== 3) throw typeError("type() takes 1 or 3 arguments");
  const [name, bases, ns] = pos;
  if (typeof name !== "string") throw typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  // the most derived metaclass of the bases wins; if it has its own __new__, that builds the class
  const winner = calculateMeta(meta, (bases.items as PyType[]).filter((b) => b instanceof PyType));
  if (winner !== meta) {
    const wn = lookupType(winner, "__new__");
    if (wn !== undefined && wn !== typeType.dict.map.get("__new__")) return call(wn instanceof PyStaticMethod ? wn.func : wn, [winner, ...args], kwnames);
    meta = winner;
  }
  const t = newClass(meta, name, bases.items as PyType[], ns);
  // parent's __init_subclass__ with the class keywords
  const parentSuper = new PySuper(t, t, t);
  const isc = superGetAttr(parentSuper, "__init_subclass__");
  if (isc !== undefined) call(isc, args.slice(args.length - nkw), kwnames && nkw ? kwnames : null);
  return t;
});
methods(typeType, {
  __init__: () => None,
  __call__: (self, args, kwnames) => typeCall(self as PyType, args, kwnames),
  __repr__: (self) => {
    const t = self as PyType;
    const mod = t.dict.map.get("__module__");
    if (mod === "builtins" || typeof mod !== "string") return `<class '${t.qualname}'>`;
    return `<class '${mod}.${t.qualname}'>`;
  },
  mro: (self) => new PyList(computeMro(self as PyType)),
  __subclasses__: (self) => new PyList((self as PyType).subclasses.slice()),
  __instancecheck__: (self, args) => isSubtype(typeOf(args[0]), self as PyType),
  __subclasscheck__: (self, args) => args[0] instanceof PyType && isSubtype(args[0], self as PyType),
  __dir__: (self) => {
    const names = new Set<string>();
    for (const k of (self as PyType).mro) for (const n of k.dict.map.keys()) if (typeof n === "string") names.add(n);
    return new PyList([...names].sort());
  },
  __setattr__: (self, args) => {
    genericSetAttr(self, args[0] as string, args[1]);
    return None;
  },
  __delattr__: (self, args) => {
    genericSetAttr(self, args[0] as string, undefined);
    return None;
  },
});
classMethod(typeType, "__prepare__", () => new PyDict());
getter(typeType, "__name__", (t) => (t as PyType).name, (t, v) => {
  (t as PyType).name = String(v);
});
getter(typeType, "__qualname__", (t) => (t as PyType).qualname, (t, v) => {
  (t as PyType).qualname = String(v);
});
getter(typeType, "__module__", (t) => {
  // type_module: a heap type's __module__ entry; a static type's module comes from its name
  // (`type` itself holds this getter under "__module__")
  const v = (t as PyType).dict.map.get("__module__");
  if (v === undefined || ((t as PyType).isBuiltin && typeof v !== "string")) return "builtins";
  return v;
}, (t, v) => {
  (t as PyType).dict.map.set("__module__", v ?? None);
});
getter(typeType, "__bases__", (t) => new PyTuple((t as PyType).bases), (t, v) => setBases(t as PyType, v));
getter(typeType, "__base__", (t) => (t as PyType).bases[0] ?? None);
getter(typeType, "__mro__", (t) => new PyTuple((t as PyType).mro));
getter(typeType, "__dict__", (t) => (t as PyType).dict);
getter(typeType, "__doc__", (t) => {
  // type_get_doc: a descriptor stored as a class's __doc__ is bound to the class
  const v = (t as PyType).dict.map.get("__doc__");
  if (v === undefined) return None;
  return (t as PyType).isBuiltin ? v : bindDescriptor(v, null, t as PyType);
}, (t, v) => {
  (t as PyType).dict.map.set("__doc__", v ?? None);
});
method(typeType, "mro", (t, args, kw) => {
  if (args.length > 0 || (kw?.length ?? 0) > 0) throw typeError(`type.mro() takes no arguments (${args.length} given)`);
  return new PyList(computeMro(t as PyType));
});
// type.__flags__: CPython's Py_TPFLAGS bits that Python code reads (copyreg tests HEAPTYPE)
const FLAG_SUBCLASS: [PyType, number][] = [
  [intType, 1 << 24],
  [listType, 1 << 25],
  [tupleType, 1 << 26],
  [bytesType, 1 << 27],
  [strType, 1 << 28],
  [dictType, 1 << 29],
  [baseExceptionType, 1 << 30],
  [typeType, 2 ** 31],
];
getter(typeType, "__flags__", (t) => {
  const tt = t as PyType;
  // builtin: IMMUTABLETYPE | READY | VALID_VERSION_TAG; heap: HEAPTYPE | READY | HAVE_GC | MANAGED_DICT
  let f = tt.isBuiltin ? 0x100 | 0x1000 | 0x80000 : 0x200 | 0x1000 | 0x4000 | 0x10;
  if (!(tt.flags & TYPE_FINAL)) f |= 0x400;
  if (tt.flags & TYPE_ABSTRACT) f |= 1 << 20;
  for (const [base, bit] of FLAG_SUBCLASS) if (tt.mro.includes(base)) f += bit;
  return f;
});
getter(typeType, "__abstractmethods__", (t) => {
  const v = (t as PyType).dict.map.get("__abstractmethods__");
  if (v === undefined) throw attributeError("__abstractmethods__");
  return v;
}, (t, v) => {
  const tt = t as PyType;
  if (v === undefined) tt.dict.map.delete("__abstractmethods__");
  else tt.dict.map.set("__abstractmethods__", v);
  tt.flags = v !== undefined && isTrueLocal(v) ? tt.flags | 2 : tt.flags & ~2;
  typeModified(tt);
});

/** C.__bases__ = (...) (CPython's type_set_bases): checks, then the MROs of C and of every
 *  subclass recomputed (all restored if one fails), subclass lists moved, versions bumped. */
function setBases(t: PyType, v: PyObject | undefined): void {
  if (t.isBuiltin) throw typeError(`cannot set '__bases__' attribute of immutable type '${t.name}'`);
  if (v === undefined) throw typeError(`cannot delete '__bases__' attribute of immutable type '${t.name}'`);
  if (!(v instanceof PyTuple)) throw typeError(`can only assign tuple to ${t.name}.__bases__, not ${typeOf(v).name}`);
  if (v.items.length === 0) throw typeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  const bases: PyType[] = [];
  for (const b of v.items) {
    if (!(b instanceof PyType)) throw typeError(`${t.name}.__bases__ must be tuple of classes, not '${typeOf(b).name}'`);
    if (isSubtype(b, t)) throw typeError("a __bases__ item causes an inheritance cycle");
    bases.push(b);
  }
  const solid = solidBaseOf(bases);
  if (solid !== t.solidBase) {
    throw typeError(`__bases__ assignment: '${bases[0]!.name}' object layout differs from '${t.bases[0]?.name ?? "object"}'`);
  }
  const oldBases = t.bases;
  const saved: [PyType, PyType[]][] = [];
  const remro = (k: PyType): void => {
    saved.push([k, k.mro]);
    k.mro = computeMro(k);
    for (const s of k.subclasses) remro(s);
  };
  t.bases = bases;
  try {
    remro(t);
  } catch (e) {
    t.bases = oldBases;
    for (const [k, mro] of saved) k.mro = mro;
    throw e;
  }
  for (const b of oldBases) {
    const i = b.subclasses.indexOf(t);
    if (i >= 0) b.subclasses.splice(i, 1);
  }
  for (const b of bases) if (!b.subclasses.includes(t)) b.subclasses.push(t);
  typeModified(t);
}

// ---------------------------------------------------------------------------------------------
// super

setNew(superType, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError("super() takes no keyword arguments");
  if (args.length > 2) throw typeError(`super() expected at most 2 arguments, got ${args.length}`);
  let thisType: PyObject;
  let obj: PyObject;
  if (args.length === 0) {
    [thisType, obj] = zeroArgSuper();
  } else {
    thisType = args[0];
    obj = args.length > 1 ? args[1] : None;
  }
  if (!(thisType instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeOf(thisType).name}`);
  let objType: PyType;
  if (obj instanceof PyType && isSubtype(obj, thisType)) objType = obj;
  else if (isSubtype(typeOf(obj), thisType)) objType = typeOf(obj);
  else throw typeError("super(type, obj): obj must be an instance or subtype of type");
  const s = new PySuper(thisType, obj, objType);
  s.cls = cls;
  return s;
});

function zeroArgSuper(): [PyObject, PyObject] {
  const frame = state.frame;
  if (frame === null || frame.func === null) throw runtimeErr("super(): no arguments");
  const code = frame.code;
  if (code.argcount === 0 && (code.flags & 0x4) === 0) throw runtimeErr("super(): no arguments");
  let first = frame.localsplus[0];
  if (first instanceof PyCell && (code.localspluskinds[0] & 0x40)) first = first.value;
  if (first === undefined) throw runtimeErr("super(): arg[0] deleted");
  const idx = code.localsplusnames.lastIndexOf("__class__");
  if (idx < 0 || !(code.localspluskinds[idx] & 0x80)) throw runtimeErr("super(): __class__ cell not found");
  const cell = frame.localsplus[idx] as PyCell;
  if (cell.value === undefined) throw runtimeErr("super(): empty __class__ cell");
  return [cell.value, first];
}
import { runtimeError as runtimeErr } from "./exceptions.js";

export function superGetAttr(s: PySuper, name: string): PyObject | undefined {
  const mro = s.objType.mro;
  let i = mro.indexOf(s.thisType) + 1;
  if (name !== "__class__") {
    for (; i < mro.length; i++) {
      const v = mro[i].dict.map.get(name);
      if (v !== undefined) return bindDescriptor(v, s.obj === s.objType ? null : s.obj, s.objType);
    }
  }
  return undefined;
}
method(superType, "__getattribute__", (self, args) => {
  const s = self as PySuper;
  const name = args[0] as string;
  const r = superGetAttr(s, name);
  if (r !== undefined) return r;
  const g = genericGetAttr(self, superType, name);
  if (g !== undefined) return g;
  throw attributeError(`'super' object has no attribute '${name}'`);
});
method(superType, "__repr__", (self) => {
  const s = self as PySuper;
  return `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`;
});
getter(superType, "__thisclass__", (s) => (s as PySuper).thisType);
getter(superType, "__self__", (s) => (s as PySuper).obj);

export { parseArgs, PyBoxed, PyModule, PyBuiltinFunction, dictSet };

/** The protocol argument of __reduce_ex__ (a C int). */
function asProtocol(x: PyObject): number {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") throw newOverflow("Python int too large to convert to C int");
  throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
}
import { importModule } from "../interp/imports.js";
import { setItem as setItemP } from "./protocol.js";
