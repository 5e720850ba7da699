// The layout of a printed exception beyond one traceback block: the chain of causes and
// contexts, __notes__, and exception groups drawn as nested boxes, following CPython 3.11's
// traceback printer (at most 15 members and 10 levels of a group are shown).
import { PyBaseException, PyList, PyObject, PyTuple } from "../objects/core.js";
import { str } from "../objects/protocol.js";
import { PyExceptionGroup } from "../objects/exception-group.js";

const CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** One exception's block: "Traceback…" with its frames, then the exception line(s). */
export type BlockFormatter = (exc: PyBaseException) => string;

interface Ctx {
  depth: number;
  needClose: boolean;
  seen: Set<PyBaseException>;
}

function indent(ctx: Ctx): string {
  return " ".repeat(2 * ctx.depth);
}

/** Every line of text prefixed with the group margin ("| " or "+ ") at the current depth. */
function emit(ctx: Ctx, text: string, margin = "|"): string {
  if (ctx.depth === 0) return text;
  const prefix = indent(ctx) + margin + " ";
  const lines = text.split("\n");
  const last = lines.pop()!;
  return lines.map((l) => prefix + l + "\n").join("") + (last === "" ? "" : prefix + last);
}

function notes(exc: PyBaseException): string {
  const n = exc.notes;
  if (n === null) return "";
  if (n instanceof PyList || n instanceof PyTuple) {
    let out = "";
    for (const note of n.items) {
      let s: string;
      try {
        s = str(note);
      } catch {
        s = "<note str() failed>";
      }
      out += s.split("\n").map((l) => l + "\n").join("");
    }
    return out;
  }
  return "";
}

/** The exception line(s) alone, and the traceback part alone, of a formatted block. */
function split(exc: PyBaseException, block: BlockFormatter): [string, string] {
  const tb = exc.traceback;
  exc.traceback = null;
  let only: string;
  try {
    only = block(exc);
  } finally {
    exc.traceback = tb;
  }
  const whole = block(exc);
  const stack = whole.endsWith(only) ? whole.slice(0, whole.length - only.length) : whole;
  return [stack.replace(/^Traceback \(most recent call last\):\n/, ""), only];
}

function format(exc: PyBaseException, ctx: Ctx, block: BlockFormatter): string {
  const chain: [string | null, PyBaseException][] = [];
  let e: PyBaseException | null = exc;
  while (e !== null) {
    ctx.seen.add(e);
    const cause: PyObject = e.cause;
    const context: PyObject = e.context;
    if (cause instanceof PyBaseException && !ctx.seen.has(cause)) {
      chain.push([CAUSE, e]);
      e = cause;
    } else if (context instanceof PyBaseException && !e.suppressContext && !ctx.seen.has(context)) {
      chain.push([CONTEXT, e]);
      e = context;
    } else {
      chain.push([null, e]);
      e = null;
    }
  }
  // innermost first; each later one is introduced by how it chains to the one before
  let out = "";
  for (let k = chain.length - 1; k >= 0; k--) {
    const [msg, x] = chain[k];
    if (msg !== null) out += emit(ctx, msg);
    out += formatEntry(x, ctx, block);
  }
  return out;
}

function formatEntry(x: PyBaseException, ctx: Ctx, block: BlockFormatter): string {
  if (!(x instanceof PyExceptionGroup)) return emit(ctx, block(x) + notes(x));
  if (ctx.depth > MAX_GROUP_DEPTH) return emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  let out = "";
  const toplevel = ctx.depth === 0;
  if (toplevel) ctx.depth++;
  const [stack, only] = split(x, block);
  if (x.traceback !== null) {
    out += emit(ctx, "Exception Group Traceback (most recent call last):\n", toplevel ? "+" : "|");
    out += emit(ctx, stack);
  }
  out += emit(ctx, only + notes(x));
  const count = x.excs.length;
  const n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out += `${indent(ctx)}${i === 0 ? "+-" : "  "}+---------------- ${truncated ? "..." : i + 1} ----------------\n`;
    ctx.depth++;
    if (!truncated) out += format(x.excs[i], ctx, block);
    else {
      const remaining = count - MAX_GROUP_WIDTH;
      out += emit(ctx, `and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
    }
    if (last && ctx.needClose) {
      out += `${indent(ctx)}+------------------------------------\n`;
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (toplevel) ctx.depth = 0;
  return out;
}

/** The full report of an uncaught exception (what CPython writes to stderr). */
export function formatExceptionReport(exc: PyBaseException, block: BlockFormatter): string {
  return format(exc, { depth: 0, needClose: false, seen: new Set() }, block);
}
