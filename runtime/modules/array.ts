// array (CPython 3.11 Modules/arraymodule.c): typed arrays of numbers or characters. Items are
// kept as Python values checked and converted on the way in exactly as the C item setters do
// (range errors and their messages per typecode, float32 rounding for 'f'); the machine
// representation (native sizes of 64-bit Linux, little-endian) appears only where bytes are
// asked for: tobytes/frombytes, byteswap, the buffer protocol (bytes(a), memoryview(a)).
import { None, NotImplemented, PyBaseException, PyByteArray, PyBytes, PyDict, PyFloat, PyHeap, PyList, PyNativeIterator, PyObject, PySlice, PyTuple, PyType } from "../objects/core.js";
import { classMethod, getter, methods, setNew } from "../objects/define.js";
import { excType, indexError, newException, OverflowErrorType, typeError, valueError } from "../objects/exceptions.js";
import { normBig } from "../objects/int.js";
import { asFloat, asInt } from "../objects/operators.js";
import { call, Cmp, eq, getAttr, getIter, index, isSubtype, iterNext, objectId, repr, typeOf } from "../objects/protocol.js";
import { asDouble } from "./math.js";
import { compare } from "../objects/operators.js";
import { addIteratorPickling, exactArgs, rangeArgs, asIndexForSubscript, isIndexable, reduceAt, reduceExhausted, sliceIndices, stateIndex } from "../objects/slice.js";
import { repeatCount } from "../objects/tuple.js";
import { makeGenericAlias } from "../objects/generic-alias.js";
import { importModule, registerBuiltinModule } from "../interp/imports.js";
import { iteratorType, moduleType } from "./functional-util.js";
import { defFunction, needBytes } from "./small-util.js";

const TYPECODES = "bBuhHiIlLqQfd";
const SIZES: Record<string, number> = { b: 1, B: 1, u: 4, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8 };

/** [min, max, below-min message, above-max message] for the integer typecodes */
const LONG = "Python int too large to convert to C long";
const ULONG = "Python int too large to convert to C unsigned long";
const INT_RULES: Record<string, [bigint, bigint, string, string]> = {
  b: [-128n, 127n, "signed char is less than minimum", "signed char is greater than maximum"],
  B: [0n, 255n, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"],
  h: [-32768n, 32767n, "signed short integer is less than minimum", "signed short integer is greater than maximum"],
  H: [0n, 65535n, "unsigned short is less than minimum", "unsigned short is greater than maximum"],
  i: [-(2n ** 31n), 2n ** 31n - 1n, "signed integer is less than minimum", "signed integer is greater than maximum"],
  I: [0n, 2n ** 32n - 1n, "can't convert negative value to unsigned int", "unsigned int is greater than maximum"],
  l: [-(2n ** 63n), 2n ** 63n - 1n, LONG, LONG],
  L: [0n, 2n ** 64n - 1n, "can't convert negative value to unsigned int", ULONG],
  q: [-(2n ** 63n), 2n ** 63n - 1n, "int too big to convert", "int too big to convert"],
  Q: [0n, 2n ** 64n - 1n, "can't convert negative int to unsigned", "int too big to convert"],
};

export class PyArray implements PyHeap {
  dict: PyDict | null = null;
  constructor(
    public cls: PyType,
    readonly code: string,
    public items: PyObject[],
  ) {}
  get itemsize(): number {
    return SIZES[this.code];
  }
  /** the buffer protocol: the items in machine representation */
  bufferBytes(): Uint8Array {
    return pack(this.code, this.items);
  }
  bufferFormat(): string {
    return this.code === "u" ? "w" : this.code;
  }
}

function overflow(msg: string): never {
  throw newException(OverflowErrorType, msg);
}

/** An item converted for typecode `code`, with the C setters' checks. */
function toItem(code: string, v: PyObject): PyObject {
  if (code === "u") {
    if (typeof v !== "string" || [...v].length !== 1) throw typeError("array item must be unicode character");
    return v;
  }
  if (code === "f" || code === "d") {
    // PyFloat_AsDouble: floats, __float__, __index__
    const x = asDouble(v);
    return new PyFloat(code === "f" ? Math.fround(x) : x);
  }
  // PyNumber_Index semantics: ints and objects with __index__ (not __int__)
  const n = asInt(v) ?? index(v);
  const b = BigInt(n);
  const [min, max, low, high] = INT_RULES[code];
  // values a C long cannot hold fail that conversion first (for the small typecodes)
  if ("bBhHi".includes(code) && (b < -(2n ** 63n) || b >= 2n ** 63n)) overflow(LONG);
  if (b < min) overflow(low);
  if (b > max) overflow(high);
  return typeof n === "boolean" ? (n ? 1 : 0) : normBig(b);
}

function pack(code: string, items: PyObject[]): Uint8Array {
  const size = SIZES[code];
  const out = new Uint8Array(items.length * size);
  const dv = new DataView(out.buffer);
  items.forEach((v, i) => {
    const at = i * size;
    switch (code) {
      case "f": dv.setFloat32(at, (v as PyFloat).value, true); break;
      case "d": dv.setFloat64(at, (v as PyFloat).value, true); break;
      case "u": dv.setUint32(at, (v as string).codePointAt(0)!, true); break;
      default: {
        const b = BigInt(v as number | bigint);
        if (size === 1) out[at] = Number(BigInt.asUintN(8, b));
        else if (size === 2) dv.setUint16(at, Number(BigInt.asUintN(16, b)), true);
        else if (size === 4) dv.setUint32(at, Number(BigInt.asUintN(32, b)), true);
        else dv.setBigUint64(at, BigInt.asUintN(64, b), true);
      }
    }
  });
  return out;
}

function unpack(code: string, data: Uint8Array): PyObject[] {
  const size = SIZES[code];
  if (data.length % size !== 0) throw valueError("bytes length not a multiple of item size");
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: PyObject[] = [];
  for (let at = 0; at < data.length; at += size) {
    switch (code) {
      case "b": out.push(dv.getInt8(at)); break;
      case "B": out.push(dv.getUint8(at)); break;
      case "h": out.push(dv.getInt16(at, true)); break;
      case "H": out.push(dv.getUint16(at, true)); break;
      case "i": out.push(dv.getInt32(at, true)); break;
      case "I": out.push(dv.getUint32(at, true)); break;
      case "l": case "q": out.push(normBig(dv.getBigInt64(at, true))); break;
      case "L": case "Q": out.push(normBig(dv.getBigUint64(at, true))); break;
      case "f": out.push(new PyFloat(dv.getFloat32(at, true))); break;
      case "d": out.push(new PyFloat(dv.getFloat64(at, true))); break;
      case "u": {
        const cp = dv.getUint32(at, true);
        if (cp > 0x10ffff) throw valueError(`character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
        out.push(String.fromCodePoint(cp));
        break;
      }
    }
  }
  return out;
}

let arrayType: PyType;

function arr(x: PyObject): PyArray {
  if (!(x instanceof PyArray)) throw typeError(`descriptor requires a 'array.array' object but received a '${typeOf(x).name}'`);
  return x;
}

function make(cls: PyType, code: string, items: PyObject[]): PyArray {
  const a = new PyArray(cls, code, items);
  if (cls.hasDict) a.dict = new PyDict();
  return a;
}

/** extend from any iterable (an array must have the same typecode) */
function extend(a: PyArray, src: PyObject): void {
  if (src instanceof PyArray) {
    if (src.code !== a.code) throw typeError("can only extend with array of same kind");
    a.items.push(...src.items);
    return;
  }
  const it = getIter(src);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) a.items.push(toItem(a.code, v));
}

function normIndex(a: PyArray, key: PyObject, msg: string): number {
  let i = asIndexForSubscript(key);
  if (i < 0) i += a.items.length;
  if (i < 0 || i >= a.items.length) throw indexError(msg);
  return i;
}

function compareArrays(a: PyObject, b: PyObject, op: Cmp): PyObject {
  if (!(a instanceof PyArray) || !(b instanceof PyArray)) return NotImplemented;
  const x = a.items, y = b.items;
  if (x.length !== y.length && (op === Cmp.EQ || op === Cmp.NE)) return op === Cmp.NE;
  let i = 0;
  while (i < x.length && i < y.length && eq(x[i], y[i])) i++;
  if (i < x.length && i < y.length) {
    if (op === Cmp.EQ) return false;
    if (op === Cmp.NE) return true;
    return compare(x[i], y[i], op);
  }
  const d = x.length - y.length;
  switch (op) {
    case Cmp.LT: return d < 0;
    case Cmp.LE: return d <= 0;
    case Cmp.EQ: return d === 0;
    case Cmp.NE: return d !== 0;
    case Cmp.GT: return d > 0;
    default: return d >= 0;
  }
}

function defineArrayType(): PyType {
  const t = moduleType("array", "array", { doc: "array(typecode [, initializer]) -> array" });
  t.alloc = (cls) => make(cls, "b", []);
  setNew(t, (cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) {
      // a subclass may take keywords (for its __init__); array_new ignores them
      if (cls === t) throw typeError("array.array() takes no keyword arguments");
      args = args.slice(0, args.length - kwnames.length);
    }
    if (args.length < 1 || args.length > 2) throw typeError(`array() takes at most 2 arguments (${args.length} given)`);
    const code = args[0];
    if (typeof code !== "string" || code.length !== 1) throw typeError(`array() argument 1 must be a unicode character, not ${typeOf(code).name}`);
    if (!TYPECODES.includes(code)) throw valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    const a = make(cls, code, []);
    const init = args[1];
    if (init === undefined) return a;
    if (typeof init === "string") {
      if (code !== "u") throw typeError(`cannot use a str to initialize an array with typecode '${code}'`);
      a.items = [...init];
    } else if (init instanceof PyBytes) a.items = unpack(code, init.bytes);
    else if (init instanceof PyByteArray) a.items = unpack(code, init.bytes.slice(0, init.length));
    else if (init instanceof PyArray && init.code === "u" && code !== "u") throw typeError(`cannot use a unicode array to initialize an array with typecode '${code}'`);
    // another array of another typecode is read item by item, converted (CPython's array_new)
    else if (init instanceof PyArray && init.code !== code) for (const v of init.items) a.items.push(toItem(code, v));
    else extend(a, init);
    return a;
  });
  methods(t, {
    __len__: (s) => arr(s).items.length,
    __getitem__: (s, args) => {
      const a = arr(s);
      const key = args[0];
      if (key instanceof PySlice) {
        const [start, , step, n] = sliceIndices(key, a.items.length);
        const out: PyObject[] = [];
        for (let k = 0, i = start; k < n; k++, i += step) out.push(a.items[i]);
        return make(arrayType, a.code, out);
      }
      if (!isIndexable(key)) throw typeError("array indices must be integers");
      return a.items[normIndex(a, key, "array index out of range")];
    },
    __setitem__: (s, args) => {
      const a = arr(s);
      const [key, value] = args;
      if (key instanceof PySlice) {
        if (!(value instanceof PyArray)) throw typeError(`can only assign array (not "${typeOf(value).name}") to array slice`);
        if (value.code !== a.code) throw typeError("bad argument type for built-in operation");
        const src = [...value.items];
        const [start, stop, step, n] = sliceIndices(key, a.items.length);
        if (step === 1) {
          a.items.splice(start, Math.max(0, stop - start), ...src);
          return None;
        }
        if (src.length !== n) throw valueError(`attempt to assign array of size ${src.length} to extended slice of size ${n}`);
        for (let k = 0, i = start; k < n; k++, i += step) a.items[i] = src[k];
        return None;
      }
      if (!isIndexable(key)) throw typeError("array indices must be integers");
      a.items[normIndex(a, key, "array assignment index out of range")] = toItem(a.code, value);
      return None;
    },
    __delitem__: (s, args) => {
      const a = arr(s);
      const key = args[0];
      if (key instanceof PySlice) {
        const [start, , step, n] = sliceIndices(key, a.items.length);
        const drop = new Set<number>();
        for (let k = 0, i = start; k < n; k++, i += step) drop.add(i);
        a.items = a.items.filter((_, i) => !drop.has(i));
        return None;
      }
      a.items.splice(normIndex(a, key, "array assignment index out of range"), 1);
      return None;
    },
    __contains__: (s, args) => arr(s).items.some((v) => eq(v, args[0])),
    __iter__: (s) => {
      const a = arr(s);
      let i = 0; // Infinity once next() found the end (CPython drops the array then)
      if (iterType === null) {
        iterType = iteratorType("arrayiterator", "array", { final: true });
        addIteratorPickling(iterType, { setState: true });
      }
      const it = new PyNativeIterator(iterType, () => {
        if (i < a.items.length) return a.items[i++];
        i = Infinity;
        return undefined;
      });
      it.iterState = {
        reduce: () => (i === Infinity ? reduceExhausted(new PyTuple([])) : reduceAt(a, i)),
        setState: (st) => {
          const v = stateIndex(st, 0, a.items.length);
          if (i !== Infinity) i = v;
        },
      };
      return it;
    },
    __add__: (s, args) => {
      const a = arr(s);
      const o = args[0];
      if (!(o instanceof PyArray)) throw typeError(`can only append array (not "${typeOf(o).name}") to array`);
      if (o.code !== a.code) throw typeError("bad argument type for built-in operation");
      return make(arrayType, a.code, [...a.items, ...o.items]);
    },
    __iadd__: (s, args) => {
      const a = arr(s);
      const o = args[0];
      if (!(o instanceof PyArray)) throw typeError(`can only extend array with array (not "${typeOf(o).name}")`);
      if (o.code !== a.code) throw typeError("can only extend with array of same kind");
      a.items.push(...o.items);
      return s;
    },
    __mul__: (s, args) => {
      const n = repeatCount(args[0]);
      if (n === null) return NotImplemented;
      const a = arr(s);
      const out: PyObject[] = [];
      for (let k = 0; k < n; k++) out.push(...a.items);
      return make(arrayType, a.code, out);
    },
    __rmul__: (s, args) => {
      const n = repeatCount(args[0]);
      if (n === null) return NotImplemented;
      const a = arr(s);
      const out: PyObject[] = [];
      for (let k = 0; k < n; k++) out.push(...a.items);
      return make(arrayType, a.code, out);
    },
    __imul__: (s, args) => {
      const n = repeatCount(args[0]);
      if (n === null) return NotImplemented;
      const a = arr(s);
      const once = a.items;
      a.items = [];
      for (let k = 0; k < n; k++) a.items.push(...once);
      return s;
    },
    __eq__: (s, args) => compareArrays(s, args[0], Cmp.EQ),
    __ne__: (s, args) => compareArrays(s, args[0], Cmp.NE),
    __lt__: (s, args) => compareArrays(s, args[0], Cmp.LT),
    __le__: (s, args) => compareArrays(s, args[0], Cmp.LE),
    __gt__: (s, args) => compareArrays(s, args[0], Cmp.GT),
    __ge__: (s, args) => compareArrays(s, args[0], Cmp.GE),
    __repr__: (s) => {
      const a = arr(s);
      const name = typeOf(s).name;
      if (a.items.length === 0) return `${name}('${a.code}')`;
      if (a.code === "u") return `${name}('u', ${repr(a.items.join(""))})`;
      return `${name}('${a.code}', ${repr(new PyList(a.items))})`;
    },
    __copy__: (s, args, kw) => {
      exactArgs("array.__copy__", args, kw, 0);
      return make(arrayType, arr(s).code, [...arr(s).items]);
    },
    __deepcopy__: (s, args, kw) => {
      exactArgs("array.__deepcopy__", args, kw, 1);
      return make(arrayType, arr(s).code, [...arr(s).items]);
    },
    __reduce_ex__: (s, args, kw) => {
      exactArgs("array.__reduce_ex__", args, kw, 1);
      return reduceEx(arr(s), args[0]);
    },
    append: (s, args, kw) => {
      exactArgs("array.append", args, kw, 1);
      arr(s).items.push(toItem(arr(s).code, args[0]));
      return None;
    },
    extend: (s, args, kw) => {
      // a METH_METHOD clinic function: worded as a positional-parameter count
      if ((kw?.length ?? 0) > 0) throw typeError("extend() takes no keyword arguments");
      if (args.length !== 1) throw typeError(`extend() takes exactly 1 positional argument (${args.length} given)`);
      extend(arr(s), args[0]);
      return None;
    },
    insert: (s, args, kw) => {
      rangeArgs("insert", "array.insert", args, kw, 2, 2);
      const a = arr(s);
      let i = Number(asIndexForSubscript(args[0]));
      const n = a.items.length;
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      a.items.splice(i, 0, toItem(a.code, args[1]));
      return None;
    },
    pop: (s, args, kw) => {
      rangeArgs("pop", "array.pop", args, kw, 0, 1);
      const a = arr(s);
      if (a.items.length === 0) throw indexError("pop from empty array");
      const i = args.length === 0 ? a.items.length - 1 : normIndex(a, args[0], "pop index out of range");
      return a.items.splice(i, 1)[0];
    },
    remove: (s, args, kw) => {
      exactArgs("array.remove", args, kw, 1);
      const a = arr(s);
      const i = a.items.findIndex((v) => eq(v, args[0]));
      if (i < 0) throw valueError("array.remove(x): x not in array");
      a.items.splice(i, 1);
      return None;
    },
    index: (s, args, kw) => {
      rangeArgs("index", "array.index", args, kw, 1, 3);
      const a = arr(s);
      const n = a.items.length;
      const clamp = (x: PyObject | undefined, d: number) => {
        if (x === undefined) return d;
        let i = Number(asIndexForSubscript(x));
        if (i < 0) i = Math.max(0, i + n);
        return Math.min(i, n);
      };
      const start = clamp(args[1], 0);
      const stop = clamp(args[2], n);
      for (let i = start; i < stop; i++) if (eq(a.items[i], args[0])) return i;
      throw valueError("array.index(x): x not in array");
    },
    count: (s, args, kw) => {
      exactArgs("array.count", args, kw, 1);
      return arr(s).items.filter((v) => eq(v, args[0])).length;
    },
    reverse: (s, args, kw) => {
      exactArgs("array.reverse", args, kw, 0);
      arr(s).items.reverse();
      return None;
    },
    buffer_info: (s, args, kw) => {
      exactArgs("array.buffer_info", args, kw, 0);
      return new PyTuple([objectId(s), arr(s).items.length]);
    },
    byteswap: (s, args, kw) => {
      exactArgs("array.byteswap", args, kw, 0);
      const a = arr(s);
      const size = a.itemsize;
      const b = pack(a.code, a.items);
      for (let at = 0; at < b.length; at += size) b.subarray(at, at + size).reverse();
      a.items = unpack(a.code, b);
      return None;
    },
    tobytes: (s, args, kw) => {
      exactArgs("array.tobytes", args, kw, 0);
      return new PyBytes(arr(s).bufferBytes());
    },
    frombytes: (s, args, kw) => {
      exactArgs("array.frombytes", args, kw, 1);
      const a = arr(s);
      a.items.push(...unpack(a.code, needBytes(args[0]).slice()));
      return None;
    },
    // fromfile(f, n): n items read from f.read(); EOFError (after keeping whole items) when short
    fromfile: (s, args) => {
      const a = arr(s);
      if (args.length !== 2) throw typeError(`fromfile() takes exactly 2 arguments (${args.length} given)`);
      const n = Number(asInt(args[1]) ?? NaN);
      if (!Number.isFinite(n)) throw typeError(`'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
      if (n < 0) throw valueError("negative count");
      const nbytes = n * a.itemsize;
      const data = call(getAttr(args[0], "read"), [nbytes]);
      if (!(data instanceof PyBytes)) throw typeError("read() didn't return bytes");
      const whole = data.bytes.length - (data.bytes.length % a.itemsize);
      a.items.push(...unpack(a.code, data.bytes.slice(0, whole)));
      if (data.bytes.length !== nbytes) throw newException(excType("EOFError"), "read() didn't return enough bytes");
      return None;
    },
    tofile: (s, args) => {
      if (args.length !== 1) throw typeError(`tofile() takes exactly one argument (${args.length} given)`);
      const bytes = arr(s).bufferBytes();
      // in blocks of 64 KiB, as CPython writes them
      for (let i = 0; i < bytes.length || i === 0; i += 65536) {
        if (bytes.length === 0) break;
        call(getAttr(args[0], "write"), [new PyBytes(bytes.slice(i, i + 65536))]);
      }
      return None;
    },
    tolist: (s, args, kw) => {
      exactArgs("array.tolist", args, kw, 0);
      return new PyList([...arr(s).items]);
    },
    fromlist: (s, args, kw) => {
      exactArgs("array.fromlist", args, kw, 1);
      const a = arr(s);
      if (!(args[0] instanceof PyList)) throw typeError("arg must be list");
      const conv = args[0].items.map((v) => toItem(a.code, v));
      a.items.push(...conv);
      return None;
    },
    tounicode: (s, args, kw) => {
      exactArgs("array.tounicode", args, kw, 0);
      const a = arr(s);
      if (a.code !== "u") throw valueError("tounicode() may only be called on unicode type arrays");
      return a.items.join("");
    },
    fromunicode: (s, args, kw) => {
      exactArgs("array.fromunicode", args, kw, 1);
      const a = arr(s);
      if (a.code !== "u") throw valueError("fromunicode() may only be called on unicode type arrays");
      if (typeof args[0] !== "string") throw typeError(`fromunicode() argument must be str, not ${typeOf(args[0]).name}`);
      a.items.push(...args[0]);
      return None;
    },
  });
  t.dict.map.set("__hash__", None);
  classMethod(t, "__class_getitem__", (cls, args) => makeGenericAlias(cls, args[0]));
  getter(t, "typecode", (s) => arr(s).code);
  getter(t, "itemsize", (s) => arr(s).itemsize);
  return t;
}

let iterType: PyType | null = null;

registerBuiltinModule("array", (m) => {
  arrayType = defineArrayType();
  m.dict.map.set("array", arrayType);
  m.dict.map.set("ArrayType", arrayType);
  m.dict.map.set("typecodes", TYPECODES);
  defFunction(m, "_array_reconstructor", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("_array_reconstructor() takes no keyword arguments");
    if (args.length !== 4) throw typeError(`_array_reconstructor expected 4 arguments, got ${args.length}`);
    return reconstruct(args[0], args[1], args[2], args[3]);
  });
  arrayReconstructor = m.dict.map.get("_array_reconstructor")!;
  // array_modexec: arrays are MutableSequences
  call(getAttr(getAttr(importModule("collections.abc"), "MutableSequence"), "register"), [arrayType]);
});

// ---------------------------------------------------------------------------------------------
// Pickling (array_array___reduce_ex__ and array__array_reconstructor): from protocol 3 the
// items travel as machine bytes with a machine format code

let arrayReconstructor: PyObject = None;

// CPython's enum machine_format_code
const MF = {
  UNSIGNED_INT8: 0, SIGNED_INT8: 1, UNSIGNED_INT16_LE: 2, UNSIGNED_INT16_BE: 3, SIGNED_INT16_LE: 4,
  SIGNED_INT16_BE: 5, UNSIGNED_INT32_LE: 6, UNSIGNED_INT32_BE: 7, SIGNED_INT32_LE: 8, SIGNED_INT32_BE: 9,
  UNSIGNED_INT64_LE: 10, UNSIGNED_INT64_BE: 11, SIGNED_INT64_LE: 12, SIGNED_INT64_BE: 13,
  IEEE_754_FLOAT_LE: 14, IEEE_754_FLOAT_BE: 15, IEEE_754_DOUBLE_LE: 16, IEEE_754_DOUBLE_BE: 17,
  UTF16_LE: 18, UTF16_BE: 19, UTF32_LE: 20, UTF32_BE: 21,
};
/** each typecode's machine format on this (64-bit little-endian Linux) build */
const TYPECODE_MF: Record<string, number> = {
  b: MF.SIGNED_INT8, B: MF.UNSIGNED_INT8, u: MF.UTF32_LE, h: MF.SIGNED_INT16_LE, H: MF.UNSIGNED_INT16_LE,
  i: MF.SIGNED_INT32_LE, I: MF.UNSIGNED_INT32_LE, l: MF.SIGNED_INT64_LE, L: MF.UNSIGNED_INT64_LE,
  q: MF.SIGNED_INT64_LE, Q: MF.UNSIGNED_INT64_LE, f: MF.IEEE_754_FLOAT_LE, d: MF.IEEE_754_DOUBLE_LE,
};

function reduceEx(a: PyArray, protocolArg: PyObject): PyObject {
  const protocol = asInt(protocolArg) ?? index(protocolArg);
  let dict: PyObject = None;
  try {
    dict = getAttr(a, "__dict__");
  } catch (e) {
    if (!(e instanceof PyBaseException && isSubtype(e.cls, excType("AttributeError")))) throw e;
  }
  if (Number(protocol) < 3) return new PyTuple([typeOf(a), new PyTuple([a.code, new PyList([...a.items])]), dict]);
  return new PyTuple([arrayReconstructor, new PyTuple([typeOf(a), a.code, TYPECODE_MF[a.code], new PyBytes(a.bufferBytes())]), dict]);
}

function reconstruct(arraytype: PyObject, typecodeArg: PyObject, mformatArg: PyObject, items: PyObject): PyObject {
  if (!(arraytype instanceof PyType)) throw typeError(`first argument must be a type object, not ${typeOf(arraytype).name}`);
  if (!isSubtype(arraytype, arrayType)) throw typeError(`${arraytype.name} is not a subtype of array.array`);
  if (typeof typecodeArg !== "string" || [...typecodeArg].length !== 1)
    throw typeError(`_array_reconstructor() argument 2 must be a unicode character, not ${typeOf(typecodeArg).name}`);
  const mformatInt = asInt(mformatArg);
  if (mformatInt === undefined) throw typeError(`'${typeOf(mformatArg).name}' object cannot be interpreted as an integer`);
  let typecode = typecodeArg;
  if (!TYPECODES.includes(typecode)) throw valueError("second argument must be a valid type code");
  const mformat = Number(mformatInt);
  if (mformat < MF.UNSIGNED_INT8 || mformat > MF.UTF32_BE) throw valueError("third argument must be a valid machine format code.");
  if (!(items instanceof PyBytes)) throw typeError(`fourth argument should be bytes, not ${typeOf(items).name}`);
  const make = (init: PyObject) => call(arraytype, [typecode, init]);
  if (mformat === TYPECODE_MF[typecode]) return make(items);
  const data = items.bytes;
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: PyObject[] = [];
  if (mformat === MF.IEEE_754_FLOAT_LE || mformat === MF.IEEE_754_FLOAT_BE) {
    for (let at = 0; at + 4 <= data.length; at += 4) out.push(new PyFloat(dv.getFloat32(at, mformat === MF.IEEE_754_FLOAT_LE)));
    return make(new PyList(out));
  }
  if (mformat === MF.IEEE_754_DOUBLE_LE || mformat === MF.IEEE_754_DOUBLE_BE) {
    for (let at = 0; at + 8 <= data.length; at += 8) out.push(new PyFloat(dv.getFloat64(at, mformat === MF.IEEE_754_DOUBLE_LE)));
    return make(new PyList(out));
  }
  if (mformat >= MF.UTF16_LE) {
    const encoding = ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"][mformat - MF.UTF16_LE];
    return make(call(getAttr(items, "decode"), [encoding]));
  }
  // integers: the widest-listed integer typecode of that size and signedness
  const size = [1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8][mformat];
  const signed = [false, true, false, false, true, true, false, false, true, true, false, false, true, true][mformat];
  const little = mformat < 2 || mformat % 2 === 0;
  for (const c of "bBhHiIlLqQ") if (SIZES[c] === size && (c === c.toLowerCase()) === signed) typecode = c;
  for (let at = 0; at + size <= data.length; at += size) {
    let v = 0n;
    for (let k = 0; k < size; k++) v = (v << 8n) | BigInt(data[little ? at + size - 1 - k : at + k]);
    if (signed) v = BigInt.asIntN(size * 8, v);
    out.push(normBig(v));
  }
  return make(new PyList(out));
}
