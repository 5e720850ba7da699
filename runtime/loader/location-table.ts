// The CPython 3.11 location table (co_linetable), per Objects/locations.md.
//
// Each entry starts with a byte 1CCCCLLL: code C (0..15) and length L+1 code units.
//   0..9   short form: line unchanged; next byte 0AAABBBB gives col = C*8 + AAA,
//          endCol = col + BBBB
//   10..12 one-line form: line += C - 10; next two bytes are col and endCol
//   13     no column info: line += svarint; col/endCol none
//   14     long form: line += svarint; endLine = line + varint; col = varint - 1;
//          endCol = varint - 1 (so 0 encodes "none")
//   15     no location at all (line, endLine, col, endCol all none)
// varint: little-endian 6-bit chunks, 0x40 = more follow. svarint: varint v with the sign
// in bit 0 (v >> 1, negated when v & 1).

export interface Location {
  /** 1-based line, or -1 for none. */
  line: number;
  /** Last line, or -1 for none. */
  endLine: number;
  /** 0-based start column in UTF-8 bytes, or -1 for none. */
  col: number;
  /** 0-based end column (exclusive) in UTF-8 bytes, or -1 for none. */
  endCol: number;
}

const NO_LOCATION: Location = Object.freeze({ line: -1, endLine: -1, col: -1, endCol: -1 });

/**
 * The location of every code unit (result index = code unit), as code.co_positions()
 * reports them (with -1 for None). Code units past the end of the table, or after a
 * malformed entry, get the "no location" value.
 */
export function decodeLocations(linetable: Uint8Array, firstlineno: number, codeUnits: number): Location[] {
  const out = new Array<Location>(codeUnits);
  const n = linetable.length;
  let pos = 0;
  let unit = 0;
  let line = firstlineno;

  const byte = (): number => (pos < n ? linetable[pos++]! : -1);
  const varint = (): number => {
    let shift = 1;
    let b = byte();
    if (b < 0) return -1;
    let val = b & 63;
    while (b & 64) {
      b = byte();
      if (b < 0) return -1;
      shift *= 64;
      val += (b & 63) * shift;
    }
    return val;
  };
  const svarint = (): number | null => {
    const v = varint();
    if (v < 0) return null;
    const mag = Math.floor(v / 2);
    return v & 1 ? -mag : mag;
  };

  decode: while (pos < n && unit < codeUnits) {
    const first = linetable[pos++]!;
    if ((first & 0x80) === 0) break; // not at an entry start: corrupt table
    const code = (first >> 3) & 15;
    const length = (first & 7) + 1;
    let loc: Location;
    switch (code) {
      case 15:
        loc = NO_LOCATION;
        break;
      case 14: {
        const d = svarint();
        const dEnd = varint();
        const col = varint();
        const endCol = varint();
        if (d === null || dEnd < 0 || col < 0 || endCol < 0) break decode;
        line += d;
        loc = { line, endLine: line + dEnd, col: col - 1, endCol: endCol - 1 };
        break;
      }
      case 13: {
        const d = svarint();
        if (d === null) break decode;
        line += d;
        loc = { line, endLine: line, col: -1, endCol: -1 };
        break;
      }
      case 10:
      case 11:
      case 12: {
        const col = byte();
        const endCol = byte();
        if (col < 0 || endCol < 0) break decode;
        line += code - 10;
        loc = { line, endLine: line, col, endCol };
        break;
      }
      default: {
        const second = byte();
        if (second < 0) break decode;
        const col = code * 8 + ((second >> 4) & 7);
        loc = { line, endLine: line, col, endCol: col + (second & 15) };
        break;
      }
    }
    // One shared object per entry: treat Location values as read-only.
    const stop = Math.min(codeUnits, unit + length);
    while (unit < stop) out[unit++] = loc;
  }
  while (unit < codeUnits) out[unit++] = NO_LOCATION;
  return out;
}
