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

function formatOne(exc: PyBaseException): string {
  let out = "";
  if (exc.traceback !== null) {
    out += "Traceback (most recent call last):\n";
    for (let tb: PyTraceback | null = exc.traceback; tb !== null; tb = tb.next) {
      const code = tb.code;
      const line = lineOf(code, tb.lasti);
      out += `  File "${code.filename}", line ${line}, in ${code.name}\n`;
      const src = sourceLine(code.filename, line);
      if (src !== null && src.trim() !== "") out += `    ${src.trim()}\n`;
    }
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
