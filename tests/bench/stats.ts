// Small statistics helpers.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function geomean(xs: readonly number[]): number {
  const pos = xs.filter((x) => x > 0 && Number.isFinite(x));
  if (pos.length === 0) return NaN;
  return Math.exp(pos.reduce((acc, x) => acc + Math.log(x), 0) / pos.length);
}

export function minOf(xs: readonly number[]): number {
  return xs.length ? Math.min(...xs) : NaN;
}

export function maxOf(xs: readonly number[]): number {
  return xs.length ? Math.max(...xs) : NaN;
}

/** Median of the values a key selects, ignoring runs where it is missing. */
export function medianOf<T>(items: readonly T[], pick: (t: T) => number | undefined): number | undefined {
  const xs: number[] = [];
  for (const it of items) {
    const v = pick(it);
    if (typeof v === "number" && Number.isFinite(v)) xs.push(v);
  }
  return xs.length ? median(xs) : undefined;
}
