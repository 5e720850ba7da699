// _codecs: the codec registry (search functions, as `encodings` registers one), error handler
// registry, and the codec functions `encodings.*` call: utf-8, ascii and latin-1 are the str
// type's; utf-16/32, charmap and the escape codecs are in codecs-unicode.ts. str.encode and
// bytes.decode reach every other encoding (encodings.cp1252…) through this registry.
import { None, PyBaseException, PyByteArray, PyBytes, PyObject, PyTuple } from "../objects/core.js";
import { builtinFunction, parseArgs } from "../objects/define.js";
import { excType, newException, typeError } from "../objects/exceptions.js";
import { call, getAttr, getAttrMaybe, isSubtype, isTrue, lookupType, str as pyStr, typeOf } from "../objects/protocol.js";
import { codecRegistry, decodeBytes, encodeStr, hexEscape, strRepr } from "../objects/str.js";
import { charmapBuild, charmapDecode, charmapEncode, codePoints, escapeDecode, rawUnicodeEscapeEncode, utfDecode, utfEncode } from "./codecs-unicode.js";
import { needBuffer } from "../objects/bytes.js";
import { importModule, registerBuiltinModule } from "../interp/imports.js";

const searchFunctions: PyObject[] = [];
const cache = new Map<string, PyObject>();
const errorHandlers = new Map<string, PyObject>();

function normalize(name: string): string {
  return name.toLowerCase().replace(/ /g, "_");
}

function lookup(encoding: string): PyObject {
  const key = normalize(encoding);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  // CPython imports the encodings package (which registers its search function) at start-up
  if (searchFunctions.length === 0) importModule("encodings");
  for (const f of searchFunctions) {
    const r = call(f, [key]);
    if (r === None) continue;
    if (!(r instanceof PyTuple) || r.items.length !== 4)
      if (!(r instanceof PyTuple)) throw typeError("codec search functions must return 4-tuples");
    cache.set(key, r);
    return r;
  }
  throw newException(excType("LookupError"), `unknown encoding: ${encoding}`);
}

function asText(x: PyObject, fname: string): string {
  if (typeof x === "string") return x;
  const v = (x as { value?: unknown }).value;
  if (typeof v === "string") return v;
  throw typeError(`${fname}() argument 1 must be str, not ${typeOf(x).name}`);
}

/** A codec function pair over the str type's encoders: (input, errors) -> (output, consumed). */
function codecPair(mod: Map<unknown, PyObject>, name: string, encoding: string): void {
  mod.set(
    `${name}_encode`,
    builtinFunction(`${name}_encode`, (args, kw) => {
      const [s, errors] = parseArgs(`${name}_encode`, args, kw, ["str", "errors"], 1);
      const text = asText(s!, `${name}_encode`);
      const out = encodeStr(text, encoding, errors === undefined || errors === None ? "strict" : pyStr(errors));
      return new PyTuple([new PyBytes(out), [...text].length]);
    }),
  );
  mod.set(
    `${name}_decode`,
    builtinFunction(`${name}_decode`, (args, kw) => {
      const [b, errors, final] = parseArgs(`${name}_decode`, args, kw, ["data", "errors", "final"], 1);
      let data = needBuffer(b!);
      // an incremental decoder (final false) leaves an incomplete utf-8 sequence at the end for later
      if (encoding === "utf-8" && final !== undefined && !isTrue(final)) data = data.subarray(0, data.length - incompleteUtf8Tail(data));
      const out = decodeBytes(data, encoding, errors === undefined || errors === None ? "strict" : pyStr(errors));
      return new PyTuple([out, data.length]);
    }),
  );
}

/** How many bytes at the end of b start a utf-8 sequence that more input could complete. */
function incompleteUtf8Tail(b: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k];
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 1;
    if (need <= k) return 0;
    // the bytes after the lead must be valid continuations so far (CPython checks the second
    // byte's range too: E0 needs A0-BF, ED 80-9F, F0 90-BF, F4 80-8F)
    const second = b[b.length - k + 1];
    if (k >= 2) {
      const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
      if (second < lo || second > hi) return 0;
    }
    return k;
  }
  return 0;
}

// str.encode/bytes.decode of an encoding the str type does not know go through the registry
codecRegistry.encode = (text, encoding, errors) => {
  const info = lookup(encoding);
  if (getAttrMaybe(info, "_is_text_encoding") === false)
    throw newException(excType("LookupError"), `'${encoding}' is not a text encoding; use codecs.encode() to handle arbitrary codecs`);
  const r = call((info as PyTuple).items[0], [text, errors]);
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw typeError("encoder must return a tuple (object, integer)");
  const v = r.items[0];
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes.slice(0, v.length);
  throw typeError(`'${encoding}' encoder returned '${typeOf(v).name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
};
codecRegistry.decode = (data, encoding, errors) => {
  const info = lookup(encoding);
  if (getAttrMaybe(info, "_is_text_encoding") === false)
    throw newException(excType("LookupError"), `'${encoding}' is not a text encoding; use codecs.decode() to handle arbitrary codecs`);
  const r = call((info as PyTuple).items[1], [new PyBytes(data), errors]);
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw typeError("decoder must return a tuple (object,integer)");
  const v = r.items[0];
  if (typeof v === "string") return v;
  const t = (v as { value?: unknown }).value;
  if (typeof t === "string") return t;
  throw typeError(`'${encoding}' decoder returned '${typeOf(v).name}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
};
codecRegistry.handler = (name) => errorHandlers.get(name);

/** The builtin error handlers as functions (codecs.replace_errors…), applied to one error. */
function builtinHandler(name: string): PyObject {
  return builtinFunction(`${name}_errors`, (a) => {
    const exc = a[0];
    if (!(exc instanceof PyBaseException)) throw typeError(`don't know how to handle ${typeOf(exc).name} in error callback`);
    if (name === "strict") throw exc;
    const start = Number(getAttr(exc, "start")), end = Number(getAttr(exc, "end"));
    const encoding = isSubtype(exc.cls, excType("UnicodeEncodeError"));
    const decoding = isSubtype(exc.cls, excType("UnicodeDecodeError"));
    const obj = getAttr(exc, "object");
    const chars = encoding || isSubtype(exc.cls, excType("UnicodeTranslateError")) ? codePoints(pyStr(obj)).slice(start, end) : [];
    switch (name) {
      case "ignore":
        return new PyTuple(["", end]);
      case "replace":
        return new PyTuple([decoding ? "\ufffd" : encoding ? "?".repeat(end - start) : "\ufffd".repeat(end - start), end]);
      case "backslashreplace": {
        if (decoding) return new PyTuple([[...needBuffer(obj).subarray(start, end)].map(hexEscape).join(""), end]);
        return new PyTuple([chars.map(hexEscape).join(""), end]);
      }
      case "xmlcharrefreplace":
        if (!encoding) throw typeError(`don't know how to handle ${exc.cls.name} in error callback`);
        return new PyTuple([chars.map((c) => `&#${c};`).join(""), end]);
      default:
        throw exc;
    }
  });
}

registerBuiltinModule("_codecs", (m) => {
  const d = m.dict.map;
  d.set("register", builtinFunction("register", (args) => {
    if (args.length !== 1) throw typeError(`register() takes exactly one argument (${args.length} given)`);
    if (lookupType(typeOf(args[0]), "__call__") === undefined) throw typeError("argument must be callable");
    searchFunctions.push(args[0]);
    return None;
  }));
  d.set("unregister", builtinFunction("unregister", (args) => {
    const i = searchFunctions.indexOf(args[0]);
    if (i >= 0) searchFunctions.splice(i, 1);
    cache.clear();
    return None;
  }));
  d.set("lookup", builtinFunction("lookup", (args) => lookup(asText(args[0], "lookup"))));
  d.set("_forget_codec", builtinFunction("_forget_codec", (args) => (cache.delete(normalize(asText(args[0], "_forget_codec"))), None)));
  const codecCall = (which: 0 | 1) => (args: PyObject[], kw: string[] | null) => {
    const [obj, encoding, errors] = parseArgs(which === 0 ? "encode" : "decode", args, kw, ["obj", "encoding", "errors"], 1);
    const info = lookup(encoding === undefined ? "utf-8" : asText(encoding, "encode"));
    const fn = (info as PyTuple).items[which];
    const r = call(fn, [obj!, errors ?? "strict"]);
    return (r as PyTuple).items[0];
  };
  d.set("encode", builtinFunction("encode", codecCall(0)));
  d.set("decode", builtinFunction("decode", codecCall(1)));
  d.set("register_error", builtinFunction("register_error", (args) => {
    if (args.length !== 2) throw typeError(`register_error expected 2 arguments, got ${args.length}`);
    if (lookupType(typeOf(args[1]), "__call__") === undefined) throw typeError("handler must be callable");
    errorHandlers.set(asText(args[0], "register_error"), args[1]);
    return None;
  }));
  d.set("lookup_error", builtinFunction("lookup_error", (args) => {
    const name = asText(args[0], "lookup_error");
    const h = errorHandlers.get(name);
    if (h !== undefined) return h;
    if (["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"].includes(name)) {
      const f = builtinHandler(name);
      errorHandlers.set(name, f);
      return f;
    }
    throw newException(excType("LookupError"), `unknown error handler name '${name}'`);
  }));
  codecPair(d, "utf_8", "utf-8");
  codecPair(d, "ascii", "ascii");
  codecPair(d, "latin_1", "latin-1");
  d.set("escape_encode", builtinFunction("escape_encode", (args) => {
    const b = needBuffer(args[0]);
    const r = strRepr(String.fromCharCode(...b)).slice(1, -1);
    return new PyTuple([new PyBytes(Uint8Array.from([...r].map((c) => c.charCodeAt(0) & 0xff))), b.length]);
  }));
  d.set("unicode_escape_encode", builtinFunction("unicode_escape_encode", (args) => {
    const s = asText(args[0], "unicode_escape_encode");
    const r = strRepr(s);
    const body = r.slice(1, -1).replace(/[^\x00-\x7f]/gu, (c) => {
      const cp = c.codePointAt(0)!;
      return cp < 0x100 ? `\\x${cp.toString(16).padStart(2, "0")}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`;
    });
    return new PyTuple([new PyBytes(Uint8Array.from([...body].map((c) => c.charCodeAt(0)))), [...s].length]);
  }));
  d.set("charmap_build", builtinFunction("charmap_build", (args) => charmapBuild(asText(args[0], "charmap_build"))));
  addUnicodeCodecs(d);
  void getAttr;
});

const errorsArg = (e: PyObject | undefined) => (e === undefined || e === None ? "strict" : pyStr(e));

/** The codec functions of codecs-unicode.ts, with _codecsmodule.c's argument conventions. */
function addUnicodeCodecs(d: Map<unknown, PyObject>): void {
  const def = (name: string, f: (args: PyObject[], kw: string[] | null) => PyObject) => d.set(name, builtinFunction(name, f));
  const orders: [string, -1 | 0 | 1][] = [["", 0], ["_le", -1], ["_be", 1]];
  for (const width of [2, 4] as const) {
    const base = width === 2 ? "utf_16" : "utf_32";
    for (const [suffix, order] of orders) {
      def(`${base}${suffix}_encode`, (args, kw) => {
        const [s, errors, byteorder] = parseArgs(`${base}${suffix}_encode`, args, kw, ["str", "errors", "byteorder"], 1);
        const text = asText(s!, `${base}${suffix}_encode`);
        const o = suffix === "" && byteorder !== undefined ? (Math.sign(Number(byteorder)) as -1 | 0 | 1) : order;
        return new PyTuple([utfEncode(text, errorsArg(errors), width, o), codePoints(text).length]);
      });
      def(`${base}${suffix}_decode`, (args, kw) => {
        const [b, errors, final] = parseArgs(`${base}${suffix}_decode`, args, kw, ["data", "errors", "final"], 1);
        const [text, used] = utfDecode(needBuffer(b!), errorsArg(errors), width, order, final !== undefined && isTrue(final));
        return new PyTuple([text, used]);
      });
    }
    def(`${base}_ex_decode`, (args, kw) => {
      const [b, errors, byteorder, final] = parseArgs(`${base}_ex_decode`, args, kw, ["data", "errors", "byteorder", "final"], 1);
      const o = byteorder === undefined ? 0 : (Math.sign(Number(byteorder)) as -1 | 0 | 1);
      const [text, used, found] = utfDecode(needBuffer(b!), errorsArg(errors), width, o, final !== undefined && isTrue(final));
      return new PyTuple([text, used, found]);
    });
  }
  def("charmap_decode", (args, kw) => {
    const [b, errors, mapping] = parseArgs("charmap_decode", args, kw, ["data", "errors", "mapping"], 1);
    const data = needBuffer(b!);
    return new PyTuple([charmapDecode(data, errorsArg(errors), mapping ?? None), data.length]);
  });
  def("charmap_encode", (args, kw) => {
    const [s, errors, mapping] = parseArgs("charmap_encode", args, kw, ["str", "errors", "mapping"], 1);
    const text = asText(s!, "charmap_encode");
    return new PyTuple([charmapEncode(text, errorsArg(errors), mapping ?? None), codePoints(text).length]);
  });
  const textOrBuffer = (x: PyObject): Uint8Array => {
    const t = typeof x === "string" ? x : (x as { value?: unknown }).value;
    return typeof t === "string" ? new TextEncoder().encode(t) : needBuffer(x);
  };
  def("unicode_escape_decode", (args, kw) => {
    const [b, errors, final] = parseArgs("unicode_escape_decode", args, kw, ["data", "errors", "final"], 1);
    void final;
    const [text, used] = escapeDecode(textOrBuffer(b!), errorsArg(errors), false, "unicodeescape");
    return new PyTuple([text, used]);
  });
  def("raw_unicode_escape_decode", (args, kw) => {
    const [b, errors] = parseArgs("raw_unicode_escape_decode", args, kw, ["data", "errors", "final"], 1);
    const [text, used] = escapeDecode(textOrBuffer(b!), errorsArg(errors), false, "rawunicodeescape", true);
    return new PyTuple([text, used]);
  });
  def("raw_unicode_escape_encode", (args, kw) => {
    const [s, errors] = parseArgs("raw_unicode_escape_encode", args, kw, ["str", "errors"], 1);
    void errors;
    const text = asText(s!, "raw_unicode_escape_encode");
    return new PyTuple([rawUnicodeEscapeEncode(text), codePoints(text).length]);
  });
  def("escape_decode", (args, kw) => {
    const [b, errors] = parseArgs("escape_decode", args, kw, ["data", "errors"], 1);
    const [text, used] = escapeDecode(textOrBuffer(b!), errorsArg(errors), true, "escape");
    return new PyTuple([new PyBytes(Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff))), used]);
  });
  def("readbuffer_encode", (args, kw) => {
    const [b] = parseArgs("readbuffer_encode", args, kw, ["data", "errors"], 1);
    const data = textOrBuffer(b!);
    return new PyTuple([new PyBytes(data.slice()), data.length]);
  });
}
