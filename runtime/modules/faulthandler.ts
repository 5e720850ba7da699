// faulthandler: this VM has no fatal signals to catch (a JavaScript error becomes a Python
// SystemError), so enable/disable only keep the flag CPython reports; dump_traceback prints the
// Python stack as CPython's does. The timer variant needs a thread we do not have.
import { None, PyObject } from "../objects/core.js";
import { excType, newException } from "../objects/exceptions.js";
import { call, getAttrMaybe, index, isTrue } from "../objects/protocol.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { state } from "../interp/state.js";
import { lineOf } from "../interp/decode.js";
import { getSys } from "../builtins/sys.js";
import { clinicArgs, defFunction } from "./small-util.js";

let enabled = false;
const registered = new Set<number>();

/** The file argument, sys.stderr when omitted or None (CPython: "sys.stderr is None" otherwise). */
function outFile(file: PyObject | undefined): PyObject {
  if (file !== undefined && file !== None) return file;
  const err = getAttrMaybe(getSys(), "stderr");
  if (err === undefined || err === None) throw newException(excType("RuntimeError"), "sys.stderr is None");
  return err;
}

function write(file: PyObject, text: string): void {
  call(getAttrMaybe(file, "write")!, [text]);
  const flush = getAttrMaybe(file, "flush");
  if (flush !== undefined) call(flush, []);
}

function stackText(allThreads: boolean): string {
  let out = allThreads ? "Current thread 0x0000000000000001 (most recent call first):\n" : "Stack (most recent call first):\n";
  for (let f = state.frame; f !== null; f = f.back)
    out += `  File "${f.code.filename}", line ${lineOf(f.code, f.lasti)} in ${f.code.name}\n`;
  return out;
}

const noThreads = (name: string) => () => {
  throw newException(excType("NotImplementedError"), `faulthandler.${name}() needs a watchdog thread, which this VM does not have`);
};

registerBuiltinModule("faulthandler", (m) => {
  defFunction(m, "enable", (args, kw) => {
    const [file] = clinicArgs("enable", args, kw, ["file", "all_threads"], 0);
    outFile(file);
    enabled = true;
    return None;
  });
  defFunction(m, "disable", () => {
    const was = enabled;
    enabled = false;
    return was;
  });
  defFunction(m, "is_enabled", () => enabled);
  defFunction(m, "dump_traceback", (args, kw) => {
    const [file, allThreads] = clinicArgs("dump_traceback", args, kw, ["file", "all_threads"], 0);
    write(outFile(file), stackText(allThreads === undefined ? true : isTrue(allThreads)));
    return None;
  });
  defFunction(m, "dump_traceback_later", noThreads("dump_traceback_later"));
  // nothing is ever scheduled, so there is nothing to cancel
  defFunction(m, "cancel_dump_traceback_later", () => None);
  // a dump on a signal from outside: this VM receives no outside signals (see _signal), so a
  // registration is kept for unregister() but never fires
  defFunction(m, "register", (args, kw) => {
    const [signum, file] = clinicArgs("register", args, kw, ["signum", "file", "all_threads", "chain"], 1);
    outFile(file);
    registered.add(Number(index(signum!)));
    return None;
  });
  defFunction(m, "unregister", (args, kw) => {
    const [signum] = clinicArgs("unregister", args, kw, ["signum"], 1);
    return registered.delete(Number(index(signum!)));
  });
});
