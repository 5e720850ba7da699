// The _pickle module (CPython 3.11's Modules/_pickle.c), which pickle.py takes its Pickler,
// Unpickler, dump(s), load(s) and exceptions from when it exists: the types (subclassable, with
// their attributes and memo proxies), the module functions and their argument parsing.
import { None, PyBytes, PyDict, PyObject, PyTuple, PyType, dictType } from "../objects/core.js";
import { getter, method, methods, positional, setNew } from "../objects/define.js";
import { attributeError, typeError, valueError } from "../objects/exceptions.js";
import { dictSet } from "../objects/hashtable.js";
import { getIter, isTrue, objectId, typeOf } from "../objects/protocol.js";
import { allocInstance } from "../objects/typeobj.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { isCallable, moduleType } from "./functional-util.js";
import { cIntArg, clinicArgs, defFunction, needBytes } from "./small-util.js";
import { lookupAttr, pickleErrors, protocolArg, unpicklingError, picklingError } from "./pickle-common.js";
import { StrIdentity, PicklerObj, memoObject } from "./pickle-pickler.js";
import { pickleBufferType } from "./pickle-buffer.js";
import { UnpicklerObj, defaultFindClass } from "./pickle-unpickler.js";

/** tp_name: the module's types are named with their module, Python subclasses are not. */
const tpName = (t: PyType): string => (t === picklerType || t === unpicklerType ? `_pickle.${t.name}` : t.name);

// ---------------------------------------------------------------------------------------------
// Pickler

const PICKLER_DOC =
  "Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)\n--\n\nThis takes a binary file for writing a pickle data stream.";
export const picklerType = moduleType("Pickler", "_pickle", { doc: PICKLER_DOC });
picklerType.alloc = (cls) => new PicklerObj(cls);
setNew(picklerType, (cls) => allocInstance(cls));

function asPickler(x: PyObject): PicklerObj {
  if (x instanceof PicklerObj) return x;
  throw typeError(`descriptor requires a '_pickle.Pickler' object but received a '${typeOf(x).name}'`);
}

/** Pickler.__init__ / the module functions' common set-up. */
function initPickler(p: PicklerObj, file: PyObject | null, protocol: PyObject | undefined, fixImports: PyObject | undefined, bufferCallback: PyObject | undefined): void {
  const proto = protocolArg(protocol, cIntArg);
  p.proto = proto;
  p.bin = proto > 0 ? 1 : 0;
  p.fixImports = (fixImports === undefined ? true : isTrue(fixImports)) && proto < 3;
  if (file !== null) {
    const w = lookupAttr(file, "write");
    if (w === undefined) throw typeError("file must have a 'write' attribute");
    p.write = w;
  } else p.write = null;
  const cb = bufferCallback === undefined || bufferCallback === None ? null : bufferCallback;
  if (cb !== null && proto < 5) throw valueError("buffer_callback needs protocol >= 5");
  p.bufferCallback = cb;
  p.len = 0;
  p.frameStart = -1;
  p.framing = false;
  p.fast = 0;
  p.fastNesting = 0;
  p.fastMemo = null;
  p.memo = new Map();
}

method(picklerType, "__init__", (self, args, kw) => {
  const p = asPickler(self);
  if (args.length > 4) throw typeError(`Pickler() takes at most 4 arguments (${args.length} given)`);
  const [file, protocol, fixImports, cb] = clinicArgs("Pickler", args, kw, ["file", "protocol", "fix_imports", "buffer_callback"], 1);
  initPickler(p, file!, protocol, fixImports, cb);
  p.persId = null;
  p.persId = lookupAttr(p, "persistent_id") ?? null;
  p.dispatchTable = null;
  p.dispatchTable = lookupAttr(p, "dispatch_table") ?? null;
  p.ready = true;
  return None;
});

methods(picklerType, {
  dump: (self, args, kw) => {
    const p = asPickler(self);
    const obj = positional("Pickler.dump", args, kw, 1, 1)[0];
    if (!p.ready || p.write === null) throw picklingError(`Pickler.__init__() was not called by ${tpName(typeOf(p))}.__init__()`);
    p.len = 0;
    p.frameStart = -1;
    p.dump(obj);
    p.flushToFile();
    return None;
  },
  clear_memo: (self, args, kw) => {
    positional("Pickler.clear_memo", args, kw, 0, 0);
    asPickler(self).memo.clear();
    return None;
  },
  __sizeof__: (self) => 64 + asPickler(self).out.length + asPickler(self).memo.size * 16,
});

function intMember<T>(t: PyType, name: string, get: (o: T) => number, set: (o: T, v: number) => void, as: (x: PyObject) => T): void {
  getter(
    t,
    name,
    (self) => get(as(self)),
    (self, v) => {
      if (v === undefined) throw typeError("can't delete numeric/char attribute");
      set(as(self), cIntArg(v));
    },
  );
}
intMember(picklerType, "bin", (p) => p.bin, (p, v) => (p.bin = v), asPickler);
intMember(picklerType, "fast", (p) => p.fast, (p, v) => (p.fast = v), asPickler);
getter(
  picklerType,
  "dispatch_table",
  (self) => {
    const p = asPickler(self);
    if (p.dispatchTable === null) throw attributeError("dispatch_table");
    return p.dispatchTable;
  },
  (self, v) => {
    const p = asPickler(self);
    if (v === undefined && p.dispatchTable === null) throw attributeError("dispatch_table");
    p.dispatchTable = v ?? null;
  },
);
getter(
  picklerType,
  "persistent_id",
  (self) => {
    const p = asPickler(self);
    if (p.persId === null) throw attributeError("persistent_id");
    return p.persId;
  },
  (self, v) => {
    const p = asPickler(self);
    if (v === undefined) throw typeError("attribute deletion is not supported");
    if (!isCallable(v)) throw typeError("persistent_id must be a callable taking one argument");
    p.persId = v;
  },
);

// the memo proxies
const picklerMemoProxyType = moduleType("PicklerMemoProxy", "_pickle", { final: true });
class PicklerMemoProxy {
  constructor(public cls: PyType, public pickler: PicklerObj) {}
}
const asPMP = (x: PyObject): PicklerMemoProxy => {
  if (x instanceof PicklerMemoProxy) return x;
  throw typeError(`descriptor requires a '_pickle.PicklerMemoProxy' object but received a '${typeOf(x).name}'`);
};
function picklerMemoCopy(p: PicklerObj): PyDict {
  const d = new PyDict();
  for (const [key, idx] of p.memo) {
    const obj = memoObject(key);
    dictSet(d, objectId(obj), new PyTuple([idx, obj]));
  }
  return d;
}
methods(picklerMemoProxyType, {
  clear: (self) => {
    asPMP(self).pickler.memo.clear();
    return None;
  },
  copy: (self) => picklerMemoCopy(asPMP(self).pickler),
  __reduce__: (self) => new PyTuple([dictType, new PyTuple([picklerMemoCopy(asPMP(self).pickler)])]),
});
getter(
  picklerType,
  "memo",
  (self) => new PicklerMemoProxy(picklerMemoProxyType, asPickler(self)),
  (self, v) => {
    const p = asPickler(self);
    if (v === undefined) throw typeError("attribute deletion is not supported");
    if (v instanceof PicklerMemoProxy) {
      p.memo = new Map(v.pickler.memo);
      return;
    }
    if (v instanceof PyDict) {
      const memo = new Map<PyObject | StrIdentity, number>();
      for (const value of v.map.values()) {
        if (!(value instanceof PyTuple) || value.items.length !== 2) throw typeError("'memo' values must be 2-item tuples");
        memo.set(value.items[1], cIntArg(value.items[0]));
      }
      p.memo = memo;
      return;
    }
    throw typeError(`'memo' attribute must be a PicklerMemoProxy object or dict, not ${typeOf(v).name}`);
  },
);

// ---------------------------------------------------------------------------------------------
// Unpickler

const UNPICKLER_DOC =
  "Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())\n--\n\nThis takes a binary file for reading a pickle data stream.";
export const unpicklerType = moduleType("Unpickler", "_pickle", { doc: UNPICKLER_DOC });
unpicklerType.alloc = (cls) => new UnpicklerObj(cls);
setNew(unpicklerType, (cls) => allocInstance(cls));

function asUnpickler(x: PyObject): UnpicklerObj {
  if (x instanceof UnpicklerObj) return x;
  throw typeError(`descriptor requires a '_pickle.Unpickler' object but received a '${typeOf(x).name}'`);
}

const UNPICKLER_KW = ["fix_imports", "encoding", "errors", "buffers"];
function strArg(fname: string, name: string, v: PyObject | undefined, dflt: string): string {
  if (v === undefined) return dflt;
  if (typeof v !== "string") throw typeError(`${fname}() argument '${name}' must be str, not ${v === None ? "None" : typeOf(v).name}`);
  return v;
}
function initUnpicklerOptions(u: UnpicklerObj, fname: string, fixImports: PyObject | undefined, encoding: PyObject | undefined, errors: PyObject | undefined, buffers: PyObject | undefined): void {
  u.fixImports = fixImports === undefined ? true : isTrue(fixImports);
  u.encoding = strArg(fname, "encoding", encoding, "ASCII");
  u.errors = strArg(fname, "errors", errors, "strict");
  u.buffers = buffers === undefined || buffers === None ? null : getIter(buffers);
  u.memo = [];
  u.stack = [];
  u.marks = [];
  u.fence = 0;
  u.proto = 0;
}

method(unpicklerType, "__init__", (self, args, kw) => {
  const u = asUnpickler(self);
  const [file, fixImports, encoding, errors, buffers] = clinicArgs("Unpickler", args, kw, ["file", ...UNPICKLER_KW], 1, 0, 1);
  u.setFile(file!);
  initUnpicklerOptions(u, "Unpickler", fixImports, encoding, errors, buffers);
  u.persLoad = null;
  u.persLoad = lookupAttr(u, "persistent_load") ?? null;
  u.ready = true;
  return None;
});

methods(unpicklerType, {
  load: (self, args, kw) => {
    const u = asUnpickler(self);
    positional("Unpickler.load", args, kw, 0, 0);
    if (!u.ready) throw unpicklingError(`Unpickler.__init__() was not called by ${tpName(typeOf(u))}.__init__()`);
    return u.load();
  },
  find_class: (self, args, kw) => {
    const [m, n] = positional("find_class", args, kw, 2, 2);
    return defaultFindClass(asUnpickler(self), m, n);
  },
  __sizeof__: (self) => 64 + asUnpickler(self).memo.length * 8,
});

getter(
  unpicklerType,
  "persistent_load",
  (self) => {
    const u = asUnpickler(self);
    if (u.persLoad === null) throw attributeError("persistent_load");
    return u.persLoad;
  },
  (self, v) => {
    const u = asUnpickler(self);
    if (v === undefined) throw typeError("attribute deletion is not supported");
    if (!isCallable(v)) throw typeError("persistent_load must be a callable taking one argument");
    u.persLoad = v;
  },
);

const unpicklerMemoProxyType = moduleType("UnpicklerMemoProxy", "_pickle", { final: true });
class UnpicklerMemoProxy {
  constructor(public cls: PyType, public unpickler: UnpicklerObj) {}
}
const asUMP = (x: PyObject): UnpicklerMemoProxy => {
  if (x instanceof UnpicklerMemoProxy) return x;
  throw typeError(`descriptor requires a '_pickle.UnpicklerMemoProxy' object but received a '${typeOf(x).name}'`);
};
function unpicklerMemoCopy(u: UnpicklerObj): PyDict {
  const d = new PyDict();
  u.memo.forEach((v, i) => {
    if (v !== undefined) dictSet(d, i, v);
  });
  return d;
}
methods(unpicklerMemoProxyType, {
  clear: (self) => {
    asUMP(self).unpickler.memo = [];
    return None;
  },
  copy: (self) => unpicklerMemoCopy(asUMP(self).unpickler),
  __reduce__: (self) => new PyTuple([dictType, new PyTuple([unpicklerMemoCopy(asUMP(self).unpickler)])]),
});
getter(
  unpicklerType,
  "memo",
  (self) => new UnpicklerMemoProxy(unpicklerMemoProxyType, asUnpickler(self)),
  (self, v) => {
    const u = asUnpickler(self);
    if (v === undefined) throw typeError("attribute deletion is not supported");
    if (v instanceof UnpicklerMemoProxy) {
      u.memo = v.unpickler.memo.slice();
      return;
    }
    if (v instanceof PyDict) {
      // CPython 3.11 checks the keys and stores the values into the memo it then replaces with a
      // fresh, empty one: the unpickler ends up with an empty memo
      for (const k of v.map.keys()) {
        const key = v.keyObjs?.get(k) ?? (k as PyObject);
        if (typeof key !== "number" && typeof key !== "bigint") throw typeError("memo key must be integers");
        if (Number(key) < 0) throw valueError("memo key must be positive integers.");
      }
      u.memo = [];
      return;
    }
    throw typeError(`'memo' attribute must be an UnpicklerMemoProxy object or dict, not ${typeOf(v).name}`);
  },
);

// ---------------------------------------------------------------------------------------------
// The module

registerBuiltinModule("_pickle", (m) => {
  const errs = pickleErrors();
  m.dict.map.set("PickleError", errs.base);
  m.dict.map.set("PicklingError", errs.pickling);
  m.dict.map.set("UnpicklingError", errs.unpickling);
  m.dict.map.set("Pickler", picklerType);
  m.dict.map.set("Unpickler", unpicklerType);
  m.dict.map.set("PickleBuffer", pickleBufferType);
  m.dict.map.set("__doc__", "Optimized C implementation for the Python pickle module.");

  defFunction(m, "dump", (args, kw) => {
    const [obj, file, protocol, fixImports, cb] = clinicArgs("dump", args, kw, ["obj", "file", "protocol", "fix_imports", "buffer_callback"], 2, 0, 3);
    const p = new PicklerObj(picklerType);
    initPickler(p, file!, protocol, fixImports, cb);
    p.dump(obj!);
    p.flushToFile();
    return None;
  });
  defFunction(m, "dumps", (args, kw) => {
    const [obj, protocol, fixImports, cb] = clinicArgs("dumps", args, kw, ["obj", "protocol", "fix_imports", "buffer_callback"], 1, 0, 2);
    const p = new PicklerObj(picklerType);
    initPickler(p, null, protocol, fixImports, cb);
    p.dump(obj!);
    return new PyBytes(p.takeOutput());
  });
  defFunction(m, "load", (args, kw) => {
    const [file, fixImports, encoding, errors, buffers] = clinicArgs("load", args, kw, ["file", ...UNPICKLER_KW], 1, 0, 1);
    const u = new UnpicklerObj(unpicklerType);
    u.setFile(file!);
    initUnpicklerOptions(u, "load", fixImports, encoding, errors, buffers);
    u.ready = true;
    return u.load();
  });
  defFunction(m, "loads", (args, kw) => {
    const [data, fixImports, encoding, errors, buffers] = clinicArgs("loads", args, kw, ["data", ...UNPICKLER_KW], 1, 1, 1);
    const u = new UnpicklerObj(unpicklerType);
    u.setBytes(needBytes(data!));
    initUnpicklerOptions(u, "loads", fixImports, encoding, errors, buffers);
    u.ready = true;
    return u.load();
  });
});
