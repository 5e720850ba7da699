// _datetime, the module CPython's datetime.py replaces its own classes with. Not a port of the C
// code: it is datetime.py's pure-Python implementation run a second time as its own module, so
// code that needs _datetime to exist (CPython's test_datetime imports datetime with and without
// it) runs; it is exactly as fast and as correct as the pure module. The classes report
// __module__ 'datetime', as the C ones do.
import { PyModule } from "../objects/core.js";
import { dictSet } from "../objects/hashtable.js";
import { builtinsDict, execModuleCode, locateModule, modules, registerBuiltinModule } from "../interp/imports.js";
import { loadFileCode } from "../interp/code-loader.js";
import { excType, newException } from "../objects/exceptions.js";
import { None } from "../objects/core.js";

registerBuiltinModule("_datetime", (m: PyModule) => {
  const found = locateModule("datetime");
  if (found === null || found.pkgDir !== null) throw newException(excType("ImportError"), "_datetime needs the standard library's datetime.py");
  const d = m.dict.map;
  d.set("__builtins__", builtinsDict);
  d.set("__name__", "datetime");
  // datetime.py ends with `from _datetime import *`: blocked here, so its pure classes stay
  dictSet(modules, "_datetime", None);
  try {
    execModuleCode(m, loadFileCode(found.file));
  } finally {
    dictSet(modules, "_datetime", m);
    d.set("__name__", "_datetime");
  }
});
