// The import-machinery modules CPython writes in C: `_imp`, `_warnings` and `marshal`, enough for
// the pure-Python importlib to bootstrap itself over them (importlib/__init__.py runs
// _bootstrap._setup(sys, _imp)), so inspect, dataclasses, pkgutil and importlib.util import.
// Our own import system (runtime/interp/imports.ts) still does every import: when importlib
// first loads, a finder that delegates to it joins sys.meta_path, so importlib.import_module and
// importlib.util.find_spec reach the same modules `import` does. Nothing here loads C
// extensions, frozen modules or hash-based .pyc files.
import { None, PyBaseException, PyBytes, PyInstance, PyList, PyObject, PyType, objectType, builtinType } from "../objects/core.js";
import { methods } from "../objects/define.js";
import { excType, ImportErrorType, ModuleNotFoundErrorType, newException } from "../objects/exceptions.js";
import { call, getAttrMaybe, isSubtype, typeOf } from "../objects/protocol.js";
import { builtinModuleNames, importModule, locateModule, modules, ownFinder, registerBuiltinModule } from "../interp/imports.js";
import { loadFileCode, valueFromMarshal } from "../interp/code-loader.js";
import { clinicArgs, defFunction, needBytes } from "./small-util.js";
import { getSys } from "../builtins/sys.js";

/** _imp's import lock: one thread, so a counter that only checks pairing. */
let lockDepth = 0;

function isBuiltinName(name: string): boolean {
  return builtinModuleNames().includes(name);
}

registerBuiltinModule("_imp", (m) => {
  const d = m.dict.map;
  defFunction(m, "acquire_lock", () => {
    lockDepth++;
    return None;
  });
  defFunction(m, "release_lock", () => {
    if (lockDepth === 0) throw newException(excType("RuntimeError"), "not holding the import lock");
    lockDepth--;
    return None;
  });
  defFunction(m, "lock_held", () => lockDepth > 0);
  defFunction(m, "is_builtin", (args) => (typeof args[0] === "string" && isBuiltinName(args[0]) ? 1 : 0));
  defFunction(m, "create_builtin", (args) => {
    const name = getAttrMaybe(args[0], "name");
    if (typeof name !== "string" || !isBuiltinName(name)) throw newException(ImportErrorType, `no built-in module named ${String(name)}`);
    return importModule(name);
  });
  defFunction(m, "exec_builtin", () => 0);
  defFunction(m, "is_frozen", () => false);
  defFunction(m, "is_frozen_package", () => false);
  defFunction(m, "find_frozen", () => None);
  defFunction(m, "get_frozen_object", (args) => {
    throw newException(ImportErrorType, `No such frozen object named ${String(args[0])}`);
  });
  defFunction(m, "init_frozen", () => None);
  defFunction(m, "_frozen_module_names", () => new PyList([]));
  defFunction(m, "_override_frozen_modules_for_tests", () => None);
  defFunction(m, "_override_multi_interp_extensions_check", () => -1);
  defFunction(m, "extension_suffixes", () => new PyList([]));
  defFunction(m, "create_dynamic", (args) => {
    const name = getAttrMaybe(args[0], "name");
    throw newException(ImportErrorType, `C extension modules cannot be loaded by this VM (${String(name)})`);
  });
  defFunction(m, "exec_dynamic", () => 0);
  defFunction(m, "_fix_co_filename", () => None);
  defFunction(m, "source_hash", () => {
    throw newException(excType("NotImplementedError"), "hash-based .pyc files are not supported by this VM");
  });
  d.set("check_hash_based_pycs", "default");
  installFinder();
});

// _frozen_importlib / _frozen_importlib_external: in CPython, importlib._bootstrap and
// _bootstrap_external under their frozen names (zipimport and others import them). Ours are the
// modules importlib sets up; while importlib itself is starting they do not exist yet, and
// importlib falls back to its own submodules as it does without frozen modules.
for (const [frozen, real] of [
  ["_frozen_importlib", "importlib._bootstrap"],
  ["_frozen_importlib_external", "importlib._bootstrap_external"],
]) {
  registerBuiltinModule(frozen!, () => {
    // importlib's own start-up imports this name again: it must find nothing yet, not this module
    modules.map.delete(frozen!);
    if (!modules.map.has("importlib")) importModule("importlib");
    const mod = modules.map.get(real!);
    if (mod === undefined) throw newException(ImportErrorType, `${frozen} is not available before importlib is set up`);
    modules.map.set(frozen!, mod); // the import returns sys.modules[name]: the real module
  });
}

registerBuiltinModule("_warnings", (m) => {
  // only what importlib's bootstrap calls; warnings.py then uses its pure-Python filters
  defFunction(m, "warn", (args, kwnames) => call(getAttrMaybe(importModule("warnings"), "warn")!, args, kwnames));
  defFunction(m, "warn_explicit", (args, kwnames) => call(getAttrMaybe(importModule("warnings"), "warn_explicit")!, args, kwnames));
});

registerBuiltinModule("marshal", (m) => {
  m.dict.map.set("version", 4);
  defFunction(m, "loads", (args, kwnames) => {
    const [data] = clinicArgs("loads", args, kwnames, ["bytes"], 1, 1);
    return valueFromMarshal(needBytes(data!));
  });
  defFunction(m, "load", (args) => {
    const data = call(getAttrMaybe(args[0], "read")!, []);
    if (!(data instanceof PyBytes)) throw newException(excType("TypeError"), `file.read() returned not bytes but ${typeOf(data).name}`);
    return valueFromMarshal(data.bytes);
  });
  const unsupported = () => {
    throw newException(excType("NotImplementedError"), "marshal.dumps is not supported by this VM (it never writes .pyc files)");
  };
  defFunction(m, "dumps", unsupported);
  defFunction(m, "dump", unsupported);
});

// ---------------------------------------------------------------------------------------------
// the meta-path finder and loader that hand importlib's requests to our import system

const finderType = builtinType("HotpyImporter", objectType);
finderType.dict.map.set("__module__", "builtins");
ownFinder.type = finderType;

function moduleSpec(name: string, loader: PyObject, mod: PyObject): PyObject {
  const bootstrap = modules.map.get("importlib._bootstrap");
  const specType = bootstrap === undefined ? undefined : getAttrMaybe(bootstrap, "ModuleSpec");
  if (specType === undefined) throw newException(ImportErrorType, "importlib is not initialised");
  const file = getAttrMaybe(mod, "__file__");
  const isPkg = getAttrMaybe(mod, "__path__") !== undefined;
  const spec = call(specType, [name, loader, typeof file === "string" ? file : None, isPkg], ["origin", "is_package"]);
  if (typeof file === "string") {
    const st = spec as PyInstance;
    st.dict?.map.set("has_location", true);
  }
  return spec;
}

/** A spec for a module found on the path but not run yet: runpy (`-m`) and
 *  importlib.util.find_spec must find a module without executing it. */
function pathSpec(name: string, loader: PyObject, found: { file: string; pkgDir: string | null }): PyObject {
  const bootstrap = modules.map.get("importlib._bootstrap");
  const specType = bootstrap === undefined ? undefined : getAttrMaybe(bootstrap, "ModuleSpec");
  if (specType === undefined) throw newException(ImportErrorType, "importlib is not initialised");
  const spec = call(specType, [name, loader, found.file, found.pkgDir !== null], ["origin", "is_package"]) as PyInstance;
  spec.dict?.map.set("has_location", true);
  if (found.pkgDir !== null) spec.dict?.map.set("submodule_search_locations", new PyList([found.pkgDir]));
  return spec;
}

function specName(spec: PyObject): string | undefined {
  const name = getAttrMaybe(spec, "name");
  return typeof name === "string" ? name : undefined;
}

methods(finderType, {
  find_spec: (self, args) => {
    const name = args[0];
    if (typeof name !== "string") return None;
    const loaded = modules.map.get(name);
    if (loaded !== undefined && loaded !== None) return moduleSpec(name, self, loaded);
    if (isBuiltinName(name)) return moduleSpec(name, self, importModule(name));
    const found = locateModule(name);
    return found === null ? None : pathSpec(name, self, found);
  },
  // our import system runs the module (once) and importlib takes the module it made
  create_module: (_self, args) => {
    const name = specName(args[0]);
    return name === undefined ? None : importModule(name);
  },
  exec_module: () => None,
  // runpy runs a module's code itself (as __main__)
  get_code: (_self, args) => {
    const name = args[0];
    if (typeof name !== "string") return None;
    const found = locateModule(name);
    if (found === null) throw newException(ImportErrorType, `cannot find the source of ${name}`);
    return loadFileCode(found.file);
  },
  is_package: (_self, args) => {
    const name = args[0];
    if (typeof name !== "string") return false;
    const loaded = modules.map.get(name);
    if (loaded !== undefined && loaded !== None) return getAttrMaybe(loaded, "__path__") !== undefined;
    return locateModule(name)?.pkgDir != null;
  },
  invalidate_caches: () => None,
});

let installed = false;
function installFinder(): void {
  if (installed) return;
  installed = true;
  const metaPath = getSys().dict.map.get("meta_path");
  if (metaPath instanceof PyList) metaPath.items.push(new PyInstance(finderType as PyType));
}
