// The VM's table hashes against exact arithmetic: the float hash computed in doubles
// (floatTableHash) against CPython's definition in BigInt (floatHashExact, folded), and the long
// division's estimate-and-correct path against V8's division.
import { describe, it, expect } from "vitest";
import { floatHashExact, floatTableHash, foldHashValue } from "../../runtime/objects/int.js";
import { truncDivRem, truncRemainder } from "../../runtime/objects/bigint-division.js";

/** a deterministic stream of 32-bit words (xorshift) */
function words(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
}

describe("table hashes", () => {
  it("hash a float in doubles exactly as CPython's hash folded (random bit patterns and edges)", () => {
    const next = words(20261207);
    const bits = new Float64Array(1);
    const w = new Uint32Array(bits.buffer);
    const xs: number[] = [2 ** -61, -(2 ** -61), 5e-324, -5e-324, 0.5, -0.5, 1.5, -1.5, 0.1, 1e-300, 2 ** 52 + 0.5];
    for (let e = -1074; e < 53; e += 7) xs.push(3 * 2 ** e, -(2 ** e) * 1.75);
    for (let i = 0; i < 200_000; i++) {
      w[0] = next();
      w[1] = next();
      xs.push(bits[0]);
    }
    let checked = 0;
    const wrong: string[] = [];
    for (const x of xs) {
      if (!Number.isFinite(x) || Number.isInteger(x)) continue;
      checked++;
      const fast = floatTableHash(x);
      const exact = foldHashValue(floatHashExact(x));
      if (fast !== exact) wrong.push(`${x}: ${fast} against ${exact}`);
    }
    // (random patterns: about half are integers or not finite)
    expect(checked).toBeGreaterThan(100_000);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("fold a hash the same whether it is a number or a bigint", () => {
    for (const h of [0, 1, -2, 2 ** 52 - 1, 2 ** 52, 2 ** 52 + 5, 2 ** 53 - 1, -(2 ** 52), -(2 ** 53 - 1)]) {
      expect(foldHashValue(h)).toBe(foldHashValue(BigInt(h)));
    }
  });
});

describe("long division", () => {
  it("divide as V8 does, on divisors around the estimate's threshold and quotients around 2^32", () => {
    const next = words(77);
    const big = (bitsWanted: number): bigint => {
      let n = 1n;
      while (n < 1n << BigInt(bitsWanted)) n = (n << 32n) | BigInt(next());
      return n >> (BigInt(n.toString(2).length) - BigInt(bitsWanted));
    };
    let cases = 0;
    for (const divisorBits of [3000, 3072, 3073, 5000, 20000]) {
      for (const q of [0n, 1n, 9n, (1n << 32n) - 1n, 1n << 32n, 1n << 40n, 1n << 300n]) {
        for (let r = 0; r < 4; r++) {
          const b = big(divisorBits);
          const a = q * b + (r === 0 ? 0n : r === 1 ? b - 1n : big(divisorBits - 3));
          for (const [x, y] of [
            [a, b],
            [-a, b],
            [a, -b],
            [-a, -b],
          ]) {
            expect(truncDivRem(x, y)).toBe(x / y);
            expect(truncRemainder).toBe(x % y);
            cases++;
          }
        }
      }
    }
    expect(cases).toBe(5 * 7 * 4 * 4);
  });
});
