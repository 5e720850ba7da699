// The _string module: the str.format() parser exposed for string.Formatter —
// formatter_parser (literal text and replacement fields) and formatter_field_name_split
// (first name or index, then .attr / [key] parts), following CPython's unicode_format.h.
import { None, PyBoxed, PyNativeIterator, PyObject, PyTuple, builtinType, objectType } from "../objects/core.js";
import { method } from "../objects/define.js";
import { StopIterationType, newException, typeError, valueError } from "../objects/exceptions.js";
import { typeOf } from "../objects/protocol.js";
import { decimalValue } from "../objects/str.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { defFunction } from "./small-util.js";

export const formatterIteratorType = builtinType("formatteriterator", objectType, undefined, { noSubclass: true });
export const fieldNameIteratorType = builtinType("fieldnameiterator", objectType, undefined, { noSubclass: true });
for (const t of [formatterIteratorType, fieldNameIteratorType]) {
  method(t, "__iter__", (self) => self);
  method(t, "__next__", (self) => {
    const r = (self as PyNativeIterator).next();
    if (r === undefined) throw newException(StopIterationType);
    return r;
  });
}

function strArg(x: PyObject): string {
  if (typeof x === "string") return x;
  if (x instanceof PyBoxed && typeof x.value === "string") return x.value;
  throw typeError(`expected str, got ${typeOf(x).name}`);
}

const LBRACE = "{";
const RBRACE = "}";

/** get_integer: the decimal value of a whole substring, or -1 if it is empty or not all digits. */
function getInteger(cps: string[], start: number, end: number): number {
  if (start >= end) return -1;
  let acc = 0n;
  for (let i = start; i < end; i++) {
    const d = decimalValue(cps[i].codePointAt(0)!);
    if (d < 0) return -1;
    acc = acc * 10n + BigInt(d);
    if (acc > 0x7fffffffffffffffn) throw valueError("Too many decimal digits in format string");
  }
  return Number(acc);
}

interface Field {
  literal: string;
  fieldName: string | null;
  formatSpec: string | null;
  conversion: string | null;
}

/** MarkupIterator over the code points of a format string. */
class MarkupIterator {
  pos = 0;
  constructor(private cps: string[]) {}

  private text(start: number, end: number): string {
    return this.cps.slice(start, end).join("");
  }

  next(): Field | undefined {
    const cps = this.cps;
    const end = cps.length;
    if (this.pos >= end) return undefined;
    const start = this.pos;
    let c = "";
    let markup = false;
    while (this.pos < end) {
      c = cps[this.pos++];
      if (c === LBRACE || c === RBRACE) {
        markup = true;
        break;
      }
    }
    const atEnd = this.pos >= end;
    let len = this.pos - start;
    if (c === RBRACE && (atEnd || c !== cps[this.pos])) throw valueError("Single '}' encountered in format string");
    if (atEnd && c === LBRACE) throw valueError("Single '{' encountered in format string");
    if (!atEnd) {
      if (c === cps[this.pos]) {
        this.pos++;
        markup = false;
      } else len--;
    }
    const field: Field = { literal: this.text(start, start + len), fieldName: null, formatSpec: null, conversion: null };
    if (!markup) return field;
    this.parseField(field);
    return field;
  }

  private parseField(field: Field): void {
    const cps = this.cps;
    const end = cps.length;
    const nameStart = this.pos;
    let c = "";
    while (this.pos < end) {
      c = cps[this.pos++];
      if (c === LBRACE) throw valueError("unexpected '{' in field name");
      if (c === "[") {
        while (this.pos < end && cps[this.pos] !== "]") this.pos++;
        continue;
      }
      if (c === RBRACE || c === ":" || c === "!") break;
    }
    field.fieldName = this.text(nameStart, this.pos - 1);
    field.formatSpec = "";
    if (c === "!" || c === ":") {
      if (c === "!") {
        if (this.pos >= end) throw valueError("end of string while looking for conversion specifier");
        field.conversion = cps[this.pos++];
        if (this.pos < end) {
          const c2 = cps[this.pos++];
          if (c2 === RBRACE) return;
          if (c2 !== ":") throw valueError("expected ':' after conversion specifier");
        }
      }
      const specStart = this.pos;
      let count = 1;
      while (this.pos < end) {
        const c3 = cps[this.pos++];
        if (c3 === LBRACE) count++;
        else if (c3 === RBRACE && --count === 0) {
          field.formatSpec = this.text(specStart, this.pos - 1);
          return;
        }
      }
      throw valueError("unmatched '{' in format spec");
    } else if (c !== RBRACE) throw valueError("expected '}' before end of string");
  }
}

/** _string.formatter_parser(s): (literal, field_name, format_spec, conversion) tuples. */
export function formatterParser(s: string): PyNativeIterator {
  const it = new MarkupIterator(Array.from(s));
  return new PyNativeIterator(formatterIteratorType, () => {
    const f = it.next();
    if (f === undefined) return undefined;
    return new PyTuple([f.literal, f.fieldName ?? None, f.formatSpec ?? None, f.conversion ?? None]);
  });
}

/** _string.formatter_field_name_split(s): (first, iterator of (is_attr, key)). */
export function fieldNameSplit(s: string): PyTuple {
  const cps = Array.from(s);
  const end = cps.length;
  let i = 0;
  while (i < end && cps[i] !== "." && cps[i] !== "[") i++;
  const idx = getInteger(cps, 0, i);
  const first: PyObject = idx !== -1 ? idx : cps.slice(0, i).join("");
  let pos = i;
  const rest = new PyNativeIterator(fieldNameIteratorType, () => {
    if (pos >= end) return undefined;
    const c = cps[pos++];
    let isAttr: boolean;
    let start: number;
    let stop: number;
    if (c === ".") {
      isAttr = true;
      start = pos;
      while (pos < end && cps[pos] !== "." && cps[pos] !== "[") pos++;
      stop = pos;
    } else if (c === "[") {
      isAttr = false;
      start = pos;
      while (pos < end && cps[pos] !== "]") pos++;
      if (pos >= end) throw valueError("Missing ']' in format string");
      stop = pos++;
    } else throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    const key = isAttr ? -1 : getInteger(cps, start, stop);
    if (start === stop) throw valueError("Empty attribute in format string");
    return new PyTuple([isAttr, key !== -1 ? key : cps.slice(start, stop).join("")]);
  });
  return new PyTuple([first, rest]);
}

registerBuiltinModule("_string", (m) => {
  m.dict.map.set("__doc__", "string helper module");
  defFunction(m, "formatter_parser", (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError("formatter_parser() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`_string.formatter_parser() takes exactly one argument (${args.length} given)`);
    return formatterParser(strArg(args[0]));
  });
  defFunction(m, "formatter_field_name_split", (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError("formatter_field_name_split() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`_string.formatter_field_name_split() takes exactly one argument (${args.length} given)`);
    return fieldNameSplit(strArg(args[0]));
  });
});
