// Running the host CPython 3.11. The VM does not parse Python: CPython compiles source to
// code objects (marshalled), the VM executes them.
//
// Everything expensive is cached on disk under os.tmpdir()/hotpy-cache-<uid>/ (or
// $HOTPY_CACHE_DIR): the host's identity (so starting the VM does not spawn python) and
// every compile result (so re-running a program does not spawn python). Cache files are
// written atomically (temp file + rename): tests and VMs run in parallel.

import * as fs from "node:fs";
import * as path from "node:path";
import { checkPycMagic, PYC_HEADER_SIZE, pycHeaderInfo } from "./marshal.js";
import { cacheDir, trustedCacheDir } from "../host/cache-dir.js";
import { nodeChildProcess } from "../host/node-lazy.js";

export class HostPythonMissing extends Error {
  constructor(detail: string) {
    super(
      `no CPython 3.11 found (${detail}); set HOTPY_PYTHON=/path/to/python3.11 or put python3.11 on PATH`,
    );
    this.name = "HostPythonMissing";
  }
}

export interface HostInfo {
  /** The interpreter binary (the host's sys.executable, e.g. behind a pyenv shim). */
  executable: string;
  /** e.g. "3.11.7" */
  version: string;
  /** The host's pure-Python standard library folder(s): sysconfig.get_paths()["stdlib"]. */
  stdlibDirs: string[];
  /** The host's full sys.version, e.g. "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]". */
  sysVersion: string;
  /** The host's site directories (site.getsitepackages()), existing or not. */
  siteDirs: string[];
  /** The host's user site directory (site.getusersitepackages()). */
  userSiteDir: string;
  /** sys.implementation._multiarch (e.g. "x86_64-linux-gnu"): names the host's sysconfig data
   *  module, `_sysconfigdata__linux_<multiarch>`, which `sysconfig` imports. */
  multiarch: string;
}

/** The fields of a SyntaxError (None → null), for building the VM's own exception. */
export interface SyntaxErrorInfo {
  msg: string | null;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  text: string | null;
  endLineno: number | null;
  endOffset: number | null;
}

export type CompileResult =
  | {
      ok: true;
      marshal: Uint8Array;
      /** What the host printed to stderr while compiling (e.g. SyntaxWarning lines), if anything. */
      warnings?: string;
    }
  | {
      ok: false;
      /**
       * Exactly what CPython 3.11 prints for this uncaught exception when running a script
       * (for a SyntaxError: `  File "name", line N` ... `SyntaxError: msg\n`). This is
       * `''.join(traceback.format_exception_only(type(e), e))` except in the corner cases
       * where CPython's C printer and the traceback module disagree; the C printer wins.
       */
      message: string;
      /** The exception class name: "SyntaxError", "IndentationError", "TabError", "ValueError", ... */
      excType?: string;
      /** Present when the exception is a SyntaxError (or subclass). */
      syntax?: SyntaxErrorInfo;
    };

export type CompileMode = "exec" | "eval" | "single";

export interface CompileOptions {
  /** compile()'s flags argument (e.g. CO_FUTURE_ANNOTATIONS); default 0. */
  flags?: number;
  /** compile()'s optimize argument; default -1. */
  optimize?: number;
}

/** Counters, for tests and diagnostics. */
export const hostStats = { spawns: 0, compileCacheHits: 0, pycHits: 0 };

// ---------------------------------------------------------------------------------------
// cache directory

export { cacheDir };

function readCache(name: string): Buffer | undefined {
  const dir = trustedCacheDir();
  if (dir === undefined) return undefined;
  try {
    return fs.readFileSync(path.join(dir, name));
  } catch {
    return undefined;
  }
}

let tmpCount = 0;

function writeCacheAtomic(name: string, data: Uint8Array | string): void {
  const dir = trustedCacheDir();
  if (dir === undefined) return;
  const final = path.join(dir, name);
  const tmp = `${final}.${process.pid}.${++tmpCount}.${Date.now()}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, final);
  } catch {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* ignore */
    }
  }
}

/**
 * A 64-bit hash (two 32-bit FNV-1a-style lanes) of the parts, as 16 hex digits, for cache file
 * names. Not cryptographic: every cache entry holds the whole of what its name was made from
 * and is used only when that matches byte for byte, so a collision costs a recompile, never
 * wrong code. (node:crypto would cost 10-20 ms of start-up to load.)
 */
export function cacheKeyHash(...parts: (string | Uint8Array)[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  const mix = (c: number) => {
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  };
  for (const p of parts) {
    // length-prefixed, so that no two different part lists hash alike by construction
    const b = typeof p === "string" ? Buffer.from(p, "utf8") : p;
    const n = b.length;
    mix(n & 0xff);
    mix((n >>> 8) & 0xff);
    mix((n >>> 16) & 0xff);
    mix(n >>> 24);
    for (let i = 0; i < n; i++) mix(b[i]);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

// ---------------------------------------------------------------------------------------
// finding and identifying the host python

const HOST_PROBE = [
  "import sys, sysconfig, json, site",
  "print(json.dumps({'impl': sys.implementation.name, 'major': sys.version_info[0],",
  "  'minor': sys.version_info[1], 'version': sys.version.split()[0], 'sysVersion': sys.version,",
  "  'executable': sys.executable, 'stdlib': sysconfig.get_paths()['stdlib'],",
  "  'siteDirs': site.getsitepackages(), 'userSiteDir': site.getusersitepackages(),",
  "  'multiarch': getattr(sys.implementation, '_multiarch', '')}))",
].join("\n");

interface HostCacheEntry {
  located: string;
  /** statKey of `located` (e.g. a pyenv shim) and of the real executable behind it */
  stat: string;
  exeStat: string;
  info: HostInfo;
}

const hostByKey = new Map<string, HostInfo>();

function statKey(p: string): string | undefined {
  try {
    const st = fs.statSync(p);
    if (!st.isFile()) return undefined;
    return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
  } catch {
    return undefined;
  }
}

function isExecutableFile(p: string): boolean {
  try {
    if (!fs.statSync(p).isFile()) return false;
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function searchPath(name: string): string | undefined {
  const dirs = (process.env["PATH"] ?? "").split(path.delimiter);
  for (const d of dirs) {
    if (!d) continue;
    const p = path.resolve(d, name);
    if (isExecutableFile(p)) return p;
  }
  return undefined;
}

/** Where the configured python lives (absolute), or a HostPythonMissing. */
function locate(): string {
  const env = process.env["HOTPY_PYTHON"];
  if (env) {
    const p = env.includes("/") || env.includes(path.sep) ? path.resolve(env) : searchPath(env);
    if (p === undefined || !isExecutableFile(p)) {
      throw new HostPythonMissing(`HOTPY_PYTHON=${env} is not an executable file`);
    }
    return p;
  }
  const p = searchPath("python3.11");
  if (p === undefined) throw new HostPythonMissing("HOTPY_PYTHON is not set and python3.11 is not on PATH");
  return p;
}

function probe(located: string): HostInfo {
  hostStats.spawns++;
  const r = nodeChildProcess().spawnSync(located, ["-I", "-S", "-c", HOST_PROBE], { encoding: "utf8", timeout: 60000 });
  if (r.error) throw new HostPythonMissing(`cannot run ${located}: ${r.error.message}`);
  if (r.status !== 0) {
    const err = (r.stderr || "").trim().split("\n").pop() ?? "";
    throw new HostPythonMissing(`${located} failed (exit status ${r.status}${err ? ": " + err : ""})`);
  }
  let j: {
    impl: string;
    major: number;
    minor: number;
    version: string;
    sysVersion: string;
    executable: string;
    stdlib: string;
    siteDirs: string[];
    userSiteDir: string;
    multiarch: string;
  };
  try {
    j = JSON.parse(r.stdout);
  } catch {
    throw new HostPythonMissing(`${located} did not answer like CPython`);
  }
  if (j.impl !== "cpython" || j.major !== 3 || j.minor !== 11) {
    throw new HostPythonMissing(`${located} is ${j.impl} ${j.version}, not CPython 3.11`);
  }
  const executable = j.executable && isExecutableFile(j.executable) ? j.executable : located;
  return {
    executable,
    version: j.version,
    stdlibDirs: [j.stdlib],
    sysVersion: j.sysVersion,
    siteDirs: j.siteDirs,
    userSiteDir: j.userSiteDir,
    multiarch: j.multiarch ?? "",
  };
}

/** The verified host interpreter (cached per process and on disk). */
export function hostInfo(): HostInfo {
  const memoKey = `${process.env["HOTPY_PYTHON"] ?? ""}\0${process.env["PATH"] ?? ""}`;
  const memo = hostByKey.get(memoKey);
  if (memo) return memo;

  const located = locate();
  const st = statKey(located);
  // "v3": the probe's answer gained sysVersion, the site directories and multiarch;
  // "v4": the real executable's stat is checked too (a CPython upgraded in place behind a shim)
  const cacheName = `host-v4-${cacheKeyHash(located)}.json`;
  const cached = readCache(cacheName);
  if (cached !== undefined && st !== undefined) {
    try {
      const e = JSON.parse(cached.toString("utf8")) as HostCacheEntry;
      if (e.located === located && e.stat === st && e.exeStat === statKey(e.info.executable) && isExecutableFile(e.info.executable)) {
        hostByKey.set(memoKey, e.info);
        return e.info;
      }
    } catch {
      /* stale or corrupt: probe again */
    }
  }
  const info = probe(located);
  const exeStat = statKey(info.executable);
  if (st !== undefined && exeStat !== undefined) {
    const entry: HostCacheEntry = { located, stat: st, exeStat, info };
    writeCacheAtomic(cacheName, JSON.stringify(entry));
  }
  hostByKey.set(memoKey, info);
  return info;
}

/** Forget the in-process host identity (the disk cache stays): the next call re-checks. */
export function forgetHostInfo(): void {
  hostByKey.clear();
}

/**
 * The host CPython 3.11 to run: $HOTPY_PYTHON if set, else python3.11 on PATH, verified
 * (once, cached) to be CPython 3.11. Returns the interpreter's real executable (so a
 * pyenv-style shim is not paid for on every spawn). Throws HostPythonMissing.
 */
export function findPython(): string {
  return hostInfo().executable;
}

// ---------------------------------------------------------------------------------------
// compiling

// The helper run by the host. On failure it prints JSON: `message` is what CPython 3.11
// itself prints for the uncaught exception when running a script -- for SyntaxError that is
// the C-level printer of Python/pythonrun.c (print_exception + print_error_text), which
// differs from traceback.format_exception_only in corner cases (non-ASCII text before the
// caret, tab indentation, multi-line ranges), so the helper re-does what the C code does.
const COMPILE_SCRIPT = String.raw`
import sys, marshal
mode, fn, kind, flags, opt = sys.argv[1:6]
fn = bytes.fromhex(fn).decode('utf-8', 'surrogatepass')
src = sys.stdin.buffer.read()

def error_text(offset, end_offset, text):
    reps = end_offset - offset if (end_offset > 0 and end_offset > offset) else 1
    nul = text.find(b'\0')
    if nul >= 0:
        text = text[:nul]
    offset -= 1
    i = 0
    while i < len(text) and text[i] in b' \t\f':
        i += 1
        offset -= 1
    text = text[i:]
    n = len(text)
    if n > 0 and text[n - 1] == 10:
        n -= 1
    if offset > n:
        offset = n
    while True:
        nl = text.find(b'\n')
        if nl < 0 or nl >= offset:
            break
        text = text[nl + 1:]
        n -= nl + 1
        offset -= nl + 1
    out = b'    ' + text
    if not (0 <= n < len(text) and text[n] == 10):
        out += b'\n'
    if offset >= 0:
        out += b'    ' + b' ' * offset + b'^' * reps + b'\n'
    return out.decode('utf-8', 'surrogateescape')

def script_error_message(e):
    t = type(e)
    name = t.__qualname__ if t.__module__ == 'builtins' else t.__module__ + '.' + t.__qualname__
    head = ''
    value = e
    if isinstance(e, SyntaxError) and isinstance(e.lineno, int):
        filename = '<string>' if e.filename is None else e.filename
        lineno = e.lineno
        offset = -1 if e.offset is None else e.offset
        if t is SyntaxError:
            end_lineno = lineno if e.end_lineno is None else e.end_lineno
            end_offset = -1 if e.end_offset is None else e.end_offset
        else:
            end_lineno, end_offset = lineno, -1
        if isinstance(offset, int) and isinstance(end_lineno, int) and isinstance(end_offset, int):
            value = e.msg
            head = '  File "%s", line %d\n' % (filename, lineno)
            if e.text is not None:
                try:
                    tb = str(e.text).encode('utf-8')
                except UnicodeEncodeError:
                    tb = None
                if tb is not None:
                    if end_lineno > lineno:
                        end_offset = len(tb)
                    if end_offset > len(tb) + 1:
                        end_offset = len(tb) + 1
                    head += error_text(offset, end_offset, tb)
    if value is None:
        return head + name + '\n'
    s = str(value)
    return head + name + (': ' + s if s else '') + '\n'

try:
    if kind == 's':
        src = src.decode('utf-8', 'surrogatepass')
    code = compile(src, fn, mode, int(flags), dont_inherit=True, optimize=int(opt))
except Exception as e:
    import json
    r = {'message': script_error_message(e), 'excType': type(e).__name__}
    if isinstance(e, SyntaxError):
        r['syntax'] = {'msg': None if e.msg is None else str(e.msg), 'filename': e.filename,
            'lineno': e.lineno, 'offset': e.offset, 'text': e.text,
            'endLineno': e.end_lineno, 'endOffset': e.end_offset}
    sys.stdout.buffer.write(json.dumps(r).encode('ascii'))
    sys.stdout.flush()
    sys.exit(3)
if int(flags) & 0x400:
    # PyCF_ONLY_AST: the tree as nested tuples ('', class, fields, attributes) for the VM to rebuild
    import ast
    def flat(v):
        if isinstance(v, ast.AST):
            return ('', type(v).__name__, tuple(flat(getattr(v, f, None)) for f in v._fields),
                    tuple(getattr(v, a, None) for a in v._attributes))
        if isinstance(v, list):
            return [flat(x) for x in v]
        return v
    code = flat(code)
sys.stdout.buffer.write(marshal.dumps(code))
`;

/** UTF-8 with lone surrogates encoded as CPython's "surrogatepass" does (WTF-8). */
function encodeWtf8(s: string): Uint8Array {
  if ((s as { isWellFormed?: () => boolean }).isWellFormed?.() ?? !/[\ud800-\udfff]/.test(s)) {
    return Buffer.from(s, "utf8");
  }
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

// Compile cache file: "HPC1", then a kind byte: 1 = ok (u32 LE warnings length, warnings
// UTF-8, marshal bytes) or 0 = failure (JSON of message/excType/syntax).
const CACHE_TAG = [0x48, 0x50, 0x43, 0x31];

function encodeEntry(r: CompileResult): Uint8Array {
  if (r.ok) {
    const w = Buffer.from(r.warnings ?? "", "utf8");
    const out = new Uint8Array(9 + w.length + r.marshal.length);
    out.set(CACHE_TAG, 0);
    out[4] = 1;
    new DataView(out.buffer).setUint32(5, w.length, true);
    out.set(w, 9);
    out.set(r.marshal, 9 + w.length);
    return out;
  }
  const { message, excType, syntax } = r;
  const j = Buffer.from(JSON.stringify({ message, excType, syntax }), "utf8");
  const out = new Uint8Array(5 + j.length);
  out.set(CACHE_TAG, 0);
  out[4] = 0;
  out.set(j, 5);
  return out;
}

// The compile cache file: "HPC2", u32 LE key length, the key, u32 LE source length, the
// source bytes, then the "HPC1" entry above.
const KEYED_TAG = [0x48, 0x50, 0x43, 0x32];

function withKey(key: Uint8Array, source: Uint8Array, entry: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + key.length + source.length + entry.length);
  const dv = new DataView(out.buffer);
  out.set(KEYED_TAG, 0);
  dv.setUint32(4, key.length, true);
  out.set(key, 8);
  dv.setUint32(8 + key.length, source.length, true);
  out.set(source, 12 + key.length);
  out.set(entry, 12 + key.length + source.length);
  return out;
}

/** The HPC1 entry of a keyed cache file when it was made from exactly `key` and `source`. */
function entryBody(b: Buffer, key: Uint8Array, source: Uint8Array): Buffer | undefined {
  if (b.length < 12 || b[0] !== 0x48 || b[1] !== 0x50 || b[2] !== 0x43 || b[3] !== 0x32) return undefined;
  if (b.readUInt32LE(4) !== key.length || 12 + key.length + source.length > b.length) return undefined;
  if (!b.subarray(8, 8 + key.length).equals(key)) return undefined;
  const at = 8 + key.length;
  if (b.readUInt32LE(at) !== source.length || !b.subarray(at + 4, at + 4 + source.length).equals(source)) return undefined;
  return b.subarray(at + 4 + source.length);
}

function decodeEntry(b: Buffer): CompileResult | undefined {
  if (b.length < 5 || b[0] !== 0x48 || b[1] !== 0x50 || b[2] !== 0x43 || b[3] !== 0x31) return undefined;
  if (b[4] === 1) {
    if (b.length < 9) return undefined;
    const wl = b.readUInt32LE(5);
    if (9 + wl > b.length) return undefined;
    const marshal = b.subarray(9 + wl);
    return wl > 0 ? { ok: true, marshal, warnings: b.toString("utf8", 9, 9 + wl) } : { ok: true, marshal };
  }
  if (b[4] === 0) {
    try {
      const j = JSON.parse(b.toString("utf8", 5)) as { message: string; excType?: string; syntax?: SyntaxErrorInfo };
      if (typeof j.message !== "string") return undefined;
      const r: CompileResult = { ok: false, message: j.message };
      if (j.excType !== undefined) r.excType = j.excType;
      if (j.syntax !== undefined) r.syntax = j.syntax;
      return r;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Compile Python source with the host CPython: `compile(source, filename, mode,
 * dont_inherit=True)` and return `marshal.dumps(code)`. A string source is compiled as a
 * str (any coding cookie is ignored), a byte source as bytes (cookie and BOM honoured),
 * as CPython's compile() does. Any exception raised by compile() (SyntaxError and its
 * subclasses, ValueError, RecursionError, ...) → ok:false with the text CPython prints
 * for it. Results are cached on disk. Throws HostPythonMissing.
 */
export function compileSource(
  source: string | Uint8Array,
  filename: string,
  mode: CompileMode = "exec",
  options: CompileOptions = {},
): CompileResult {
  const python = findPython();
  const kind = typeof source === "string" ? "s" : "b";
  const bytes = typeof source === "string" ? encodeWtf8(source) : source;
  const flags = options.flags ?? 0;
  const optimize = options.optimize ?? -1;
  // The entry holds all it was made from (the key and the source bytes) and is used only
  // when they match, so neither an edited source nor another CPython gets stale code.
  const key = Buffer.from(["compile-v2", python, hostInfo().sysVersion, mode, filename, kind, String(flags), String(optimize)].join("\0"), "utf8");
  const cacheName = `c-${cacheKeyHash(key, bytes)}.bin`;
  const cached = readCache(cacheName);
  if (cached !== undefined) {
    const body = entryBody(cached, key, bytes);
    const r = body === undefined ? undefined : decodeEntry(body);
    if (r !== undefined) {
      hostStats.compileCacheHits++;
      return r;
    }
  }

  hostStats.spawns++;
  const fnHex = Buffer.from(encodeWtf8(filename)).toString("hex");
  const r = nodeChildProcess().spawnSync(
    python,
    ["-I", "-S", "-c", COMPILE_SCRIPT, mode, fnHex, kind, String(flags), String(optimize)],
    { input: bytes, maxBuffer: 1 << 30, timeout: 300000 },
  );
  if (r.error) throw new HostPythonMissing(`cannot run ${python}: ${r.error.message}`);
  const stdout = r.stdout as Buffer;
  const stderr = (r.stderr as Buffer).toString("utf8");
  let result: CompileResult;
  if (r.status === 0) {
    result = stderr ? { ok: true, marshal: stdout, warnings: stderr } : { ok: true, marshal: stdout };
  } else if (r.status === 3) {
    let j: { message: string; excType: string; syntax?: SyntaxErrorInfo };
    try {
      j = JSON.parse(stdout.toString("utf8"));
    } catch {
      throw new Error(`host python ${python} gave an unreadable answer compiling ${filename}: ${stderr.trim()}`);
    }
    result = { ok: false, message: j.message, excType: j.excType };
    if (j.syntax) result.syntax = j.syntax;
  } else {
    // The host itself failed (crash, killed, out of memory): not a property of the source.
    const why = r.signal ? `signal ${r.signal}` : `exit status ${r.status}`;
    throw new Error(`host python ${python} failed while compiling ${filename} (${why}): ${stderr.trim()}`);
  }
  writeCacheAtomic(cacheName, withKey(key, bytes, encodeEntry(result)));
  return result;
}

// ---------------------------------------------------------------------------------------
// modules on disk

/** CPython's cache_from_source for a "name.py" path: "__pycache__/name.cpython-311.pyc". */
export function pycPathFor(sourcePath: string): string | undefined {
  if (!sourcePath.endsWith(".py")) return undefined;
  const dir = path.dirname(sourcePath);
  const base = path.basename(sourcePath).slice(0, -3);
  if (!base) return undefined;
  return path.join(dir, "__pycache__", `${base}.cpython-311.pyc`);
}

/**
 * Code for a module file. For a `.pyc`: its body after the (checked) header — a bad magic
 * number throws MarshalError. For source: the beside-it `__pycache__/<name>.cpython-311.pyc`
 * when fresh (timestamp-based with matching mtime and size, or hash-based unchecked),
 * else compileSource(source bytes, path). File-system errors propagate.
 *
 * Note that a .pyc's co_filename is the path it was compiled from; CPython's import
 * rewrites it (_imp._fix_co_filename) when the module was found elsewhere.
 */
export function loadModuleCode(filePath: string): CompileResult {
  if (filePath.endsWith(".pyc")) {
    const data = fs.readFileSync(filePath);
    checkPycMagic(data);
    return { ok: true, marshal: data.subarray(PYC_HEADER_SIZE) };
  }
  const pyc = pycPathFor(filePath);
  if (pyc !== undefined) {
    const body = freshPycBody(filePath, pyc);
    if (body !== undefined) {
      hostStats.pycHits++;
      return { ok: true, marshal: body };
    }
  }
  return compileSource(fs.readFileSync(filePath), filePath, "exec");
}

function freshPycBody(sourcePath: string, pycPath: string): Uint8Array | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(pycPath);
  } catch {
    return undefined;
  }
  const h = pycHeaderInfo(data);
  if (!h.magicOk) return undefined;
  if (h.flags === 0) {
    let st: fs.BigIntStats;
    try {
      st = fs.statSync(sourcePath, { bigint: true });
    } catch {
      return undefined;
    }
    const mtime = Number((st.mtimeNs / 1_000_000_000n) & 0xffffffffn);
    const size = Number(st.size & 0xffffffffn);
    if (h.mtime !== mtime || h.sourceSize !== size) return undefined;
    return data.subarray(PYC_HEADER_SIZE);
  }
  // Hash-based: flags 0b01 = unchecked (trusted as is); 0b11 = checked, which needs the
  // source's SipHash; compiling instead gives the same code (and is cached).
  if (h.flags === 1) return data.subarray(PYC_HEADER_SIZE);
  return undefined;
}
