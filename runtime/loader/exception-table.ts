// The CPython 3.11 exception table (co_exceptiontable), per Objects/exception_handling_notes.txt.
//
// Each entry is four varints: start, length, target, depth_lasti (depth << 1 | lasti).
// A varint is big-endian 6-bit chunks; bit 0x40 means "more chunks follow"; the first
// byte of every entry carries the start marker 0x80. All positions are in code units
// (2-byte instruction words), as CPython stores them.

export interface ExceptionTableEntry {
  /** First covered code unit (inclusive). */
  start: number;
  /** End of the covered range (exclusive). */
  end: number;
  /** Handler code unit. */
  target: number;
  /** Value-stack depth to pop back to before pushing the exception. */
  depth: number;
  /** Whether to push the offset of the raising instruction (lasti) before the exception. */
  lasti: boolean;
}

/**
 * Decode a whole exception table. Entries come out in table order (sorted by start, not
 * overlapping). A trailing incomplete entry is dropped, as dis._parse_exception_table does.
 */
export function parseExceptionTable(bytes: Uint8Array): ExceptionTableEntry[] {
  const out: ExceptionTableEntry[] = [];
  const n = bytes.length;
  let pos = 0;
  // Reads one varint starting at `pos`; returns -1 when the data runs out.
  const varint = (): number => {
    if (pos >= n) return -1;
    let b = bytes[pos++]!;
    let val = b & 63;
    while (b & 64) {
      if (pos >= n) return -1;
      b = bytes[pos++]!;
      val = val * 64 + (b & 63);
    }
    return val;
  };
  while (pos < n) {
    const start = varint();
    const length = varint();
    const target = varint();
    const dl = varint();
    if (start < 0 || length < 0 || target < 0 || dl < 0) break;
    out.push({ start, end: start + length, target, depth: Math.floor(dl / 2), lasti: (dl & 1) === 1 });
  }
  return out;
}

/**
 * The handler covering code unit `offset` (the index of the instruction that raised),
 * or undefined when the exception propagates out of the frame.
 */
export function findHandler(table: ExceptionTableEntry[], offset: number): ExceptionTableEntry | undefined {
  // Entries are sorted by start and do not overlap: binary search for the last start <= offset.
  let lo = 0;
  let hi = table.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (table[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return undefined;
  const e = table[found]!;
  return offset < e.end ? e : undefined;
}
