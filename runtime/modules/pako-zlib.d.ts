// Types for the parts of pako's zlib port that runtime/modules/zlib.ts uses (its low-level
// z_stream API, which mirrors zlib's C API).
declare module "pako/lib/zlib/zstream.js" {
  class ZStream {
    input: Uint8Array | null;
    next_in: number;
    avail_in: number;
    total_in: number;
    output: Uint8Array | null;
    next_out: number;
    avail_out: number;
    total_out: number;
    msg: string;
    state: unknown;
    adler: number;
  }
  export default ZStream;
}
declare module "pako/lib/zlib/deflate.js" {
  import type ZStream from "pako/lib/zlib/zstream.js";
  const d: {
    deflateInit2(strm: ZStream, level: number, method: number, windowBits: number, memLevel: number, strategy: number, legacyHash: boolean): number;
    deflate(strm: ZStream, flush: number): number;
    deflateEnd(strm: ZStream): number;
    deflateSetDictionary(strm: ZStream, dict: Uint8Array): number;
  };
  export default d;
}
declare module "pako/lib/zlib/inflate.js" {
  import type ZStream from "pako/lib/zlib/zstream.js";
  const i: {
    inflateInit2(strm: ZStream, windowBits: number): number;
    inflate(strm: ZStream, flush: number): number;
    inflateEnd(strm: ZStream): number;
    inflateSetDictionary(strm: ZStream, dict: Uint8Array): number;
  };
  export default i;
}
