// Printing an uncaught exception the way CPython 3.11 does: the chain of causes/contexts, a
// "Traceback (most recent call last):" block per exception with file, line and source text,
// then "Type: message".
import { readFileSync } from "node:fs";
import { None, PyBaseException, PyObject, PyTraceback } from "../objects/core.js";
import { getAttrMaybe, str, typeOf } from "../objects/protocol.js";
import { lineOf } from "./decode.js";
import { formatExceptionReport } from "./exception-report.js";
import { mayRead } from "../host/sandbox.js";

const sourceCache = new Map<string, string[] | null>();
function sourceLine(file: string, line: number): string | null {
  let lines = sourceCache.get(file);
  if (lines === undefined) {
    try {
      // a code object's file name is the program's to choose: under a sandbox only files
      // Python may read are shown
      lines = mayRead(file) ? readFileSync(file, "utf8").split(/\r?\n/) : null;
    } catch {
      lines = null;
    }
    sourceCache.set(file, lines);
  }
  if (lines === null || line < 1 || line > lines.length) return null;
  return lines[line - 1];
}

function excLine(exc: PyBaseException): string {
  const t = exc.cls;
  const mod = t.dict.map.get("__module__");
  const name = typeof mod === "string" && mod !== "builtins" && mod !== "__main__" ? `${mod}.${t.qualname}` : t.qualname;
  let msg: string;
  try {
    msg = str(exc);
  } catch {
    msg = `<exception str() failed>`;
  }
  return msg === "" ? name : `${name}: ${msg}`;
}

function syntaxErrorBlock(exc: PyBaseException): string {
  // SyntaxError raised at run time (compile()/exec()): CPython prints its location block
  const get = (n: string): PyObject | undefined => getAttrMaybe(exc, n);
  const filename = get("filename"), lineno = get("lineno"), text = get("text"), offset = get("offset");
  if (filename === None || filename === undefined || lineno === None || lineno === undefined) return "";
  let out = `  File "${str(filename)}", line ${str(lineno)}\n`;
  if (typeof text === "string") {
    const stripped = text.replace(/\n$/, "");
    const lead = stripped.length - stripped.trimStart().length;
    out += `    ${stripped.trim()}\n`;
    if (typeof offset === "number") out += `    ${" ".repeat(Math.max(0, offset - 1 - lead))}^\n`;
  }
  return out;
}

/** CPython's PyTraceBack_LIMIT and TB_RECURSIVE_CUTOFF */
const TRACEBACK_LIMIT = 1000;
const RECURSIVE_CUTOFF = 3;

function repeated(count: number): string {
  const more = count - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${more} more time${more > 1 ? "s" : ""}]\n`;
}

function formatOne(exc: PyBaseException): string {
  let out = "";
  if (exc.traceback !== null) {
    out += "Traceback (most recent call last):\n";
    // as CPython's tb_print_internal: the last TRACEBACK_LIMIT entries, and a line repeated
    // (same file, line and function) more than RECURSIVE_CUTOFF times in a row shown that often,
    // then "[Previous line repeated N more times]"
    let tb: PyTraceback | null = exc.traceback;
    let depth = 0;
    for (let t: PyTraceback | null = tb; t !== null; t = t.next) depth++;
    for (; tb !== null && depth > TRACEBACK_LIMIT; tb = tb.next) depth--;
    let lastFile: string | null = null;
    let lastLine = -1;
    let lastName: string | null = null;
    let count = 0;
    for (; tb !== null; tb = tb.next) {
      const code = tb.code;
      const line = lineOf(code, tb.lasti);
      if (code.filename !== lastFile || line !== lastLine || code.name !== lastName) {
        if (count > RECURSIVE_CUTOFF) out += repeated(count);
        lastFile = code.filename;
        lastLine = line;
        lastName = code.name;
        count = 0;
      }
      count++;
      if (count > RECURSIVE_CUTOFF) continue;
      out += `  File "${code.filename}", line ${line}, in ${code.name}\n`;
      const src = sourceLine(code.filename, line);
      if (src !== null && src.trim() !== "") out += `    ${src.trim()}\n`;
    }
    if (count > RECURSIVE_CUTOFF) out += repeated(count);
  }
  if (exc.cls.name === "SyntaxError" || exc.cls.name === "IndentationError" || exc.cls.name === "TabError") {
    out += syntaxErrorBlock(exc);
    const msg = getAttrMaybe(exc, "msg");
    return out + `${exc.cls.name}: ${msg !== undefined && msg !== None ? str(msg) : str(exc)}\n`;
  }
  return out + excLine(exc) + "\n";
}

export function formatException(exc: PyBaseException): string {
  return formatExceptionReport(exc, formatOne);
}
void typeOf;
