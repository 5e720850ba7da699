// Pre-decodes a code object's bytecode once, for every tier: opcodes per code unit, arguments
// with EXTENDED_ARG folded in, jump arguments turned into absolute targets, the next
// instruction after inline caches, and the exception table.
import { CO_VARARGS, CO_VARKEYWORDS, PyCode } from "../objects/core.js";
import { systemError } from "../objects/exceptions.js";
import { CACHE_ENTRIES, EXTENDED_ARG, HAVE_ARGUMENT, JUMP_KIND, Opcode } from "../../generated/opcodes.js";
import { parseExceptionTable } from "../loader/exception-table.js";
import { decodeLocations } from "../loader/location-table.js";
import { initQuickening } from "./adaptive.js";

const MAX_CODE_UNITS = 1 << 23;

export function decodeCode(code: PyCode): void {
  const raw = code.co_code;
  const n = raw.length >> 1;
  // the base interpreter keeps an instruction's successor in the 23 bits above its opcode
  // (adaptive.ts initQuickening); CPython makes no code object nearly this long in practice
  if (n >= MAX_CODE_UNITS) throw systemError(`code object ${code.qualname} too large: ${n} code units (HotPy runs at most ${MAX_CODE_UNITS - 1})`);
  const ops = new Uint8Array(n);
  const args = new Int32Array(n);
  const nexts = new Int32Array(n);
  let ext = 0;
  for (let i = 0; i < n; ) {
    const op = raw[2 * i];
    const arg = raw[2 * i + 1] | ext;
    const next = i + 1 + (CACHE_ENTRIES[op] ?? 0); // an undefined opcode is decoded, and fails when run
    if (op === EXTENDED_ARG) {
      ext = arg << 8;
      ops[i] = Opcode.NOP; // a jump may land on the prefix: run on to the real instruction
      nexts[i] = i + 1;
      i++;
      continue;
    }
    ext = 0;
    ops[i] = op;
    nexts[i] = next;
    const jump = JUMP_KIND[op];
    args[i] = op < HAVE_ARGUMENT ? 0 : jump === 1 ? next + arg : jump === 2 ? next - arg : arg;
    for (let j = i + 1; j < next && j < n; j++) nexts[j] = next;
    i = next;
  }
  // PRECALL does nothing here (CALL binds methods itself): the instruction before it goes
  // straight on to its CALL, saving a dispatch per call. A jump may still land on a PRECALL,
  // which runs as the no-op it is.
  for (let i = 0; i < n; i++) {
    const next = nexts[i];
    if (next < n && ops[next] === Opcode.PRECALL && ops[i] !== Opcode.PRECALL) nexts[i] = nexts[next];
  }
  code.ops = ops;
  code.args = args;
  code.nexts = nexts;
  // a function's RESUME (CPython checks for pending interrupts there; here linkFrame does, at
  // every call) costs a dispatch per call for nothing: new frames start after it
  code.entryIp = n > 0 && ops[0] === Opcode.RESUME ? nexts[0] : 0;
  code.exactArgcount = (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0 ? code.argcount : -1;
  initQuickening(code);
  code.handlers = parseExceptionTable(code.exceptiontable);
  code.nlocalsplus = code.localsplusnames.length;
}

/** Source line of the instruction at a code unit (-1 if none). */
export function lineOf(code: PyCode, unit: number): number {
  if (code.positions === null) code.positions = decodeLocations(code.linetable, code.firstlineno, code.co_code.length >> 1);
  const p = code.positions[unit];
  return p ? p.line : -1;
}
