// _socket and select, deliberately without a network: enough for modules that import socket
// (email.utils, http.client, smtplib, urllib, logging.handlers…) to load and for the pure
// helpers to work (constants, byte-order and address conversions, the local host name,
// "localhost" and numeric addresses), while creating a socket or waiting on descriptors raises
// OSError saying the VM has no sockets.
import { hostname } from "node:os";
import { isIP } from "node:net";
import { None, PyBytes, PyInstance, PyList, PyObject, PyTuple, PyType, PyFloat } from "../objects/core.js";
import { method, setNew } from "../objects/define.js";
import { excType, newException, OverflowErrorType, typeError } from "../objects/exceptions.js";
import { asFloat } from "../objects/operators.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { checkNetwork } from "../host/sandbox.js";
import { clinicArgs, cIntArg, defFunction, needBytes, newExceptionClass } from "./small-util.js";
import { moduleType } from "./functional-util.js";

const ENOSYS = 38;
const NO_SOCKETS = "sockets are not supported by this VM (it has no network access)";

const CONSTANTS: Record<string, number> = {
  AF_UNSPEC: 0, AF_UNIX: 1, AF_INET: 2, AF_INET6: 10,
  SOCK_STREAM: 1, SOCK_DGRAM: 2, SOCK_RAW: 3, SOCK_RDM: 4, SOCK_SEQPACKET: 5, SOCK_NONBLOCK: 2048, SOCK_CLOEXEC: 524288,
  SOL_SOCKET: 1, SO_DEBUG: 1, SO_REUSEADDR: 2, SO_TYPE: 3, SO_ERROR: 4, SO_DONTROUTE: 5, SO_BROADCAST: 6, SO_SNDBUF: 7,
  SO_RCVBUF: 8, SO_KEEPALIVE: 9, SO_OOBINLINE: 10, SO_LINGER: 13, SO_REUSEPORT: 15, SO_RCVLOWAT: 18, SO_SNDLOWAT: 19,
  SO_RCVTIMEO: 20, SO_SNDTIMEO: 21, SO_ACCEPTCONN: 30, SOMAXCONN: 4096,
  IPPROTO_IP: 0, IPPROTO_ICMP: 1, IPPROTO_TCP: 6, IPPROTO_UDP: 17, IPPROTO_IPV6: 41, IPPROTO_RAW: 255,
  TCP_NODELAY: 1, TCP_MAXSEG: 2, TCP_KEEPIDLE: 4, TCP_KEEPINTVL: 5, TCP_KEEPCNT: 6,
  IP_TOS: 1, IP_TTL: 2, IP_MULTICAST_TTL: 33, IP_MULTICAST_LOOP: 34, IP_ADD_MEMBERSHIP: 35, IPV6_V6ONLY: 26,
  MSG_OOB: 1, MSG_PEEK: 2, MSG_DONTROUTE: 4, MSG_TRUNC: 32, MSG_DONTWAIT: 64, MSG_EOR: 128, MSG_WAITALL: 256, MSG_NOSIGNAL: 16384,
  AI_PASSIVE: 1, AI_CANONNAME: 2, AI_NUMERICHOST: 4, AI_V4MAPPED: 8, AI_ALL: 16, AI_ADDRCONFIG: 32, AI_NUMERICSERV: 1024,
  NI_NUMERICHOST: 1, NI_NUMERICSERV: 2, NI_NOFQDN: 4, NI_NAMEREQD: 8, NI_DGRAM: 16, NI_MAXHOST: 1025, NI_MAXSERV: 32,
  EAI_BADFLAGS: -1, EAI_NONAME: -2, EAI_AGAIN: -3, EAI_FAIL: -4, EAI_FAMILY: -6, EAI_SOCKTYPE: -7, EAI_SERVICE: -8,
  EAI_MEMORY: -10, EAI_SYSTEM: -11, EAI_OVERFLOW: -12, EAI_NODATA: -5, EAI_ADDRFAMILY: -9,
  SHUT_RD: 0, SHUT_WR: 1, SHUT_RDWR: 2,
  INADDR_ANY: 0, INADDR_BROADCAST: 0xffffffff, INADDR_LOOPBACK: 0x7f000001, INADDR_NONE: 0xffffffff,
};

let gaierror: PyType;
let herror: PyType;

function oserror(errno: number, msg: string): never {
  throw errno === 0 ? newException(excType("OSError"), msg) : newException(excType("OSError"), errno, msg);
}

function noName(): never {
  throw newException(gaierror, CONSTANTS.EAI_NONAME, "Name or service not known");
}

function strArg(fname: string, x: PyObject): string {
  if (typeof x !== "string") throw typeError(`${fname}() argument 1 must be str, not ${x === None ? "None" : typeof x}`);
  return x;
}

/** The IPv4 address a host name stands for without a resolver: numeric, or the local names. */
function resolve(host: string): string {
  if (host === "" || host === "localhost" || host === hostname()) return "127.0.0.1";
  if (isIP(host) === 4) return host;
  noName();
}

function ipv4Bytes(s: string): Uint8Array | null {
  const parts = s.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return new Uint8Array(parts.map(Number));
}

function ipv6Bytes(s: string): Uint8Array | null {
  if (isIP(s) !== 6) return null;
  let text = s;
  const tail: number[] = [];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4 !== null) {
    const b = ipv4Bytes(v4[1])!;
    tail.push((b[0] << 8) | b[1], (b[2] << 8) | b[3]);
    text = text.slice(0, -v4[1].length) + (text.endsWith("::" + v4[1]) ? "" : "0");
    if (text.endsWith(":0") && tail.length) text = text.slice(0, -2);
  }
  const [head, rest] = text.includes("::") ? text.split("::") : [text, null];
  const h = head === "" ? [] : head.split(":").map((x) => parseInt(x, 16));
  const r = rest === null || rest === "" ? [] : rest.split(":").map((x) => parseInt(x, 16));
  const groups = [...h, ...new Array(8 - h.length - r.length - tail.length).fill(0), ...r, ...tail];
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    out[2 * i] = g >> 8;
    out[2 * i + 1] = g & 255;
  });
  return out;
}

function ipv6Text(b: Uint8Array): string {
  const g: number[] = [];
  for (let i = 0; i < 16; i += 2) g.push((b[i] << 8) | b[i + 1]);
  // the longest run (of at least two) of zero groups becomes "::"
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (xs: number[]) => xs.map((x) => x.toString(16)).join(":");
  if (best < 0) return hex(g);
  // IPv4-compatible (::a.b.c.d) and IPv4-mapped (::ffff:a.b.c.d) addresses end in dotted form
  if (best === 0 && (bestLen === 6 || (bestLen === 5 && g[5] === 0xffff)))
    return `::${bestLen === 5 ? "ffff:" : ""}${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
  return `${hex(g.slice(0, best))}::${hex(g.slice(best + bestLen))}`;
}

function swap16(x: PyObject, fname: string): number {
  const v = cIntArg(x);
  if (v < 0) throw newException(OverflowErrorType, `${fname}: can't convert negative Python int to C 16-bit unsigned integer`);
  if (v > 0xffff) throw newException(OverflowErrorType, `${fname}: Python int too large to convert to C 16-bit unsigned integer`);
  return ((v & 0xff) << 8) | (v >> 8);
}

function swap32(x: PyObject): number {
  const v = typeof x === "number" ? x : Number(x as bigint);
  if (v < 0 || v > 0xffffffff) throw newException(OverflowErrorType, "int larger than 32 bits");
  return (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;
}

registerBuiltinModule("_socket", (m) => {
  const d = m.dict.map;
  for (const [k, v] of Object.entries(CONSTANTS)) d.set(k, v);
  d.set("has_ipv6", true);
  const oserrorType = excType("OSError");
  herror = newExceptionClass("socket", "herror", [oserrorType]);
  gaierror = newExceptionClass("socket", "gaierror", [oserrorType]);
  d.set("error", oserrorType);
  d.set("herror", herror);
  d.set("gaierror", gaierror);
  d.set("timeout", excType("TimeoutError"));

  const socketType = moduleType("socket", "_socket");
  socketType.alloc = (cls) => new PyInstance(cls);
  setNew(socketType, (cls) => new PyInstance(cls));
  // creating a socket is where the missing network shows
  method(socketType, "__init__", () => {
    checkNetwork("socket");
    return oserror(ENOSYS, NO_SOCKETS);
  });
  d.set("socket", socketType);
  d.set("SocketType", socketType);

  let defaultTimeout: PyObject = None;
  defFunction(m, "getdefaulttimeout", () => defaultTimeout);
  defFunction(m, "setdefaulttimeout", (args) => {
    const t = args[0];
    if (t !== None) {
      const f = asFloat(t);
      if (f === undefined) throw typeError(`Timeout value must be int, float or None`);
      if (f < 0) throw newException(excType("ValueError"), "Timeout value out of range");
      defaultTimeout = new PyFloat(f);
    } else defaultTimeout = None;
    return None;
  });
  defFunction(m, "gethostname", () => hostname());
  defFunction(m, "gethostbyname", (args) => resolve(strArg("gethostbyname", args[0])));
  defFunction(m, "gethostbyname_ex", (args) => {
    const host = strArg("gethostbyname_ex", args[0]);
    return new PyTuple([host === "" ? "localhost" : host, new PyList([]), new PyList([resolve(host)])]);
  });
  defFunction(m, "gethostbyaddr", (args) => {
    const host = strArg("gethostbyaddr", args[0]);
    if (resolve(host) === "127.0.0.1") return new PyTuple(["localhost", new PyList([]), new PyList(["127.0.0.1"])]);
    throw newException(herror, 1, "Unknown host");
  });
  defFunction(m, "getaddrinfo", (args, kwnames) => {
    const [host, port, family, type, proto] = clinicArgs("getaddrinfo", args, kwnames, ["host", "port", "family", "type", "proto", "flags"], 2);
    const addr = host === None ? "127.0.0.1" : resolve(typeof host === "string" ? host : new TextDecoder().decode(needBytes(host!)));
    const p = port === None ? 0 : typeof port === "string" ? (/^\d+$/.test(port) ? Number(port) : noName()) : cIntArg(port!);
    const fam = family === undefined ? 0 : cIntArg(family);
    if (fam !== 0 && fam !== CONSTANTS.AF_INET) throw newException(gaierror, CONSTANTS.EAI_ADDRFAMILY, "Address family for hostname not supported");
    const kinds = type === undefined || cIntArg(type) === 0 ? [1, 2, 3] : [cIntArg(type)];
    const protos: Record<number, number> = { 1: 6, 2: 17, 3: 0 };
    return new PyList(kinds.map((k) => new PyTuple([CONSTANTS.AF_INET, k, proto === undefined || cIntArg(proto) === 0 ? protos[k] ?? 0 : cIntArg(proto), "", new PyTuple([addr, p])])));
  });
  defFunction(m, "htons", (args) => swap16(args[0], "htons"));
  defFunction(m, "ntohs", (args) => swap16(args[0], "ntohs"));
  defFunction(m, "htonl", (args) => swap32(args[0]));
  defFunction(m, "ntohl", (args) => swap32(args[0]));
  defFunction(m, "inet_aton", (args) => {
    const b = ipv4Bytes(strArg("inet_aton", args[0]));
    if (b === null) oserror(0, "illegal IP address string passed to inet_aton");
    return new PyBytes(b);
  });
  defFunction(m, "inet_ntoa", (args) => {
    const b = needBytes(args[0]);
    if (b.length !== 4) oserror(0, "packed IP wrong length for inet_ntoa");
    return Array.from(b).join(".");
  });
  defFunction(m, "inet_pton", (args) => {
    const fam = cIntArg(args[0]);
    const s = strArg("inet_pton", args[1]);
    const b = fam === CONSTANTS.AF_INET ? ipv4Bytes(s) : fam === CONSTANTS.AF_INET6 ? ipv6Bytes(s) : oserror(97, "Address family not supported by protocol");
    if (b === null) oserror(0, "illegal IP address string passed to inet_pton");
    return new PyBytes(b);
  });
  defFunction(m, "inet_ntop", (args) => {
    const fam = cIntArg(args[0]);
    const b = needBytes(args[1]);
    if (fam === CONSTANTS.AF_INET) {
      if (b.length !== 4) throw newException(excType("ValueError"), "invalid length of packed IP address string");
      return Array.from(b).join(".");
    }
    if (fam === CONSTANTS.AF_INET6) {
      if (b.length !== 16) throw newException(excType("ValueError"), "invalid length of packed IP address string");
      return ipv6Text(b);
    }
    throw newException(excType("ValueError"), `unknown address family ${fam}`);
  });
  defFunction(m, "socketpair", () => oserror(ENOSYS, NO_SOCKETS));
  defFunction(m, "dup", () => oserror(ENOSYS, NO_SOCKETS));
  defFunction(m, "close", () => oserror(ENOSYS, NO_SOCKETS));
});

registerBuiltinModule("select", (m) => {
  m.dict.map.set("error", excType("OSError"));
  defFunction(m, "select", () => oserror(ENOSYS, "select() is not supported by this VM (it has no sockets or pipes to wait on)"));
});
