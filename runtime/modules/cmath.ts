// The cmath module, as in CPython 3.11 (Modules/cmathmodule.c): the same formulas on top of the
// glibc-faithful ./libm.ts, C99 Annex G special values (tables indexed by the kind of the real
// and imaginary parts), and errno-style errors: EDOM -> ValueError("math domain error"),
// ERANGE -> OverflowError("math range error").
import { PyComplex, PyFloat, PyModule, PyObject, PyTuple } from "../objects/core.js";
import { overflowError, typeError, valueError } from "../objects/exceptions.js";
import { callBound, lookupType, typeOf } from "../objects/protocol.js";
import { complexParts, hypot } from "../objects/complex.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { asDouble } from "./math.js";
import { clinicArgs, defFunction } from "./small-util.js";
import * as L from "./libm.js";

type C = [number, number];

const EDOM = 1;
const ERANGE = 2;
let errno = 0;

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const DBL_MANT_DIG = 53;
const M_LN2 = 0.6931471805599453094;
const M_LN10 = 2.302585092994045684;
const PI = Math.PI;
const E = Math.E;
const CM_LARGE_DOUBLE = DBL_MAX / 4;
const CM_SQRT_LARGE_DOUBLE = Math.sqrt(CM_LARGE_DOUBLE);
// log(CM_LARGE_DOUBLE), computed on first use: libm's log builds its tables then
let cmLogLarge: number | undefined;
const cmLogLargeDouble = (): number => (cmLogLarge ??= L.log(CM_LARGE_DOUBLE));
const CM_SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const CM_SCALE_UP = 2 * Math.floor(DBL_MANT_DIG / 2) + 1;
const CM_SCALE_DOWN = -Math.trunc((CM_SCALE_UP + 1) / 2);

const INF = Infinity;
const N = NaN;
const P = PI;
const P14 = 0.25 * PI;
const P12 = 0.5 * PI;
const P34 = 0.75 * PI;
const U = -9.5426319407711027e33;

const isfinite = Number.isFinite;
const isnan = Number.isNaN;
const isinf = (x: number) => x === Infinity || x === -Infinity;
const copysign = L.copysign;
const fabs = Math.abs;

// ---------------------------------------------------------------------------------------------
// Special values

const enum ST {
  NINF,
  NEG,
  NZERO,
  PZERO,
  POS,
  PINF,
  NAN,
}

function specialType(d: number): ST {
  if (isfinite(d)) {
    if (d !== 0) return L.signBit(d) ? ST.NEG : ST.POS;
    return L.signBit(d) ? ST.NZERO : ST.PZERO;
  }
  if (isnan(d)) return ST.NAN;
  return d > 0 ? ST.PINF : ST.NINF;
}

/** A 7x7 table written as 49 numbers pairs, row = kind of the real part, column = of the imaginary. */
function table(vals: number[]): C[][] {
  const t: C[][] = [];
  for (let i = 0; i < 7; i++) {
    const row: C[] = [];
    for (let j = 0; j < 7; j++) row.push([vals[(i * 7 + j) * 2], vals[(i * 7 + j) * 2 + 1]]);
    t.push(row);
  }
  return t;
}
function special(t: C[][], z: C): C {
  const v = t[specialType(z[0])][specialType(z[1])];
  return [v[0], v[1]];
}
const nonFinite = (z: C) => !isfinite(z[0]) || !isfinite(z[1]);

// prettier-ignore
const acosSV = table([
  P34,INF, P,INF,  P,INF,  P,-INF,  P,-INF,  P34,-INF, N,INF,
  P12,INF, U,U,    U,U,    U,U,     U,U,     P12,-INF, N,N,
  P12,INF, U,U,    P12,0,  P12,-0,  U,U,     P12,-INF, P12,N,
  P12,INF, U,U,    P12,0,  P12,-0,  U,U,     P12,-INF, P12,N,
  P12,INF, U,U,    U,U,    U,U,     U,U,     P12,-INF, N,N,
  P14,INF, 0,INF,  0,INF,  0,-INF,  0,-INF,  P14,-INF, N,INF,
  N,INF,   N,N,    N,N,    N,N,     N,N,     N,-INF,   N,N,
]);
// prettier-ignore
const acoshSV = table([
  INF,-P34, INF,-P,  INF,-P,  INF,P,  INF,P,  INF,P34, INF,N,
  INF,-P12, U,U,     U,U,     U,U,    U,U,    INF,P12, N,N,
  INF,-P12, U,U,     0,-P12,  0,P12,  U,U,    INF,P12, N,N,
  INF,-P12, U,U,     0,-P12,  0,P12,  U,U,    INF,P12, N,N,
  INF,-P12, U,U,     U,U,     U,U,    U,U,    INF,P12, N,N,
  INF,-P14, INF,-0,  INF,-0,  INF,0,  INF,0,  INF,P14, INF,N,
  INF,N,    N,N,     N,N,     N,N,    N,N,    INF,N,   N,N,
]);
// prettier-ignore
const asinhSV = table([
  -INF,-P14, -INF,-0, -INF,-0, -INF,0, -INF,0, -INF,P14, -INF,N,
  -INF,-P12, U,U,     U,U,     U,U,    U,U,    -INF,P12, N,N,
  -INF,-P12, U,U,     -0,-0,   -0,0,   U,U,    -INF,P12, N,N,
  INF,-P12,  U,U,     0,-0,    0,0,    U,U,    INF,P12,  N,N,
  INF,-P12,  U,U,     U,U,     U,U,    U,U,    INF,P12,  N,N,
  INF,-P14,  INF,-0,  INF,-0,  INF,0,  INF,0,  INF,P14,  INF,N,
  INF,N,     N,N,     N,-0,    N,0,    N,N,    INF,N,    N,N,
]);
// prettier-ignore
const atanhSV = table([
  -0,-P12, -0,-P12, -0,-P12, -0,P12, -0,P12, -0,P12, -0,N,
  -0,-P12, U,U,     U,U,     U,U,    U,U,    -0,P12, N,N,
  -0,-P12, U,U,     -0,-0,   -0,0,   U,U,    -0,P12, -0,N,
  0,-P12,  U,U,     0,-0,    0,0,    U,U,    0,P12,  0,N,
  0,-P12,  U,U,     U,U,     U,U,    U,U,    0,P12,  N,N,
  0,-P12,  0,-P12,  0,-P12,  0,P12,  0,P12,  0,P12,  0,N,
  0,-P12,  N,N,     N,N,     N,N,    N,N,    0,P12,  N,N,
]);
// prettier-ignore
const coshSV = table([
  INF,N, U,U, INF,0,  INF,-0, U,U, INF,N, INF,N,
  N,N,   U,U, U,U,    U,U,    U,U, N,N,   N,N,
  N,0,   U,U, 1,0,    1,-0,   U,U, N,0,   N,0,
  N,0,   U,U, 1,-0,   1,0,    U,U, N,0,   N,0,
  N,N,   U,U, U,U,    U,U,    U,U, N,N,   N,N,
  INF,N, U,U, INF,-0, INF,0,  U,U, INF,N, INF,N,
  N,N,   N,N, N,0,    N,0,    N,N, N,N,   N,N,
]);
// prettier-ignore
const expSV = table([
  0,0,   U,U, 0,-0,   0,0,   U,U, 0,0,   0,0,
  N,N,   U,U, U,U,    U,U,   U,U, N,N,   N,N,
  N,N,   U,U, 1,-0,   1,0,   U,U, N,N,   N,N,
  N,N,   U,U, 1,-0,   1,0,   U,U, N,N,   N,N,
  N,N,   U,U, U,U,    U,U,   U,U, N,N,   N,N,
  INF,N, U,U, INF,-0, INF,0, U,U, INF,N, INF,N,
  N,N,   N,N, N,-0,   N,0,   N,N, N,N,   N,N,
]);
// prettier-ignore
const logSV = table([
  INF,-P34, INF,-P,  INF,-P,   INF,P,   INF,P,  INF,P34, INF,N,
  INF,-P12, U,U,     U,U,      U,U,     U,U,    INF,P12, N,N,
  INF,-P12, U,U,     -INF,-P,  -INF,P,  U,U,    INF,P12, N,N,
  INF,-P12, U,U,     -INF,-0,  -INF,0,  U,U,    INF,P12, N,N,
  INF,-P12, U,U,     U,U,      U,U,     U,U,    INF,P12, N,N,
  INF,-P14, INF,-0,  INF,-0,   INF,0,   INF,0,  INF,P14, INF,N,
  INF,N,    N,N,     N,N,      N,N,     N,N,    INF,N,   N,N,
]);
// prettier-ignore
const sinhSV = table([
  INF,N, U,U, -INF,-0, -INF,0, U,U, INF,N, INF,N,
  N,N,   U,U, U,U,     U,U,    U,U, N,N,   N,N,
  0,N,   U,U, -0,-0,   -0,0,   U,U, 0,N,   0,N,
  0,N,   U,U, 0,-0,    0,0,    U,U, 0,N,   0,N,
  N,N,   U,U, U,U,     U,U,    U,U, N,N,   N,N,
  INF,N, U,U, INF,-0,  INF,0,  U,U, INF,N, INF,N,
  N,N,   N,N, N,-0,    N,0,    N,N, N,N,   N,N,
]);
// prettier-ignore
const sqrtSV = table([
  INF,-INF, 0,-INF,  0,-INF, 0,INF,  0,INF,  INF,INF, N,INF,
  INF,-INF, U,U,     U,U,    U,U,    U,U,    INF,INF, N,N,
  INF,-INF, U,U,     0,-0,   0,0,    U,U,    INF,INF, N,N,
  INF,-INF, U,U,     0,-0,   0,0,    U,U,    INF,INF, N,N,
  INF,-INF, U,U,     U,U,    U,U,    U,U,    INF,INF, N,N,
  INF,-INF, INF,-0,  INF,-0, INF,0,  INF,0,  INF,INF, INF,N,
  INF,-INF, N,N,     N,N,    N,N,    N,N,    INF,INF, N,N,
]);
// prettier-ignore
const tanhSV = table([
  -1,0,  U,U, -1,-0, -1,0, U,U, -1,0,  -1,0,
  N,N,   U,U, U,U,   U,U,  U,U, N,N,   N,N,
  N,N,   U,U, -0,-0, -0,0, U,U, N,N,   N,N,
  N,N,   U,U, 0,-0,  0,0,  U,U, N,N,   N,N,
  N,N,   U,U, U,U,   U,U,  U,U, N,N,   N,N,
  1,0,   U,U, 1,-0,  1,0,  U,U, 1,0,   1,0,
  N,N,   N,N, N,-0,  N,0,  N,N, N,N,   N,N,
]);
// prettier-ignore
const rectSV = table([
  INF,N, U,U, -INF,0, -INF,-0, U,U, INF,N, INF,N,
  N,N,   U,U, U,U,    U,U,     U,U, N,N,   N,N,
  0,0,   U,U, -0,0,   -0,-0,   U,U, 0,0,   0,0,
  0,0,   U,U, 0,-0,   0,0,     U,U, 0,0,   0,0,
  N,N,   U,U, U,U,    U,U,     U,U, N,N,   N,N,
  INF,N, U,U, INF,-0, INF,0,   U,U, INF,N, INF,N,
  N,N,   N,N, N,0,    N,0,     N,N, N,N,   N,N,
]);

// ---------------------------------------------------------------------------------------------
// The functions (each sets errno as its C counterpart does)

const neg = (z: C): C => [-z[0], -z[1]];
const log1p = (x: number) => (x === 0 ? x : L.log1p(x));

function cAcos(z: C): C {
  if (nonFinite(z)) {
    errno = 0;
    return special(acosSV, z);
  }
  let r: C;
  if (fabs(z[0]) > CM_LARGE_DOUBLE || fabs(z[1]) > CM_LARGE_DOUBLE) {
    r = [L.atan2(fabs(z[1]), z[0]), -copysign(L.log(hypot(z[0] / 2, z[1] / 2)) + M_LN2 * 2, z[1])];
  } else {
    const s1 = cSqrt([1 - z[0], -z[1]]);
    const s2 = cSqrt([1 + z[0], z[1]]);
    r = [2 * L.atan2(s1[0], s2[0]), L.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
  }
  errno = 0;
  return r;
}

function cAcosh(z: C): C {
  if (nonFinite(z)) {
    errno = 0;
    return special(acoshSV, z);
  }
  let r: C;
  if (fabs(z[0]) > CM_LARGE_DOUBLE || fabs(z[1]) > CM_LARGE_DOUBLE) {
    r = [L.log(hypot(z[0] / 2, z[1] / 2)) + M_LN2 * 2, L.atan2(z[1], z[0])];
  } else {
    const s1 = cSqrt([z[0] - 1, z[1]]);
    const s2 = cSqrt([z[0] + 1, z[1]]);
    r = [L.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * L.atan2(s1[1], s2[0])];
  }
  errno = 0;
  return r;
}

function cAsin(z: C): C {
  const s = cAsinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cAsinh(z: C): C {
  if (nonFinite(z)) {
    errno = 0;
    return special(asinhSV, z);
  }
  let r: C;
  if (fabs(z[0]) > CM_LARGE_DOUBLE || fabs(z[1]) > CM_LARGE_DOUBLE) {
    const re =
      z[1] >= 0
        ? copysign(L.log(hypot(z[0] / 2, z[1] / 2)) + M_LN2 * 2, z[0])
        : -copysign(L.log(hypot(z[0] / 2, z[1] / 2)) + M_LN2 * 2, -z[0]);
    r = [re, L.atan2(z[1], fabs(z[0]))];
  } else {
    const s1 = cSqrt([1 + z[1], -z[0]]);
    const s2 = cSqrt([1 - z[1], z[0]]);
    r = [L.asinh(s1[0] * s2[1] - s2[0] * s1[1]), L.atan2(z[1], s1[0] * s2[0] - s1[1] * s2[1])];
  }
  errno = 0;
  return r;
}

function cAtan(z: C): C {
  const s = cAtanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cAtanh(z: C): C {
  if (nonFinite(z)) {
    errno = 0;
    return special(atanhSV, z);
  }
  if (z[0] < 0) return neg(cAtanh(neg(z)));
  const ay = fabs(z[1]);
  let r: C;
  if (z[0] > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
    const h = hypot(z[0] / 2, z[1] / 2);
    r = [z[0] / 4 / h / h, copysign(PI / 2, z[1])];
    errno = 0;
  } else if (z[0] === 1 && ay < CM_SQRT_DBL_MIN) {
    if (ay === 0) {
      r = [INF, z[1]];
      errno = EDOM;
    } else {
      r = [-L.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(L.atan2(2, -ay) / 2, z[1])];
      errno = 0;
    }
  } else {
    r = [log1p((4 * z[0]) / ((1 - z[0]) * (1 - z[0]) + ay * ay)) / 4, -L.atan2(-2 * z[1], (1 - z[0]) * (1 + z[0]) - ay * ay) / 2];
    errno = 0;
  }
  return r;
}

function cCos(z: C): C {
  return cCosh([-z[1], z[0]]);
}

function cCosh(z: C): C {
  let r: C;
  if (nonFinite(z)) {
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      if (z[0] > 0) r = [copysign(INF, L.cos(z[1])), copysign(INF, L.sin(z[1]))];
      else r = [copysign(INF, L.cos(z[1])), -copysign(INF, L.sin(z[1]))];
    } else r = special(coshSV, z);
    errno = isinf(z[1]) && !isnan(z[0]) ? EDOM : 0;
    return r;
  }
  if (fabs(z[0]) > cmLogLargeDouble()) {
    const x1 = z[0] - copysign(1, z[0]);
    r = [L.cos(z[1]) * L.cosh(x1) * E, L.sin(z[1]) * L.sinh(x1) * E];
  } else r = [L.cos(z[1]) * L.cosh(z[0]), L.sin(z[1]) * L.sinh(z[0])];
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : 0;
  return r;
}

function cExp(z: C): C {
  let r: C;
  if (nonFinite(z)) {
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      if (z[0] > 0) r = [copysign(INF, L.cos(z[1])), copysign(INF, L.sin(z[1]))];
      else r = [copysign(0, L.cos(z[1])), copysign(0, L.sin(z[1]))];
    } else r = special(expSV, z);
    errno = isinf(z[1]) && (isfinite(z[0]) || (isinf(z[0]) && z[0] > 0)) ? EDOM : 0;
    return r;
  }
  if (z[0] > cmLogLargeDouble()) {
    const l = L.exp(z[0] - 1);
    r = [l * L.cos(z[1]) * E, l * L.sin(z[1]) * E];
  } else {
    const l = L.exp(z[0]);
    r = [l * L.cos(z[1]), l * L.sin(z[1])];
  }
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : 0;
  return r;
}

function cLog(z: C): C {
  if (nonFinite(z)) {
    errno = 0;
    return special(logSV, z);
  }
  const ax = fabs(z[0]);
  const ay = fabs(z[1]);
  let re: number;
  if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
    re = L.log(hypot(ax / 2, ay / 2)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      re = L.log(hypot(L.ldexp(ax, DBL_MANT_DIG), L.ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    } else {
      errno = EDOM;
      return [-INF, L.atan2(z[1], z[0])];
    }
  } else {
    const h = hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else re = L.log(h);
  }
  errno = 0;
  return [re, L.atan2(z[1], z[0])];
}

function cLog10(z: C): C {
  const r = cLog(z);
  return [r[0] / M_LN10, r[1] / M_LN10];
}

function cSin(z: C): C {
  const s = cSinh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cSinh(z: C): C {
  let r: C;
  if (nonFinite(z)) {
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      if (z[0] > 0) r = [copysign(INF, L.cos(z[1])), copysign(INF, L.sin(z[1]))];
      else r = [-copysign(INF, L.cos(z[1])), copysign(INF, L.sin(z[1]))];
    } else r = special(sinhSV, z);
    errno = isinf(z[1]) && !isnan(z[0]) ? EDOM : 0;
    return r;
  }
  if (fabs(z[0]) > cmLogLargeDouble()) {
    const x1 = z[0] - copysign(1, z[0]);
    r = [L.cos(z[1]) * L.sinh(x1) * E, L.sin(z[1]) * L.cosh(x1) * E];
  } else r = [L.cos(z[1]) * L.sinh(z[0]), L.sin(z[1]) * L.cosh(z[0])];
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : 0;
  return r;
}

function cSqrt(z: C): C {
  if (nonFinite(z)) {
    errno = 0;
    return special(sqrtSV, z);
  }
  if (z[0] === 0 && z[1] === 0) return [0, z[1]];
  let ax = fabs(z[0]);
  const ay = fabs(z[1]);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = L.ldexp(ax, CM_SCALE_UP);
    s = L.ldexp(Math.sqrt(ax + hypot(ax, L.ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  errno = 0;
  return z[0] >= 0 ? [s, copysign(d, z[1])] : [d, copysign(s, z[1])];
}

function cTan(z: C): C {
  const s = cTanh([-z[1], z[0]]);
  return [s[1], -s[0]];
}

function cTanh(z: C): C {
  let r: C;
  if (nonFinite(z)) {
    if (isinf(z[0]) && isfinite(z[1]) && z[1] !== 0) {
      r = [z[0] > 0 ? 1 : -1, copysign(0, 2 * L.sin(z[1]) * L.cos(z[1]))];
    } else r = special(tanhSV, z);
    errno = isinf(z[1]) && isfinite(z[0]) ? EDOM : 0;
    return r;
  }
  if (fabs(z[0]) > cmLogLargeDouble()) {
    r = [copysign(1, z[0]), 4 * L.sin(z[1]) * L.cos(z[1]) * L.exp(-2 * fabs(z[0]))];
  } else {
    const tx = L.tanh(z[0]);
    const ty = L.tan(z[1]);
    const cx = 1 / L.cosh(z[0]);
    const txty = tx * ty;
    const denom = 1 + txty * txty;
    r = [(tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx];
  }
  errno = 0;
  return r;
}

/** _Py_c_quot; sets errno = EDOM on division by zero. */
function cQuot(a: C, b: C): C {
  const absBr = b[0] < 0 ? -b[0] : b[0];
  const absBi = b[1] < 0 ? -b[1] : b[1];
  if (absBr >= absBi) {
    if (absBr === 0) {
      errno = EDOM;
      return [0, 0];
    }
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

/** _Py_c_abs; sets errno = ERANGE on overflow. */
function cAbs(z: C): number {
  if (!isfinite(z[0]) || !isfinite(z[1])) {
    if (isinf(z[0]) || isinf(z[1])) return INF;
    return NaN;
  }
  const r = hypot(z[0], z[1]);
  if (!isfinite(r)) errno = ERANGE;
  return r;
}

// ---------------------------------------------------------------------------------------------
// Argument conversion and the module

/** PyComplex_AsCComplex */
function asComplex(x: PyObject): C {
  const c = complexParts(x);
  if (c !== undefined) return c;
  if (typeof x === "object" && !(x instanceof PyFloat)) {
    const m = lookupType(typeOf(x), "__complex__");
    if (m !== undefined) {
      const r = callBound(m, x, []);
      const rc = complexParts(r);
      if (rc === undefined) throw typeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
      return rc;
    }
  }
  return [asDouble(x), 0];
}

function mathError(): never {
  if (errno === EDOM) throw valueError("math domain error");
  throw overflowError("math range error");
}

const mk = (z: C): PyComplex => new PyComplex(z[0], z[1]);

function oneArg(name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`cmath.${name}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`cmath.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function positionalArgs(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) throw typeError(`${name} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) throw typeError(`${name} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

const FUNCS: Record<string, (z: C) => C> = {
  acos: cAcos,
  acosh: cAcosh,
  asin: cAsin,
  asinh: cAsinh,
  atan: cAtan,
  atanh: cAtanh,
  cos: cCos,
  cosh: cCosh,
  exp: cExp,
  log10: cLog10,
  sin: cSin,
  sinh: cSinh,
  sqrt: cSqrt,
  tan: cTan,
  tanh: cTanh,
};

export function initCmath(m: PyModule): void {
  const d = m.dict.map;
  d.set("__doc__", "This module provides access to mathematical functions for complex\nnumbers.");
  for (const [name, fn] of Object.entries(FUNCS)) {
    defFunction(m, name, (args, kwnames) => {
      const z = asComplex(oneArg(name, args, kwnames));
      errno = 0;
      const r = fn(z);
      if (errno !== 0) mathError();
      return mk(r);
    });
  }
  defFunction(m, "log", (args, kwnames) => {
    positionalArgs("log", args, kwnames, 1, 2);
    const x = asComplex(args[0]);
    errno = 0;
    let r = cLog(x);
    if (args.length > 1) {
      const y = asComplex(args[1]);
      r = cQuot(r, cLog(y));
    }
    if (errno !== 0) mathError();
    return mk(r);
  });
  defFunction(m, "phase", (args, kwnames) => {
    const z = asComplex(oneArg("phase", args, kwnames));
    return new PyFloat(L.atan2(z[1], z[0]));
  });
  defFunction(m, "polar", (args, kwnames) => {
    const z = asComplex(oneArg("polar", args, kwnames));
    errno = 0;
    const phi = L.atan2(z[1], z[0]);
    const r = cAbs(z);
    if (errno !== 0) mathError();
    return new PyTuple([new PyFloat(r), new PyFloat(phi)]);
  });
  defFunction(m, "rect", (args, kwnames) => {
    positionalArgs("rect", args, kwnames, 2, 2);
    const r = asDouble(args[0]);
    const phi = asDouble(args[1]);
    let z: C;
    errno = 0;
    if (!isfinite(r) || !isfinite(phi)) {
      if (isinf(r) && isfinite(phi) && phi !== 0) {
        if (r > 0) z = [copysign(INF, L.cos(phi)), copysign(INF, L.sin(phi))];
        else z = [-copysign(INF, L.cos(phi)), -copysign(INF, L.sin(phi))];
      } else z = special(rectSV, [r, phi]);
      errno = r !== 0 && !isnan(r) && isinf(phi) ? EDOM : 0;
    } else if (phi === 0) z = [r, r * phi];
    else z = [r * L.cos(phi), r * L.sin(phi)];
    if (errno !== 0) mathError();
    return mk(z);
  });
  defFunction(m, "isfinite", (args, kwnames) => {
    const z = asComplex(oneArg("isfinite", args, kwnames));
    return isfinite(z[0]) && isfinite(z[1]);
  });
  defFunction(m, "isnan", (args, kwnames) => {
    const z = asComplex(oneArg("isnan", args, kwnames));
    return isnan(z[0]) || isnan(z[1]);
  });
  defFunction(m, "isinf", (args, kwnames) => {
    const z = asComplex(oneArg("isinf", args, kwnames));
    return isinf(z[0]) || isinf(z[1]);
  });
  defFunction(m, "isclose", (args, kwnames) => {
    const [av, bv, rt, at] = clinicArgs("isclose", args, kwnames, ["a", "b", "rel_tol", "abs_tol"], 2, 0, 2);
    const a = asComplex(av!);
    const b = asComplex(bv!);
    const relTol = rt === undefined ? 1e-9 : asDouble(rt);
    const absTol = at === undefined ? 0 : asDouble(at);
    if (relTol < 0 || absTol < 0) throw valueError("tolerances must be non-negative");
    if (a[0] === b[0] && a[1] === b[1]) return true;
    if (isinf(a[0]) || isinf(a[1]) || isinf(b[0]) || isinf(b[1])) return false;
    const diff = cAbs([a[0] - b[0], a[1] - b[1]]);
    return diff <= relTol * cAbs(b) || diff <= relTol * cAbs(a) || diff <= absTol;
  });
  d.set("pi", new PyFloat(PI));
  d.set("e", new PyFloat(E));
  d.set("tau", new PyFloat(2 * PI));
  d.set("inf", new PyFloat(INF));
  d.set("infj", new PyComplex(0, INF));
  d.set("nan", new PyFloat(NaN));
  d.set("nanj", new PyComplex(0, NaN));
}
registerBuiltinModule("cmath", initCmath);


