// The smaller builtin types: NoneType, NotImplemented, Ellipsis, function, method, builtin
// functions, property, staticmethod, classmethod, cell, code, module, traceback.
import {
  None,
  NotImplemented,
  PyBaseException,
  PyBoundMethod,
  PyBuiltinFunction,
  PyCell,
  PyClassMethod,
  PyCode,
  PyDict,
  PyFunction,
  PyMethodDescriptor,
  PyModule,
  PyObject,
  PyProperty,
  PySingleton,
  PyStaticMethod,
  PyTraceback,
  PyTuple,
  PyType,
  builtinFunctionType,
  cellType,
  classmethodType,
  codeType,
  ellipsisType,
  functionType,
  methodDescriptorType,
  methodType,
  moduleType,
  noneType,
  notImplementedType,
  propertyType,
  staticmethodType,
  tracebackType,
  classMethodDescriptorType,
  getsetDescriptorType,
  PyClassMethodDescriptor,
  PyGetSetDescriptor,
  PyList,
  PyNativeIterator,
  boundBuiltin,
} from "./core.js";
import { nativeIteratorType, reduceCallables } from "./slice.js";
import { getter, method, methods, setNew, parseArgs } from "./define.js";
import { typeError, attributeError, excType, newException, valueError } from "./exceptions.js";
import { state } from "../interp/state.js";
import { bindDescriptor, call, getAttr, objectId, propertyGet, propertySet, repr, setAttr, isSubtype, typeOf, eq, genericGetAttr, isTrue, lookupType } from "./protocol.js";
import { lineOf } from "../interp/decode.js";
import { markEscaped, type Frame } from "../interp/frame.js";
import { frameType } from "./core.js";

const hex = (o: PyObject) => `0x${objectId(o).toString(16)}`;

methods(noneType, { __repr__: () => "None", __bool__: () => false });
setNew(noneType, () => None);
methods(notImplementedType, { __repr__: () => "NotImplemented", __reduce__: () => "NotImplemented" });
methods(ellipsisType, { __repr__: () => "Ellipsis", __reduce__: () => "Ellipsis" });
void PySingleton;

// function
methods(functionType, {
  __repr__: (self) => `<function ${(self as PyFunction).qualname} at ${hex(self)}>`,
  __get__: (self, args) => (args[0] === None ? self : new PyBoundMethod(self, args[0])),
  __call__: (self, args, kw) => call(self, args, kw),
});
// function(code, globals, name=None, argdefs=None, closure=None), as CPython's func_new
setNew(functionType, (_cls, args, kwnames) => {
  const [code, globals, name, argdefs, closure] = parseArgs("function", args, kwnames, ["code", "globals", "name", "argdefs", "closure"], 2);
  if (!(code instanceof PyCode)) throw typeError(`function() argument 'code' must be code, not ${typeOf(code!).name}`);
  if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${typeOf(globals!).name}`);
  if (name !== undefined && name !== None && typeof name !== "string") throw typeError("arg 3 (name) must be None or string");
  if (argdefs !== undefined && argdefs !== None && !(argdefs instanceof PyTuple)) throw typeError("arg 4 (defaults) must be None or tuple");
  const nfree = code.localsplusnames.filter((_, i) => code.localspluskinds[i] & 0x80).length;
  let cells: PyCell[] | null = null;
  if (nfree > 0) {
    if (!(closure instanceof PyTuple)) throw typeError("arg 5 (closure) must be tuple");
  } else if (closure !== undefined && closure !== None && !(closure instanceof PyTuple)) {
    throw typeError("arg 5 (closure) must be None or tuple");
  }
  const nclosure = closure instanceof PyTuple ? closure.items.length : 0;
  if (nclosure !== nfree) throw valueError(`${code.name} requires closure of length ${nfree}, not ${nclosure}`);
  if (closure instanceof PyTuple && nclosure > 0) {
    for (const c of closure.items) if (!(c instanceof PyCell)) throw typeError(`arg 5 (closure) expected cell, found ${typeOf(c).name}`);
    cells = closure.items as PyCell[];
  }
  // the builtins: globals' __builtins__ (a module's dict, or the value), else the running code's
  const b = globals.map.get("__builtins__");
  const builtins = b instanceof PyModule ? b.dict : b instanceof PyDict ? b : state.frame!.builtins;
  const f = new PyFunction(code, globals, builtins);
  if (typeof name === "string") f.name = name;
  if (argdefs instanceof PyTuple) f.defaults = [...argdefs.items];
  f.closure = cells;
  return f;
});
const fnAttr = (name: string, get: (f: PyFunction) => PyObject, set?: (f: PyFunction, v: PyObject) => void) =>
  getter(functionType, name, (s) => get(s as PyFunction), set ? (s, v) => set(s as PyFunction, v ?? None) : undefined);
fnAttr("__name__", (f) => f.name, (f, v) => {
  if (typeof v !== "string") throw typeError("__name__ must be set to a string object");
  f.name = v;
});
fnAttr("__qualname__", (f) => f.qualname, (f, v) => {
  if (typeof v !== "string") throw typeError("__qualname__ must be set to a string object");
  f.qualname = v;
});
fnAttr("__doc__", (f) => f.doc, (f, v) => (f.doc = v));
fnAttr("__module__", (f) => f.module, (f, v) => (f.module = v));
fnAttr("__defaults__", (f) => (f.defaults ? new PyTuple(f.defaults) : None), (f, v) => (f.defaults = v === None ? null : (v as PyTuple).items));
fnAttr("__kwdefaults__", (f) => f.kwdefaults ?? None, (f, v) => (f.kwdefaults = v === None ? null : (v as PyDict)));
fnAttr("__code__", (f) => f.code, (f, v) => (f.code = v as PyCode));
fnAttr("__globals__", (f) => f.globals);
fnAttr("__builtins__", (f) => f.builtins);
fnAttr("__closure__", (f) => (f.closure ? new PyTuple(f.closure) : None));
fnAttr("__annotations__", (f) => (f.annotations === null || f.annotations === None ? (f.annotations = new PyDict()) : annotationsDict(f.annotations)), (f, v) => (f.annotations = v));
fnAttr("__dict__", (f) => (f.dict ??= new PyDict()));
function annotationsDict(a: PyObject): PyObject {
  if (a instanceof PyTuple) {
    const d = new PyDict();
    for (let i = 0; i + 1 < a.items.length; i += 2) d.map.set(a.items[i] as string, a.items[i + 1]);
    return d;
  }
  return a;
}

// bound method
methods(methodType, {
  __repr__: (self) => {
    const m = self as PyBoundMethod;
    const f = m.func;
    const name = f instanceof PyFunction ? f.qualname : f instanceof PyMethodDescriptor ? `${f.owner.name}.${f.name}` : "?";
    return `<bound method ${name} of ${repr(m.self)}>`;
  },
  __eq__: (self, args) => {
    const o = args[0];
    if (!(o instanceof PyBoundMethod)) return NotImplemented;
    const m = self as PyBoundMethod;
    return m.func === o.func && m.self === o.self;
  },
  __hash__: (self) => objectId((self as PyBoundMethod).func) ^ objectId((self as PyBoundMethod).self),
  __call__: (self, args, kw) => call(self, args, kw),
  __getattribute__: (self, args) => {
    const m = self as PyBoundMethod;
    const r = genericGetAttr(self, methodType, args[0] as string);
    if (r !== undefined) return r;
    return genericGetAttrOrRaise(m.func, args[0] as string);
  },
});
function genericGetAttrOrRaise(o: PyObject, name: string): PyObject {
  const r = genericGetAttr(o, typeOf(o), name);
  if (r === undefined) throw attributeError(`'method' object has no attribute '${name}'`);
  return r;
}
setNew(methodType, (_cls, args) => {
  if (args.length !== 2) throw typeError(`method expected 2 arguments, got ${args.length}`);
  if (!isCallable(args[0])) throw typeError("first argument must be callable");
  if (args[1] === None) throw typeError("instance must not be None");
  return new PyBoundMethod(args[0], args[1]);
});
function isCallable(x: PyObject): boolean {
  return x instanceof PyType || lookupType(typeOf(x), "__call__") !== undefined;
}
getter(methodType, "__func__", (m) => (m as PyBoundMethod).func);
getter(methodType, "__self__", (m) => (m as PyBoundMethod).self);
getter(methodType, "__name__", (m) => {
  const f = (m as PyBoundMethod).func;
  return f instanceof PyFunction ? f.name : f instanceof PyMethodDescriptor ? f.name : "?";
});
getter(methodType, "__qualname__", (m) => {
  const f = (m as PyBoundMethod).func;
  return f instanceof PyFunction ? f.qualname : f instanceof PyMethodDescriptor ? `${f.owner.name}.${f.name}` : "?";
});
getter(methodType, "__doc__", () => None);

// builtin functions and method descriptors
methods(builtinFunctionType, {
  __repr__: (self) => {
    const f = self as PyBuiltinFunction;
    return f.self !== null ? `<built-in method ${f.name} of ${typeOf(f.self).name} object at ${hex(f.self)}>` : `<built-in function ${f.name}>`;
  },
  __call__: (self, args, kw) => call(self, args, kw),
  // a bound method of a builtin type equals another binding of it to the same object
  // (meth_richcompare); any other builtin only itself
  __eq__: (self, args) => {
    const o = args[0];
    if (!(o instanceof PyBuiltinFunction)) return NotImplemented;
    const f = self as PyBuiltinFunction;
    return f === o || (f.method !== null && f.method === o.method && f.self === o.self);
  },
  __ne__: (self, args) => {
    const o = args[0];
    if (!(o instanceof PyBuiltinFunction)) return NotImplemented;
    const f = self as PyBuiltinFunction;
    return !(f === o || (f.method !== null && f.method === o.method && f.self === o.self));
  },
  __hash__: (self) => {
    const f = self as PyBuiltinFunction;
    // (by identity, as meth_hash: a list's bound append hashes though the list does not)
    return f.method === null ? objectId(f) : objectId(f.self!) ^ objectId(f.method);
  },
  // pickled by name: a module-level function as its name, a method as getattr(self, name)
  __reduce__: (self) => {
    const f = self as PyBuiltinFunction;
    if (f.self === null || f.self instanceof PyModule) return f.name;
    return new PyTuple([reduceCallables.getattr, new PyTuple([f.self, f.name])]);
  },
});
method(methodType, "__reduce__", (self) => {
  const m = self as PyBoundMethod;
  return new PyTuple([reduceCallables.getattr, new PyTuple([m.self, getAttr(m.func, "__name__")])]);
});
for (const t of [methodDescriptorType, classMethodDescriptorType])
  method(t, "__reduce__", (self) => {
    const d = self as PyMethodDescriptor | PyClassMethodDescriptor;
    return new PyTuple([reduceCallables.getattr, new PyTuple([d.owner, d.name])]);
  });
getter(builtinFunctionType, "__name__", (f) => (f as PyBuiltinFunction).name);
getter(builtinFunctionType, "__qualname__", (f) => (f as PyBuiltinFunction).qualname);
getter(builtinFunctionType, "__module__", (f) => (f as PyBuiltinFunction).module ?? None);
getter(builtinFunctionType, "__doc__", () => None);
getter(builtinFunctionType, "__self__", (f) => (f as PyBuiltinFunction).self ?? None);
methods(methodDescriptorType, {
  __repr__: (self) => `<method '${(self as PyMethodDescriptor).name}' of '${(self as PyMethodDescriptor).owner.name}' objects>`,
  __get__: (self, args) => (args[0] === None ? self : boundBuiltin(self as PyMethodDescriptor, args[0])),
  __call__: (self, args, kw) => call(self, args, kw),
});
getter(methodDescriptorType, "__name__", (f) => (f as PyMethodDescriptor).name);
getter(methodDescriptorType, "__qualname__", (f) => `${(f as PyMethodDescriptor).owner.name}.${(f as PyMethodDescriptor).name}`);
getter(methodDescriptorType, "__objclass__", (f) => (f as PyMethodDescriptor).owner);
getter(methodDescriptorType, "__doc__", () => None);
methods(classMethodDescriptorType, {
  __repr__: (self) => `<method '${(self as PyClassMethodDescriptor).name}' of '${(self as PyClassMethodDescriptor).owner.name}' objects>`,
});
getter(getsetDescriptorType, "__name__", (d) => (d as PyGetSetDescriptor).name);
getter(getsetDescriptorType, "__qualname__", (d) => `${(d as PyGetSetDescriptor).owner.name}.${(d as PyGetSetDescriptor).name}`);
getter(getsetDescriptorType, "__objclass__", (d) => (d as PyGetSetDescriptor).owner);
methods(getsetDescriptorType, {
  __repr__: (self) => `<attribute '${(self as PyGetSetDescriptor).name}' of '${(self as PyGetSetDescriptor).owner.name}' objects>`,
  __get__: (self, args) => (args[0] === None ? self : (self as PyGetSetDescriptor).get(args[0])),
  __set__: (self, args) => {
    const d = self as PyGetSetDescriptor;
    if (!d.set) throw attributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
    d.set(args[0], args[1]);
    return None;
  },
});

// property (CPython 3.11's descrobject.c: doc from the getter, copies keep the name)
setNew(propertyType, (cls) => {
  const p = new PyProperty(None, None, None, None);
  p.cls = cls;
  if (cls.hasDict) p.dict = new PyDict();
  return p;
});
method(propertyType, "__init__", (self, args, kw) => {
  const [fget, fset, fdel, doc] = parseArgs("property", args, kw, ["fget", "fset", "fdel", "doc"]);
  const p = self as PyProperty;
  p.fget = fget ?? None;
  p.fset = fset ?? None;
  p.fdel = fdel ?? None;
  p.doc = None;
  p.name = null;
  p.getterDoc = false;
  let propDoc: PyObject = None;
  if (doc !== undefined && doc !== None) propDoc = doc;
  else if (p.fget !== None) {
    // the getter's docstring, if it has one
    propDoc = lookupAttrQuiet(p.fget, "__doc__") ?? None;
    if (propDoc !== None) p.getterDoc = true;
  }
  if (p.cls === propertyType) p.doc = propDoc;
  // a subclass keeps __doc__ in the instance dict, where the class's own __doc__ cannot shadow it
  else setAttr(p, "__doc__", propDoc);
  return None;
});
function lookupAttrQuiet(obj: PyObject, name: string): PyObject | undefined {
  try {
    return getAttr(obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.cls, excType("AttributeError"))) return undefined;
    throw e;
  }
}
/** property_copy: a new property of the same type with one accessor replaced. */
function copyProperty(p: PyProperty, fget: PyObject, fset: PyObject, fdel: PyObject): PyObject {
  if (fget === None) fget = p.fget;
  if (fset === None) fset = p.fset;
  if (fdel === None) fdel = p.fdel;
  const doc = p.getterDoc && fget !== None ? None : p.doc;
  const copy = call(p.cls, [fget, fset, fdel, doc]);
  if (copy instanceof PyProperty) copy.name = p.name;
  return copy;
}
methods(propertyType, {
  getter: (self, args) => copyProperty(self as PyProperty, args[0], None, None),
  setter: (self, args) => copyProperty(self as PyProperty, None, args[0], None),
  deleter: (self, args) => copyProperty(self as PyProperty, None, None, args[0]),
  __get__: (self, args) => {
    if (args.length < 1 || args.length > 2) throw typeError(`expected 1 or 2 arguments, got ${args.length}`);
    return propertyGet(self as PyProperty, args[0] === None ? null : args[0]);
  },
  __set__: (self, args) => {
    propertySet(self as PyProperty, args[0], args[1]);
    return None;
  },
  __delete__: (self, args) => {
    propertySet(self as PyProperty, args[0], undefined);
    return None;
  },
  __set_name__: (self, args, kw) => {
    if (args.length !== 2 || (kw?.length ?? 0) > 0) throw typeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
    (self as PyProperty).name = args[1];
    return None;
  },
});
getter(propertyType, "fget", (p) => (p as PyProperty).fget);
getter(propertyType, "fset", (p) => (p as PyProperty).fset);
getter(propertyType, "fdel", (p) => (p as PyProperty).fdel);
getter(propertyType, "__doc__", (p) => (p as PyProperty).doc, (p, v) => ((p as PyProperty).doc = v ?? None));
getter(propertyType, "__isabstractmethod__", (p) => {
  const q = p as PyProperty;
  return [q.fget, q.fset, q.fdel].some((f) => f !== None && isTrue(lookupAttrQuiet(f, "__isabstractmethod__") ?? false));
});

// staticmethod / classmethod
setNew(staticmethodType, (cls, args) => {
  const s = new PyStaticMethod(args[0] ?? None);
  s.cls = cls;
  return s;
});
method(staticmethodType, "__init__", () => None);
method(staticmethodType, "__get__", (self) => (self as PyStaticMethod).func);
method(staticmethodType, "__call__", (self, args, kw) => call((self as PyStaticMethod).func, args, kw));
getter(staticmethodType, "__func__", (s) => (s as PyStaticMethod).func);
getter(staticmethodType, "__isabstractmethod__", (s) => funcIsAbstract((s as PyStaticMethod).func));
setNew(classmethodType, (cls, args) => {
  const s = new PyClassMethod(args[0] ?? None);
  s.cls = cls;
  return s;
});
method(classmethodType, "__init__", () => None);
method(classmethodType, "__get__", (self, args) => bindDescriptor(self, null, (args.length > 1 && args[1] !== None ? args[1] : typeOf(args[0])) as PyType));
getter(classmethodType, "__func__", (s) => (s as PyClassMethod).func);
getter(classmethodType, "__isabstractmethod__", (s) => funcIsAbstract((s as PyClassMethod).func));
function funcIsAbstract(f: PyObject): boolean {
  return f instanceof PyFunction && f.dict !== null && isTrue(f.dict.map.get("__isabstractmethod__") ?? false);
}

// cell, code, traceback
methods(cellType, {
  __repr__: (self) => `<cell at ${hex(self)}: ${(self as PyCell).value === undefined ? "empty" : `${typeOf((self as PyCell).value!).name} object at ${hex((self as PyCell).value!)}`}>`,
  __eq__: (self, args) => (args[0] instanceof PyCell ? eq((self as PyCell).value ?? None, args[0].value ?? None) : NotImplemented),
});
getter(cellType, "cell_contents", (c) => {
  const v = (c as PyCell).value;
  if (v === undefined) throw typeError("cell is empty");
  return v;
}, (c, v) => ((c as PyCell).value = v));
methods(codeType, {
  __repr__: (self) => {
    const c = self as PyCode;
    return `<code object ${c.name} at ${hex(self)}, file "${c.filename}", line ${c.firstlineno}>`;
  },
  // code.replace(**changes): a copy with some fields changed (the bytecode itself stays)
  replace: (self, args, kwnames) => {
    const c = self as PyCode;
    if (args.length > (kwnames?.length ?? 0)) throw typeError("replace() takes no positional arguments");
    const copy = Object.assign(Object.create(Object.getPrototypeOf(c)), c) as PyCode;
    copy.counters = null;
    copy.spareFrame = null;
    copy.traceAborts = null;
    const npos = args.length - (kwnames?.length ?? 0);
    (kwnames ?? []).forEach((name, i) => {
      const v = args[npos + i];
      const int = (): number => {
        if (typeof v !== "number") throw typeError(`replace() argument '${name}' must be int, not ${typeOf(v).name}`);
        return v;
      };
      const text = (): string => {
        if (typeof v !== "string") throw typeError(`replace() argument '${name}' must be str, not ${typeOf(v).name}`);
        return v;
      };
      switch (name) {
        case "co_flags": copy.flags = int(); break;
        case "co_name": copy.name = text(); break;
        case "co_qualname": copy.qualname = text(); break;
        case "co_filename": copy.filename = text(); break;
        case "co_firstlineno": copy.firstlineno = int(); break;
        case "co_consts":
          if (!(v instanceof PyTuple)) throw typeError(`replace() argument 'co_consts' must be tuple, not ${typeOf(v).name}`);
          copy.consts = [...v.items];
          break;
        case "co_names":
          if (!(v instanceof PyTuple) || !v.items.every((x) => typeof x === "string")) throw typeError("replace() argument 'co_names' must be a tuple of str");
          copy.names = v.items as string[];
          break;
        default:
          throw newException(excType("NotImplementedError"), `code.replace(${name}=...) is not supported by this VM`);
      }
    });
    return copy;
  },
});
const codeAttr = (n: string, f: (c: PyCode) => PyObject) => getter(codeType, n, (c) => f(c as PyCode));
codeAttr("co_name", (c) => c.name);
codeAttr("co_qualname", (c) => c.qualname);
codeAttr("co_filename", (c) => c.filename);
codeAttr("co_firstlineno", (c) => c.firstlineno);
codeAttr("co_argcount", (c) => c.argcount);
codeAttr("co_posonlyargcount", (c) => c.posonlyargcount);
codeAttr("co_kwonlyargcount", (c) => c.kwonlyargcount);
codeAttr("co_flags", (c) => c.flags);
codeAttr("co_consts", (c) => new PyTuple(c.consts));
codeAttr("co_names", (c) => new PyTuple(c.names));
codeAttr("co_varnames", (c) => new PyTuple(c.localsplusnames.filter((_, i) => c.localspluskinds[i] & 0x20)));
codeAttr("co_nlocals", (c) => c.localsplusnames.filter((_, i) => c.localspluskinds[i] & 0x20).length);
codeAttr("co_freevars", (c) => new PyTuple(c.localsplusnames.filter((_, i) => c.localspluskinds[i] & 0x80)));
codeAttr("co_cellvars", (c) => new PyTuple(c.localsplusnames.filter((_, i) => c.localspluskinds[i] & 0x40)));
// code.co_positions(): (line, end line, column, end column) per code unit, None where absent
const positionsIteratorType = nativeIteratorType("positions_iterator");
method(codeType, "co_positions", (self) => {
  const c = self as PyCode;
  const units = c.co_code.length >> 1;
  if (units > 0) lineOf(c, 0); // decodes c.positions
  let i = 0;
  const opt = (n: number): PyObject => (n < 0 ? None : n);
  return new PyNativeIterator(positionsIteratorType, () => {
    if (i >= units) return undefined;
    const p = c.positions![i++]!;
    return new PyTuple([opt(p.line), opt(p.endLine), opt(p.col), opt(p.endCol)]);
  });
});

getter(tracebackType, "tb_frame", (t) => (t as PyTraceback).frame ?? None);
getter(
  tracebackType,
  "tb_next",
  (t) => (t as PyTraceback).next ?? None,
  (t, v) => {
    // writable, as in CPython (jinja2 splices template frames into tracebacks)
    if (v === undefined) throw typeError("can't delete tb_next attribute");
    if (v !== None && !(v instanceof PyTraceback)) throw typeError(`expected traceback object or None, got '${typeOf(v).name}'`);
    for (let c: PyTraceback | null = v === None ? null : (v as PyTraceback); c !== null; c = c.next)
      if (c === t) throw valueError("traceback loop detected");
    (t as PyTraceback).next = v === None ? null : (v as PyTraceback);
  },
);
getter(tracebackType, "tb_lineno", (t) => lineOf((t as PyTraceback).code, (t as PyTraceback).lasti));
getter(tracebackType, "tb_lasti", (t) => (t as PyTraceback).lasti * 2);

// module
setNew(moduleType, (cls, args) => {
  const name = args[0];
  if (typeof name !== "string") throw typeError(`module.__init__() argument 'name' must be str, not ${typeOf(name ?? None).name}`);
  const d = new PyDict();
  d.map.set("__name__", name);
  d.map.set("__doc__", args[1] ?? None);
  d.map.set("__package__", None);
  d.map.set("__loader__", None);
  d.map.set("__spec__", None);
  return new PyModule(name, d, cls);
});
method(moduleType, "__init__", () => None);
methods(moduleType, {
  __repr__: (self) => {
    const m = self as PyModule;
    const file = m.dict.map.get("__file__");
    const name = m.dict.map.get("__name__") ?? m.name;
    if (typeof file === "string") return `<module '${name}' from '${file}'>`;
    return `<module '${name}' (built-in)>`;
  },
  __dir__: (self) => new PyList([...(self as PyModule).dict.map.keys()].map((k) => k as string).sort()),
});
getter(moduleType, "__dict__", (m) => (m as PyModule).dict);

// frame objects
const frameAttr = (n: string, f: (fr: Frame) => PyObject) => getter(frameType, n, (x) => f(x as unknown as Frame));
frameAttr("f_code", (f) => f.code);
frameAttr("f_globals", (f) => f.globals);
frameAttr("f_builtins", (f) => f.builtins);
frameAttr("f_back", (f) => {
  // a suspended generator's frame has no caller (CPython: None); its `back` is only the last
  // resumer's, left by the unlink
  if (f.generator !== null && !f.generator.running) return None;
  markEscaped(f.back);
  return (f.back as unknown as PyObject) ?? None;
});
frameAttr("f_lineno", (f) => lineOf(f.code, f.lasti));
frameAttr("f_lasti", (f) => f.lasti * 2);
frameAttr("f_locals", (f) => {
  if (f.locals !== null) return f.locals;
  const d = new PyDict();
  f.code.localsplusnames.forEach((n, i) => {
    let v = f.localsplus[i];
    if (v instanceof PyCell && f.code.localspluskinds[i] & 0xc0) v = v.value;
    if (v !== undefined) d.map.set(n, v);
  });
  return d;
});
methods(frameType, {
  // drops the locals of a finished frame (traceback.clear_frames, unittest's assertRaises)
  clear: (self) => {
    const f = self as unknown as Frame;
    for (let c = state.frame; c !== null; c = c.back) if (c === f) throw newException(excType("RuntimeError"), "cannot clear an executing frame");
    // a suspended generator's frame keeps its locals: the generator may still be resumed
    if (f.generator === null) f.localsplus.fill(undefined);
    return None;
  },
  __repr__: (self) => {
    const f = self as unknown as Frame;
    return `<frame at ${hex(self)}, file '${f.code.filename}', line ${lineOf(f.code, f.lasti)}, code ${f.code.name}>`;
  },
});
