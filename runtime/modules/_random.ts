// The _random module: the Mersenne Twister (MT19937) behind Lib/random.py, giving the same
// 32-bit outputs, floats and getrandbits() values as CPython's Modules/_randommodule.c for the
// same seed. random.Random subclasses _random.Random, so the generator state lives in the
// instance itself (the type's `alloc` makes a PyRandom for every subclass too).
import { nodeCrypto } from "../host/node-lazy.js";
import { None, PyBoxed, PyDict, PyFloat, PyObject, PyTuple, PyType, builtinType, objectType } from "../objects/core.js";
import { method, positional, setNew } from "../objects/define.js";
import { overflowError, typeError, valueError } from "../objects/exceptions.js";
import { normBig } from "../objects/int.js";
import { hash, index, typeOf } from "../objects/protocol.js";
import { allocInstance } from "../objects/typeobj.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { cIntArg } from "./small-util.js";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** The generator proper: 624 words of state and the index of the next one to temper. */
export class MersenneTwister {
  mt = new Uint32Array(N);
  index = 0;

  /** A uniformly distributed 32-bit unsigned integer (genrand_uint32). */
  nextU32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A float in [0, 1) with 53 random bits (genrand_res53). */
  nextDouble(): number {
    const a = this.nextU32() >>> 5;
    const b = this.nextU32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, p) + i) >>> 0;
    }
    this.index = N;
  }

  initByArray(key: Uint32Array | number[]): void {
    const mt = this.mt;
    const len = key.length;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = N > len ? N : len; k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** Seeds from a non-negative integer: its 32-bit chunks, least significant first. */
  seedInt(n: bigint): void {
    const key: number[] = [];
    do {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    } while (n > 0n);
    this.initByArray(key);
  }

  /** Seeds from the OS entropy source (random_seed_urandom). */
  seedRandom(): void {
    const key = new Uint32Array(N);
    nodeCrypto().randomFillSync(key);
    this.initByArray(key);
  }

  /** An int of k random bits, k > 0 (getrandbits). */
  randBits(k: number): number | bigint {
    if (k <= 32) return this.nextU32() >>> (32 - k);
    if (k <= 53) {
      // two words, low word first, as the general case below
      const lo = this.nextU32();
      const hi = this.nextU32() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    // 32-bit words, least significant first, joined as hex digits (linear in k, where shifting
    // each word into a growing bigint would be quadratic)
    const words: string[] = [];
    for (let left = k; left > 0; left -= 32) {
      let r = this.nextU32();
      if (left < 32) r >>>= 32 - left;
      words.push(r.toString(16).padStart(8, "0"));
    }
    return normBig(BigInt("0x" + words.reverse().join("")));
  }
}

/** A _random.Random instance (or an instance of a subclass such as random.Random). */
export class PyRandom extends MersenneTwister {
  dict: PyDict | null = null;
  constructor(public cls: PyType) {
    super();
  }
}

export const randomType = builtinType("Random", objectType);
randomType.alloc = (cls) => new PyRandom(cls);
randomType.dict.map.set("__module__", "_random");
randomType.dict.map.set("__doc__", "Random() -> create a random number generator with its own internal state.");

function self_(x: PyObject): PyRandom {
  if (x instanceof PyRandom) return x;
  throw typeError(`descriptor requires a '_random.Random' object but received a '${typeOf(x).name}'`);
}

const HASH_BITS = 61n;
const HASH_MODULUS = (1n << HASH_BITS) - 1n;
/** CPython's hash() of a float (_Py_HashDouble), so float seeds give CPython's sequences. */
export function cpythonFloatHash(v: number): bigint {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 0n : v > 0 ? 314159n : -314159n;
  if (v === 0) return 0n;
  const sign = v < 0 ? -1n : 1n;
  let m = Math.abs(v);
  // frexp: m in [0.5, 1), v = m * 2**e
  let e = 0;
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  let x = 0n;
  while (m !== 0) {
    x = ((x << 28n) & HASH_MODULUS) | (x >> (HASH_BITS - 28n));
    m *= 268435456;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  const ee = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << ee) & HASH_MODULUS) | (x >> (HASH_BITS - ee));
  x *= sign;
  if (x === -1n) x = -2n;
  return x;
}

/** random_seed(): None → entropy; int → |n|; anything else → its hash as an unsigned 64-bit value. */
export function seedFrom(r: MersenneTwister, arg: PyObject | undefined): void {
  if (arg === undefined || arg === None) {
    r.seedRandom();
    return;
  }
  let n: bigint;
  if (typeof arg === "number" || typeof arg === "bigint") n = BigInt(arg);
  else if (typeof arg === "boolean") n = arg ? 1n : 0n;
  else if (arg instanceof PyBoxed && (typeof arg.value === "number" || typeof arg.value === "bigint")) n = BigInt(arg.value);
  else {
    const h = arg instanceof PyFloat ? cpythonFloatHash(arg.value) : BigInt(hash(arg));
    n = BigInt.asUintN(64, h);
  }
  if (n < 0n) n = -n;
  r.seedInt(n);
}

setNew(randomType, (cls) => allocInstance(cls));

method(randomType, "__init__", (self, args, kwnames) => {
  const r = self_(self);
  const mro = r.cls.mro;
  const initOverridden = mro.slice(0, mro.indexOf(randomType)).some((k) => k.dict.map.has("__init__"));
  if (kwnames !== null && kwnames.length > 0 && !initOverridden) throw typeError("Random() takes no keyword arguments");
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > 1) throw typeError("Random() requires 0 or 1 argument");
  seedFrom(r, npos === 1 ? args[0] : undefined);
  return None;
});

method(randomType, "seed", (self, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError("Random.seed() takes no keyword arguments");
  const [n] = positional("seed", args, kwnames, 0, 1);
  seedFrom(self_(self), n);
  return None;
});

method(randomType, "random", (self, args, kwnames) => {
  positional("random", args, kwnames, 0, 0);
  return new PyFloat(self_(self).nextDouble());
});

method(randomType, "getrandbits", (self, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError("Random.getrandbits() takes no keyword arguments");
  const [kArg] = positional("getrandbits", args, kwnames, 1, 1);
  const k = cIntArg(kArg);
  if (k < 0) throw valueError("number of bits must be non-negative");
  if (k === 0) return 0;
  return self_(self).randBits(k);
});

method(randomType, "getstate", (self, args, kwnames) => {
  positional("getstate", args, kwnames, 0, 0);
  const r = self_(self);
  const items: PyObject[] = Array.from(r.mt);
  items.push(r.index);
  return new PyTuple(items);
});

method(randomType, "setstate", (self, args, kwnames) => {
  const [state] = positional("setstate", args, kwnames, 1, 1);
  const r = self_(self);
  if (!(state instanceof PyTuple)) throw typeError("state vector must be a tuple");
  if (state.items.length !== N + 1) throw valueError("state vector is the wrong size");
  const fresh = new Uint32Array(N);
  for (let i = 0; i < N; i++) {
    const v = state.items[i];
    let n: bigint;
    if (typeof v === "number" || typeof v === "bigint") n = BigInt(v);
    else if (typeof v === "boolean") n = v ? 1n : 0n;
    else if (v instanceof PyBoxed && (typeof v.value === "number" || typeof v.value === "bigint")) n = BigInt(v.value);
    else throw typeError("an integer is required");
    if (n < 0n) throw overflowError("can't convert negative value to unsigned int");
    if (n > 0xffffffffffffffffn) throw overflowError("Python int too large to convert to C unsigned long");
    fresh[i] = Number(n & 0xffffffffn);
  }
  const idxObj = index(state.items[N]);
  if (typeof idxObj === "bigint") {
    if (idxObj > 0x7fffffffffffffffn || idxObj < -0x8000000000000000n) throw overflowError("Python int too large to convert to C long");
    throw valueError("invalid state");
  }
  if (idxObj < 0 || idxObj > N) throw valueError("invalid state");
  r.index = idxObj;
  r.mt.set(fresh);
  return None;
});

registerBuiltinModule("_random", (m) => {
  m.dict.map.set("__doc__", "Module implements the Mersenne Twister random number generator.");
  m.dict.map.set("Random", randomType);
});
