// The time module (a subset of CPython 3.11's Modules/timemodule.c): clocks, sleep, struct_time,
// gmtime/localtime/mktime, strftime/asctime/ctime and the timezone constants. Local time comes
// from the JS Date object, i.e. the process's TZ setting.
import { checkSignals, pendingSignals } from "../host/signals.js";
import { PyBuiltinFunction, PyFloat, PyModule, PyObject, PyTuple, PyType, None, TYPE_FINAL, tupleType, typeType, PyBoxed } from "../objects/core.js";
import { getter, method, setNew } from "../objects/define.js";
import { newException, OSErrorType, overflowError, typeError, valueError } from "../objects/exceptions.js";
import * as I from "../objects/int.js";
import { call, getAttr, index, lookupType, repr, toArray, typeOf } from "../objects/protocol.js";
import { importModule, registerBuiltinModule } from "../interp/imports.js";
import { readFileSync } from "node:fs";

// ---------------------------------------------------------------------------------------------
// struct_time

const FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

/** time.struct_time: a tuple of the 9 fields; tm_zone and tm_gmtoff ride along outside it. */
export const structTimeType = new PyType("struct_time", [tupleType], typeType, false);
structTimeType.mro = [structTimeType, ...tupleType.mro];
structTimeType.solidBase = tupleType;
structTimeType.hasDict = false;
structTimeType.flags |= TYPE_FINAL;
tupleType.subclasses.push(structTimeType);
structTimeType.dict.map.set("__module__", "time");
structTimeType.dict.map.set("n_fields", 11);
structTimeType.dict.map.set("n_sequence_fields", 9);
structTimeType.dict.map.set("n_unnamed_fields", 0);

const extras = new WeakMap<PyTuple, [PyObject, PyObject]>();

function makeStructTime(fields: PyObject[], zone: PyObject, gmtoff: PyObject): PyTuple {
  const t = new PyTuple(fields, structTimeType);
  extras.set(t, [zone, gmtoff]);
  return t;
}

FIELDS.forEach((name, k) => getter(structTimeType, name, (self) => (self as PyTuple).items[k]));
getter(structTimeType, "tm_zone", (self) => extras.get(self as PyTuple)?.[0] ?? None);
getter(structTimeType, "tm_gmtoff", (self) => extras.get(self as PyTuple)?.[1] ?? None);
setNew(structTimeType, (cls, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  let seq: PyObject | undefined = npos > 0 ? args[0] : undefined;
  let dictArg: PyObject | undefined = npos > 1 ? args[1] : undefined; // accepted and ignored, as CPython
  if (npos > 2) throw typeError(`structseq() takes at most 2 arguments (${args.length} given)`);
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    if (name === "sequence" && seq === undefined) seq = args[npos + k];
    else if (name === "dict" && dictArg === undefined) dictArg = args[npos + k];
    else throw typeError(`'${name}' is an invalid keyword argument for structseq()`);
  }
  if (seq === undefined) throw typeError("structseq() missing required argument 'sequence' (pos 1)");
  let items: PyObject[];
  try {
    items = toArray(seq);
  } catch {
    throw typeError("constructor requires a sequence");
  }
  if (items.length < 9) throw typeError(`time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
  if (items.length > 11) throw typeError(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
  const t = new PyTuple(items.slice(0, 9), cls);
  extras.set(t, [items.length > 9 ? items[9] : None, items.length > 10 ? items[10] : None]);
  return t;
});

method(structTimeType, "__repr__", (self) => {
  const t = self as PyTuple;
  return `time.struct_time(${FIELDS.map((n, k) => `${n}=${repr(t.items[k])}`).join(", ")})`;
});
method(structTimeType, "__reduce__", (self) => {
  const t = self as PyTuple;
  const [zone, gmtoff] = extras.get(t) ?? [None, None];
  return new PyTuple([structTimeType, new PyTuple([new PyTuple([...t.items, zone, gmtoff])])]);
});

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian, any year a double can hold exactly)

function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

/** Broken-down time, with C's conventions (tm_mon 0-11, tm_wday 0 = Sunday, tm_yday 0-365). */
interface Tm {
  year: number; // full year
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  zone: string | null;
  gmtoff: number | null;
}

/** The UTC broken-down time of integer seconds t. */
function utcTm(t: number): Tm {
  const days = Math.floor(t / 86400);
  const rem = t - days * 86400;
  const [y, m, d] = civilFromDays(days);
  return {
    year: y,
    mon: m - 1,
    mday: d,
    hour: Math.floor(rem / 3600),
    min: Math.floor((rem % 3600) / 60),
    sec: rem % 60,
    wday: (((days + 4) % 7) + 7) % 7,
    yday: days - daysFromCivil(y, 1, 1),
    isdst: 0,
    zone: "GMT",
    gmtoff: 0,
  };
}

const MAX_DATE_MS = 8.64e15;

/** Offset of local time from UTC, in seconds east, at UTC instant t (seconds). Read back from
 *  the local calendar fields, which keep the seconds of old local-mean-time offsets. */
function localOffset(t: number): number {
  let ms = Math.floor(t) * 1000;
  if (ms > MAX_DATE_MS - 86400000) ms = MAX_DATE_MS - 86400000;
  if (ms < -MAX_DATE_MS + 86400000) ms = -MAX_DATE_MS + 86400000;
  const d = new Date(ms);
  const u = new Date(0);
  u.setUTCFullYear(d.getFullYear(), d.getMonth(), d.getDate());
  u.setUTCHours(d.getHours(), d.getMinutes(), d.getSeconds(), 0);
  return Math.round((u.getTime() - ms) / 1000) + 0; // + 0: never -0
}

// The local zone's tzdata file (what glibc reads): names and DST flags of local time types.
interface TzInfo {
  off: number;
  isdst: number;
  abbr: string;
}
interface TzFile {
  times: number[];
  types: number[];
  infos: TzInfo[];
  footer: { std: string; stdOff: number; dst: string | null } | null;
}
let tzFile: TzFile | null | undefined;

function parseFooterNames(rule: string): { std: string; stdOff: number; dst: string | null } | null {
  const name = /^(<[^>]*>|[A-Za-z]{3,})/;
  let m = name.exec(rule);
  if (m === null) return null;
  const unq = (x: string): string => (x.startsWith("<") ? x.slice(1, -1) : x);
  const std = unq(m[1]);
  const rest = rule.slice(m[1].length);
  const o = /^([-+]?)(\d+)(?::(\d+))?(?::(\d+))?/.exec(rest);
  if (o === null) return null;
  const secs = Number(o[2]) * 3600 + Number(o[3] ?? 0) * 60 + Number(o[4] ?? 0);
  const stdOff = o[1] === "-" ? secs : -secs; // POSIX offsets count west
  m = name.exec(rest.slice(o[0].length));
  return { std, stdOff, dst: m === null ? null : unq(m[1]) };
}

function loadTzFile(): TzFile | null {
  if (tzFile !== undefined) return tzFile;
  tzFile = null;
  try {
    let tz = process.env.TZ;
    let path: string;
    if (tz === undefined) path = "/etc/localtime";
    else {
      if (tz.startsWith(":")) tz = tz.slice(1);
      if (tz === "") tz = "UTC";
      path = tz.startsWith("/") ? tz : `/usr/share/zoneinfo/${tz}`;
    }
    const b = readFileSync(path);
    if (b.toString("latin1", 0, 4) !== "TZif") return null;
    const counts = (at: number): number[] => [0, 1, 2, 3, 4, 5].map((k) => b.readUInt32BE(at + 20 + 4 * k));
    let at = 0;
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(at);
    let timeSize = 4;
    if (b[4] >= 0x32) {
      // skip the 32-bit block to the 64-bit one
      at += 44 + timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
      [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(at);
      timeSize = 8;
    }
    let p = at + 44;
    const times: number[] = [];
    for (let k = 0; k < timecnt; k++, p += timeSize) times.push(timeSize === 8 ? Number(b.readBigInt64BE(p)) : b.readInt32BE(p));
    const types: number[] = [];
    for (let k = 0; k < timecnt; k++) types.push(b[p++]);
    const raw: [number, number, number][] = [];
    for (let k = 0; k < typecnt; k++, p += 6) raw.push([b.readInt32BE(p), b[p + 4], b[p + 5]]);
    const chars = b.toString("latin1", p, p + charcnt);
    p += charcnt + leap * (timeSize + 4) + isstd + isut;
    const infos = raw.map(([off, isdst, ai]) => ({ off, isdst, abbr: chars.slice(ai, chars.indexOf("\0", ai) < 0 ? undefined : chars.indexOf("\0", ai)) }));
    let footer: TzFile["footer"] = null;
    if (timeSize === 8 && b[p] === 0x0a) {
      const end = b.indexOf(0x0a, p + 1);
      if (end > p) footer = parseFooterNames(b.toString("latin1", p + 1, end));
    }
    tzFile = { times, types, infos, footer };
  } catch {
    tzFile = null;
  }
  return tzFile;
}

/** DST flag and zone name at UTC instant t from the tzdata file, or null. */
function tzAt(t: number, off: number): { isdst: number; abbr: string } | null {
  const f = loadTzFile();
  if (f === null || f.infos.length === 0) return null;
  const n = f.times.length;
  if (n > 0 && t >= f.times[n - 1] && f.footer !== null) {
    const isdst = f.footer.dst !== null && off !== f.footer.stdOff ? 1 : 0;
    return { isdst, abbr: isdst ? f.footer.dst! : f.footer.std };
  }
  let info: TzInfo;
  if (n === 0 || t < f.times[0]) info = f.infos.find((i) => !i.isdst) ?? f.infos[0];
  else {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (f.times[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    info = f.infos[f.types[lo]];
  }
  return { isdst: info.isdst ? 1 : 0, abbr: info.abbr };
}

// Zone abbreviations as tzdata spells them: English locales know most of them; where none
// does, tzdata itself uses numeric names like "+04".
const ZONE_LOCALES = ["en-US", "en-GB", "en-AU", "en-IN", "en-NZ", "en-CA", "en-IE", "en-ZA", "en-SG", "en-HK", "en-PH"];
let zoneFormatters: Intl.DateTimeFormat[] | null = null;
const zoneNameCache = new Map<number, string>();
/** The local zone's abbreviation at UTC instant t (e.g. "UTC", "CET", "PDT", "+04"). */
function zoneName(t: number): string {
  const off = localOffset(t);
  const cached = zoneNameCache.get(off);
  if (cached !== undefined) return cached;
  let ms = t * 1000;
  if (ms > MAX_DATE_MS) ms = MAX_DATE_MS;
  if (ms < -MAX_DATE_MS) ms = -MAX_DATE_MS;
  const date = new Date(ms);
  let name: string | undefined;
  try {
    zoneFormatters ??= ZONE_LOCALES.map((l) => new Intl.DateTimeFormat(l, { timeZoneName: "short" }));
    for (const f of zoneFormatters) {
      const part = f.formatToParts(date).find((p) => p.type === "timeZoneName");
      if (part !== undefined && !/^(GMT|UTC)[+-−]/.test(part.value) && /^[A-Za-z]+$/.test(part.value)) {
        name = part.value;
        break;
      }
    }
  } catch {
    // no Intl data
  }
  if (name === undefined) {
    if (off === 0) name = "UTC";
    else {
      const sign = off < 0 ? "-" : "+";
      const a = Math.abs(off);
      const hh = String(Math.floor(a / 3600)).padStart(2, "0");
      const mm = Math.floor((a % 3600) / 60);
      name = mm === 0 ? `${sign}${hh}` : `${sign}${hh}${String(mm).padStart(2, "0")}`;
    }
  }
  zoneNameCache.set(off, name);
  return name;
}

/** Standard and daylight offsets (seconds east) of the year containing t. */
function yearOffsets(t: number): [number, number] {
  const y = utcTm(t).year;
  const jan = localOffset(daysFromCivil(y, 1, 1) * 86400);
  const jul = localOffset(daysFromCivil(y, 7, 1) * 86400);
  return [jan, jul];
}

function localTm(t: number): Tm {
  const off = localOffset(t);
  const tm = utcTm(t + off);
  const z = tzAt(t, off);
  if (z !== null) {
    tm.isdst = z.isdst;
    tm.zone = z.abbr;
  } else {
    const [jan, jul] = yearOffsets(t);
    tm.isdst = jan !== jul && off === Math.max(jan, jul) ? 1 : 0;
    tm.zone = zoneName(t);
  }
  tm.gmtoff = off;
  return tm;
}

function tmToStructTime(tm: Tm): PyTuple {
  const wdayPy = (tm.wday + 6) % 7;
  return makeStructTime(
    [tm.year, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec, wdayPy, tm.yday + 1, tm.isdst],
    tm.zone ?? None,
    tm.gmtoff ?? None,
  );
}

// ---------------------------------------------------------------------------------------------
// Argument conversion

/** _PyTime_ObjectToTime_t with floor rounding: None means now. */
function timeArg(x: PyObject | undefined): number {
  if (x === undefined || x === None) return Math.floor(Date.now() / 1000);
  let v: number;
  if (x instanceof PyFloat || (x instanceof PyBoxed && x.value instanceof PyFloat)) {
    const f = x instanceof PyFloat ? x.value : (x.value as PyFloat).value;
    if (Number.isNaN(f)) throw valueError("Invalid value NaN (not a number)");
    v = Math.floor(f);
    if (!(Math.abs(v) < 9223372036854775808)) throw overflowError("timestamp out of range for platform time_t");
    return v;
  }
  const i = index(x);
  if (typeof i === "bigint" && (i >= 9223372036854775808n || i < -9223372036854775808n)) throw overflowError("timestamp out of range for platform time_t");
  return Number(i);
}

function checkYear(tm: Tm): void {
  // glibc fails with EOVERFLOW when tm_year does not fit an int
  if (tm.year - 1900 > 2147483647 || tm.year - 1900 < -2147483648) throw newException(OSErrorType, 75, "Value too large for defined data type");
}

function asInt32(x: PyObject): number {
  const i = index(x);
  if (typeof i === "bigint" || i > 2147483647 || i < -2147483648) throw overflowError("signed integer is greater than maximum");
  return i;
}

/** gettmarg: a struct_time or 9-tuple as a C struct tm. */
function tmArg(x: PyObject, fname: string): Tm {
  if (!(x instanceof PyTuple)) throw typeError("Tuple or struct_time argument required");
  const items = x.items;
  if (items.length !== 9) throw typeError(`${fname}(): illegal time tuple argument`);
  const v = items.map(asInt32);
  const ex = x.cls === structTimeType ? extras.get(x) : undefined;
  return {
    year: v[0],
    mon: v[1] - 1,
    mday: v[2],
    hour: v[3],
    min: v[4],
    sec: v[5],
    wday: (v[6] + 1) % 7,
    yday: v[7] - 1,
    isdst: v[8],
    zone: ex && typeof ex[0] === "string" ? ex[0] : null,
    gmtoff: ex && typeof ex[1] === "number" ? ex[1] : null,
  };
}

/** checktm: range checks (with CPython's normalisations of 0 values). */
function checkTm(tm: Tm): void {
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) throw valueError("month out of range");
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) throw valueError("day of month out of range");
  if (tm.hour < 0 || tm.hour > 23) throw valueError("hour out of range");
  if (tm.min < 0 || tm.min > 59) throw valueError("minute out of range");
  if (tm.sec < 0 || tm.sec > 61) throw valueError("seconds out of range");
  if (tm.wday < 0) throw valueError("day of week out of range");
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) throw valueError("day of year out of range");
}

// ---------------------------------------------------------------------------------------------
// Formatting

const DAY_ABBR = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY_FULL = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MON_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const pad = (n: number, w: number, c = "0"): string => {
  const s = String(Math.abs(n)).padStart(w, c);
  return n < 0 ? `-${s}` : s;
};
const mod = (a: number, b: number): number => ((a % b) + b) % b;

function isoWeek(tm: Tm): [number, number] {
  // ISO 8601 week-based year and week number
  const wdayMon = mod(tm.wday + 6, 7); // Monday = 0
  let year = tm.year;
  const thursdayYday = tm.yday - wdayMon + 3;
  const daysIn = (y: number): number => (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 366 : 365);
  let week: number;
  if (thursdayYday < 0) {
    year -= 1;
    week = Math.floor((thursdayYday + daysIn(year)) / 7) + 1;
  } else if (thursdayYday >= daysIn(year)) {
    year += 1;
    week = 1;
  } else week = Math.floor(thursdayYday / 7) + 1;
  return [year, week];
}

function epochOfTm(tm: Tm): number {
  const days = daysFromCivil(tm.year + Math.floor(tm.mon / 12), mod(tm.mon, 12) + 1, 1) + tm.mday - 1;
  const local = days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
  // local -> UTC with the zone's offset at that time (two passes settle DST transitions)
  let t = local - localOffset(local);
  t = local - localOffset(t);
  if (tm.isdst >= 0) {
    // like glibc, honour an explicit DST flag that disagrees with the zone's rules then
    const off = localOffset(t);
    const z = tzAt(t, off);
    const [a, b] = yearOffsets(t);
    const isdst = z !== null ? z.isdst : a !== b && off === Math.max(a, b) ? 1 : 0;
    if (a !== b && isdst !== (tm.isdst > 0 ? 1 : 0)) t += off - (off === a ? b : a);
  }
  return t;
}

function strftime(fmt: string, tm: Tm): string {
  let out = "";
  for (let k = 0; k < fmt.length; k++) {
    const ch = fmt[k];
    if (ch !== "%" || k + 1 >= fmt.length) {
      out += ch;
      continue;
    }
    const d = fmt[++k];
    const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    switch (d) {
      case "a": out += DAY_ABBR[mod(tm.wday, 7)]; break;
      case "A": out += DAY_FULL[mod(tm.wday, 7)]; break;
      case "b": case "h": out += MON_ABBR[mod(tm.mon, 12)]; break;
      case "B": out += MON_FULL[mod(tm.mon, 12)]; break;
      case "c": out += strftime("%a %b %e %H:%M:%S %Y", tm); break;
      case "C": out += String(Math.floor(tm.year / 100)); break; // glibc: "yearish", unpadded
      case "d": out += pad(tm.mday, 2); break;
      case "D": out += strftime("%m/%d/%y", tm); break;
      case "e": out += pad(tm.mday, 2, " "); break;
      case "F": out += strftime("%Y-%m-%d", tm); break;
      case "g": out += pad(mod(isoWeek(tm)[0], 100), 2); break;
      case "G": out += String(isoWeek(tm)[0]); break;
      case "H": out += pad(tm.hour, 2); break;
      case "I": out += pad(hour12, 2); break;
      case "j": out += pad(tm.yday + 1, 3); break;
      case "k": out += pad(tm.hour, 2, " "); break;
      case "l": out += pad(hour12, 2, " "); break;
      case "m": out += pad(tm.mon + 1, 2); break;
      case "M": out += pad(tm.min, 2); break;
      case "n": out += "\n"; break;
      case "p": out += tm.hour < 12 ? "AM" : "PM"; break;
      case "P": out += tm.hour < 12 ? "am" : "pm"; break;
      case "r": out += strftime("%I:%M:%S %p", tm); break;
      case "R": out += strftime("%H:%M", tm); break;
      case "s": out += String(epochOfTm(tm)); break;
      case "S": out += pad(tm.sec, 2); break;
      case "t": out += "\t"; break;
      case "T": out += strftime("%H:%M:%S", tm); break;
      case "u": out += String(mod(tm.wday, 7) === 0 ? 7 : mod(tm.wday, 7)); break;
      case "U": out += pad(Math.floor((tm.yday + 7 - mod(tm.wday, 7)) / 7), 2); break;
      case "V": out += pad(isoWeek(tm)[1], 2); break;
      case "w": out += String(mod(tm.wday, 7)); break;
      case "W": out += pad(Math.floor((tm.yday + 7 - mod(tm.wday + 6, 7)) / 7), 2); break;
      case "x": out += strftime("%m/%d/%y", tm); break;
      case "X": out += strftime("%H:%M:%S", tm); break;
      case "y": out += pad(mod(tm.year, 100), 2); break;
      case "Y": out += String(tm.year); break;
      case "z": {
        const off = tm.gmtoff ?? 0; // a plain 9-tuple carries no offset: glibc sees 0
        const a = Math.abs(off);
        out += `${off < 0 ? "-" : "+"}${pad(Math.floor(a / 3600), 2)}${pad(Math.floor((a % 3600) / 60), 2)}`;
        break;
      }
      case "Z": out += tm.zone ?? tzNames()[tm.isdst > 0 ? 1 : 0]; break;
      case "%": out += "%"; break;
      default: out += `%${d}`;
    }
  }
  return out;
}

function asctime(tm: Tm): string {
  return `${DAY_ABBR[mod(tm.wday, 7)]} ${MON_ABBR[mod(tm.mon, 12)]}${String(tm.mday).padStart(3, " ")} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`;
}

// ---------------------------------------------------------------------------------------------
// Timezone constants (as CPython computes them on glibc: January and July of this year)

let tzCache: { timezone: number; altzone: number; daylight: number; names: [string, string] } | null = null;
function tzInfo(): NonNullable<typeof tzCache> {
  if (tzCache !== null) return tzCache;
  const YEAR = (365 * 24 + 6) * 3600;
  let t = Math.floor(Date.now() / 1000 / YEAR) * YEAR;
  const janzone = 0 - localOffset(t);
  const janname = localTm(t).zone ?? "";
  t += YEAR / 2;
  const julyzone = 0 - localOffset(t);
  const julyname = localTm(t).zone ?? "";
  if (janzone < julyzone) tzCache = { timezone: julyzone, altzone: janzone, daylight: janzone !== julyzone ? 1 : 0, names: [julyname, janname] };
  else tzCache = { timezone: janzone, altzone: julyzone, daylight: janzone !== julyzone ? 1 : 0, names: [janname, julyname] };
  return tzCache;
}
function tzNames(): [string, string] {
  return tzInfo().names;
}

// ---------------------------------------------------------------------------------------------
// Clocks

const hrStart = process.hrtime.bigint();
function monotonicNs(): bigint {
  return process.hrtime.bigint() - hrStart + 1_000_000_000n;
}
function wallNs(): bigint {
  return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
}
function cpuNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

/** Sleeps on the pending-signals word, so a signal from outside wakes it: its handler runs
 *  (and may raise, ending the sleep); otherwise the sleep goes on to its end (PEP 475). */
function sleepSeconds(secs: number): void {
  let remaining = secs * 1000;
  const end = performance.now() + remaining;
  while (remaining > 0) {
    if (pendingSignals[0] !== 0) checkSignals();
    Atomics.wait(pendingSignals, 0, 0, Math.min(remaining, 2 ** 31 - 1));
    if (pendingSignals[0] !== 0) checkSignals();
    remaining = end - performance.now();
  }
}

// ---------------------------------------------------------------------------------------------
// The module

function noArgs(name: string, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`time.${name}() takes no keyword arguments`);
  if (args.length !== 0) throw typeError(`time.${name}() takes no arguments (${args.length} given)`);
}
function optionalArg(name: string, args: PyObject[], kwnames: string[] | null): PyObject | undefined {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length > 1) throw typeError(`${name}() takes at most 1 argument (${args.length} given)`);
  return args[0];
}

export function initTime(m: PyModule): void {
  const d = m.dict.map;
  d.set("__doc__", "This module provides various functions to manipulate time values.");
  const def = (name: string, fn: (args: PyObject[], kwnames: string[] | null) => PyObject): void => {
    const b = new PyBuiltinFunction(name, fn);
    b.module = "time";
    d.set(name, b);
  };
  const clock = (name: string, ns: () => bigint): void => {
    def(name, (args, kw) => {
      noArgs(name, args, kw);
      return new PyFloat(Number(ns()) / 1e9);
    });
    def(`${name}_ns`, (args, kw) => {
      noArgs(`${name}_ns`, args, kw);
      return I.normBig(ns());
    });
  };
  clock("time", wallNs);
  clock("perf_counter", monotonicNs);
  clock("monotonic", monotonicNs);
  clock("process_time", cpuNs);
  clock("thread_time", cpuNs);
  // what each clock is made of here (Node's clocks), in CPython's get_clock_info form
  const clockInfo: Record<string, [string, boolean, boolean, number]> = {
    time: ["performance.timeOrigin + performance.now()", false, true, 1e-6],
    perf_counter: ["process.hrtime()", true, false, 1e-9],
    monotonic: ["process.hrtime()", true, false, 1e-9],
    process_time: ["process.cpuUsage()", true, false, 1e-6],
    thread_time: ["process.cpuUsage()", true, false, 1e-6],
  };
  def("get_clock_info", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("get_clock_info() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`get_clock_info() takes exactly one argument (${args.length} given)`);
    const name = args[0];
    if (typeof name !== "string") throw typeError(`get_clock_info() argument must be str, not ${typeOf(name).name}`);
    const info = clockInfo[name];
    if (info === undefined) throw valueError("unknown clock");
    const ns = getAttr(importModule("types"), "SimpleNamespace");
    return call(ns, [info[0], info[1], info[2], new PyFloat(info[3])], ["implementation", "monotonic", "adjustable", "resolution"]);
  });

  def("sleep", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("time.sleep() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`time.sleep() takes exactly one argument (${args.length} given)`);
    const x = args[0];
    let secs: number;
    if (x instanceof PyFloat) secs = x.value;
    else if (x instanceof PyBoxed && x.value instanceof PyFloat) secs = x.value.value;
    else if (typeof x === "object" && !(x instanceof PyBoxed) && lookupType(typeOf(x), "__float__") !== undefined && lookupType(typeOf(x), "__index__") === undefined) {
      throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
    } else secs = Number(index(x));
    if (Number.isNaN(secs)) throw valueError("Invalid value NaN (not a number)");
    if (secs < 0) throw valueError("sleep length must be non-negative");
    if (!Number.isFinite(secs) || secs > 9223372036) throw overflowError("timestamp too large to convert to C _PyTime_t");
    if (secs > 0) sleepSeconds(secs);
    return None;
  });

  def("gmtime", (args, kw) => {
    const tm = utcTm(timeArg(optionalArg("gmtime", args, kw)));
    checkYear(tm);
    return tmToStructTime(tm);
  });
  def("localtime", (args, kw) => {
    const tm = localTm(timeArg(optionalArg("localtime", args, kw)));
    checkYear(tm);
    return tmToStructTime(tm);
  });
  def("mktime", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("time.mktime() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`time.mktime() takes exactly one argument (${args.length} given)`);
    const tm = tmArg(args[0], "mktime");
    const t = epochOfTm(tm);
    if (!Number.isFinite(t) || Math.abs(t) > 67768036191676799) throw overflowError("mktime argument out of range");
    return new PyFloat(t);
  });
  def("strftime", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("strftime() takes no keyword arguments");
    if (args.length < 1 || args.length > 2) throw typeError(`strftime expected ${args.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${args.length}`);
    const fmt = args[0];
    if (typeof fmt !== "string") throw typeError(`strftime() argument 1 must be str, not ${typeOf(fmt).name}`);
    let tm: Tm;
    if (args.length === 2) {
      tm = tmArg(args[1], "strftime");
      checkTm(tm);
    } else tm = localTm(timeArg(undefined));
    if (tm.isdst < -1) tm.isdst = -1;
    else if (tm.isdst > 1) tm.isdst = 1;
    if (fmt.includes("\0")) throw valueError("embedded null character");
    return strftime(fmt, tm);
  });
  def("asctime", (args, kw) => {
    const x = optionalArg("asctime", args, kw);
    let tm: Tm;
    if (x === undefined) tm = localTm(timeArg(undefined));
    else {
      tm = tmArg(x, "asctime");
      checkTm(tm);
    }
    return asctime(tm);
  });
  def("ctime", (args, kw) => {
    const tm = localTm(timeArg(optionalArg("ctime", args, kw)));
    checkYear(tm);
    return asctime(tm);
  });
  d.set("struct_time", structTimeType);
  const tz = tzInfo();
  d.set("timezone", tz.timezone);
  d.set("altzone", tz.altzone);
  d.set("daylight", tz.daylight);
  d.set("tzname", new PyTuple([tz.names[0], tz.names[1]]));
  d.set("_STRUCT_TM_ITEMS", 11);
}


registerBuiltinModule("time", initTime);
