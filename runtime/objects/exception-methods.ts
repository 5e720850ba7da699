// BaseException and its subclasses' behaviour: construction, args, str/repr, traceback,
// chaining attributes, and the extra attributes of StopIteration, SystemExit, KeyError, OSError,
// ImportError, NameError, AttributeError, SyntaxError.
import { None, PyBaseException, PyDict, PyObject, PyTraceback, PyTuple, PyList, baseExceptionType } from "./core.js";
import { getter, method, methods, setNew } from "./define.js";
import { excType, typeError } from "./exceptions.js";
import { repr, str, typeOf } from "./protocol.js";

function self(x: PyObject): PyBaseException {
  if (!(x instanceof PyBaseException)) throw typeError(`descriptor requires a 'BaseException' object but received a '${typeOf(x).name}'`);
  return x;
}

setNew(baseExceptionType, (cls, args, kwnames) => {
  const e = new PyBaseException(cls, args.slice(0, args.length - (kwnames?.length ?? 0)));
  if (cls.hasDict) e.dict = new PyDict();
  return e;
});
methods(baseExceptionType, {
  __init__: (s, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError(`${self(s).cls.name}() takes no keyword arguments`);
    self(s).args = new PyTuple(args);
    return None;
  },
  __str__: (s) => {
    const a = self(s).args.items;
    return a.length === 0 ? "" : a.length === 1 ? str(a[0]) : repr(self(s).args);
  },
  __repr__: (s) => {
    const e = self(s);
    const a = e.args.items;
    const name = e.cls.name;
    return a.length === 1 ? `${name}(${repr(a[0])})` : `${name}${repr(e.args)}`;
  },
  with_traceback: (s, args) => {
    self(s).traceback = args[0] === None ? null : (args[0] as PyTraceback);
    return s;
  },
  add_note: (s, args) => {
    const e = self(s);
    if (typeof args[0] !== "string") throw typeError(`note must be a str, not '${typeOf(args[0]).name}'`);
    if (e.notes === null) e.notes = new PyList([]);
    (e.notes as PyList).items.push(args[0]);
    return None;
  },
  __reduce__: (s) => new PyTuple([self(s).cls, self(s).args]),
});
getter(baseExceptionType, "args", (s) => self(s).args, (s, v) => {
  self(s).args = v instanceof PyTuple ? v : new PyTuple(v === undefined ? [] : [v]);
});
getter(baseExceptionType, "__traceback__", (s) => self(s).traceback ?? None, (s, v) => {
  self(s).traceback = v === None || v === undefined ? null : (v as PyTraceback);
});
getter(baseExceptionType, "__cause__", (s) => self(s).cause, (s, v) => {
  self(s).cause = v ?? None;
  self(s).suppressContext = true;
});
getter(baseExceptionType, "__context__", (s) => self(s).context, (s, v) => {
  self(s).context = v ?? None;
});
getter(baseExceptionType, "__suppress_context__", (s) => self(s).suppressContext, (s, v) => {
  self(s).suppressContext = v === true;
});
getter(baseExceptionType, "__notes__", (s) => {
  const n = self(s).notes;
  if (n === null) throw (excType("AttributeError") && new PyBaseException(excType("AttributeError"), ["__notes__"]));
  return n;
});
getter(baseExceptionType, "__dict__", (s) => (self(s).dict ??= new PyDict()));

/** An attribute that lives in the exception's dict with a default (e.g. StopIteration.value). */
function argAttr(typeName: string, attr: string, fromArgs: (args: PyObject[]) => PyObject): void {
  const t = excType(typeName);
  getter(t, attr, (s) => {
    const e = self(s);
    const v = e.dict?.map.get(`__attr_${attr}`);
    return v !== undefined ? v : fromArgs(e.args.items);
  }, (s, v) => {
    const e = self(s);
    (e.dict ??= new PyDict()).map.set(`__attr_${attr}`, v ?? None);
  });
}
argAttr("StopIteration", "value", (a) => (a.length > 0 ? a[0] : None));
argAttr("SystemExit", "code", (a) => (a.length === 0 ? None : a.length === 1 ? a[0] : new PyTuple(a)));
argAttr("OSError", "errno", (a) => (a.length >= 2 ? a[0] : None));
argAttr("OSError", "strerror", (a) => (a.length >= 2 ? a[1] : None));
argAttr("OSError", "filename", (a) => (a.length >= 3 ? a[2] : None));
argAttr("ImportError", "name", () => None);
argAttr("ImportError", "path", () => None);
argAttr("ImportError", "msg", (a) => (a.length > 0 ? a[0] : None));
argAttr("NameError", "name", () => None);
argAttr("AttributeError", "name", () => None);
argAttr("AttributeError", "obj", () => None);
argAttr("SyntaxError", "msg", (a) => (a.length > 0 ? a[0] : None));
for (const [i, f] of ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].entries())
  argAttr("SyntaxError", f, (a) => (a.length > 1 && a[1] instanceof PyTuple && a[1].items.length > i ? a[1].items[i] : None));

method(excType("ImportError"), "__init__", (s, args, kwnames) => {
  const e = self(s);
  const nkw = kwnames?.length ?? 0;
  e.args = new PyTuple(args.slice(0, args.length - nkw));
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    if (name !== "name" && name !== "path") throw typeError(`'${name}' is an invalid keyword argument for ImportError()`);
    (e.dict ??= new PyDict()).map.set(`__attr_${name}`, args[args.length - nkw + k]);
  }
  return None;
});
method(excType("ImportError"), "__str__", (s) => {
  const e = self(s);
  const msg = e.dict?.map.get("__attr_msg");
  if (msg !== undefined && msg !== None) return str(msg);
  const a = e.args.items;
  return a.length === 1 ? str(a[0]) : a.length === 0 ? "" : repr(e.args);
});
method(excType("KeyError"), "__str__", (s) => {
  const a = self(s).args.items;
  return a.length === 1 ? repr(a[0]) : a.length === 0 ? "" : repr(self(s).args);
});
method(excType("OSError"), "__str__", (s) => {
  const a = self(s).args.items;
  if (a.length >= 3) return `[Errno ${str(a[0])}] ${str(a[1])}: ${repr(a[2])}`;
  if (a.length === 2) return `[Errno ${str(a[0])}] ${str(a[1])}`;
  return a.length === 1 ? str(a[0]) : a.length === 0 ? "" : repr(self(s).args);
});
method(excType("SyntaxError"), "__str__", (s) => {
  const a = self(s).args.items;
  const msg = a.length > 0 ? str(a[0]) : "";
  if (a.length > 1 && a[1] instanceof PyTuple) {
    const [file, line] = a[1].items;
    const base = typeof file === "string" ? file.split("/").pop() : null;
    if (base && line !== None) return `${msg} (${base}, line ${str(line)})`;
    if (line !== None && line !== undefined) return `${msg} (line ${str(line)})`;
  }
  return msg;
});

// UnicodeEncodeError/DecodeError/TranslateError: the attributes the constructor takes, and
// CPython's message built from them (exceptions.c UnicodeEncodeError_str…)
const unicodeErrorFields: Record<string, string[]> = {
  UnicodeEncodeError: ["encoding", "object", "start", "end", "reason"],
  UnicodeDecodeError: ["encoding", "object", "start", "end", "reason"],
  UnicodeTranslateError: ["object", "start", "end", "reason"],
};
function charEscape(cp: number): string {
  return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, "0")}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`;
}
for (const [name, fields] of Object.entries(unicodeErrorFields)) {
  const t = excType(name);
  method(t, "__init__", (s, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
    const e = self(s);
    e.args = new PyTuple(args);
    if (args.length === 0) return None;
    if (args.length !== fields.length) throw typeError(`function takes exactly ${fields.length} arguments (${args.length} given)`);
    const d = (e.dict ??= new PyDict());
    fields.forEach((f, i) => {
      const v = args[i];
      const want = f === "start" || f === "end" ? "int" : f === "object" && name === "UnicodeDecodeError" ? "bytes" : "str";
      const ok = want === "int" ? typeof v === "number" || typeof v === "bigint" : want === "str" ? typeof v === "string" || typeOf(v).name === "str" : v instanceof Object && "bytes" in (v as object);
      if (!ok && !(want === "bytes" && (v as { bufferBytes?: unknown }).bufferBytes)) throw typeError(`argument ${i + 1} must be ${want}, not ${typeOf(v).name}`);
      d.map.set(f, v);
    });
    return None;
  });
  method(t, "__str__", (s) => {
    const e = self(s);
    const d = e.dict?.map;
    const get = (f: string) => d?.get(f);
    if (get("object") === undefined || get("start") === undefined || e.args.items.length !== fields.length) {
      const a = e.args.items;
      return a.length === 0 ? "" : a.length === 1 ? str(a[0]) : repr(e.args);
    }
    const start = Number(get("start")), end = Number(get("end"));
    const reason = str(get("reason")!);
    const obj = get("object")!;
    const prefix = name === "UnicodeTranslateError" ? "can't translate" : `'${str(get("encoding")!)}' codec can't ${name === "UnicodeEncodeError" ? "encode" : "decode"}`;
    if (name === "UnicodeDecodeError") {
      const bytes = (obj as unknown as { bytes: Uint8Array }).bytes;
      if (end === start + 1 && bytes !== undefined && start < bytes.length)
        return `${prefix} byte 0x${bytes[start].toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
      return `${prefix} bytes in position ${start}-${end - 1}: ${reason}`;
    }
    const cps = [...str(obj)].map((c) => c.codePointAt(0)!);
    if (end === start + 1 && start < cps.length) return `${prefix} character '${charEscape(cps[start])}' in position ${start}: ${reason}`;
    return `${prefix} characters in position ${start}-${end - 1}: ${reason}`;
  });
}
