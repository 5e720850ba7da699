// _codecs: the codec registry (search functions, as `encodings` registers one), error handler
// registry, and the codec functions `encodings.*` call. The encoders themselves are the str
// type's (utf-8, ascii, latin-1); others raise LookupError naming the encoding.
import { None, PyBytes, PyDict, PyObject, PyTuple } from "../objects/core.js";
import { builtinFunction, parseArgs } from "../objects/define.js";
import { excType, newException, typeError } from "../objects/exceptions.js";
import { call, getAttr, str as pyStr, typeOf } from "../objects/protocol.js";
import { decodeBytes, encodeStr, strRepr } from "../objects/str.js";
import { needBuffer } from "../objects/bytes.js";
import { registerBuiltinModule } from "../interp/imports.js";

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
      const [b, errors] = parseArgs(`${name}_decode`, args, kw, ["data", "errors", "final"], 1);
      const data = needBuffer(b!);
      const out = decodeBytes(data, encoding, errors === undefined || errors === None ? "strict" : pyStr(errors));
      return new PyTuple([out, data.length]);
    }),
  );
}

registerBuiltinModule("_codecs", (m) => {
  const d = m.dict.map;
  d.set("register", builtinFunction("register", (args) => {
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
    errorHandlers.set(asText(args[0], "register_error"), args[1]);
    return None;
  }));
  d.set("lookup_error", builtinFunction("lookup_error", (args) => {
    const name = asText(args[0], "lookup_error");
    const h = errorHandlers.get(name);
    if (h !== undefined) return h;
    if (["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"].includes(name))
      return builtinFunction(`${name}_errors`, (a) => {
        throw a[0];
      });
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
  d.set("charmap_build", builtinFunction("charmap_build", (args) => {
    const table = asText(args[0], "charmap_build");
    const dict = new PyDict();
    [...table].forEach((ch, i) => dict.map.set(ch.codePointAt(0)!, i));
    return dict;
  }));
  void getAttr;
});
