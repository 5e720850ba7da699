# hashlib's SHA-3, SHAKE and BLAKE2 (default parameters) back ends; sys.implementation.version and
# struct sequence type names.
import hashlib, sys
for n in ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    h = hashlib.new(n, b"abc"); h2 = h.copy(); h2.update(b"d")
    print(n, h.hexdigest(), h2.hexdigest()[:16], h.digest_size, h.block_size, h.name)
print(hashlib.shake_128(b"abc").hexdigest(10), hashlib.shake_256(b"x").digest(5), hashlib.blake2b(b"q", digest_size=64).hexdigest()[:8])
print(sorted(hashlib.algorithms_guaranteed))
print(type(sys.implementation.version).__name__, len(sys.implementation.version))
import sys; print(type(sys.version_info), type(sys.version_info).__name__, sys.version_info, type(sys.float_info), sys.hash_info.width)
