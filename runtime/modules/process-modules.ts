// Small process-level modules: atexit (functions run when the program ends), gc (no cycle
// collector to drive: JS collects), _posixsubprocess (so `subprocess` imports; starting a
// process raises OSError), and the hashlib back ends _md5, _sha1, _sha256, _sha512, _sha3 and
// _blake2 (unkeyed, full length) over Node's crypto.
import type { Hash } from "node:crypto";
import { nodeCrypto } from "../host/node-lazy.js";
import { builtinType, None, objectType, PyTuple, PyBytes, PyByteArray, PyInstance, PyObject, PyType } from "../objects/core.js";
import { builtinFunction, getter, methods, parseArgs } from "../objects/define.js";
import { excType, newException, typeError } from "../objects/exceptions.js";
import { call, typeOf } from "../objects/protocol.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { host } from "../host/embed.js";
import { checkSpawn } from "../host/sandbox.js";

// ---------------------------------------------------------------------------------------------
// _posixsubprocess: libraries import subprocess (packaging.tags, platform…) without running a
// process; the VM does not start processes, and says so when asked to.
registerBuiltinModule("_posixsubprocess", (m) => {
  m.dict.map.set("fork_exec", builtinFunction("fork_exec", () => {
    throw newException(excType("OSError"), 38, "hotpy does not start processes (_posixsubprocess.fork_exec)");
  }));
});

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
// under a sandbox that does not grant starting processes, importing _posixsubprocess is a
// PermissionError instead, so `import subprocess` says why it cannot be had there
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
    const h = new HashObject(t, algo, nodeCrypto().createHash(algo));
    if (data !== undefined && data !== None) h.h.update(bytesOf(data, name));
    return h;
  });
  return [name, ctor];
}
/** SHAKE: digest(length) and hexdigest(length) choose the output size. */
function shakeType(algo: string, name: string, blockSize: number): [string, PyObject] {
  const t = builtinType(name, objectType);
  t.dict.map.set("__module__", "_sha3");
  const self = (x: PyObject) => x as HashObject;
  const out = (s: PyObject, args: PyObject[], kw: string[] | null, fname: string) => {
    const [length] = parseArgs(fname, args, kw, ["length"], 1);
    const n = Number(length);
    if (!Number.isInteger(n) || n < 0) throw newException(excType("ValueError"), "length must be non-negative");
    return self(s).h.copy({ outputLength: n }).digest();
  };
  methods(t, {
    update: (s, args) => {
      self(s).h.update(bytesOf(args[0], "update"));
      return None;
    },
    digest: (s, args, kw) => new PyBytes(new Uint8Array(out(s, args, kw, "digest"))),
    hexdigest: (s, args, kw) => out(s, args, kw, "hexdigest").toString("hex"),
    copy: (s) => new HashObject(t, algo, self(s).h.copy()),
  });
  getter(t, "name", () => name);
  getter(t, "digest_size", () => 0);
  getter(t, "block_size", () => blockSize);
  const ctor = builtinFunction(name, (args, kw) => {
    const [data] = parseArgs(name, args, kw, ["data", "*usedforsecurity"]);
    const h = new HashObject(t, algo, nodeCrypto().createHash(algo));
    if (data !== undefined && data !== None) h.h.update(bytesOf(data, name));
    return h;
  });
  return [name, ctor];
}

/**
 * BLAKE2 over Node's crypto, which has the unkeyed full-length digests only: blake2b/blake2s
 * with another digest_size, a key, salt, person or tree parameters raise ValueError saying so.
 */
function blake2Type(algo: string, name: string, digestSize: number, blockSize: number): [string, PyObject] {
  const [, plain] = hashType("_blake2", algo, name, digestSize, blockSize);
  const params = ["digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node"];
  const defaults: (PyObject | undefined)[] = [digestSize, undefined, undefined, undefined, 1, 1, 0, 0, 0, 0, false];
  const ctor = builtinFunction(name, (args, kw) => {
    const got = parseArgs(name, args, kw, ["data", ...params.map((p) => `*${p}`), "*usedforsecurity"]);
    params.forEach((p, i) => {
      const v = got[i + 1];
      if (v === undefined || v === defaults[i]) return;
      if ((p === "key" || p === "salt" || p === "person") && v instanceof PyBytes && v.bytes.length === 0) return;
      throw newException(excType("ValueError"), `${name}(${p}=...) is not supported by this VM (only the default, unkeyed ${name})`);
    });
    return call(plain, got[0] === undefined ? [] : [got[0]]);
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
{
  const sha3 = [
    hashType("_sha3", "sha3-224", "sha3_224", 28, 144),
    hashType("_sha3", "sha3-256", "sha3_256", 32, 136),
    hashType("_sha3", "sha3-384", "sha3_384", 48, 104),
    hashType("_sha3", "sha3-512", "sha3_512", 64, 72),
    shakeType("shake128", "shake_128", 168),
    shakeType("shake256", "shake_256", 136),
  ];
  registerBuiltinModule("_sha3", (m) => {
    for (const [n, c] of sha3) m.dict.map.set(n, c);
  });
  const blake2 = [blake2Type("blake2b512", "blake2b", 64, 128), blake2Type("blake2s256", "blake2s", 32, 64)];
  registerBuiltinModule("_blake2", (m) => {
    for (const [n, c] of blake2) m.dict.map.set(n, c);
    const set = (k: string, v: number) => m.dict.map.set(k, v);
    set("BLAKE2B_SALT_SIZE", 16);
    set("BLAKE2B_PERSON_SIZE", 16);
    set("BLAKE2B_MAX_KEY_SIZE", 64);
    set("BLAKE2B_MAX_DIGEST_SIZE", 64);
    set("BLAKE2S_SALT_SIZE", 8);
    set("BLAKE2S_PERSON_SIZE", 8);
    set("BLAKE2S_MAX_KEY_SIZE", 32);
    set("BLAKE2S_MAX_DIGEST_SIZE", 32);
  });
}
void typeOf;
