// _json, the C speed-ups json uses when present: scanstring (the string literal scanner) and
// encode_basestring/encode_basestring_ascii, with Modules/_json.c's results and messages.
// make_scanner and make_encoder are not provided: json uses its pure-Python scanner and
// encoder for those (as it does on any build without them).
import { PyObject, PyTuple } from "../objects/core.js";
import { call, getAttr, isTrue, typeOf, index } from "../objects/protocol.js";
import { typeError, valueError } from "../objects/exceptions.js";
import { importModule, registerBuiltinModule } from "../interp/imports.js";
import { clinicArgs, defFunction } from "./small-util.js";

function strArg(x: PyObject | undefined, what: string): string {
  if (typeof x === "string") return x;
  const v = (x as { value?: unknown } | undefined)?.value;
  if (typeof v === "string") return v;
  throw typeError(`${what} must be str, not ${typeOf(x!).name}`);
}

// indices are in code points: keep the last string's code points (scanstring is called once per
// string literal of the same document)
let lastText = "";
let lastCps: string[] = [];
function codePointsOf(s: string): string[] {
  if (s !== lastText) {
    lastText = s;
    lastCps = Array.from(s);
  }
  return lastCps;
}

function decodeError(msg: string, s: string, pos: number): PyObject {
  const cls = getAttr(importModule("json.decoder"), "JSONDecodeError");
  return call(cls, [msg, s, pos]);
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

function hex4(cps: string[], at: number): number {
  if (at + 4 > cps.length) return -1;
  let n = 0;
  for (let k = at; k < at + 4; k++) {
    const d = parseInt(cps[k], 16);
    if (Number.isNaN(d) || !/^[0-9a-fA-F]$/.test(cps[k])) return -1;
    n = n * 16 + d;
  }
  return n;
}

export function scanstring(s: string, end: number, strict: boolean): [string, number] {
  const cps = codePointsOf(s);
  if (end < 0 || end > cps.length) throw valueError("end is out of bounds");
  const begin = end - 1;
  let out = "";
  let i = end;
  for (;;) {
    let j = i;
    while (j < cps.length && cps[j] !== '"' && cps[j] !== "\\") {
      if (strict && cps[j].codePointAt(0)! < 0x20) throw decodeError("Invalid control character at", s, j);
      j++;
    }
    if (j >= cps.length) throw decodeError("Unterminated string starting at", s, begin);
    out += cps.slice(i, j).join("");
    if (cps[j] === '"') return [out, j + 1];
    // a backslash
    j++;
    if (j >= cps.length) throw decodeError("Unterminated string starting at", s, begin);
    const esc = cps[j];
    if (esc !== "u") {
      const c = SIMPLE_ESCAPES[esc];
      if (c === undefined) throw decodeError("Invalid \\escape", s, j - 1);
      out += c;
      i = j + 1;
      continue;
    }
    let u = hex4(cps, j + 1);
    if (u < 0) throw decodeError("Invalid \\uXXXX escape", s, j);
    j += 5;
    if (u >= 0xd800 && u <= 0xdbff && cps[j] === "\\" && cps[j + 1] === "u") {
      const u2 = hex4(cps, j + 2);
      if (u2 < 0) throw decodeError("Invalid \\uXXXX escape", s, j + 1);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
        j += 6;
      }
    }
    out += String.fromCodePoint(u);
    i = j;
  }
}

const SHORT: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };
const u4 = (n: number) => "\\u" + n.toString(16).padStart(4, "0");

export function encodeBasestring(s: string, asciiOnly: boolean): string {
  let out = '"';
  for (const ch of s) {
    const short = SHORT[ch];
    if (short !== undefined) {
      out += short;
      continue;
    }
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (asciiOnly && cp >= 0x7f)) {
      if (cp >= 0x10000) {
        const v = cp - 0x10000;
        out += u4(0xd800 | (v >> 10)) + u4(0xdc00 | (v & 0x3ff));
      } else out += u4(cp);
    } else out += ch;
  }
  return out + '"';
}

registerBuiltinModule("_json", (m) => {
  defFunction(m, "scanstring", (args, kw) => {
    const [s, end, strict] = clinicArgs("scanstring", args, kw, ["string", "end", "strict"], 2);
    const text = strArg(s, "first argument");
    const r = scanstring(text, Number(index(end!)), strict === undefined ? true : isTrue(strict));
    return new PyTuple([r[0], r[1]]);
  });
  defFunction(m, "encode_basestring_ascii", (args) => {
    if (args.length !== 1) throw typeError(`encode_basestring_ascii() takes exactly one argument (${args.length} given)`);
    return encodeBasestring(strArg(args[0], "first argument"), true);
  });
  defFunction(m, "encode_basestring", (args) => {
    if (args.length !== 1) throw typeError(`encode_basestring() takes exactly one argument (${args.length} given)`);
    return encodeBasestring(strArg(args[0], "first argument"), false);
  });
});
