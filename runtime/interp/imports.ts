// The import system: sys.modules, sys.path, built-in (TypeScript) modules, and .py/.pyc
// modules and packages found on sys.path; relative imports, fromlist, `import *`.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { mayRead } from "../host/sandbox.js";
import { None, PyBaseException, PyDict, PyList, PyModule, PyObject, PyTuple, PyType, moduleType, watchDict } from "../objects/core.js";
import { ImportErrorType, ModuleNotFoundErrorType, newException, typeError, valueError, excType } from "../objects/exceptions.js";
import { dictGet, dictSet } from "../objects/hashtable.js";
import { call, getAttr, getAttrMaybe, isSubtype, toArray, setAttr, typeOf } from "../objects/protocol.js";
import { Frame } from "./frame.js";
import { runFrame } from "./call.js";
import { loadFileCode } from "./code-loader.js";
import { workingDir } from "./working-dir.js";

/** sys.modules */
export const modules = new PyDict();
/** sys.path */
export const path = new PyList([]);
/** The builtins module's dict, shared by every frame. */
export const builtinsDict = new PyDict();
watchDict(builtinsDict);

type ModuleInit = (m: PyModule) => void;
const builtinModules = new Map<string, ModuleInit>();

/** Registers a module written in TypeScript; `init` fills the module's dict on first import. */
export function registerBuiltinModule(name: string, init: ModuleInit): void {
  builtinModules.set(name, init);
}
export function builtinModuleNames(): string[] {
  return [...builtinModules.keys()].sort();
}

export function newModule(name: string): PyModule {
  const d = new PyDict();
  d.map.set("__name__", name);
  d.map.set("__doc__", None);
  d.map.set("__package__", None);
  d.map.set("__loader__", None);
  d.map.set("__spec__", None);
  return new PyModule(name, d, moduleType);
}

function notFound(name: string): PyBaseException {
  const e = newException(ModuleNotFoundErrorType, `No module named '${name}'`);
  (e.dict ??= new PyDict()).map.set("__attr_name", name);
  return e;
}

function halted(name: string): PyBaseException {
  const e = newException(ModuleNotFoundErrorType, `import of ${name} halted; None in sys.modules`);
  (e.dict ??= new PyDict()).map.set("__attr_name", name);
  return e;
}

/** Executes a code object as the body of a module. */
export function execModuleCode(mod: PyModule, code: import("../objects/core.js").PyCode): void {
  const frame = new Frame(code, mod.dict, builtinsDict, mod.dict, null);
  runFrame(frame);
}

function findOnPath(name: string, dirs: PyObject[]): { file: string; pkgDir: string | null } | null {
  const last = name.slice(name.lastIndexOf(".") + 1);
  for (const d of dirs) {
    if (typeof d !== "string") continue;
    const dir = d === "" ? workingDir.path : d;
    // under a sandbox, folders on sys.path Python may not read hold nothing for it
    const exists = (f: string) => mayRead(f) && existsSync(f);
    const pkg = join(dir, last);
    const init = join(pkg, "__init__.py");
    if (exists(init)) return { file: init, pkgDir: pkg };
    const py = join(dir, `${last}.py`);
    if (exists(py) && statSync(py).isFile()) return { file: py, pkgDir: null };
    const pyc = join(dir, `${last}.pyc`);
    if (exists(pyc)) return { file: pyc, pkgDir: null };
  }
  return null;
}

/** The type of our own meta-path finder (runtime/modules/imp.ts), once importlib made it. */
export const ownFinder: { type: PyType | null } = { type: null };

/**
 * The Python finders on sys.meta_path (a library's import hook, like six's `six.moves`), split
 * at our own finder: CPython asks them in list order around its built-in and path finders,
 * which our finder stands for. Without our finder in the list, all count as after it.
 */
function metaPathFinders(): { before: PyObject[]; after: PyObject[] } {
  const sys = modules.map.get("sys");
  const mp = sys === undefined ? undefined : getAttrMaybe(sys, "meta_path");
  if (!(mp instanceof PyList) || mp.items.length === 0) return { before: [], after: [] };
  const own = mp.items.findIndex((f) => ownFinder.type !== null && typeOf(f) === ownFinder.type);
  if (own < 0) return { before: [], after: mp.items.slice() };
  return { before: mp.items.slice(0, own), after: mp.items.slice(own + 1) };
}

/** importlib._bootstrap's module_from_spec + _load, for a spec a Python finder returned. */
function loadFromSpec(fullname: string, spec: PyObject): PyObject {
  const loader = getAttrMaybe(spec, "loader") ?? None;
  if (loader === None) throw newException(ImportErrorType, `missing loader for ${fullname}`);
  const create = getAttrMaybe(loader, "create_module");
  let mod: PyObject = create === undefined ? None : call(create, [spec]);
  if (mod === None) mod = newModule(fullname);
  const setIfMissing = (k: string, v: PyObject) => {
    if (getAttrMaybe(mod, k) === undefined || getAttrMaybe(mod, k) === None) setAttr(mod, k, v);
  };
  setIfMissing("__name__", fullname);
  setIfMissing("__loader__", loader);
  setIfMissing("__spec__", spec);
  const locations = getAttrMaybe(spec, "submodule_search_locations") ?? None;
  if (locations !== None) setIfMissing("__path__", locations);
  const parent = getAttrMaybe(spec, "parent");
  if (parent !== undefined) setIfMissing("__package__", parent);
  if (getAttrMaybe(spec, "has_location") === true) {
    const origin = getAttrMaybe(spec, "origin");
    if (origin !== undefined) setIfMissing("__file__", origin);
  }
  dictSet(modules, fullname, mod);
  try {
    const exec = getAttrMaybe(loader, "exec_module");
    if (exec !== undefined) call(exec, [mod]);
    else {
      const loadModule = getAttrMaybe(loader, "load_module");
      if (loadModule === undefined) throw newException(ImportErrorType, `loader for ${fullname} has neither exec_module nor load_module`);
      call(loadModule, [fullname]);
    }
  } catch (e) {
    modules.map.delete(fullname);
    throw e;
  }
  return dictGet(modules, fullname) ?? mod;
}

/** Asks Python finders for `fullname` (find_spec, else the legacy find_module/load_module). */
function importWithFinders(fullname: string, finders: PyObject[], parentPath: PyObject): PyObject | undefined {
  for (const finder of finders) {
    const findSpec = getAttrMaybe(finder, "find_spec");
    if (findSpec !== undefined) {
      const spec = call(findSpec, [fullname, parentPath, None]);
      if (spec !== None) return loadFromSpec(fullname, spec);
      continue;
    }
    const findModule = getAttrMaybe(finder, "find_module");
    if (findModule === undefined) continue;
    const loader = call(findModule, [fullname, parentPath]);
    if (loader === None) continue;
    call(getAttr(loader, "load_module"), [fullname]);
    return dictGet(modules, fullname);
  }
  return undefined;
}

/** Where a module not yet imported would be loaded from, without running it (its parents are
 *  imported, as CPython's find_spec does): null when it is not on the path. */
export function locateModule(fullname: string): { file: string; pkgDir: string | null } | null {
  const dot = fullname.lastIndexOf(".");
  let searchPath: PyObject[] = path.items;
  if (dot >= 0) {
    const pp = getAttrMaybe(importModule(fullname.slice(0, dot)), "__path__");
    if (pp === undefined) return null;
    searchPath = toArray(pp);
  }
  return findOnPath(fullname, searchPath);
}

/** Imports one module by absolute dotted name (its parents first). */
export function importModule(fullname: string): PyObject {
  const existing = dictGet(modules, fullname);
  if (existing !== undefined && existing !== None) return existing;
  // None in sys.modules blocks the import (import_helper.import_fresh_module's `blocked`)
  if (existing === None) throw halted(fullname);
  const dot = fullname.lastIndexOf(".");
  let searchPath: PyObject[] = path.items;
  let parent: PyObject | null = null;
  let parentPath: PyObject = None;
  if (dot >= 0) {
    parent = importModule(fullname.slice(0, dot));
    const again = dictGet(modules, fullname);
    if (again !== undefined && again !== None) return again;
    if (again === None) throw halted(fullname);
    const pp = getAttrMaybe(parent, "__path__");
    if (pp === undefined) {
      const e = newException(ModuleNotFoundErrorType, `No module named '${fullname}'; '${fullname.slice(0, dot)}' is not a package`);
      (e.dict ??= new PyDict()).map.set("__attr_name", fullname);
      throw e;
    }
    searchPath = toArray(pp);
    parentPath = pp;
  }
  const finders = metaPathFinders();
  if (finders.before.length > 0 || finders.after.length > 0) {
    const viaHook =
      importWithFinders(fullname, finders.before, parentPath) ??
      (builtinModules.has(fullname) || findOnPath(fullname, searchPath) !== null ? undefined : importWithFinders(fullname, finders.after, parentPath));
    if (viaHook !== undefined) {
      if (parent !== null) setAttr(parent, fullname.slice(dot + 1), viaHook);
      return viaHook;
    }
  }
  let mod: PyModule;
  const init = dot < 0 ? builtinModules.get(fullname) : builtinModules.get(fullname);
  if (init !== undefined) {
    mod = newModule(fullname);
    dictSet(modules, fullname, mod);
    try {
      init(mod);
    } catch (e) {
      modules.map.delete(fullname);
      throw e;
    }
  } else {
    const found = findOnPath(fullname, searchPath);
    if (found === null) throw notFound(fullname);
    mod = newModule(fullname);
    const d = mod.dict.map;
    d.set("__file__", found.file);
    d.set("__builtins__", builtinsDict);
    if (found.pkgDir !== null) {
      d.set("__path__", new PyList([found.pkgDir]));
      d.set("__package__", fullname);
    } else d.set("__package__", dot >= 0 ? fullname.slice(0, dot) : "");
    dictSet(modules, fullname, mod);
    try {
      execModuleCode(mod, loadFileCode(found.file));
    } catch (e) {
      modules.map.delete(fullname);
      throw e;
    }
  }
  const result = dictGet(modules, fullname) ?? mod;
  if (parent !== null) setAttr(parent, fullname.slice(dot + 1), result);
  return result;
}

function resolveName(name: string, globals: PyDict, level: number): string {
  if (level === 0) return name;
  let pkg = globals.map.get("__package__");
  if (pkg === undefined || pkg === None) {
    const modName = globals.map.get("__name__");
    if (typeof modName !== "string") throw newException(excType("KeyError"), "'__name__' not in globals");
    pkg = globals.map.has("__path__") ? modName : modName.slice(0, Math.max(0, modName.lastIndexOf(".")));
  }
  if (typeof pkg !== "string") throw typeError("package must be a string");
  if (pkg === "") throw newException(ImportErrorType, "attempted relative import with no known parent package");
  const parts = pkg.split(".");
  if (level - 1 >= parts.length) throw newException(ImportErrorType, "attempted relative import beyond top-level package");
  const base = parts.slice(0, parts.length - (level - 1)).join(".");
  return name ? `${base}.${name}` : base;
}

/** IMPORT_NAME / __import__(name, globals, locals, fromlist, level). */
export function importName(name: string, globals: PyDict, fromlist: PyObject, level: number): PyObject {
  if (level < 0) throw valueError("level must be >= 0");
  if (name === "" && level === 0) throw valueError("Empty module name");
  const full = resolveName(name, globals, level);
  const mod = importModule(full);
  const from = fromlist === None ? [] : toArray(fromlist);
  if (from.length === 0) {
    if (level === 0) {
      const top = full.split(".")[0];
      return dictGet(modules, top) ?? mod;
    }
    if (name === "") return mod;
    // `from . import x` style handled by fromlist; plain relative import returns the top of the relative name
    const cut = full.length - name.length;
    const top = full.slice(0, cut + name.split(".")[0].length);
    return dictGet(modules, top) ?? mod;
  }
  // make sure submodules named in fromlist are imported
  if (getAttrMaybe(mod, "__path__") !== undefined) {
    for (const item of from) {
      if (typeof item !== "string") continue;
      if (item === "*") {
        const all = getAttrMaybe(mod, "__all__");
        if (all !== undefined) for (const s of toArray(all)) if (typeof s === "string" && getAttrMaybe(mod, s) === undefined) tryImportSub(`${full}.${s}`);
        continue;
      }
      if (getAttrMaybe(mod, item) === undefined) tryImportSub(`${full}.${item}`);
    }
  }
  return mod;
}

function tryImportSub(name: string): void {
  try {
    importModule(name);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.cls, ModuleNotFoundErrorType)) {
      const missing = e.dict?.map.get("__attr_name");
      if (missing === name) return;
    }
    throw e;
  }
}

/** IMPORT_FROM */
export function importFrom(mod: PyObject, name: string): PyObject {
  const v = getAttrMaybe(mod, name);
  if (v !== undefined) return v;
  const modName = getAttrMaybe(mod, "__name__");
  if (typeof modName === "string") {
    const sub = dictGet(modules, `${modName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const file = getAttrMaybe(mod, "__file__");
  const where = typeof file === "string" ? ` (${file})` : " (unknown location)";
  const e = newException(ImportErrorType, `cannot import name '${name}' from '${typeof modName === "string" ? modName : "<unknown module name>"}'${where}`);
  (e.dict ??= new PyDict()).map.set("__attr_name", typeof modName === "string" ? modName : None);
  throw e;
}

/** IMPORT_STAR: copy public names (or __all__) into the namespace. */
export function importStar(mod: PyObject, into: PyDict): void {
  const all = getAttrMaybe(mod, "__all__");
  if (all !== undefined) {
    for (const n of toArray(all)) {
      if (typeof n !== "string") throw typeError(`Item in ${"__all__"} must be str, not ${typeof n}`);
      dictSet(into, n, getAttr(mod, n));
    }
    return;
  }
  const d = getAttr(mod, "__dict__") as PyDict;
  for (const [k, v] of d.map) if (typeof k === "string" && !k.startsWith("_")) dictSet(into, k, v);
}

export { PyTuple };
