// types.UnionType: what `int | None` evaluates to (PEP 604), as Objects/unionobject.c builds it:
// the operands' members flattened, duplicates dropped, None as NoneType, one member left
// means that member itself. isinstance/issubclass treat a union as the tuple of its members.
import { builtinType, noneType, None, NotImplemented, objectType, PyHeap, PyObject, PyTuple, PyType, typeType } from "./core.js";
import { getter, methods } from "./define.js";
import { eq, getAttrMaybe, hash, repr } from "./protocol.js";
import { genericAliasType, PyGenericAlias } from "./generic-alias.js";
import { registerValueHashedType } from "./hashtable.js";

export const unionType = builtinType("UnionType", objectType, undefined, { noSubclass: true });
unionType.dict.map.set("__module__", "types");

export class PyUnion implements PyHeap {
  cls: PyType = unionType;
  constructor(readonly args: PyObject[]) {}
}

/** What may stand on either side of `|` to make a union (unionobject.c is_unionable). */
function unionable(x: PyObject): boolean {
  return x === None || x instanceof PyType || x instanceof PyGenericAlias || x instanceof PyUnion;
}

function members(x: PyObject): PyObject[] {
  if (x instanceof PyUnion) return x.args;
  return [x === None ? noneType : x];
}

/** `a | b` for two unionable operands, else NotImplemented. */
export function unionOr(a: PyObject, b: PyObject): PyObject {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const out: PyObject[] = [];
  for (const m of [...members(a), ...members(b)]) {
    // a GenericAlias is compared by value (list[int] twice is one member), types by identity
    if (!out.some((o) => o === m || (m instanceof PyGenericAlias && o instanceof PyGenericAlias && eq(o, m)))) out.push(m);
  }
  return out.length === 1 ? out[0] : new PyUnion(out);
}

function memberRepr(x: PyObject): string {
  if (x === noneType) return "None";
  if (x instanceof PyType) {
    const mod = x.dict.map.get("__module__");
    return mod === "builtins" || typeof mod !== "string" ? x.qualname : `${mod}.${x.qualname}`;
  }
  return repr(x);
}

methods(unionType, {
  __repr__: (self) => (self as PyUnion).args.map(memberRepr).join(" | "),
  __or__: (self, args) => unionOr(self, args[0]),
  __ror__: (self, args) => unionOr(args[0], self),
  __eq__: (self, args) => {
    const o = args[0];
    if (!(o instanceof PyUnion)) return NotImplemented;
    const a = (self as PyUnion).args;
    return a.length === o.args.length && a.every((x) => o.args.some((y) => eq(x, y)));
  },
  // order-independent, as hash(frozenset(args)) is
  __hash__: (self) => (self as PyUnion).args.reduce<number>((h, a) => h ^ Number(BigInt.asIntN(52, BigInt(hash(a)))), 0x2f5a1),
});
getter(unionType, "__args__", (u) => new PyTuple((u as PyUnion).args));
getter(unionType, "__parameters__", (u) => {
  // the type variables of the members, in order, each once
  const ps: PyObject[] = [];
  for (const a of (u as PyUnion).args) {
    if (a instanceof PyType) continue;
    const p = getAttrMaybe(a, "__parameters__");
    if (p instanceof PyTuple) for (const x of p.items) if (!ps.includes(x)) ps.push(x);
  }
  return new PyTuple(ps);
});
registerValueHashedType(unionType);

// type.__or__ / __ror__ (NoneType's too: `None | int` reaches int.__ror__), and GenericAlias's
for (const t of [typeType, genericAliasType]) methods(t, {
  __or__: (self, args) => unionOr(self, args[0]),
  __ror__: (self, args) => unionOr(args[0], self),
});
