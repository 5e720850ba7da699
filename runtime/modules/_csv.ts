// The _csv module (CPython 3.11's Modules/_csv.c), which Lib/csv.py builds on: the Dialect type
// with its validation, reader objects (the same character-by-character state machine, so quoted
// fields, embedded newlines, escapes, doublequote, strict mode and QUOTE_NONNUMERIC give
// CPython's results and errors), writer objects with the same quoting decisions, and the
// dialect registry.
import { None, PyBaseException, PyBoxed, PyDict, PyFloat, PyInstance, PyList, PyModule, PyNativeIterator, PyObject, PyType } from "../objects/core.js";
import { getter, methods, setNew } from "../objects/define.js";
import { attributeError, ExceptionType, newException, overflowError, typeError } from "../objects/exceptions.js";
import { dictDelete, dictGet, dictKeys, dictSet } from "../objects/hashtable.js";
import { call, getAttr, getIter, isSubtype, isTrue, iterNext, str, typeOf } from "../objects/protocol.js";
import { toFloat } from "../objects/numbers.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { isCallable, isNumber, iteratorType, moduleType } from "./functional-util.js";
import { defFunction, newExceptionClass } from "./small-util.js";

const NOT_SET = -1;
const EOL = -2;

const QUOTE_MINIMAL = 0;
const QUOTE_ALL = 1;
const QUOTE_NONNUMERIC = 2;
const QUOTE_NONE = 3;

const enum S {
  START_RECORD,
  START_FIELD,
  ESCAPED_CHAR,
  IN_FIELD,
  IN_QUOTED_FIELD,
  ESCAPE_IN_QUOTED_FIELD,
  QUOTE_IN_QUOTED_FIELD,
  EAT_CRNL,
  AFTER_ESCAPED_CRNL,
}

let errorType: PyType | null = null;
function csvError(): PyType {
  return (errorType ??= newExceptionClass("_csv", "Error", [ExceptionType]));
}
const error = (msg: string) => newException(csvError(), msg);

const dialects = new PyDict();
let fieldLimit = 128 * 1024;

/** A str (or str subclass instance) as a JS string, else undefined. */
function asStr(x: PyObject): string | undefined {
  if (typeof x === "string") return x;
  if (x instanceof PyBoxed && typeof x.value === "string") return x.value;
  return undefined;
}
const codePoints = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0)!);

// ---------------------------------------------------------------------------------------------
// Dialect

const DIALECT_DOC = "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n";
export const dialectType = moduleType("Dialect", "_csv", { doc: DIALECT_DOC });

class PyDialect extends PyInstance {
  doublequote = true;
  delimiter = 44;
  quotechar = 34;
  escapechar = NOT_SET;
  skipinitialspace = false;
  lineterminator = "\r\n";
  quoting = QUOTE_MINIMAL;
  strict = false;
}

const DIALECT_KWS = ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

function setChar(name: string, src: PyObject | undefined, dflt: number, orNone: boolean): number {
  if (src === undefined) return dflt;
  if (orNone && src === None) return NOT_SET;
  const s = asStr(src);
  if (s === undefined) throw typeError(`"${name}" must be string${orNone ? " or None" : ""}, not ${typeOf(src).name}`);
  const cps = codePoints(s);
  if (cps.length !== 1) throw typeError(`"${name}" must be a 1-character string`);
  return cps[0];
}

function setInt(name: string, src: PyObject | undefined, dflt: number): number {
  if (src === undefined) return dflt;
  const v = src instanceof PyBoxed ? undefined : src;
  if (typeof v !== "number" && typeof v !== "bigint") throw typeError(`"${name}" must be an integer`);
  if (typeof v === "bigint" || v > 0x7fffffff || v < -0x80000000) throw overflowError("Python int too large to convert to C int");
  return v;
}

/** dialect_new: the arguments are [dialect?, ...] with keywords as in PyArg_ParseTupleAndKeywords. */
function dialectNew(cls: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (args.length > DIALECT_KWS.length) throw typeError(`function takes at most ${DIALECT_KWS.length} arguments (${args.length} given)`);
  const v: (PyObject | undefined)[] = new Array(DIALECT_KWS.length).fill(undefined);
  for (let i = 0; i < npos; i++) v[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const i = DIALECT_KWS.indexOf(name);
    if (i < 0) throw typeError(`'${name}' is an invalid keyword argument for this function`);
    if (v[i] !== undefined) throw typeError(`argument for function given by name ('${name}') and position (${i + 1})`);
    v[i] = args[npos + k];
  }
  let dialect = v[0];
  if (dialect !== undefined) {
    if (asStr(dialect) !== undefined) dialect = getDialect(dialect);
    if (dialect instanceof PyDialect && isSubtype(typeOf(dialect), dialectType) && v.slice(1).every((x) => x === undefined)) return dialect;
    for (let i = 1; i < DIALECT_KWS.length; i++) {
      if (v[i] !== undefined) continue;
      try {
        v[i] = getAttr(dialect, DIALECT_KWS[i]);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
      }
    }
  }
  const [, delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict] = v;
  const self = new PyDialect(cls);
  self.delimiter = setChar("delimiter", delimiter, 44, false);
  self.doublequote = doublequote === undefined ? true : isTrue(doublequote);
  self.escapechar = setChar("escapechar", escapechar, NOT_SET, true);
  let lt: string | null = "\r\n";
  if (lineterminator !== undefined) {
    if (lineterminator === None) lt = null;
    else {
      const s = asStr(lineterminator);
      if (s === undefined) throw typeError(`"lineterminator" must be a string`);
      lt = s;
    }
  }
  self.quotechar = setChar("quotechar", quotechar, 34, true);
  self.quoting = setInt("quoting", quoting, QUOTE_MINIMAL);
  self.skipinitialspace = skipinitialspace === undefined ? false : isTrue(skipinitialspace);
  self.strict = strict === undefined ? false : isTrue(strict);
  if (self.quoting < QUOTE_MINIMAL || self.quoting > QUOTE_NONE) throw typeError(`bad "quoting" value`);
  if (self.delimiter === NOT_SET) throw typeError(`"delimiter" must be a 1-character string`);
  if (quotechar === None && quoting === undefined) self.quoting = QUOTE_NONE;
  if (self.quoting !== QUOTE_NONE && self.quotechar === NOT_SET) throw typeError("quotechar must be set if quoting enabled");
  if (lt === null) throw typeError("lineterminator must be set");
  self.lineterminator = lt;
  return self;
}

setNew(dialectType, dialectNew);
const charOrNone = (c: number): PyObject => (c === NOT_SET ? None : String.fromCodePoint(c));
const asDialect = (x: PyObject): PyDialect => {
  if (!(x instanceof PyDialect)) throw typeError(`descriptor requires a '_csv.Dialect' object but received a '${typeOf(x).name}'`);
  return x;
};
/** A getset attribute without a setter, with CPython's message for assignments. */
function getsetReadonly(t: PyType, name: string, get: (self: PyObject) => PyObject): void {
  getter(t, name, get, () => {
    throw attributeError(`attribute '${name}' of '_csv.${t.name}' objects is not writable`);
  });
}
/** A READONLY member. */
function memberReadonly(t: PyType, name: string, get: (self: PyObject) => PyObject): void {
  getter(t, name, get, () => {
    throw attributeError("readonly attribute");
  });
}
getsetReadonly(dialectType, "delimiter", (s) => charOrNone(asDialect(s).delimiter));
getsetReadonly(dialectType, "escapechar", (s) => charOrNone(asDialect(s).escapechar));
getsetReadonly(dialectType, "quotechar", (s) => charOrNone(asDialect(s).quotechar));
getsetReadonly(dialectType, "lineterminator", (s) => asDialect(s).lineterminator);
getsetReadonly(dialectType, "quoting", (s) => asDialect(s).quoting);
memberReadonly(dialectType, "doublequote", (s) => asDialect(s).doublequote);
memberReadonly(dialectType, "skipinitialspace", (s) => asDialect(s).skipinitialspace);
memberReadonly(dialectType, "strict", (s) => asDialect(s).strict);
methods(dialectType, {
  __reduce_ex__: (self) => {
    throw typeError(`cannot pickle '${typeOf(self).name}' instances`);
  },
});

function getDialect(name: PyObject): PyObject {
  const d = dictGet(dialects, name);
  if (d === undefined) throw error("unknown dialect");
  return d;
}

/** _call_dialect: Dialect(dialect_inst, **kwargs) from a call's arguments after the first. */
function callDialect(dialect: PyObject | undefined, kwArgs: PyObject[], kwnames: string[] | null): PyDialect {
  const args = dialect === undefined ? kwArgs : [dialect, ...kwArgs];
  return dialectNew(dialectType, args, kwnames) as PyDialect;
}

/** PyArg_UnpackTuple(args, "", 1, 2) on the positional part; returns [positional, kw values]. */
function splitArgs(args: PyObject[], kwnames: string[] | null): [PyObject[], PyObject[]] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 1) throw typeError(` expected at least 1 argument, got ${npos}`);
  if (npos > 2) throw typeError(` expected at most 2 arguments, got ${npos}`);
  return [args.slice(0, npos), args.slice(npos)];
}

// ---------------------------------------------------------------------------------------------
// Reader

const READER_DOC = "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n";
export const readerType = iteratorType("reader", "_csv", { doc: READER_DOC, final: true });

class PyCsvReader extends PyNativeIterator {
  fields: PyObject[] = [];
  state = S.START_RECORD;
  field: number[] = [];
  numericField = false;
  lineNum = 0;
  constructor(
    public input: PyObject,
    public dialect: PyDialect,
  ) {
    super(readerType, () => undefined);
    this.next = () => this.nextRow();
  }

  private saveField(): void {
    let field: PyObject = String.fromCodePoint(...this.field);
    this.field = [];
    if (this.numericField) {
      this.numericField = false;
      field = new PyFloat(toFloat(field));
    }
    this.fields.push(field);
  }

  private addChar(c: number): void {
    if (this.field.length >= fieldLimit) throw error(`field larger than field limit (${fieldLimit})`);
    this.field.push(c);
  }

  private inField(c: number): void {
    const d = this.dialect;
    if (c === 10 || c === 13 || c === EOL) {
      this.saveField();
      this.state = c === EOL ? S.START_RECORD : S.EAT_CRNL;
    } else if (c === d.escapechar) {
      this.state = S.ESCAPED_CHAR;
    } else if (c === d.delimiter) {
      this.saveField();
      this.state = S.START_FIELD;
    } else this.addChar(c);
  }

  private processChar(c: number): void {
    const d = this.dialect;
    switch (this.state) {
      case S.START_RECORD:
        if (c === EOL) break;
        if (c === 10 || c === 13) {
          this.state = S.EAT_CRNL;
          break;
        }
        this.state = S.START_FIELD;
        this.processChar(c);
        break;
      case S.START_FIELD:
        if (c === 10 || c === 13 || c === EOL) {
          this.saveField();
          this.state = c === EOL ? S.START_RECORD : S.EAT_CRNL;
        } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
          this.state = S.IN_QUOTED_FIELD;
        } else if (c === d.escapechar) {
          this.state = S.ESCAPED_CHAR;
        } else if (c === 32 && d.skipinitialspace) {
          // ignore spaces at the start of a field
        } else if (c === d.delimiter) {
          this.saveField();
        } else {
          if (d.quoting === QUOTE_NONNUMERIC) this.numericField = true;
          this.addChar(c);
          this.state = S.IN_FIELD;
        }
        break;
      case S.ESCAPED_CHAR:
        if (c === 10 || c === 13) {
          this.addChar(c);
          this.state = S.AFTER_ESCAPED_CRNL;
          break;
        }
        if (c === EOL) c = 10;
        this.addChar(c);
        this.state = S.IN_FIELD;
        break;
      case S.AFTER_ESCAPED_CRNL:
        // like IN_FIELD (and staying in this state), except that the end of the line is ignored
        if (c !== EOL) this.inField(c);
        break;
      case S.IN_FIELD:
        this.inField(c);
        break;
      case S.IN_QUOTED_FIELD:
        if (c === EOL) {
          // a newline inside quotes: the next line continues the field
        } else if (c === d.escapechar) {
          this.state = S.ESCAPE_IN_QUOTED_FIELD;
        } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
          this.state = d.doublequote ? S.QUOTE_IN_QUOTED_FIELD : S.IN_FIELD;
        } else this.addChar(c);
        break;
      case S.ESCAPE_IN_QUOTED_FIELD:
        if (c === EOL) c = 10;
        this.addChar(c);
        this.state = S.IN_QUOTED_FIELD;
        break;
      case S.QUOTE_IN_QUOTED_FIELD:
        if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
          this.addChar(c);
          this.state = S.IN_QUOTED_FIELD;
        } else if (c === d.delimiter) {
          this.saveField();
          this.state = S.START_FIELD;
        } else if (c === 10 || c === 13 || c === EOL) {
          this.saveField();
          this.state = c === EOL ? S.START_RECORD : S.EAT_CRNL;
        } else if (!d.strict) {
          this.addChar(c);
          this.state = S.IN_FIELD;
        } else {
          throw error(`'${String.fromCodePoint(d.delimiter)}' expected after '${String.fromCodePoint(d.quotechar)}'`);
        }
        break;
      case S.EAT_CRNL:
        if (c === 10 || c === 13) {
          // more line-end characters
        } else if (c === EOL) this.state = S.START_RECORD;
        else throw error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
        break;
    }
  }

  nextRow(): PyObject | undefined {
    this.fields = [];
    this.field = [];
    this.state = S.START_RECORD;
    this.numericField = false;
    do {
      const line = iterNext(this.input);
      if (line === undefined) {
        if (this.field.length !== 0 || (this.state as S) === S.IN_QUOTED_FIELD) {
          if (this.dialect.strict) throw error("unexpected end of data");
          this.saveField();
          break;
        }
        return undefined;
      }
      const s = asStr(line);
      if (s === undefined) throw error(`iterator should return strings, not ${typeOf(line).name} (the file should be opened in text mode)`);
      this.lineNum++;
      for (const ch of s) this.processChar(ch.codePointAt(0)!);
      this.processChar(EOL);
    } while (this.state !== S.START_RECORD);
    const fields = this.fields;
    this.fields = [];
    return new PyList(fields);
  }
}

const asReader = (x: PyObject): PyCsvReader => {
  if (!(x instanceof PyCsvReader)) throw typeError(`descriptor requires a '_csv.reader' object but received a '${typeOf(x).name}'`);
  return x;
};
memberReadonly(readerType, "dialect", (s) => asReader(s).dialect);
memberReadonly(readerType, "line_num", (s) => asReader(s).lineNum);
setNew(readerType, () => {
  throw typeError("cannot create '_csv.reader' instances");
});

// ---------------------------------------------------------------------------------------------
// Writer

const WRITER_DOC = "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n";
export const writerType = moduleType("writer", "_csv", { doc: WRITER_DOC, final: true });

class PyCsvWriter extends PyInstance {
  constructor(
    public write: PyObject,
    public dialect: PyDialect,
  ) {
    super(writerType);
  }
}

/** join_append_data: appends one field (quoted as decided, or escaped) to the record. */
function appendField(w: PyCsvWriter, rec: string[], numFields: number, field: string | null, quotedIn: boolean): void {
  const d = w.dialect;
  const lt = codePoints(d.lineterminator);
  let quoted = quotedIn;
  const out: string[] = [];
  if (field !== null) {
    for (const ch of field) {
      const c = ch.codePointAt(0)!;
      let wantEscape = false;
      if (c === d.delimiter || c === d.escapechar || c === d.quotechar || lt.includes(c)) {
        if (d.quoting === QUOTE_NONE) wantEscape = true;
        else {
          if (c === d.quotechar) {
            if (d.doublequote) out.push(ch);
            else wantEscape = true;
          } else if (c === d.escapechar) wantEscape = true;
          if (!wantEscape) quoted = true;
        }
        if (wantEscape) {
          if (d.escapechar === NOT_SET) throw error("need to escape, but no escapechar set");
          out.push(String.fromCodePoint(d.escapechar));
        }
      }
      out.push(ch);
    }
  }
  if (numFields > 0) rec.push(String.fromCodePoint(d.delimiter));
  const q = d.quotechar === NOT_SET ? "" : String.fromCodePoint(d.quotechar);
  if (quoted) rec.push(q);
  rec.push(...out);
  if (quoted) rec.push(q);
}

function writeRow(w: PyCsvWriter, seq: PyObject): PyObject {
  const d = w.dialect;
  let it: PyObject;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === "TypeError") throw error(`iterable expected, not ${typeOf(seq).name}`);
    throw e;
  }
  const rec: string[] = [];
  let numFields = 0;
  for (;;) {
    const field = iterNext(it);
    if (field === undefined) break;
    let quoted: boolean;
    if (d.quoting === QUOTE_NONNUMERIC) quoted = !isNumber(field);
    else quoted = d.quoting === QUOTE_ALL;
    const s = asStr(field);
    if (s !== undefined) appendField(w, rec, numFields, s, quoted);
    else if (field === None) appendField(w, rec, numFields, null, quoted);
    else appendField(w, rec, numFields, str(field), quoted);
    numFields++;
  }
  if (numFields > 0 && rec.join("") === "") {
    if (d.quoting === QUOTE_NONE) throw error("single empty field record must be quoted");
    appendField(w, rec, 0, null, true);
  }
  rec.push(d.lineterminator);
  return call(w.write, [rec.join("")]);
}

const asWriter = (x: PyObject): PyCsvWriter => {
  if (!(x instanceof PyCsvWriter)) throw typeError(`descriptor requires a '_csv.writer' object but received a '${typeOf(x).name}'`);
  return x;
};
methods(writerType, {
  writerow: (self, args, kwnames) => {
    if ((kwnames !== null && kwnames.length > 0) || args.length !== 1)
      throw typeError(kwnames !== null && kwnames.length > 0 ? "_csv.writer.writerow() takes no keyword arguments" : `_csv.writer.writerow() takes exactly one argument (${args.length} given)`);
    return writeRow(asWriter(self), args[0]);
  },
  writerows: (self, args, kwnames) => {
    if ((kwnames !== null && kwnames.length > 0) || args.length !== 1)
      throw typeError(kwnames !== null && kwnames.length > 0 ? "_csv.writer.writerows() takes no keyword arguments" : `_csv.writer.writerows() takes exactly one argument (${args.length} given)`);
    const w = asWriter(self);
    const it = getIter(args[0]);
    for (;;) {
      const row = iterNext(it);
      if (row === undefined) return None;
      writeRow(w, row);
    }
  },
});
memberReadonly(writerType, "dialect", (s) => asWriter(s).dialect);
setNew(writerType, () => {
  throw typeError("cannot create '_csv.writer' instances");
});

// ---------------------------------------------------------------------------------------------
// The module

const MODULE_DOC =
  'CSV parsing and writing.\n\nThis module provides classes that assist in the reading and writing\nof Comma Separated Value (CSV) files, and implements the interface\ndescribed by PEP 305.  Although many CSV files are simple to parse,\nthe format is not formally defined by a stable specification and\nis subtle enough that parsing lines of a CSV file with something\nlike line.split(",") is bound to fail.  The module supports three\nbasic APIs: reading, writing, and registration of dialects.\n\n\nDIALECT REGISTRATION:\n\nReaders and writers support a dialect argument, which is a convenient\nhandle on a group of settings.  When the dialect argument is a string,\nit identifies one of the dialects previously registered with the module.\nIf it is a class or instance, the attributes of the argument are used as\nthe settings for the reader or writer:\n\n    class excel:\n        delimiter = \',\'\n        quotechar = \'"\'\n        escapechar = None\n        doublequote = True\n        skipinitialspace = False\n        lineterminator = \'\\r\\n\'\n        quoting = QUOTE_MINIMAL\n\nSETTINGS:\n\n    * quotechar - specifies a one-character string to use as the\n        quoting character.  It defaults to \'"\'.\n    * delimiter - specifies a one-character string to use as the\n        field separator.  It defaults to \',\'.\n    * skipinitialspace - specifies how to interpret spaces which\n        immediately follow a delimiter.  It defaults to False, which\n        means that spaces immediately following a delimiter is part\n        of the following field.\n    * lineterminator -  specifies the character sequence which should\n        terminate rows.\n    * quoting - controls when quotes should be generated by the writer.\n        It can take on any of the following module constants:\n\n        csv.QUOTE_MINIMAL means only when required, for example, when a\n            field contains either the quotechar or the delimiter\n        csv.QUOTE_ALL means that quotes are always placed around fields.\n        csv.QUOTE_NONNUMERIC means that quotes are always placed around\n            fields which do not parse as integers or floating point\n            numbers.\n        csv.QUOTE_NONE means that quotes are never placed around fields.\n    * escapechar - specifies a one-character string used to escape\n        the delimiter when quoting is set to QUOTE_NONE.\n    * doublequote - controls the handling of quotes inside fields.  When\n        True, two consecutive quotes are interpreted as one during read,\n        and when writing, each quote character embedded in the data is\n        written as two quotes\n';

function oneArg(fname: string, args: PyObject[], kwnames: string[] | null, kw: string): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length === 1 && (nkw === 0 || kwnames![0] === kw)) return args[0];
  if (nkw > 0 && kwnames!.some((k) => k !== kw)) throw typeError(`'${kwnames!.find((k) => k !== kw)}' is an invalid keyword argument for ${fname}()`);
  if (args.length === 0) throw typeError(`${fname}() missing required argument '${kw}' (pos 1)`);
  throw typeError(`${fname}() takes at most 1 argument (${args.length} given)`);
}

export function initCsv(m: PyModule): void {
  const d = m.dict.map;
  d.set("__doc__", MODULE_DOC);
  d.set("__version__", "1.0");
  d.set("Error", csvError());
  d.set("Dialect", dialectType);
  d.set("Reader", readerType);
  d.set("Writer", writerType);
  d.set("_dialects", dialects);
  d.set("QUOTE_MINIMAL", QUOTE_MINIMAL);
  d.set("QUOTE_ALL", QUOTE_ALL);
  d.set("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC);
  d.set("QUOTE_NONE", QUOTE_NONE);
  defFunction(m, "reader", (args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    const input = getIter(pos[0]);
    const dialect = callDialect(pos[1], kw, kwnames);
    return new PyCsvReader(input, dialect);
  });
  defFunction(m, "writer", (args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    let write: PyObject | undefined;
    try {
      write = getAttr(pos[0], "write");
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls.name === "AttributeError")) throw e;
    }
    if (write === undefined || !isCallable(write)) throw typeError('argument 1 must have a "write" method');
    const dialect = callDialect(pos[1], kw, kwnames);
    return new PyCsvWriter(write, dialect);
  });
  defFunction(m, "register_dialect", (args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    if (asStr(pos[0]) === undefined) throw typeError("dialect name must be a string");
    const dialect = callDialect(pos[1], kw, kwnames);
    dictSet(dialects, pos[0], dialect);
    return None;
  });
  defFunction(m, "unregister_dialect", (args, kwnames) => {
    const name = oneArg("unregister_dialect", args, kwnames, "name");
    if (dictDelete(dialects, name) === undefined) throw error("unknown dialect");
    return None;
  });
  defFunction(m, "get_dialect", (args, kwnames) => getDialect(oneArg("get_dialect", args, kwnames, "name")));
  defFunction(m, "list_dialects", (args, kwnames) => {
    if (args.length > 0) throw typeError(`list_dialects() takes no arguments (${args.length} given)`);
    void kwnames;
    return new PyList(dictKeys(dialects));
  });
  defFunction(m, "field_size_limit", (args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length > 1) throw typeError(`field_size_limit() takes at most 1 argument (${args.length} given)`);
    if (nkw > 0 && kwnames![0] !== "new_limit") throw typeError(`'${kwnames![0]}' is an invalid keyword argument for field_size_limit()`);
    const old = fieldLimit;
    if (args.length === 1) {
      const v = args[0];
      if (typeof v !== "number" && typeof v !== "bigint") throw typeError("limit must be an integer");
      if (typeof v === "bigint") throw overflowError("Python int too large to convert to C long");
      fieldLimit = v;
    }
    return old;
  });
}
registerBuiltinModule("_csv", initCsv);
