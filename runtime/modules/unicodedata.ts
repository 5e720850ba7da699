// The unicodedata module as in CPython 3.11 (Modules/unicodedata.c): the Unicode 14.0.0
// character database — properties, names (with CPython's algorithmic Hangul syllable and CJK
// unified ideograph names, name aliases and named sequences for lookup), decimal/digit/numeric
// values, decompositions and the four normalization forms — and the `ucd_3_2_0` object (a
// `UCD` instance answering for Unicode 3.2.0, as IDNA's nameprep and stringprep need).
//
// The tables are runtime/text/unicodedata-tables.json, written from CPython's own unicodedata by
// runtime/text/unicodedata-gen.py (`npm run unicodedata:gen`). They are read on first use, so
// a program that never calls into the module pays nothing for them. Normalization follows the
// data, not the JS engine's String.prototype.normalize (whose Unicode version is newer).
import { existsSync, readFileSync } from "node:fs";
import { PyBytes, PyFloat, PyInstance, PyModule, PyObject, PyType } from "../objects/core.js";
import { getter, methods, setNew } from "../objects/define.js";
import { attributeError, keyError, typeError, valueError } from "../objects/exceptions.js";
import { typeOf } from "../objects/protocol.js";
import { asStr, encodeStr } from "../objects/str.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { moduleType } from "./functional-util.js";
import { defFunction } from "./small-util.js";

// ---------------------------------------------------------------------------------------------
// The tables

interface RawV320 {
  unidata_version: string;
  unassigned: string;
  category: string;
  bidirectional: string;
  east_asian_width: string;
  combining: string;
  mirrored: string;
  decimal: string;
  numeric: string;
  normalization: string;
}

interface RawData {
  unidata_version: string;
  categories: string[];
  bidirectionals: string[];
  eastAsianWidths: string[];
  records: string;
  props: string;
  numericValues: string[];
  numeric: string;
  decompTags: string[];
  decomp: string;
  compExcl: string;
  cjk: string;
  jamo: { L: string[]; V: string[]; T: string[] };
  nameWords: string;
  names: string;
  nameBlocks: string;
  aliases: string;
  namedSequences: string;
  v320: RawV320;
}

/** Sorted ranges [start, end] (inclusive) with a value each. */
interface RangeTable {
  starts: Uint32Array;
  ends: Uint32Array;
  values: Int32Array;
}

interface Decomp {
  tag: number; // 0: canonical
  codes: number[];
}

interface Tables {
  version: string;
  categories: string[];
  bidirectionals: string[];
  eastAsianWidths: string[];
  // per record: category, bidirectional, combining, east asian width, mirrored
  recCat: Uint8Array;
  recBidi: Uint8Array;
  recComb: Uint8Array;
  recEaw: Uint8Array;
  recMirr: Uint8Array;
  /** record index of every code point */
  record: Uint16Array;
  numericValues: number[];
  /** numeric runs [start, end]: kind (1 numeric, 2 digit, 3 decimal), the start's value (an
   *  index into numericValues) and step (0: one value, 1: start's value + cp - start) */
  numStarts: Uint32Array;
  numEnds: Uint32Array;
  numKind: Uint8Array;
  numValue: Uint32Array;
  numStep: Uint8Array;
  decompTags: string[];
  decomp: Map<number, Decomp>;
  /** normalization flags of every code point (F_CANON ...) */
  normFlags: Uint8Array;
  /** first -> last -> primary composite */
  compose: Map<number, Map<number, number>>;
  composeLast: Set<number>;
  cjk: RangeTable;
  jamoL: string[];
  jamoV: string[];
  jamoT: string[];
  raw: RawData;
  v320: V320;
}

interface V320 {
  version: string;
  unassigned: RangeTable;
  category: RangeTable;
  bidirectional: RangeTable;
  eastAsianWidth: RangeTable;
  combining: RangeTable;
  mirrored: RangeTable;
  decimal: RangeTable; // value: numericValues index + 1, or 0 for none
  numeric: RangeTable;
  normalization: Map<number, number>;
}

const MAX_CP = 0x110000;
// normalization flags: a canonical decomposition (Hangul syllables included), a compatibility
// one, not allowed in NFC (a canonical decomposition that is no primary composite), may
// combine with the character before it under NFC
const F_CANON = 1;
const F_COMPAT = 2;
const F_NFC_NO = 4;
const F_NFC_MAYBE = 8;
const F_FIRST = 16; // the first of a pair that composes
/** The Unicode version of the tables (unicodedata.unidata_version); load() checks the file's. */
export const UNIDATA_VERSION = "14.0.0";
export const OLD_UNIDATA_VERSION = "3.2.0";

function dataFile(): URL {
  // from runtime/modules/ (sources) or dist/runtime/modules/ (the build)
  for (const rel of ["../text/unicodedata-tables.json", "../../../runtime/text/unicodedata-tables.json"]) {
    const u = new URL(rel, import.meta.url);
    if (existsSync(u)) return u;
  }
  throw new Error("unicodedata: runtime/text/unicodedata-tables.json is missing (run npm run unicodedata:gen)");
}

const b36 = (s: string): number => parseInt(s, 36);

/** "gap,len-1,..." (or with a value: "gap,len-1,value,...") -> RangeTable. */
function decodeRanges(text: string, withValue: boolean): RangeTable {
  const parts = text === "" ? [] : text.split(",");
  const width = withValue ? 3 : 2;
  const n = parts.length / width;
  const t: RangeTable = { starts: new Uint32Array(n), ends: new Uint32Array(n), values: new Int32Array(n) };
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const start = prev + b36(parts[i * width]);
    const end = start + b36(parts[i * width + 1]);
    t.starts[i] = start;
    t.ends[i] = end;
    t.values[i] = withValue ? b36(parts[i * width + 2]) : 1;
    prev = end;
  }
  return t;
}

/** Index of the range holding cp, or -1. */
function findRange(starts: Uint32Array, ends: Uint32Array, cp: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < starts[mid]) hi = mid - 1;
    else if (cp > ends[mid]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The value of cp's range, or undefined. */
function rangeValue(t: RangeTable, cp: number): number | undefined {
  const i = findRange(t.starts, t.ends, cp);
  return i < 0 ? undefined : t.values[i];
}

let tables: Tables | undefined;

function load(): Tables {
  const raw = JSON.parse(readFileSync(dataFile(), "utf8")) as RawData;
  if (raw.unidata_version !== UNIDATA_VERSION || raw.v320.unidata_version !== OLD_UNIDATA_VERSION)
    throw new Error(`unicodedata: the tables are for Unicode ${raw.unidata_version}/${raw.v320.unidata_version}, this module for ${UNIDATA_VERSION}`);
  const recs = raw.records.split(";").map((r) => r.split(",").map(b36));
  const nrec = recs.length;
  const t = {
    version: raw.unidata_version,
    categories: raw.categories,
    bidirectionals: raw.bidirectionals,
    eastAsianWidths: raw.eastAsianWidths,
    recCat: new Uint8Array(nrec),
    recBidi: new Uint8Array(nrec),
    recComb: new Uint8Array(nrec),
    recEaw: new Uint8Array(nrec),
    recMirr: new Uint8Array(nrec),
    record: new Uint16Array(MAX_CP),
    numericValues: raw.numericValues.map(Number),
    decompTags: raw.decompTags,
    decomp: new Map(),
    compose: new Map(),
    normFlags: new Uint8Array(MAX_CP),
    composeLast: new Set(),
    cjk: decodeRanges(raw.cjk, false),
    jamoL: raw.jamo.L,
    jamoV: raw.jamo.V,
    jamoT: raw.jamo.T,
    raw,
  } as unknown as Tables;
  recs.forEach((r, i) => {
    t.recCat[i] = r[0];
    t.recBidi[i] = r[1];
    t.recComb[i] = r[2];
    t.recEaw[i] = r[3];
    t.recMirr[i] = r[4];
  });
  // properties: runs of "len-1,record" from 0
  const props = raw.props.split(",");
  let cp = 0;
  for (let i = 0; i < props.length; i += 2) {
    const n = b36(props[i]) + 1;
    t.record.fill(b36(props[i + 1]), cp, cp + n);
    cp += n;
  }
  if (cp !== MAX_CP) throw new Error("unicodedata: corrupt property table");
  // numeric runs: "gap,len-1,kind,value,step"
  const num = raw.numeric.split(",");
  const nn = num.length / 5;
  t.numStarts = new Uint32Array(nn);
  t.numEnds = new Uint32Array(nn);
  t.numKind = new Uint8Array(nn);
  t.numValue = new Uint32Array(nn);
  t.numStep = new Uint8Array(nn);
  let prev = 0;
  for (let i = 0; i < nn; i++) {
    const start = prev + b36(num[5 * i]);
    t.numStarts[i] = start;
    t.numEnds[i] = prev = start + b36(num[5 * i + 1]);
    t.numKind[i] = Number(num[5 * i + 2]);
    t.numValue[i] = b36(num[5 * i + 3]);
    t.numStep[i] = Number(num[5 * i + 4]);
  }
  // decompositions: "gap.tag.code code ..."
  prev = 0;
  for (const item of raw.decomp.split(";")) {
    const [gap, tag, codes] = item.split(".");
    prev += b36(gap);
    t.decomp.set(prev, { tag: b36(tag), codes: codes.split(" ").map(b36) });
  }
  // primary composites: two-character canonical decompositions not excluded from composition
  const excluded = new Set<number>();
  prev = 0;
  for (const g of raw.compExcl.split(",")) excluded.add((prev += b36(g)));
  for (const [c, d] of t.decomp) {
    if (d.tag !== 0 || d.codes.length !== 2 || excluded.has(c)) continue;
    let m = t.compose.get(d.codes[0]);
    if (m === undefined) t.compose.set(d.codes[0], (m = new Map()));
    m.set(d.codes[1], c);
    t.composeLast.add(d.codes[1]);
  }
  const flags = t.normFlags;
  // F_COMPAT when a compatibility mapping is met anywhere in the full decomposition
  const compat = (c: number): boolean => {
    const d = t.decomp.get(c);
    return d !== undefined && (d.tag !== 0 || d.codes.some(compat));
  };
  for (const [c, d] of t.decomp) {
    if (compat(c)) flags[c] |= F_COMPAT;
    if (d.tag === 0) {
      flags[c] |= F_CANON;
      if (d.codes.length !== 2 || t.compose.get(d.codes[0])?.get(d.codes[1]) !== c) flags[c] |= F_NFC_NO;
    }
  }
  flags.fill(F_CANON, S_BASE, S_BASE + S_COUNT);
  for (const c of t.composeLast) flags[c] |= F_NFC_MAYBE;
  for (const c of t.compose.keys()) flags[c] |= F_FIRST;
  for (let c = V_BASE; c < V_BASE + V_COUNT; c++) flags[c] |= F_NFC_MAYBE;
  for (let c = T_BASE + 1; c < T_BASE + T_COUNT; c++) flags[c] |= F_NFC_MAYBE;
  const v = raw.v320;
  const normalization = new Map<number, number>();
  for (const pair of v.normalization === "" ? [] : v.normalization.split(",")) {
    const [a, b] = pair.split(":");
    normalization.set(b36(a), b36(b));
  }
  t.v320 = {
    version: v.unidata_version,
    unassigned: decodeRanges(v.unassigned, false),
    category: decodeRanges(v.category, true),
    bidirectional: decodeRanges(v.bidirectional, true),
    eastAsianWidth: decodeRanges(v.east_asian_width, true),
    combining: decodeRanges(v.combining, true),
    mirrored: decodeRanges(v.mirrored, true),
    decimal: decodeRanges(v.decimal, true),
    numeric: decodeRanges(v.numeric, true),
    normalization,
  };
  return t;
}

function T(): Tables {
  return (tables ??= load());
}

// ---------------------------------------------------------------------------------------------
// Properties (code point level; `old` selects Unicode 3.2.0)


function unassigned32(t: Tables, cp: number): boolean {
  return findRange(t.v320.unassigned.starts, t.v320.unassigned.ends, cp) >= 0;
}

export function category(cp: number, old = false): string {
  const t = T();
  if (old) {
    const v = rangeValue(t.v320.category, cp);
    if (v !== undefined) return t.categories[v];
  }
  return t.categories[t.recCat[t.record[cp]]];
}

export function bidirectional(cp: number, old = false): string {
  const t = T();
  if (old) {
    const v = rangeValue(t.v320.bidirectional, cp);
    if (v !== undefined) return t.bidirectionals[v];
  }
  return t.bidirectionals[t.recBidi[t.record[cp]]];
}

export function combining(cp: number, old = false): number {
  const t = T();
  if (old) {
    const v = rangeValue(t.v320.combining, cp);
    if (v !== undefined) return v;
  }
  return t.recComb[t.record[cp]];
}

export function eastAsianWidth(cp: number, old = false): string {
  const t = T();
  if (old) {
    const v = rangeValue(t.v320.eastAsianWidth, cp);
    if (v !== undefined) return t.eastAsianWidths[v];
  }
  return t.eastAsianWidths[t.recEaw[t.record[cp]]];
}

export function mirrored(cp: number, old = false): number {
  const t = T();
  if (old) {
    const v = rangeValue(t.v320.mirrored, cp);
    if (v !== undefined) return v;
  }
  return t.recMirr[t.record[cp]];
}

/** kind 3 decimal, 2 digit, 1 numeric: the numeric value of cp if it has at least that kind. */
function numericOf(t: Tables, cp: number, kind: number): number | undefined {
  const i = findRange(t.numStarts, t.numEnds, cp);
  if (i < 0 || t.numKind[i] < kind) return undefined;
  return t.numericValues[t.numValue[i]] + t.numStep[i] * (cp - t.numStarts[i]);
}

export function decimal(cp: number, old = false): number | undefined {
  const t = T();
  if (old) {
    const v = rangeValue(t.v320.decimal, cp);
    if (v !== undefined) return v === 0 ? undefined : t.numericValues[v - 1];
  }
  return numericOf(t, cp, 3);
}

export function digit(cp: number): number | undefined {
  return numericOf(T(), cp, 2);
}

export function numeric(cp: number, old = false): number | undefined {
  const t = T();
  if (old) {
    const v = rangeValue(t.v320.numeric, cp);
    if (v !== undefined) return v === 0 ? undefined : t.numericValues[v - 1];
  }
  return numericOf(t, cp, 1);
}

const hex4 = (c: number): string => c.toString(16).toUpperCase().padStart(4, "0");

export function decomposition(cp: number, old = false): string {
  const t = T();
  if (old && unassigned32(t, cp)) return "";
  const d = t.decomp.get(cp);
  if (d === undefined) return "";
  const codes = d.codes.map(hex4).join(" ");
  return d.tag === 0 ? codes : `${t.decompTags[d.tag]} ${codes}`;
}

// ---------------------------------------------------------------------------------------------
// Names

const S_BASE = 0xac00;
const L_BASE = 0x1100;
const V_BASE = 0x1161;
const T_BASE = 0x11a7;
const L_COUNT = 19;
const V_COUNT = 21;
const T_COUNT = 28;
const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = L_COUNT * N_COUNT;
const NAME_MAXLEN = 256;
/** Stands for the encoding of a name short enough not to be too long. */
const SHORT_NAME = new Uint8Array(0);

interface NameTables {
  words: string[];
  body: string;
  /** first code point and body offset of each block of names (a block starts afresh) */
  blockCps: Uint32Array;
  blockOffsets: Uint32Array;
  /** hash of each name -> code point + 1, open addressing (built on first lookup), and each
   *  slot's full hash, so that a probe decodes a name only when the whole hash matches */
  hashTable?: Int32Array;
  hashes?: Int32Array;
  /** aliases -> code point, named sequences -> their string */
  extra?: Map<string, number | string>;
}
let names: NameTables | undefined;

const VARINT = (() => {
  const v = new Int8Array(128).fill(-1);
  let k = 0;
  for (let c = 0x23; c < 0x7f; c++) if (c !== 0x5c) v[c] = k++;
  return v;
})();
const HEX_TOKEN = 2;

function N(): NameTables {
  if (names === undefined) {
    const raw = T().raw;
    const blocks = raw.nameBlocks.split(",").map(b36);
    names = {
      words: ["-", " ", "", ...raw.nameWords.split(" ")],
      body: raw.names,
      blockCps: Uint32Array.from(blocks.filter((_, i) => i % 2 === 0)),
      blockOffsets: Uint32Array.from(blocks.filter((_, i) => i % 2 === 1)),
    };
  }
  return names;
}

/**
 * Walks the names of blocks from..to-1: for each, visit(cp, tokens) with the word indices of
 * its tokens (a shared array, valid during the call) until visit returns true. Each name is
 * varints — gap-1 from the previous code point, tokens shared with the previous name, new
 * tokens — then the new tokens' word indices. A varint is r_0 ... r_k f with continuation
 * digits r_i = 46 + d_i, standing for 46 + d_0 + 45 * (46 + d_1 + ... + 45 * f).
 */
function walkNames(n: NameTables, from: number, to: number, visit: (cp: number, toks: number[]) => boolean): void {
  const { body, blockCps, blockOffsets } = n;
  let pos = blockOffsets[from];
  const end = to < blockOffsets.length ? blockOffsets[to] : body.length;
  const longVarint = (d: number): number => {
    const digits = [d - 46];
    for (;;) {
      const e = VARINT[body.charCodeAt(pos++)];
      if (e < 46) {
        let v = e;
        for (let i = digits.length - 1; i >= 0; i--) v = 46 + digits[i] + 45 * v;
        return v;
      }
      digits.push(e - 46);
    }
  };
  let next = from; // the next block start
  let cp = 0;
  const toks: number[] = [];
  while (pos < end) {
    const start = pos;
    let gap = VARINT[body.charCodeAt(pos++)];
    if (gap >= 46) gap = longVarint(gap);
    if (next < blockOffsets.length && start === blockOffsets[next]) cp = blockCps[next++];
    else cp += gap + 1;
    toks.length = VARINT[body.charCodeAt(pos++)]; // one digit each: the generator checks
    const count = VARINT[body.charCodeAt(pos++)];
    for (let i = 0; i < count; i++) {
      const w = VARINT[body.charCodeAt(pos++)];
      toks.push(w < 46 ? w : longVarint(w));
    }
    if (visit(cp, toks)) return;
  }
}

/** A name from its tokens: words joined by spaces, except next to "-" and explicit spaces. */
function joinTokens(n: NameTables, cp: number, toks: number[]): string {
  let s = "";
  let prev = 1;
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k];
    if (k > 0 && w > 1 && prev > 1) s += " ";
    s += w === HEX_TOKEN ? cp.toString(16).toUpperCase() : n.words[w];
    prev = w;
  }
  return s;
}

// A polynomial hash over the characters of a name, computable word by word.
const HASH_MUL = 0x01000193;
function hashString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, HASH_MUL) + s.charCodeAt(i)) | 0;
  return h;
}

/** The name hash table and the aliases/named sequences map, built on the first lookup. */
function nameIndex(n: NameTables): { table: Int32Array; hashes: Int32Array; extra: Map<string, number | string> } {
  if (n.hashTable === undefined || n.hashes === undefined || n.extra === undefined) {
    const raw = T().raw;
    // each word's hash and HASH_MUL ** length, so a name's hash is a fold over its tokens
    const wordHash = new Int32Array(n.words.length);
    const wordPow = new Int32Array(n.words.length);
    n.words.forEach((w, i) => {
      wordHash[i] = hashString(0, w);
      let p = 1;
      for (let k = 0; k < w.length; k++) p = Math.imul(p, HASH_MUL);
      wordPow[i] = p;
    });
    const size = 1 << Math.ceil(Math.log2(n.body.length / 2 + 1024));
    const table = new Int32Array(size);
    const hashes = new Int32Array(size);
    walkNames(n, 0, n.blockCps.length, (cp, toks) => {
      let h = 0;
      let prev = 1;
      for (let k = 0; k < toks.length; k++) {
        const w = toks[k];
        if (k > 0 && w > 1 && prev > 1) h = (Math.imul(h, HASH_MUL) + 32) | 0;
        h = w === HEX_TOKEN ? hashString(h, cp.toString(16).toUpperCase()) : (Math.imul(h, wordPow[w]) + wordHash[w]) | 0;
        prev = w;
      }
      let i = h & (size - 1);
      while (table[i] !== 0) i = (i + 1) & (size - 1);
      table[i] = cp + 1;
      hashes[i] = h;
      return false;
    });
    const extra = new Map<string, number | string>();
    for (const item of raw.aliases === "" ? [] : raw.aliases.split(";")) {
      const i = item.indexOf(":");
      extra.set(item.slice(i + 1), b36(item.slice(0, i)));
    }
    for (const item of raw.namedSequences === "" ? [] : raw.namedSequences.split(";")) {
      const i = item.indexOf(":");
      extra.set(item.slice(0, i), String.fromCodePoint(...item.slice(i + 1).split(" ").map(b36)));
    }
    n.hashTable = table;
    n.hashes = hashes;
    n.extra = extra;
  }
  return { table: n.hashTable, hashes: n.hashes, extra: n.extra };
}

/** The name stored for cp (not Hangul syllables or CJK unified ideographs), or undefined. */
function storedName(cp: number): string | undefined {
  const n = N();
  // the last block starting at or before cp
  let lo = 0;
  let hi = n.blockCps.length - 1;
  if (hi < 0 || cp < n.blockCps[0]) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (n.blockCps[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  let block = decodedBlocks.get(lo);
  if (block === undefined) {
    // keep whole blocks: names are often asked for in code point order, and a lookup's probe
    // and the name() that follows it may be in different blocks
    const cps: number[] = [];
    const blockNames: string[] = [];
    walkNames(n, lo, lo + 1, (c, toks) => {
      cps.push(c);
      blockNames.push(joinTokens(n, c, toks));
      return false;
    });
    block = { cps, names: blockNames };
    if (decodedBlocks.size >= DECODED_BLOCKS) decodedBlocks.delete(decodedBlocks.keys().next().value as number);
  } else decodedBlocks.delete(lo);
  decodedBlocks.set(lo, block); // most recently used last
  const i = block.cps.indexOf(cp);
  return i < 0 ? undefined : block.names[i];
}
/** Decoded blocks of names (32 each: unicodedata-gen.py NAME_BLOCK), least recently used first. */
const DECODED_BLOCKS = 64;
const decodedBlocks = new Map<number, { cps: number[]; names: string[] }>();

function isUnifiedIdeograph(t: Tables, cp: number): boolean {
  return findRange(t.cjk.starts, t.cjk.ends, cp) >= 0;
}

/** The character's name, or undefined (unicodedata.name without a default). */
export function charName(cp: number, old = false): string | undefined {
  const t = T();
  if (cp >= MAX_CP) return undefined;
  if (old && unassigned32(t, cp)) return undefined;
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    return "HANGUL SYLLABLE " + t.jamoL[Math.floor(s / N_COUNT)] + t.jamoV[Math.floor((s % N_COUNT) / T_COUNT)] + t.jamoT[s % T_COUNT];
  }
  if (isUnifiedIdeograph(t, cp)) return "CJK UNIFIED IDEOGRAPH-" + cp.toString(16).toUpperCase();
  return storedName(cp);
}

/** The longest jamo name in `table` that `s` starts with at `pos` (find_syllable). */
function findJamo(s: string, pos: number, table: string[]): [index: number, length: number] {
  let best = -1;
  let len = -1;
  for (let i = 0; i < table.length; i++) {
    const j = table[i];
    if (j.length > len && s.startsWith(j, pos)) {
      best = i;
      len = j.length;
    }
  }
  return [best, len < 0 ? 0 : len];
}

/** The character (or named sequence) a name stands for, as lookup() finds it, or undefined. */
export function lookupName(name: string, old = false): string | undefined {
  const t = T();
  if (name.startsWith("HANGUL SYLLABLE ")) {
    let pos = 16;
    const [l, ll] = findJamo(name, pos, t.jamoL);
    pos += ll;
    const [v, vl] = findJamo(name, pos, t.jamoV);
    pos += vl;
    const [tt, tl] = findJamo(name, pos, t.jamoT);
    pos += tl;
    if (l < 0 || v < 0 || tt < 0 || pos !== name.length) return undefined;
    return String.fromCodePoint(S_BASE + (l * V_COUNT + v) * T_COUNT + tt);
  }
  if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
    const h = name.slice(22);
    if (!/^[0-9A-F]{4,5}$/.test(h)) return undefined;
    const cp = parseInt(h, 16);
    return isUnifiedIdeograph(t, cp) ? String.fromCodePoint(cp) : undefined;
  }
  const upper = /[a-z]/.test(name) ? name.replace(/[a-z]+/g, (m) => m.toUpperCase()) : name;
  const { table, hashes, extra } = nameIndex(N());
  const e = extra.get(upper);
  if (e !== undefined) {
    if (old) return undefined; // 3.2.0 has no aliases or named sequences
    return typeof e === "number" ? String.fromCodePoint(e) : e;
  }
  const mask = table.length - 1;
  const h = hashString(0, upper);
  for (let i = h & mask; table[i] !== 0; i = (i + 1) & mask) {
    if (hashes[i] !== h) continue;
    const cp = table[i] - 1;
    if (storedName(cp) === upper) return old && unassigned32(t, cp) ? undefined : String.fromCodePoint(cp);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Normalization

export type Form = "NFC" | "NFD" | "NFKC" | "NFKD";

function fromCodePoints(cps: number[]): string {
  let s = "";
  for (let i = 0; i < cps.length; i += 4096) s += String.fromCodePoint(...cps.slice(i, i + 4096));
  return s;
}

/** nfd_nfkd: full decomposition, then the canonical ordering of combining marks. */
function decompose(t: Tables, input: string, k: boolean, old: boolean): number[] {
  const out: number[] = [];
  const stack: number[] = [];
  const { decomp, recComb, record, normFlags } = t;
  const decomposes = k ? F_CANON | F_COMPAT : F_CANON;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    let c = input.charCodeAt(i);
    if (c < 0xa0) {
      out.push(c); // nothing below U+00A0 decomposes
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = input.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if ((normFlags[c] & decomposes) === 0 && !old) {
      out.push(c);
      continue;
    }
    stack.push(c);
    while (stack.length > 0) {
      const code = stack.pop()!;
      if (code >= S_BASE && code < S_BASE + S_COUNT) {
        const s = code - S_BASE;
        out.push(L_BASE + Math.floor(s / N_COUNT), V_BASE + Math.floor((s % N_COUNT) / T_COUNT));
        if (s % T_COUNT !== 0) out.push(T_BASE + (s % T_COUNT));
        continue;
      }
      if (old) {
        const corrected = t.v320.normalization.get(code);
        if (corrected !== undefined) {
          stack.push(corrected);
          continue;
        }
      }
      const d = decomp.get(code);
      if (d === undefined || (d.tag !== 0 && !k) || (old && unassigned32(t, code))) {
        out.push(code);
        continue;
      }
      for (let i = d.codes.length - 1; i >= 0; i--) stack.push(d.codes[i]);
    }
  }
  // canonical ordering (with Unicode 14.0's combining classes, whatever the version)
  if (out.length === 0) return out;
  let prev = recComb[record[out[0]]];
  for (let i = 1; i < out.length; i++) {
    const cur = recComb[record[out[i]]];
    if (prev === 0 || cur === 0 || prev <= cur) {
      prev = cur;
      continue;
    }
    let o = i - 1;
    for (;;) {
      const tmp = out[o + 1];
      out[o + 1] = out[o];
      out[o] = tmp;
      o--;
      if (o < 0) break;
      prev = recComb[record[out[o]]];
      if (prev === 0 || prev <= cur) break;
    }
    prev = recComb[record[out[i]]];
  }
  return out;
}

/** nfc_nfkc: decomposition, then canonical composition (Hangul included). */
function compose(t: Tables, input: string, k: boolean, old: boolean): number[] {
  const data = decompose(t, input, k, old);
  const len = data.length;
  const { recComb, record, normFlags } = t;
  const out: number[] = [];
  let skipped: Uint8Array | undefined; // characters already combined into an earlier one
  let i = 0;
  while (i < len) {
    if (skipped !== undefined && skipped[i] === 1) {
      i++;
      continue;
    }
    let code = data[i];
    if (code >= L_BASE && code < L_BASE + L_COUNT && i + 1 < len && data[i + 1] >= V_BASE && data[i + 1] < V_BASE + V_COUNT) {
      code = S_BASE + ((code - L_BASE) * V_COUNT + (data[i + 1] - V_BASE)) * T_COUNT;
      i += 2;
      if (i < len && data[i] > T_BASE && data[i] < T_BASE + T_COUNT) {
        code += data[i] - T_BASE;
        i++;
      }
      out.push(code);
      continue;
    }
    let pairs = (normFlags[code] & F_FIRST) !== 0 ? t.compose.get(code) : undefined;
    if (pairs === undefined) {
      out.push(code);
      i++;
      continue;
    }
    let comb = 0;
    let i1 = i + 1;
    let base = code;
    while (i1 < len) {
      const code1 = data[i1];
      const comb1 = recComb[record[code1]];
      if (comb !== 0) {
        if (comb1 === 0) break;
        if (comb >= comb1) {
          i1++; // blocked
          continue;
        }
      }
      const composite = (normFlags[code1] & F_NFC_MAYBE) !== 0 ? pairs.get(code1) : undefined;
      if (composite === undefined) {
        if (comb1 === 0) break;
        comb = comb1;
        i1++;
        continue;
      }
      base = composite;
      (skipped ??= new Uint8Array(len))[i1] = 1;
      i1++;
      pairs = t.compose.get(base);
      if (pairs === undefined) break;
    }
    out.push(base);
    i++;
  }
  return out;
}

/** unicodedata.normalize on a JS string (the form already checked). */
export function normalizeString(form: Form, s: string, old = false): string {
  if (s === "") return s;
  const t = T();
  // when nothing can change (quick check YES; CPython skips it for 3.2.0, but the result is
  // the same: what 14.0.0 leaves alone, 3.2.0 does too)
  if (quickCheck(t, s, form) === YES) return s;
  const k = form === "NFKC" || form === "NFKD";
  const r = form === "NFC" || form === "NFKC" ? compose(t, s, k, old) : decompose(t, s, k, old);
  return fromCodePoints(r);
}

const YES = 0;
const MAYBE = 1;
const NO = 2;

/**
 * is_normalized_quickcheck for Unicode 14.0.0: NO when a character cannot occur in the form
 * (it decomposes, or for NFC is no primary composite) or marks are out of canonical order,
 * MAYBE when one could combine with the character before it, else YES.
 */
function quickCheck(t: Tables, s: string, form: Form): number {
  const nfc = form === "NFC" || form === "NFKC";
  const k = form === "NFKC" || form === "NFKD";
  const no = nfc ? (k ? F_NFC_NO | F_COMPAT : F_NFC_NO) : k ? F_CANON | F_COMPAT : F_CANON;
  const maybe = nfc ? F_NFC_MAYBE : 0;
  const { recComb, record, normFlags } = t;
  let result = YES;
  let prevComb = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0xa0) {
      prevComb = 0;
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    const comb = recComb[record[c]];
    if (comb !== 0 && prevComb > comb) return NO;
    prevComb = comb;
    const f = normFlags[c];
    if (f === 0) continue;
    if ((f & no) !== 0) return NO;
    if ((f & maybe) !== 0) result = MAYBE;
  }
  return result;
}

/** unicodedata.is_normalized on a JS string. */
export function isNormalized(form: Form, s: string, old = false): boolean {
  if (s === "") return true;
  if (!old) {
    const q = quickCheck(T(), s, form);
    if (q !== MAYBE) return q === YES;
  }
  return normalizeString(form, s, old) === s;
}

// ---------------------------------------------------------------------------------------------
// The Python objects

class PyUCD extends PyInstance {
  constructor(cls: PyType, readonly old: boolean) {
    super(cls);
  }
}

export const ucdType = moduleType("UCD", "unicodedata", { final: true });

/** The single character of a str argument (CPython's "a unicode character" converter). */
function charArg(fname: string, x: PyObject, argno: number | null): number {
  const s = asStr(x);
  if (s !== undefined && s.length > 0 && s.length <= 2) {
    const cp = s.codePointAt(0)!;
    if ((cp > 0xffff ? 2 : 1) === s.length) return cp;
  }
  throw typeError(`${fname}() argument${argno === null ? "" : ` ${argno}`} must be a unicode character, not ${typeOf(x).name}`);
}

function strArg(fname: string, x: PyObject, argno: number): string {
  const s = asStr(x);
  if (s === undefined) throw typeError(`${fname}() argument ${argno} must be str, not ${typeOf(x).name}`);
  return s;
}

/** METH_O */
function oneArg(qual: string, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${qual}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** METH_FASTCALL positional-only with clinic's _PyArg_CheckPositional messages. */
function posArgs(qual: string, fname: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): PyObject[] {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length < min || args.length > max) {
    if (min === max) throw typeError(`${fname} expected ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
    if (args.length < min) throw typeError(`${fname} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
    throw typeError(`${fname} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`);
  }
  return args;
}

function formArg(fname: string, x: PyObject): Form | null {
  const f = strArg(fname, x, 1);
  return f === "NFC" || f === "NFD" || f === "NFKC" || f === "NFKD" ? f : null;
}

type Impl = (old: boolean, qual: string, args: PyObject[], kwnames: string[] | null) => PyObject;

function withDefault(v: PyObject | undefined, dflt: PyObject | undefined, message: string): PyObject {
  if (v !== undefined) return v;
  if (dflt !== undefined) return dflt;
  throw valueError(message);
}

const FUNCTIONS: Record<string, Impl> = {
  decimal: (old, q, args, kw) => {
    const [c, d] = posArgs(q, "decimal", args, kw, 1, 2);
    const v = decimal(charArg("decimal", c, 1), old);
    return withDefault(v, d, "not a decimal");
  },
  // CPython answers digit() from the current data even for ucd_3_2_0
  digit: (_old, q, args, kw) => {
    const [c, d] = posArgs(q, "digit", args, kw, 1, 2);
    const v = digit(charArg("digit", c, 1));
    return withDefault(v, d, "not a digit");
  },
  numeric: (old, q, args, kw) => {
    const [c, d] = posArgs(q, "numeric", args, kw, 1, 2);
    const v = numeric(charArg("numeric", c, 1), old);
    return withDefault(v === undefined ? undefined : new PyFloat(v), d, "not a numeric character");
  },
  category: (old, q, args, kw) => category(charArg("category", oneArg(q, args, kw), null), old),
  bidirectional: (old, q, args, kw) => bidirectional(charArg("bidirectional", oneArg(q, args, kw), null), old),
  combining: (old, q, args, kw) => combining(charArg("combining", oneArg(q, args, kw), null), old),
  mirrored: (old, q, args, kw) => mirrored(charArg("mirrored", oneArg(q, args, kw), null), old),
  east_asian_width: (old, q, args, kw) => eastAsianWidth(charArg("east_asian_width", oneArg(q, args, kw), null), old),
  decomposition: (old, q, args, kw) => decomposition(charArg("decomposition", oneArg(q, args, kw), null), old),
  name: (old, q, args, kw) => {
    const [c, d] = posArgs(q, "name", args, kw, 1, 2);
    return withDefault(charName(charArg("name", c, 1), old), d, "no such name");
  },
  lookup: (old, q, args, kw) => {
    const x = oneArg(q, args, kw);
    let name: string;
    let bytes: Uint8Array;
    const s = asStr(x);
    if (s !== undefined) {
      // the UTF-8 encoding is needed only for its length (at most 3 bytes per UTF-16 unit) and
      // the error a lone surrogate raises
      bytes = s.length * 3 <= NAME_MAXLEN && !/[\uD800-\uDFFF]/.test(s) ? SHORT_NAME : encodeStr(s, "utf-8", "strict");
      name = s;
    } else if (x instanceof PyBytes) {
      bytes = x.bytes;
      name = new TextDecoder().decode(bytes);
    } else {
      const tn = typeOf(x).name;
      if (tn === "bytearray" || tn === "memoryview" || tn === "array") throw typeError(`lookup() argument must be read-only bytes-like object, not ${tn}`);
      throw typeError(`a bytes-like object is required, not '${tn}'`);
    }
    if (bytes.length > NAME_MAXLEN) throw keyError("name too long");
    // a name with a NUL in it is never found; the message stops at the NUL, as %s does
    const r = name.includes("\0") ? undefined : lookupName(name, old);
    if (r === undefined) throw keyError(`undefined character name '${name.split("\0")[0]}'`);
    return r;
  },
  is_normalized: (old, q, args, kw) => {
    const [f, u] = posArgs(q, "is_normalized", args, kw, 2, 2);
    const form = formArg("is_normalized", f);
    const s = strArg("is_normalized", u, 2);
    if (s === "") return true;
    if (form === null) throw valueError("invalid normalization form");
    return isNormalized(form, s, old);
  },
  normalize: (old, q, args, kw) => {
    const [f, u] = posArgs(q, "normalize", args, kw, 2, 2);
    const form = formArg("normalize", f);
    const s = strArg("normalize", u, 2);
    if (s === "") return u;
    if (form === null) throw valueError("invalid normalization form");
    // CPython hands back the argument itself when its quick check says YES (not for 3.2.0)
    if (!old && quickCheck(T(), s, form) === YES) return u;
    return normalizeString(form, s, old);
  },
};

function asUCD(name: string, x: PyObject): PyUCD {
  if (x instanceof PyUCD) return x;
  throw typeError(`descriptor '${name}' for 'unicodedata.UCD' objects doesn't apply to a '${typeOf(x).name}' object`);
}

methods(
  ucdType,
  Object.fromEntries(
    Object.entries(FUNCTIONS).map(([name, impl]) => [name, (self: PyObject, args: PyObject[], kwnames: string[] | null) => impl(asUCD(name, self).old, `UCD.${name}`, args, kwnames)]),
  ),
);
getter(
  ucdType,
  "unidata_version",
  (self) => (asUCD("unidata_version", self).old ? OLD_UNIDATA_VERSION : UNIDATA_VERSION),
  () => {
    throw attributeError("readonly attribute");
  },
);
setNew(ucdType, () => {
  throw typeError("cannot create 'unicodedata.UCD' instances");
});

const MODULE_DOC = `This module provides access to the Unicode Character Database which
defines character properties for all Unicode characters. The data in
this database is based on the UnicodeData.txt file version
${UNIDATA_VERSION} which is publicly available from ftp://ftp.unicode.org/.

The module uses the same names and symbols as defined by the
UnicodeData File Format ${UNIDATA_VERSION}.`;

registerBuiltinModule("unicodedata", (m: PyModule) => {
  const d = m.dict.map;
  d.set("__doc__", MODULE_DOC);
  d.set("unidata_version", UNIDATA_VERSION);
  d.set("UCD", ucdType);
  d.set("ucd_3_2_0", new PyUCD(ucdType, true));
  for (const [name, impl] of Object.entries(FUNCTIONS)) {
    defFunction(m, name, (args, kwnames) => impl(false, `unicodedata.${name}`, args, kwnames));
  }
});
