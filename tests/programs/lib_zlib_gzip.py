# zlib one-shot and streaming (levels, window sizes, raw/gzip/auto-detect, zdict, max_length), errors, gzip files
import zlib, gzip, io
data = open(__file__, 'rb').read() * 20
for lvl in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, lvl)
    print(lvl, len(c), zlib.crc32(c), zlib.decompress(c) == data)
for wbits in (-15, 9, 15, 31):
    c = zlib.compress(data, 6, wbits)
    print(wbits, len(c), zlib.adler32(c), zlib.decompress(c, wbits) == data, zlib.decompress(c, 47) == data if wbits > 0 else '')
co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
parts = [co.compress(data[i:i+1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b"tail"))
parts.append(co.flush())
blob = b"".join(parts)
print(len(blob), [len(p) for p in parts][:5], zlib.crc32(blob))
do = zlib.decompressobj(-12)
out = do.decompress(blob + b"extra", 500)
print(len(out), len(do.unconsumed_tail), do.eof, do.unused_data)
rest = do.decompress(do.unconsumed_tail)
print(len(out) + len(rest), do.eof, do.unused_data, (out + rest) == data + b"tail")
zd = b"the quick brown fox"
c = zlib.compressobj(zdict=zd)
x = c.compress(b"the quick brown fox jumps over the lazy dog") + c.flush()
d = zlib.decompressobj(zdict=zd)
print(x.hex(), d.decompress(x))
try:
    zlib.decompress(b"garbage data")
except zlib.error as e:
    print("error:", e)
try:
    zlib.decompress(zlib.compress(data)[:-10])
except zlib.error as e:
    print("error:", e)
try:
    zlib.compress(b"x", 12)
except zlib.error as e:
    print("error:", e)
try:
    zlib.decompressobj(99)
except ValueError as e:
    print("ValueError:", e)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(data)
print(len(buf.getvalue()), zlib.crc32(buf.getvalue()))
print(gzip.decompress(buf.getvalue()) == data)
print(zlib.adler32(b""), zlib.adler32(b"abc", 0xffffffff), zlib.crc32(b"abc", 0xffffffff))
print(type(co).__name__, type(do), zlib.error.__mro__)
