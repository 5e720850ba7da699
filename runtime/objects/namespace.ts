// types.SimpleNamespace (CPython's namespaceobject.c): attributes given as keywords, shown as
// namespace(a=1, b=2), equal when their attributes are. sys.implementation is one.
import { builtinType, None, NotImplemented, objectType, PyDict, PyInstance, PyObject, PyTuple, PyType } from "./core.js";
import { getter, methods, setNew } from "./define.js";
import { typeError } from "./exceptions.js";
import { eq, repr, typeOf } from "./protocol.js";
import { state } from "../interp/state.js";

export const namespaceType = builtinType("SimpleNamespace", objectType);
namespaceType.dict.map.set("__module__", "types");
namespaceType.hasDict = true;

export function newNamespace(attrs: [string, PyObject][]): PyInstance {
  const ns = new PyInstance(namespaceType);
  for (const [k, v] of attrs) ns.dict!.map.set(k, v);
  return ns;
}

// reprs being drawn, so a namespace holding itself prints namespace(...)
const inRepr = new Set<PyObject>();

setNew(namespaceType, (cls) => {
  const ns = new PyInstance(cls);
  ns.dict ??= new PyDict();
  return ns;
});
methods(namespaceType, {
  __init__: (self, args, kwnames) => {
    const nkw = kwnames?.length ?? 0;
    if (args.length > nkw) throw typeError("no positional arguments expected");
    const d = (self as PyInstance).dict!;
    for (let i = 0; i < nkw; i++) d.map.set(kwnames![i], args[args.length - nkw + i]);
    return None;
  },
  __repr__: (self) => {
    const t = typeOf(self);
    const name = t === namespaceType ? "namespace" : t.name;
    if (inRepr.has(self)) return `${name}(...)`;
    inRepr.add(self);
    try {
      const parts: string[] = [];
      for (const [k, v] of (self as PyInstance).dict!.map) if (typeof k === "string") parts.push(`${k}=${repr(v)}`);
      return `${name}(${parts.join(", ")})`;
    } finally {
      inRepr.delete(self);
    }
  },
  __eq__: (self, args) => {
    const o = args[0];
    if (!(o instanceof PyInstance) || !isNamespace(typeOf(o))) return NotImplemented;
    return eq((self as PyInstance).dict!, o.dict ?? new PyDict());
  },
  __ne__: (self, args) => {
    const o = args[0];
    if (!(o instanceof PyInstance) || !isNamespace(typeOf(o))) return NotImplemented;
    return !eq((self as PyInstance).dict!, o.dict ?? new PyDict());
  },
  __reduce__: (self) => new PyTuple([typeOf(self), new PyTuple([]), (self as PyInstance).dict!]),
});
getter(namespaceType, "__dict__", (self) => (self as PyInstance).dict!);

function isNamespace(t: PyType): boolean {
  return t.mro.includes(namespaceType);
}
void state;
