// The sys module.
import { markEscaped } from "../interp/frame.js";
import { None, PyDict, PyFloat, PyList, PyModule, PyObject, PyTuple, PyBaseException } from "../objects/core.js";
import { builtinFunction, getter, method, positional } from "../objects/define.js";
import { builtinType, tupleType, PyType } from "../objects/core.js";
import { excType, newException, SystemExitType, typeError, valueError } from "../objects/exceptions.js";
import { call, getAttr, index, repr, typeOf } from "../objects/protocol.js";
import { modules, path, registerBuiltinModule, newModule, builtinModuleNames, importModule, builtinsDict } from "../interp/imports.js";
import { state } from "../interp/state.js";
import { stderr, stdin, stdout } from "./stdio.js";
import { dictSet } from "../objects/hashtable.js";
import { hostInfo } from "../loader/python-host.js";
import { formatException } from "../interp/traceback.js";
import { addSysExtras } from "./sys-extras.js";
import { defaultSiteOptions } from "../interp/site-path.js";
import { newNamespace } from "../objects/namespace.js";

/** A struct sequence (sys.version_info, sys.float_info…): a tuple with named fields. */
function structSeq(name: string, fields: string[]): PyType {
  const t = builtinType(name.slice(name.lastIndexOf(".") + 1), tupleType);
  t.dict.map.set("__module__", "sys");
  fields.forEach((f, i) => getter(t, f, (self) => (self as PyTuple).items[i]));
  method(t, "__repr__", (self) => `${name}(${fields.map((f, i) => `${f}=${repr((self as PyTuple).items[i])}`).join(", ")})`);
  return t;
}
const versionInfoType = structSeq("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
const hashInfoType = structSeq("sys.hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
const floatInfoType = structSeq("sys.float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);

/** Set by the VM at start-up: sys.argv and the executable name. */
export const sysConfig = { argv: [] as string[], executable: "hotpy", site: defaultSiteOptions };

let sysModule: PyModule | null = null;
export function getSys(): PyModule {
  if (sysModule === null) sysModule = importModule("sys") as PyModule;
  return sysModule;
}

function fn(d: PyDict, name: string, f: (args: PyObject[], kw: string[] | null) => PyObject): void {
  const b = builtinFunction(name, f);
  b.module = "sys";
  d.map.set(name, b);
}

registerBuiltinModule("sys", (m) => {
  const d = m.dict;
  sysModule = m;
  d.map.set("modules", modules);
  d.map.set("path", path);
  d.map.set("argv", new PyList(sysConfig.argv.slice()));
  d.map.set("orig_argv", new PyList(["hotpy", ...sysConfig.argv]));
  d.map.set("executable", sysConfig.executable);
  d.map.set("stdout", stdout);
  d.map.set("stderr", stderr);
  d.map.set("stdin", stdin);
  d.map.set("__stdout__", stdout);
  d.map.set("__stderr__", stderr);
  d.map.set("__stdin__", stdin);
  d.map.set("platform", "linux");
  d.map.set("byteorder", "little");
  d.map.set("maxsize", 2n ** 63n - 1n);
  d.map.set("maxunicode", 0x10ffff);
  const info = hostInfo();
  // CPython's layout ("3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]"), which `platform`
  // parses; the bracket, CPython's compiler, names the VM instead.
  d.map.set("version", `${info.sysVersion.replace(/\s*\[[^\]]*\]?\s*$/, "")} [HotPy on Node.js ${process.version}]`);
  d.map.set("version_info", new PyTuple([3, 11, Number(info.version.split(".")[2] ?? 0), "final", 0], versionInfoType));
  d.map.set("hexversion", 0x030b00f0);
  d.map.set("api_version", 1013);
  d.map.set("copyright", "");
  d.map.set("builtin_module_names", new PyTuple(builtinModuleNames()));
  d.map.set("prefix", "");
  d.map.set("exec_prefix", "");
  d.map.set("base_prefix", "");
  d.map.set("dont_write_bytecode", true);
  d.map.set("float_info", new PyTuple([
    new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1,
  ], floatInfoType));
  d.map.set("hash_info", new PyTuple([64, 2n ** 61n - 1n, 314159, 0, 1000003, "siphash13", 64, 128, 0], hashInfoType));
  // a types.SimpleNamespace, as CPython's; the version is the VM's own, as PyPy gives its own
  // (packaging's markers read it); sysconfig names its data module after _multiarch, so the
  // host CPython's is the one read
  d.map.set("implementation", newNamespace([
    ["name", "hotpy"],
    ["cache_tag", "cpython-311"],
    ["version", new PyTuple([0, 1, 0, "alpha", 0], versionInfoType)],
    ["hexversion", 0x000100a0],
    ["_multiarch", info.multiarch],
  ]));
  d.map.set("flags", newModule("flags"));
  for (const f of ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "utf8_mode", "warn_default_encoding"])
    (d.map.get("flags") as PyModule).dict.map.set(f, 0);
  const flags = (d.map.get("flags") as PyModule).dict.map;
  // as CPython 3.11's sys.flags: two booleans, and no -X int_max_str_digits given
  flags.set("dev_mode", false);
  flags.set("safe_path", false);
  flags.set("int_max_str_digits", -1);
  flags.set("no_site", sysConfig.site.noSite ? 1 : 0);
  flags.set("no_user_site", sysConfig.site.noUserSite ? 1 : 0);
  flags.set("ignore_environment", sysConfig.site.ignoreEnvironment ? 1 : 0);
  d.map.set("warnoptions", new PyList([]));
  d.map.set("meta_path", new PyList([]));
  d.map.set("path_hooks", new PyList([]));
  d.map.set("path_importer_cache", new PyDict());
  fn(d, "exit", (args, kw) => {
    const [code] = positional("exit", args, kw, 0, 1);
    throw code === undefined ? newException(SystemExitType) : newException(SystemExitType, code);
  });
  fn(d, "getrecursionlimit", () => state.recursionLimit);
  fn(d, "setrecursionlimit", (args, kw) => {
    const [n] = positional("setrecursionlimit", args, kw, 1, 1);
    const v = Number(index(n));
    if (v < 1) throw valueError("recursion limit must be greater or equal than 1");
    state.recursionLimit = v;
    return None;
  });
  fn(d, "exc_info", () => {
    const e = state.excValue;
    if (e === None) return new PyTuple([None, None, None]);
    return new PyTuple([typeOf(e), e, (e as PyBaseException).traceback ?? None]);
  });
  fn(d, "exception", () => state.excValue);
  fn(d, "getdefaultencoding", () => "utf-8");
  fn(d, "getfilesystemencoding", () => "utf-8");
  fn(d, "getfilesystemencodeerrors", () => "surrogateescape");
  fn(d, "audit", () => None);
  fn(d, "is_finalizing", () => false);
  fn(d, "intern", (args) => {
    if (typeof args[0] !== "string") throw typeError(`intern() argument must be str, not ${typeOf(args[0]).name}`);
    return args[0];
  });
  fn(d, "getsizeof", () => 64);
  fn(d, "getrefcount", () => 2);
  fn(d, "_getframe", (args, kw) => {
    const [depth] = positional("_getframe", args, kw, 0, 1);
    let f = state.frame;
    for (let n = depth === undefined ? 0 : Number(index(depth)); n > 0 && f !== null; n--) f = f.back;
    if (f === null) throw valueError("call stack is not deep enough");
    markEscaped(f);
    return f as unknown as PyObject;
  });
  // sys.excepthook: what prints an uncaught exception (the VM calls it; see vm.ts)
  const excepthook = builtinFunction("excepthook", (args) => {
    if (args.length !== 3) throw typeError(`excepthook expected 3 arguments, got ${args.length}`);
    const v = args[1];
    if (v instanceof PyBaseException) {
      stdout.flush();
      stderr.write(formatException(v));
    } else stderr.write(`TypeError: print_exception(): Exception expected for value, ${typeOf(v).name} found\n`);
    return None;
  });
  dictSet(d, "excepthook", excepthook);
  dictSet(d, "__excepthook__", excepthook);
  // sys.displayhook: prints repr(value) to sys.stdout (whatever it is now: doctest replaces it)
  // and keeps the value in builtins._
  const displayhook = builtinFunction("displayhook", (args, kw) => {
    const [v] = positional("displayhook", args, kw, 1, 1);
    if (v === None) return None;
    builtinsDict.map.set("_", None);
    const out = d.map.get("stdout");
    if (out === undefined || out === None) throw newException(excType("RuntimeError"), "lost sys.stdout");
    const write = getAttr(out, "write");
    call(write, [repr(v)]);
    call(write, ["\n"]);
    builtinsDict.map.set("_", v);
    return None;
  });
  displayhook.module = "sys";
  dictSet(d, "displayhook", displayhook);
  dictSet(d, "__displayhook__", displayhook);
  addSysExtras(d);
  dictSet(d, "__name__", "sys");
});
