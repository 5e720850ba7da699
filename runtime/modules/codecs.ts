// _codecs: the codec registry (search functions, as `encodings` registers one), error handler
// registry, and the codec functions `encodings.*` call. The encoders themselves are the str
// type's (utf-8, ascii, latin-1) and charmap_encode/charmap_decode (the tables of cp1252, koi8_r
// and the other 8-bit codecs of Lib/encodings); str.encode and bytes.decode reach any other
// codec of the registry (punycode, idna…) through pythonCodecs.
import { None, PyBytes, PyDict, PyObject, PyTuple } from "../objects/core.js";
import { builtinFunction, parseArgs } from "../objects/define.js";
import { excType, newException, typeError } from "../objects/exceptions.js";
import { call, getAttr, getAttrMaybe, str as pyStr, typeOf } from "../objects/protocol.js";
import { decodeBytes, encodeStr, pythonCodecs, strRepr } from "../objects/str.js";
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

/** The registry's codec for str.encode/bytes.decode: a text encoding (CPython's _PyCodec_LookupTextEncoding). */
function textCodec(encoding: string, alternative: string): PyTuple {
  importModule("encodings"); // registers the search function over Lib/encodings
  const info = lookup(encoding) as PyTuple;
  if (getAttrMaybe(info, "_is_text_encoding") === false)
    throw newException(excType("LookupError"), `'${encoding}' is not a text encoding; use ${alternative} to handle arbitrary codecs`);
  return info;
}

pythonCodecs.encode = (s, encoding, errors) => {
  const r = call(textCodec(encoding, "codecs.encode()").items[0]!, [s, errors]);
  const out = r instanceof PyTuple ? r.items[0] : undefined;
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw typeError("encoder must return a tuple (object, integer)");
  if (!(out instanceof PyBytes))
    throw typeError(`'${encoding}' encoder returned '${typeOf(out!).name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
  return out.bytes;
};
pythonCodecs.decode = (b, encoding, errors) => {
  const r = call(textCodec(encoding, "codecs.decode()").items[1]!, [new PyBytes(b), errors]);
  const out = r instanceof PyTuple ? r.items[0] : undefined;
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw typeError("decoder must return a tuple (object,integer)");
  if (typeof out !== "string")
    throw typeError(`'${encoding}' decoder returned '${typeOf(out!).name}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
  return out;
};

/** charmap_decode(data, errors, mapping): bytes through a 256-entry str table or a dict. */
function charmapDecode(data: Uint8Array, errors: string, mapping: PyObject): string {
  let out = "";
  const table = typeof mapping === "string" ? [...mapping] : null;
  for (let i = 0; i < data.length; i++) {
    let ch: string | undefined;
    if (table !== null) ch = table[data[i]!];
    else if (mapping === None) ch = String.fromCharCode(data[i]!);
    else {
      const v = mapping instanceof PyDict ? mapping.map.get(data[i]!) : undefined;
      ch = v === undefined || v === None ? undefined : typeof v === "number" ? String.fromCodePoint(v) : String(v);
    }
    if (ch === undefined || ch === "\ufffe") {
      if (errors === "ignore") continue;
      if (errors === "replace") {
        out += "\ufffd";
        continue;
      }
      const e = newException(excType("UnicodeDecodeError"), `'charmap' codec can't decode byte 0x${data[i]!.toString(16).padStart(2, "0")} in position ${i}: character maps to <undefined>`);
      throw e;
    }
    out += ch;
  }
  return out;
}

/** charmap_encode(str, errors, mapping): code points through a dict (charmap_build's result). */
function charmapEncode(text: string, errors: string, mapping: PyObject): Uint8Array {
  const out: number[] = [];
  const cps = [...text];
  cps.forEach((c, i) => {
    const cp = c.codePointAt(0)!;
    const v = mapping instanceof PyDict ? mapping.map.get(cp) : mapping === None && cp < 256 ? cp : undefined;
    if (typeof v === "number") {
      out.push(v);
      return;
    }
    if (v instanceof PyBytes) {
      out.push(...v.bytes);
      return;
    }
    if (errors === "ignore") return;
    if (errors === "replace") out.push(0x3f);
    else if (errors === "xmlcharrefreplace") for (const ch of `&#${cp};`) out.push(ch.charCodeAt(0));
    else if (errors === "backslashreplace")
      for (const ch of cp < 0x100 ? `\\x${cp.toString(16).padStart(2, "0")}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`)
        out.push(ch.charCodeAt(0));
    else {
      const hex = cp < 0x100 ? `\\x${cp.toString(16).padStart(2, "0")}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`;
      throw newException(excType("UnicodeEncodeError"), `'charmap' codec can't encode character '${hex}' in position ${i}: character maps to <undefined>`);
    }
  });
  return Uint8Array.from(out);
}

/**
 * unicode_escape_decode / escape_decode: the escapes of Python string literals over bytes (other
 * bytes stand for themselves, as latin-1). `text` gives str (\u, \U, \N{} too), else bytes.
 */
function escapeDecode(data: Uint8Array, errors: string, text: boolean): { out: number[]; consumed: number } {
  const out: number[] = [];
  const codec = text ? "unicodeescape" : "escape";
  const fail = (start: number, end: number, why: string) => {
    if (errors === "ignore") return;
    if (errors === "replace") {
      out.push(text ? 0xfffd : 0x3f);
      return;
    }
    if (!text) throw newException(excType("ValueError"), `invalid ${why.replace("truncated ", "")} escape at position ${start}`);
    const where = end - start <= 1 ? `byte 0x${data[start]!.toString(16).padStart(2, "0")} in position ${start}` : `bytes in position ${start}-${end - 1}`;
    throw newException(excType("UnicodeDecodeError"), `'${codec}' codec can't decode ${where}: ${why}`);
  };
  const hex = (at: number, n: number): number | undefined => {
    if (at + n > data.length) return undefined;
    let v = 0;
    for (let k = 0; k < n; k++) {
      const d = parseInt(String.fromCharCode(data[at + k]!), 16);
      if (Number.isNaN(d)) return undefined;
      v = v * 16 + d;
    }
    return v;
  };
  const simple: Record<string, number> = { "\n": 10, "\\": 92, "'": 39, '"': 34, a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11 };
  let i = 0;
  while (i < data.length) {
    const c = data[i]!;
    if (c !== 92) {
      out.push(c);
      i++;
      continue;
    }
    if (i + 1 >= data.length) {
      fail(i, data.length, "\\ at end of string");
      i = data.length;
      break;
    }
    const e = String.fromCharCode(data[i + 1]!);
    if (e === "\n") {
      i += 2;
      continue;
    }
    if (e in simple) {
      out.push(simple[e]!);
      i += 2;
      continue;
    }
    if (e >= "0" && e <= "7") {
      let v = 0;
      let k = i + 1;
      while (k < data.length && k < i + 4 && data[k]! >= 48 && data[k]! <= 55) v = v * 8 + data[k++]! - 48;
      out.push(text ? v : v & 0xff);
      i = k;
      continue;
    }
    const width = e === "x" ? 2 : text && e === "u" ? 4 : text && e === "U" ? 8 : 0;
    if (width > 0) {
      const v = hex(i + 2, width);
      if (v === undefined || v > 0x10ffff) {
        let end = i + 2;
        while (end < data.length && end < i + 2 + width && !Number.isNaN(parseInt(String.fromCharCode(data[end]!), 16))) end++;
        fail(i, end, v === undefined ? `truncated \\${e}${"X".repeat(width)} escape` : "illegal Unicode character");
        i = end;
        continue;
      }
      out.push(v);
      i += 2 + width;
      continue;
    }
    if (text && e === "N") {
      const close = data.indexOf(125, i + 3);
      if (data[i + 2] !== 123 || close < 0) {
        fail(i, Math.min(data.length, i + 2), "malformed \\N character escape");
        i += 2;
        continue;
      }
      const name = String.fromCharCode(...data.subarray(i + 3, close));
      let ch: PyObject | undefined;
      try {
        ch = call(getAttr(importModule("unicodedata"), "lookup"), [name]);
      } catch {
        ch = undefined;
      }
      if (typeof ch !== "string") fail(i, close + 1, "unknown Unicode character name");
      else out.push(ch.codePointAt(0)!);
      i = close + 1;
      continue;
    }
    out.push(92); // an unknown escape stays as it is
    i++;
  }
  return { out, consumed: data.length };
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
  d.set("unicode_escape_decode", builtinFunction("unicode_escape_decode", (args, kw) => {
    const [data, errors] = parseArgs("unicode_escape_decode", args, kw, ["data", "errors", "final"], 1);
    const b = typeof data === "string" ? Uint8Array.from(encodeStr(data, "latin-1", "strict")) : needBuffer(data!);
    const r = escapeDecode(b, errors === undefined || errors === None ? "strict" : pyStr(errors), true);
    return new PyTuple([String.fromCodePoint(...r.out), r.consumed]);
  }));
  d.set("escape_decode", builtinFunction("escape_decode", (args, kw) => {
    const [data, errors] = parseArgs("escape_decode", args, kw, ["data", "errors"], 1);
    const b = typeof data === "string" ? Uint8Array.from(encodeStr(data, "latin-1", "strict")) : needBuffer(data!);
    const r = escapeDecode(b, errors === undefined || errors === None ? "strict" : pyStr(errors), false);
    return new PyTuple([new PyBytes(Uint8Array.from(r.out)), r.consumed]);
  }));
  d.set("charmap_decode", builtinFunction("charmap_decode", (args, kw) => {
    const [data, errors, mapping] = parseArgs("charmap_decode", args, kw, ["data", "errors", "mapping"], 1);
    const b = needBuffer(data!);
    const e = errors === undefined || errors === None ? "strict" : pyStr(errors);
    return new PyTuple([charmapDecode(b, e, mapping ?? None), b.length]);
  }));
  d.set("charmap_encode", builtinFunction("charmap_encode", (args, kw) => {
    const [text, errors, mapping] = parseArgs("charmap_encode", args, kw, ["str", "errors", "mapping"], 1);
    const t = asText(text!, "charmap_encode");
    const e = errors === undefined || errors === None ? "strict" : pyStr(errors);
    return new PyTuple([new PyBytes(charmapEncode(t, e, mapping ?? None)), [...t].length]);
  }));
  void getAttr;
});
