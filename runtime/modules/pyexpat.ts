// pyexpat: CPython's binding of the Expat XML parser, here over an XML 1.0 parser of our own
// (non-validating, like Expat without external entities): the prolog (XML declaration,
// comments, processing instructions, a DOCTYPE whose internal subset may declare internal
// general entities), elements and attributes (entity and character references, attribute-value
// normalisation, duplicate checks), character data split the way Expat reports it (at line
// ends and references; merged with buffer_text), CDATA sections, namespaces (with a
// namespace_separator), Expat's error codes, messages and positions, and incremental Parse
// calls. xml.etree.ElementTree, xml.dom.minidom, plistlib and xmlrpc build on it.
import { None, PyBytes, PyDict, PyInstance, PyList, PyObject, PyTuple, PyType } from "../objects/core.js";
import { getter, method, methods } from "../objects/define.js";
import { excType, newException, typeError, valueError } from "../objects/exceptions.js";
import { call, getAttr, isTrue, setAttr } from "../objects/protocol.js";
import { registerBuiltinModule, newModule } from "../interp/imports.js";
import { clinicArgs, cIntArg, defFunction, needBytes, newExceptionClass } from "./small-util.js";
import { moduleType } from "./functional-util.js";

const MESSAGES = [
  "", "out of memory", "syntax error", "no element found", "not well-formed (invalid token)", "unclosed token",
  "partial character", "mismatched tag", "duplicate attribute", "junk after document element",
  "illegal parameter entity reference", "undefined entity", "recursive entity reference", "asynchronous entity",
  "reference to invalid character number", "reference to binary entity", "reference to external entity in attribute",
  "XML or text declaration not at start of entity", "unknown encoding", "encoding specified in XML declaration is incorrect",
  "unclosed CDATA section", "error in processing external entity reference", "document is not standalone",
  "unexpected parser state - please send a bug report", "entity declared in parameter entity",
  "requested feature requires XML_DTD support in Expat", "cannot change setting once parsing has begun", "unbound prefix",
  "must not undeclare prefix", "incomplete markup in parameter entity", "XML declaration not well-formed",
  "text declaration not well-formed", "illegal character(s) in public id", "parser suspended", "parser not suspended",
  "parsing aborted", "parsing finished", "cannot suspend in external parameter entity",
  "reserved prefix (xml) must not be undeclared or bound to another namespace name",
  "reserved prefix (xmlns) must not be declared or undeclared",
  "prefix must not be bound to one of the reserved namespace names", "invalid argument",
  "a successful prior call to function XML_GetBuffer is required",
  "limit on input amplification factor (from DTD and entities) breached",
];
const ERROR_NAMES = [
  "", "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN", "PARTIAL_CHAR", "TAG_MISMATCH",
  "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF", "UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF",
  "ASYNC_ENTITY", "BAD_CHAR_REF", "BINARY_ENTITY_REF", "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI",
  "UNKNOWN_ENCODING", "INCORRECT_ENCODING", "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE",
  "UNEXPECTED_STATE", "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING",
  "UNBOUND_PREFIX", "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID", "SUSPENDED",
  "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE", "RESERVED_PREFIX_XML", "RESERVED_PREFIX_XMLNS",
  "RESERVED_NAMESPACE_URI", "INVALID_ARGUMENT", "NO_BUFFER", "AMPLIFICATION_LIMIT_BREACH",
];
const E = {
  SYNTAX: 2, NO_ELEMENTS: 3, INVALID_TOKEN: 4, UNCLOSED_TOKEN: 5, PARTIAL_CHAR: 6, TAG_MISMATCH: 7, DUPLICATE_ATTRIBUTE: 8,
  JUNK_AFTER_DOC_ELEMENT: 9, UNDEFINED_ENTITY: 11, RECURSIVE_ENTITY_REF: 12, BAD_CHAR_REF: 14, MISPLACED_XML_PI: 17,
  UNKNOWN_ENCODING: 18, UNCLOSED_CDATA_SECTION: 20, UNBOUND_PREFIX: 27, UNDECLARING_PREFIX: 28, XML_DECL: 30, FINISHED: 36,
  RESERVED_PREFIX_XML: 38, RESERVED_PREFIX_XMLNS: 39, RESERVED_NAMESPACE_URI: 40,
};

const HANDLERS = [
  "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler", "CharacterDataHandler",
  "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
  "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler", "DefaultHandlerExpand",
  "NotStandaloneHandler", "ExternalEntityRefHandler", "StartDoctypeDeclHandler", "EndDoctypeDeclHandler",
  "EntityDeclHandler", "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
];

const NAME_START = "A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
const NAME_CHAR = NAME_START + "\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
const NAME_RE = new RegExp(`[:${NAME_START}][:${NAME_CHAR}]*`, "uy");
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };

let ExpatError: PyType;

class XmlError extends Error {
  constructor(readonly code: number, readonly at: number) {
    super(MESSAGES[code]);
  }
}
/** More input is needed to finish the construct at the current position. */
const NEED_MORE = Symbol("need more");

class Parser extends PyInstance {
  handlers = new Map<string, PyObject>();
  bufferText = false;
  bufferSize = 8192;
  orderedAttributes = false;
  specifiedAttributes = false;
  namespacePrefixes = false;
  internDict: PyObject = new PyDict();
  nsSep: string | null = null;
  declaredEncoding: string | null = null;
  // input
  text = "";
  pos = 0;
  pendingBytes = new Uint8Array(0);
  decoder: TextDecoder | null = null;
  encodingKnown = false;
  bytesPerChar: (cp: number) => number = utf8Len;
  started = false;
  finished = false;
  // position bookkeeping: a checkpoint never after the current token's start
  cpIndex = 0;
  cpLine = 1;
  cpCol = 0;
  cpByte = 0;
  errorCode = 0;
  errorLine = 1;
  errorCol = 0;
  errorByte = -1;
  eventAt = 0;
  // document state
  sawRoot = false;
  rootClosed = false;
  stack: { name: string; raw: string; nsDecls: string[] }[] = [];
  nsScopes: Map<string, string>[] = [new Map([["xml", XML_NS]])];
  entities = new Map<string, string>();
  /** where the markup being scanned starts (errors about unclosed markup point there) */
  tokenStart = 0;
  charBuffer: string[] = [];
  charBufferLen = 0;
  constructor(cls: PyType) {
    super(cls);
  }
}

function utf8Len(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** line, column (code points) and byte index of text position i */
function locate(p: Parser, i: number): [number, number, number] {
  if (i < p.cpIndex) {
    p.cpIndex = 0;
    p.cpLine = 1;
    p.cpCol = 0;
    p.cpByte = 0;
  }
  const t = p.text;
  let j = p.cpIndex;
  let line = p.cpLine;
  let col = p.cpCol;
  let byte = p.cpByte;
  while (j < i) {
    const c = t.codePointAt(j)!;
    const w = c > 0xffff ? 2 : 1;
    byte += p.bytesPerChar(c);
    if (c === 10 || (c === 13 && t.charCodeAt(j + 1) !== 10)) {
      line++;
      col = 0;
    } else if (c !== 13) col++;
    j += w;
  }
  p.cpIndex = j;
  p.cpLine = line;
  p.cpCol = col;
  p.cpByte = byte;
  return [line, col, byte];
}

function fail(code: number, at: number): never {
  throw new XmlError(code, at);
}

// ---------------------------------------------------------------------------------------------
// handler calls

function handler(p: Parser, name: string): PyObject | undefined {
  const h = p.handlers.get(name);
  return h === undefined || h === None ? undefined : h;
}

function flushText(p: Parser): void {
  if (p.charBuffer.length === 0) return;
  const s = p.charBuffer.join("");
  p.charBuffer = [];
  p.charBufferLen = 0;
  const h = handler(p, "CharacterDataHandler");
  if (h !== undefined) call(h, [s]);
}

/** Calls a handler other than CharacterDataHandler (buffered text goes first). */
function emit(p: Parser, name: string, args: PyObject[], at: number): boolean {
  const h = handler(p, name);
  if (h === undefined) return false;
  flushText(p);
  p.eventAt = at;
  call(h, args);
  return true;
}

function emitDefault(p: Parser, text: string, at: number): void {
  if (!emit(p, "DefaultHandlerExpand", [text], at)) emit(p, "DefaultHandler", [text], at);
}

/** Character data, split as Expat reports it: line ends on their own. */
function characters(p: Parser, s: string, at: number): void {
  if (s === "") return;
  const h = handler(p, "CharacterDataHandler");
  if (h === undefined) {
    emitDefault(p, s, at);
    return;
  }
  if (p.bufferText) {
    if (p.charBufferLen + s.length > p.bufferSize) flushText(p);
    p.charBuffer.push(s);
    p.charBufferLen += s.length;
    return;
  }
  p.eventAt = at;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 10) {
      if (i > start) call(h, [s.slice(start, i)]);
      call(h, ["\n"]);
      start = i + 1;
    }
  }
  if (start < s.length) call(h, [s.slice(start)]);
}

// ---------------------------------------------------------------------------------------------
// the scanner

function isSpace(c: number): boolean {
  return c === 0x20 || c === 9 || c === 10 || c === 13;
}

function skipSpace(p: Parser, i: number): number {
  while (i < p.text.length && isSpace(p.text.charCodeAt(i))) i++;
  return i;
}

function nameAt(p: Parser, i: number): string | null {
  NAME_RE.lastIndex = i;
  const m = NAME_RE.exec(p.text);
  return m === null ? null : m[0];
}

/** Needs `n` more characters at i (or the end marker), else waits for more input. */
function need(p: Parser, i: number): void {
  if (i >= p.text.length) {
    if (!p.finished) throw NEED_MORE;
  }
}

/** The next `what` from `from`; at the end of the input, Expat's "unclosed token" (reported at
 *  the start of the markup) or `code` (reported at the end). */
function find(p: Parser, what: string, from: number, code = E.UNCLOSED_TOKEN): number {
  const j = p.text.indexOf(what, from);
  if (j < 0) {
    if (!p.finished) throw NEED_MORE;
    fail(code, code === E.UNCLOSED_TOKEN ? p.tokenStart : p.text.length);
  }
  return j;
}

/** A reference at i ("&...;"): its replacement text, and where it ends. */
function reference(p: Parser, i: number, inAttr: boolean, depth = 0): [string, number] {
  const t = p.text;
  const semi = t.indexOf(";", i);
  if (semi < 0) {
    if (!p.finished) throw NEED_MORE;
    fail(E.INVALID_TOKEN, i);
  }
  if (t.charCodeAt(i + 1) === 35 /* # */) {
    const hex = t[i + 2] === "x";
    const digits = t.slice(i + (hex ? 3 : 2), semi);
    if (digits === "" || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) fail(E.INVALID_TOKEN, i);
    const cp = parseInt(digits, hex ? 16 : 10);
    const ok = cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
    if (!ok) fail(E.BAD_CHAR_REF, i);
    return [String.fromCodePoint(cp), semi + 1];
  }
  const name = nameAt(p, i + 1);
  if (name === null || i + 1 + name.length !== semi) fail(E.INVALID_TOKEN, name === null ? i + 1 : i + 1 + name.length);
  const pre = PREDEFINED[name];
  if (pre !== undefined) return [pre, semi + 1];
  const value = p.entities.get(name);
  if (value === undefined) fail(E.UNDEFINED_ENTITY, i);
  if (depth > 20) fail(E.RECURSIVE_ENTITY_REF, i);
  // an entity's replacement text may itself hold references (and, in content, markup we treat
  // as text: rare, and not produced by documents the stdlib writes)
  let out = "";
  for (let k = 0; k < value.length; ) {
    if (value[k] === "&") {
      const sub = new Parser(p.cls);
      sub.text = value;
      sub.finished = true;
      sub.entities = p.entities;
      const [r, end] = reference(sub, k, inAttr, depth + 1);
      out += r;
      k = end;
    } else out += value[k++];
  }
  return [out, semi + 1];
}

/** An attribute value starting at its quote; returns [normalised value, end]. */
function attrValue(p: Parser, i: number): [string, number] {
  const t = p.text;
  need(p, i);
  const q = t[i];
  if (q !== '"' && q !== "'") fail(E.INVALID_TOKEN, i);
  const close = find(p, q, i + 1);
  let out = "";
  for (let k = i + 1; k < close; ) {
    const c = t[k];
    if (c === "<") fail(E.INVALID_TOKEN, k);
    if (c === "&") {
      const [r, end] = reference(p, k, true);
      out += r.replace(/[\t\n\r]/g, " ");
      k = end;
      continue;
    }
    if (c === "\r") {
      out += " ";
      k += t[k + 1] === "\n" ? 2 : 1;
      continue;
    }
    out += c === "\t" || c === "\n" ? " " : c;
    k++;
  }
  return [out, close + 1];
}

function resolveName(p: Parser, qname: string, isAttr: boolean, at: number): string {
  if (p.nsSep === null) return qname;
  const colon = qname.indexOf(":");
  if (colon < 0) {
    if (isAttr) return qname;
    const uri = lookupNs(p, "");
    return uri === undefined || uri === "" ? qname : uri + p.nsSep + qname;
  }
  const prefix = qname.slice(0, colon);
  const local = qname.slice(colon + 1);
  const uri = lookupNs(p, prefix);
  if (uri === undefined) fail(E.UNBOUND_PREFIX, at);
  return p.namespacePrefixes ? uri + p.nsSep + local + p.nsSep + prefix : uri + p.nsSep + local;
}

function lookupNs(p: Parser, prefix: string): string | undefined {
  for (let k = p.nsScopes.length - 1; k >= 0; k--) {
    const v = p.nsScopes[k].get(prefix);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** A start tag at i ("<name ..."): reports it, returns the position after it. */
function startTag(p: Parser, i: number): number {
  const t = p.text;
  const name = nameAt(p, i + 1);
  if (name === null) {
    need(p, i + 1);
    fail(E.INVALID_TOKEN, i + 1);
  }
  const attrs: [string, string, number][] = [];
  let k = i + 1 + name.length;
  let empty = false;
  for (;;) {
    need(p, k);
    const s = skipSpace(p, k);
    need(p, s);
    const c = t[s];
    if (c === ">") {
      k = s + 1;
      break;
    }
    if (c === "/") {
      need(p, s + 1);
      if (t[s + 1] !== ">") fail(E.INVALID_TOKEN, s + 1);
      empty = true;
      k = s + 2;
      break;
    }
    if (s === k) fail(E.INVALID_TOKEN, s);
    const an = nameAt(p, s);
    if (an === null) fail(E.INVALID_TOKEN, s);
    let e = skipSpace(p, s + an.length);
    need(p, e);
    if (t[e] !== "=") fail(E.INVALID_TOKEN, e);
    e = skipSpace(p, e + 1);
    const [v, end] = attrValue(p, e);
    if (attrs.some((a) => a[0] === an)) fail(E.DUPLICATE_ATTRIBUTE, s);
    attrs.push([an, v, s]);
    k = end;
    need(p, k);
    const after = t[k];
    if (after !== ">" && after !== "/" && !isSpace(t.charCodeAt(k))) fail(E.INVALID_TOKEN, k);
  }
  if (p.rootClosed) fail(E.JUNK_AFTER_DOC_ELEMENT, i);
  p.sawRoot = true;
  // namespace declarations first
  const decls: string[] = [];
  let attrList = attrs;
  if (p.nsSep !== null) {
    const scope = new Map<string, string>();
    attrList = [];
    for (const a of attrs) {
      const [an, v] = a;
      if (an === "xmlns" || an.startsWith("xmlns:")) {
        const prefix = an === "xmlns" ? "" : an.slice(6);
        if (prefix === "xmlns") fail(E.RESERVED_PREFIX_XMLNS, i);
        if (prefix === "xml" ? v !== XML_NS : v === XML_NS) fail(prefix === "xml" ? E.RESERVED_PREFIX_XML : E.RESERVED_NAMESPACE_URI, i);
        if (v === XMLNS_NS) fail(E.RESERVED_NAMESPACE_URI, i);
        if (prefix !== "" && v === "") fail(E.UNDECLARING_PREFIX, i);
        scope.set(prefix, v);
        decls.push(prefix);
      } else attrList.push(a);
    }
    p.nsScopes.push(scope);
    for (const prefix of decls)
      emit(p, "StartNamespaceDeclHandler", [prefix === "" ? None : prefix, scope.get(prefix) === "" ? None : scope.get(prefix)!], i);
  }
  const ename = resolveName(p, name, false, i);
  const resolved = attrList.map(([an, v]) => [resolveName(p, an, true, i), v] as [string, string]);
  if (p.nsSep !== null) {
    const seen = new Set<string>();
    for (let a = 0; a < resolved.length; a++) {
      if (seen.has(resolved[a][0])) fail(E.DUPLICATE_ATTRIBUTE, attrList[a][2]);
      seen.add(resolved[a][0]);
    }
  }
  p.stack.push({ name: ename, raw: name, nsDecls: decls });
  if (handler(p, "StartElementHandler") !== undefined) {
    const a: PyObject = p.orderedAttributes ? new PyList(resolved.flat()) : dictOf(resolved);
    emit(p, "StartElementHandler", [ename, a], i);
  } else emitDefault(p, t.slice(i, k), i);
  if (empty) endElement(p, k);
  return k;
}

function dictOf(pairs: [string, string][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) d.map.set(k, v);
  return d;
}

function endElement(p: Parser, at: number): void {
  const top = p.stack.pop()!;
  if (!emit(p, "EndElementHandler", [top.name], at)) flushText(p);
  if (p.nsSep !== null) {
    p.nsScopes.pop();
    for (let k = top.nsDecls.length - 1; k >= 0; k--) emit(p, "EndNamespaceDeclHandler", [top.nsDecls[k] === "" ? None : top.nsDecls[k]], at);
  }
  if (p.stack.length === 0) p.rootClosed = true;
}

function endTag(p: Parser, i: number): number {
  const t = p.text;
  const name = nameAt(p, i + 2);
  if (name === null) {
    need(p, i + 2);
    fail(E.INVALID_TOKEN, i + 2);
  }
  let k = skipSpace(p, i + 2 + name.length);
  need(p, k);
  if (t[k] !== ">") fail(E.INVALID_TOKEN, k);
  if (p.stack.length === 0) fail(E.INVALID_TOKEN, i);
  if (p.stack[p.stack.length - 1].raw !== name) fail(E.TAG_MISMATCH, i + 2);
  endElement(p, i);
  return k + 1;
}

function comment(p: Parser, i: number): number {
  const t = p.text;
  const end = find(p, "--", i + 4);
  need(p, end + 2);
  if (t[end + 2] !== ">") fail(E.INVALID_TOKEN, end + 2);
  const body = t.slice(i + 4, end);
  if (!emit(p, "CommentHandler", [body], i)) emitDefault(p, t.slice(i, end + 3), i);
  return end + 3;
}

function pi(p: Parser, i: number): number {
  const t = p.text;
  const target = nameAt(p, i + 2);
  if (target === null) {
    need(p, i + 2);
    fail(E.INVALID_TOKEN, i + 2);
  }
  const end = find(p, "?>", i + 2);
  const rest = t.slice(i + 2 + target.length, end);
  if (rest !== "" && !isSpace(rest.charCodeAt(0))) fail(E.INVALID_TOKEN, i + 2 + target.length);
  if (target.toLowerCase() === "xml") {
    if (i !== 0 || p.sawRoot) fail(E.MISPLACED_XML_PI, i);
    xmlDecl(p, rest, i);
    return end + 2;
  }
  if (!emit(p, "ProcessingInstructionHandler", [target, rest.replace(/^[ \t\r\n]+/, "")], i)) emitDefault(p, t.slice(i, end + 2), i);
  return end + 2;
}

function xmlDecl(p: Parser, body: string, at: number): void {
  const m = /^\s+version\s*=\s*(["'])([^"']*)\1(?:\s+encoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\3)?(?:\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/.exec(body);
  if (m === null) fail(E.XML_DECL, at);
  const encoding = m[4] ?? null;
  const standalone = m[6] === undefined ? -1 : m[6] === "yes" ? 1 : 0;
  if (!emit(p, "XmlDeclHandler", [m[2], encoding ?? None, standalone], at)) emitDefault(p, `<?xml${body}?>`, at);
}

function cdata(p: Parser, i: number): number {
  const end = find(p, "]]>", i + 9, E.UNCLOSED_CDATA_SECTION);
  emit(p, "StartCdataSectionHandler", [], i);
  characters(p, p.text.slice(i + 9, end).replace(/\r\n?/g, "\n"), i);
  emit(p, "EndCdataSectionHandler", [], end);
  return end + 3;
}

/** <!DOCTYPE name [externalID] [internal subset]> */
function doctype(p: Parser, i: number): number {
  const t = p.text;
  let k = skipSpace(p, i + 9);
  const name = nameAt(p, k);
  if (name === null) fail(E.SYNTAX, k);
  k = skipSpace(p, k + name.length);
  let sysid: PyObject = None;
  let pubid: PyObject = None;
  const quoted = (at: number): [string, number] => {
    need(p, at);
    const q = t[at];
    if (q !== '"' && q !== "'") fail(E.SYNTAX, at);
    const e = find(p, q, at + 1);
    return [t.slice(at + 1, e), e + 1];
  };
  if (t.startsWith("SYSTEM", k)) {
    [sysid, k] = quoted(skipSpace(p, k + 6));
  } else if (t.startsWith("PUBLIC", k)) {
    [pubid, k] = quoted(skipSpace(p, k + 6));
    [sysid, k] = quoted(skipSpace(p, k));
  }
  k = skipSpace(p, k);
  need(p, k);
  const hasSubset = t[k] === "[";
  emit(p, "StartDoctypeDeclHandler", [name, sysid, pubid, hasSubset ? 1 : 0], i);
  if (hasSubset) {
    k = internalSubset(p, k + 1);
    k = skipSpace(p, k);
  }
  need(p, k);
  if (t[k] !== ">") fail(E.SYNTAX, k);
  emit(p, "EndDoctypeDeclHandler", [], k);
  return k + 1;
}

function internalSubset(p: Parser, i: number): number {
  const t = p.text;
  let k = i;
  for (;;) {
    k = skipSpace(p, k);
    need(p, k);
    if (t[k] === "]") return k + 1;
    if (t.startsWith("<!--", k)) {
      k = comment(p, k);
      continue;
    }
    if (t.startsWith("<?", k)) {
      k = pi(p, k);
      continue;
    }
    if (t.startsWith("<!ENTITY", k)) {
      let e = skipSpace(p, k + 8);
      const isParam = t[e] === "%";
      if (isParam) e = skipSpace(p, e + 1);
      const name = nameAt(p, e);
      if (name === null) fail(E.SYNTAX, e);
      e = skipSpace(p, e + name.length);
      const q = t[e];
      if (q === '"' || q === "'") {
        const close = find(p, q, e + 1);
        const value = t.slice(e + 1, close).replace(/&#(x[0-9a-fA-F]+|[0-9]+);/g, (_m, d: string) => String.fromCodePoint(d[0] === "x" ? parseInt(d.slice(1), 16) : parseInt(d, 10)));
        if (!isParam && !p.entities.has(name)) {
          p.entities.set(name, value);
          emit(p, "EntityDeclHandler", [name, false, value, None, None, None, None], k);
        }
        e = close + 1;
      }
      k = find(p, ">", e) + 1;
      continue;
    }
    if (t.startsWith("<!", k)) {
      // ELEMENT, ATTLIST, NOTATION: skipped (quoted strings may hold ">")
      let e = k + 2;
      for (;;) {
        need(p, e);
        const c = t[e];
        if (c === '"' || c === "'") e = find(p, c, e + 1) + 1;
        else if (c === ">") break;
        else e++;
      }
      k = e + 1;
      continue;
    }
    fail(E.SYNTAX, k);
  }
}

/** Content and markup from p.pos on, until the input runs out (or is complete). */
function run(p: Parser): void {
  const t = p.text;
  for (;;) {
    const i = p.pos;
    locate(p, i);
    if (i >= t.length) {
      if (p.finished) {
        if (!p.sawRoot || p.stack.length > 0) fail(p.sawRoot ? E.NO_ELEMENTS : E.NO_ELEMENTS, i);
        flushText(p);
      }
      return;
    }
    const c = t[i];
    p.tokenStart = i;
    if (c === "<") {
      need(p, i + 1);
      const n = t[i + 1];
      if (n === "/") p.pos = endTag(p, i);
      else if (n === "?") p.pos = pi(p, i);
      else if (n === "!") {
        if (t.startsWith("<!--", i)) p.pos = comment(p, i);
        else if (t.startsWith("<![CDATA[", i)) {
          if (p.stack.length === 0) fail(p.rootClosed ? E.JUNK_AFTER_DOC_ELEMENT : E.INVALID_TOKEN, i);
          p.pos = cdata(p, i);
        } else if (t.startsWith("<!DOCTYPE", i) && !p.sawRoot) p.pos = doctype(p, i);
        else {
          if (!p.finished && t.length - i < 9) throw NEED_MORE;
          fail(E.INVALID_TOKEN, i + 2);
        }
      } else p.pos = startTag(p, i);
      continue;
    }
    if (p.stack.length === 0) {
      // outside the root element only white space may appear
      let k = i;
      while (k < t.length && isSpace(t.charCodeAt(k))) k++;
      if (k === i) fail(p.rootClosed ? E.JUNK_AFTER_DOC_ELEMENT : p.sawRoot ? E.JUNK_AFTER_DOC_ELEMENT : E.SYNTAX, i);
      if (k === t.length && !p.finished) {
        // the rest may still be white space
        emitDefault(p, t.slice(i, k).replace(/\r\n?/g, "\n"), i);
        p.pos = k;
        continue;
      }
      emitDefault(p, t.slice(i, k).replace(/\r\n?/g, "\n"), i);
      p.pos = k;
      continue;
    }
    if (c === "&") {
      const [r, end] = reference(p, i, false);
      characters(p, r, i);
      p.pos = end;
      continue;
    }
    // character data up to the next markup or reference
    let k = i;
    while (k < t.length && t[k] !== "<" && t[k] !== "&") k++;
    let s = t.slice(i, k);
    if (!p.finished && k === t.length && s.endsWith("\r")) {
      // a CR at the end of the input may be half of a CRLF
      s = s.slice(0, -1);
      k--;
      if (s === "") throw NEED_MORE;
    }
    const bad = s.indexOf("]]>");
    if (bad >= 0) fail(E.INVALID_TOKEN, i + bad + 2);
    characters(p, s.replace(/\r\n?/g, "\n"), i);
    p.pos = k;
  }
}

// ---------------------------------------------------------------------------------------------
// input and the Python-facing parser

const ENCODINGS: Record<string, string> = {
  "utf-8": "utf-8", utf8: "utf-8", "iso-8859-1": "latin1", "latin-1": "latin1", latin1: "latin1", "us-ascii": "latin1",
  ascii: "latin1", "utf-16": "utf-16le", "utf-16le": "utf-16le", "utf-16be": "utf-16be",
};

function feedBytes(p: Parser, data: Uint8Array, final: boolean): void {
  let bytes = data;
  if (p.pendingBytes.length > 0) {
    bytes = new Uint8Array(p.pendingBytes.length + data.length);
    bytes.set(p.pendingBytes);
    bytes.set(data, p.pendingBytes.length);
    p.pendingBytes = new Uint8Array(0);
  }
  if (p.decoder === null) {
    // the encoding: the parser's, a byte-order mark, or the XML declaration's
    let enc = p.declaredEncoding;
    if (enc === null) {
      if (bytes.length < 2 && !final) {
        p.pendingBytes = bytes.slice();
        return;
      }
      if (bytes[0] === 0xff && bytes[1] === 0xfe) enc = "utf-16le";
      else if (bytes[0] === 0xfe && bytes[1] === 0xff) enc = "utf-16be";
      else {
        const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 200)));
        if (head.startsWith("<?xml") && !head.includes("?>") && !final && bytes.length < 200) {
          p.pendingBytes = bytes.slice();
          return;
        }
        const m = /^<\?xml[^?]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
        enc = m === null ? "utf-8" : m[1].toLowerCase();
      }
    }
    const js = ENCODINGS[enc.toLowerCase()];
    if (js === undefined) {
      p.errorCode = E.UNKNOWN_ENCODING;
      throw new XmlError(E.UNKNOWN_ENCODING, 0);
    }
    p.decoder = new TextDecoder(js === "latin1" ? "latin1" : js, { fatal: js === "utf-8" });
    p.bytesPerChar = js === "utf-8" ? utf8Len : js === "latin1" ? () => 1 : (cp) => (cp > 0xffff ? 4 : 2);
  }
  let s: string;
  try {
    s = p.decoder.decode(bytes, { stream: !final });
  } catch {
    throw new XmlError(E.INVALID_TOKEN, p.text.length);
  }
  if (p.text === "" && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  p.text += s;
}

function parse(p: Parser, data: PyObject, final: boolean): PyObject {
  if (p.errorCode !== 0 && p.errorCode !== E.FINISHED) raiseError(p.errorCode, p.errorLine, p.errorCol);
  if (p.finished) raiseError(E.FINISHED, p.errorLine, p.errorCol);
  p.started = true;
  try {
    if (typeof data === "string") {
      if (p.decoder === null) {
        p.decoder = new TextDecoder("utf-8");
        p.bytesPerChar = utf8Len;
      }
      p.text += data;
    } else feedBytes(p, needBytes(data), final);
    p.finished = final;
    try {
      run(p);
    } catch (e) {
      if (e !== NEED_MORE) throw e;
    }
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    const [line, col, byte] = locate(p, Math.min(e.at, p.text.length));
    p.errorCode = e.code;
    p.errorLine = line;
    p.errorCol = col;
    p.errorByte = byte;
    raiseError(e.code, line, col);
  }
  if (final) {
    const [line, col, byte] = locate(p, p.text.length);
    p.errorLine = line;
    p.errorCol = col;
    p.errorByte = byte;
  }
  return 1;
}

function raiseError(code: number, line: number, col: number): never {
  const err = newException(ExpatError, `${MESSAGES[code]}: line ${line}, column ${col}`);
  setAttr(err, "code", code);
  setAttr(err, "lineno", line);
  setAttr(err, "offset", col);
  throw err;
}

function self(x: PyObject): Parser {
  if (!(x instanceof Parser)) throw typeError("descriptor requires a 'pyexpat.xmlparser' object");
  return x;
}

function defineParserType(): PyType {
  const t = moduleType("xmlparser", "pyexpat", { final: true });
  methods(t, {
    Parse: (s, args, kw) => {
      const [data, isfinal] = clinicArgs("Parse", args, kw, ["data", "isfinal"], 1, 2);
      return parse(self(s), data!, isfinal !== undefined && isTrue(isfinal));
    },
    ParseFile: (s, args, kw) => {
      const [file] = clinicArgs("ParseFile", args, kw, ["file"], 1, 1);
      const read = getAttr(file!, "read");
      const p = self(s);
      for (;;) {
        const chunk = call(read, [2048]);
        const empty = typeof chunk === "string" ? chunk === "" : chunk instanceof PyBytes ? chunk.bytes.length === 0 : false;
        if (!(typeof chunk === "string" || chunk instanceof PyBytes)) throw typeError(`read() did not return a bytes object (type=${typeof chunk})`);
        parse(p, chunk, empty);
        if (empty) return 1;
      }
    },
    SetParamEntityParsing: () => 0,
    UseForeignDTD: () => None,
    GetBase: () => None,
    SetBase: () => None,
    GetInputContext: () => None,
    ExternalEntityParserCreate: () => {
      throw newException(excType("NotImplementedError"), "external entities are not supported");
    },
  });
  for (const name of HANDLERS)
    getter(
      t,
      name,
      (s) => self(s).handlers.get(name) ?? None,
      (s, v) => {
        self(s).handlers.set(name, v ?? None);
        if (name === "CharacterDataHandler") flushText(self(s));
      },
    );
  const flag = (name: string, get: (p: Parser) => boolean, set: (p: Parser, v: boolean) => void) =>
    getter(t, name, (s) => get(self(s)), (s, v) => {
      const p = self(s);
      if (name === "buffer_text" && !isTrue(v ?? false)) flushText(p);
      set(p, isTrue(v ?? false));
    });
  flag("buffer_text", (p) => p.bufferText, (p, v) => (p.bufferText = v));
  flag("ordered_attributes", (p) => p.orderedAttributes, (p, v) => (p.orderedAttributes = v));
  flag("specified_attributes", (p) => p.specifiedAttributes, (p, v) => (p.specifiedAttributes = v));
  flag("namespace_prefixes", (p) => p.namespacePrefixes, (p, v) => (p.namespacePrefixes = v));
  getter(t, "buffer_size", (s) => self(s).bufferSize, (s, v) => {
    const n = cIntArg(v ?? 0);
    if (n <= 0) throw valueError("buffer_size must be greater than zero");
    flushText(self(s));
    self(s).bufferSize = n;
  });
  getter(t, "buffer_used", (s) => self(s).charBufferLen);
  getter(t, "intern", (s) => self(s).internDict);
  getter(t, "ErrorCode", (s) => self(s).errorCode);
  getter(t, "ErrorLineNumber", (s) => self(s).errorLine);
  getter(t, "ErrorColumnNumber", (s) => self(s).errorCol);
  getter(t, "ErrorByteIndex", (s) => self(s).errorByte);
  const current = (k: number) => (s: PyObject) => {
    const p = self(s);
    return locate(p, Math.min(p.eventAt, p.text.length))[k];
  };
  getter(t, "CurrentLineNumber", current(0));
  getter(t, "CurrentColumnNumber", current(1));
  getter(t, "CurrentByteIndex", current(2));
  method(t, "__repr__", (s) => `<pyexpat.xmlparser object at 0x${(0).toString(16)}>`);
  return t;
}

registerBuiltinModule("pyexpat", (m) => {
  const d = m.dict.map;
  ExpatError = newExceptionClass("xml.parsers.expat", "ExpatError", [excType("Exception")]);
  const parserType = defineParserType();
  d.set("error", ExpatError);
  d.set("ExpatError", ExpatError);
  d.set("XMLParserType", parserType);
  d.set("EXPAT_VERSION", "expat_2.5.0");
  d.set("version_info", new PyTuple([2, 5, 0]));
  d.set("native_encoding", "UTF-8");
  d.set("features", new PyList([new PyTuple(["sizeof(XML_Char)", 1]), new PyTuple(["sizeof(XML_LChar)", 1]), new PyTuple(["XML_NS", 0])]));
  d.set("XML_PARAM_ENTITY_PARSING_NEVER", 0);
  d.set("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", 1);
  d.set("XML_PARAM_ENTITY_PARSING_ALWAYS", 2);
  defFunction(m, "ErrorString", (args) => {
    const code = cIntArg(args[0]);
    return MESSAGES[code] ?? None;
  });
  defFunction(m, "ParserCreate", (args, kw) => {
    const [encoding, sep, intern] = clinicArgs("ParserCreate", args, kw, ["encoding", "namespace_separator", "intern"], 0);
    const p = new Parser(parserType);
    if (encoding !== undefined && encoding !== None) {
      if (typeof encoding !== "string") throw typeError(`ParserCreate() argument 'encoding' must be str or None, not ${typeof encoding}`);
      p.declaredEncoding = encoding;
    }
    if (sep !== undefined && sep !== None) {
      if (typeof sep !== "string") throw typeError(`ParserCreate() argument 'namespace_separator' must be str or None, not ${typeof sep}`);
      if (sep.length > 1) throw valueError("namespace_separator must be at most one character, omitted, or None");
      p.nsSep = sep;
    }
    if (intern !== undefined) p.internDict = intern;
    return p;
  });
  const errors = newModule("pyexpat.errors");
  const codes = new PyDict();
  const messages = new PyDict();
  for (let c = 1; c < MESSAGES.length; c++) {
    errors.dict.map.set(`XML_ERROR_${ERROR_NAMES[c]}`, MESSAGES[c]);
    codes.map.set(MESSAGES[c], c);
    messages.map.set(c, MESSAGES[c]);
  }
  errors.dict.map.set("codes", codes);
  errors.dict.map.set("messages", messages);
  d.set("errors", errors);
  const model = newModule("pyexpat.model");
  const modelConsts: Record<string, number> = {
    XML_CQUANT_NONE: 0, XML_CQUANT_OPT: 1, XML_CQUANT_PLUS: 3, XML_CQUANT_REP: 2, XML_CTYPE_ANY: 2, XML_CTYPE_CHOICE: 5,
    XML_CTYPE_EMPTY: 1, XML_CTYPE_MIXED: 3, XML_CTYPE_NAME: 4, XML_CTYPE_SEQ: 6,
  };
  for (const [k, v] of Object.entries(modelConsts)) model.dict.map.set(k, v);
  d.set("model", model);
});
