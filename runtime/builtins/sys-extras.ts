// The rest of sys's surface that the standard library and tools read: the int/str digit limit,
// hooks (__displayhook__, unraisablehook…), interpreter settings that have nothing to act on
// here (switch interval, dlopen flags, asyncgen hooks) kept as values, and tracing/profiling
// hooks, which this VM does not call: setting one raises rather than being silently ignored.
import { markEscaped } from "../interp/frame.js";
import { None, PyBaseException, PyDict, PyObject, PyTuple, PyType, PyFloat, builtinType, tupleType } from "../objects/core.js";
import { builtinFunction, getter, method, parseArgs } from "../objects/define.js";
import { excType, newException, typeError, valueError } from "../objects/exceptions.js";
import { asFloat } from "../objects/operators.js";
import { call, getAttr, index, repr } from "../objects/protocol.js";
import { getIntMaxStrDigits, setIntMaxStrDigits } from "../text/parse-number.js";
import { state } from "../interp/state.js";
import { formatException } from "../interp/traceback.js";
import { stderr } from "./stdio.js";
import type { PyModule } from "../objects/core.js";

function structSeq(name: string, fields: string[]): PyType {
  const t = builtinType(name, tupleType);
  t.dict.map.set("__module__", "sys");
  fields.forEach((f, i) => getter(t, f, (self) => (self as PyTuple).items[i]));
  method(t, "__repr__", (self) => `${name}(${fields.map((f, i) => `${f}=${repr((self as PyTuple).items[i])}`).join(", ")})`);
  return t;
}

const intInfoType = structSeq("sys.int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
const threadInfoType = structSeq("sys.thread_info", ["name", "lock", "version"]);
const asyncgenHooksType = structSeq("asyncgen_hooks", ["firstiter", "finalizer"]);

/** The smallest limit set_int_max_str_digits accepts (other than 0, no limit). */
const STR_DIGITS_CHECK_THRESHOLD = 640;

export function addSysExtras(d: PyDict): void {
  const fn = (name: string, f: (args: PyObject[], kw: string[] | null) => PyObject): void => {
    const b = builtinFunction(name, f);
    b.module = "sys";
    d.map.set(name, b);
  };
  d.map.set("int_info", new PyTuple([30, 4, 4300, STR_DIGITS_CHECK_THRESHOLD], intInfoType));
  fn("get_int_max_str_digits", () => getIntMaxStrDigits());
  fn("set_int_max_str_digits", (args, kw) => {
    const [maxdigits] = parseArgs("set_int_max_str_digits", args, kw, ["maxdigits"], 1);
    const n = Number(index(maxdigits!));
    if (n !== 0 && n < STR_DIGITS_CHECK_THRESHOLD) throw valueError(`maxdigits must be 0 or larger than ${STR_DIGITS_CHECK_THRESHOLD}`);
    setIntMaxStrDigits(n);
    return None;
  });
  const flags = d.map.get("flags") as PyModule | undefined;
  if (flags !== undefined && !flags.dict.map.has("int_max_str_digits")) flags.dict.map.set("int_max_str_digits", -1);

  d.map.set("__displayhook__", d.map.get("displayhook") ?? None);
  fn("unraisablehook", (args) => {
    // CPython's default: "Exception ignored in: <obj>" and the traceback, to stderr
    const u = args[0];
    const get = (k: string): PyObject => getAttr(u, k);
    const obj = get("object");
    const msg = get("err_msg");
    stderr.write(`${msg !== None ? String(msg) : "Exception ignored in"}: ${obj !== None ? repr(obj) : ""}\n`);
    const v = get("exc_value");
    if (v instanceof PyBaseException) stderr.write(formatException(v));
    return None;
  });
  d.map.set("__unraisablehook__", d.map.get("unraisablehook")!);
  fn("breakpointhook", () => {
    throw newException(excType("RuntimeError"), "breakpoint(): debuggers are not supported by this VM");
  });
  d.map.set("__breakpointhook__", d.map.get("breakpointhook")!);
  d.map.set("__interactivehook__", None);

  d.map.set("abiflags", "");
  d.map.set("base_exec_prefix", d.map.get("exec_prefix") ?? "");
  d.map.set("_base_executable", d.map.get("executable") ?? "");
  d.map.set("float_repr_style", "short");
  d.map.set("platlibdir", "lib");
  d.map.set("pycache_prefix", None);
  d.map.set("_xoptions", new PyDict());
  d.map.set("_framework", "");
  d.map.set("_git", new PyTuple(["hotpy", "", ""]));
  d.map.set("thread_info", new PyTuple(["pthread", "semaphore", None], threadInfoType));

  // tracing and profiling: none is ever called here, so only "no hook" is accepted
  const noHook = (name: string) => (args: PyObject[]) => {
    if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
    if (args[0] !== None) throw newException(excType("NotImplementedError"), `sys.${name}(): trace and profile functions are not supported by this VM`);
    return None;
  };
  fn("settrace", noHook("settrace"));
  fn("setprofile", noHook("setprofile"));
  fn("gettrace", () => None);
  fn("getprofile", () => None);
  fn("call_tracing", (args) => call(args[0], (args[1] as PyTuple).items));

  let switchInterval = 0.005;
  fn("getswitchinterval", () => new PyFloat(switchInterval));
  fn("setswitchinterval", (args) => {
    const v = asFloat(args[0]);
    if (v === undefined) throw typeError("must be real number, not " + repr(args[0]));
    if (v <= 0) throw valueError("switch interval must be strictly positive");
    switchInterval = v;
    return None;
  });
  let dlopenflags = 2;
  fn("getdlopenflags", () => dlopenflags);
  fn("setdlopenflags", (args) => {
    dlopenflags = Number(index(args[0]));
    return None;
  });
  let asyncgenHooks: [PyObject, PyObject] = [None, None];
  fn("get_asyncgen_hooks", () => new PyTuple(asyncgenHooks, asyncgenHooksType));
  fn("set_asyncgen_hooks", (args, kw) => {
    const [firstiter, finalizer] = parseArgs("set_asyncgen_hooks", args, kw, ["firstiter", "finalizer"], 0);
    asyncgenHooks = [firstiter ?? asyncgenHooks[0], finalizer ?? asyncgenHooks[1]];
    return None;
  });
  let originDepth = 0;
  fn("get_coroutine_origin_tracking_depth", () => originDepth);
  fn("set_coroutine_origin_tracking_depth", (args) => {
    const n = Number(index(args[0]));
    if (n < 0) throw valueError("depth must be >= 0");
    originDepth = n;
    return None;
  });
  const audithooks: PyObject[] = [];
  fn("addaudithook", (args) => {
    audithooks.push(args[0]);
    return None;
  });
  fn("_current_frames", () => {
    const r = new PyDict();
    markEscaped(state.frame);
    if (state.frame !== null) r.map.set(1, state.frame as unknown as PyObject);
    return r;
  });
  fn("_current_exceptions", () => {
    const r = new PyDict();
    r.map.set(1, state.excValue);
    return r;
  });
  fn("_clear_type_cache", () => None);
  fn("getallocatedblocks", () => 0);
  fn("_getquickenedcount", () => 0);
  fn("_debugmallocstats", () => None);
}
