// The shapes the marshal reader hands to the object model. The reader knows nothing of
// runtime objects: it builds values through a MarshalFactory, so it can be tested alone.

/** The raw fields of a CPython 3.11 code object, as marshal stores them. */
export interface RawCode<V> {
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  stacksize: number;
  flags: number;
  code: Uint8Array; // co_code: 2-byte code units, CACHE entries included
  consts: V[];
  names: string[];
  localsplusnames: string[];
  localspluskinds: Uint8Array; // CO_FAST_LOCAL 0x20, CO_FAST_CELL 0x40, CO_FAST_FREE 0x80
  filename: string;
  name: string;
  qualname: string;
  firstlineno: number;
  linetable: Uint8Array;
  exceptiontable: Uint8Array;
}

/** Builds runtime values for each marshal type. V is the runtime's value type. */
export interface MarshalFactory<V> {
  none(): V;
  bool(b: boolean): V;
  ellipsis(): V;
  stopIteration(): V;
  int(n: number | bigint): V; // number when it is a safe integer, else bigint
  float(x: number): V;
  complex(re: number, im: number): V;
  str(s: string): V; // JS string; non-BMP code points as surrogate pairs
  bytes(b: Uint8Array): V;
  tuple(items: V[]): V;
  list(items: V[]): V;
  dict(pairs: [V, V][]): V;
  set(items: V[]): V;
  frozenset(items: V[]): V;
  code(raw: RawCode<V>): V;
  /** For names/localsplusnames/filename: the JS string a str value holds. */
  asString(v: V): string;
}
