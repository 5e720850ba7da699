// Exact integer arithmetic on the int representation: a safe-integer JS number, or a bigint
// for everything larger (normalised back to a number whenever it fits).
import { overflowError, valueError, zeroDivisionError } from "./exceptions.js";
import { truncDivRem, truncRemainder } from "./bigint-division.js";

export type Int = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

export function normBig(b: bigint): Int {
  return b >= MIN_SAFE && b <= MAX_SAFE ? Number(b) : b;
}
const big = (x: Int): bigint => (typeof x === "bigint" ? x : BigInt(x));

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(big(a) + big(b));
}
export function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(big(a) - big(b));
}
export function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r; // no -0
  }
  return normBig(big(a) * big(b));
}
export function intNeg(a: Int): Int {
  return typeof a === "number" ? (a === 0 ? 0 : -a) : normBig(-a);
}
export function intAbs(a: Int): Int {
  return typeof a === "number" ? Math.abs(a) : normBig(a < 0n ? -a : a);
}
export function intFloorDiv(a: Int, b: Int): Int {
  if (b === 0 || b === 0n) throw zeroDivisionError("integer division or modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    const q = Math.floor(a / b);
    // a / b may round for large operands; verify with exact remainder arithmetic
    if (Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) return q === 0 ? 0 : q;
  }
  const A = big(a), B = big(b);
  let q = truncDivRem(A, B);
  // the division truncates: one step down when the signs differ and it was inexact
  if (A < 0n !== B < 0n && truncRemainder !== 0n) q -= 1n;
  return normBig(q);
}
export function intMod(a: Int, b: Int): Int {
  if (b === 0 || b === 0n) throw zeroDivisionError("integer modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    const r = a % b;
    const m = r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
    return m === 0 ? 0 : m;
  }
  const A = big(a), B = big(b);
  truncDivRem(A, B);
  let r = truncRemainder;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return normBig(r);
}
export function intDivmod(a: Int, b: Int): [Int, Int] {
  if (typeof a === "number" && typeof b === "number") return [intFloorDiv(a, b), intMod(a, b)];
  if (b === 0 || b === 0n) throw zeroDivisionError("integer division or modulo by zero");
  const A = big(a), B = big(b);
  let q = truncDivRem(A, B);
  let r = truncRemainder;
  if (r !== 0n && (r < 0n) !== (B < 0n)) {
    q -= 1n;
    r += B;
  }
  return [normBig(q), normBig(r)];
}
/** int ** int with a non-negative exponent (negative exponents give floats: handled by the caller). */
export function intPow(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  const B = big(b);
  const A = big(a);
  if (A === 1n) return 1;
  if (A === -1n) return B % 2n === 0n ? 1 : -1;
  if (A === 0n) return B === 0n ? 1 : 0;
  if (B > 100_000_000n) throw overflowError("exponent too large");
  return normBig(A ** B);
}
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let M = big(m);
  if (M === 0n) throw valueError("pow() 3rd argument cannot be 0");
  let B = big(b);
  let A = big(a);
  const negMod = M < 0n;
  if (negMod) M = -M;
  if (B < 0n) {
    A = modInverse(A, M);
    B = -B;
  }
  let result = 1n % M;
  A = ((A % M) + M) % M;
  while (B > 0n) {
    if (B & 1n) result = (result * A) % M;
    A = (A * A) % M;
    B >>= 1n;
  }
  if (negMod && result !== 0n) result -= M;
  return normBig(result);
}
function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw valueError("base is not invertible for the given modulus");
  return ((oldS % m) + m) % m;
}
/** 2 ** n for n < 64 (`2 ** n` of a variable n is a call of the engine's pow: 1.7% of wordfreq,
 *  whose random numbers are shifted) */
const POW2 = new Float64Array(64).map((_, n) => 2 ** n);

export function intLshift(a: Int, b: Int): Int {
  if (b < 0) throw valueError("negative shift count");
  if (typeof a === "number" && typeof b === "number" && b < 53) {
    const r = a * POW2[b];
    if (Number.isSafeInteger(r)) return r;
  }
  if (typeof b === "bigint" || b > 1e8) {
    if (a === 0 || a === 0n) return 0;
    throw overflowError("too many digits in integer");
  }
  return normBig(big(a) << BigInt(b));
}
export function intRshift(a: Int, b: Int): Int {
  if (b < 0) throw valueError("negative shift count");
  if (typeof a === "number" && typeof b === "number") {
    if (b >= 53) return a < 0 ? -1 : 0;
    return (a | 0) === a && b < 32 ? a >> b : Math.floor(a / POW2[b]);
  }
  if (typeof b === "bigint") return a < 0 ? -1 : 0;
  return normBig(big(a) >> BigInt(b));
}
export function intAnd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & b;
  return normBig(big(a) & big(b));
}
export function intOr(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a | b;
  return normBig(big(a) | big(b));
}
export function intXor(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a ^ b;
  return normBig(big(a) ^ big(b));
}
export function intInvert(a: Int): Int {
  return intSub(intNeg(a), 1);
}
export function intCompare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0; // JS compares number with bigint exactly
}
export function intToFloat(a: Int): number {
  if (typeof a === "number") return a;
  const f = Number(a); // correctly rounded (round-half-even) by the spec
  if (!Number.isFinite(f)) throw overflowError("int too large to convert to float");
  return f;
}
/** int / int: correctly rounded true division. */
export function intTrueDiv(a: Int, b: Int): number {
  if (b === 0 || b === 0n) throw zeroDivisionError("division by zero");
  if (typeof a === "number" && typeof b === "number" && Math.abs(a) <= 2 ** 53 && Math.abs(b) <= 2 ** 53) return a / b;
  // CPython's long_true_divide: a quotient with 2 or 3 bits past the double's precision (fewer
  // in the subnormal range), rounded half-even by hand with the remainder as a sticky bit
  const A = big(a), B = big(b);
  const neg = (A < 0n) !== (B < 0n);
  const an = A < 0n ? -A : A, bn = B < 0n ? -B : B;
  if (an === 0n) return neg ? -0 : 0;
  const MANT = 53, MIN_EXP = -1021, MAX_EXP = 1024;
  const diff = bitLength(an) - bitLength(bn);
  if (diff > MAX_EXP) throw overflowError("integer division result too large for a float");
  if (diff < MIN_EXP - MANT - 1) return neg ? -0 : 0;
  const shift = Math.max(diff, MIN_EXP) - MANT - 2;
  let x: bigint;
  let inexact: boolean;
  if (shift >= 0) {
    const d = bn << BigInt(shift);
    x = an / d;
    inexact = an % d !== 0n;
  } else {
    const n = an << BigInt(-shift);
    x = n / bn;
    inexact = n % bn !== 0n;
  }
  const xBits = bitLength(x);
  const extra = Math.max(xBits, MIN_EXP - shift) - MANT;
  const mask = 1n << BigInt(extra - 1);
  const low = (x & (2n * mask - 1n)) | (inexact ? 1n : 0n);
  if ((low & mask) !== 0n && (low & (3n * mask - 1n)) !== 0n) x += mask;
  x &= ~(2n * mask - 1n);
  const dx = Number(x); // exact: x now fits the double's precision
  if (shift + xBits >= MAX_EXP && (shift + xBits > MAX_EXP || dx === 2 ** xBits)) throw overflowError("integer division result too large for a float");
  // ldexp in two steps, so that no intermediate power of two underflows
  const s1 = Math.max(shift, -1000);
  const r = dx * 2 ** s1 * 2 ** (shift - s1);
  return neg ? -r : r;
}
export function bitLength(a: Int): number {
  if (typeof a === "number") {
    a = Math.abs(a);
    return a === 0 ? 0 : a < 2 ** 31 ? 32 - Math.clz32(a) : Math.floor(Math.log2(a)) + 1 - (2 ** Math.floor(Math.log2(a)) > a ? 1 : 0);
  }
  const x = a < 0n ? -a : a;
  return x.toString(2).length;
}

const HASH_MODULUS = (1n << 61n) - 1n;
/** CPython's hash(int): reduction modulo 2**61 - 1, with -1 mapped to -2. */
/** The VM's hash of an int (dicts and sets probe by it): CPython's hash below 2^52 in
 *  magnitude, else foldHashValue of it. */
export function intHash(a: Int): number {
  if (typeof a === "number" && a >= 0 && a < 2 ** 52) return a;
  if (typeof a === "number" && a < 0 && a > -(2 ** 52)) return a === -1 ? -2 : a;
  const A = big(a);
  const neg = A < 0n;
  let h = (neg ? -A : A) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return foldHashValue(h);
}

const LOW52 = (1n << 52n) - 1n;

/** A hash value CPython computes (up to 2^61 in magnitude) as the VM's number hash: the value
 *  itself below 2^52, else its sign and the low 52 bits of its magnitude, which have the low
 *  bits of the exact value's two's complement — the bits a table's first probes start from —
 *  where Number() of the value would round them away. Ints, floats and Fraction-like hashes
 *  that are equal in CPython stay equal here. */
export function foldHashValue(h: Int): number {
  if (typeof h === "number") return h >= 2 ** 52 ? h % 2 ** 52 : h <= -(2 ** 52) ? -(-h % 2 ** 52) || 0 : h;
  return h < 0n ? -Number(-h & LOW52) || 0 : Number(h & LOW52);
}

/** hash(int) exactly as CPython prints it (a bigint where it exceeds 2**53). */
export function intHashExact(a: Int): Int {
  if (typeof a === "number" && Math.abs(a) < 2 ** 52) return a === -1 ? -2 : a;
  const A = big(a);
  const neg = A < 0n;
  let h = (neg ? -A : A) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

const FLOAT_BITS = new Float64Array(1);
const FLOAT_WORDS = new Uint32Array(FLOAT_BITS.buffer);
const HI_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
/** 2 ** n for -64 <= n < 128 at [n + 64] (`2 ** n` of a variable n calls the engine's pow) */
const POW2_AROUND = new Float64Array(192).map((_, i) => 2 ** (i - 64));

/** foldHashValue(floatHashExact(x)) for a finite x that is not an integer, in doubles: with
 *  |x| = M * 2**E (M < 2**53) and k = E mod 61, CPython's hash is M * 2**k mod (2**61 - 1), that
 *  is M * 2**k's low 61 bits with its bits from 61 up added in (a rotation: they do not
 *  overlap); its low 52 bits are (M * 2**k) mod 2**52 plus floor(M * 2**(k - 61)). Every step is
 *  exact: M * 2**k is a power-of-two scaling of halves of M, and % of doubles is exact. */
export function floatTableHash(x: number): number {
  FLOAT_BITS[0] = x;
  const hi = FLOAT_WORDS[HI_WORD], lo = FLOAT_WORDS[1 - HI_WORD];
  const biased = (hi >>> 20) & 0x7ff;
  const top = hi & 0xfffff;
  const m = biased === 0 ? top * 2 ** 32 + lo : (top + 0x100000) * 2 ** 32 + lo;
  const e = biased === 0 ? -1074 : biased - 1075;
  const k = ((e % 61) + 61) % 61;
  const mh = Math.floor(m / 2 ** 26), ml = m - mh * 2 ** 26;
  const low = (((mh * POW2_AROUND[k + 90]) % 2 ** 52) + ((ml * POW2_AROUND[k + 64]) % 2 ** 52)) % 2 ** 52;
  const r = low + Math.floor(m * POW2_AROUND[k + 3]);
  if (x > 0) return r;
  // -r, but a hash of -1 is -2 (the whole hash is 1 when M * 2**k is 2**61)
  return m * POW2_AROUND[k + 64] === 2 ** 61 ? -2 : -r || 0;
}

/** hash(float) exactly as CPython: for x = M * 2**E, (M * 2**(E mod 61)) mod (2**61 - 1). */
export function floatHashExact(x: number): Int {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 0 : x > 0 ? 314159 : -314159;
  if (x === 0) return 0;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const biased = hi >>> 20;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  const e = ((exp % 61) + 61) % 61;
  let h = ((mant % HASH_MODULUS) << BigInt(e)) % HASH_MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}
