// Division of long bigints whose quotient is short. V8's BigInt division takes time that grows
// with the divisor's length whatever the quotient's (measured on Node 20: a 16000-bit number
// divided by one a few bits shorter, 7.9 µs; the same as an estimate and a multiply-and-subtract,
// 1.6 µs), and programs such as digit spigots divide numbers of thousands of bits whose quotient
// is a digit. For a divisor of at least LONG_DIVISOR bits and a quotient under 2^32, the quotient
// is estimated from both operands' leading 52 bits in floating point (within one of the truth)
// and corrected by the exact remainder; anything else is V8's division.

/** divisors below this go to V8's division (both ways cost the same near 3000 bits) */
const LONG_DIVISOR = 1n << 3072n;

/** the remainder of the last truncDivRem (a module variable, so no pair is allocated) */
export let truncRemainder = 0n;

/** a and b truncated as JavaScript's `/` does; truncRemainder = a - q * b (the sign of a) */
export function truncDivRem(a: bigint, b: bigint): bigint {
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  if (absB >= LONG_DIVISOR) {
    const shift = BigInt(approxBitLength(absB) - 52);
    const leadA = Number(absA >> shift); // < 2^84 when the quotient is below 2^32
    if (leadA < 2 ** 84) {
      let q = BigInt(Math.floor(leadA / Number(absB >> shift)));
      let r = absA - q * absB;
      while (r < 0n) {
        q -= 1n;
        r += absB;
      }
      while (r >= absB) {
        q += 1n;
        r -= absB;
      }
      truncRemainder = a < 0n ? -r : r;
      return a < 0n !== b < 0n ? -q : q;
    }
  }
  const q = a / b;
  truncRemainder = a - q * b;
  return q;
}

/** the last bit length found: numbers a program divides grow or shrink a little at a time, so
 *  the next search starts there (a hint for speed only) */
let bitLengthHint = 0;

/** x's bit length, or one more (x > 0): found by shifting x right until Number() of what is left
 *  is finite and not tiny, a shift that costs what it leaves */
function approxBitLength(x: bigint): number {
  let shift = bitLengthHint > 768 ? bitLengthHint - 768 : 0;
  let tooSmall = -1; // a shift that left more than 2^1024
  let tooLarge = -1; // a shift that left less than 2^256
  for (;;) {
    const lead = Number(x >> BigInt(shift));
    if (lead === Infinity) tooSmall = shift;
    else if (lead < 2 ** 256 && shift > 0) tooLarge = shift;
    else return (bitLengthHint = shift + Math.floor(Math.log2(lead)) + 1);
    shift = tooLarge < 0 ? shift * 2 + 1024 : tooSmall < 0 ? tooLarge >> 1 : (tooSmall + tooLarge) >> 1;
  }
}
