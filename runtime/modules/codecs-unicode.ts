// The _codecs functions beyond utf-8/ascii/latin-1, as Modules/_codecsmodule.c and
// Objects/unicodeobject.c define them: utf-16 and utf-32 (either byte order, with or without a
// BOM, incremental), charmap (what the encodings.cp*/iso8859_*/mac_* codecs are built on), the
// escape codecs and readbuffer_encode. Each takes (input, errors[, final]) and returns
// (output, consumed); errors go to the builtin handlers or to a codecs.register_error one.
import { None, PyBytes, PyDict, PyObject, PyTuple } from "../objects/core.js";
import { excType, newException, typeError } from "../objects/exceptions.js";
import { getItem, isSubtype, typeOf } from "../objects/protocol.js";
import { callErrorHandler, decodeError, encodeError, hexEscape } from "../objects/str.js";
import { needBuffer } from "../objects/bytes.js";
import { LookupErrorType } from "../objects/exceptions.js";
import { PyBaseException } from "../objects/core.js";
import { lookupName } from "./unicodedata.js";

/** Code points of a str (surrogates stay separate only when lone, as in CPython's storage). */
export function codePoints(s: string): number[] {
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  return cps;
}

function fromCodePoints(cps: number[]): string {
  let out = "";
  for (let i = 0; i < cps.length; i += 4096) out += String.fromCodePoint(...cps.slice(i, i + 4096));
  return out;
}

class Bytes {
  buf = new Uint8Array(64);
  len = 0;
  push(b: number): void {
    if (this.len === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.len++] = b & 0xff;
  }
  pushAll(bs: Iterable<number>): void {
    for (const b of bs) this.push(b);
  }
  result(): PyBytes {
    return new PyBytes(this.buf.slice(0, this.len));
  }
}

function strOf(x: PyObject): string | undefined {
  if (typeof x === "string") return x;
  const v = (x as { value?: unknown }).value;
  return typeof v === "string" ? v : undefined;
}

/** A decoding error: the replacement text and where decoding resumes. */
function onDecodeError(errors: string, enc: string, b: Uint8Array, start: number, end: number, reason: string): [string, number] {
  switch (errors) {
    case "strict":
      throw decodeError(enc, b, start, end, reason);
    case "ignore":
      return ["", end];
    case "replace":
      return ["\ufffd", end];
    case "backslashreplace": {
      let t = "";
      for (let k = start; k < end; k++) t += hexEscape(b[k]);
      return [t, end];
    }
    case "surrogateescape": {
      let t = "";
      for (let k = start; k < end; k++) {
        if (b[k] < 0x80) throw decodeError(enc, b, start, end, reason);
        t += String.fromCharCode(0xdc00 + b[k]);
      }
      return [t, end];
    }
    case "surrogatepass":
    case "xmlcharrefreplace":
    case "namereplace":
      throw decodeError(enc, b, start, end, reason);
    default: {
      const [r, pos] = callErrorHandler(errors, decodeError(enc, b, start, end, reason), b.length);
      const t = strOf(r);
      if (t === undefined) throw typeError("decoding error handler must return (str, int) tuple");
      return [t, pos];
    }
  }
}

/** An encoding error over cps[start:end]: writes the replacement with `put` (which returns false
 *  for a code point the codec cannot encode either); returns where encoding resumes. */
function onEncodeError(errors: string, enc: string, s: string, cps: number[], start: number, end: number, reason: string, put: (cp: number) => boolean, out: Bytes): number {
  const each = (f: (cp: number) => string) => {
    for (let k = start; k < end; k++) for (const ch of f(cps[k])) put(ch.codePointAt(0)!);
  };
  switch (errors) {
    case "strict":
      throw encodeError(enc, s, cps, start, end, reason);
    case "ignore":
      return end;
    case "replace":
      each(() => "?");
      return end;
    case "backslashreplace":
      each(hexEscape);
      return end;
    case "xmlcharrefreplace":
      each((cp) => `&#${cp};`);
      return end;
    case "surrogateescape":
      for (let k = start; k < end; k++) if (cps[k] < 0xdc80 || cps[k] > 0xdcff) throw encodeError(enc, s, cps, start, end, reason);
      for (let k = start; k < end; k++) out.push(cps[k] - 0xdc00);
      return end;
    case "surrogatepass":
    case "namereplace":
      throw encodeError(enc, s, cps, start, end, reason);
    default: {
      const [r, pos] = callErrorHandler(errors, encodeError(enc, s, cps, start, end, reason), cps.length);
      if (r instanceof PyBytes) out.pushAll(r.bytes);
      else {
        const t = strOf(r);
        if (t === undefined) throw typeError("encoding error handler must return (str/bytes, int) tuple");
        for (const ch of t) if (!put(ch.codePointAt(0)!)) throw encodeError(enc, s, cps, start, end, reason);
      }
      return pos;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// utf-16 and utf-32

type Order = -1 | 0 | 1; // little, native with BOM, big

/** Encodes as utf-16/utf-32 (`width` 2 or 4): order 0 writes a BOM, then little-endian. */
export function utfEncode(s: string, errors: string, width: 2 | 4, order: Order): PyBytes {
  const enc = width === 2 ? (order === 0 ? "utf-16" : order < 0 ? "utf-16-le" : "utf-16-be") : order === 0 ? "utf-32" : order < 0 ? "utf-32-le" : "utf-32-be";
  const cps = codePoints(s);
  const out = new Bytes();
  const big = order > 0;
  const unit = (u: number) => {
    if (width === 2) {
      if (big) out.pushAll([u >> 8, u]);
      else out.pushAll([u, u >> 8]);
    } else if (big) out.pushAll([u >>> 24, u >> 16, u >> 8, u]);
    else out.pushAll([u, u >> 8, u >> 16, u >>> 24]);
  };
  const put = (cp: number): boolean => {
    if (cp >= 0xd800 && cp <= 0xdfff) return false;
    if (width === 2 && cp >= 0x10000) {
      const v = cp - 0x10000;
      unit(0xd800 | (v >> 10));
      unit(0xdc00 | (v & 0x3ff));
    } else unit(cp);
    return true;
  };
  if (order === 0) unit(0xfeff);
  for (let i = 0; i < cps.length; ) {
    if (put(cps[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < cps.length && cps[j] >= 0xd800 && cps[j] <= 0xdfff) j++;
    if (errors === "surrogatepass") {
      for (let k = i; k < j; k++) unit(cps[k]);
      i = j;
      continue;
    }
    i = onEncodeError(errors, enc, s, cps, i, j, "surrogates not allowed", put, out);
  }
  return out.result();
}

/** Decodes utf-16/utf-32: [text, bytes consumed, byte order found (for the _ex variants)]. */
export function utfDecode(b: Uint8Array, errors: string, width: 2 | 4, order: Order, final: boolean): [string, number, Order] {
  let pos = 0;
  let bo = order;
  if (bo === 0 && b.length >= width) {
    // a BOM picks the byte order and is dropped; without one, little-endian
    if (width === 2 && b[0] === 0xff && b[1] === 0xfe) (bo = -1), (pos = 2);
    else if (width === 2 && b[0] === 0xfe && b[1] === 0xff) (bo = 1), (pos = 2);
    else if (width === 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) (bo = -1), (pos = 4);
    else if (width === 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) (bo = 1), (pos = 4);
  } else if (bo === 0 && !final) return ["", 0, 0];
  const big = bo > 0;
  const enc = width === 2 ? (order === 0 ? "utf-16" : order < 0 ? "utf-16-le" : "utf-16-be") : order === 0 ? "utf-32" : order < 0 ? "utf-32-le" : "utf-32-be";
  const read = (i: number) =>
    width === 2
      ? big ? (b[i] << 8) | b[i + 1] : b[i] | (b[i + 1] << 8)
      : (big ? ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) : (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24))) >>> 0;
  const cps: number[] = [];
  let text = "";
  const flush = () => {
    if (cps.length) text += fromCodePoints(cps);
    cps.length = 0;
  };
  while (pos < b.length) {
    if (b.length - pos < width) {
      if (!final) break;
      flush();
      const [t, p] = onDecodeError(errors, enc, b, pos, b.length, "truncated data");
      text += t;
      pos = p;
      continue;
    }
    const u = read(pos);
    if (width === 4) {
      if (u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff && errors !== "surrogatepass")) {
        flush();
        const [t, p] = onDecodeError(errors, enc, b, pos, pos + 4, u > 0x10ffff ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)");
        text += t;
        pos = p;
        continue;
      }
      cps.push(u);
      pos += 4;
      continue;
    }
    if (u < 0xd800 || u > 0xdfff) {
      cps.push(u);
      pos += 2;
      continue;
    }
    if (u >= 0xdc00) {
      if (errors === "surrogatepass") {
        cps.push(u);
        pos += 2;
        continue;
      }
      flush();
      const [t, p] = onDecodeError(errors, enc, b, pos, pos + 2, "illegal encoding");
      text += t;
      pos = p;
      continue;
    }
    // a high surrogate: needs a low one next
    if (b.length - pos < 4) {
      if (!final) break;
      if (errors === "surrogatepass" && b.length - pos >= 2) {
        cps.push(u);
        pos += 2;
        continue;
      }
      flush();
      const [t, p] = onDecodeError(errors, enc, b, pos, b.length, "unexpected end of data");
      text += t;
      pos = p;
      continue;
    }
    const u2 = read(pos + 2);
    if (u2 >= 0xdc00 && u2 <= 0xdfff) {
      cps.push(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
      pos += 4;
      continue;
    }
    if (errors === "surrogatepass") {
      cps.push(u);
      pos += 2;
      continue;
    }
    flush();
    const [t, p] = onDecodeError(errors, enc, b, pos, pos + 2, "illegal UTF-16 surrogate");
    text += t;
    pos = p;
  }
  flush();
  return [text, pos, bo];
}

// ---------------------------------------------------------------------------------------------
// charmap

function lookupMissing(x: unknown): boolean {
  return x instanceof PyBaseException && isSubtype(x.cls, LookupErrorType);
}

/** charmap_decode(data, errors, mapping): mapping is None (latin-1), a str (byte -> char,
 *  U+FFFE undefined) or a mapping of byte -> int, str or None. */
export function charmapDecode(b: Uint8Array, errors: string, mapping: PyObject): string {
  let text = "";
  const table = mapping === None ? undefined : strOf(mapping);
  const tableCps = table === undefined ? undefined : codePoints(table);
  for (let i = 0; i < b.length; ) {
    let ch: string | undefined;
    if (mapping === None) ch = String.fromCharCode(b[i]);
    else if (tableCps !== undefined) {
      const cp = tableCps[b[i]];
      ch = cp === undefined || cp === 0xfffe ? undefined : String.fromCodePoint(cp);
    } else {
      let v: PyObject | undefined;
      try {
        v = getItem(mapping, b[i]);
      } catch (e) {
        if (!lookupMissing(e)) throw e;
      }
      if (v === undefined || v === None) ch = undefined;
      else if (typeof v === "number" || typeof v === "bigint") {
        const n = Number(v);
        if (n < 0 || n > 0x10ffff) throw typeError("character mapping must be in range(0x110000)");
        ch = n === 0xfffe ? undefined : String.fromCodePoint(n);
      } else {
        const t = strOf(v);
        if (t === undefined) throw typeError("character mapping must return integer, None or str");
        ch = t === "\ufffe" ? undefined : t;
      }
    }
    if (ch !== undefined) {
      text += ch;
      i++;
      continue;
    }
    const [t, p] = onDecodeError(errors, "charmap", b, i, i + 1, "character maps to <undefined>");
    text += t;
    i = p;
  }
  return text;
}

/** charmap_encode(str, errors, mapping): mapping of code point -> int (a byte), bytes or None. */
export function charmapEncode(s: string, errors: string, mapping: PyObject): PyBytes {
  const cps = codePoints(s);
  const out = new Bytes();
  const put = (cp: number): boolean => {
    if (mapping === None) {
      if (cp > 0xff) return false;
      out.push(cp);
      return true;
    }
    let v: PyObject | undefined;
    try {
      v = getItem(mapping, cp);
    } catch (e) {
      if (!lookupMissing(e)) throw e;
      return false;
    }
    if (v === None) return false;
    if (typeof v === "number" || typeof v === "bigint") {
      const n = Number(v);
      if (n < 0 || n > 255) throw typeError("character mapping must be in range(256)");
      out.push(n);
    } else if (v instanceof PyBytes) out.pushAll(v.bytes);
    else throw typeError("character mapping must return integer, bytes or None, not " + typeOf(v).name);
    return true;
  };
  for (let i = 0; i < cps.length; ) {
    if (put(cps[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < cps.length && !canMap(mapping, cps[j])) j++;
    i = onEncodeError(errors, "charmap", s, cps, i, j, "character maps to <undefined>", put, out);
  }
  return out.result();
}

function canMap(mapping: PyObject, cp: number): boolean {
  if (mapping === None) return cp <= 0xff;
  try {
    return getItem(mapping, cp) !== None;
  } catch (e) {
    if (!lookupMissing(e)) throw e;
    return false;
  }
}

/** charmap_build(decoding table): the encoding map (code point -> byte) as a dict. */
export function charmapBuild(table: string): PyDict {
  const d = new PyDict();
  codePoints(table).forEach((cp, i) => d.map.set(cp, i));
  return d;
}

// ---------------------------------------------------------------------------------------------
// escape codecs

const SIMPLE: Record<string, number> = { "\n": -1, "\\": 0x5c, "'": 0x27, '"': 0x22, b: 0x08, f: 0x0c, t: 0x09, n: 0x0a, r: 0x0d, v: 0x0b, a: 0x07 };

/** unicode_escape_decode / escape_decode (bytes=true: the bytes literal escapes, \x only). */
export function escapeDecode(b: Uint8Array, errors: string, bytesOut: boolean, enc: string, raw = false): [string, number] {
  let text = "";
  let i = 0;
  const err = (start: number, end: number, reason: string) => {
    if (bytesOut) {
      if (errors === "strict") throw newException(excType("ValueError"), `invalid \\x escape at position ${start}`);
      if (errors === "replace") text += "?";
      else if (errors !== "ignore") throw newException(excType("ValueError"), `decoding error; unknown error handling code: ${errors}`);
      i = end;
      return;
    }
    const [t, p] = onDecodeError(errors, enc, b, start, end, reason);
    text += t;
    i = p;
  };
  while (i < b.length) {
    const c = b[i];
    if (c !== 0x5c) {
      text += String.fromCharCode(c);
      i++;
      continue;
    }
    const start = i;
    if (i + 1 >= b.length) {
      if (raw) {
        text += "\\";
        i++;
        continue;
      }
      err(start, b.length, "\\ at end of string");
      continue;
    }
    const e = String.fromCharCode(b[i + 1]);
    if (raw) {
      // raw-unicode-escape: only \uXXXX and \UXXXXXXXX
      if (e !== "u" && e !== "U") {
        text += "\\";
        i++;
        continue;
      }
    } else if (e in SIMPLE) {
      const v = SIMPLE[e];
      if (v >= 0) text += String.fromCharCode(v);
      i += 2;
      continue;
    }
    if (!raw && e >= "0" && e <= "7") {
      let n = 0, k = i + 1;
      while (k < b.length && k < i + 4 && b[k] >= 0x30 && b[k] <= 0x37) n = n * 8 + (b[k++] - 0x30);
      text += String.fromCharCode(bytesOut ? n & 0xff : n);
      i = k;
      continue;
    }
    const digits = e === "x" ? 2 : !bytesOut && e === "u" ? 4 : !bytesOut && e === "U" ? 8 : 0;
    if (digits === 0 && !raw) {
      if (!bytesOut && e === "N") {
        // \N{name}: a character name or alias (not a named sequence), as unicodeobject.c finds it
        let s = i + 2;
        let why = "malformed \\N character escape";
        if (s < b.length && b[s] === 0x7b) {
          const nameStart = ++s;
          while (s < b.length && b[s] !== 0x7d) s++;
          if (s < b.length && s > nameStart) {
            const ch = lookupName(String.fromCharCode(...b.subarray(nameStart, s)));
            s++;
            if (ch !== undefined && codePoints(ch).length === 1) {
              text += ch;
              i = s;
              continue;
            }
            why = "unknown Unicode character name";
          }
        }
        err(start, s, why);
        continue;
      }
      text += "\\" + e;
      i += 2;
      continue;
    }
    let n = 0, k = i + 2;
    while (k < b.length && k < i + 2 + digits && /[0-9a-fA-F]/.test(String.fromCharCode(b[k]))) n = n * 16 + parseInt(String.fromCharCode(b[k++]), 16);
    if (k - (i + 2) < digits) {
      err(start, k, e === "x" ? "truncated \\xXX escape" : e === "u" ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
      continue;
    }
    if (n > 0x10ffff) {
      err(start, k, "illegal Unicode character");
      continue;
    }
    text += String.fromCodePoint(n);
    i = k;
  }
  return [text, b.length];
}

/** raw_unicode_escape_encode: latin-1 as is, the rest as \uXXXX / \UXXXXXXXX. */
export function rawUnicodeEscapeEncode(s: string): PyBytes {
  const out = new Bytes();
  for (const cp of codePoints(s)) {
    if (cp < 0x100) out.push(cp);
    else out.pushAll([...(cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`)].map((c) => c.charCodeAt(0)));
  }
  return out.result();
}

export { needBuffer };
