// types.GenericAlias: what `list[int]` evaluates to (PEP 585), and __class_getitem__ on the
// builtin generic types.
import { builtinType, Ellipsis, objectType, PyHeap, PyObject, PyTuple, PyType, None, NotImplemented, dictType, listType, tupleType, setType, frozensetType, typeType } from "./core.js";
import { classMethod, getter, methods, setNew } from "./define.js";
import { call, eq, getAttr, hash, repr, typeOf } from "./protocol.js";
import { registerValueHashedType } from "./hashtable.js";
import { nativeIteratorType } from "./slice.js";
import { PyNativeIterator } from "./core.js";

export const genericAliasType = builtinType("GenericAlias", objectType);
genericAliasType.dict.map.set("__module__", "types");

export class PyGenericAlias implements PyHeap {
  cls: PyType = genericAliasType;
  constructor(readonly origin: PyObject, readonly args: PyObject[], readonly starred = false) {}
}

function typeRepr(x: PyObject): string {
  if (x === None) return "None";
  if (x instanceof PyType) {
    const mod = x.dict.map.get("__module__");
    return x.isBuiltin || mod === "builtins" || typeof mod !== "string" ? x.qualname : `${mod}.${x.qualname}`;
  }
  if (x === Ellipsis) return "...";
  return repr(x);
}

export function makeGenericAlias(origin: PyObject, params: PyObject): PyGenericAlias {
  return new PyGenericAlias(origin, params instanceof PyTuple ? params.items : [params]);
}

const gaIteratorType = nativeIteratorType("generic_alias_iterator");

setNew(genericAliasType, (_cls, args) => makeGenericAlias(args[0], args[1]));
methods(genericAliasType, {
  __repr__: (self) => {
    const g = self as PyGenericAlias;
    const args = g.args.length === 0 ? "()" : g.args.map((a) => (a instanceof PyTuple && a.items.length === 0 ? "()" : typeRepr(a))).join(", ");
    return `${g.starred ? "*" : ""}${typeRepr(g.origin)}[${args}]`;
  },
  // `*tuple[int]`: iterating an alias gives it once, unpacked (PEP 646)
  __iter__: (self) => {
    const g = self as PyGenericAlias;
    let done = false;
    return new PyNativeIterator(gaIteratorType, () => {
      if (done) return undefined;
      done = true;
      return new PyGenericAlias(g.origin, g.args, true);
    });
  },
  __call__: (self, args, kw) => call((self as PyGenericAlias).origin, args, kw),
  __getitem__: (self, args) => makeGenericAlias((self as PyGenericAlias).origin, args[0]),
  __eq__: (self, args) => {
    const o = args[0];
    if (!(o instanceof PyGenericAlias)) return NotImplemented;
    const g = self as PyGenericAlias;
    return g.starred === o.starred && eq(g.origin, o.origin) && g.args.length === o.args.length && g.args.every((a, i) => eq(a, o.args[i]));
  },
  __hash__: (self) => hash((self as PyGenericAlias).origin) ^ (self as PyGenericAlias).args.length,
  __mro_entries__: (self) => new PyTuple([(self as PyGenericAlias).origin]),
  __getattr__: (self, args) => getAttr((self as PyGenericAlias).origin, args[0] as string),
});
getter(genericAliasType, "__origin__", (g) => (g as PyGenericAlias).origin);
getter(genericAliasType, "__args__", (g) => new PyTuple((g as PyGenericAlias).args));
getter(genericAliasType, "__parameters__", () => new PyTuple([]));
getter(genericAliasType, "__unpacked__", (g) => (g as PyGenericAlias).starred);

registerValueHashedType(genericAliasType);
for (const t of [listType, dictType, tupleType, setType, frozensetType, typeType]) {
  classMethod(t, "__class_getitem__", (cls, args) => makeGenericAlias(cls, args[0]));
}
void typeOf;
