// _pickle.Pickler: writes the bytes CPython 3.11's C pickler (Modules/_pickle.c) writes for the
// same objects: its choice of opcodes per protocol, its memoization, its framing (a frame is
// committed once it reaches 64 KiB, at the end of an object's save, and frames shorter than 4
// bytes are dropped), batches of 1000 for APPENDS/SETITEMS/ADDITEMS, and its messages.
import {
  PyBaseException,
  Ellipsis,
  None,
  NotImplemented,
  PyBoxed,
  PyBuiltinFunction,
  PyByteArray,
  PyBytes,
  PyDict,
  PyFloat,
  PyHeap,
  PyList,
  PyModule,
  PyNativeIterator,
  PyObject,
  PySet,
  PyTuple,
  PyType,
  bytearrayType,
  bytesType,
  dictType,
  ellipsisType,
  frozensetType,
  functionType,
  listType,
  noneType,
  notImplementedType,
  setType,
  tupleType,
  typeType,
} from "../objects/core.js";
import { KeyErrorType, OverflowErrorType, UnicodeEncodeErrorType, newException, recursionError, runtimeError, typeError, valueError } from "../objects/exceptions.js";
import { setItems } from "../objects/hashtable.js";
import { call, getAttr, getIter, isSubtype, isTrue, iterNext, lookupType, objectId, repr, str, typeOf } from "../objects/protocol.js";
import { encodeStr } from "../objects/str.js";
import { floatRepr } from "../text/float-repr.js";
import { state } from "../interp/state.js";
import { importModule } from "../interp/imports.js";
import { isCallable } from "./functional-util.js";
import { PickleBufferObj } from "./pickle-buffer.js";
import { Op, compatAttr, copyregAttr, deepAttribute, dottedPath, lookupAttr, picklingError, tableGet } from "./pickle-common.js";

const FRAME_SIZE_MIN = 4;
const FRAME_SIZE_TARGET = 64 * 1024;
const FRAME_HEADER_SIZE = 9;
const BATCHSIZE = 1000;
const FAST_NESTING_LIMIT = 50;
const F64 = new Float64Array(1);
const F64_BYTES = new Uint8Array(F64.buffer);

/** A Pickler (or an instance of a Python subclass of it). */
export class PicklerObj implements PyHeap {
  dict: PyDict | null = null;
  out = new Uint8Array(256);
  len = 0;
  frameStart = -1;
  framing = false;
  write: PyObject | null = null;
  proto = 0;
  bin = 0;
  fast = 0;
  fastNesting = 0;
  fastMemo: Set<PyObject> | null = null;
  fixImports = false;
  memo = new Map<PyObject | StrIdentity, number>();
  /** what the memo keeps alive (CPython's memo holds the objects) */
  persId: PyObject | null = null;
  dispatchTable: PyObject | null = null;
  reducerOverride: PyObject | null = null;
  bufferCallback: PyObject | null = null;
  /** true once __init__ ran */
  ready = false;
  constructor(public cls: PyType) {}

  // --- output --------------------------------------------------------------------------------

  private grow(n: number): void {
    if (this.len + n <= this.out.length) return;
    let cap = this.out.length * 2;
    while (cap < this.len + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.out.subarray(0, this.len));
    this.out = next;
  }
  /** _Pickler_Write: reserves a frame header first when framing. */
  private reserve(n: number): number {
    if (this.framing && this.frameStart === -1) {
      this.grow(FRAME_HEADER_SIZE);
      this.frameStart = this.len;
      this.len += FRAME_HEADER_SIZE;
    }
    this.grow(n);
    const p = this.len;
    this.len += n;
    return p;
  }
  op(b: number): void {
    const p = this.reserve(1);
    this.out[p] = b;
  }
  op2(a: number, b: number): void {
    const p = this.reserve(2);
    this.out[p] = a;
    this.out[p + 1] = b;
  }
  bytes(b: Uint8Array): void {
    const p = this.reserve(b.length);
    this.out.set(b, p);
  }
  ascii(s: string): void {
    const p = this.reserve(s.length);
    for (let i = 0; i < s.length; i++) this.out[p + i] = s.charCodeAt(i);
  }
  opLe32(o: number, v: number): void {
    const p = this.reserve(5);
    const b = this.out;
    b[p] = o;
    b[p + 1] = v & 0xff;
    b[p + 2] = (v >>> 8) & 0xff;
    b[p + 3] = (v >>> 16) & 0xff;
    b[p + 4] = (v >>> 24) & 0xff;
  }
  commitFrame(): void {
    if (this.frameStart === -1) return;
    const frameLen = this.len - this.frameStart - FRAME_HEADER_SIZE;
    const q = this.frameStart;
    if (frameLen >= FRAME_SIZE_MIN) {
      this.out[q] = Op.FRAME;
      let x = frameLen;
      for (let i = 1; i <= 8; i++) {
        this.out[q + i] = x % 256;
        x = Math.floor(x / 256);
      }
    } else {
      this.out.copyWithin(q, q + FRAME_HEADER_SIZE, this.len);
      this.len -= FRAME_HEADER_SIZE;
    }
    this.frameStart = -1;
  }

  private opcodeBoundary(): void {
    if (!this.framing || this.frameStart === -1) return;
    const frameLen = this.len - this.frameStart - FRAME_HEADER_SIZE;
    if (frameLen >= FRAME_SIZE_TARGET) {
      this.commitFrame();
      if (this.write !== null) this.flushToFile();
    }
  }

  /** The output so far as bytes, emptying the buffer. */
  takeOutput(): Uint8Array {
    const b = this.out.slice(0, this.len);
    this.len = 0;
    this.frameStart = -1;
    return b;
  }
  flushToFile(): void {
    const b = this.takeOutput();
    call(this.write!, [new PyBytes(b)]);
  }

  /** _Pickler_write_bytes: a large payload goes outside any frame (and straight to the file). */
  private writeBytes(header: Uint8Array, data: Uint8Array, payload: PyObject | null): void {
    const bypass = data.length >= FRAME_SIZE_TARGET;
    const framing = this.framing;
    if (bypass) {
      this.commitFrame();
      this.framing = false;
    }
    this.bytes(header);
    if (bypass && this.write !== null) {
      this.flushToFile();
      call(this.write, [payload ?? new PyBytes(data)]);
    } else this.bytes(data);
    this.framing = framing;
  }

  // --- memo ----------------------------------------------------------------------------------

  memoPut(obj: PyObject | StrIdentity): void {
    if (this.fast) return;
    const idx = this.memo.size;
    this.memo.set(obj, idx);
    if (this.proto >= 4) this.op(Op.MEMOIZE);
    else if (!this.bin) this.ascii(`p${idx}\n`);
    else if (idx < 256) this.op2(Op.BINPUT, idx);
    else this.opLe32(Op.LONG_BINPUT, idx);
  }
  private memoGet(idx: number): void {
    if (!this.bin) this.ascii(`g${idx}\n`);
    else if (idx < 256) this.op2(Op.BINGET, idx);
    else this.opLe32(Op.LONG_BINGET, idx);
  }

  // --- dump ----------------------------------------------------------------------------------

  dump(obj: PyObject): void {
    this.reducerOverride = lookupAttr(this, "reducer_override") ?? null;
    if (this.proto >= 2) {
      this.op2(Op.PROTO, this.proto);
      if (this.proto >= 4) this.framing = true;
    }
    // the levels save() enters against the recursion limit are left as they are when an
    // exception goes through them, and undone here at once: a finally clause on every level
    // made unwinding a deep RecursionError cost one catch and rethrow per level
    const depth = state.depth;
    try {
      this.save(obj, false);
      this.op(Op.STOP);
      this.commitFrame();
    } finally {
      this.framing = false;
      state.depth = depth;
    }
  }

  /** save(); `memoKey` stands for the object's identity in the memo where that differs from its
   *  value (a str, whose identity this VM does not keep). */
  save(obj: PyObject, persSave: boolean, memoKey?: StrIdentity): void {
    this.saveInner(obj, persSave, memoKey);
    this.opcodeBoundary();
  }

  private saveInner(obj: PyObject, persSave: boolean, memoKey?: StrIdentity): void {
    if (!persSave && this.persId !== null && this.savePers(obj)) return;
    // atoms, never memoized
    switch (typeof obj) {
      case "boolean":
        if (this.proto >= 2) this.op(obj ? Op.NEWTRUE : Op.NEWFALSE);
        else this.ascii(obj ? "I01\n" : "I00\n");
        return;
      case "number":
      case "bigint":
        this.saveLong(obj);
        return;
    }
    if (obj === None) {
      this.op(Op.NONE);
      return;
    }
    const t = typeOf(obj);
    if (obj instanceof PyFloat) {
      this.saveFloat(obj.value);
      return;
    }
    const seen = this.memo.get(memoKey ?? obj);
    if (seen !== undefined) {
      this.memoGet(seen);
      return;
    }
    if (typeof obj === "string") {
      this.saveStr(obj, memoKey);
      return;
    }
    if (t === bytesType && obj instanceof PyBytes) return this.saveBytes(obj);
    // atoms, memoized objects, str and bytes do not count against the recursion limit
    enterRecursiveCall();
    this.saveDeep(obj, t);
    state.depth--;
  }

  private saveDeep(obj: PyObject, t: PyType): void {
    if (t === dictType && obj instanceof PyDict) return this.saveDict(obj);
    if (t === setType && obj instanceof PySet) return this.saveSet(obj);
    if (t === frozensetType && obj instanceof PySet) return this.saveFrozenset(obj);
    if (t === listType && obj instanceof PyList) return this.saveList(obj);
    if (t === tupleType && obj instanceof PyTuple) return this.saveTuple(obj);
    if (t === bytearrayType && obj instanceof PyByteArray) return this.saveByteArray(obj);
    if (obj instanceof PickleBufferObj) return this.savePickleBuffer(obj);

    let reduceValue: PyObject | undefined;
    if (this.reducerOverride !== null) {
      const r = call(this.reducerOverride, [obj]);
      if (r !== NotImplemented) reduceValue = r;
    }
    if (reduceValue === undefined) {
      if (t === typeType) return this.saveType(obj as PyType);
      if (t === functionType) return this.saveGlobal(obj, null);
      let reduceFunc: PyObject | undefined;
      if (this.dispatchTable === null) reduceFunc = tableGet(copyregAttr("dispatch_table"), "copyreg.dispatch_table", t);
      else {
        try {
          reduceFunc = call(getAttr(this.dispatchTable, "__getitem__"), [t]);
        } catch (e) {
          if (!(e instanceof PyBaseException && isSubtype(e.cls, KeyErrorType))) throw e;
        }
      }
      if (reduceFunc !== undefined) reduceValue = call(reduceFunc, [obj]);
      else if (isSubtype(t, typeType)) return this.saveGlobal(obj, null);
      else {
        const rex = lookupAttr(obj, "__reduce_ex__");
        if (rex !== undefined) reduceValue = call(rex, [this.proto]);
        else {
          const r = lookupAttr(obj, "__reduce__");
          if (r === undefined) throw picklingError(`can't pickle '${t.name}' object: ${repr(obj)}`);
          reduceValue = call(r, []);
        }
      }
    }
    if (typeof reduceValue === "string" || (reduceValue instanceof PyBoxed && typeof reduceValue.value === "string")) {
      return this.saveGlobal(obj, reduceValue);
    }
    if (!(reduceValue instanceof PyTuple)) throw picklingError("__reduce__ must return a string or tuple");
    this.saveReduce(reduceValue.items, obj);
  }

  private savePers(obj: PyObject): boolean {
    const pid = call(this.persId!, [obj]);
    if (pid === None) return false;
    if (this.bin) {
      this.save(pid, true);
      this.op(Op.BINPERSID);
    } else {
      const s = str(pid);
      for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) throw picklingError("persistent IDs in protocol 0 must be ASCII strings");
      this.ascii(`P${s}\n`);
    }
    return true;
  }

  private saveLong(v: number | bigint): void {
    if (typeof v === "number" && v >= -0x80000000 && v <= 0x7fffffff) {
      if (!this.bin) {
        this.ascii(`I${v}\n`);
      } else if (v >= 0 && v <= 0xff) this.op2(Op.BININT1, v);
      else if (v >= 0 && v <= 0xffff) {
        const p = this.reserve(3);
        this.out[p] = Op.BININT2;
        this.out[p + 1] = v & 0xff;
        this.out[p + 2] = v >> 8;
      } else this.opLe32(Op.BININT, v);
      return;
    }
    if (this.proto >= 2) {
      const bytes = encodeLong(BigInt(v));
      if (bytes.length < 256) this.op2(Op.LONG1, bytes.length);
      else this.opLe32(Op.LONG4, bytes.length);
      this.bytes(bytes);
      return;
    }
    this.ascii(`L${v.toString()}L\n`);
  }

  private saveFloat(x: number): void {
    if (this.bin) {
      const p = this.reserve(9);
      this.out[p] = Op.BINFLOAT;
      F64[0] = x;
      // big-endian
      for (let i = 0; i < 8; i++) this.out[p + 1 + i] = F64_BYTES[7 - i];
    } else this.ascii(`F${floatRepr(x)}\n`);
  }

  private saveBytes(obj: PyBytes): void {
    if (this.proto < 3) {
      // bytes did not exist before protocol 3: _codecs.encode(latin-1 text, "latin1")
      let reduce: PyObject[];
      if (obj.bytes.length === 0) reduce = [bytesType, new PyTuple([])];
      else {
        const text = latin1Text(obj.bytes);
        reduce = [getAttr(importModule("_codecs"), "encode"), new PyTuple([text, "latin1"])];
      }
      this.saveReduce(reduce, obj);
      return;
    }
    this.saveBytesData(obj.bytes, obj);
  }

  private saveBytesData(b: Uint8Array, obj: PyObject): void {
    const n = b.length;
    let header: Uint8Array;
    if (n <= 0xff) header = Uint8Array.of(Op.SHORT_BINBYTES, n);
    else if (n <= 0xffffffff) header = Uint8Array.of(Op.BINBYTES, n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
    else header = le64Header(Op.BINBYTES8, n);
    this.writeBytes(header, b, obj);
    this.memoPut(obj);
  }

  private saveByteArray(obj: PyByteArray): void {
    if (this.proto < 5) {
      const reduce = obj.length === 0 ? [typeOf(obj), new PyTuple([])] : [typeOf(obj), new PyTuple([new PyBytes(obj.bytes.slice(0, obj.length))])];
      this.saveReduce(reduce, obj);
      return;
    }
    const data = obj.bytes.slice(0, obj.length);
    this.writeBytes(le64Header(Op.BYTEARRAY8, data.length), data, null);
    this.memoPut(obj);
  }

  private savePickleBuffer(pb: PickleBufferObj): void {
    if (this.proto < 5) throw picklingError("PickleBuffer can only pickled with protocol >= 5");
    const readonly = pb.readonly;
    if (!pb.contiguous) throw picklingError("PickleBuffer can not be pickled when pointing to a non-contiguous buffer");
    let inBand = true;
    if (this.bufferCallback !== null) inBand = isTrue(call(this.bufferCallback, [pb]));
    if (inBand) {
      const data = pb.bufferBytes().slice();
      if (readonly) this.saveBytesData(data, pb);
      else {
        this.writeBytes(le64Header(Op.BYTEARRAY8, data.length), data, null);
        this.memoPut(pb);
      }
    } else {
      this.op(Op.NEXT_BUFFER);
      if (readonly) this.op(Op.READONLY_BUFFER);
    }
  }

  private saveStr(s: string, memoKey?: StrIdentity): void {
    if (this.bin) {
      const n0 = s.length;
      if (n0 <= 0xff && this.proto >= 4) {
        // short ASCII strings straight into the output
        let ascii = true;
        for (let i = 0; i < n0; i++)
          if (s.charCodeAt(i) >= 0x80) {
            ascii = false;
            break;
          }
        if (ascii) {
          const p = this.reserve(n0 + 2);
          const out = this.out;
          out[p] = Op.SHORT_BINUNICODE;
          out[p + 1] = n0;
          for (let i = 0; i < n0; i++) out[p + 2 + i] = s.charCodeAt(i);
          this.memoPut(memoKey ?? s);
          return;
        }
      }
      const b = encodeStr(s, "utf-8", "surrogatepass");
      const n = b.length;
      let header: Uint8Array;
      if (n <= 0xff && this.proto >= 4) header = Uint8Array.of(Op.SHORT_BINUNICODE, n);
      else if (n <= 0xffffffff) header = Uint8Array.of(Op.BINUNICODE, n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
      else if (this.proto >= 4) header = le64Header(Op.BINUNICODE8, n);
      else throw newException(OverflowErrorType, "serializing a string larger than 4 GiB requires pickle protocol 4 or higher");
      this.writeBytes(header, b, null);
    } else {
      this.op(Op.UNICODE);
      this.bytes(rawUnicodeEscape(s));
      this.op(0x0a);
    }
    this.memoPut(memoKey ?? s);
  }

  private saveTuple(obj: PyTuple): void {
    const items = obj.items;
    const n = items.length;
    if (n === 0) {
      if (this.proto) this.op(Op.EMPTY_TUPLE);
      else this.op2(Op.MARK, Op.TUPLE);
      return;
    }
    if (n <= 3 && this.proto >= 2) {
      for (const x of items) this.save(x, false);
      const seen = this.memo.get(obj);
      if (seen !== undefined) {
        for (let i = 0; i < n; i++) this.op(Op.POP);
        this.memoGet(seen);
        return;
      }
      this.op(n === 1 ? Op.TUPLE1 : n === 2 ? Op.TUPLE2 : Op.TUPLE3);
      this.memoPut(obj);
      return;
    }
    this.op(Op.MARK);
    for (const x of items) this.save(x, false);
    const seen = this.memo.get(obj);
    if (seen !== undefined) {
      if (this.bin) this.op(Op.POP_MARK);
      else for (let i = 0; i <= n; i++) this.op(Op.POP);
      this.memoGet(seen);
      return;
    }
    this.op(Op.TUPLE);
    this.memoPut(obj);
  }

  private fastEnter(obj: PyObject): void {
    if (this.fast && ++this.fastNesting >= FAST_NESTING_LIMIT) {
      this.fastMemo ??= new Set();
      if (this.fastMemo.has(obj)) {
        this.fastNesting = 0;
        throw valueError(`fast mode: can't pickle cyclic objects including object type ${typeOf(obj).name} at 0x${objectIdHex(obj)}`);
      }
      this.fastMemo.add(obj);
    }
  }
  private fastLeave(obj: PyObject): void {
    if (this.fast && this.fastNesting-- >= FAST_NESTING_LIMIT) this.fastMemo?.delete(obj);
  }

  private saveList(obj: PyList): void {
    this.fastEnter(obj);
    if (this.bin) this.op(Op.EMPTY_LIST);
    else this.op2(Op.MARK, Op.LIST);
    this.memoPut(obj);
    if (obj.items.length > 0) {
      // the elements are saved one level deeper (Py_EnterRecursiveCall around batch_list)
      enterRecursiveCall();
      this.batchListExact(obj);
      state.depth--;
    }
    this.fastLeave(obj);
  }

  /** batch_list_exact (protocol 0: one APPEND per item); the list may change meanwhile. */
  private batchListExact(obj: PyList): void {
    const items = obj.items;
    if (!this.bin || items.length === 1) {
      for (let i = 0; i < obj.items.length; i++) {
        this.save(obj.items[i], false);
        this.op(Op.APPEND);
      }
      return;
    }
    let i = 0;
    while (i < obj.items.length) {
      let k = 0;
      this.op(Op.MARK);
      while (i < obj.items.length && k < BATCHSIZE) {
        this.save(obj.items[i], false);
        i++;
        k++;
      }
      this.op(Op.APPENDS);
    }
  }

  /** batch_list over an iterator (reduce's listitems). */
  private batchList(it: PyObject): void {
    if (!this.bin) {
      for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
        this.save(x, false);
        this.op(Op.APPEND);
      }
      return;
    }
    let first = iterNext(it);
    if (first === undefined) return;
    let second = iterNext(it);
    if (second === undefined) {
      this.save(first, false);
      this.op(Op.APPEND);
      return;
    }
    for (;;) {
      this.op(Op.MARK);
      this.save(first, false);
      this.save(second, false);
      let n = 2;
      let next: PyObject | undefined;
      while (n < BATCHSIZE && (next = iterNext(it)) !== undefined) {
        this.save(next, false);
        n++;
      }
      this.op(Op.APPENDS);
      if (n < BATCHSIZE) return;
      first = iterNext(it);
      if (first === undefined) return;
      second = iterNext(it);
      if (second === undefined) {
        this.save(first, false);
        this.op(Op.APPEND);
        return;
      }
    }
  }

  private saveDict(obj: PyDict): void {
    this.fastEnter(obj);
    if (this.bin) this.op(Op.EMPTY_DICT);
    else this.op2(Op.MARK, Op.DICT);
    this.memoPut(obj);
    if (obj.map.size > 0) {
      const it = this.bin ? null : getIter(call(getAttr(obj, "items"), []));
      enterRecursiveCall();
      if (it === null) this.batchDictExact(obj);
      else this.batchDict(it);
      state.depth--;
    }
    this.fastLeave(obj);
  }

  private pair(kv: PyObject): [PyObject, PyObject] {
    if (!(kv instanceof PyTuple) || kv.items.length !== 2) throw typeError("dict items iterator must return 2-tuples");
    return [kv.items[0], kv.items[1]];
  }

  /** batch_dict over an items iterator (reduce's dictitems, dict subclasses, protocol 0). */
  private batchDict(it: PyObject): void {
    if (!this.bin) {
      for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
        const [k, v] = this.pair(x);
        this.save(k, false);
        this.save(v, false);
        this.op(Op.SETITEM);
      }
      return;
    }
    let first = iterNext(it);
    if (first === undefined) return;
    let second = iterNext(it);
    const one = (x: PyObject) => {
      const [k, v] = this.pair(x);
      this.save(k, false);
      this.save(v, false);
    };
    if (second === undefined) {
      one(first);
      this.op(Op.SETITEM);
      return;
    }
    for (;;) {
      this.op(Op.MARK);
      one(first);
      one(second);
      let n = 2;
      let next: PyObject | undefined;
      while (n < BATCHSIZE && (next = iterNext(it)) !== undefined) {
        one(next);
        n++;
      }
      this.op(Op.SETITEMS);
      if (n < BATCHSIZE) return;
      first = iterNext(it);
      if (first === undefined) return;
      second = iterNext(it);
      if (second === undefined) {
        one(first);
        this.op(Op.SETITEM);
        return;
      }
    }
  }

  private batchDictExact(d: PyDict): void {
    const size = d.map.size;
    const entries = d.map.entries();
    const keyOf = (k: unknown): PyObject => (d.keyObjs !== null ? (d.keyObjs.get(k) ?? (k as PyObject)) : (k as PyObject));
    if (size === 1) {
      const [k, v] = entries.next().value as [unknown, PyObject];
      this.save(keyOf(k), false);
      this.save(v, false);
      this.op(Op.SETITEM);
      return;
    }
    let n: number;
    do {
      n = 0;
      this.op(Op.MARK);
      for (let r = entries.next(); !r.done; r = entries.next()) {
        const [k, v] = r.value as [unknown, PyObject];
        this.save(keyOf(k), false);
        this.save(v, false);
        if (++n === BATCHSIZE) break;
      }
      this.op(Op.SETITEMS);
      if (d.map.size !== size) throw runtimeError("dictionary changed size during iteration");
    } while (n === BATCHSIZE);
  }

  private saveSet(obj: PySet): void {
    if (this.proto < 4) {
      this.saveReduce([setType, new PyTuple([new PyList(setItems(obj))])], obj);
      return;
    }
    this.op(Op.EMPTY_SET);
    this.memoPut(obj);
    const items = setItems(obj);
    const size = obj.used;
    if (size === 0) return;
    let i = 0;
    let k: number;
    do {
      this.op(Op.MARK);
      k = 0;
      while (i < items.length) {
        this.save(items[i++], false);
        if (++k === BATCHSIZE) break;
      }
      this.op(Op.ADDITEMS);
      if (obj.used !== size) throw runtimeError("set changed size during iteration");
    } while (k === BATCHSIZE);
  }

  private saveFrozenset(obj: PySet): void {
    if (this.proto < 4) {
      this.saveReduce([frozensetType, new PyTuple([new PyList(setItems(obj))])], obj);
      return;
    }
    this.op(Op.MARK);
    for (const x of setItems(obj)) this.save(x, false);
    const seen = this.memo.get(obj);
    if (seen !== undefined) {
      this.op(Op.POP_MARK);
      this.memoGet(seen);
      return;
    }
    this.op(Op.FROZENSET);
    this.memoPut(obj);
  }

  private saveType(t: PyType): void {
    if (t === noneType) return this.saveReduce([typeType, new PyTuple([None])], t);
    if (t === ellipsisType) return this.saveReduce([typeType, new PyTuple([Ellipsis])], t);
    if (t === notImplementedType) return this.saveReduce([typeType, new PyTuple([NotImplemented])], t);
    this.saveGlobal(t, null);
  }

  saveGlobal(obj: PyObject, name: PyObject | null): void {
    let globalName: string;
    if (name !== null) globalName = name instanceof PyBoxed ? (name.value as string) : (name as string);
    else {
      let q = lookupAttr(obj, "__qualname__");
      if (q === undefined) q = getAttr(obj, "__name__");
      if (typeof q !== "string") throw typeError(`attribute name must be string, not '${typeOf(q).name}'`);
      globalName = q;
    }
    const path = dottedPath(null, globalName);
    const moduleName = whichModule(obj, path);
    let module: PyObject;
    try {
      module = importModule(moduleName);
    } catch (e) {
      if (e instanceof PyBaseException) throw picklingError(`Can't pickle ${repr(obj)}: import of module ${repr(moduleName)} failed`);
      throw e;
    }
    let found: PyObject;
    let parent: PyObject;
    try {
      [found, parent] = deepAttribute(module, path);
    } catch (e) {
      if (e instanceof PyBaseException) throw picklingError(`Can't pickle ${repr(obj)}: attribute lookup ${globalName} on ${moduleName} failed`);
      throw e;
    }
    if (found !== obj) throw picklingError(`Can't pickle ${repr(obj)}: it's not the same object as ${moduleName}.${globalName}`);
    if (this.proto >= 2) {
      const code = tableGet(copyregAttr("_extension_registry"), "copyreg._extension_registry", new PyTuple([moduleName, globalName]));
      if (code !== undefined) {
        if (typeof code !== "number" && typeof code !== "bigint")
          throw picklingError(`Can't pickle ${repr(obj)}: extension code ${repr(code)} isn't an integer`);
        const c = Number(code);
        if (c <= 0 || c > 0x7fffffff) throw picklingError(`Can't pickle ${repr(obj)}: extension code ${c} is out of range`);
        if (c <= 0xff) this.op2(Op.EXT1, c);
        else if (c <= 0xffff) {
          const p = this.reserve(3);
          this.out[p] = Op.EXT2;
          this.out[p + 1] = c & 0xff;
          this.out[p + 2] = c >> 8;
        } else this.opLe32(Op.EXT4, c);
        return;
      }
    }
    const lastName = path[path.length - 1];
    if (parent === module) globalName = lastName;
    if (this.proto >= 4) {
      // which str objects CPython has here, as its memo tells them apart: a builtin function's
      // __module__ is its module's own name object, not the interned string the module's types
      // and Python code give; the __qualname__ of a builtin function or type is made afresh at
      // each access, so it matches no other str
      const builtinFn = obj instanceof PyBuiltinFunction && obj.self === null;
      const freshName = builtinFn || (obj instanceof PyType && obj.isBuiltin);
      this.save(moduleName, false, builtinFn ? moduleNameToken(moduleName) : undefined);
      this.save(globalName, false, freshName && parent === module ? new StrIdentity(globalName) : undefined);
      this.op(Op.STACK_GLOBAL);
    } else if (parent !== module) {
      this.saveReduce([getAttr(importModule("builtins"), "getattr"), new PyTuple([parent, lastName])], null);
    } else {
      let mod = moduleName;
      let nm = globalName;
      if (this.proto < 3 && this.fixImports) [mod, nm] = fixImportNames(mod, nm);
      const enc = this.proto >= 3 ? "utf-8" : "ascii";
      const encode = (s: string, what: string): Uint8Array => {
        try {
          return encodeStr(s, enc, "strict");
        } catch (e) {
          if (e instanceof PyBaseException && isSubtype(e.cls, UnicodeEncodeErrorType))
            throw picklingError(`can't pickle ${what} identifier '${s}' using pickle protocol ${this.proto}`);
          throw e;
        }
      };
      const mb = encode(mod, "module");
      const nb = encode(nm, "global");
      this.op(Op.GLOBAL);
      this.bytes(mb);
      this.op(0x0a);
      this.bytes(nb);
      this.op(0x0a);
    }
    this.memoPut(obj);
  }

  saveReduce(args: PyObject[], obj: PyObject | null): void {
    const size = args.length;
    if (size < 2 || size > 6) throw picklingError("tuple returned by __reduce__ must contain 2 through 6 elements");
    const callable = args[0];
    const argtup = args[1];
    const st: PyObject | null = size > 2 && args[2] !== None ? args[2] : null;
    const listitems: PyObject | null = size > 3 && args[3] !== None ? args[3] : null;
    const dictitems: PyObject | null = size > 4 && args[4] !== None ? args[4] : null;
    const stateSetter: PyObject | null = size > 5 && args[5] !== None ? args[5] : null;
    if (!isCallable(callable)) throw picklingError("first item of the tuple returned by __reduce__ must be callable");
    if (!(argtup instanceof PyTuple)) throw picklingError("second item of the tuple returned by __reduce__ must be a tuple");
    if (listitems !== null && !isIterator(listitems))
      throw picklingError(`fourth element of the tuple returned by __reduce__ must be an iterator, not ${typeOf(listitems).name}`);
    if (dictitems !== null && !isIterator(dictitems))
      throw picklingError(`fifth element of the tuple returned by __reduce__ must be an iterator, not ${typeOf(dictitems).name}`);
    if (stateSetter !== null && !isCallable(stateSetter))
      throw picklingError(`sixth element of the tuple returned by __reduce__ must be a function, not ${typeOf(stateSetter).name}`);
    let useNewobj = false;
    let useNewobjEx = false;
    if (this.proto >= 2) {
      const name = lookupAttr(callable, "__name__");
      if (name === "__newobj__") useNewobj = true;
      else if (name === "__newobj_ex__") useNewobjEx = true;
    }
    if (useNewobjEx) {
      const a = argtup.items;
      if (a.length !== 3) throw picklingError(`length of the NEWOBJ_EX argument tuple must be exactly 3, not ${a.length}`);
      const [cls, cargs, kwargs] = a;
      if (!(cls instanceof PyType)) throw picklingError(`first item from NEWOBJ_EX argument tuple must be a class, not ${typeOf(cls).name}`);
      if (!(cargs instanceof PyTuple)) throw picklingError(`second item from NEWOBJ_EX argument tuple must be a tuple, not ${typeOf(cargs).name}`);
      if (!(kwargs instanceof PyDict)) throw picklingError(`third item from NEWOBJ_EX argument tuple must be a dict, not ${typeOf(kwargs).name}`);
      if (this.proto >= 4) {
        this.save(cls, false);
        this.save(cargs, false);
        this.save(kwargs, false);
        this.op(Op.NEWOBJ_EX);
      } else {
        const clsNew = getAttr(cls, "__new__");
        const names: string[] = [];
        const vals: PyObject[] = [];
        for (const [k, v] of kwargs.map) {
          names.push(String(k));
          vals.push(v);
        }
        const partial = call(getAttr(importModule("functools"), "partial"), [clsNew, cls, ...cargs.items, ...vals], names.length > 0 ? names : null);
        this.save(partial, false);
        this.save(new PyTuple([]), false);
        this.op(Op.REDUCE);
      }
    } else if (useNewobj) {
      const a = argtup.items;
      if (a.length < 1) throw picklingError("__newobj__ arglist is empty");
      const cls = a[0];
      if (!(cls instanceof PyType)) throw picklingError("args[0] from __newobj__ args is not a type");
      if (obj !== null) {
        const objClass = getAttr(obj, "__class__");
        if (objClass !== cls) throw picklingError("args[0] from __newobj__ args has the wrong class");
      }
      this.save(cls, false);
      this.save(new PyTuple(a.slice(1)), false);
      this.op(Op.NEWOBJ);
    } else {
      this.save(callable, false);
      this.save(argtup, false);
      this.op(Op.REDUCE);
    }
    if (obj !== null) {
      const seen = this.memo.get(obj);
      if (seen !== undefined) {
        this.op(Op.POP);
        this.memoGet(seen);
      } else this.memoPut(obj);
    }
    if (listitems !== null) this.batchList(listitems);
    if (dictitems !== null) this.batchDict(dictitems);
    if (st !== null) {
      if (stateSetter === null) {
        this.save(st, false);
        this.op(Op.BUILD);
      } else {
        this.save(stateSetter, false);
        this.save(obj ?? None, false);
        this.save(st, false);
        this.op(Op.TUPLE2);
        this.op(Op.REDUCE);
        this.op(Op.POP);
      }
    }
  }
}

// --- helpers -------------------------------------------------------------------------------------

const objectIdHex = (x: PyObject): string => objectId(x).toString(16);

/** Py_EnterRecursiveCall(" while pickling an object"); the caller decrements state.depth when
 *  it returns normally (dump() restores it when an exception leaves). */
function enterRecursiveCall(): void {
  if (state.depth + 1 > state.recursionLimit) throw recursionError("maximum recursion depth exceeded while pickling an object");
  state.depth++;
}

/** A memo key for one particular str object, where this VM (whose str values have no identity)
 *  must tell apart strs that CPython memoizes apart (see saveGlobal). */
export class StrIdentity {
  constructor(readonly name: string) {}
}
const moduleNameTokens = new Map<string, StrIdentity>();
function moduleNameToken(name: string): StrIdentity {
  let t = moduleNameTokens.get(name);
  if (t === undefined) moduleNameTokens.set(name, (t = new StrIdentity(name)));
  return t;
}
/** The object a memo key stands for. */
export function memoObject(key: PyObject | StrIdentity): PyObject {
  return key instanceof StrIdentity ? key.name : key;
}

function isIterator(x: PyObject): boolean {
  if (x instanceof PyNativeIterator) return true;
  return typeof x === "object" && lookupType(typeOf(x), "__next__") !== undefined;
}

/** whichmodule: obj.__module__, else the module of sys.modules whose attribute it is. */
function whichModule(obj: PyObject, path: string[]): string {
  const m = lookupAttr(obj, "__module__");
  if (m !== undefined && m !== None) return m as string;
  const modules = getAttr(importModule("sys"), "modules");
  if (modules instanceof PyDict) {
    for (const [k, mod] of [...modules.map]) {
      if (typeof k !== "string" || k === "__main__" || k === "__mp_main__" || !(mod instanceof PyModule)) continue;
      try {
        if (deepAttribute(mod, path)[0] === obj) return k;
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
      }
    }
  }
  return "__main__";
}

function fixImportNames(mod: string, name: string): [string, string] {
  const key = new PyTuple([mod, name]);
  const mapped = tableGet(compatAttr("REVERSE_NAME_MAPPING"), "_compat_pickle.REVERSE_NAME_MAPPING", key);
  if (mapped !== undefined) {
    if (!(mapped instanceof PyTuple) || mapped.items.length !== 2)
      throw typeError(`_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not ${typeOf(mapped).name}`);
    const [m, n] = mapped.items;
    if (typeof m !== "string" || typeof n !== "string")
      throw typeError(`_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not (${typeOf(m).name}, ${typeOf(n).name})`);
    return [m, n];
  }
  const m = tableGet(compatAttr("REVERSE_IMPORT_MAPPING"), "_compat_pickle.REVERSE_IMPORT_MAPPING", mod);
  if (m !== undefined) {
    if (typeof m !== "string") throw typeError(`_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not ${typeOf(m).name}`);
    return [m, name];
  }
  return [mod, name];
}

function le64Header(op: number, n: number): Uint8Array {
  const h = new Uint8Array(9);
  h[0] = op;
  let x = n;
  for (let i = 1; i <= 8; i++) {
    h[i] = x % 256;
    x = Math.floor(x / 256);
  }
  return h;
}

/** Little-endian two's complement in the fewest bytes (encode_long). */
function encodeLong(v: bigint): Uint8Array {
  if (v === 0n) return new Uint8Array(0);
  const out: number[] = [];
  let x = v;
  for (;;) {
    const byte = Number(x & 0xffn);
    out.push(byte);
    x >>= 8n;
    if ((x === 0n && (byte & 0x80) === 0) || (x === -1n && (byte & 0x80) !== 0)) break;
  }
  return Uint8Array.from(out);
}

function latin1Text(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, Math.min(b.length, i + 4096))));
  return s;
}

/** The UNICODE opcode's escaping: latin-1 bytes, \uXXXX / \UXXXXXXXX beyond, and the characters
 *  that would break the line (\\, \0, \n, \r, \x1a) escaped too. */
function rawUnicodeEscape(s: string): Uint8Array {
  const out: number[] = [];
  const hex = (v: number, w: number) => {
    const h = v.toString(16).padStart(w, "0");
    for (let i = 0; i < h.length; i++) out.push(h.charCodeAt(i));
  };
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x10000) {
      out.push(0x5c, 0x55);
      hex(cp, 8);
    } else if (cp >= 0x100 || cp === 0x5c || cp === 0 || cp === 0x0a || cp === 0x0d || cp === 0x1a) {
      out.push(0x5c, 0x75);
      hex(cp, 4);
    } else out.push(cp);
  }
  return Uint8Array.from(out);
}
