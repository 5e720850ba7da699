/**
 * Python's repr()/ascii() of str values, plus small code-point helpers.
 *
 * Strings are JS strings; characters beyond the BMP are surrogate pairs and
 * a lone surrogate stands for itself (one code point), as in Python.
 */

import { isPrintable14 } from "./unicode14.js";

/** Python 3.11's Py_UNICODE_ISPRINTABLE for one code point (Unicode 14.0 data). */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp < 0xa1) return false; // DEL, C1 controls, NBSP (Zs)
  return isPrintable14(cp);
}

/** Number of code points in s (a lone surrogate counts as one). */
export function codePointLength(s: string): number {
  const n = s.length;
  let count = n;
  for (let i = 0; i < n - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** The first n code points of s. */
export function truncateCodePoints(s: string, n: number): string {
  if (n >= s.length) return s;
  let i = 0;
  let count = 0;
  while (i < s.length && count < n) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    i++;
    count++;
  }
  return s.slice(0, i);
}

/** Index (in UTF-16 units) -> index in code points. */
export function codePointIndex(s: string, utf16Index: number): number {
  return codePointLength(s.slice(0, utf16Index));
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

function escapeCodePoint(cp: number): string {
  if (cp <= 0xff) return "\\x" + hex(cp, 2);
  if (cp <= 0xffff) return "\\u" + hex(cp, 4);
  return "\\U" + hex(cp, 8);
}

/** Python's repr(str). */
export function strRepr(s: string): string {
  let hasSingle = false;
  let hasDouble = false;
  let simple = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
    else if (c < 0x20 || c >= 0x7f || c === 0x5c) simple = false;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  if (simple && !(hasSingle && hasDouble)) return quote + s + quote;
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp === 0x5c) out += "\\\\";
    else if (cp === 0x27 && quote === "'") out += "\\'";
    else if (cp === 0x09) out += "\\t";
    else if (cp === 0x0a) out += "\\n";
    else if (cp === 0x0d) out += "\\r";
    else if (cp >= 0x20 && cp < 0x7f) out += String.fromCharCode(cp);
    else if (cp < 0x7f) out += escapeCodePoint(cp);
    else if (isPrintableCodePoint(cp)) out += String.fromCodePoint(cp);
    else out += escapeCodePoint(cp);
  }
  return out + quote;
}

/**
 * Backslash-escape every non-ASCII code point (the "backslashreplace" step of
 * ascii(obj), applied to repr(obj)).
 */
export function asciiEscape(s: string): string {
  let i = 0;
  for (; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) break;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp < 0x80) {
      out += s[i];
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    out += escapeCodePoint(cp);
  }
  return out;
}

/** Python's ascii(str). */
export function strAscii(s: string): string {
  return asciiEscape(strRepr(s));
}
