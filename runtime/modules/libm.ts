// Floating-point kernels behind the math module, written to give the same doubles as CPython
// 3.11 on x86-64 Linux, i.e. glibc 2.36's libm (Debian build, with the release-branch backports)
// plus CPython's own routines:
//
//   * Same algorithm, same rounding steps as glibc: exp, exp2, pow (ARM optimized-routines),
//     sin, cos (IBM Accurate Mathematical Library), log1p, expm1, log10, sinh, cosh, tanh, asinh,
//     acosh, atanh, cbrt, erf, erfc (fdlibm lineage). Their tables are rebuilt at start-up from
//     their mathematical definitions. glibc runs FMA builds of exp, pow, sin, cos, log1p and
//     expm1 on x86-64 CPUs that have FMA; where GCC fused a multiply-add there, fma() is used.
//   * log, log2, tan, atan, atan2, asin, acos: glibc's tables for these come from searches (or
//     Gal's accurate-table method) and cannot be rebuilt from a definition, so these are
//     correctly rounded instead (double-double evaluation with a rounding test). glibc's own
//     results are correctly rounded in all but ~0.003% (log) to ~0.2% (tan) of arguments.
//   * gamma, lgamma, hypot/dist (vector_norm), remainder, fsum: CPython's own algorithms.
//
// JS arithmetic is IEEE binary64 with round-to-nearest, like the C code compiled for x86-64,
// so a faithful transcription rounds alike.

// ---------------------------------------------------------------------------------------------
// Bit access

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer); // little-endian: U32[0] low word, U32[1] high word

/** The high 32 bits of x's representation, as a signed int (GET_HIGH_WORD into int32_t). */
function highWord(x: number): number {
  F64[0] = x;
  return U32[1] | 0;
}
function lowWord(x: number): number {
  F64[0] = x;
  return U32[0];
}
function setHighWord(x: number, hi: number): number {
  F64[0] = x;
  U32[1] = hi >>> 0;
  return F64[0];
}
function setLowWord(x: number, lo: number): number {
  F64[0] = x;
  U32[0] = lo >>> 0;
  return F64[0];
}
function fromWords(hi: number, lo: number): number {
  U32[1] = hi >>> 0;
  U32[0] = lo >>> 0;
  return F64[0];
}
/** True when the sign bit of x is set (-0.0, negative numbers, negative NaNs). */
export function signBit(x: number): boolean {
  F64[0] = x;
  return U32[1] >>> 31 === 1;
}
export function copysign(x: number, y: number): number {
  const neg = signBit(y);
  F64[0] = x;
  U32[1] = ((U32[1] & 0x7fffffff) | (neg ? 0x80000000 : 0)) >>> 0;
  return F64[0];
}

/** 2**k exactly, for integer k in [-1074, 1023]. */
export function pow2(k: number): number {
  if (k >= -1022) return fromWords((k + 1023) << 20, 0);
  const s = k + 1074; // 0..51
  return s >= 32 ? fromWords(1 << (s - 32), 0) : fromWords(0, 2 ** s);
}

let FREXP_E = 0;
/** Mantissa of frexp(x) (0.5 <= |m| < 1); the exponent is left in FREXP_E. x finite, nonzero. */
function frexpM(x: number): number {
  F64[0] = x;
  let hi = U32[1];
  let e = (hi >>> 20) & 0x7ff;
  let adj = 0;
  if (e === 0) {
    F64[0] = x * 18014398509481984; // 2**54
    hi = U32[1];
    e = (hi >>> 20) & 0x7ff;
    adj = -54;
  }
  U32[1] = ((hi & 0x800fffff) | (0x3fe << 20)) >>> 0;
  FREXP_E = e - 1022 + adj;
  return F64[0];
}

/** C frexp: [m, e] with x = m * 2**e, 0.5 <= |m| < 1 (zero, inf and nan give [x, 0]). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const m = frexpM(x);
  return [m, FREXP_E];
}

/** C ldexp: x * 2**n, correctly rounded (a single rounding for subnormal results). */
export function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x) || n === 0) return x;
  if (n > 4000) n = 4000;
  else if (n < -4000) n = -4000;
  const m = frexpM(x);
  const E = FREXP_E + n; // x*2**n = m * 2**E
  if (E > 1024) return x > 0 ? Infinity : -Infinity;
  if (E >= -1021) return m * 2 * pow2(E - 1);
  // subnormal (or zero) result: round |m| * 2**(E+1074) to an integer, ties to even
  const s = E + 1074;
  if (s < -1) return x > 0 ? 0 : -0;
  const v = Math.abs(m) * pow2(s); // exact: in [2**(s-1), 2**s), s <= 52
  const r = v + 4503599627370496 - 4503599627370496; // round half even (v < 2**52)
  const res = r * 5e-324;
  return x > 0 ? res : -res;
}

/** C nextafter. */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  F64[0] = x;
  let lo = U32[0];
  let hi = U32[1];
  if (x > 0 === y > x) {
    // away from zero: magnitude + 1 ulp
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  U32[0] = lo;
  U32[1] = hi;
  return F64[0];
}

// ---------------------------------------------------------------------------------------------
// Double-double arithmetic. Functions return the high part and leave the low part in LO.

let LO = 0;

function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  LO = a - (s - bb) + (b - bb);
  return s;
}
/** Requires |a| >= |b| (or a = 0). */
function fastTwoSum(a: number, b: number): number {
  const s = a + b;
  LO = b - (s - a);
  return s;
}
const SPLITTER = 134217729; // 2**27 + 1
function twoProd(a: number, b: number): number {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  LO = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}
function ddAdd(ah: number, al: number, bh: number, bl: number): number {
  const s = twoSum(ah, bh);
  let e = LO;
  const t = twoSum(al, bl);
  const f = LO;
  e += t;
  const s2 = fastTwoSum(s, e);
  e = LO + f;
  return fastTwoSum(s2, e);
}
function ddAddD(ah: number, al: number, b: number): number {
  const s = twoSum(ah, b);
  const e = LO + al;
  return fastTwoSum(s, e);
}
function ddMul(ah: number, al: number, bh: number, bl: number): number {
  const p = twoProd(ah, bh);
  const e = LO + (ah * bl + al * bh);
  return fastTwoSum(p, e);
}
function ddMulD(ah: number, al: number, b: number): number {
  const p = twoProd(ah, b);
  const e = LO + al * b;
  return fastTwoSum(p, e);
}
function ddDiv(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  let ph = ddMulD(bh, bl, q1);
  let pl = LO;
  let rh = ddAdd(ah, al, -ph, -pl);
  const rl = LO;
  const q2 = rh / bh;
  ph = ddMulD(bh, bl, q2);
  pl = LO;
  rh = ddAdd(rh, rl, -ph, -pl);
  const q3 = rh / bh;
  const q = fastTwoSum(q1, q2);
  return ddAddD(q, LO, q3);
}
/** sqrt of a positive double-double. */
function ddSqrt(ah: number, al: number): number {
  const s = Math.sqrt(ah);
  const p = twoProd(s, s);
  const pl = LO;
  const r = ddAdd(ah, al, -p, -pl); // a - s*s
  return fastTwoSum(s, r / (2 * s));
}

/** Ziv's rounding test: h + l approximates f(x) (h = RN(h + l)) within 2**-60 relative. Returns
 *  h when that pins down RN(f(x)), NaN when f(x) may lie too close to a rounding boundary (the
 *  caller then recomputes more precisely). */
function roundChecked(h: number, l: number): number {
  F64[0] = h;
  const e = (U32[1] >>> 20) & 0x7ff;
  if (e < 60 || e === 0x7ff) return NaN;
  const half = pow2(e - 1076); // half an ulp of h
  const err = Math.abs(h) * 8.673617379884035e-19; // 2**-60
  const al = Math.abs(l);
  if (Math.abs(al - half) <= err || Math.abs(al - half / 2) <= err) return NaN;
  return h;
}

/** Fused multiply-add a*b + c with a single rounding, used wherever glibc's FMA builds fuse.
 *  The product is split exactly (Dekker), added to c exactly (Knuth), and the two error terms
 *  folded in last; this is the correctly rounded result except when the folded error lands
 *  exactly on a rounding tie (probability ~2**-53), which is accepted. */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  let t = 134217729 * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const pe = ah * bh - p + ah * bl + al * bh + al * bl;
  const s = c + p;
  const v = s - c;
  const se = c - (s - v) + (p - v);
  const r = s + (se + pe);
  return r === r ? r : s; // overflowing splits or infinite operands: the unfused sum
}

// ---------------------------------------------------------------------------------------------
// Constants

const LN2_H = 0.6931471805599453;
const LN2_L = 2.3190468138462996e-17;
const PI_H = 3.141592653589793;
const PI_L = 1.2246467991473532e-16;
const PIO2_H = 1.5707963267948966;
const PIO2_L = 6.123233995736766e-17;
const PIO4_H = 0.7853981633974483;
// pi/2 = P1 + P2 + P3 + P4, P1..P3 of 33 significant bits (k*Pi exact for |k| < 2**20)
const PIO2_1 = 1.5707963267341256;
const PIO2_2 = 6.077100506303966e-11;
const PIO2_3 = 2.0222662487111665e-21;
const PIO2_4 = 8.4784276603689e-32;
const INV_PIO2 = 0.6366197723675814;

/** 1/n! as double-doubles. */
const FACT_H: number[] = [1, 1];
const FACT_L: number[] = [0, 0];
for (let n = 2; n <= 40; n++) {
  FACT_H.push(ddDiv(FACT_H[n - 1], FACT_L[n - 1], n, 0));
  FACT_L.push(LO);
}
/** 1/(2n+1) as double-doubles. */
const ODD_H: number[] = [];
const ODD_L: number[] = [];
for (let n = 0; n <= 40; n++) {
  ODD_H.push(ddDiv(1, 0, 2 * n + 1, 0));
  ODD_L.push(LO);
}

/** 2*atanh(s) = log((1+s)/(1-s)) for a double-double |s| <= 0.25 (initialisation only). */
function log2AtanhSlow(sh: number, sl: number): number {
  const zh = ddMul(sh, sl, sh, sl);
  const zl = LO;
  let ph = ODD_H[40];
  let pl = ODD_L[40];
  for (let n = 39; n >= 0; n--) {
    ph = ddMul(ph, pl, zh, zl);
    pl = LO;
    ph = ddAdd(ph, pl, ODD_H[n], ODD_L[n]);
    pl = LO;
  }
  ph = ddMul(ph, pl, sh, sl);
  return ddMulD(ph, LO, 2);
}

/** log(j/64), j = 48..96, as double-doubles (index j - 48). */
const LOGC_H = new Float64Array(49);
const LOGC_L = new Float64Array(49);
// built on first use (the slow path of log), not at start-up
let LOGC_READY = false;
function logcInit(): void {
  LOGC_READY = true;
  for (let j = 48; j <= 96; j++) {
    // s = (c-1)/(c+1) = (j-64)/(j+64)
    const sh = ddDiv(j - 64, 0, j + 64, 0);
    LOGC_H[j - 48] = log2AtanhSlow(sh, LO);
    LOGC_L[j - 48] = LO;
  }
}

// ---------------------------------------------------------------------------------------------
// exp

// glibc's exp and exp2 (ARM optimized-routines, e_exp.c/e_exp2.c): exp(x) = 2**(k/128) * exp(r)
// with a 128-entry table 2**(j/128) ~= H[j] * (1 + T[j]). The table is rebuilt here from its
// definition (H = nearest double to 2**(j/128), T = nearest double to (2**(j/128) - H)/H) using
// exact integer arithmetic. glibc's x86-64 exp is the FMA build, exp2 the plain one.
const EXP_TAIL = new Float64Array(128);
const EXP_HI = new Uint32Array(128); // high word of asuint64(H[j]) - (j << 45)
const EXP_LO = new Uint32Array(128);
// built on first use of exp, exp2 or pow, not at start-up
let EXP_READY = false;
function expInit(): void {
  EXP_READY = true;
  const P = 256n;
  const isqrt = (n: bigint): bigint => {
    let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
    for (;;) {
      const y = (x + n / x) >> 1n;
      if (y >= x) return x;
      x = y;
    }
  };
  let r = 2n << P; // 2 in fixed point, then its 128th root by seven square roots
  for (let i = 0; i < 7; i++) r = isqrt(r << P);
  let v = 1n << P;
  for (let j = 0; j < 128; j++) {
    if (j > 0) v = (v * r) >> P;
    const H = Number(v) * pow2(-256);
    const HP = BigInt(H * 4503599627370496) << (P - 52n);
    const D = v - HP;
    const aD = D < 0n ? -D : D;
    let q = (aD << 128n) / HP;
    if ((aD << 128n) % HP !== 0n) q |= 1n; // sticky bit for correct rounding
    const T = Number(q) * pow2(-128);
    EXP_TAIL[j] = D < 0n ? -T : T;
    F64[0] = H;
    EXP_HI[j] = (U32[1] - (j << 13)) >>> 0;
    EXP_LO[j] = U32[0];
  }
}
const EXP_INVLN2N = 184.6649652337873; // 0x1.71547652b82fep0 * 128
const EXP_NEGLN2HIN = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const EXP_NEGLN2LON = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
const EXP_SHIFT = 6755399441055744; // 0x1.8p52
const EXP_P2 = 0.49999999999996786;
const EXP_P3 = 0.16666666666665886;
const EXP_P4 = 0.0416666808410674;
const EXP_P5 = 0.008333335853059549;
const EXP2_SHIFT = 52776558133248; // 0x1.8p52 / 128
const EXP2_P1 = 0.6931471805599453;
const EXP2_P2 = 0.24022650695909065;
const EXP2_P3 = 0.0555041086686087;
const EXP2_P4 = 0.009618131975721055;
const EXP2_P5 = 0.0013332074570119598;

/** scale * (1 + tmp) where the exponent of scale may be out of range (|x| >= 512 in exp). */
function expSpecial(tmp: number, sbHi: number, sbLo: number, kiLo: number, fused: boolean, bigShift: boolean): number {
  if ((kiLo & 0x80000000) === 0) {
    // k > 0: the exponent of scale might have overflowed
    const scale = fromWords((sbHi - (bigShift ? 1009 << 20 : 1 << 20)) >>> 0, sbLo);
    if (bigShift) return 5.486124068793689e303 * (fused ? fma(scale, tmp, scale) : scale + scale * tmp); // 2**1009
    return 2 * (scale + scale * tmp);
  }
  // k < 0: care in the subnormal range
  const scale = fromWords((sbHi + (1022 << 20)) >>> 0, sbLo);
  const st = scale * tmp;
  let y = scale + st;
  if (y < 1.0) {
    let lo = scale - y + st;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = hi + lo - 1.0;
    if (y === 0) y = 0;
  }
  return 2.2250738585072014e-308 * y;
}

/** glibc exp (FMA build). */
export function exp(x: number): number {
  F64[0] = x;
  let abstop = (U32[1] >>> 20) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + x; // tiny x
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return x < 0 ? 0 : Infinity;
    }
    abstop = 0; // large x: special-cased below
  }
  const kd0 = fma(EXP_INVLN2N, x, EXP_SHIFT);
  F64[0] = kd0;
  const kiLo = U32[0];
  const kd = kd0 - EXP_SHIFT;
  const r = fma(kd, EXP_NEGLN2LON, fma(kd, EXP_NEGLN2HIN, x));
  const j = kiLo & 127;
  if (!EXP_READY) expInit();
  const tail = EXP_TAIL[j];
  const sbHi = (EXP_HI[j] + ((kiLo << 13) >>> 0)) >>> 0;
  const sbLo = EXP_LO[j];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, EXP_P5, EXP_P4), fma(fma(r, EXP_P3, EXP_P2), r2, tail + r));
  if (abstop === 0) return expSpecial(tmp, sbHi, sbLo, kiLo, true, true);
  const scale = fromWords(sbHi, sbLo);
  return fma(scale, tmp, scale);
}

/** glibc exp2 (plain build). */
export function exp2(x: number): number {
  F64[0] = x;
  let abstop = (U32[1] >>> 20) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      if (x > 0) return Infinity;
      if (x <= -1075) return 0;
    }
    if (Math.abs(x) > 928) abstop = 0;
  }
  let kd = x + EXP2_SHIFT;
  F64[0] = kd;
  const kiLo = U32[0];
  kd -= EXP2_SHIFT;
  const r = x - kd;
  const j = kiLo & 127;
  if (!EXP_READY) expInit();
  const tail = EXP_TAIL[j];
  const sbHi = (EXP_HI[j] + ((kiLo << 13) >>> 0)) >>> 0;
  const sbLo = EXP_LO[j];
  const r2 = r * r;
  const tmp = tail + r * EXP2_P1 + r2 * (EXP2_P2 + r * EXP2_P3) + r2 * r2 * (EXP2_P4 + r * EXP2_P5);
  if (abstop === 0) return expSpecial(tmp, sbHi, sbLo, kiLo, false, false);
  const scale = fromWords(sbHi, sbLo);
  return scale + scale * tmp;
}

// ---------------------------------------------------------------------------------------------
// log

/** log(x) for finite x > 0 as a double-double (returns high part; LO low part). */
function logDD(x: number): number {
  let m = frexpM(x); // [0.5, 1)
  let e = FREXP_E;
  if (m < 0.75) {
    m *= 2;
    e -= 1;
  } // m in [0.75, 1.5)
  const j = Math.round(m * 64);
  const c = j / 64;
  const num = m - c; // exact
  let sh: number, sl: number;
  if (num === 0) {
    sh = 0;
    sl = 0;
  } else {
    const dh = twoSum(m, c);
    const dl = LO;
    sh = num / dh;
    const p = twoProd(sh, dh);
    sl = (num - p - LO - sh * dl) / dh;
  }
  let rh: number, rl: number;
  if (sh === 0) {
    rh = 0;
    rl = 0;
  } else {
    const zh = ddMul(sh, sl, sh, sl);
    const zl = LO;
    // 1 + z/3 + z^2/5 + ... + z^7/15; z <= 2.8e-5: z^4.. in double
    let qh = (((ODD_H[7] * zh + ODD_H[6]) * zh + ODD_H[5]) * zh + ODD_H[4]) * zh;
    let ql = 0;
    for (let n = 3; n >= 0; n--) {
      qh = ddAdd(qh, ql, ODD_H[n], ODD_L[n]);
      ql = LO;
      if (n > 0) {
        qh = ddMul(qh, ql, zh, zl);
        ql = LO;
      }
    }
    rh = ddMul(qh, ql, sh, sl);
    rl = LO * 2;
    rh *= 2;
  }
  if (j !== 64) {
    if (!LOGC_READY) logcInit();
    rh = ddAdd(rh, rl, LOGC_H[j - 48], LOGC_L[j - 48]);
    rl = LO;
  }
  if (e !== 0) {
    const p = twoProd(e, LN2_H);
    const pl = LO + e * LN2_L;
    rh = ddAdd(p, pl, rh, rl);
    rl = LO;
  }
  LO = rl;
  return rh;
}

/** log(x) for finite x > 0 as hi + LO to ~68 bits, through pow's table-driven log. */
function logFastDD(x: number): number {
  F64[0] = x;
  let hi = U32[1];
  let lo = U32[0];
  if (hi < 0x00100000) {
    F64[0] = x * 4503599627370496; // subnormal: normalise, exponent going negative
    hi = (U32[1] - (52 << 20)) >>> 0;
    lo = U32[0];
  }
  const y = powLog(hi, lo);
  LO = POW_TAIL;
  return y;
}

/** Natural log, correctly rounded, for finite x > 0 (special values handled by the caller). */
function logPos(x: number): number {
  if (x === 1) return 0;
  const h = logFastDD(x);
  const r = roundChecked(h, LO);
  if (r === r) return r;
  const hs = logDD(x);
  return hs + LO;
}

/** C99 log. */
export function log(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  return logPos(x);
}

const INV_LN2_H = 1.4426950408889634;
const INV_LN2_L = 2.0355273740931033e-17;

/** C99 log2, correctly rounded (exact for powers of two). */
export function log2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  let m = frexpM(x);
  let e = FREXP_E;
  if (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  if (m === 1) return e;
  let h = logFastDD(x);
  h = ddMul(h, LO, INV_LN2_H, INV_LN2_L);
  const r = roundChecked(h, LO);
  if (r === r) return r;
  h = logDD(m);
  h = ddMul(h, LO, INV_LN2_H, INV_LN2_L);
  h = ddAddD(h, LO, e);
  return h + LO;
}

// ---------------------------------------------------------------------------------------------
// pow

// glibc's pow (ARM optimized-routines e_pow.c, FMA build): log(x) to ~68 bits through a
// 128-entry table, then exp of y*log(x) with the exp table above. The log table is rebuilt from
// its definition: 1/c = round(N/center)/N (or /2N), logc = log(c) rounded to a multiple of
// 2**-43, logctail = log(c) - logc rounded to double.
const POW_INVC = new Float64Array(128);
const POW_LOGC = new Float64Array(128);
const POW_LOGCTAIL = new Float64Array(128);
let POW_READY = false;
function powInit(): void {
  POW_READY = true;
  const P = 200n;
  const roundHalfEven = (v: number): number => {
    const f = Math.floor(v);
    const d = v - f;
    return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
  };
  /** log(J/D) * 2**P for positive integers, by 2*atanh((J-D)/(J+D)). */
  const logRatio = (J: bigint, D: bigint): bigint => {
    const neg = J < D;
    const S = ((neg ? D - J : J - D) << P) / (J + D);
    const S2 = (S * S) >> P;
    let term = S;
    let sum = 0n;
    for (let n = 0n; term !== 0n; n++) {
      sum += term / (2n * n + 1n);
      term = (term * S2) >> P;
    }
    return neg ? -2n * sum : 2n * sum;
  };
  for (let i = 0; i < 128; i++) {
    const center = fromWords((0x3fe69555 + (i << 13) + (1 << 12)) >>> 0, 0);
    const D = center < 1 ? 128 : 256;
    const J = roundHalfEven(D / center);
    POW_INVC[i] = J / D;
    const L = -logRatio(BigInt(J), BigInt(D)); // log(c) = -log(1/c)
    const sh = P - 43n;
    const lc = (L + (1n << (sh - 1n))) >> sh;
    POW_LOGC[i] = Number(lc) * pow2(-43);
    POW_LOGCTAIL[i] = Number(L - (lc << sh)) * pow2(-200);
  }
}
const POW_LN2HI = 0.6931471805598903; // 0x1.62e42fefa3800p-1
const POW_LN2LO = 5.497923018708371e-14; // 0x1.ef35793c76730p-45
const POW_A0 = -0.5;
const POW_A1 = -0.6666666666666679;
const POW_A2 = 0.5000000000000007;
const POW_A3 = 0.7999999995323976;
const POW_A4 = -0.6666666663487739;
const POW_A5 = -1.142909628459501;
const POW_A6 = 1.0000415263675542;
const POW_SIGN_BIAS = 0x800 << 7;

let POW_TAIL = 0;
/** log(x) as hi + POW_TAIL (~15 extra bits); ix = bits of x (subnormals pre-normalised). */
function powLog(ixHi: number, ixLo: number): number {
  if (!POW_READY) powInit();
  const tmpHi = (ixHi - 0x3fe69555) >>> 0;
  const i = (tmpHi >>> 13) & 127;
  const k = (tmpHi | 0) >> 20;
  const z = fromWords((ixHi - (tmpHi & 0xfff00000)) >>> 0, ixLo);
  const r = fma(z, POW_INVC[i], -1.0);
  const t1 = fma(k, POW_LN2HI, POW_LOGC[i]);
  const t2 = t1 + r;
  const lo1 = fma(k, POW_LN2LO, POW_LOGCTAIL[i]);
  const lo2 = t1 - t2 + r;
  const ar = POW_A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const poly = fma(ar2, fma(ar2, fma(r, POW_A6, POW_A5), fma(r, POW_A4, POW_A3)), fma(r, POW_A2, POW_A1));
  const lo = fma(ar3, poly, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  POW_TAIL = hi - y + lo;
  return y;
}

/** sign * exp(x + xtail), pow's exp_inline. */
function powExp(x: number, xtail: number, signBias: number): number {
  F64[0] = x;
  let abstop = (U32[1] >>> 20) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) {
      const one = 1.0 + x;
      return signBias ? -one : one;
    }
    if (abstop >= 0x409) {
      if (x < 0) return signBias ? -0 : 0;
      return signBias ? -Infinity : Infinity;
    }
    abstop = 0;
  }
  const kd0 = fma(EXP_INVLN2N, x, EXP_SHIFT);
  F64[0] = kd0;
  const kiLo = U32[0];
  const kd = kd0 - EXP_SHIFT;
  let r = fma(kd, EXP_NEGLN2LON, fma(kd, EXP_NEGLN2HIN, x));
  r = xtail + r;
  const j = kiLo & 127;
  if (!EXP_READY) expInit();
  const tail = EXP_TAIL[j];
  const sbHi = (EXP_HI[j] + (((kiLo + signBias) << 13) >>> 0)) >>> 0;
  const sbLo = EXP_LO[j];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, EXP_P5, EXP_P4), fma(fma(r, EXP_P3, EXP_P2), r2, tail + r));
  if (abstop === 0) {
    if ((kiLo & 0x80000000) === 0) {
      const scale = fromWords((sbHi - (1009 << 20)) >>> 0, sbLo);
      return 5.486124068793689e303 * fma(scale, tmp, scale);
    }
    const sbHi2 = (sbHi + (1022 << 20)) >>> 0;
    const scale = fromWords(sbHi2, sbLo);
    const st = scale * tmp;
    let y = scale + st;
    if (Math.abs(y) < 1.0) {
      const one = y < 0.0 ? -1.0 : 1.0;
      let lo = scale - y + st;
      const hi = one + y;
      lo = one - hi + y + lo;
      y = hi + lo - one;
      if (y === 0) y = sbHi2 & 0x80000000 ? -0 : 0;
    }
    return 2.2250738585072014e-308 * y;
  }
  const scale = fromWords(sbHi, sbLo);
  return fma(scale, tmp, scale);
}

/** 0: not an integer, 1: odd integer, 2: even integer (y finite, nonzero). */
function checkint(y: number): number {
  if (!Number.isInteger(y)) return 0;
  if (Math.abs(y) >= 9007199254740992) return 2;
  return y % 2 === 0 ? 2 : 1;
}

/** glibc pow (FMA build). */
export function pow(x: number, y: number): number {
  let signBias = 0;
  F64[0] = x;
  let ixHi = U32[1];
  let ixLo = U32[0];
  F64[0] = y;
  const iyHi = U32[1];
  let topx = ixHi >>> 20;
  const topy = iyHi >>> 20;
  if (((topx - 1) >>> 0) >= 0x7ff - 1 || (((topy & 0x7ff) - 0x3be) >>> 0) >= 0x43e - 0x3be) {
    if (y === 0 || !Number.isFinite(y)) {
      if (y === 0) return 1.0;
      if (x === 1) return 1.0;
      if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
      if (Math.abs(x) === 1) return 1.0;
      if (Math.abs(x) < 1 === y > 0) return 0.0;
      return y * y;
    }
    if (x === 0 || !Number.isFinite(x)) {
      let x2 = x * x;
      if (signBit(x) && checkint(y) === 1) {
        x2 = -x2;
        signBias = 1;
      }
      if (x === 0 && y < 0) return signBias ? -Infinity : Infinity;
      return y < 0 ? 1 / x2 : x2;
    }
    if (x < 0) {
      const yint = checkint(y);
      if (yint === 0) return NaN;
      if (yint === 1) signBias = POW_SIGN_BIAS;
      ixHi &= 0x7fffffff;
      topx &= 0x7ff;
    }
    if ((((topy & 0x7ff) - 0x3be) >>> 0) >= 0x43e - 0x3be) {
      const ax = Math.abs(x);
      if (ax === 1) return 1.0;
      if ((topy & 0x7ff) < 0x3be) return ax > 1 ? 1.0 + y : 1.0 - y;
      return ax > 1 === topy < 0x800 ? Infinity : 0;
    }
    if (topx === 0) {
      F64[0] = x * 4503599627370496; // normalise a subnormal x: exponent becomes negative
      ixHi = ((U32[1] & 0x7fffffff) - (52 << 20)) >>> 0;
      ixLo = U32[0];
    }
  }
  const hi = powLog(ixHi, ixLo);
  const lo = POW_TAIL;
  const ehi = y * hi;
  const elo = fma(y, lo, fma(hi, y, -ehi));
  return powExp(ehi, elo, signBias);
}

// ---------------------------------------------------------------------------------------------
// Trigonometric functions

let RED_Q = 0;
let TWO_OVER_PI: bigint | null = null;
const PH_BITS = 1400;

/** floor(2/pi * 2**PH_BITS), computed once with Machin's formula in fixed point. */
function twoOverPiBits(): bigint {
  if (TWO_OVER_PI !== null) return TWO_OVER_PI;
  const prec = BigInt(PH_BITS + 64);
  const one = 1n << prec;
  const atanInv = (n: bigint): bigint => {
    // atan(1/n) = sum (-1)^k / ((2k+1) n^(2k+1))
    let term = one / n;
    const n2 = n * n;
    let sum = 0n;
    let k = 0n;
    while (term !== 0n) {
      const t = term / (2n * k + 1n);
      sum += k % 2n === 0n ? t : -t;
      term /= n2;
      k++;
    }
    return sum;
  };
  const pi = 16n * atanInv(5n) - 4n * atanInv(239n); // pi * 2**prec
  TWO_OVER_PI = (2n << (prec + BigInt(PH_BITS))) / pi;
  return TWO_OVER_PI;
}

/** Reduces x (finite) modulo pi/2: returns r (LO: low part), |r| <~ pi/4, quadrant in RED_Q. */
function reduce(x: number): number {
  const ax = Math.abs(x);
  if (ax <= PIO4_H) {
    RED_Q = 0;
    LO = 0;
    return x;
  }
  if (ax < 524288) {
    const k = Math.round(x * INV_PIO2);
    const r1 = x - k * PIO2_1; // exact
    let h = twoSum(r1, -k * PIO2_2);
    let l = LO;
    h = ddAddD(h, l, -k * PIO2_3);
    l = LO;
    h = ddAddD(h, l, -k * PIO2_4);
    RED_Q = k & 3;
    return h;
  }
  // Payne-Hanek with exact integer arithmetic
  const m = frexpM(ax);
  const M = BigInt(m * 9007199254740992); // 53-bit integer, ax = M * 2**(FREXP_E - 53)
  const E = FREXP_E - 53;
  const S = M * twoOverPiBits(); // ax * 2/pi = S * 2**(E - PH_BITS)
  const sh = BigInt(PH_BITS - E);
  const kq = (S + (1n << (sh - 1n))) >> sh;
  const F = S - (kq << sh); // |F| <= 2**(sh-1); frac = F / 2**sh
  let q = Number(kq & 3n);
  const negF = F < 0n;
  const Fa = negF ? -F : F;
  const bl = Fa.toString(2).length;
  const cut = bl > 110 ? bl - 110 : 0;
  const G = Fa >> BigInt(cut);
  const gh = Number(G);
  const gl = Number(G - BigInt(gh));
  const scale = pow2(Math.max(cut - Number(sh), -1074)); // |frac| >= 2**-70 or so for doubles
  let fh = gh * scale;
  let fl = gl * scale;
  if (negF) {
    fh = -fh;
    fl = -fl;
  }
  let r = ddMul(fh, fl, PIO2_H, PIO2_L);
  let rl = LO;
  if (x < 0) {
    r = -r;
    rl = -rl;
    q = (4 - q) & 3;
  }
  RED_Q = q;
  LO = rl;
  return r;
}

/** sin(r) for a double-double |r| <= ~0.8. */
function sinKernel(rh: number, rl: number): number {
  const zh = ddMul(rh, rl, rh, rl);
  const zl = LO;
  // 1 + sum_{n>=1} (-1)^n z^n / (2n+1)!; n >= 8 in double
  let q = 0;
  for (let n = 14; n >= 8; n--) q = q * zh + (n % 2 ? -FACT_H[2 * n + 1] : FACT_H[2 * n + 1]);
  let qh = q;
  let ql = 0;
  for (let n = 7; n >= 0; n--) {
    qh = ddMul(qh, ql, zh, zl);
    ql = LO;
    qh = ddAdd(qh, ql, n % 2 ? -FACT_H[2 * n + 1] : FACT_H[2 * n + 1], n % 2 ? -FACT_L[2 * n + 1] : FACT_L[2 * n + 1]);
    ql = LO;
  }
  // sin(r) = r * (1 - z/3! + z^2/5! - ...)
  return ddMul(qh, ql, rh, rl);
}

/** cos(r) for a double-double |r| <= ~0.8. */
function cosKernel(rh: number, rl: number): number {
  const zh = ddMul(rh, rl, rh, rl);
  const zl = LO;
  let q = 0;
  for (let n = 14; n >= 9; n--) q = q * zh + (n % 2 ? -FACT_H[2 * n] : FACT_H[2 * n]);
  let qh = q;
  let ql = 0;
  for (let n = 8; n >= 0; n--) {
    qh = ddMul(qh, ql, zh, zl);
    ql = LO;
    qh = ddAdd(qh, ql, n % 2 ? -FACT_H[2 * n] : FACT_H[2 * n], n % 2 ? -FACT_L[2 * n] : FACT_L[2 * n]);
    ql = LO;
  }
  LO = ql;
  return qh;
}

let SIN_H = 0,
  SIN_L = 0,
  COS_H = 0,
  COS_L = 0;
/** sin and cos of a finite double (as double-doubles in SIN_H/L, COS_H/L). */
function sincosDD(x: number): void {
  const rh = reduce(x);
  const rl = LO;
  const q = RED_Q;
  const sh = sinKernel(rh, rl);
  const sl = LO;
  const ch = cosKernel(rh, rl);
  const cl = LO;
  switch (q) {
    case 0:
      SIN_H = sh; SIN_L = sl; COS_H = ch; COS_L = cl;
      break;
    case 1:
      SIN_H = ch; SIN_L = cl; COS_H = -sh; COS_L = -sl;
      break;
    case 2:
      SIN_H = -sh; SIN_L = -sl; COS_H = -ch; COS_L = -cl;
      break;
    default:
      SIN_H = -ch; SIN_L = -cl; COS_H = sh; COS_L = sl;
  }
}

// glibc's sin and cos (IBM Accurate Mathematical Library, s_sin.c, FMA build): a table of
// sin/cos(i/128) as double-doubles plus short polynomials. The table is rebuilt here from its
// definition with exact integer arithmetic.
const SINCOS_TAB = new Float64Array(440);
let SINCOS_READY = false;
function sincosInit(): void {
  SINCOS_READY = true;
  const P = 200n;
  const one = 1n << P;
  const toDD = (v: bigint, at: number): void => {
    const hi = Number(v) * pow2(-200);
    let hiFix = 0n;
    if (hi !== 0) {
      const m = frexpM(hi);
      hiFix = BigInt(m * 9007199254740992) << BigInt(FREXP_E - 53 + 200);
    }
    SINCOS_TAB[at] = hi;
    SINCOS_TAB[at + 1] = Number(v - hiFix) * pow2(-200);
  };
  for (let i = 0; i < 110; i++) {
    const x = BigInt(i) << (P - 7n); // i/128
    const x2 = (x * x) >> P;
    let sinv = 0n;
    let cosv = 0n;
    let term = x; // x^(2n+1)/(2n+1)!
    for (let n = 0; term !== 0n; n++) {
      sinv += n % 2 ? -term : term;
      term = (term * x2) / (BigInt((2 * n + 2) * (2 * n + 3)) << P);
    }
    term = one; // x^(2n)/(2n)!
    for (let n = 0; term !== 0n; n++) {
      cosv += n % 2 ? -term : term;
      term = (term * x2) / (BigInt((2 * n + 1) * (2 * n + 2)) << P);
    }
    toDD(sinv, 4 * i);
    toDD(cosv, 4 * i + 2);
  }
}
const SC_S1 = -0.16666666666666666;
const SC_S2 = 0.008333333333332329;
const SC_S3 = -0.00019841269834414642;
const SC_S4 = 2.755729806860771e-6;
const SC_S5 = -2.5022014848318398e-8;
const SC_SN3 = -0.16666666666666488;
const SC_SN5 = 0.008333332142857223;
const SC_CS2 = 0.5;
const SC_CS4 = -0.04166666666666644;
const SC_CS6 = 0.001388888740079376;
const SC_BIG = 52776558133248; // 0x1.8p45
const SC_HP0 = 1.5707963267948966;
const SC_HP1 = 6.123233995736766e-17;
const SC_MP1 = 1.5707963407039642;
const SC_MP2 = -1.3909067564377153e-8;
const SC_PP3 = -4.97899623147991e-17;
const SC_PP4 = -1.9034889620193266e-25;
const SC_HPINV = 0.6366197723675814;
const SC_TOINT = 6755399441055744;

function taylorSin(xx: number, x: number, dx: number): number {
  const poly = fma(xx, fma(xx, fma(xx, fma(xx, SC_S5, SC_S4), SC_S3), SC_S2), SC_S1);
  return x + fma(xx, fma(poly, x, -0.5 * dx), dx);
}

function doSin(x: number, dx: number): number {
  if (!SINCOS_READY) sincosInit();
  const xold = x;
  if (Math.abs(x) < 0.126) return taylorSin(x * x, x, dx);
  if (x <= 0) dx = -dx;
  const ax = Math.abs(x);
  const u = SC_BIG + ax;
  F64[0] = u;
  const k = U32[0] << 2;
  x = ax - (u - SC_BIG);
  const xx = x * x;
  const s = x + fma(x * xx, fma(xx, SC_SN5, SC_SN3), dx);
  const c = fma(x, dx, xx * fma(xx, fma(xx, SC_CS6, SC_CS4), SC_CS2));
  const sn = SINCOS_TAB[k];
  const cor = fma(s, SINCOS_TAB[k + 2], fma(-c, sn, fma(s, SINCOS_TAB[k + 3], SINCOS_TAB[k + 1])));
  return copysign(sn + cor, xold);
}

function doCos(x: number, dx: number): number {
  if (!SINCOS_READY) sincosInit();
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const u = SC_BIG + ax;
  F64[0] = u;
  const k = U32[0] << 2;
  x = ax - (u - SC_BIG) + dx;
  const xx = x * x;
  const s = fma(x * xx, fma(xx, SC_SN5, SC_SN3), x);
  const c = xx * fma(xx, fma(xx, SC_CS6, SC_CS4), SC_CS2);
  const cs = SINCOS_TAB[k + 2];
  const cor = fma(-s, SINCOS_TAB[k], fma(-c, cs, fma(-s, SINCOS_TAB[k + 1], SINCOS_TAB[k + 3])));
  return cs + cor;
}

let RED_A = 0;
let RED_DA = 0;
/** reduce_sincos: x = n*pi/2 + (RED_A + RED_DA) for |x| < 105414350; returns n & 3. */
function reduceSinCos(x: number): number {
  const t = fma(x, SC_HPINV, SC_TOINT);
  const xn = t - SC_TOINT;
  F64[0] = t;
  const n = U32[0] & 3;
  const y = fma(-xn, SC_MP2, fma(-xn, SC_MP1, x));
  const t2 = fma(-xn, SC_PP3, y);
  let db = fma(-xn, SC_PP3, y - t2);
  const b = fma(-xn, SC_PP4, t2);
  db += fma(-xn, SC_PP4, t2 - b);
  RED_A = b;
  RED_DA = db;
  return n;
}

/** 2/pi in base 2**24 digits (branred's toverp). */
let TOVERP: Float64Array | null = null;
function toverp(): Float64Array {
  if (TOVERP !== null) return TOVERP;
  const bits = 24 * 75;
  const prec = BigInt(bits + 64);
  const one = 1n << prec;
  const atanInv = (n: bigint): bigint => {
    let term = one / n;
    const n2 = n * n;
    let sum = 0n;
    for (let k = 0n; term !== 0n; k++) {
      const t = term / (2n * k + 1n);
      sum += k % 2n === 0n ? t : -t;
      term /= n2;
    }
    return sum;
  };
  const pi = 16n * atanInv(5n) - 4n * atanInv(239n);
  const v = (2n << (prec + BigInt(bits))) / pi; // floor(2/pi * 2**bits), slightly low: fine
  TOVERP = new Float64Array(75);
  for (let i = 0; i < 75; i++) TOVERP[i] = Number((v >> BigInt(24 * (74 - i))) & 0xffffffn);
  return TOVERP;
}

const BR_SPLIT = 134217729;
const BR_BIG = 6755399441055744; // 0x1.8p52
const BR_BIG1 = 27021597764222976; // 0x1.8p54
const BR_MP1 = 1.5707963407039642;
const BR_MP2 = -1.3909067675399456e-8;

/** One half of branred: x * 2/pi split into an integer part (returned through BR_SUM) and b+bb. */
let BR_B = 0,
  BR_BB = 0;
function branredPart(x: number, tab: Float64Array): number {
  const r = [0, 0, 0, 0, 0, 0];
  let k = (highWord(x) >> 20) & 2047;
  k = Math.trunc((k - 450) / 24);
  if (k < 0) k = 0;
  let gor = pow2(576 - k * 24);
  for (let i = 0; i < 6; i++) {
    r[i] = x * tab[k + i] * gor;
    gor *= 5.9604644775390625e-8; // 2**-24
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const s = r[i] + BR_BIG - BR_BIG;
    sum += s;
    r[i] -= s;
  }
  let t = 0;
  for (let i = 0; i < 6; i++) t += r[5 - i];
  let bb = r[0] - t + r[1] + r[2] + r[3] + r[4] + r[5];
  let s = t + BR_BIG - BR_BIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = t - b + bb;
  s = sum + BR_BIG1 - BR_BIG1;
  sum -= s;
  BR_B = b;
  BR_BB = bb;
  return sum;
}

/** glibc's __branred: x = n*pi/2 + (RED_A + RED_DA) for large finite x; returns n & 3. */
function branred(x: number): number {
  const tab = toverp();
  x *= pow2(-600);
  let t = x * BR_SPLIT;
  const x1 = t - (t - x);
  const x2 = x - x1;
  const sum1 = branredPart(x1, tab);
  const b1 = BR_B;
  const bb1 = BR_BB;
  const sum2 = branredPart(x2, tab);
  const b2 = BR_B;
  const bb2 = BR_BB;
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? b1 - b + b2 : b2 - b + b1;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  let s = b + (bb + bb1 + bb2);
  t = b - s + bb + (bb1 + bb2);
  b = s * BR_SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * SC_HP0;
  bb = t1 * BR_MP1 - b + t1 * BR_MP2 + t2 * BR_MP1 + (t2 * BR_MP2 + s * SC_HP1 + t * SC_HP0);
  s = b + bb;
  t = b - s + bb;
  RED_A = s;
  RED_DA = t;
  return Math.trunc(sum) & 3;
}

function doSinCos(a: number, da: number, n: number): number {
  const r = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -r : r;
}

export function sin(x: number): number {
  const k = highWord(x) & 0x7fffffff;
  if (k < 0x3e500000) return x; // |x| < 2**-26
  if (k < 0x3feb6000) return doSin(x, 0); // |x| < 0.855469
  if (k < 0x400368fd) return copysign(doCos(SC_HP0 - Math.abs(x), SC_HP1), x); // |x| < 2.426265
  if (k < 0x419921fb) {
    const n = reduceSinCos(x);
    return doSinCos(RED_A, RED_DA, n);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return doSinCos(RED_A, RED_DA, n);
  }
  return NaN;
}

export function cos(x: number): number {
  const k = highWord(x) & 0x7fffffff;
  if (k < 0x3e400000) return 1; // |x| < 2**-27
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = SC_HP0 - Math.abs(x);
    const a = y + SC_HP1;
    const da = y - a + SC_HP1;
    return doSin(a, da);
  }
  if (k < 0x419921fb) {
    const n = reduceSinCos(x);
    return doSinCos(RED_A, RED_DA, n + 1);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return doSinCos(RED_A, RED_DA, n + 1);
  }
  return NaN;
}

/** tan(x) to ~2**-66 from the sin/cos(i/128) table and short series, then the rounding test. */
function tanFast(x: number): number {
  if (!SINCOS_READY) sincosInit();
  let rh = reduce(x);
  let rl = LO;
  const q = RED_Q;
  const neg = rh < 0;
  if (neg) {
    rh = -rh;
    rl = -rl;
  }
  const i = Math.round(rh * 128);
  const th = twoSum(rh - i / 128, rl);
  const tl = LO;
  const z = th * th;
  // sin(t) = t (1 - z/6 + z^2/120 - z^3/5040), cos(t) = 1 - t^2/2 + z^2/24 - z^3/720
  const sh = fastTwoSum(th, tl + th * z * (-0.16666666666666666 + z * (0.008333333333333333 - z * 0.0001984126984126984)));
  const sl = LO;
  const t2 = twoProd(th, th);
  const t2l = LO + 2 * th * tl;
  let ch = ddAdd(1, 0, -0.5 * t2, -0.5 * t2l);
  ch = ddAddD(ch, LO, z * z * (0.041666666666666664 - z * 0.001388888888888889));
  const cl = LO;
  const k = 4 * i;
  const sa = SINCOS_TAB[k];
  const sal = SINCOS_TAB[k + 1];
  const ca = SINCOS_TAB[k + 2];
  const cal = SINCOS_TAB[k + 3];
  // sin(r) = sin a cos t + cos a sin t, cos(r) = cos a cos t - sin a sin t
  let p = ddMul(sa, sal, ch, cl);
  let pl = LO;
  let m = ddMul(ca, cal, sh, sl);
  const sinH = ddAdd(p, pl, m, LO);
  const sinL = LO;
  p = ddMul(ca, cal, ch, cl);
  pl = LO;
  m = ddMul(sa, sal, sh, sl);
  const cosH = ddAdd(p, pl, -m, -LO);
  const cosL = LO;
  let h = q & 1 ? ddDiv(-cosH, -cosL, sinH, sinL) : ddDiv(sinH, sinL, cosH, cosL);
  let l = LO;
  if (neg) {
    h = -h;
    l = -l;
  }
  return roundChecked(h, l);
}

export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 7.450580596923828e-9) return x;
  const f = tanFast(x);
  if (f === f) return f;
  const rh = reduce(x);
  const rl = LO;
  const q = RED_Q;
  const sh = sinKernel(rh, rl);
  const sl = LO;
  const ch = cosKernel(rh, rl);
  const cl = LO;
  const h = q & 1 ? ddDiv(-ch, -cl, sh, sl) : ddDiv(sh, sl, ch, cl);
  return h + LO;
}

/** atan of a double-double t (finite), as a double-double to ~2**-100 (slow). */
function atanDD(th: number, tl: number): number {
  const at = Math.abs(th);
  if (at > 1.152921504606847e18) {
    // atan(t) = +-pi/2 - 1/t (the next term is below 2**-180)
    const inv = 1 / th;
    if (th > 0) return ddAddD(PIO2_H, PIO2_L, -inv);
    return ddAddD(-PIO2_H, -PIO2_L, -inv);
  }
  if (at < 9.313225746154785e-10) {
    // t - t^3/3
    return ddAddD(th, tl, -(th * th * th) / 3);
  }
  const y0 = Math.atan(th);
  sincosDD(y0);
  // d = atan(t) - y0 = atan((t cos y0 - sin y0) / (cos y0 + t sin y0))
  let nh = ddMul(th, tl, COS_H, COS_L);
  nh = ddAdd(nh, LO, -SIN_H, -SIN_L);
  const nl = LO;
  let dh = ddMul(th, tl, SIN_H, SIN_L);
  dh = ddAdd(dh, LO, COS_H, COS_L);
  const dl = LO;
  const d = ddDiv(nh, nl, dh, dl);
  const dlo = LO;
  // atan(d) = d - d^3/3, d ~ 1e-16: the cube is far below the last bit
  return ddAdd(y0, 0, d, dlo);
}

/** atan(j/64), j = 0..64, as double-doubles (built on first use). */
let ATAN_TAB_H: Float64Array | null = null;
let ATAN_TAB_L: Float64Array | null = null;
function atanTable(): void {
  const h = new Float64Array(65);
  const l = new Float64Array(65);
  for (let j = 1; j <= 64; j++) {
    h[j] = atanDD(j / 64, 0);
    l[j] = LO;
  }
  ATAN_TAB_H = h;
  ATAN_TAB_L = l;
}

/** atan of a double-double t (finite) to ~2**-66 relative: atan(c) from the table plus a short
 *  series in u = (t - c)/(1 + t c), |u| <= 1/128. */
function atanDDFast(th: number, tl: number): number {
  if (ATAN_TAB_H === null) atanTable();
  const neg = th < 0;
  if (neg) {
    th = -th;
    tl = -tl;
  }
  let inv = false;
  if (th > 1) {
    if (th > 1.152921504606847e18) {
      const r = ddAddD(PIO2_H, PIO2_L, -1 / th);
      if (neg) {
        LO = -LO;
        return -r;
      }
      return r;
    }
    // atan(t) = pi/2 - atan(1/t)
    const q = 1 / th;
    const p = twoProd(q, th);
    const ql = (1 - p - LO - q * tl) / th;
    th = q;
    tl = ql;
    inv = true;
  }
  const j = Math.round(th * 64);
  const c = j / 64;
  const nh = twoSum(th - c, tl);
  const nl = LO;
  const pc = twoProd(th, c);
  const pcl = LO + tl * c;
  let dh = twoSum(1, pc);
  const dl0 = LO + pcl;
  dh = fastTwoSum(dh, dl0);
  const dl = LO;
  const uh = nh / dh;
  const up = twoProd(uh, dh);
  const ul = (nh - up - LO + nl - uh * dl) / dh;
  const z = uh * uh;
  const poly = z * (-0.3333333333333333 + z * (0.2 + z * (-0.14285714285714285 + z * (0.1111111111111111 + z * -0.09090909090909091))));
  const corr = uh * poly + ul;
  const sh = twoSum(ATAN_TAB_H![j], uh);
  const e = LO + ATAN_TAB_L![j] + corr;
  let r = fastTwoSum(sh, e);
  let rl = LO;
  if (inv) {
    r = ddAdd(PIO2_H, PIO2_L, -r, -rl);
    rl = LO;
  }
  if (neg) {
    LO = -rl;
    return -r;
  }
  LO = rl;
  return r;
}

type AtanDD = (th: number, tl: number) => number;

function atanCore(x: number, at: AtanDD, fast: boolean): number {
  const h = at(x, 0);
  return fast ? roundChecked(h, LO) : h + LO;
}

export function atan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return PIO2_H;
  if (x === -Infinity) return -PIO2_H;
  if (Math.abs(x) < 7.450580596923828e-9) return x;
  const r = atanCore(x, atanDDFast, true);
  return r === r ? r : atanCore(x, atanDD, false);
}

function atan2Core(y: number, x: number, at: AtanDD, fast: boolean): number {
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  // scale both by the same power of two so that twoProd cannot overflow
  let sy = y;
  let sx = x;
  const big = Math.max(ay, ax);
  if (big > 1e300 || big < 1e-300) {
    const e = frexp(big)[1];
    sy = ldexp(y, -e);
    sx = ldexp(x, -e);
  }
  let rh: number, rl: number;
  if (ay <= ax) {
    const q = sy / sx;
    if (Math.abs(q) < 1e-290 || sy === 0) {
      // atan(q) = q to far below the last bit: the quotient is the (rounded) angle
      const qq = y / x;
      if (x > 0) return qq;
      return y > 0 ? PI_H + qq : -PI_H + qq;
    }
    const p = twoProd(q, sx);
    const ql = (sy - p - LO) / sx;
    rh = at(q, ql);
    rl = LO;
    if (x < 0) {
      rh = y > 0 ? ddAdd(rh, rl, PI_H, PI_L) : ddAdd(rh, rl, -PI_H, -PI_L);
      rl = LO;
    }
  } else {
    const q = sx / sy;
    let ah: number, al: number;
    if (Math.abs(q) < 1e-290 || sx === 0) {
      ah = q;
      al = 0;
    } else {
      const p = twoProd(q, sy);
      const ql = (sx - p - LO) / sy;
      ah = at(q, ql);
      al = LO;
    }
    rh = y > 0 ? ddAdd(PIO2_H, PIO2_L, -ah, -al) : ddAdd(-PIO2_H, -PIO2_L, -ah, -al);
    rl = LO;
  }
  return fast ? roundChecked(rh, rl) : rh + rl;
}

/** glibc atan2 for finite nonzero y and finite x (CPython handles the special values). */
export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  if (!Number.isFinite(x) || !Number.isFinite(y) || y === 0) return Math.atan2(y, x);
  if (x === 0) return y > 0 ? PIO2_H : -PIO2_H;
  const r = atan2Core(y, x, atanDDFast, true);
  return r === r ? r : atan2Core(y, x, atanDD, false);
}

/** sqrt(1 - x*x) as a double-double, for |x| < 1. */
function sqrt1mx2(x: number): number {
  const ax = Math.abs(x);
  let h: number, l: number;
  if (ax >= 0.5) {
    const a = 1 - ax; // exact
    const b = twoSum(1, ax);
    h = ddMulD(b, LO, a);
    l = LO;
  } else {
    const p = twoProd(ax, ax);
    h = ddAdd(1, 0, -p, -LO);
    l = LO;
  }
  return ddSqrt(h, l);
}

function asinCore(x: number, at: AtanDD, fast: boolean): number {
  const sh = sqrt1mx2(x);
  const sl = LO;
  const t = ddDiv(x, 0, sh, sl);
  const h = at(t, LO);
  return fast ? roundChecked(h, LO) : h + LO;
}

export function asin(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax === 1) return x > 0 ? PIO2_H : -PIO2_H;
  if (ax < 1.4901161193847656e-8) return x;
  const r = asinCore(x, atanDDFast, true);
  return r === r ? r : asinCore(x, atanDD, false);
}

function acosCore(x: number, at: AtanDD, fast: boolean): number {
  const ax = Math.abs(x);
  const sh = sqrt1mx2(x);
  const sl = LO;
  let h = ddDiv(sh, sl, ax, 0);
  h = at(h, LO);
  let l = LO;
  if (x < 0) {
    h = ddAdd(PI_H, PI_L, -h, -l);
    l = LO;
  }
  return fast ? roundChecked(h, l) : h + l;
}

export function acos(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI_H;
  if (ax < 1e-17) return ddAddD(PIO2_H, PIO2_L, -x) + LO; // pi/2 - x (- x^3/6, far below)
  const r = acosCore(x, atanDDFast, true);
  return r === r ? r : acosCore(x, atanDD, false);
}

// ---------------------------------------------------------------------------------------------
// fdlibm-derived functions, as in glibc's sysdeps/ieee754/dbl-64. glibc 2.36 as shipped (with
// the release-branch backports) runs FMA builds of log1p and expm1 on FMA-capable x86-64: the
// places where GCC fused a multiply and an add are written with fma() below.

const TWO54 = 1.8014398509481984e16;
const IVLN10 = 4.34294481903251816668e-1;
const LOG10_2HI = 3.01029995663611771306e-1;
const LOG10_2LO = 3.69423907715893078616e-13;

export function log10(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  if (x === Infinity) return x;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    k -= 54;
    x *= TWO54;
  }
  const hx = highWord(x);
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  x = setHighWord(x, (hx & 0x000fffff) | ((0x3ff - i) << 20));
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * logPos(x);
  return z + y * LOG10_2HI;
}

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LP1 = 6.666666666666735130e-1;
const LP2 = 3.999999999940941908e-1;
const LP3 = 2.857142874366239149e-1;
const LP4 = 2.222219843214978396e-1;
const LP5 = 1.818357216161805012e-1;
const LP6 = 1.531383769920937332e-1;
const LP7 = 1.479819860511658591e-1;

export function log1p(x: number): number {
  let hfsq, f = 0, c = 0, s, z, R, u;
  let k: number, hu = 0;
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  k = 1;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) {
      // x <= -1.0
      if (x === -1.0) return -Infinity;
      return NaN;
    }
    if (ax < 0x3e200000) {
      // |x| < 2**-29
      if (ax < 0x3c900000) return x; // |x| < 2**-54
      return fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    } // -0.2929 < x < 0.41422
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = setHighWord(u, hu | 0x3ff00000); // normalize u
    } else {
      k += 1;
      u = setHighWord(u, hu | 0x3fe00000); // normalize u/2
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2**-20
    if (f === 0) {
      if (k === 0) return 0;
      c = fma(k, LN2_LO, c);
      return fma(k, LN2_HI, c);
    }
    R = hfsq * fma(-0.66666666666666666, f, 1.0);
    if (k === 0) return f - R;
    return fma(k, LN2_HI, -(R - fma(k, LN2_LO, c) - f));
  }
  s = f / (2.0 + f);
  z = s * s;
  const z2 = z * z;
  const R2 = fma(z, LP3, LP2);
  const z4 = z2 * z2;
  const R3 = fma(z, LP5, LP4);
  const z6 = z4 * z2;
  const R4 = fma(z, LP7, LP6);
  R = fma(z6, R4, fma(z4, R3, fma(z, LP1, z2 * R2)));
  const w = s * (hfsq + R);
  if (k === 0) return f - (hfsq - w);
  return fma(k, LN2_HI, -(hfsq - (w + fma(k, LN2_LO, c)) - f));
}

const O_THRESHOLD = 7.09782712893383973096e2;
const INVLN2 = 1.44269504088896338700;
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;

export function expm1(x: number): number {
  let y, hi, lo, c = 0, t, e;
  let k: number;
  let hx = highWord(x);
  const xsb = hx & 0x80000000;
  y = xsb === 0 ? x : -x;
  hx &= 0x7fffffff;
  // filter out huge and non-finite argument
  if (hx >= 0x4043687a) {
    // |x| >= 56*ln2
    if (hx >= 0x40862e42) {
      // |x| >= 709.78...
      if (hx >= 0x7ff00000) {
        if (Number.isNaN(x)) return x + x;
        return xsb === 0 ? x : -1.0;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (xsb !== 0) return -1.0; // x < -56*ln2
  }
  // argument reduction
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5 ln2
      if (xsb === 0) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(INVLN2 * x + (xsb === 0 ? 0.5 : -0.5));
      t = k;
      hi = fma(-t, LN2_HI, x); // t*ln2_hi is exact here
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    // |x| < 2**-54
    return x;
  } else k = 0;
  // x is now in primary range
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = fma(hxs, Q1, 1);
  const h2 = hxs * hxs;
  const R2 = fma(hxs, Q3, Q2);
  const h4 = h2 * h2;
  const R3 = fma(hxs, Q5, Q4);
  const r1 = fma(h4, R3, fma(h2, R2, R1));
  t = fma(-r1, hfx, 3.0);
  e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k === 0) return x - fma(e, x, -hxs); // c is 0
  e = fma(e - c, x, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return fma(2.0, x - e, 1);
  }
  if (k <= -2 || k > 56) {
    // suffice to return exp(x)-1
    y = 1 - (e - x);
    const high = highWord(y);
    y = setHighWord(y, high + (k << 20)); // add k to y's exponent
    return y - 1;
  }
  if (k < 20) {
    t = fromWords(0x3ff00000 - (0x200000 >> k), 0); // t = 1 - 2**-k
    y = t - (e - x);
    const high = highWord(y);
    y = setHighWord(y, high + (k << 20));
  } else {
    t = fromWords((0x3ff - k) << 20, 0); // 2**-k
    y = x - (e + t);
    y += 1;
    const high = highWord(y);
    y = setHighWord(y, high + (k << 20));
  }
  return y;
}

export function sinh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x; // INF or NaN
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3e300000) {
      // |x| < 2**-28
      if (1.0e307 + x > 1) return x;
    }
    const t = expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(Math.abs(x)); // |x| in [22, log(maxdouble)]
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307; // overflow
}

export function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    // |x| in [0,22]
    if (ix < 0x3fd62e43) {
      // |x| in [0, 0.5*ln2]
      if (ix < 0x3c800000) return 1; // cosh(tiny) = 1
      const t = expm1(Math.abs(x));
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(Math.abs(x)); // |x| in [0.5*ln2, 22]
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x)); // |x| in [22, log(maxdouble)]
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x; // INF or NaN
  return Infinity; // overflow
}

export function tanh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  let z: number;
  if (ix >= 0x7ff00000) {
    if (Number.isNaN(x)) return x;
    return jx >= 0 ? 1 : -1;
  }
  if (ix < 0x40360000) {
    // |x| < 22
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x); // |x| < 2**-55
    if (ix >= 0x3ff00000) {
      // |x| >= 1
      const t = expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else z = 1; // |x| >= 22: 1 - tiny
  return jx >= 0 ? z : -z;
}

const LN2_D = 6.93147180559945286227e-1;

export function asinh(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  let w: number;
  if (ix < 0x3e300000) {
    // |x| < 2**-28
    if (1e300 + x > 1) return x;
  }
  if (ix > 0x41b00000) {
    // |x| > 2**28
    if (ix >= 0x7ff00000) return x + x; // inf or NaN
    w = logPos(Math.abs(x)) + LN2_D;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      // 2**28 > |x| > 2.0
      w = logPos(2.0 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
    } else {
      // 2.0 > |x| > 2**-28
      const t = xa * xa;
      w = log1p(xa + t / (1 + Math.sqrt(1 + t)));
    }
  }
  return copysign(w, x);
}

export function acosh(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 2) {
    if (x >= 268435456) {
      // x > 2**28
      if (x === Infinity) return x;
      return logPos(x) + LN2_D; // acosh(huge) = log(2x)
    }
    const t = x * x;
    return logPos(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  if (x > 1) {
    const t = x - 1;
    return log1p(t + Math.sqrt(2.0 * t + t * t));
  }
  if (x === 1) return 0;
  return NaN;
}

export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x; // 2**-28
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1) t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  else {
    if (xa > 1) return NaN;
    if (Number.isNaN(x)) return x;
    return x / 0;
  }
  return copysign(t, x);
}

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const xm = frexpM(Math.abs(x));
  const xe = FREXP_E;
  const u =
    0.35489576504391986 +
    (1.50819193781584896 +
      (-2.11499494167371287 + (2.4469312256353443 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

// erf / erfc
const ERX = 8.45062911510467529297e-1;
const EFX = 1.28379167095512586316e-1;
const PP = [1.28379167095512558561e-1, -3.25042107247001499370e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3, -2.37630166566501626084e-5];
const QQ = [0, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4, -3.96022827877536812320e-6];
const PA = [
  -2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1, -1.10894694282396677476e-1,
  3.54783043256182359371e-2, -2.16637559486879084300e-3,
];
const QA = [0, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1, 1.36370839120290507362e-2, 1.19844998467991074170e-2];
const RA = [
  -9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1, -1.62396669462573470355e2,
  -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592,
];
const SA = [
  0, 1.96512716674392571292e1, 1.37657754143519042600e2, 4.34565877475229228821e2, 6.45387271733267880336e2, 4.29008140027567833386e2,
  1.08635005541779435134e2, 6.57024977031928170135, -6.04244152148580987438e-2,
];
const RB = [
  -9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2, -6.37566443368389627722e2,
  -1.02509513161107724954e3, -4.83519191608651397019e2,
];
const SB = [
  0, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3, 2.55305040643316442583e3,
  4.74528541206955367215e2, -2.24409524465858183362e1,
];

/** erf/erfc on [0.84375, 1.25): P/Q with s = |x| - 1. */
function erfMid(x: number): number {
  const s = Math.abs(x) - 1;
  const P1 = PA[0] + s * PA[1];
  const s2 = s * s;
  const Q1 = 1 + s * QA[1];
  const s4 = s2 * s2;
  const P2 = PA[2] + s * PA[3];
  const s6 = s4 * s2;
  const Q2 = QA[2] + s * QA[3];
  const P3 = PA[4] + s * PA[5];
  const Q3 = QA[4] + s * QA[5];
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA[6];
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA[6];
  return P / Q;
}
/** erf/erfc on |x| < 0.84375: y with erf(x) = x + x*y. */
function erfSmall(x: number): number {
  const z = x * x;
  const r1 = PP[0] + z * PP[1];
  const z2 = z * z;
  const r2 = PP[2] + z * PP[3];
  const z4 = z2 * z2;
  const s1 = 1 + z * QQ[1];
  const s2 = QQ[2] + z * QQ[3];
  const s3 = QQ[4] + z * QQ[5];
  const r = r1 + z2 * r2 + z4 * PP[4];
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}
/** exp(-x*x - 0.5625 + R/S) for the tail ranges (x = |x|, 1.25 <= x < 28); `bRange` selects rb/sb. */
function erfTail(x: number, bRange: boolean): number {
  const s = 1 / (x * x);
  let R: number, S: number;
  if (!bRange) {
    const R1 = RA[0] + s * RA[1];
    const s2 = s * s;
    const S1 = 1 + s * SA[1];
    const s4 = s2 * s2;
    const R2 = RA[2] + s * RA[3];
    const s6 = s4 * s2;
    const S2 = SA[2] + s * SA[3];
    const s8 = s4 * s4;
    const R3 = RA[4] + s * RA[5];
    const S3 = SA[4] + s * SA[5];
    const R4 = RA[6] + s * RA[7];
    const S4 = SA[6] + s * SA[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA[8];
  } else {
    const R1 = RB[0] + s * RB[1];
    const s2 = s * s;
    const S1 = 1 + s * SB[1];
    const s4 = s2 * s2;
    const R2 = RB[2] + s * RB[3];
    const s6 = s4 * s2;
    const S2 = SB[2] + s * SB[3];
    const R3 = RB[4] + s * RB[5];
    const S3 = SB[4] + s * SB[5];
    const S4 = SB[6] + s * SB[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB[6];
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = setLowWord(x, 0);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
}

export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (Number.isNaN(x)) return x;
    return x > 0 ? 1 : -1;
  }
  if (ix < 0x3feb0000) {
    // |x| < 0.84375
    if (ix < 0x3e300000) {
      // |x| < 2**-28
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + 16.0 * EFX * x);
      return x + EFX * x;
    }
    return x + x * erfSmall(x);
  }
  if (ix < 0x3ff40000) {
    // 0.84375 <= |x| < 1.25
    const pq = erfMid(x);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 : -1; // |x| >= 6: 1 - tiny
  const ax = Math.abs(x);
  const r = erfTail(ax, ix >= 0x4006db6e);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

export function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (Number.isNaN(x)) return x;
    return x > 0 ? 0 : 2;
  }
  if (ix < 0x3feb0000) {
    // |x| < 0.84375
    if (ix < 0x3c700000) return 1 - x; // |x| < 2**-56
    const y = erfSmall(x);
    if (hx < 0x3fd00000) return 1 - (x + x * y); // x < 1/4
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    // 0.84375 <= |x| < 1.25
    const pq = erfMid(x);
    if (hx >= 0) return 1 - ERX - pq;
    return 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    // |x| < 28
    if (hx < 0 && ix >= 0x40180000) return 2; // x < -6: 2 - tiny
    const ax = Math.abs(x);
    const r = erfTail(ax, ix >= 0x4006db6d);
    if (hx > 0) return r / ax;
    return 2 - r / ax;
  }
  return hx > 0 ? 0 : 2;
}

// ---------------------------------------------------------------------------------------------
// CPython's own algorithms (Modules/mathmodule.c)

export const EDOM = 1;
export const ERANGE = 2;
/** errno as set by gammaFn / lgammaFn. */
export let errno = 0;

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
  20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0,
  1124000727777607680000.0,
];
const PI = 3.141592653589793;
const LOGPI = 1.1447298858494002;

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(pi*x) for finite x, accurate near integers. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0:
      r = sin(PI * y);
      break;
    case 1:
      r = cos(PI * (y - 0.5));
      break;
    case 2:
      r = sin(PI * (1.0 - y));
      break;
    case 3:
      r = -cos(PI * (y - 1.5));
      break;
    default:
      r = sin(PI * (y - 2.0));
  }
  return copysign(1.0, x) * r;
}

/** CPython's m_tgamma; sets `errno`. */
export function gamma(x: number): number {
  errno = 0;
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    errno = EDOM;
    return NaN;
  }
  if (x === 0) {
    errno = EDOM;
    return copysign(Infinity, x);
  }
  if (x === Math.floor(x)) {
    if (x < 0) {
      errno = EDOM;
      return NaN;
    }
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    errno = ERANGE;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = ((((-PI / sinpi(absx)) / absx) * exp(y)) / lanczosSum(absx));
    r -= z * r;
    if (absx < 140.0) r /= pow(y, absx - 0.5);
    else {
      const sqrtpow = pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) r *= pow(y, absx - 0.5);
    else {
      const sqrtpow = pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) errno = ERANGE;
  return r;
}

/** CPython's m_lgamma; sets `errno`. */
export function lgamma(x: number): number {
  errno = 0;
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return x;
    return Infinity;
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -log(absx);
  let r = log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - log(Math.abs(sinpi(absx))) - log(absx) - r;
  if (!Number.isFinite(r)) errno = ERANGE;
  return r;
}

/** CPython's m_remainder (IEEE 754 remainder, exact). */
export function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0.0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1.0, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

const T27 = 134217729.0;
/** CPython's vector_norm: vec holds |coordinates|, max their maximum. */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  let csum = 1.0,
    frac1 = 0.0,
    frac2 = 0.0,
    frac3 = 0.0;
  let x: number, oldcsum: number, t: number, hi: number, lo: number;
  frexpM(max);
  const maxE = FREXP_E;
  if (maxE >= -1023) {
    const scale = pow2(-maxE);
    for (let i = 0; i < n; i++) {
      x = vec[i] * scale;
      t = x * T27;
      hi = t - (t - x);
      lo = x - hi;
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += oldcsum - csum + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += oldcsum - csum + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += oldcsum - csum + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += oldcsum - csum + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (let i = 0; i < n; i++) {
    x = vec[i] / max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

/** Exact-partials summation state of CPython's math.fsum. */
export class FSum {
  private p: number[] = [];
  private specialSum = 0.0;
  private infSum = 0.0;
  /** Adds x; returns false on intermediate overflow. */
  add(x: number): boolean {
    const xsave = x;
    const p = this.p;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) return false;
        if (!Number.isNaN(xsave)) this.infSum += xsave;
        this.specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
    return true;
  }
  /** The correctly rounded sum; 'inf-inf' for the -inf + inf error. */
  result(): number | "inf-inf" {
    if (this.specialSum !== 0.0) {
      if (Number.isNaN(this.infSum)) return "inf-inf";
      return this.specialSum;
    }
    const p = this.p;
    let n = p.length;
    let hi = 0.0;
    let lo = 0.0;
    if (n > 0) {
      hi = p[--n];
      while (n > 0) {
        const x = hi;
        const y = p[--n];
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo !== 0.0) break;
      }
      if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        const y = lo * 2.0;
        const x = hi + y;
        const yr = x - hi;
        if (y === yr) hi = x;
      }
    }
    return hi;
  }
}
