// Small process-level modules: atexit (functions run when the program ends), gc (no cycle
// collector to drive: JS collects), and the hashlib back ends _md5, _sha1, _sha256, _sha512
// over Node's crypto.
import { createHash, Hash } from "node:crypto";
import { builtinType, None, objectType, PyTuple, PyBytes, PyByteArray, PyInstance, PyObject, PyType } from "../objects/core.js";
import { builtinFunction, getter, methods, parseArgs } from "../objects/define.js";
import { typeError } from "../objects/exceptions.js";
import { call, typeOf } from "../objects/protocol.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { host } from "../host/embed.js";
import { checkSpawn } from "../host/sandbox.js";

// ---------------------------------------------------------------------------------------------
// atexit

const exitFunctions: [PyObject, PyObject[], string[] | null][] = [];
/** Runs registered atexit functions, last registered first (called by the VM at exit). */
export function runAtexit(): void {
  while (exitFunctions.length) {
    const [f, args, kw] = exitFunctions.pop()!;
    call(f, args, kw);
  }
}
// subprocess needs _posixsubprocess, which hotpy lacks (importing it is a ModuleNotFoundError);
// under a sandbox that does not grant starting processes, the import is a PermissionError
// instead, so `import subprocess` says why it cannot be had there
if (host.sandbox !== null && !host.sandbox.spawn) {
  registerBuiltinModule("_posixsubprocess", () => checkSpawn("subprocess"));
}

registerBuiltinModule("atexit", (m) => {
  const d = m.dict.map;
  d.set("register", builtinFunction("register", (args, kw) => {
    if (args.length === 0) throw typeError("register() takes at least 1 argument (0 given)");
    const nkw = kw?.length ?? 0;
    exitFunctions.push([args[0], args.slice(1), nkw ? kw : null]);
    return args[0];
  }));
  d.set("unregister", builtinFunction("unregister", (args) => {
    for (let i = exitFunctions.length - 1; i >= 0; i--) if (exitFunctions[i][0] === args[0]) exitFunctions.splice(i, 1);
    return None;
  }));
  d.set("_run_exitfuncs", builtinFunction("_run_exitfuncs", () => (runAtexit(), None)));
  d.set("_clear", builtinFunction("_clear", () => ((exitFunctions.length = 0), None)));
  d.set("_ncallbacks", builtinFunction("_ncallbacks", () => exitFunctions.length));
});

// ---------------------------------------------------------------------------------------------
// gc

registerBuiltinModule("gc", (m) => {
  const d = m.dict.map;
  let enabled = true;
  d.set("collect", builtinFunction("collect", () => 0));
  d.set("enable", builtinFunction("enable", () => ((enabled = true), None)));
  d.set("disable", builtinFunction("disable", () => ((enabled = false), None)));
  d.set("isenabled", builtinFunction("isenabled", () => enabled));
  d.set("get_threshold", builtinFunction("get_threshold", () => new PyTuple([700, 10, 10])));
  d.set("freeze", builtinFunction("freeze", () => None));
  d.set("is_tracked", builtinFunction("is_tracked", () => false));
  d.set("get_referrers", builtinFunction("get_referrers", () => None));
});

// ---------------------------------------------------------------------------------------------
// hash back ends

function bytesOf(x: PyObject, fname: string): Uint8Array {
  if (x instanceof PyBytes) return x.bytes;
  if (x instanceof PyByteArray) return x.bytes.subarray(0, x.length);
  if (typeof x === "string") throw typeError("Strings must be encoded before hashing");
  throw typeError(`object supporting the buffer API required (${fname})`);
}

class HashObject extends PyInstance {
  constructor(cls: PyType, readonly algo: string, public h: Hash) {
    super(cls);
  }
}

function hashType(modName: string, algo: string, name: string, digestSize: number, blockSize: number): [string, PyObject] {
  const t = builtinType(`${name}`, objectType);
  t.dict.map.set("__module__", modName);
  const self = (x: PyObject) => x as HashObject;
  methods(t, {
    update: (s, args) => {
      self(s).h.update(bytesOf(args[0], "update"));
      return None;
    },
    digest: (s) => new PyBytes(new Uint8Array(self(s).h.copy().digest())),
    hexdigest: (s) => self(s).h.copy().digest("hex"),
    copy: (s) => new HashObject(t, algo, self(s).h.copy()),
  });
  getter(t, "name", () => name);
  getter(t, "digest_size", () => digestSize);
  getter(t, "block_size", () => blockSize);
  const ctor = builtinFunction(name, (args, kw) => {
    const [data] = parseArgs(name, args, kw, ["string", "*usedforsecurity"]);
    const h = new HashObject(t, algo, createHash(algo));
    if (data !== undefined && data !== None) h.h.update(bytesOf(data, name));
    return h;
  });
  return [name, ctor];
}
function hashModule(modName: string, algos: [string, string, number, number][]): void {
  const ctors = algos.map(([algo, name, ds, bs]) => hashType(modName, algo, name, ds, bs));
  registerBuiltinModule(modName, (m) => {
    for (const [n, c] of ctors) m.dict.map.set(n, c);
  });
}
hashModule("_md5", [["md5", "md5", 16, 64]]);
hashModule("_sha1", [["sha1", "sha1", 20, 64]]);
hashModule("_sha256", [["sha224", "sha224", 28, 64], ["sha256", "sha256", 32, 64]]);
hashModule("_sha512", [["sha384", "sha384", 48, 128], ["sha512", "sha512", 64, 128]]);
void typeOf;
