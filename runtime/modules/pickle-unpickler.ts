// _pickle.Unpickler: the stack machine that runs a pickle, as CPython 3.11's Modules/_pickle.c
// has it (its object stack with a separate mark stack, its memo, its messages). Input is the
// bytes themselves for loads(), or a file read in chunks: through peek() when the file has it
// (consuming what was used with read() afterwards), else read(n) per request, readinto() for
// large counted bytes and readline() for the text opcodes.
import {
  None,
  PyBaseException,
  PyBoxed,
  PyByteArray,
  PyBytes,
  PyDict,
  PyFloat,
  PyHeap,
  PyList,
  PyObject,
  PySet,
  PyTuple,
  PyType,
  dictType,
  frozensetType,
  intType,
  listType,
  setType,
} from "../objects/core.js";
import {
  AttributeErrorType,
  EOFErrorType,
  MemoryErrorType,
  NotImplementedErrorType,
  ValueErrorType,
  newException,
  overflowError,
  typeError,
  valueError,
} from "../objects/exceptions.js";
import { dictSet, newSet } from "../objects/hashtable.js";
import { call, callMethod, getAttr, isSubtype, iterNext, repr, setAttr, setItem, typeOf } from "../objects/protocol.js";
import { decodeBytes } from "../objects/str.js";
import { newMemoryView } from "../objects/bytes.js";
import { normBig } from "../objects/int.js";
import { importModule } from "../interp/imports.js";
import { needBytes } from "./small-util.js";
import {
  HIGHEST_PROTOCOL,
  Op,
  compatAttr,
  copyregAttr,
  deepAttribute,
  isAttributeError,
  isStrPair,
  lookupAttr,
  pickleErrors,
  tableGet,
  unpicklingError,
} from "./pickle-common.js";

const EMPTY = new Uint8Array(0);
const PREFETCH = 8192 * 16;
const MEMO_LIMIT = 2 ** 30;

const truncated = (): PyBaseException => unpicklingError("pickle data was truncated");

/** An Unpickler (or an instance of a Python subclass of it). */
export class UnpicklerObj implements PyHeap {
  dict: PyDict | null = null;
  // the input: input[pos..end) unread; for peeked data, what is consumed from the file lags
  input: Uint8Array = EMPTY;
  pos = 0;
  end = 0;
  prefetched = 0;
  view: DataView | null = null;
  readFn: PyObject | null = null;
  readlineFn: PyObject | null = null;
  readintoFn: PyObject | null = null;
  peekFn: PyObject | null = null;
  /** true once __init__ ran (or for the module functions) */
  ready = false;
  stack: PyObject[] = [];
  marks: number[] = [];
  fence = 0;
  memo: PyObject[] = [];
  proto = 0;
  persLoad: PyObject | null = null;
  encoding = "ASCII";
  errors = "strict";
  fixImports = true;
  buffers: PyObject | null = null;
  constructor(public cls: PyType) {}

  setBytes(b: Uint8Array): void {
    this.input = b;
    this.pos = 0;
    this.end = b.length;
    this.prefetched = b.length;
    this.view = null;
  }

  setFile(file: PyObject): void {
    this.peekFn = lookupAttr(file, "peek") ?? null;
    this.readintoFn = lookupAttr(file, "readinto") ?? null;
    this.readFn = lookupAttr(file, "read") ?? null;
    this.readlineFn = lookupAttr(file, "readline") ?? null;
    if (this.readFn === null || this.readlineFn === null) throw typeError("file must have 'read' and 'readline' attributes");
    this.setBytes(EMPTY);
  }

  // --- reading -------------------------------------------------------------------------------

  /** Tells the file what of the peeked data was used. */
  skipConsumed(): void {
    const consumed = this.pos - this.prefetched;
    if (consumed <= 0) return;
    call(this.readFn!, [consumed]);
    this.prefetched = this.pos;
  }

  private fromFile(n: number): number {
    this.skipConsumed();
    let data: PyObject;
    if (n < 0) data = call(this.readlineFn!, []);
    else {
      if (this.peekFn !== null && n < PREFETCH) {
        let peeked: PyObject | undefined;
        try {
          peeked = call(this.peekFn, [PREFETCH]);
        } catch (e) {
          if (!(e instanceof PyBaseException && isSubtype(e.cls, NotImplementedErrorType))) throw e;
          this.peekFn = null;
        }
        if (peeked !== undefined) {
          this.setBytes(needBytes(peeked));
          this.prefetched = 0;
          if (n <= this.end) return this.end;
        }
      }
      data = call(this.readFn!, [n]);
    }
    this.setBytes(needBytes(data));
    return this.end;
  }

  /** Makes n bytes available; returns where they start in `input`. */
  read(n: number): number {
    const p = this.pos;
    if (this.end - p >= n) {
      this.pos = p + n;
      return p;
    }
    if (this.readFn === null) throw truncated();
    const got = this.fromFile(n);
    if (got < n) throw truncated();
    this.pos = n;
    return 0;
  }

  /** A line with its newline: [start, length] in `input`. */
  readline(): [number, number] {
    const input = this.input;
    for (let i = this.pos; i < this.end; i++) {
      if (input[i] === 10) {
        const start = this.pos;
        this.pos = i + 1;
        return [start, i + 1 - start];
      }
    }
    if (this.readFn === null) throw truncated();
    const n = this.fromFile(-1);
    if (n === 0 || this.input[n - 1] !== 10) throw truncated();
    this.pos = n;
    return [0, n];
  }

  /** n bytes copied out (through readinto() for what the buffer lacks, as _Unpickler_ReadInto). */
  readInto(n: number): Uint8Array {
    const have = this.end - this.pos;
    if (have >= n) {
      const out = this.input.slice(this.pos, this.pos + n);
      this.pos += n;
      return out;
    }
    const out = new Uint8Array(n);
    let got = 0;
    if (have > 0) {
      out.set(this.input.subarray(this.pos, this.end), 0);
      this.pos = this.end;
      got = have;
    }
    if (this.readFn === null) throw truncated();
    this.skipConsumed();
    const want = n - got;
    if (this.readintoFn === null) {
      const data = call(this.readFn, [want]);
      if (!(data instanceof PyBytes)) throw typeError(`read() returned non-bytes object (${repr(data)})`);
      if (data.bytes.length < want) throw truncated();
      out.set(data.bytes.subarray(0, want), got);
      return out;
    }
    const target = new PyByteArray(new Uint8Array(want), want);
    const r = call(this.readintoFn, [newMemoryView(target)]);
    const k = typeof r === "number" ? r : Number(r);
    if (k < 0) throw valueError("readinto() returned negative size");
    if (k < want) throw truncated();
    out.set(target.bytes.subarray(0, want), got);
    return out;
  }

  private byte(): number {
    const p = this.read(1);
    return this.input[p];
  }
  private dv(): DataView {
    const v = this.view;
    if (v !== null && v.buffer === this.input.buffer && v.byteOffset === this.input.byteOffset) return v;
    return (this.view = new DataView(this.input.buffer, this.input.byteOffset, this.input.byteLength));
  }
  private le32(p: number): number {
    const b = this.input;
    return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
  }
  private size8(p: number, what: string): number {
    const v = this.dv().getBigUint64(p, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw overflowError(`${what} exceeds system's maximum size of 9223372036854775807 bytes`);
    return Number(v);
  }

  // --- the stack -------------------------------------------------------------------------------

  underflow(): PyBaseException {
    return unpicklingError(this.marks.length > 0 ? "unexpected MARK found" : "unpickling stack underflow");
  }
  pop(): PyObject {
    const s = this.stack;
    if (s.length <= this.fence) throw this.underflow();
    return s.pop()!;
  }
  top(): PyObject {
    const s = this.stack;
    if (s.length <= this.fence) throw this.underflow();
    return s[s.length - 1];
  }
  /** Pops the objects above the last mark. */
  marker(): number {
    const m = this.marks;
    if (m.length < 1) throw unpicklingError("could not find MARK");
    const mark = m.pop()!;
    this.fence = m.length > 0 ? m[m.length - 1] : 0;
    return mark;
  }
  popFrom(start: number): PyObject[] {
    if (start < this.fence) throw this.underflow();
    const s = this.stack;
    const items = s.slice(start);
    s.length = start;
    return items;
  }

  // --- memo ----------------------------------------------------------------------------------

  memoGet(idx: number): PyObject {
    const v = this.memo[idx];
    if (v === undefined) throw unpicklingError(`Memo value not found at index ${idx}`);
    return v;
  }
  memoPut(idx: number): void {
    const v = this.top();
    // CPython grows its memo array to twice the index: past this, that allocation fails
    if (idx >= MEMO_LIMIT) throw newException(MemoryErrorType);
    this.memo[idx] = v;
  }

  // --- the loop --------------------------------------------------------------------------------

  load(): PyObject {
    this.stack = [];
    this.marks = [];
    this.fence = 0;
    this.proto = 0;
    for (;;) {
      let p: number;
      try {
        p = this.read(1);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls === pickleErrors().unpickling) throw newException(EOFErrorType, "Ran out of input");
        throw e;
      }
      const op = this.input[p];
      if (op === Op.STOP) break;
      this.step(op);
    }
    this.skipConsumed();
    return this.pop();
  }

  private step(op: number): void {
    const s = this.stack;
    switch (op) {
      case Op.BINUNICODE: {
        const n = this.le32(this.read(4));
        const p = this.read(n);
        s.push(utf8(this.input, p, n));
        return;
      }
      case Op.SHORT_BINUNICODE: {
        const n = this.byte();
        const p = this.read(n);
        s.push(utf8(this.input, p, n));
        return;
      }
      case Op.BINUNICODE8: {
        const n = this.size8(this.read(8), "BINUNICODE");
        const p = this.read(n);
        s.push(utf8(this.input, p, n));
        return;
      }
      case Op.BINPUT:
        this.memoPut(this.byte());
        return;
      case Op.LONG_BINPUT: {
        const idx = this.le32(this.read(4));
        this.memoPut(idx);
        return;
      }
      case Op.MEMOIZE:
        this.memoPut(this.memo.length);
        return;
      case Op.BINGET:
        s.push(this.memoGet(this.byte()));
        return;
      case Op.LONG_BINGET:
        s.push(this.memoGet(this.le32(this.read(4))));
        return;
      case Op.EMPTY_DICT:
        s.push(new PyDict());
        return;
      case Op.EMPTY_LIST:
        s.push(new PyList([]));
        return;
      case Op.EMPTY_TUPLE:
        s.push(new PyTuple([]));
        return;
      case Op.MARK:
        this.marks.push(s.length);
        this.fence = s.length;
        return;
      case Op.SETITEMS:
        this.setItems(this.marker());
        return;
      case Op.SETITEM:
        this.setItems(s.length - 2);
        return;
      case Op.APPENDS:
        this.append(this.marker());
        return;
      case Op.APPEND:
        this.append(s.length - 1);
        return;
      case Op.BININT1:
        s.push(this.byte());
        return;
      case Op.BININT2: {
        const p = this.read(2);
        s.push(this.input[p] | (this.input[p + 1] << 8));
        return;
      }
      case Op.BININT: {
        const p = this.read(4);
        const b = this.input;
        s.push(b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24));
        return;
      }
      case Op.NONE:
        s.push(None);
        return;
      case Op.NEWTRUE:
        s.push(true);
        return;
      case Op.NEWFALSE:
        s.push(false);
        return;
      case Op.TUPLE1:
        s.push(new PyTuple(this.popFrom(s.length - 1)));
        return;
      case Op.TUPLE2:
        s.push(new PyTuple(this.popFrom(s.length - 2)));
        return;
      case Op.TUPLE3:
        s.push(new PyTuple(this.popFrom(s.length - 3)));
        return;
      case Op.TUPLE:
        s.push(new PyTuple(this.popFrom(this.marker())));
        return;
      case Op.LIST:
        s.push(new PyList(this.popFrom(this.marker())));
        return;
      case Op.DICT: {
        const items = this.popFrom(this.marker());
        if (items.length % 2 !== 0) throw unpicklingError("odd number of items for DICT");
        const d = new PyDict();
        for (let i = 0; i < items.length; i += 2) dictSet(d, items[i], items[i + 1]);
        s.push(d);
        return;
      }
      case Op.EMPTY_SET:
        s.push(newSet(setType, []));
        return;
      case Op.ADDITEMS:
        this.addItems(this.marker());
        return;
      case Op.FROZENSET:
        s.push(newSet(frozensetType, this.popFrom(this.marker())));
        return;
      case Op.BINFLOAT:
        const p = this.read(8);
        s.push(new PyFloat(this.dv().getFloat64(p, false)));
        return;
      case Op.LONG1: {
        const n = this.byte();
        const q = this.read(n);
        s.push(decodeLong(this.input, q, n));
        return;
      }
      case Op.LONG4: {
        const p = this.read(4);
        const n = this.le32(p) | 0;
        if (n < 0) throw unpicklingError("LONG pickle has negative byte count");
        const q = this.read(n);
        s.push(decodeLong(this.input, q, n));
        return;
      }
      case Op.SHORT_BINBYTES:
        s.push(new PyBytes(this.readInto(this.byte())));
        return;
      case Op.BINBYTES:
        s.push(new PyBytes(this.readInto(this.le32(this.read(4)))));
        return;
      case Op.BINBYTES8:
        s.push(new PyBytes(this.readInto(this.size8(this.read(8), "BINBYTES"))));
        return;
      case Op.BYTEARRAY8: {
        const b = this.readInto(this.size8(this.read(8), "BYTEARRAY8"));
        s.push(new PyByteArray(b, b.length));
        return;
      }
      case Op.SHORT_BINSTRING: {
        const n = this.byte();
        const q = this.read(n);
        s.push(this.decodeString(this.input.slice(q, q + n)));
        return;
      }
      case Op.BINSTRING: {
        const n = this.le32(this.read(4));
        const q = this.read(n);
        s.push(this.decodeString(this.input.slice(q, q + n)));
        return;
      }
      case Op.STRING:
        s.push(this.loadString());
        return;
      case Op.UNICODE: {
        const [p, n] = this.readline();
        s.push(decodeBytes(this.input.subarray(p, p + n - 1), "raw-unicode-escape", "strict"));
        return;
      }
      case Op.INT:
        s.push(this.loadInt());
        return;
      case Op.LONG: {
        const [p, n] = this.readline();
        if (n < 2) throw truncated();
        let text = latin1(this.input, p, n);
        if (n >= 2 && text.endsWith("L\n")) text = text.slice(0, -2);
        s.push(call(intType, [text, 10]));
        return;
      }
      case Op.FLOAT:
        s.push(this.loadFloat());
        return;
      case Op.POP: {
        const m = this.marks;
        if (m.length > 0 && m[m.length - 1] === s.length) {
          m.pop();
          this.fence = m.length > 0 ? m[m.length - 1] : 0;
        } else if (s.length <= this.fence) throw this.underflow();
        else s.pop();
        return;
      }
      case Op.POP_MARK:
        this.stack.length = this.marker();
        return;
      case Op.DUP:
        s.push(this.top());
        return;
      case Op.GET: {
        const [p, n] = this.readline();
        if (n < 2) throw truncated();
        s.push(this.memoGet(lineInt(this.input, p, n)));
        return;
      }
      case Op.PUT: {
        const [p, n] = this.readline();
        if (n < 2) throw truncated();
        const idx = lineInt(this.input, p, n);
        if (s.length <= this.fence) throw this.underflow();
        if (idx < 0) throw valueError("negative PUT argument");
        this.memoPut(idx);
        return;
      }
      case Op.GLOBAL: {
        const module = this.utf8Line();
        const name = this.utf8Line();
        s.push(this.findClass(module, name));
        return;
      }
      case Op.STACK_GLOBAL: {
        const name = this.pop();
        const module = this.pop();
        if (typeof module !== "string" || typeof name !== "string") throw unpicklingError("STACK_GLOBAL requires str");
        s.push(this.findClass(module, name));
        return;
      }
      case Op.REDUCE: {
        const args = this.pop();
        const f = this.pop();
        const items = tupleItems(args);
        if (items === undefined) throw typeError("argument list must be a tuple");
        s.push(call(f, items));
        return;
      }
      case Op.BUILD: {
        const state = this.pop();
        this.build(this.top(), state);
        return;
      }
      case Op.NEWOBJ: {
        const args = this.pop();
        const cls = this.pop();
        s.push(this.newObj("NEWOBJ", cls, args, null));
        return;
      }
      case Op.NEWOBJ_EX: {
        const kwargs = this.pop();
        const args = this.pop();
        const cls = this.pop();
        s.push(this.newObj("NEWOBJ_EX", cls, args, kwargs));
        return;
      }
      case Op.PROTO: {
        const v = this.byte();
        if (v > HIGHEST_PROTOCOL) throw valueError(`unsupported pickle protocol: ${v}`);
        this.proto = v;
        return;
      }
      case Op.FRAME: {
        const n = this.size8(this.read(8), "FRAME length");
        this.read(n);
        this.pos -= n;
        return;
      }
      case Op.EXT1:
        s.push(this.ext(this.byte()));
        return;
      case Op.EXT2: {
        const p = this.read(2);
        s.push(this.ext(this.input[p] | (this.input[p + 1] << 8)));
        return;
      }
      case Op.EXT4:
        s.push(this.ext(this.le32(this.read(4))));
        return;
      case Op.PERSID: {
        this.needPersLoad();
        const [p, n] = this.readline();
        if (n < 1) throw truncated();
        for (let i = p; i < p + n - 1; i++) if (this.input[i] >= 0x80) throw unpicklingError("persistent IDs in protocol 0 must be ASCII strings");
        s.push(this.persistent(latin1(this.input, p, n - 1)));
        return;
      }
      case Op.BINPERSID: {
        this.needPersLoad();
        const pid = this.pop();
        s.push(this.persistent(pid));
        return;
      }
      case Op.INST: {
        const mark = this.marker();
        const module = this.utf8Line();
        const name = this.utf8Line();
        const cls = this.findClass(module, name);
        const args = this.popFrom(mark);
        s.push(instantiate(cls, args));
        return;
      }
      case Op.OBJ: {
        const args = this.popFrom(this.marker());
        if (args.length < 1) throw this.underflow();
        const cls = args.shift()!;
        s.push(instantiate(cls, args));
        return;
      }
      case Op.NEXT_BUFFER: {
        if (this.buffers === null) throw unpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given");
        const b = iterNext(this.buffers);
        if (b === undefined) throw unpicklingError("not enough out-of-band buffers");
        s.push(b);
        return;
      }
      case Op.READONLY_BUFFER: {
        const obj = this.top();
        const mv = newMemoryView(obj);
        if (!mv.readonly) s[s.length - 1] = callMethod(mv, "toreadonly", []);
        return;
      }
      default: {
        const c = op;
        if (c >= 0x20 && c <= 0x7e && c !== 0x27 && c !== 0x5c) throw unpicklingError(`invalid load key, '${String.fromCharCode(c)}'.`);
        throw unpicklingError(`invalid load key, '\\x${c.toString(16).padStart(2, "0")}'.`);
      }
    }
  }

  // --- the opcodes' work -------------------------------------------------------------------------

  private setItems(x: number): void {
    const s = this.stack;
    const len = s.length;
    if (x > len || x <= this.fence) throw this.underflow();
    if (len === x) return;
    if ((len - x) % 2 !== 0) throw unpicklingError("odd number of items for SETITEMS");
    const d = s[x - 1];
    if (d instanceof PyDict && d.cls === dictType) {
      for (let i = x; i < len; i += 2) dictSet(d, s[i], s[i + 1]);
    } else {
      for (let i = x; i < len; i += 2) setItem(d, s[i], s[i + 1]);
    }
    s.length = x;
  }

  private append(x: number): void {
    const s = this.stack;
    const len = s.length;
    if (x > len || x <= this.fence) throw this.underflow();
    if (len === x) return;
    const list = s[x - 1];
    if (list instanceof PyList && list.cls === listType) {
      for (let i = x; i < len; i++) list.items.push(s[i]);
      s.length = x;
      return;
    }
    const extend = lookupAttr(list, "extend");
    if (extend !== undefined) {
      const slice = new PyList(this.popFrom(x));
      call(extend, [slice]);
      return;
    }
    const appendFn = getAttr(list, "append");
    const items = this.popFrom(x);
    for (const it of items) call(appendFn, [it]);
  }

  private addItems(x: number): void {
    const s = this.stack;
    const len = s.length;
    if (x > len || x <= this.fence) throw this.underflow();
    if (len === x) return;
    const set = s[x - 1];
    const items = this.popFrom(x);
    if (set instanceof PySet && set.cls === setType) {
      callMethod(set, "update", [new PyList(items)]);
      return;
    }
    const add = getAttr(set, "add");
    for (const it of items) call(add, [it]);
  }

  private decodeString(b: Uint8Array): PyObject {
    if (this.encoding === "bytes") return new PyBytes(b);
    return decodeBytes(b, this.encoding, this.errors);
  }

  private loadString(): PyObject {
    const [p, n] = this.readline();
    const len = n - 1;
    const b = this.input;
    if (len < 2 || b[p] !== b[p + len - 1] || (b[p] !== 0x27 && b[p] !== 0x22)) throw unpicklingError("the STRING opcode argument must be quoted");
    const inner = b.slice(p + 1, p + len - 1);
    const decoded = call(getAttr(importModule("codecs"), "escape_decode"), [new PyBytes(inner)]);
    const raw = (decoded as PyTuple).items[0] as PyBytes;
    return this.decodeString(raw.bytes);
  }

  private loadInt(): PyObject {
    const [p, n] = this.readline();
    if (n < 2) throw truncated();
    const text = latin1(this.input, p, n - 1);
    const v = strtol(text);
    if (v !== undefined) {
      if (n === 3 && (v === 0 || v === 1)) return v === 1;
      return v;
    }
    try {
      return call(intType, [text, 0]);
    } catch (e) {
      if (e instanceof PyBaseException && isSubtype(e.cls, ValueErrorType)) throw valueError("could not convert string to int");
      throw e;
    }
  }

  private loadFloat(): PyObject {
    const [p, n] = this.readline();
    if (n < 2) throw truncated();
    const text = latin1(this.input, p, n - 1);
    const m = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/i.exec(text);
    if (m === null) throw valueError(`could not convert string to float: '${latin1(this.input, p, Math.min(n, 200))}'`);
    if (m[0].length !== text.length) throw valueError("could not convert string to float");
    const v = call(getAttr(importModule("builtins"), "float"), [m[0]]);
    if (v instanceof PyFloat && !Number.isFinite(v.value) && !/inf|nan/i.test(m[0]))
      throw overflowError(`value too large to convert to float: '${latin1(this.input, p, Math.min(n, 200))}'`);
    return v;
  }

  private utf8Line(): string {
    const [p, n] = this.readline();
    if (n < 2) throw truncated();
    return decodeBytes(this.input.subarray(p, p + n - 1), "utf-8", "strict");
  }

  findClass(module: string, name: string): PyObject {
    return call(getAttr(this, "find_class"), [module, name]);
  }

  private needPersLoad(): void {
    if (this.persLoad === null)
      throw unpicklingError("A load persistent id instruction was encountered,\nbut no persistent_load function was specified.");
  }
  private persistent(pid: PyObject): PyObject {
    return call(this.persLoad!, [pid]);
  }

  private ext(code: number): PyObject {
    if (code <= 0) throw unpicklingError("EXT specifies code <= 0");
    const cache = copyregAttr("_extension_cache");
    const hit = tableGet(cache, "copyreg._extension_cache", code);
    if (hit !== undefined) return hit;
    const pair = tableGet(copyregAttr("_inverted_registry"), "copyreg._inverted_registry", code);
    if (pair === undefined) throw valueError(`unregistered extension code ${code}`);
    if (!isStrPair(pair)) throw valueError(`_inverted_registry[${code}] isn't a 2-tuple of strings`);
    const obj = this.findClass(pair.items[0] as string, pair.items[1] as string);
    setItem(cache, code, obj);
    return obj;
  }

  private newObj(what: string, cls: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
    if (!(cls instanceof PyType)) throw unpicklingError(`${what} class argument must be a type, not ${typeOf(cls).name}`);
    if (!(args instanceof PyTuple)) throw unpicklingError(`${what} args argument must be a tuple, not ${typeOf(args).name}`);
    if (kwargs !== null && !(kwargs instanceof PyDict)) throw unpicklingError(`${what} kwargs argument must be a dict, not ${typeOf(kwargs).name}`);
    const newFn = getAttr(cls, "__new__");
    if (kwargs === null || kwargs.map.size === 0) return call(newFn, [cls, ...args.items]);
    const names: string[] = [];
    const vals: PyObject[] = [];
    for (const [k, v] of kwargs.map) {
      names.push(String(k));
      vals.push(v);
    }
    return call(newFn, [cls, ...args.items, ...vals], names);
  }

  private build(inst: PyObject, state: PyObject): void {
    const setstate = lookupAttr(inst, "__setstate__");
    if (setstate !== undefined) {
      call(setstate, [state]);
      return;
    }
    let slotstate: PyObject | null = null;
    if (state instanceof PyTuple && state.items.length === 2) {
      slotstate = state.items[1];
      state = state.items[0];
    }
    if (state !== None) {
      if (!(state instanceof PyDict)) throw unpicklingError("state is not a dictionary");
      const d = getAttr(inst, "__dict__");
      for (const [k, v] of [...state.map]) {
        const key = state.keyObjs?.get(k) ?? (k as PyObject);
        if (d instanceof PyDict && d.cls === dictType) dictSet(d, key, v);
        else setItem(d, key, v);
      }
    }
    if (slotstate !== null) {
      if (!(slotstate instanceof PyDict)) throw unpicklingError("slot state is not a dictionary");
      for (const [k, v] of [...slotstate.map]) {
        const key = slotstate.keyObjs?.get(k) ?? (k as PyObject);
        setAttr(inst, key as string, v);
      }
    }
  }
}

/** The default find_class (Unpickler.find_class). */
export function defaultFindClass(u: UnpicklerObj, module: PyObject, name: PyObject): PyObject {
  const sys = importModule("sys");
  call(getAttr(sys, "audit"), ["pickle.find_class", module, name]);
  if (u.proto < 3 && u.fixImports) {
    const key = new PyTuple([module, name]);
    const mapped = tableGet(compatAttr("NAME_MAPPING"), "_compat_pickle.NAME_MAPPING", key);
    if (mapped !== undefined) {
      if (!(mapped instanceof PyTuple) || mapped.items.length !== 2)
        throw typeError(`_compat_pickle.NAME_MAPPING values should be 2-tuples, not ${typeOf(mapped).name}`);
      [module, name] = mapped.items;
      if (typeof module !== "string" || typeof name !== "string")
        throw typeError(`_compat_pickle.NAME_MAPPING values should be pairs of str, not (${typeOf(module).name}, ${typeOf(name).name})`);
    } else {
      const m = tableGet(compatAttr("IMPORT_MAPPING"), "_compat_pickle.IMPORT_MAPPING", module);
      if (m !== undefined) {
        if (typeof m !== "string") throw typeError(`_compat_pickle.IMPORT_MAPPING values should be strings, not ${typeOf(m).name}`);
        module = m;
      }
    }
  }
  const m = importModule(module as string);
  const nm = name as string;
  if (u.proto >= 4) {
    const parts = nm.split(".");
    if (parts.includes("<locals>")) throw newException(AttributeErrorType, `Can't get local attribute ${repr(nm)} on ${repr(m)}`);
    try {
      return deepAttribute(m, parts)[0];
    } catch (e) {
      if (isAttributeError(e)) throw newException(AttributeErrorType, `Can't get attribute ${repr(nm)} on ${repr(m)}`);
      throw e;
    }
  }
  try {
    return getAttr(m, nm);
  } catch (e) {
    if (isAttributeError(e)) throw newException(AttributeErrorType, `Can't get attribute ${repr(nm)} on ${repr(m)}`);
    throw e;
  }
}

// --- helpers -----------------------------------------------------------------------------------


function instantiate(cls: PyObject, args: PyObject[]): PyObject {
  if (args.length === 0 && cls instanceof PyType) {
    if (lookupAttr(cls, "__getinitargs__") === undefined) return call(getAttr(cls, "__new__"), [cls]);
  }
  return call(cls, args);
}

const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

/** UTF-8 with surrogatepass (the BINUNICODE opcodes): ASCII built directly, the rest decoded. */
function utf8(b: Uint8Array, p: number, n: number): string {
  if (n <= 32) {
    let ascii = true;
    for (let i = p; i < p + n; i++)
      if (b[i] >= 0x80) {
        ascii = false;
        break;
      }
    if (ascii) return latin1(b, p, n);
  }
  const sub = b.subarray(p, p + n);
  try {
    return utf8Decoder.decode(sub);
  } catch {
    return decodeBytes(sub, "utf-8", "surrogatepass");
  }
}

function latin1(b: Uint8Array, p: number, n: number): string {
  if (n < 64) {
    let s = "";
    for (let i = p; i < p + n; i++) s += String.fromCharCode(b[i]);
    return s;
  }
  let s = "";
  for (let i = p; i < p + n; i += 4096) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, Math.min(p + n, i + 4096))));
  return s;
}

/** A memo index from a text line (GET/PUT): int() of the digits. */
function lineInt(b: Uint8Array, p: number, n: number): number {
  const text = latin1(b, p, n);
  const v = call(intType, [text]);
  if (typeof v !== "number") throw overflowError("Python int too large to convert to C ssize_t");
  return v;
}

/** strtol(text, &end, 0) that must use the whole text; undefined when it does not or overflows. */
function strtol(text: string): number | bigint | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (m === null) return undefined;
  const digits = m[2];
  let v: bigint;
  if (/^0[xX]/.test(digits)) v = BigInt(digits);
  else if (digits.length > 1 && digits[0] === "0") v = BigInt("0o" + digits.slice(1));
  else v = BigInt(digits);
  if (m[1] === "-") v = -v;
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) return undefined;
  return normBig(v);
}

/** LONG1/LONG4's little-endian two's-complement bytes. */
function decodeLong(b: Uint8Array, p: number, n: number): PyObject {
  if (n === 0) return 0;
  if (n <= 6) {
    let v = 0;
    for (let i = n - 1; i >= 0; i--) v = v * 256 + b[p + i];
    if (b[p + n - 1] & 0x80) v -= 2 ** (8 * n);
    return v;
  }
  let hex = "";
  for (let i = n - 1; i >= 0; i--) hex += (b[p + i] < 16 ? "0" : "") + b[p + i].toString(16);
  let v = BigInt("0x" + hex);
  if (b[p + n - 1] & 0x80) v -= 1n << BigInt(8 * n);
  return normBig(v);
}

/** The items of a tuple or of an instance of a tuple subclass. */
export function tupleItems(x: PyObject): PyObject[] | undefined {
  if (x instanceof PyTuple) return x.items;
  if (x instanceof PyBoxed && x.value instanceof PyTuple) return x.value.items;
  return undefined;
}
