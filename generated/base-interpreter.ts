// Generated from spec/thin-ops.yaml, spec/fat-ops.yaml, spec/cpython/3.11.yaml by generator/emit-base-interpreter.ts — do not edit; run `npm run gen`.
// (Edit the spec, or the generator, instead.)
// The base interpreter: runs a frame's fat bytecode. Each case is the fat op's decomposition
// with the thin-op bodies inlined (see generator/lower.ts), so every op's meaning is the one
// written in spec/thin-ops.yaml.
import type {
  PyCell,
  PyCode,
  PyDict,
  PyFloat,
  PyFunction,
  PyList,
  PyNativeIterator,
  PyObject,
  PyTuple,
  PyType,
} from "../runtime/objects/core.js";
import type { Frame, Slot } from "../runtime/interp/frame.js";
import * as rt from "../runtime/interp/support.js";
import * as unwind from "../runtime/interp/unwind.js";
import type { FatOpName } from "./opcodes.js";
import { counters } from "../runtime/interp/counters.js";
import { backEdge, tracing } from "../runtime/tracing/supervisor.js";
import { pendingSignals } from "../runtime/host/signals.js";
import * as adaptive from "../runtime/interp/adaptive.js";

// Specialised families (spec/fat-ops.yaml `families`): per opcode number, how often a form ran
// (hits), handed over to its generic op (misses), was chosen by specialisation; per generic op,
// how often specialisation found no form.
// per opcode: 1 when its case stores frame.lasti before running (emit-base-interpreter.ts needsLasti)
const STORES_LASTI = new Uint8Array([
  1, 0, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1,
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
]);
const formHits = new Float64Array(256);
const formMisses = new Float64Array(256);
const formSpecialised = new Float64Array(256);
const familyFailed = new Float64Array(256);

/** The families and their forms, with their counts so far (`--stats`). */
export function specialisationStats(): {
  family: string;
  specialiseFailed: number;
  forms: { form: string; specialised: number; hits: number; misses: number }[];
}[] {
  return FAMILIES.map((f) => ({
    family: f.name,
    specialiseFailed: familyFailed[f.number],
    forms: f.forms.map((form) => ({
      form: form.name,
      specialised: formSpecialised[form.number],
      hits: formHits[form.number],
      misses: formMisses[form.number],
    })),
  }));
}

const FAMILIES: { name: string; number: number; forms: { name: string; number: number }[] }[] = [
  {
    name: "BINARY_OP",
    number: 122,
    forms: [
      { name: "BINARY_OP_ADD_INT", number: 180 },
      { name: "BINARY_OP_SUBTRACT_INT", number: 181 },
      { name: "BINARY_OP_MULTIPLY_INT", number: 182 },
      { name: "BINARY_OP_ADD_FLOAT", number: 183 },
      { name: "BINARY_OP_SUBTRACT_FLOAT", number: 184 },
      { name: "BINARY_OP_MULTIPLY_FLOAT", number: 185 },
      { name: "BINARY_OP_ADD_UNICODE", number: 186 },
      { name: "BINARY_OP_FLOAT", number: 187 },
      { name: "BINARY_OP_INT", number: 188 },
      { name: "BINARY_OP_FLOAT_INT", number: 189 },
      { name: "BINARY_OP_INT_FLOAT", number: 190 },
      { name: "BINARY_OP_PY_METHOD", number: 191 },
    ],
  },
  {
    name: "COMPARE_OP",
    number: 107,
    forms: [
      { name: "COMPARE_OP_INT", number: 192 },
      { name: "COMPARE_OP_FLOAT", number: 193 },
      { name: "COMPARE_OP_STR", number: 194 },
    ],
  },
  {
    name: "BINARY_SUBSCR",
    number: 25,
    forms: [
      { name: "BINARY_SUBSCR_LIST_INT", number: 195 },
      { name: "BINARY_SUBSCR_TUPLE_INT", number: 196 },
      { name: "BINARY_SUBSCR_DICT", number: 197 },
    ],
  },
  {
    name: "STORE_SUBSCR",
    number: 60,
    forms: [
      { name: "STORE_SUBSCR_LIST_INT", number: 198 },
      { name: "STORE_SUBSCR_DICT", number: 199 },
    ],
  },
  {
    name: "UNPACK_SEQUENCE",
    number: 92,
    forms: [
      { name: "UNPACK_SEQUENCE_TWO_TUPLE", number: 200 },
      { name: "UNPACK_SEQUENCE_TUPLE", number: 201 },
      { name: "UNPACK_SEQUENCE_LIST", number: 202 },
    ],
  },
  {
    name: "LOAD_ATTR",
    number: 106,
    forms: [
      { name: "LOAD_ATTR_INSTANCE_VALUE_POLY", number: 203 },
      { name: "LOAD_ATTR_INSTANCE_VALUE", number: 204 },
      { name: "LOAD_ATTR_SLOT", number: 205 },
    ],
  },
  {
    name: "STORE_ATTR",
    number: 95,
    forms: [
      { name: "STORE_ATTR_INSTANCE_VALUE_POLY", number: 206 },
      { name: "STORE_ATTR_INSTANCE_VALUE", number: 207 },
      { name: "STORE_ATTR_SLOT", number: 208 },
    ],
  },
  {
    name: "LOAD_METHOD",
    number: 160,
    forms: [
      { name: "LOAD_METHOD_WITH_VALUES_POLY", number: 209 },
      { name: "LOAD_METHOD_WITH_VALUES", number: 210 },
      { name: "LOAD_METHOD_NO_DICT", number: 211 },
    ],
  },
  {
    name: "LOAD_GLOBAL",
    number: 116,
    forms: [
      { name: "LOAD_GLOBAL_MODULE", number: 212 },
      { name: "LOAD_GLOBAL_BUILTIN", number: 213 },
    ],
  },
  {
    name: "CALL",
    number: 171,
    forms: [
      { name: "CALL_PY_EXACT_ARGS", number: 214 },
      { name: "CALL_PY_METHOD_EXACT_ARGS", number: 215 },
      { name: "CALL_PY_INIT_EXACT_ARGS", number: 216 },
    ],
  },
  {
    name: "FOR_ITER",
    number: 93,
    forms: [
      { name: "FOR_ITER_RANGE", number: 217 },
      { name: "FOR_ITER_LIST", number: 218 },
      { name: "FOR_ITER_GEN", number: 219 },
    ],
  },
  { name: "SEND", number: 123, forms: [{ name: "SEND_GEN", number: 220 }] },
];

/** the cache entry of an instruction of the BINARY_OP family */
class Cache_BINARY_OP {
  type!: PyType;
  version!: number;
  rtype!: PyType;
  fn!: PyFunction;
  code!: PyCode;
}

/** At a BINARY_OP whose counter reached zero: quicken it to the first form whose `when` holds, or back off. */
function specialise_BINARY_OP(
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): void {
  const locals = frame.localsplus;
  // what the instruction was specialised to before, if ever (a site's history)
  const prev = code.caches?.[lasti] as Cache_BINARY_OP | undefined;
  (void locals, prev);
  if (oparg === 0 || oparg === 13) {
    // BINARY_OP_ADD_INT
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_OP();
    let cond = false as boolean;
    cond = typeof lhs === "number" && typeof rhs === "number";
    if (cond) {
      formSpecialised[180]++;
      adaptive.quicken(code, lasti, 180, cache);
      return;
    }
  }
  if (oparg === 10 || oparg === 23) {
    // BINARY_OP_SUBTRACT_INT
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_OP();
    let cond = false as boolean;
    cond = typeof lhs === "number" && typeof rhs === "number";
    if (cond) {
      formSpecialised[181]++;
      adaptive.quicken(code, lasti, 181, cache);
      return;
    }
  }
  if (oparg === 5 || oparg === 18) {
    // BINARY_OP_MULTIPLY_INT
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_OP();
    let cond = false as boolean;
    cond = typeof lhs === "number" && typeof rhs === "number";
    if (cond) {
      formSpecialised[182]++;
      adaptive.quicken(code, lasti, 182, cache);
      return;
    }
  }
  if (oparg === 0 || oparg === 13) {
    // BINARY_OP_ADD_FLOAT
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_OP();
    let cond = false as boolean;
    cond = lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat;
    if (cond) {
      formSpecialised[183]++;
      adaptive.quicken(code, lasti, 183, cache);
      return;
    }
  }
  if (oparg === 10 || oparg === 23) {
    // BINARY_OP_SUBTRACT_FLOAT
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_OP();
    let cond = false as boolean;
    cond = lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat;
    if (cond) {
      formSpecialised[184]++;
      adaptive.quicken(code, lasti, 184, cache);
      return;
    }
  }
  if (oparg === 5 || oparg === 18) {
    // BINARY_OP_MULTIPLY_FLOAT
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_OP();
    let cond = false as boolean;
    cond = lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat;
    if (cond) {
      formSpecialised[185]++;
      adaptive.quicken(code, lasti, 185, cache);
      return;
    }
  }
  if (oparg === 0 || oparg === 13) {
    // BINARY_OP_ADD_UNICODE
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_OP();
    let cond = false as boolean;
    cond = typeof lhs === "string" && typeof rhs === "string";
    if (cond) {
      formSpecialised[186]++;
      adaptive.quicken(code, lasti, 186, cache);
      return;
    }
  }
  if (
    oparg === 11 ||
    oparg === 24 ||
    oparg === 2 ||
    oparg === 15 ||
    oparg === 6 ||
    oparg === 19 ||
    oparg === 8 ||
    oparg === 21
  ) {
    // BINARY_OP_FLOAT
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_OP();
    let cond = false as boolean;
    cond = lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat;
    if (cond) {
      formSpecialised[187]++;
      adaptive.quicken(code, lasti, 187, cache);
      return;
    }
  }
  if (
    oparg === 1 ||
    oparg === 2 ||
    oparg === 3 ||
    oparg === 6 ||
    oparg === 7 ||
    oparg === 8 ||
    oparg === 9 ||
    oparg === 11 ||
    oparg === 12 ||
    oparg === 14 ||
    oparg === 15 ||
    oparg === 16 ||
    oparg === 19 ||
    oparg === 20 ||
    oparg === 21 ||
    oparg === 22 ||
    oparg === 24 ||
    oparg === 25
  ) {
    // BINARY_OP_INT
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_OP();
    let cond = false as boolean;
    cond = typeof lhs === "number" && typeof rhs === "number";
    if (cond) {
      formSpecialised[188]++;
      adaptive.quicken(code, lasti, 188, cache);
      return;
    }
  }
  {
    // BINARY_OP_FLOAT_INT
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_OP();
    let cond = false as boolean;
    cond = lhs instanceof rt.PyFloat && typeof rhs === "number";
    if (cond) {
      formSpecialised[189]++;
      adaptive.quicken(code, lasti, 189, cache);
      return;
    }
  }
  {
    // BINARY_OP_INT_FLOAT
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_OP();
    let cond = false as boolean;
    cond = typeof lhs === "number" && rhs instanceof rt.PyFloat;
    if (cond) {
      formSpecialised[190]++;
      adaptive.quicken(code, lasti, 190, cache);
      return;
    }
  }
  {
    // BINARY_OP_PY_METHOD
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_OP();
    let cond = false as boolean;
    const fn = lhs instanceof rt.PyInstance ? rt.O.operatorMethodOf(lhs, rhs, oparg) : null;
    cond = fn !== null && rt.exactArgsFunction(fn, 2);
    if (cond) {
      cache.type = rt.typeOf(lhs);
      cache.version = cache.type.version;
      cache.rtype = rt.typeOf(rhs);
      cache.fn = fn!;
      cache.code = fn!.code;
    }
    if (cond) {
      formSpecialised[191]++;
      adaptive.quicken(code, lasti, 191, cache);
      return;
    }
  }
  familyFailed[122]++;
  adaptive.backOff(code, lasti);
}

/** The form of BINARY_OP instruction `lasti` was quickened to: the new stack depth, or -1 when its guard fails. */
function run_BINARY_OP(
  q: number,
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): number {
  const locals = frame.localsplus;
  void locals;
  miss: switch (q) {
    case 180: // BINARY_OP_ADD_INT
      break miss;
    case 181: {
      // BINARY_OP_SUBTRACT_INT
      const cache = code.caches![lasti] as Cache_BINARY_OP;
      const base = sp - 2;
      const lhs = stack[base + 0] as PyObject;
      const rhs = stack[base + 1] as PyObject;
      if (!(typeof lhs === "number" && typeof rhs === "number")) break miss;
      void cache;
      {
        // INT_SUB
        let _t0: PyObject;
        {
          const lhs = stack[sp - 2] as number;
          const rhs = stack[sp - 1] as number;
          sp -= 2;
          let res: PyObject;
          const r = lhs - rhs;
          res = Number.isSafeInteger(r) ? r : rt.O.intBinary(lhs, rhs, 10);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      formHits[181]++;
      return sp;
    }
    case 182: {
      // BINARY_OP_MULTIPLY_INT
      const cache = code.caches![lasti] as Cache_BINARY_OP;
      const base = sp - 2;
      const lhs = stack[base + 0] as PyObject;
      const rhs = stack[base + 1] as PyObject;
      if (!(typeof lhs === "number" && typeof rhs === "number")) break miss;
      void cache;
      {
        // INT_MUL
        let _t0: PyObject;
        {
          const lhs = stack[sp - 2] as number;
          const rhs = stack[sp - 1] as number;
          sp -= 2;
          let res: PyObject;
          const r = lhs * rhs;
          res = Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : rt.O.intBinary(lhs, rhs, 5);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      formHits[182]++;
      return sp;
    }
    case 183: // BINARY_OP_ADD_FLOAT
      break miss;
    case 184: // BINARY_OP_SUBTRACT_FLOAT
      break miss;
    case 185: // BINARY_OP_MULTIPLY_FLOAT
      break miss;
    case 186: {
      // BINARY_OP_ADD_UNICODE
      const cache = code.caches![lasti] as Cache_BINARY_OP;
      const base = sp - 2;
      const lhs = stack[base + 0] as PyObject;
      const rhs = stack[base + 1] as PyObject;
      if (!(typeof lhs === "string" && typeof rhs === "string")) break miss;
      let res: PyObject;
      res = lhs + rhs;
      stack[base + 0] = res;
      formHits[186]++;
      return base + 1;
    }
    case 187: {
      // BINARY_OP_FLOAT
      const cache = code.caches![lasti] as Cache_BINARY_OP;
      const base = sp - 2;
      const lhs = stack[base + 0] as PyObject;
      const rhs = stack[base + 1] as PyObject;
      if (!(lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat)) break miss;
      let res: PyObject;
      res = rt.O.floatBinary(lhs.value, rhs.value, oparg % 13);
      stack[base + 0] = res;
      formHits[187]++;
      return base + 1;
    }
    case 188: {
      // BINARY_OP_INT
      const cache = code.caches![lasti] as Cache_BINARY_OP;
      const base = sp - 2;
      const lhs = stack[base + 0] as PyObject;
      const rhs = stack[base + 1] as PyObject;
      if (!(typeof lhs === "number" && typeof rhs === "number")) break miss;
      void cache;
      {
        // INT_BINARY(op=oparg % 13)
        let _t0: PyObject;
        {
          const op = oparg % 13;
          const lhs = stack[sp - 2] as number;
          const rhs = stack[sp - 1] as number;
          sp -= 2;
          let res: PyObject;
          res = rt.O.intBinary(lhs, rhs, op);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      formHits[188]++;
      return sp;
    }
    case 189: {
      // BINARY_OP_FLOAT_INT
      const cache = code.caches![lasti] as Cache_BINARY_OP;
      const base = sp - 2;
      const lhs = stack[base + 0] as PyObject;
      const rhs = stack[base + 1] as PyObject;
      if (!(lhs instanceof rt.PyFloat && typeof rhs === "number")) break miss;
      let res: PyObject;
      res = rt.O.floatMixedBinary(lhs, rhs, lhs.value, rhs, oparg);
      stack[base + 0] = res;
      formHits[189]++;
      return base + 1;
    }
    case 190: {
      // BINARY_OP_INT_FLOAT
      const cache = code.caches![lasti] as Cache_BINARY_OP;
      const base = sp - 2;
      const lhs = stack[base + 0] as PyObject;
      const rhs = stack[base + 1] as PyObject;
      if (!(typeof lhs === "number" && rhs instanceof rt.PyFloat)) break miss;
      let res: PyObject;
      res = rt.O.floatMixedBinary(lhs, rhs, lhs, rhs.value, oparg);
      stack[base + 0] = res;
      formHits[190]++;
      return base + 1;
    }
    case 191: // BINARY_OP_PY_METHOD
      break miss;
  }
  formMisses[q]++;
  return -1;
}

/** the cache entry of an instruction of the COMPARE_OP family */
class Cache_COMPARE_OP {}

/** At a COMPARE_OP whose counter reached zero: quicken it to the first form whose `when` holds, or back off. */
function specialise_COMPARE_OP(
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): void {
  const locals = frame.localsplus;
  // what the instruction was specialised to before, if ever (a site's history)
  const prev = code.caches?.[lasti] as Cache_COMPARE_OP | undefined;
  (void locals, prev);
  {
    // COMPARE_OP_INT
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_COMPARE_OP();
    let cond = false as boolean;
    cond = typeof lhs === "number" && typeof rhs === "number";
    if (cond) {
      formSpecialised[192]++;
      adaptive.quicken(code, lasti, 192, cache);
      return;
    }
  }
  {
    // COMPARE_OP_FLOAT
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_COMPARE_OP();
    let cond = false as boolean;
    cond = lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat;
    if (cond) {
      formSpecialised[193]++;
      adaptive.quicken(code, lasti, 193, cache);
      return;
    }
  }
  if (oparg === 2 || oparg === 3) {
    // COMPARE_OP_STR
    const base = sp - 2;
    const lhs = stack[base + 0] as PyObject;
    const rhs = stack[base + 1] as PyObject;
    const cache = new Cache_COMPARE_OP();
    let cond = false as boolean;
    cond = typeof lhs === "string" && typeof rhs === "string";
    if (cond) {
      formSpecialised[194]++;
      adaptive.quicken(code, lasti, 194, cache);
      return;
    }
  }
  familyFailed[107]++;
  adaptive.backOff(code, lasti);
}

/** The form of COMPARE_OP instruction `lasti` was quickened to: the new stack depth, or -1 when its guard fails. */
function run_COMPARE_OP(
  q: number,
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): number {
  const locals = frame.localsplus;
  void locals;
  miss: switch (q) {
    case 192: {
      // COMPARE_OP_INT
      const base = sp - 2;
      const lhs = stack[base + 0] as PyObject;
      const rhs = stack[base + 1] as PyObject;
      if (!(typeof lhs === "number" && typeof rhs === "number")) break miss;
      {
        // INT_COMPARE(op=oparg)
        let _t0: PyObject;
        {
          const op = oparg;
          const lhs = stack[sp - 2] as number;
          const rhs = stack[sp - 1] as number;
          sp -= 2;
          let res: PyObject;
          res = rt.numberCompare(lhs, rhs, op);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      formHits[192]++;
      return sp;
    }
    case 193: {
      // COMPARE_OP_FLOAT
      const base = sp - 2;
      const lhs = stack[base + 0] as PyObject;
      const rhs = stack[base + 1] as PyObject;
      if (!(lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat)) break miss;
      {
        // FLOAT_COMPARE(op=oparg)
        let _t0: PyObject;
        {
          const op = oparg;
          const lhs = stack[sp - 2] as PyFloat;
          const rhs = stack[sp - 1] as PyFloat;
          sp -= 2;
          let res: PyObject;
          res = rt.numberCompare(lhs.value, rhs.value, op);
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      formHits[193]++;
      return sp;
    }
    case 194: {
      // COMPARE_OP_STR
      const base = sp - 2;
      const lhs = stack[base + 0] as PyObject;
      const rhs = stack[base + 1] as PyObject;
      if (!(typeof lhs === "string" && typeof rhs === "string")) break miss;
      let res: PyObject;
      res = (lhs === rhs) === (oparg === 2);
      stack[base + 0] = res;
      formHits[194]++;
      return base + 1;
    }
  }
  formMisses[q]++;
  return -1;
}

/** the cache entry of an instruction of the BINARY_SUBSCR family */
class Cache_BINARY_SUBSCR {}

/** At a BINARY_SUBSCR whose counter reached zero: quicken it to the first form whose `when` holds, or back off. */
function specialise_BINARY_SUBSCR(
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): void {
  const locals = frame.localsplus;
  // what the instruction was specialised to before, if ever (a site's history)
  const prev = code.caches?.[lasti] as Cache_BINARY_SUBSCR | undefined;
  (void locals, prev);
  {
    // BINARY_SUBSCR_LIST_INT
    const base = sp - 2;
    const container = stack[base + 0] as PyObject;
    const sub = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_SUBSCR();
    let cond = false as boolean;
    cond = container instanceof rt.PyList && container.cls === rt.listType && typeof sub === "number";
    if (cond) {
      formSpecialised[195]++;
      adaptive.quicken(code, lasti, 195, cache);
      return;
    }
  }
  {
    // BINARY_SUBSCR_TUPLE_INT
    const base = sp - 2;
    const container = stack[base + 0] as PyObject;
    const sub = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_SUBSCR();
    let cond = false as boolean;
    cond = container instanceof rt.PyTuple && container.cls === rt.tupleType && typeof sub === "number";
    if (cond) {
      formSpecialised[196]++;
      adaptive.quicken(code, lasti, 196, cache);
      return;
    }
  }
  {
    // BINARY_SUBSCR_DICT
    const base = sp - 2;
    const container = stack[base + 0] as PyObject;
    const sub = stack[base + 1] as PyObject;
    const cache = new Cache_BINARY_SUBSCR();
    let cond = false as boolean;
    cond = container instanceof rt.PyDict && container.cls === rt.dictType;
    if (cond) {
      formSpecialised[197]++;
      adaptive.quicken(code, lasti, 197, cache);
      return;
    }
  }
  familyFailed[25]++;
  adaptive.backOff(code, lasti);
}

/** The form of BINARY_SUBSCR instruction `lasti` was quickened to: the new stack depth, or -1 when its guard fails. */
function run_BINARY_SUBSCR(
  q: number,
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): number {
  const locals = frame.localsplus;
  void locals;
  miss: switch (q) {
    case 195: // BINARY_SUBSCR_LIST_INT
      break miss;
    case 196: {
      // BINARY_SUBSCR_TUPLE_INT
      const base = sp - 2;
      const container = stack[base + 0] as PyObject;
      const sub = stack[base + 1] as PyObject;
      if (!(container instanceof rt.PyTuple && container.cls === rt.tupleType && typeof sub === "number")) break miss;
      {
        // TUPLE_GETITEM
        let _t0: PyObject;
        {
          const container = stack[sp - 2] as PyTuple;
          const sub = stack[sp - 1] as number;
          sp -= 2;
          let res: PyObject;
          const items = container.items;
          const i = sub + (sub < 0 ? items.length : 0);
          if (i < 0 || i >= items.length) throw rt.tupleIndexError();
          res = items[i];
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      formHits[196]++;
      return sp;
    }
    case 197: {
      // BINARY_SUBSCR_DICT
      const base = sp - 2;
      const container = stack[base + 0] as PyObject;
      const sub = stack[base + 1] as PyObject;
      if (!(container instanceof rt.PyDict && container.cls === rt.dictType)) break miss;
      {
        // DICT_GETITEM
        let _t0: PyObject;
        {
          const container = stack[sp - 2] as PyDict;
          const sub = stack[sp - 1] as PyObject;
          sp -= 2;
          let res: PyObject;
          const v = rt.dictGet(container, sub);
          if (v === undefined) throw rt.keyError(sub);
          res = v;
          _t0 = res;
        }
        stack[sp] = _t0;
        sp += 1;
      }
      formHits[197]++;
      return sp;
    }
  }
  formMisses[q]++;
  return -1;
}

/** the cache entry of an instruction of the STORE_SUBSCR family */
class Cache_STORE_SUBSCR {}

/** At a STORE_SUBSCR whose counter reached zero: quicken it to the first form whose `when` holds, or back off. */
function specialise_STORE_SUBSCR(
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): void {
  const locals = frame.localsplus;
  // what the instruction was specialised to before, if ever (a site's history)
  const prev = code.caches?.[lasti] as Cache_STORE_SUBSCR | undefined;
  (void locals, prev);
  {
    // STORE_SUBSCR_LIST_INT
    const base = sp - 3;
    const value = stack[base + 0] as PyObject;
    const container = stack[base + 1] as PyObject;
    const sub = stack[base + 2] as PyObject;
    const cache = new Cache_STORE_SUBSCR();
    let cond = false as boolean;
    cond = container instanceof rt.PyList && container.cls === rt.listType && typeof sub === "number";
    if (cond) {
      formSpecialised[198]++;
      adaptive.quicken(code, lasti, 198, cache);
      return;
    }
  }
  {
    // STORE_SUBSCR_DICT
    const base = sp - 3;
    const value = stack[base + 0] as PyObject;
    const container = stack[base + 1] as PyObject;
    const sub = stack[base + 2] as PyObject;
    const cache = new Cache_STORE_SUBSCR();
    let cond = false as boolean;
    cond = container instanceof rt.PyDict && container.cls === rt.dictType;
    if (cond) {
      formSpecialised[199]++;
      adaptive.quicken(code, lasti, 199, cache);
      return;
    }
  }
  familyFailed[60]++;
  adaptive.backOff(code, lasti);
}

/** The form of STORE_SUBSCR instruction `lasti` was quickened to: the new stack depth, or -1 when its guard fails. */
function run_STORE_SUBSCR(
  q: number,
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): number {
  const locals = frame.localsplus;
  void locals;
  miss: switch (q) {
    case 198: {
      // STORE_SUBSCR_LIST_INT
      const base = sp - 3;
      const value = stack[base + 0] as PyObject;
      const container = stack[base + 1] as PyObject;
      const sub = stack[base + 2] as PyObject;
      if (!(container instanceof rt.PyList && container.cls === rt.listType && typeof sub === "number")) break miss;
      {
        // LIST_SETITEM
        {
          const value = stack[sp - 3] as PyObject;
          const container = stack[sp - 2] as PyList;
          const sub = stack[sp - 1] as number;
          sp -= 3;
          const items = container.items;
          const i = sub + (sub < 0 ? items.length : 0);
          if (i < 0 || i >= items.length) throw rt.listAssignIndexError();
          items[i] = value;
        }
      }
      formHits[198]++;
      return sp;
    }
    case 199: {
      // STORE_SUBSCR_DICT
      const base = sp - 3;
      const value = stack[base + 0] as PyObject;
      const container = stack[base + 1] as PyObject;
      const sub = stack[base + 2] as PyObject;
      if (!(container instanceof rt.PyDict && container.cls === rt.dictType)) break miss;
      {
        // DICT_SETITEM
        {
          const value = stack[sp - 3] as PyObject;
          const container = stack[sp - 2] as PyDict;
          const sub = stack[sp - 1] as PyObject;
          sp -= 3;
          rt.dictSet(container, sub, value);
        }
      }
      formHits[199]++;
      return sp;
    }
  }
  formMisses[q]++;
  return -1;
}

/** the cache entry of an instruction of the UNPACK_SEQUENCE family */
class Cache_UNPACK_SEQUENCE {}

/** At a UNPACK_SEQUENCE whose counter reached zero: quicken it to the first form whose `when` holds, or back off. */
function specialise_UNPACK_SEQUENCE(
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): void {
  const locals = frame.localsplus;
  // what the instruction was specialised to before, if ever (a site's history)
  const prev = code.caches?.[lasti] as Cache_UNPACK_SEQUENCE | undefined;
  (void locals, prev);
  if (oparg === 2) {
    // UNPACK_SEQUENCE_TWO_TUPLE
    const base = sp - 1;
    const seq = stack[base + 0] as PyObject;
    const cache = new Cache_UNPACK_SEQUENCE();
    let cond = false as boolean;
    cond = seq instanceof rt.PyTuple && seq.cls === rt.tupleType && seq.items.length === 2;
    if (cond) {
      formSpecialised[200]++;
      adaptive.quicken(code, lasti, 200, cache);
      return;
    }
  }
  {
    // UNPACK_SEQUENCE_TUPLE
    const base = sp - 1;
    const seq = stack[base + 0] as PyObject;
    const cache = new Cache_UNPACK_SEQUENCE();
    let cond = false as boolean;
    cond = seq instanceof rt.PyTuple && seq.cls === rt.tupleType && seq.items.length === oparg;
    if (cond) {
      formSpecialised[201]++;
      adaptive.quicken(code, lasti, 201, cache);
      return;
    }
  }
  {
    // UNPACK_SEQUENCE_LIST
    const base = sp - 1;
    const seq = stack[base + 0] as PyObject;
    const cache = new Cache_UNPACK_SEQUENCE();
    let cond = false as boolean;
    cond = seq instanceof rt.PyList && seq.cls === rt.listType && seq.items.length === oparg;
    if (cond) {
      formSpecialised[202]++;
      adaptive.quicken(code, lasti, 202, cache);
      return;
    }
  }
  familyFailed[92]++;
  adaptive.backOff(code, lasti);
}

/** The form of UNPACK_SEQUENCE instruction `lasti` was quickened to: the new stack depth, or -1 when its guard fails. */
function run_UNPACK_SEQUENCE(
  q: number,
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): number {
  const locals = frame.localsplus;
  void locals;
  miss: switch (q) {
    case 200: {
      // UNPACK_SEQUENCE_TWO_TUPLE
      const base = sp - 1;
      const seq = stack[base + 0] as PyObject;
      if (!(seq instanceof rt.PyTuple && seq.cls === rt.tupleType && seq.items.length === 2)) break miss;
      let second: PyObject;
      let first: PyObject;
      first = seq.items[0];
      second = seq.items[1];
      stack[base + 0] = second;
      stack[base + 1] = first;
      formHits[200]++;
      return base + 2;
    }
    case 201: {
      // UNPACK_SEQUENCE_TUPLE
      const base = sp - 1;
      const seq = stack[base + 0] as PyObject;
      if (!(seq instanceof rt.PyTuple && seq.cls === rt.tupleType && seq.items.length === oparg)) break miss;
      {
        // SEQ_UNPACK(n=oparg)
        {
          const n = oparg;
          const base = sp - 1;
          const seq = stack[base + 0] as PyTuple | PyList;
          sp = base;
          let values: PyObject[];
          const items = seq.items;
          values = new Array<PyObject>(n);
          for (let i = 0; i < n; i++) values[i] = items[n - 1 - i];
          for (let _i = 0; _i < n; _i++) stack[base + 0 + _i] = values[_i];
          sp = base + n;
        }
      }
      formHits[201]++;
      return sp;
    }
    case 202: {
      // UNPACK_SEQUENCE_LIST
      const base = sp - 1;
      const seq = stack[base + 0] as PyObject;
      if (!(seq instanceof rt.PyList && seq.cls === rt.listType && seq.items.length === oparg)) break miss;
      {
        // SEQ_UNPACK(n=oparg)
        {
          const n = oparg;
          const base = sp - 1;
          const seq = stack[base + 0] as PyTuple | PyList;
          sp = base;
          let values: PyObject[];
          const items = seq.items;
          values = new Array<PyObject>(n);
          for (let i = 0; i < n; i++) values[i] = items[n - 1 - i];
          for (let _i = 0; _i < n; _i++) stack[base + 0 + _i] = values[_i];
          sp = base + n;
        }
      }
      formHits[202]++;
      return sp;
    }
  }
  formMisses[q]++;
  return -1;
}

/** the cache entry of an instruction of the LOAD_ATTR family */
class Cache_LOAD_ATTR {
  type!: PyType;
  version!: number;
  shape!: rt.Shape | null;
  index!: number;
  types!: PyType[];
  versions!: number[];
  shapes!: rt.Shape[];
  indexes!: number[];
  slotType!: PyType;
  slotVersion!: number;
}

/** At a LOAD_ATTR whose counter reached zero: quicken it to the first form whose `when` holds, or back off. */
function specialise_LOAD_ATTR(
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): void {
  const locals = frame.localsplus;
  // what the instruction was specialised to before, if ever (a site's history)
  const prev = code.caches?.[lasti] as Cache_LOAD_ATTR | undefined;
  (void locals, prev);
  {
    // LOAD_ATTR_INSTANCE_VALUE_POLY
    const base = sp - 1;
    const owner = stack[base + 0] as PyObject;
    const cache = new Cache_LOAD_ATTR();
    let cond = false as boolean;
    const seen = rt.plainInstanceAttr(owner, code.names[oparg], "__getattribute__")
      ? rt.polyTypes(prev, owner.cls)
      : null;
    cond = seen !== null;
    if (seen !== null) {
      cache.types = seen.types;
      cache.versions = seen.versions;
      const known = rt.polyShapes(prev, (owner as rt.PyInstance).attrs, code.names[oparg]);
      cache.shapes = known.shapes;
      cache.indexes = known.indexes;
    }
    if (cond) {
      formSpecialised[203]++;
      adaptive.quicken(code, lasti, 203, cache);
      return;
    }
  }
  {
    // LOAD_ATTR_INSTANCE_VALUE
    const base = sp - 1;
    const owner = stack[base + 0] as PyObject;
    const cache = new Cache_LOAD_ATTR();
    let cond = false as boolean;
    cond = rt.plainInstanceAttr(owner, code.names[oparg], "__getattribute__");
    if (cond) {
      cache.type = (owner as rt.PyInstance).cls;
      cache.version = cache.type.version;
      cache.shape = rt.shapeOf((owner as rt.PyInstance).attrs);
      cache.index = cache.shape === null ? -1 : (cache.shape.index.get(code.names[oparg]) ?? -1);
    }
    if (cond) {
      formSpecialised[204]++;
      adaptive.quicken(code, lasti, 204, cache);
      return;
    }
  }
  {
    // LOAD_ATTR_SLOT
    const base = sp - 1;
    const owner = stack[base + 0] as PyObject;
    const cache = new Cache_LOAD_ATTR();
    let cond = false as boolean;
    const i = rt.slotAttrIndex(owner, code.names[oparg], "__getattribute__");
    cond = i >= 0;
    if (cond) {
      cache.slotType = (owner as rt.PyInstance).cls;
      cache.slotVersion = cache.slotType.version;
      cache.index = i;
    }
    if (cond) {
      formSpecialised[205]++;
      adaptive.quicken(code, lasti, 205, cache);
      return;
    }
  }
  familyFailed[106]++;
  adaptive.backOff(code, lasti);
}

/** The form of LOAD_ATTR instruction `lasti` was quickened to: the new stack depth, or -1 when its guard fails. */
function run_LOAD_ATTR(
  q: number,
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): number {
  const locals = frame.localsplus;
  void locals;
  miss: switch (q) {
    case 203: {
      // LOAD_ATTR_INSTANCE_VALUE_POLY
      const cache = code.caches![lasti] as Cache_LOAD_ATTR;
      const base = sp - 1;
      const owner = stack[base + 0] as PyObject;
      if (!(
        owner instanceof rt.PyInstance &&
        owner.attrs !== null &&
        rt.typeVersionIn(owner.cls, cache.types, cache.versions)
      ))
        break miss;
      let res: PyObject;
      const m = owner.attrs!;
      const k = m instanceof rt.ShapedMap ? rt.shapeIndex(cache.shapes, m.shape) : -1;
      const v = k >= 0 && cache.indexes[k] >= 0 ? (m as rt.ShapedMap).vals[cache.indexes[k]] : m.get(code.names[oparg]);
      if (v === undefined) break miss;
      res = v;
      stack[base + 0] = res;
      formHits[203]++;
      return base + 1;
    }
    case 204: {
      // LOAD_ATTR_INSTANCE_VALUE
      const cache = code.caches![lasti] as Cache_LOAD_ATTR;
      const base = sp - 1;
      const owner = stack[base + 0] as PyObject;
      if (!(owner instanceof rt.PyInstance && owner.cls === cache.type && cache.type.version === cache.version))
        break miss;
      let res: PyObject;
      const m = owner.attrs!;
      const v =
        m instanceof rt.ShapedMap && m.shape === cache.shape && cache.index >= 0
          ? m.vals[cache.index]
          : m.get(code.names[oparg]);
      if (v === undefined) break miss;
      res = v;
      stack[base + 0] = res;
      formHits[204]++;
      return base + 1;
    }
    case 205: {
      // LOAD_ATTR_SLOT
      const cache = code.caches![lasti] as Cache_LOAD_ATTR;
      const base = sp - 1;
      const owner = stack[base + 0] as PyObject;
      if (!(
        owner instanceof rt.PyInstance &&
        owner.cls === cache.slotType &&
        cache.slotType.version === cache.slotVersion
      ))
        break miss;
      let res: PyObject;
      const s = owner.slots;
      const v = s === null ? undefined : s[cache.index];
      if (v === undefined) break miss;
      res = v;
      stack[base + 0] = res;
      formHits[205]++;
      return base + 1;
    }
  }
  formMisses[q]++;
  return -1;
}

/** the cache entry of an instruction of the STORE_ATTR family */
class Cache_STORE_ATTR {
  type!: PyType;
  version!: number;
  shape!: rt.Shape | null;
  index!: number;
  next!: rt.Shape | null;
  types!: PyType[];
  versions!: number[];
  shapes!: rt.Shape[];
  indexes!: number[];
  slotType!: PyType;
  slotVersion!: number;
}

/** At a STORE_ATTR whose counter reached zero: quicken it to the first form whose `when` holds, or back off. */
function specialise_STORE_ATTR(
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): void {
  const locals = frame.localsplus;
  // what the instruction was specialised to before, if ever (a site's history)
  const prev = code.caches?.[lasti] as Cache_STORE_ATTR | undefined;
  (void locals, prev);
  {
    // STORE_ATTR_INSTANCE_VALUE_POLY
    const base = sp - 2;
    const value = stack[base + 0] as PyObject;
    const owner = stack[base + 1] as PyObject;
    const cache = new Cache_STORE_ATTR();
    let cond = false as boolean;
    const seen = rt.plainInstanceAttr(owner, code.names[oparg], "__setattr__") ? rt.polyTypes(prev, owner.cls) : null;
    cond = seen !== null;
    if (seen !== null) {
      cache.types = seen.types;
      cache.versions = seen.versions;
      const known = rt.polyShapes(prev, (owner as rt.PyInstance).attrs, code.names[oparg]);
      cache.shapes = known.shapes;
      cache.indexes = known.indexes;
    }
    if (cond) {
      formSpecialised[206]++;
      adaptive.quicken(code, lasti, 206, cache);
      return;
    }
  }
  {
    // STORE_ATTR_INSTANCE_VALUE
    const base = sp - 2;
    const value = stack[base + 0] as PyObject;
    const owner = stack[base + 1] as PyObject;
    const cache = new Cache_STORE_ATTR();
    let cond = false as boolean;
    cond = rt.plainInstanceAttr(owner, code.names[oparg], "__setattr__");
    if (cond) {
      const name = code.names[oparg];
      cache.type = (owner as rt.PyInstance).cls;
      cache.version = cache.type.version;
      cache.shape = rt.shapeOf((owner as rt.PyInstance).attrs);
      cache.index = cache.shape === null ? -1 : (cache.shape.index.get(name) ?? -1);
      cache.next = cache.shape === null || cache.index >= 0 ? null : cache.shape.add(name);
    }
    if (cond) {
      formSpecialised[207]++;
      adaptive.quicken(code, lasti, 207, cache);
      return;
    }
  }
  {
    // STORE_ATTR_SLOT
    const base = sp - 2;
    const value = stack[base + 0] as PyObject;
    const owner = stack[base + 1] as PyObject;
    const cache = new Cache_STORE_ATTR();
    let cond = false as boolean;
    const i = rt.slotAttrIndex(owner, code.names[oparg], "__setattr__");
    cond = i >= 0;
    if (cond) {
      cache.slotType = (owner as rt.PyInstance).cls;
      cache.slotVersion = cache.slotType.version;
      cache.index = i;
    }
    if (cond) {
      formSpecialised[208]++;
      adaptive.quicken(code, lasti, 208, cache);
      return;
    }
  }
  familyFailed[95]++;
  adaptive.backOff(code, lasti);
}

/** The form of STORE_ATTR instruction `lasti` was quickened to: the new stack depth, or -1 when its guard fails. */
function run_STORE_ATTR(
  q: number,
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): number {
  const locals = frame.localsplus;
  void locals;
  miss: switch (q) {
    case 206: {
      // STORE_ATTR_INSTANCE_VALUE_POLY
      const cache = code.caches![lasti] as Cache_STORE_ATTR;
      const base = sp - 2;
      const value = stack[base + 0] as PyObject;
      const owner = stack[base + 1] as PyObject;
      if (!(
        owner instanceof rt.PyInstance &&
        owner.attrs !== null &&
        rt.typeVersionIn(owner.cls, cache.types, cache.versions)
      ))
        break miss;
      const m = owner.attrs!;
      const k = m instanceof rt.ShapedMap ? rt.shapeIndex(cache.shapes, m.shape) : -1;
      if (k >= 0 && cache.indexes[k] >= 0) (m as rt.ShapedMap).vals[cache.indexes[k]] = value;
      else {
        const name = code.names[oparg];
        if (!m.has(name)) owner.keysChanged();
        m.set(name, value);
      }
      formHits[206]++;
      return base + 0;
    }
    case 207: {
      // STORE_ATTR_INSTANCE_VALUE
      const cache = code.caches![lasti] as Cache_STORE_ATTR;
      const base = sp - 2;
      const value = stack[base + 0] as PyObject;
      const owner = stack[base + 1] as PyObject;
      if (!(owner instanceof rt.PyInstance && owner.cls === cache.type && cache.type.version === cache.version))
        break miss;
      const m = owner.attrs!;
      if (m instanceof rt.ShapedMap && m.shape === cache.shape && (cache.index >= 0 || cache.next !== null)) {
        if (cache.index >= 0) m.vals[cache.index] = value;
        else {
          m.append(cache.next!, value);
          owner.keysChanged();
        }
      } else {
        const name = code.names[oparg];
        if (!m.has(name)) owner.keysChanged();
        m.set(name, value);
      }
      formHits[207]++;
      return base + 0;
    }
    case 208: {
      // STORE_ATTR_SLOT
      const cache = code.caches![lasti] as Cache_STORE_ATTR;
      const base = sp - 2;
      const value = stack[base + 0] as PyObject;
      const owner = stack[base + 1] as PyObject;
      if (!(
        owner instanceof rt.PyInstance &&
        owner.cls === cache.slotType &&
        cache.slotType.version === cache.slotVersion
      ))
        break miss;
      (owner.slots ??= [])[cache.index] = value;
      formHits[208]++;
      return base + 0;
    }
  }
  formMisses[q]++;
  return -1;
}

/** the cache entry of an instruction of the LOAD_METHOD family */
class Cache_LOAD_METHOD {
  type!: PyType;
  version!: number;
  method!: PyObject;
  shape!: rt.Shape | null;
  types!: PyType[];
  versions!: number[];
  methods!: PyObject[];
  shapes!: rt.Shape[];
  indexes!: number[];
}

/** At a LOAD_METHOD whose counter reached zero: quicken it to the first form whose `when` holds, or back off. */
function specialise_LOAD_METHOD(
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): void {
  const locals = frame.localsplus;
  // what the instruction was specialised to before, if ever (a site's history)
  const prev = code.caches?.[lasti] as Cache_LOAD_METHOD | undefined;
  (void locals, prev);
  {
    // LOAD_METHOD_WITH_VALUES_POLY
    const base = sp - 1;
    const owner = stack[base + 0] as PyObject;
    const cache = new Cache_LOAD_METHOD();
    let cond = false as boolean;
    const m =
      owner instanceof rt.PyInstance && owner.attrs !== null ? rt.classMethod(owner, code.names[oparg]) : undefined;
    const seen = m !== undefined ? rt.polyTypes(prev, (owner as rt.PyInstance).cls, m) : null;
    cond = seen !== null;
    if (seen !== null) {
      cache.types = seen.types;
      cache.versions = seen.versions;
      cache.methods = seen.methods;
      const known = rt.polyShapes(prev, (owner as rt.PyInstance).attrs, code.names[oparg]);
      cache.shapes = known.shapes;
      cache.indexes = known.indexes;
    }
    if (cond) {
      formSpecialised[209]++;
      adaptive.quicken(code, lasti, 209, cache);
      return;
    }
  }
  {
    // LOAD_METHOD_WITH_VALUES
    const base = sp - 1;
    const owner = stack[base + 0] as PyObject;
    const cache = new Cache_LOAD_METHOD();
    let cond = false as boolean;
    const m =
      owner instanceof rt.PyInstance && owner.attrs !== null ? rt.classMethod(owner, code.names[oparg]) : undefined;
    cond = m !== undefined;
    if (cond) {
      cache.type = (owner as rt.PyInstance).cls;
      cache.version = cache.type.version;
      cache.method = m!;
      const shape = rt.shapeOf((owner as rt.PyInstance).attrs);
      cache.shape = shape !== null && !shape.index.has(code.names[oparg]) ? shape : null;
    }
    if (cond) {
      formSpecialised[210]++;
      adaptive.quicken(code, lasti, 210, cache);
      return;
    }
  }
  {
    // LOAD_METHOD_NO_DICT
    const base = sp - 1;
    const owner = stack[base + 0] as PyObject;
    const cache = new Cache_LOAD_METHOD();
    let cond = false as boolean;
    const m = rt.instanceAttrs(owner) === null ? rt.classMethod(owner, code.names[oparg]) : undefined;
    cond = m !== undefined;
    if (cond) {
      cache.type = rt.typeOf(owner);
      cache.version = cache.type.version;
      cache.method = m!;
    }
    if (cond) {
      formSpecialised[211]++;
      adaptive.quicken(code, lasti, 211, cache);
      return;
    }
  }
  familyFailed[160]++;
  adaptive.backOff(code, lasti);
}

/** The form of LOAD_METHOD instruction `lasti` was quickened to: the new stack depth, or -1 when its guard fails. */
function run_LOAD_METHOD(
  q: number,
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): number {
  const locals = frame.localsplus;
  void locals;
  miss: switch (q) {
    case 209: {
      // LOAD_METHOD_WITH_VALUES_POLY
      const cache = code.caches![lasti] as Cache_LOAD_METHOD;
      const base = sp - 1;
      const owner = stack[base + 0] as PyObject;
      if (!(owner instanceof rt.PyInstance)) break miss;
      let meth: Slot;
      let self: PyObject;
      const i = rt.typeVersionIndex(owner.cls, cache.types, cache.versions);
      if (i < 0) break miss;
      if (owner.attrs !== null) {
        const d = owner.attrs;
        const k = d instanceof rt.ShapedMap ? rt.shapeIndex(cache.shapes, d.shape) : -1;
        if (!(k >= 0 && cache.indexes[k] < 0) && d.has(code.names[oparg])) break miss;
      }
      meth = cache.methods[i];
      self = owner;
      stack[base + 0] = meth;
      stack[base + 1] = self;
      formHits[209]++;
      return base + 2;
    }
    case 210: {
      // LOAD_METHOD_WITH_VALUES
      const cache = code.caches![lasti] as Cache_LOAD_METHOD;
      const base = sp - 1;
      const owner = stack[base + 0] as PyObject;
      if (!(owner instanceof rt.PyInstance && owner.cls === cache.type && cache.type.version === cache.version))
        break miss;
      let meth: Slot;
      let self: PyObject;
      if (owner.attrs !== null) {
        const d = owner.attrs;
        if (!(d instanceof rt.ShapedMap && d.shape === cache.shape) && d.has(code.names[oparg])) break miss;
      }
      meth = cache.method;
      self = owner;
      stack[base + 0] = meth;
      stack[base + 1] = self;
      formHits[210]++;
      return base + 2;
    }
    case 211: {
      // LOAD_METHOD_NO_DICT
      const cache = code.caches![lasti] as Cache_LOAD_METHOD;
      const base = sp - 1;
      const owner = stack[base + 0] as PyObject;
      if (!(rt.typeOf(owner) === cache.type && cache.type.version === cache.version)) break miss;
      let meth: Slot;
      let self: PyObject;
      if (rt.instanceAttrs(owner) !== null) break miss;
      meth = cache.method;
      self = owner;
      stack[base + 0] = meth;
      stack[base + 1] = self;
      formHits[211]++;
      return base + 2;
    }
  }
  formMisses[q]++;
  return -1;
}

/** the cache entry of an instruction of the LOAD_GLOBAL family */
class Cache_LOAD_GLOBAL {
  globals!: Map<unknown, PyObject>;
  builtins!: Map<unknown, PyObject>;
  cell!: rt.GlobalCell;
  version!: number;
  shadow!: rt.GlobalCell;
  shadowVersion!: number;
}

/** At a LOAD_GLOBAL whose counter reached zero: quicken it to the first form whose `when` holds, or back off. */
function specialise_LOAD_GLOBAL(
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): void {
  const locals = frame.localsplus;
  // what the instruction was specialised to before, if ever (a site's history)
  const prev = code.caches?.[lasti] as Cache_LOAD_GLOBAL | undefined;
  (void locals, prev);
  {
    // LOAD_GLOBAL_MODULE
    const base = sp - 0;
    const cache = new Cache_LOAD_GLOBAL();
    let cond = false as boolean;
    const g = rt.watchedMap(frame.globals);
    const name = code.names[oparg >> 1];
    cond = g !== null && rt.watchedMap(frame.builtins) !== null && g.has(name);
    if (cond) {
      cache.globals = g!;
      cache.cell = g!.cell(name);
      cache.version = cache.cell.bound;
    }
    if (cond) {
      formSpecialised[212]++;
      adaptive.quicken(code, lasti, 212, cache);
      return;
    }
  }
  {
    // LOAD_GLOBAL_BUILTIN
    const base = sp - 0;
    const cache = new Cache_LOAD_GLOBAL();
    let cond = false as boolean;
    const g = rt.watchedMap(frame.globals),
      b = rt.watchedMap(frame.builtins);
    const name = code.names[oparg >> 1];
    cond = g !== null && b !== null && !g.has(name) && b.has(name);
    if (cond) {
      cache.globals = g!;
      cache.builtins = b!;
      cache.cell = b!.cell(name);
      cache.version = cache.cell.bound;
      cache.shadow = g!.cell(name);
      cache.shadowVersion = cache.shadow.bound;
    }
    if (cond) {
      formSpecialised[213]++;
      adaptive.quicken(code, lasti, 213, cache);
      return;
    }
  }
  familyFailed[116]++;
  adaptive.backOff(code, lasti);
}

/** The form of LOAD_GLOBAL instruction `lasti` was quickened to: the new stack depth, or -1 when its guard fails. */
function run_LOAD_GLOBAL(
  q: number,
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): number {
  const locals = frame.localsplus;
  void locals;
  miss: switch (q) {
    case 212: {
      // LOAD_GLOBAL_MODULE
      const cache = code.caches![lasti] as Cache_LOAD_GLOBAL;
      const base = sp - 0;
      if (!(frame.globals.map === cache.globals && cache.cell.bound === cache.version)) break miss;
      let nul: readonly Slot[];
      let value: PyObject;
      nul = rt.ONE_NULL;
      value = cache.cell.value as PyObject;
      for (let _i = 0; _i < (oparg & 1); _i++) stack[base + 0 + _i] = nul[_i];
      stack[base + (oparg & 1)] = value;
      formHits[212]++;
      return base + 1 + (oparg & 1);
    }
    case 213: {
      // LOAD_GLOBAL_BUILTIN
      const cache = code.caches![lasti] as Cache_LOAD_GLOBAL;
      const base = sp - 0;
      if (!(
        frame.globals.map === cache.globals &&
        frame.builtins.map === cache.builtins &&
        cache.cell.bound === cache.version &&
        cache.shadow.bound === cache.shadowVersion
      ))
        break miss;
      let nul: readonly Slot[];
      let value: PyObject;
      nul = rt.ONE_NULL;
      value = cache.cell.value as PyObject;
      for (let _i = 0; _i < (oparg & 1); _i++) stack[base + 0 + _i] = nul[_i];
      stack[base + (oparg & 1)] = value;
      formHits[213]++;
      return base + 1 + (oparg & 1);
    }
  }
  formMisses[q]++;
  return -1;
}

/** the cache entry of an instruction of the CALL family */
class Cache_CALL {
  code!: PyCode;
  type!: PyType;
  version!: number;
  init!: PyFunction;
}

/** At a CALL whose counter reached zero: quicken it to the first form whose `when` holds, or back off. */
function specialise_CALL(frame: Frame, code: PyCode, lasti: number, oparg: number, stack: Slot[], sp: number): void {
  const locals = frame.localsplus;
  // what the instruction was specialised to before, if ever (a site's history)
  const prev = code.caches?.[lasti] as Cache_CALL | undefined;
  (void locals, prev);
  {
    // CALL_PY_EXACT_ARGS
    const base = sp - (2 + oparg);
    const first = stack[base + 0] as Slot;
    const second = stack[base + 1] as PyObject;
    const args = stack as readonly PyObject[];
    const args_at = base + 2;
    const cache = new Cache_CALL();
    let cond = false as boolean;
    cond = first === null && rt.exactArgsFunction(second, oparg) && frame.kwnames === null;
    if (cond) {
      formSpecialised[214]++;
      adaptive.quicken(code, lasti, 214, cache);
      return;
    }
  }
  {
    // CALL_PY_METHOD_EXACT_ARGS
    const base = sp - (2 + oparg);
    const first = stack[base + 0] as Slot;
    const second = stack[base + 1] as PyObject;
    const args = stack as readonly PyObject[];
    const args_at = base + 2;
    const cache = new Cache_CALL();
    let cond = false as boolean;
    cond = first !== null && rt.exactArgsFunction(first, oparg + 1) && frame.kwnames === null;
    if (cond) {
      formSpecialised[215]++;
      adaptive.quicken(code, lasti, 215, cache);
      return;
    }
  }
  {
    // CALL_PY_INIT_EXACT_ARGS
    const base = sp - (2 + oparg);
    const first = stack[base + 0] as Slot;
    const second = stack[base + 1] as PyObject;
    const args = stack as readonly PyObject[];
    const args_at = base + 2;
    const cache = new Cache_CALL();
    let cond = false as boolean;
    const init =
      first === null && second instanceof rt.PyType && frame.kwnames === null ? rt.plainInitOf(second) : null;
    cond = init !== null && rt.exactArgsFunction(init, oparg + 1);
    if (cond) {
      cache.type = second as PyType;
      cache.version = cache.type.version;
      cache.init = init!;
      cache.code = init!.code;
    }
    if (cond) {
      formSpecialised[216]++;
      adaptive.quicken(code, lasti, 216, cache);
      return;
    }
  }
  familyFailed[171]++;
  adaptive.backOff(code, lasti);
}

/** The form of CALL instruction `lasti` was quickened to: the new stack depth, or -1 when its guard fails. */
function run_CALL(
  q: number,
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): number {
  const locals = frame.localsplus;
  void locals;
  miss: switch (q) {
    case 214: // CALL_PY_EXACT_ARGS
      break miss;
    case 215: // CALL_PY_METHOD_EXACT_ARGS
      break miss;
    case 216: // CALL_PY_INIT_EXACT_ARGS
      break miss;
  }
  formMisses[q]++;
  return -1;
}

/** the cache entry of an instruction of the FOR_ITER family */
class Cache_FOR_ITER {}

/** At a FOR_ITER whose counter reached zero: quicken it to the first form whose `when` holds, or back off. */
function specialise_FOR_ITER(
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): void {
  const locals = frame.localsplus;
  // what the instruction was specialised to before, if ever (a site's history)
  const prev = code.caches?.[lasti] as Cache_FOR_ITER | undefined;
  (void locals, prev);
  {
    // FOR_ITER_RANGE
    const base = sp - 1;
    const iter = stack[base + 0] as PyObject;
    const cache = new Cache_FOR_ITER();
    let cond = false as boolean;
    cond = iter instanceof rt.PyNativeIterator && iter.smallInts;
    if (cond) {
      formSpecialised[217]++;
      adaptive.quicken(code, lasti, 217, cache);
      return;
    }
  }
  {
    // FOR_ITER_LIST
    const base = sp - 1;
    const iter = stack[base + 0] as PyObject;
    const cache = new Cache_FOR_ITER();
    let cond = false as boolean;
    cond =
      iter instanceof rt.PyNativeIterator && (iter.cls === rt.listIteratorType || iter.cls === rt.tupleIteratorType);
    if (cond) {
      formSpecialised[218]++;
      adaptive.quicken(code, lasti, 218, cache);
      return;
    }
  }
  {
    // FOR_ITER_GEN
    const base = sp - 1;
    const iter = stack[base + 0] as PyObject;
    const cache = new Cache_FOR_ITER();
    let cond = false as boolean;
    cond = iter instanceof rt.PyGenerator && iter.cls === rt.generatorType;
    if (cond) {
      formSpecialised[219]++;
      adaptive.quicken(code, lasti, 219, cache);
      return;
    }
  }
  familyFailed[93]++;
  adaptive.backOff(code, lasti);
}

/** The form of FOR_ITER instruction `lasti` was quickened to: the new stack depth, or -1 when its guard fails. */
function run_FOR_ITER(
  q: number,
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): number {
  const locals = frame.localsplus;
  void locals;
  miss: switch (q) {
    case 217: // FOR_ITER_RANGE
      break miss;
    case 218: // FOR_ITER_LIST
      break miss;
    case 219: // FOR_ITER_GEN
      break miss;
  }
  formMisses[q]++;
  return -1;
}

/** the cache entry of an instruction of the SEND family */
class Cache_SEND {}

/** At a SEND whose counter reached zero: quicken it to the first form whose `when` holds, or back off. */
function specialise_SEND(frame: Frame, code: PyCode, lasti: number, oparg: number, stack: Slot[], sp: number): void {
  const locals = frame.localsplus;
  // what the instruction was specialised to before, if ever (a site's history)
  const prev = code.caches?.[lasti] as Cache_SEND | undefined;
  (void locals, prev);
  {
    // SEND_GEN
    const base = sp - 2;
    const receiver = stack[base + 0] as PyObject;
    const v = stack[base + 1] as PyObject;
    const cache = new Cache_SEND();
    let cond = false as boolean;
    cond =
      receiver instanceof rt.PyGenerator && (receiver.cls === rt.generatorType || receiver.cls === rt.coroutineType);
    if (cond) {
      formSpecialised[220]++;
      adaptive.quicken(code, lasti, 220, cache);
      return;
    }
  }
  familyFailed[123]++;
  adaptive.backOff(code, lasti);
}

/** The form of SEND instruction `lasti` was quickened to: the new stack depth, or -1 when its guard fails. */
function run_SEND(
  q: number,
  frame: Frame,
  code: PyCode,
  lasti: number,
  oparg: number,
  stack: Slot[],
  sp: number,
): number {
  const locals = frame.localsplus;
  void locals;
  miss: switch (q) {
    case 220: // SEND_GEN
      break miss;
  }
  formMisses[q]++;
  return -1;
}

/** Every fat op of the version table has a case here, or the build fails. */
export const BASE_INTERPRETER_HANDLES: Record<FatOpName, "case" | "absorbed" | "unsupported"> = {
  CACHE: "absorbed",
  POP_TOP: "case",
  PUSH_NULL: "case",
  NOP: "case",
  UNARY_POSITIVE: "case",
  UNARY_NEGATIVE: "case",
  UNARY_NOT: "case",
  UNARY_INVERT: "case",
  BINARY_SUBSCR: "case",
  GET_LEN: "case",
  MATCH_MAPPING: "case",
  MATCH_SEQUENCE: "case",
  MATCH_KEYS: "case",
  PUSH_EXC_INFO: "case",
  CHECK_EXC_MATCH: "case",
  CHECK_EG_MATCH: "case",
  WITH_EXCEPT_START: "case",
  GET_AITER: "case",
  GET_ANEXT: "case",
  BEFORE_ASYNC_WITH: "case",
  BEFORE_WITH: "case",
  END_ASYNC_FOR: "case",
  STORE_SUBSCR: "case",
  DELETE_SUBSCR: "case",
  GET_ITER: "case",
  GET_YIELD_FROM_ITER: "case",
  PRINT_EXPR: "case",
  LOAD_BUILD_CLASS: "case",
  LOAD_ASSERTION_ERROR: "case",
  RETURN_GENERATOR: "case",
  LIST_TO_TUPLE: "case",
  RETURN_VALUE: "case",
  IMPORT_STAR: "case",
  SETUP_ANNOTATIONS: "case",
  YIELD_VALUE: "case",
  ASYNC_GEN_WRAP: "case",
  PREP_RERAISE_STAR: "case",
  POP_EXCEPT: "case",
  STORE_NAME: "case",
  DELETE_NAME: "case",
  UNPACK_SEQUENCE: "case",
  FOR_ITER: "case",
  UNPACK_EX: "case",
  STORE_ATTR: "case",
  DELETE_ATTR: "case",
  STORE_GLOBAL: "case",
  DELETE_GLOBAL: "case",
  SWAP: "case",
  LOAD_CONST: "case",
  LOAD_NAME: "case",
  BUILD_TUPLE: "case",
  BUILD_LIST: "case",
  BUILD_SET: "case",
  BUILD_MAP: "case",
  LOAD_ATTR: "case",
  COMPARE_OP: "case",
  IMPORT_NAME: "case",
  IMPORT_FROM: "case",
  JUMP_FORWARD: "case",
  JUMP_IF_FALSE_OR_POP: "case",
  JUMP_IF_TRUE_OR_POP: "case",
  POP_JUMP_FORWARD_IF_FALSE: "case",
  POP_JUMP_FORWARD_IF_TRUE: "case",
  LOAD_GLOBAL: "case",
  IS_OP: "case",
  CONTAINS_OP: "case",
  RERAISE: "case",
  COPY: "case",
  BINARY_OP: "case",
  SEND: "case",
  LOAD_FAST: "case",
  STORE_FAST: "case",
  DELETE_FAST: "case",
  POP_JUMP_FORWARD_IF_NOT_NONE: "case",
  POP_JUMP_FORWARD_IF_NONE: "case",
  RAISE_VARARGS: "case",
  GET_AWAITABLE: "case",
  MAKE_FUNCTION: "case",
  BUILD_SLICE: "case",
  JUMP_BACKWARD_NO_INTERRUPT: "case",
  MAKE_CELL: "case",
  LOAD_CLOSURE: "case",
  LOAD_DEREF: "case",
  STORE_DEREF: "case",
  DELETE_DEREF: "case",
  JUMP_BACKWARD: "case",
  CALL_FUNCTION_EX: "case",
  EXTENDED_ARG: "absorbed",
  LIST_APPEND: "case",
  SET_ADD: "case",
  MAP_ADD: "case",
  LOAD_CLASSDEREF: "case",
  COPY_FREE_VARS: "case",
  RESUME: "case",
  MATCH_CLASS: "case",
  FORMAT_VALUE: "case",
  BUILD_CONST_KEY_MAP: "case",
  BUILD_STRING: "case",
  LOAD_METHOD: "case",
  LIST_EXTEND: "case",
  SET_UPDATE: "case",
  DICT_MERGE: "case",
  DICT_UPDATE: "case",
  PRECALL: "case",
  CALL: "case",
  KW_NAMES: "case",
  POP_JUMP_BACKWARD_IF_NOT_NONE: "case",
  POP_JUMP_BACKWARD_IF_NONE: "case",
  POP_JUMP_BACKWARD_IF_FALSE: "case",
  POP_JUMP_BACKWARD_IF_TRUE: "case",
};

// Case bodies emitted out of line (generator/outline.ts): `execute` stays small for V8's compiler.
function body_BINARY_SUBSCR(stack: Slot[], sp: number): number {
  op_BINARY_SUBSCR: {
    let _c0: boolean;
    // LIST_INT_INDEX
    let _t1: PyObject;
    let _t2: PyObject;
    {
      const container = stack[sp - 2] as PyObject;
      const sub = stack[sp - 1] as PyObject;
      sp -= 2;
      let cond: boolean;
      cond = container instanceof rt.PyList && container.cls === rt.listType && typeof sub === "number";
      _t1 = container;
      _t2 = sub;
      _c0 = cond;
    }
    if (_c0) {
      // LIST_GETITEM
      let _t3: PyObject;
      {
        const container = _t1 as PyList;
        const sub = _t2 as number;
        let res: PyObject;
        const items = container.items;
        const i = sub + (sub < 0 ? items.length : 0);
        if (i < 0 || i >= items.length) throw rt.listIndexError();
        res = items[i];
        _t3 = res;
      }
      stack[sp] = _t3;
      sp += 1;
    } else {
      let _c4: boolean;
      // TUPLE_INT_INDEX
      let _t5: PyObject;
      let _t6: PyObject;
      {
        const container = _t1;
        const sub = _t2;
        let cond: boolean;
        cond = container instanceof rt.PyTuple && container.cls === rt.tupleType && typeof sub === "number";
        _t5 = container;
        _t6 = sub;
        _c4 = cond;
      }
      if (_c4) {
        // TUPLE_GETITEM
        let _t7: PyObject;
        {
          const container = _t5 as PyTuple;
          const sub = _t6 as number;
          let res: PyObject;
          const items = container.items;
          const i = sub + (sub < 0 ? items.length : 0);
          if (i < 0 || i >= items.length) throw rt.tupleIndexError();
          res = items[i];
          _t7 = res;
        }
        stack[sp] = _t7;
        sp += 1;
      } else {
        let _c8: boolean;
        // DICT_INDEX
        let _t9: PyObject;
        let _t10: PyObject;
        {
          const container = _t5;
          const sub = _t6;
          let cond: boolean;
          cond = container instanceof rt.PyDict && container.cls === rt.dictType;
          _t9 = container;
          _t10 = sub;
          _c8 = cond;
        }
        if (_c8) {
          // DICT_GETITEM
          let _t11: PyObject;
          {
            const container = _t9 as PyDict;
            const sub = _t10;
            let res: PyObject;
            const v = rt.dictGet(container, sub);
            if (v === undefined) throw rt.keyError(sub);
            res = v;
            _t11 = res;
          }
          stack[sp] = _t11;
          sp += 1;
        } else {
          let _c12: boolean;
          // STR_INT_INDEX
          let _t13: PyObject;
          let _t14: PyObject;
          {
            const container = _t9;
            const sub = _t10;
            let cond: boolean;
            cond = typeof container === "string" && typeof sub === "number";
            _t13 = container;
            _t14 = sub;
            _c12 = cond;
          }
          if (_c12) {
            // STR_GETITEM
            let _t15: PyObject;
            {
              const container = _t13 as string;
              const sub = _t14 as number;
              let res: PyObject;
              res = rt.strIndex(container, sub);
              _t15 = res;
            }
            stack[sp] = _t15;
            sp += 1;
          } else {
            // GETITEM
            let _t16: PyObject;
            {
              const container = _t13;
              const sub = _t14;
              let res: PyObject;
              res = rt.subscr(container, sub);
              _t16 = res;
            }
            stack[sp] = _t16;
            sp += 1;
          }
        }
      }
    }
  }
  return sp;
}

function body_STORE_SUBSCR(stack: Slot[], sp: number): number {
  op_STORE_SUBSCR: {
    let _c0: boolean;
    // LIST_INT_STORE
    let _t1: PyObject;
    let _t2: PyObject;
    let _t3: PyObject;
    {
      const value = stack[sp - 3] as PyObject;
      const container = stack[sp - 2] as PyObject;
      const sub = stack[sp - 1] as PyObject;
      sp -= 3;
      let cond: boolean;
      cond = container instanceof rt.PyList && container.cls === rt.listType && typeof sub === "number";
      _t1 = value;
      _t2 = container;
      _t3 = sub;
      _c0 = cond;
    }
    if (_c0) {
      // LIST_SETITEM
      {
        const value = _t1;
        const container = _t2 as PyList;
        const sub = _t3 as number;
        const items = container.items;
        const i = sub + (sub < 0 ? items.length : 0);
        if (i < 0 || i >= items.length) throw rt.listAssignIndexError();
        items[i] = value;
      }
    } else {
      let _c4: boolean;
      // DICT_STORE
      let _t5: PyObject;
      let _t6: PyObject;
      let _t7: PyObject;
      {
        const value = _t1;
        const container = _t2;
        const sub = _t3;
        let cond: boolean;
        cond = container instanceof rt.PyDict && container.cls === rt.dictType;
        _t5 = value;
        _t6 = container;
        _t7 = sub;
        _c4 = cond;
      }
      if (_c4) {
        // DICT_SETITEM
        {
          const value = _t5;
          const container = _t6 as PyDict;
          const sub = _t7;
          rt.dictSet(container, sub, value);
        }
      } else {
        // STORE_SUBSCR
        {
          const value = _t5;
          const container = _t6;
          const sub = _t7;
          rt.P.setItem(container, sub, value);
        }
      }
    }
  }
  return sp;
}

function body_UNPACK_SEQUENCE(stack: Slot[], sp: number, oparg: number): number {
  op_UNPACK_SEQUENCE: {
    let _c0: boolean;
    // SEQ_OF_LEN(n=oparg)
    let _t1: PyObject;
    {
      const n = oparg;
      const seq = stack[sp - 1] as PyObject;
      sp -= 1;
      let cond: boolean;
      cond =
        ((seq instanceof rt.PyTuple && seq.cls === rt.tupleType) ||
          (seq instanceof rt.PyList && seq.cls === rt.listType)) &&
        seq.items.length === n;
      _t1 = seq;
      _c0 = cond;
    }
    if (_c0) {
      // SEQ_UNPACK(n=oparg)
      stack[sp] = _t1;
      sp += 1;
      {
        const n = oparg;
        const base = sp - 1;
        const seq = stack[base + 0] as PyTuple | PyList;
        sp = base;
        let values: PyObject[];
        const items = seq.items;
        values = new Array<PyObject>(n);
        for (let i = 0; i < n; i++) values[i] = items[n - 1 - i];
        for (let _i = 0; _i < n; _i++) stack[base + 0 + _i] = values[_i];
        sp = base + n;
      }
    } else {
      // UNPACK_SEQUENCE(n=oparg)
      stack[sp] = _t1;
      sp += 1;
      {
        const n = oparg;
        const base = sp - 1;
        const seq = stack[base + 0] as PyObject;
        sp = base;
        let values: PyObject[];
        values = rt.unpackSequence(seq, n);
        for (let _i = 0; _i < n; _i++) stack[base + 0 + _i] = values[_i];
        sp = base + n;
      }
    }
  }
  return sp;
}

function body_UNPACK_EX(stack: Slot[], sp: number, oparg: number): number {
  op_UNPACK_EX: {
    // UNPACK_EX(counts=oparg)
    {
      const counts = oparg;
      const base = sp - 1;
      const seq = stack[base + 0] as PyObject;
      sp = base;
      let values: PyObject[];
      values = rt.unpackEx(seq, counts);
      for (let _i = 0; _i < (counts & 0xff) + (counts >> 8) + 1; _i++) stack[base + 0 + _i] = values[_i];
      sp = base + ((counts & 0xff) + (counts >> 8) + 1);
    }
  }
  return sp;
}

function body_LOAD_ATTR(code: PyCode, stack: Slot[], sp: number, oparg: number): number {
  op_LOAD_ATTR: {
    let _c0: boolean;
    // INSTANCE_ATTR(name=oparg)
    let _t1: PyObject;
    {
      const name = oparg;
      const owner = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      let cond: boolean;
      const v = rt.instanceAttr(owner, code.names[name]);
      cond = v !== undefined;
      res = cond ? (v as PyObject) : owner;
      _t1 = res;
      _c0 = cond;
    }
    if (_c0) {
      stack[sp] = _t1;
      sp += 1;
    } else {
      // LOAD_ATTR(name=oparg)
      let _t2: PyObject;
      {
        const name = oparg;
        const owner = _t1;
        let res: PyObject;
        res = rt.getAttr(owner, code.names[name]);
        _t2 = res;
      }
      stack[sp] = _t2;
      sp += 1;
    }
  }
  return sp;
}

function body_COMPARE_OP(stack: Slot[], sp: number, oparg: number): number {
  op_COMPARE_OP: {
    let _c0: boolean;
    // BOTH_SMALL_INT
    let _t1: PyObject;
    let _t2: PyObject;
    {
      const lhs = stack[sp - 2] as PyObject;
      const rhs = stack[sp - 1] as PyObject;
      sp -= 2;
      let cond: boolean;
      cond = typeof lhs === "number" && typeof rhs === "number";
      _t1 = lhs;
      _t2 = rhs;
      _c0 = cond;
    }
    if (_c0) {
      // INT_COMPARE(op=oparg)
      let _t3: PyObject;
      {
        const op = oparg;
        const lhs = _t1 as number;
        const rhs = _t2 as number;
        let res: PyObject;
        res = rt.numberCompare(lhs, rhs, op);
        _t3 = res;
      }
      stack[sp] = _t3;
      sp += 1;
    } else {
      let _c4: boolean;
      // BOTH_FLOAT
      let _t5: PyObject;
      let _t6: PyObject;
      {
        const lhs = _t1;
        const rhs = _t2;
        let cond: boolean;
        cond = lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat;
        _t5 = lhs;
        _t6 = rhs;
        _c4 = cond;
      }
      if (_c4) {
        // FLOAT_COMPARE(op=oparg)
        let _t7: PyObject;
        {
          const op = oparg;
          const lhs = _t5 as PyFloat;
          const rhs = _t6 as PyFloat;
          let res: PyObject;
          res = rt.numberCompare(lhs.value, rhs.value, op);
          _t7 = res;
        }
        stack[sp] = _t7;
        sp += 1;
      } else {
        let _c8: boolean;
        // FLOAT_SMALL_INT
        let _t9: PyObject;
        let _t10: PyObject;
        {
          const lhs = _t5;
          const rhs = _t6;
          let cond: boolean;
          cond = lhs instanceof rt.PyFloat && typeof rhs === "number";
          _t9 = lhs;
          _t10 = rhs;
          _c8 = cond;
        }
        if (_c8) {
          // FLOAT_INT_COMPARE(op=oparg)
          let _t11: PyObject;
          {
            const op = oparg;
            const lhs = _t9 as PyFloat;
            const rhs = _t10 as number;
            let res: PyObject;
            res = rt.numberCompare(lhs.value, rhs, op);
            _t11 = res;
          }
          stack[sp] = _t11;
          sp += 1;
        } else {
          let _c12: boolean;
          // SMALL_INT_FLOAT
          let _t13: PyObject;
          let _t14: PyObject;
          {
            const lhs = _t9;
            const rhs = _t10;
            let cond: boolean;
            cond = typeof lhs === "number" && rhs instanceof rt.PyFloat;
            _t13 = lhs;
            _t14 = rhs;
            _c12 = cond;
          }
          if (_c12) {
            // INT_FLOAT_COMPARE(op=oparg)
            let _t15: PyObject;
            {
              const op = oparg;
              const lhs = _t13 as number;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = rt.numberCompare(lhs, rhs.value, op);
              _t15 = res;
            }
            stack[sp] = _t15;
            sp += 1;
          } else {
            // COMPARE_GENERIC(op=oparg)
            let _t16: PyObject;
            {
              const op = oparg;
              const lhs = _t13;
              const rhs = _t14;
              let res: PyObject;
              res = rt.compare(lhs, rhs, op);
              _t16 = res;
            }
            stack[sp] = _t16;
            sp += 1;
          }
        }
      }
    }
  }
  return sp;
}

function body_LOAD_GLOBAL(frame: Frame, code: PyCode, stack: Slot[], sp: number, oparg: number): number {
  op_LOAD_GLOBAL: {
    if (oparg & 1) {
      // PUSH_NULL
      let _t0: Slot;
      {
        let res: Slot;
        res = null;
        _t0 = res;
      }
      stack[sp] = _t0;
      sp += 1;
    } else {
    }
    // LOAD_GLOBAL(name=oparg >> 1)
    let _t1: PyObject;
    {
      const name = oparg >> 1;
      let value: PyObject;
      value = rt.loadGlobal(frame, code.names[name]);
      _t1 = value;
    }
    stack[sp] = _t1;
    sp += 1;
  }
  return sp;
}

function body_BINARY_OP(stack: Slot[], sp: number, oparg: number): number {
  op_BINARY_OP: {
    let _c0: boolean;
    // BOTH_SMALL_INT
    let _t1: PyObject;
    let _t2: PyObject;
    {
      const lhs = stack[sp - 2] as PyObject;
      const rhs = stack[sp - 1] as PyObject;
      sp -= 2;
      let cond: boolean;
      cond = typeof lhs === "number" && typeof rhs === "number";
      _t1 = lhs;
      _t2 = rhs;
      _c0 = cond;
    }
    if (_c0) {
      switch (oparg) {
        case 0: {
          // NB_ADD
          // INT_ADD
          let _t3: PyObject;
          {
            const lhs = _t1 as number;
            const rhs = _t2 as number;
            let res: PyObject;
            const r = lhs + rhs;
            res = Number.isSafeInteger(r) ? r : rt.O.intBinary(lhs, rhs, 0);
            _t3 = res;
          }
          stack[sp] = _t3;
          sp += 1;
          break;
        }
        case 13: {
          // NB_INPLACE_ADD
          // INT_ADD
          let _t4: PyObject;
          {
            const lhs = _t1 as number;
            const rhs = _t2 as number;
            let res: PyObject;
            const r = lhs + rhs;
            res = Number.isSafeInteger(r) ? r : rt.O.intBinary(lhs, rhs, 0);
            _t4 = res;
          }
          stack[sp] = _t4;
          sp += 1;
          break;
        }
        case 10: {
          // NB_SUBTRACT
          // INT_SUB
          let _t5: PyObject;
          {
            const lhs = _t1 as number;
            const rhs = _t2 as number;
            let res: PyObject;
            const r = lhs - rhs;
            res = Number.isSafeInteger(r) ? r : rt.O.intBinary(lhs, rhs, 10);
            _t5 = res;
          }
          stack[sp] = _t5;
          sp += 1;
          break;
        }
        case 23: {
          // NB_INPLACE_SUBTRACT
          // INT_SUB
          let _t6: PyObject;
          {
            const lhs = _t1 as number;
            const rhs = _t2 as number;
            let res: PyObject;
            const r = lhs - rhs;
            res = Number.isSafeInteger(r) ? r : rt.O.intBinary(lhs, rhs, 10);
            _t6 = res;
          }
          stack[sp] = _t6;
          sp += 1;
          break;
        }
        case 5: {
          // NB_MULTIPLY
          // INT_MUL
          let _t7: PyObject;
          {
            const lhs = _t1 as number;
            const rhs = _t2 as number;
            let res: PyObject;
            const r = lhs * rhs;
            res = Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : rt.O.intBinary(lhs, rhs, 5);
            _t7 = res;
          }
          stack[sp] = _t7;
          sp += 1;
          break;
        }
        case 18: {
          // NB_INPLACE_MULTIPLY
          // INT_MUL
          let _t8: PyObject;
          {
            const lhs = _t1 as number;
            const rhs = _t2 as number;
            let res: PyObject;
            const r = lhs * rhs;
            res = Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : rt.O.intBinary(lhs, rhs, 5);
            _t8 = res;
          }
          stack[sp] = _t8;
          sp += 1;
          break;
        }
        case 4: {
          // NB_MATRIX_MULTIPLY
          // BINARY_GENERIC(op=oparg)
          let _t9: PyObject;
          {
            const op = oparg;
            const lhs = _t1;
            const rhs = _t2;
            let res: PyObject;
            res = rt.binaryOp(lhs, rhs, op);
            _t9 = res;
          }
          stack[sp] = _t9;
          sp += 1;
          break;
        }
        case 17: {
          // NB_INPLACE_MATRIX_MULTIPLY
          // BINARY_GENERIC(op=oparg)
          let _t10: PyObject;
          {
            const op = oparg;
            const lhs = _t1;
            const rhs = _t2;
            let res: PyObject;
            res = rt.binaryOp(lhs, rhs, op);
            _t10 = res;
          }
          stack[sp] = _t10;
          sp += 1;
          break;
        }
        default: {
          // INT_BINARY(op=oparg % 13)
          let _t11: PyObject;
          {
            const op = oparg % 13;
            const lhs = _t1 as number;
            const rhs = _t2 as number;
            let res: PyObject;
            res = rt.O.intBinary(lhs, rhs, op);
            _t11 = res;
          }
          stack[sp] = _t11;
          sp += 1;
        }
      }
    } else {
      let _c12: boolean;
      // BOTH_FLOAT
      let _t13: PyObject;
      let _t14: PyObject;
      {
        const lhs = _t1;
        const rhs = _t2;
        let cond: boolean;
        cond = lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat;
        _t13 = lhs;
        _t14 = rhs;
        _c12 = cond;
      }
      if (_c12) {
        switch (oparg) {
          case 0: {
            // NB_ADD
            // FLOAT_ADD
            let _t15: PyObject;
            {
              const lhs = _t13 as PyFloat;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = new rt.PyFloat(lhs.value + rhs.value);
              _t15 = res;
            }
            stack[sp] = _t15;
            sp += 1;
            break;
          }
          case 13: {
            // NB_INPLACE_ADD
            // FLOAT_ADD
            let _t16: PyObject;
            {
              const lhs = _t13 as PyFloat;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = new rt.PyFloat(lhs.value + rhs.value);
              _t16 = res;
            }
            stack[sp] = _t16;
            sp += 1;
            break;
          }
          case 10: {
            // NB_SUBTRACT
            // FLOAT_SUB
            let _t17: PyObject;
            {
              const lhs = _t13 as PyFloat;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = new rt.PyFloat(lhs.value - rhs.value);
              _t17 = res;
            }
            stack[sp] = _t17;
            sp += 1;
            break;
          }
          case 23: {
            // NB_INPLACE_SUBTRACT
            // FLOAT_SUB
            let _t18: PyObject;
            {
              const lhs = _t13 as PyFloat;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = new rt.PyFloat(lhs.value - rhs.value);
              _t18 = res;
            }
            stack[sp] = _t18;
            sp += 1;
            break;
          }
          case 5: {
            // NB_MULTIPLY
            // FLOAT_MUL
            let _t19: PyObject;
            {
              const lhs = _t13 as PyFloat;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = new rt.PyFloat(lhs.value * rhs.value);
              _t19 = res;
            }
            stack[sp] = _t19;
            sp += 1;
            break;
          }
          case 18: {
            // NB_INPLACE_MULTIPLY
            // FLOAT_MUL
            let _t20: PyObject;
            {
              const lhs = _t13 as PyFloat;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = new rt.PyFloat(lhs.value * rhs.value);
              _t20 = res;
            }
            stack[sp] = _t20;
            sp += 1;
            break;
          }
          case 11: {
            // NB_TRUE_DIVIDE
            // FLOAT_BINARY(op=oparg)
            let _t21: PyObject;
            {
              const op = oparg;
              const lhs = _t13 as PyFloat;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = rt.O.floatBinary(lhs.value, rhs.value, op);
              _t21 = res;
            }
            stack[sp] = _t21;
            sp += 1;
            break;
          }
          case 24: {
            // NB_INPLACE_TRUE_DIVIDE
            // FLOAT_BINARY(op=oparg - 13)
            let _t22: PyObject;
            {
              const op = oparg - 13;
              const lhs = _t13 as PyFloat;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = rt.O.floatBinary(lhs.value, rhs.value, op);
              _t22 = res;
            }
            stack[sp] = _t22;
            sp += 1;
            break;
          }
          case 2: {
            // NB_FLOOR_DIVIDE
            // FLOAT_BINARY(op=oparg)
            let _t23: PyObject;
            {
              const op = oparg;
              const lhs = _t13 as PyFloat;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = rt.O.floatBinary(lhs.value, rhs.value, op);
              _t23 = res;
            }
            stack[sp] = _t23;
            sp += 1;
            break;
          }
          case 15: {
            // NB_INPLACE_FLOOR_DIVIDE
            // FLOAT_BINARY(op=oparg - 13)
            let _t24: PyObject;
            {
              const op = oparg - 13;
              const lhs = _t13 as PyFloat;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = rt.O.floatBinary(lhs.value, rhs.value, op);
              _t24 = res;
            }
            stack[sp] = _t24;
            sp += 1;
            break;
          }
          case 6: {
            // NB_REMAINDER
            // FLOAT_BINARY(op=oparg)
            let _t25: PyObject;
            {
              const op = oparg;
              const lhs = _t13 as PyFloat;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = rt.O.floatBinary(lhs.value, rhs.value, op);
              _t25 = res;
            }
            stack[sp] = _t25;
            sp += 1;
            break;
          }
          case 19: {
            // NB_INPLACE_REMAINDER
            // FLOAT_BINARY(op=oparg - 13)
            let _t26: PyObject;
            {
              const op = oparg - 13;
              const lhs = _t13 as PyFloat;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = rt.O.floatBinary(lhs.value, rhs.value, op);
              _t26 = res;
            }
            stack[sp] = _t26;
            sp += 1;
            break;
          }
          case 8: {
            // NB_POWER
            // FLOAT_BINARY(op=oparg)
            let _t27: PyObject;
            {
              const op = oparg;
              const lhs = _t13 as PyFloat;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = rt.O.floatBinary(lhs.value, rhs.value, op);
              _t27 = res;
            }
            stack[sp] = _t27;
            sp += 1;
            break;
          }
          case 21: {
            // NB_INPLACE_POWER
            // FLOAT_BINARY(op=oparg - 13)
            let _t28: PyObject;
            {
              const op = oparg - 13;
              const lhs = _t13 as PyFloat;
              const rhs = _t14 as PyFloat;
              let res: PyObject;
              res = rt.O.floatBinary(lhs.value, rhs.value, op);
              _t28 = res;
            }
            stack[sp] = _t28;
            sp += 1;
            break;
          }
          default: {
            // BINARY_GENERIC(op=oparg)
            let _t29: PyObject;
            {
              const op = oparg;
              const lhs = _t13;
              const rhs = _t14;
              let res: PyObject;
              res = rt.binaryOp(lhs, rhs, op);
              _t29 = res;
            }
            stack[sp] = _t29;
            sp += 1;
          }
        }
      } else {
        let _c30: boolean;
        // FLOAT_SMALL_INT
        let _t31: PyObject;
        let _t32: PyObject;
        {
          const lhs = _t13;
          const rhs = _t14;
          let cond: boolean;
          cond = lhs instanceof rt.PyFloat && typeof rhs === "number";
          _t31 = lhs;
          _t32 = rhs;
          _c30 = cond;
        }
        if (_c30) {
          // FLOAT_INT_BINARY(op=oparg)
          let _t33: PyObject;
          {
            const op = oparg;
            const lhs = _t31 as PyFloat;
            const rhs = _t32 as number;
            let res: PyObject;
            res = rt.O.floatMixedBinary(lhs, rhs, lhs.value, rhs, op);
            _t33 = res;
          }
          stack[sp] = _t33;
          sp += 1;
        } else {
          let _c34: boolean;
          // SMALL_INT_FLOAT
          let _t35: PyObject;
          let _t36: PyObject;
          {
            const lhs = _t31;
            const rhs = _t32;
            let cond: boolean;
            cond = typeof lhs === "number" && rhs instanceof rt.PyFloat;
            _t35 = lhs;
            _t36 = rhs;
            _c34 = cond;
          }
          if (_c34) {
            // INT_FLOAT_BINARY(op=oparg)
            let _t37: PyObject;
            {
              const op = oparg;
              const lhs = _t35 as number;
              const rhs = _t36 as PyFloat;
              let res: PyObject;
              res = rt.O.floatMixedBinary(lhs, rhs, lhs, rhs.value, op);
              _t37 = res;
            }
            stack[sp] = _t37;
            sp += 1;
          } else {
            // BINARY_GENERIC(op=oparg)
            let _t38: PyObject;
            {
              const op = oparg;
              const lhs = _t35;
              const rhs = _t36;
              let res: PyObject;
              res = rt.binaryOp(lhs, rhs, op);
              _t38 = res;
            }
            stack[sp] = _t38;
            sp += 1;
          }
        }
      }
    }
  }
  return sp;
}

// Cold ops (the ops spec/fat-ops.yaml's `hot` does not list): each a function of its own, run
// from `execute`'s `default:` through COLD_OPS with `sp`, `ip`, `lasti` passed in the frame (and
// `stack`, `locals` read from it again after: a back-edge may renew them; see
// generator/outline.ts), so that reaching one for the first time deoptimises only it.
function cold_UNARY_POSITIVE(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_UNARY_POSITIVE: {
    // UNARY_POSITIVE
    let _t0: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = rt.O.unaryPositive(value);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_UNARY_NEGATIVE(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_UNARY_NEGATIVE: {
    // UNARY_NEGATIVE
    let _t0: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = rt.O.unaryNegative(value);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_UNARY_NOT(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_UNARY_NOT: {
    // UNARY_NOT
    let _t0: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = !rt.isTrue(value);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_UNARY_INVERT(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_UNARY_INVERT: {
    // UNARY_INVERT
    let _t0: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = rt.O.unaryInvert(value);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_GET_LEN(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_GET_LEN: {
    // GET_LEN
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const obj = stack[sp - 1] as PyObject;
      sp -= 1;
      let len: PyObject;
      len = rt.P.len(obj);
      _t0 = obj;
      _t1 = len;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
}

function cold_MATCH_MAPPING(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_MATCH_MAPPING: {
    // MATCH_MAPPING
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const subject = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = rt.match.matchMapping(subject);
      _t0 = subject;
      _t1 = res;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
}

function cold_MATCH_SEQUENCE(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_MATCH_SEQUENCE: {
    // MATCH_SEQUENCE
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const subject = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = rt.match.matchSequence(subject);
      _t0 = subject;
      _t1 = res;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
}

function cold_MATCH_KEYS(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_MATCH_KEYS: {
    // MATCH_KEYS
    let _t0: PyObject;
    let _t1: PyObject;
    let _t2: PyObject;
    {
      const subject = stack[sp - 2] as PyObject;
      const keys = stack[sp - 1] as PyObject;
      sp -= 2;
      let values: PyObject;
      values = rt.match.matchKeys(subject, keys);
      _t0 = subject;
      _t1 = keys;
      _t2 = values;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    stack[sp + 2] = _t2;
    sp += 3;
  }
  frame.sp = sp;
}

function cold_PUSH_EXC_INFO(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_PUSH_EXC_INFO: {
    // PUSH_EXC_INFO
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let prev: PyObject;
      prev = rt.state.excValue;
      rt.state.excValue = value;
      _t0 = prev;
      _t1 = value;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
}

function cold_CHECK_EXC_MATCH(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_CHECK_EXC_MATCH: {
    // CHECK_EXC_MATCH
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const left = stack[sp - 2] as PyObject;
      const right = stack[sp - 1] as PyObject;
      sp -= 2;
      let res: PyObject;
      res = rt.checkExcMatch(left, right);
      _t0 = left;
      _t1 = res;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
}

function cold_CHECK_EG_MATCH(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_CHECK_EG_MATCH: {
    // CHECK_EG_MATCH
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const exc_value = stack[sp - 2] as PyObject;
      const match_type = stack[sp - 1] as PyObject;
      sp -= 2;
      let rest: PyObject;
      let match: PyObject;
      [rest, match] = rt.exceptStarMatch(exc_value, match_type);
      if (match !== rt.None) rt.state.excValue = match;
      _t0 = rest;
      _t1 = match;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
}

function cold_WITH_EXCEPT_START(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_WITH_EXCEPT_START: {
    // WITH_EXCEPT_START
    let _t0: PyObject;
    let _t1: PyObject;
    let _t2: PyObject;
    let _t3: PyObject;
    let _t4: PyObject;
    {
      const exit_func = stack[sp - 4] as PyObject;
      const exc_lasti = stack[sp - 3] as PyObject;
      const prev_exc = stack[sp - 2] as PyObject;
      const val = stack[sp - 1] as PyObject;
      sp -= 4;
      let res: PyObject;
      res = rt.withExceptStart(exit_func, val);
      _t0 = exit_func;
      _t1 = exc_lasti;
      _t2 = prev_exc;
      _t3 = val;
      _t4 = res;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    stack[sp + 2] = _t2;
    stack[sp + 3] = _t3;
    stack[sp + 4] = _t4;
    sp += 5;
  }
  frame.sp = sp;
}

function cold_GET_AITER(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_GET_AITER: {
    // GET_AITER
    let _t0: PyObject;
    {
      const obj = stack[sp - 1] as PyObject;
      sp -= 1;
      let iter: PyObject;
      iter = rt.co.getAIter(obj);
      _t0 = iter;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_GET_ANEXT(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_GET_ANEXT: {
    // GET_ANEXT
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const aiter = stack[sp - 1] as PyObject;
      sp -= 1;
      let awaitable: PyObject;
      awaitable = rt.co.getANext(aiter);
      _t0 = aiter;
      _t1 = awaitable;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
}

function cold_BEFORE_ASYNC_WITH(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_BEFORE_ASYNC_WITH: {
    // BEFORE_ASYNC_WITH
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const mgr = stack[sp - 1] as PyObject;
      sp -= 1;
      let exit: PyObject;
      let res: PyObject;
      [exit, res] = rt.co.beforeAsyncWith(mgr);
      _t0 = exit;
      _t1 = res;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
}

function cold_BEFORE_WITH(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_BEFORE_WITH: {
    // BEFORE_WITH
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const mgr = stack[sp - 1] as PyObject;
      sp -= 1;
      let exit: PyObject;
      let res: PyObject;
      [exit, res] = rt.beforeWith(mgr);
      _t0 = exit;
      _t1 = res;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
}

function cold_END_ASYNC_FOR(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_END_ASYNC_FOR: {
    // END_ASYNC_FOR
    {
      const aiter = stack[sp - 2] as PyObject;
      const exc = stack[sp - 1] as PyObject;
      sp -= 2;
      rt.co.endAsyncFor(exc);
    }
  }
  frame.sp = sp;
}

function cold_DELETE_SUBSCR(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_DELETE_SUBSCR: {
    // DELETE_SUBSCR
    {
      const container = stack[sp - 2] as PyObject;
      const sub = stack[sp - 1] as PyObject;
      sp -= 2;
      rt.P.delItem(container, sub);
    }
  }
  frame.sp = sp;
}

function cold_GET_YIELD_FROM_ITER(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_GET_YIELD_FROM_ITER: {
    // GET_YIELD_FROM_ITER
    let _t0: PyObject;
    {
      const iterable = stack[sp - 1] as PyObject;
      sp -= 1;
      let iter: PyObject;
      iter = rt.getYieldFromIter(iterable);
      _t0 = iter;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_PRINT_EXPR(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_PRINT_EXPR: {
    // PRINT_EXPR
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      rt.printExpr(value);
    }
  }
  frame.sp = sp;
}

function cold_LOAD_BUILD_CLASS(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_LOAD_BUILD_CLASS: {
    // LOAD_BUILD_CLASS
    let _t0: PyObject;
    {
      let bc: PyObject;
      bc = rt.loadBuildClass(frame);
      _t0 = bc;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_LOAD_ASSERTION_ERROR(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_LOAD_ASSERTION_ERROR: {
    // LOAD_ASSERTION_ERROR
    let _t0: PyObject;
    {
      let value: PyObject;
      value = rt.assertionError();
      _t0 = value;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_LIST_TO_TUPLE(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_LIST_TO_TUPLE: {
    // LIST_TO_TUPLE
    let _t0: PyObject;
    {
      const list = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = new rt.PyTuple((list as PyList).items);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_IMPORT_STAR(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_IMPORT_STAR: {
    // IMPORT_STAR
    {
      const module = stack[sp - 1] as PyObject;
      sp -= 1;
      rt.importStar(frame, module);
    }
  }
  frame.sp = sp;
}

function cold_SETUP_ANNOTATIONS(frame: Frame, oparg: number): void {
  op_SETUP_ANNOTATIONS: {
    // SETUP_ANNOTATIONS
    {
      rt.setupAnnotations(frame);
    }
  }
}

function cold_ASYNC_GEN_WRAP(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_ASYNC_GEN_WRAP: {
    // ASYNC_GEN_WRAP
    let _t0: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = rt.co.asyncGenWrap(value);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_PREP_RERAISE_STAR(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_PREP_RERAISE_STAR: {
    // PREP_RERAISE_STAR
    let _t0: PyObject;
    {
      const orig = stack[sp - 2] as PyObject;
      const excs = stack[sp - 1] as PyObject;
      sp -= 2;
      let res: PyObject;
      res = rt.prepReraiseStar(orig, excs);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_POP_EXCEPT(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_POP_EXCEPT: {
    // POP_EXCEPT
    {
      const exc_value = stack[sp - 1] as PyObject;
      sp -= 1;
      rt.state.excValue = exc_value;
    }
  }
  frame.sp = sp;
}

function cold_DELETE_NAME(frame: Frame, oparg: number): void {
  const code: PyCode = frame.code;
  op_DELETE_NAME: {
    // DELETE_NAME(name=oparg)
    {
      const name = oparg;
      rt.deleteName(frame, code.names[name]);
    }
  }
}

function cold_DELETE_ATTR(frame: Frame, oparg: number): void {
  const code: PyCode = frame.code;
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_DELETE_ATTR: {
    // DELETE_ATTR(name=oparg)
    {
      const name = oparg;
      const owner = stack[sp - 1] as PyObject;
      sp -= 1;
      rt.delAttr(owner, code.names[name]);
    }
  }
  frame.sp = sp;
}

function cold_DELETE_GLOBAL(frame: Frame, oparg: number): void {
  const code: PyCode = frame.code;
  op_DELETE_GLOBAL: {
    // DELETE_GLOBAL(name=oparg)
    {
      const name = oparg;
      rt.deleteGlobal(frame, code.names[name]);
    }
  }
}

function cold_BUILD_LIST(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_BUILD_LIST: {
    // BUILD_LIST(n=oparg)
    {
      const n = oparg;
      const base = sp - n;
      const items = stack.slice(base + 0, base + 0 + n) as PyObject[];
      sp = base;
      let res: PyObject;
      res = new rt.PyList(items);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
}

function cold_BUILD_SET(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_BUILD_SET: {
    // BUILD_SET(n=oparg)
    {
      const n = oparg;
      const base = sp - n;
      const items = stack.slice(base + 0, base + 0 + n) as PyObject[];
      sp = base;
      let res: PyObject;
      res = rt.buildSet(items);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
}

function cold_BUILD_MAP(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_BUILD_MAP: {
    // BUILD_MAP(n=oparg)
    {
      const n = oparg;
      const base = sp - n * 2;
      const items = stack.slice(base + 0, base + 0 + n * 2) as PyObject[];
      sp = base;
      let res: PyObject;
      res = rt.buildMap(items);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
}

function cold_IMPORT_NAME(frame: Frame, oparg: number): void {
  const code: PyCode = frame.code;
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_IMPORT_NAME: {
    // IMPORT_NAME(name=oparg)
    let _t0: PyObject;
    {
      const name = oparg;
      const level = stack[sp - 2] as PyObject;
      const fromlist = stack[sp - 1] as PyObject;
      sp -= 2;
      let res: PyObject;
      res = rt.importNameOp(frame, code.names[name], fromlist, level);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_IMPORT_FROM(frame: Frame, oparg: number): void {
  const code: PyCode = frame.code;
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_IMPORT_FROM: {
    // IMPORT_FROM(name=oparg)
    let _t0: PyObject;
    let _t1: PyObject;
    {
      const name = oparg;
      const module = stack[sp - 1] as PyObject;
      sp -= 1;
      let res: PyObject;
      res = rt.importFromOp(module, code.names[name]);
      _t0 = module;
      _t1 = res;
    }
    stack[sp] = _t0;
    stack[sp + 1] = _t1;
    sp += 2;
  }
  frame.sp = sp;
}

function cold_JUMP_IF_FALSE_OR_POP(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let ip: number = frame.ip;
  let sp: number = frame.sp;
  op_JUMP_IF_FALSE_OR_POP: {
    let _c0: boolean;
    // IS_TRUE_KEEP
    let _t1: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let cond: boolean;
      cond = value === true || (value !== false && rt.isTrue(value));
      _t1 = value;
      _c0 = cond;
    }
    if (_c0) {
      // POP
      {
        const value = _t1;
      }
    } else {
      // JUMP(target=oparg)
      stack[sp] = _t1;
      sp += 1;
      {
        const target = oparg;
        {
          ip = target;
          break op_JUMP_IF_FALSE_OR_POP;
        }
      }
    }
  }
  frame.ip = ip;
  frame.sp = sp;
}

function cold_JUMP_IF_TRUE_OR_POP(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let ip: number = frame.ip;
  let sp: number = frame.sp;
  op_JUMP_IF_TRUE_OR_POP: {
    let _c0: boolean;
    // IS_TRUE_KEEP
    let _t1: PyObject;
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let cond: boolean;
      cond = value === true || (value !== false && rt.isTrue(value));
      _t1 = value;
      _c0 = cond;
    }
    if (_c0) {
      // JUMP(target=oparg)
      stack[sp] = _t1;
      sp += 1;
      {
        const target = oparg;
        {
          ip = target;
          break op_JUMP_IF_TRUE_OR_POP;
        }
      }
    } else {
      // POP
      {
        const value = _t1;
      }
    }
  }
  frame.ip = ip;
  frame.sp = sp;
}

function cold_IS_OP(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_IS_OP: {
    // IS(invert=oparg)
    let _t0: PyObject;
    {
      const invert = oparg;
      const lhs = stack[sp - 2] as PyObject;
      const rhs = stack[sp - 1] as PyObject;
      sp -= 2;
      let res: PyObject;
      res = rt.isOp(lhs, rhs) !== (invert === 1);
      _t0 = res;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_RERAISE(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_RERAISE: {
    // RERAISE(n=oparg)
    {
      const n = oparg;
      const base = sp - (1 + n);
      const below = stack.slice(base + 0, base + 0 + n) as PyObject[];
      const exc = stack[base + n] as PyObject;
      sp = base;
      if (n) frame.lasti = below[0] as number;
      throw rt.reraise(exc);
      sp = base + 0;
    }
  }
  frame.sp = sp;
}

function cold_DELETE_FAST(frame: Frame, oparg: number): void {
  const code: PyCode = frame.code;
  const locals: Frame["localsplus"] = frame.localsplus;
  op_DELETE_FAST: {
    // DELETE_FAST(index=oparg)
    {
      const index = oparg;
      if (locals[index] === undefined) throw rt.unboundLocal(code, index);
      locals[index] = undefined;
    }
  }
}

function cold_RAISE_VARARGS(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_RAISE_VARARGS: {
    // RAISE(n=oparg)
    {
      const n = oparg;
      const base = sp - n;
      const items = stack.slice(base + 0, base + 0 + n) as PyObject[];
      sp = base;
      rt.raiseVarargs(items);
      sp = base + 0;
    }
  }
  frame.sp = sp;
}

function cold_GET_AWAITABLE(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_GET_AWAITABLE: {
    // GET_AWAITABLE(where=oparg)
    let _t0: PyObject;
    {
      const where = oparg;
      const iterable = stack[sp - 1] as PyObject;
      sp -= 1;
      let iter: PyObject;
      iter = rt.co.getAwaitable(iterable, where);
      _t0 = iter;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_MAKE_FUNCTION(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_MAKE_FUNCTION: {
    // MAKE_FUNCTION(flags=oparg)
    {
      const flags = oparg;
      const base = sp - (1 + rt.popcount4(flags));
      const extras = stack.slice(base + 0, base + 0 + rt.popcount4(flags)) as PyObject[];
      const codeobj = stack[base + rt.popcount4(flags)] as PyObject;
      sp = base;
      let func: PyObject;
      func = rt.makeFunction(frame, codeobj as PyCode, flags, extras);
      stack[base + 0] = func;
      sp = base + 1;
    }
  }
  frame.sp = sp;
}

function cold_BUILD_SLICE(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_BUILD_SLICE: {
    // BUILD_SLICE(n=oparg)
    {
      const n = oparg;
      const base = sp - n;
      const items = stack.slice(base + 0, base + 0 + n) as PyObject[];
      sp = base;
      let res: PyObject;
      res = rt.buildSlice(items);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
}

function cold_MAKE_CELL(frame: Frame, oparg: number): void {
  const locals: Frame["localsplus"] = frame.localsplus;
  op_MAKE_CELL: {
    // MAKE_CELL(index=oparg)
    {
      const index = oparg;
      locals[index] = new rt.PyCell(locals[index]);
    }
  }
}

function cold_LOAD_CLOSURE(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  const locals: Frame["localsplus"] = frame.localsplus;
  let sp: number = frame.sp;
  op_LOAD_CLOSURE: {
    // LOAD_CELL(index=oparg)
    let _t0: PyObject;
    {
      const index = oparg;
      let cell: PyObject;
      cell = locals[index] as PyObject;
      _t0 = cell;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_STORE_DEREF(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  const locals: Frame["localsplus"] = frame.localsplus;
  let sp: number = frame.sp;
  op_STORE_DEREF: {
    // STORE_DEREF(index=oparg)
    {
      const index = oparg;
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      (locals[index] as PyCell).value = value;
    }
  }
  frame.sp = sp;
}

function cold_DELETE_DEREF(frame: Frame, oparg: number): void {
  const code: PyCode = frame.code;
  const locals: Frame["localsplus"] = frame.localsplus;
  op_DELETE_DEREF: {
    // DELETE_DEREF(index=oparg)
    {
      const index = oparg;
      const cell = locals[index] as PyCell;
      if (cell.value === undefined) throw rt.unboundFree(code, index);
      cell.value = undefined;
    }
  }
}

function cold_CALL_FUNCTION_EX(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_CALL_FUNCTION_EX: {
    // CALL_FUNCTION_EX(n=oparg & 1)
    {
      const n = oparg & 1;
      const base = sp - (3 + n);
      const unused_null = stack[base + 0];
      const func = stack[base + 1] as PyObject;
      const callargs = stack[base + 2] as PyObject;
      const kwargs = stack.slice(base + 3, base + 3 + n) as PyObject[];
      sp = base;
      let res: PyObject;
      res = rt.callFunctionEx(func, callargs, n ? kwargs[0] : undefined);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
}

function cold_SET_ADD(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_SET_ADD: {
    // SET_ADD(n=oparg)
    {
      const n = oparg;
      const base = sp - (2 + (n - 1));
      const set = stack[base + 0] as PyObject;
      const value = stack[base + 1 + (n - 1)] as PyObject;
      sp = base;
      rt.setAdd(set as never, value);
      sp = base + 1 + (n - 1);
    }
  }
  frame.sp = sp;
}

function cold_MAP_ADD(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_MAP_ADD: {
    // MAP_ADD(n=oparg)
    {
      const n = oparg;
      const base = sp - (3 + (n - 1));
      const dict = stack[base + 0] as PyObject;
      const key = stack[base + 1 + (n - 1)] as PyObject;
      const value = stack[base + 2 + (n - 1)] as PyObject;
      sp = base;
      rt.dictSet(dict as PyDict, key, value);
      sp = base + 1 + (n - 1);
    }
  }
  frame.sp = sp;
}

function cold_LOAD_CLASSDEREF(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_LOAD_CLASSDEREF: {
    // LOAD_CLASSDEREF(index=oparg)
    let _t0: PyObject;
    {
      const index = oparg;
      let value: PyObject;
      value = rt.loadClassDeref(frame, index);
      _t0 = value;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_COPY_FREE_VARS(frame: Frame, oparg: number): void {
  op_COPY_FREE_VARS: {
    // COPY_FREE_VARS(n=oparg)
    {
      const n = oparg;
      rt.copyFreeVars(frame, n);
    }
  }
}

function cold_MATCH_CLASS(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_MATCH_CLASS: {
    // MATCH_CLASS(n=oparg)
    let _t0: PyObject;
    {
      const n = oparg;
      const subject = stack[sp - 3] as PyObject;
      const cls = stack[sp - 2] as PyObject;
      const names = stack[sp - 1] as PyObject;
      sp -= 3;
      let attrs: PyObject;
      attrs = rt.match.matchClass(subject, cls, names, n);
      _t0 = attrs;
    }
    stack[sp] = _t0;
    sp += 1;
  }
  frame.sp = sp;
}

function cold_FORMAT_VALUE(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_FORMAT_VALUE: {
    // FORMAT_VALUE(flags=oparg)
    {
      const flags = oparg;
      const base = sp - (1 + ((flags & 4) >> 2));
      const value = stack[base + 0] as PyObject;
      const spec = stack.slice(base + 1, base + 1 + ((flags & 4) >> 2)) as PyObject[];
      sp = base;
      let res: PyObject;
      res = rt.formatValue(value, flags, flags & 4 ? spec[0] : undefined);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
}

function cold_BUILD_CONST_KEY_MAP(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_BUILD_CONST_KEY_MAP: {
    // BUILD_CONST_KEY_MAP(n=oparg)
    {
      const n = oparg;
      const base = sp - (1 + n);
      const values = stack.slice(base + 0, base + 0 + n) as PyObject[];
      const keys = stack[base + n] as PyObject;
      sp = base;
      let res: PyObject;
      res = rt.buildConstKeyMap(values, keys);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
}

function cold_BUILD_STRING(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_BUILD_STRING: {
    // BUILD_STRING(n=oparg)
    {
      const n = oparg;
      const base = sp - n;
      const pieces = stack.slice(base + 0, base + 0 + n) as PyObject[];
      sp = base;
      let res: PyObject;
      res = rt.buildString(pieces);
      stack[base + 0] = res;
      sp = base + 1;
    }
  }
  frame.sp = sp;
}

function cold_LIST_EXTEND(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_LIST_EXTEND: {
    // LIST_EXTEND(n=oparg)
    {
      const n = oparg;
      const base = sp - (2 + (n - 1));
      const list = stack[base + 0] as PyObject;
      const iterable = stack[base + 1 + (n - 1)] as PyObject;
      sp = base;
      rt.listExtend(list, iterable);
      sp = base + 1 + (n - 1);
    }
  }
  frame.sp = sp;
}

function cold_SET_UPDATE(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_SET_UPDATE: {
    // SET_UPDATE(n=oparg)
    {
      const n = oparg;
      const base = sp - (2 + (n - 1));
      const set = stack[base + 0] as PyObject;
      const iterable = stack[base + 1 + (n - 1)] as PyObject;
      sp = base;
      rt.setUpdate(set, iterable);
      sp = base + 1 + (n - 1);
    }
  }
  frame.sp = sp;
}

function cold_DICT_MERGE(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_DICT_MERGE: {
    // DICT_MERGE(n=oparg)
    {
      const n = oparg;
      const base = sp - (4 + (n - 1));
      const func = stack[base + 0];
      const unused1 = stack[base + 1] as PyObject;
      const dict = stack[base + 2] as PyObject;
      const update = stack[base + 3 + (n - 1)] as PyObject;
      sp = base;
      rt.dictMerge(dict, update, func);
      sp = base + 3 + (n - 1);
    }
  }
  frame.sp = sp;
}

function cold_DICT_UPDATE(frame: Frame, oparg: number): void {
  const stack: Slot[] = frame.stack;
  let sp: number = frame.sp;
  op_DICT_UPDATE: {
    // DICT_UPDATE(n=oparg)
    {
      const n = oparg;
      const base = sp - (2 + (n - 1));
      const dict = stack[base + 0] as PyObject;
      const update = stack[base + 1 + (n - 1)] as PyObject;
      sp = base;
      rt.dictUpdate(dict, update);
      sp = base + 1 + (n - 1);
    }
  }
  frame.sp = sp;
}

function cold_PRECALL(frame: Frame, oparg: number): void {
  op_PRECALL: {
  }
}

function cold_KW_NAMES(frame: Frame, oparg: number): void {
  const code: PyCode = frame.code;
  op_KW_NAMES: {
    // KW_NAMES(index=oparg)
    {
      const index = oparg;
      frame.kwnames = (code.consts[index] as PyTuple).items as string[];
    }
  }
}

function cold_POP_JUMP_BACKWARD_IF_NONE(frame: Frame, oparg: number): void {
  let stack: Slot[] = frame.stack;
  let locals: Frame["localsplus"] = frame.localsplus;
  let ip: number = frame.ip;
  let sp: number = frame.sp;
  let lasti: number = frame.lasti;
  op_POP_JUMP_BACKWARD_IF_NONE: {
    let _c0: boolean;
    // IS_NONE
    {
      const value = stack[sp - 1] as PyObject;
      sp -= 1;
      let cond: boolean;
      cond = value === rt.None;
      _c0 = cond;
    }
    if (_c0) {
      // LOOP_BACK(target=oparg)
      {
        const target = oparg;
        {
          ip = target;
          if (rt.renewDue(frame)) {
            stack = frame.stack;
            locals = frame.localsplus;
          }
          if (tracing.enabled || pendingSignals[0] !== 0) {
            frame.ip = ip;
            frame.sp = sp;
            try {
              backEdge(frame, ip);
            } finally {
              ip = frame.ip;
              sp = frame.sp;
              lasti = frame.lasti;
              stack = frame.stack;
              locals = frame.localsplus;
            }
          }
          break op_POP_JUMP_BACKWARD_IF_NONE;
        }
      }
    } else {
    }
  }
  frame.stack = stack;
  frame.localsplus = locals;
  frame.ip = ip;
  frame.sp = sp;
  frame.lasti = lasti;
}

function coldUnknown(frame: Frame, oparg: number): void {
  throw rt.unknownOpcode(frame.code.quick[frame.lasti], frame.lasti);
}

/** Per opcode number, its cold op function (coldUnknown for the others). */
const COLD_OPS: ((frame: Frame, oparg: number) => void)[] = [];
for (let n = 0; n < 256; n++) COLD_OPS.push(coldUnknown);
COLD_OPS[10] = cold_UNARY_POSITIVE;
COLD_OPS[11] = cold_UNARY_NEGATIVE;
COLD_OPS[12] = cold_UNARY_NOT;
COLD_OPS[15] = cold_UNARY_INVERT;
COLD_OPS[30] = cold_GET_LEN;
COLD_OPS[31] = cold_MATCH_MAPPING;
COLD_OPS[32] = cold_MATCH_SEQUENCE;
COLD_OPS[33] = cold_MATCH_KEYS;
COLD_OPS[35] = cold_PUSH_EXC_INFO;
COLD_OPS[36] = cold_CHECK_EXC_MATCH;
COLD_OPS[37] = cold_CHECK_EG_MATCH;
COLD_OPS[49] = cold_WITH_EXCEPT_START;
COLD_OPS[50] = cold_GET_AITER;
COLD_OPS[51] = cold_GET_ANEXT;
COLD_OPS[52] = cold_BEFORE_ASYNC_WITH;
COLD_OPS[53] = cold_BEFORE_WITH;
COLD_OPS[54] = cold_END_ASYNC_FOR;
COLD_OPS[61] = cold_DELETE_SUBSCR;
COLD_OPS[69] = cold_GET_YIELD_FROM_ITER;
COLD_OPS[70] = cold_PRINT_EXPR;
COLD_OPS[71] = cold_LOAD_BUILD_CLASS;
COLD_OPS[74] = cold_LOAD_ASSERTION_ERROR;
COLD_OPS[82] = cold_LIST_TO_TUPLE;
COLD_OPS[84] = cold_IMPORT_STAR;
COLD_OPS[85] = cold_SETUP_ANNOTATIONS;
COLD_OPS[87] = cold_ASYNC_GEN_WRAP;
COLD_OPS[88] = cold_PREP_RERAISE_STAR;
COLD_OPS[89] = cold_POP_EXCEPT;
COLD_OPS[91] = cold_DELETE_NAME;
COLD_OPS[96] = cold_DELETE_ATTR;
COLD_OPS[98] = cold_DELETE_GLOBAL;
COLD_OPS[103] = cold_BUILD_LIST;
COLD_OPS[104] = cold_BUILD_SET;
COLD_OPS[105] = cold_BUILD_MAP;
COLD_OPS[108] = cold_IMPORT_NAME;
COLD_OPS[109] = cold_IMPORT_FROM;
COLD_OPS[111] = cold_JUMP_IF_FALSE_OR_POP;
COLD_OPS[112] = cold_JUMP_IF_TRUE_OR_POP;
COLD_OPS[117] = cold_IS_OP;
COLD_OPS[119] = cold_RERAISE;
COLD_OPS[126] = cold_DELETE_FAST;
COLD_OPS[130] = cold_RAISE_VARARGS;
COLD_OPS[131] = cold_GET_AWAITABLE;
COLD_OPS[132] = cold_MAKE_FUNCTION;
COLD_OPS[133] = cold_BUILD_SLICE;
COLD_OPS[135] = cold_MAKE_CELL;
COLD_OPS[136] = cold_LOAD_CLOSURE;
COLD_OPS[138] = cold_STORE_DEREF;
COLD_OPS[139] = cold_DELETE_DEREF;
COLD_OPS[142] = cold_CALL_FUNCTION_EX;
COLD_OPS[146] = cold_SET_ADD;
COLD_OPS[147] = cold_MAP_ADD;
COLD_OPS[148] = cold_LOAD_CLASSDEREF;
COLD_OPS[149] = cold_COPY_FREE_VARS;
COLD_OPS[152] = cold_MATCH_CLASS;
COLD_OPS[155] = cold_FORMAT_VALUE;
COLD_OPS[156] = cold_BUILD_CONST_KEY_MAP;
COLD_OPS[157] = cold_BUILD_STRING;
COLD_OPS[162] = cold_LIST_EXTEND;
COLD_OPS[163] = cold_SET_UPDATE;
COLD_OPS[164] = cold_DICT_MERGE;
COLD_OPS[165] = cold_DICT_UPDATE;
COLD_OPS[166] = cold_PRECALL;
COLD_OPS[172] = cold_KW_NAMES;
COLD_OPS[174] = cold_POP_JUMP_BACKWARD_IF_NONE;

/** Runs `entry` in the base interpreter (see executeCountingHits). */
export function execute(entry: Frame, throwing: PyObject | null = null): PyObject {
  // the frame running: `entry`, or a Python function called from it, run in this same loop
  // (CALL's $call) rather than by a nested execute, as CPython 3.11 runs Python-to-Python
  // calls: deep Python recursion does not grow the JS stack. Each such frame's `back` is its
  // caller, stopped after the CALL's inputs were popped.
  let frame = entry;
  let code: PyCode = frame.code;
  // the warm-up counters of the code's specialisable instructions
  let warm = code.warm;
  // per instruction: its argument, then its quickened opcode | the next instruction << 8 (one
  // typed array read twice costs V8 one map check where three arrays cost three)
  let ins = code.ins;
  let stack: Slot[] = frame.stack;
  let locals = frame.localsplus;
  let ip = frame.ip;
  let sp = frame.sp;
  frame.yielded = false;
  let pending: PyObject | null = throwing;
  // the instruction executing: exception handlers are looked up by it (frame.lasti may be
  // rewritten by RERAISE for the traceback's sake)
  let lasti = frame.lasti;
  // instructions executed, added to the global count when the frame leaves this tier
  let executed = 0;
  // a frame CALL pushed, to run next; the value a called frame returned, for its caller
  let entering: Frame | null = null;
  let returning: PyObject | null = null;
  try {
    run: for (;;) {
      try {
        if (entering !== null) {
          frame = entering;
          entering = null;
          code = frame.code;
          warm = code.warm;
          ins = code.ins;
          stack = frame.stack;
          locals = frame.localsplus;
          ip = frame.ip;
          sp = frame.sp;
          lasti = frame.lasti;
        } else if (returning !== null) {
          const value = returning;
          returning = null;
          const done = frame;
          frame = done.back!;
          rt.unlinkFrame(done);
          code = frame.code;
          warm = code.warm;
          ins = code.ins;
          stack = frame.stack;
          locals = frame.localsplus;
          ip = frame.ip;
          sp = frame.sp;
          lasti = frame.lasti;
          const by = done.resumedBy;
          if (by === 0) {
            // a class's __init__ CALL pushed gives the call its instance (after checking for None);
            // a binary operator's method, its value unless NotImplemented (call.ts callResult)
            stack[sp++] =
              done.initSelf === null && done.binaryLhs === null ? value : rt.callResult(done, value, code.args[lasti]);
            // the returned frame may serve the next call of its code (frame.ts keepSpare)
            rt.keepSpare(done);
          } else if (rt.genStopped(done)) {
            // a generator FOR_ITER or SEND resumed (FOR_ITER_GEN, SEND_GEN) yielded a value
            stack[sp++] = value;
          } else {
            // it returned: FOR_ITER pops it and leaves the loop, SEND replaces it by the value it
            // returned; both jump to their argument
            if (by === rt.RESUMED_BY_FOR_ITER) sp--;
            else stack[sp - 1] = value;
            ip = code.args[lasti];
          }
        }
        if (pending !== null) {
          const e = pending;
          pending = null;
          throw e;
        }
        for (;;) {
          lasti = ip;
          executed++;
          const oparg = ins[2 * lasti];
          const word = ins[2 * lasti + 1];
          ip = word >> 8;
          switch (word & 255) {
            case 1:
              /* POP_TOP */ op_POP_TOP: {
                // POP
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                }
              }
              break;
            case 2:
              /* PUSH_NULL */ op_PUSH_NULL: {
                // PUSH_NULL
                let _t0: Slot;
                {
                  let res: Slot;
                  res = null;
                  _t0 = res;
                }
                stack[sp] = _t0;
                sp += 1;
              }
              break;
            case 9:
              /* NOP */ op_NOP: {
              }
              break;
            case 25:
            case 195:
            /* BINARY_SUBSCR_LIST_INT */ case 196:
            /* BINARY_SUBSCR_TUPLE_INT */ case 197:
              /* BINARY_SUBSCR_DICT */ /* BINARY_SUBSCR */ op_BINARY_SUBSCR: {
                {
                  const q = word & 255;
                  if (q !== 25) {
                    forms_BINARY_SUBSCR: switch (q) {
                      case 195: {
                        // BINARY_SUBSCR_LIST_INT
                        const base = sp - 2;
                        const container = stack[base + 0] as PyObject;
                        const sub = stack[base + 1] as PyObject;
                        if (!(
                          container instanceof rt.PyList &&
                          container.cls === rt.listType &&
                          typeof sub === "number"
                        ))
                          break forms_BINARY_SUBSCR;
                        {
                          // LIST_GETITEM
                          let _t0: PyObject;
                          {
                            const container = stack[sp - 2] as PyList;
                            const sub = stack[sp - 1] as number;
                            sp -= 2;
                            let res: PyObject;
                            const items = container.items;
                            const i = sub + (sub < 0 ? items.length : 0);
                            if (i < 0 || i >= items.length) throw rt.listIndexError();
                            res = items[i];
                            _t0 = res;
                          }
                          stack[sp] = _t0;
                          sp += 1;
                        }
                        break op_BINARY_SUBSCR;
                      }
                    }
                    frame.lasti = lasti;
                    const r = run_BINARY_SUBSCR(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_BINARY_SUBSCR;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_BINARY_SUBSCR(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                sp = body_BINARY_SUBSCR(stack, sp);
              }
              break;
            case 60:
            case 198:
            /* STORE_SUBSCR_LIST_INT */ case 199:
              /* STORE_SUBSCR_DICT */ /* STORE_SUBSCR */ op_STORE_SUBSCR: {
                {
                  const q = word & 255;
                  if (q !== 60) {
                    frame.lasti = lasti;
                    const r = run_STORE_SUBSCR(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_STORE_SUBSCR;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_STORE_SUBSCR(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                sp = body_STORE_SUBSCR(stack, sp);
              }
              break;
            case 68:
              /* GET_ITER */ op_GET_ITER: {
                frame.lasti = lasti;
                // GET_ITER
                let _t0: PyObject;
                {
                  const iterable = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let iter: PyObject;
                  iter = rt.getIter(iterable);
                  _t0 = iter;
                }
                stack[sp] = _t0;
                sp += 1;
              }
              break;
            case 75:
              /* RETURN_GENERATOR */ op_RETURN_GENERATOR: {
                frame.lasti = lasti;
                // RETURN_GENERATOR
                {
                  {
                    frame.ip = ip;
                    frame.sp = sp;
                  }
                  {
                    const _rv: PyObject = rt.makeGenerator(frame);
                    if (frame === entry) return _rv;
                    returning = _rv;
                    continue run;
                  }
                }
              }
              break;
            case 83:
              /* RETURN_VALUE */ op_RETURN_VALUE: {
                frame.lasti = lasti;
                // RETURN
                {
                  const base = sp - 1;
                  const retval = stack[base + 0] as PyObject;
                  sp = base;
                  {
                    const _rv: PyObject = retval;
                    if (frame === entry) return _rv;
                    returning = _rv;
                    continue run;
                  }
                  sp = base + 0;
                }
              }
              break;
            case 86:
              /* YIELD_VALUE */ op_YIELD_VALUE: {
                frame.lasti = lasti;
                // YIELD
                {
                  const base = sp - 1;
                  const value = stack[base + 0] as PyObject;
                  sp = base;
                  {
                    frame.ip = ip;
                    frame.sp = sp;
                    frame.yielded = true;
                    if (frame === entry) return value;
                    returning = value;
                    continue run;
                  }
                  sp = base + 0;
                }
              }
              break;
            case 90:
              /* STORE_NAME */ op_STORE_NAME: {
                frame.lasti = lasti;
                // STORE_NAME(name=oparg)
                {
                  const name = oparg;
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  rt.storeName(frame, code.names[name], value);
                }
              }
              break;
            case 92:
            case 200:
            /* UNPACK_SEQUENCE_TWO_TUPLE */ case 201:
            /* UNPACK_SEQUENCE_TUPLE */ case 202:
              /* UNPACK_SEQUENCE_LIST */ /* UNPACK_SEQUENCE */ op_UNPACK_SEQUENCE: {
                {
                  const q = word & 255;
                  if (q !== 92) {
                    frame.lasti = lasti;
                    const r = run_UNPACK_SEQUENCE(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_UNPACK_SEQUENCE;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_UNPACK_SEQUENCE(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                sp = body_UNPACK_SEQUENCE(stack, sp, oparg);
              }
              break;
            case 93:
            case 217:
            /* FOR_ITER_RANGE */ case 218:
            /* FOR_ITER_LIST */ case 219:
              /* FOR_ITER_GEN */ /* FOR_ITER */ op_FOR_ITER: {
                {
                  const q = word & 255;
                  if (q !== 93) {
                    forms_FOR_ITER: switch (q) {
                      case 217: {
                        // FOR_ITER_RANGE
                        const base = sp - 1;
                        const iter = stack[base + 0] as PyObject;
                        if (!(iter instanceof rt.PyNativeIterator && iter.smallInts)) break forms_FOR_ITER;
                        let next: PyObject;
                        const v = iter.next();
                        if (v === undefined) {
                          sp = base;
                          ip = oparg;
                          break op_FOR_ITER;
                        }
                        next = v;
                        stack[base + 0] = iter;
                        stack[base + 1] = next;
                        sp = base + 2;
                        break op_FOR_ITER;
                      }
                      case 218: {
                        // FOR_ITER_LIST
                        const base = sp - 1;
                        const iter = stack[base + 0] as PyObject;
                        if (!(
                          iter instanceof rt.PyNativeIterator &&
                          (iter.cls === rt.listIteratorType || iter.cls === rt.tupleIteratorType)
                        ))
                          break forms_FOR_ITER;
                        let next: PyObject;
                        const v = iter.next();
                        if (v === undefined) {
                          sp = base;
                          ip = oparg;
                          break op_FOR_ITER;
                        }
                        next = v;
                        stack[base + 0] = iter;
                        stack[base + 1] = next;
                        sp = base + 2;
                        break op_FOR_ITER;
                      }
                      case 219: {
                        // FOR_ITER_GEN
                        const base = sp - 1;
                        const iter = stack[base + 0] as PyObject;
                        if (!(iter instanceof rt.PyGenerator && iter.cls === rt.generatorType)) break forms_FOR_ITER;
                        let next: PyObject;
                        const callee = rt.resumeInLoop(iter, frame, rt.None, rt.RESUMED_BY_FOR_ITER);
                        if (callee === null) break forms_FOR_ITER;
                        {
                          frame.lasti = lasti;
                          frame.ip = ip;
                          frame.sp = base + 1;
                          entering = callee;
                          continue run;
                        }
                        stack[base + 0] = iter;
                        stack[base + 1] = next;
                        sp = base + 2;
                        break op_FOR_ITER;
                      }
                    }
                    frame.lasti = lasti;
                    const r = run_FOR_ITER(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_FOR_ITER;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_FOR_ITER(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                let _c0: boolean;
                // SMALL_INT_ITER
                let _t1: PyObject;
                {
                  const iter = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = iter instanceof rt.PyNativeIterator && iter.smallInts;
                  _t1 = iter;
                  _c0 = cond;
                }
                if (_c0) {
                  let _c2: boolean;
                  // SMALL_INT_ITER_NEXT
                  let _t3: PyObject;
                  let _t4: PyObject;
                  {
                    const iter = _t1 as PyNativeIterator;
                    let next: PyObject;
                    let cond: boolean;
                    const v = iter.next();
                    cond = v !== undefined;
                    next = v as PyObject;
                    _t3 = iter;
                    _t4 = next;
                    _c2 = cond;
                  }
                  if (_c2) {
                    stack[sp] = _t3;
                    stack[sp + 1] = _t4;
                    sp += 2;
                  } else {
                    // POP
                    {
                      const value = _t4;
                    }
                    // POP
                    {
                      const value = _t3;
                    }
                    // JUMP(target=oparg)
                    {
                      const target = oparg;
                      {
                        ip = target;
                        break op_FOR_ITER;
                      }
                    }
                  }
                } else {
                  let _c5: boolean;
                  // SEQ_ITER
                  let _t6: PyObject;
                  {
                    const iter = _t1;
                    let cond: boolean;
                    cond =
                      iter instanceof rt.PyNativeIterator &&
                      (iter.cls === rt.listIteratorType || iter.cls === rt.tupleIteratorType);
                    _t6 = iter;
                    _c5 = cond;
                  }
                  if (_c5) {
                    let _c7: boolean;
                    // SEQ_ITER_NEXT
                    let _t8: PyObject;
                    let _t9: PyObject;
                    {
                      const iter = _t6 as PyNativeIterator;
                      let next: PyObject;
                      let cond: boolean;
                      const v = iter.next();
                      cond = v !== undefined;
                      next = v as PyObject;
                      _t8 = iter;
                      _t9 = next;
                      _c7 = cond;
                    }
                    if (_c7) {
                      stack[sp] = _t8;
                      stack[sp + 1] = _t9;
                      sp += 2;
                    } else {
                      // POP
                      {
                        const value = _t9;
                      }
                      // POP
                      {
                        const value = _t8;
                      }
                      // JUMP(target=oparg)
                      {
                        const target = oparg;
                        {
                          ip = target;
                          break op_FOR_ITER;
                        }
                      }
                    }
                  } else {
                    let _c10: boolean;
                    // ITER_NEXT
                    let _t11: PyObject;
                    let _t12: PyObject;
                    {
                      const iter = _t6;
                      let next: PyObject;
                      let cond: boolean;
                      const v = rt.forIterNext(iter);
                      cond = v !== undefined;
                      next = v as PyObject;
                      _t11 = iter;
                      _t12 = next;
                      _c10 = cond;
                    }
                    if (_c10) {
                      stack[sp] = _t11;
                      stack[sp + 1] = _t12;
                      sp += 2;
                    } else {
                      // POP
                      {
                        const value = _t12;
                      }
                      // POP
                      {
                        const value = _t11;
                      }
                      // JUMP(target=oparg)
                      {
                        const target = oparg;
                        {
                          ip = target;
                          break op_FOR_ITER;
                        }
                      }
                    }
                  }
                }
              }
              break;
            case 94:
              /* UNPACK_EX */ op_UNPACK_EX: {
                frame.lasti = lasti;
                sp = body_UNPACK_EX(stack, sp, oparg);
              }
              break;
            case 95:
            case 206:
            /* STORE_ATTR_INSTANCE_VALUE_POLY */ case 207:
            /* STORE_ATTR_INSTANCE_VALUE */ case 208:
              /* STORE_ATTR_SLOT */ /* STORE_ATTR */ op_STORE_ATTR: {
                {
                  const q = word & 255;
                  if (q !== 95) {
                    frame.lasti = lasti;
                    const r = run_STORE_ATTR(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_STORE_ATTR;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_STORE_ATTR(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                // STORE_ATTR(name=oparg)
                {
                  const name = oparg;
                  const value = stack[sp - 2] as PyObject;
                  const owner = stack[sp - 1] as PyObject;
                  sp -= 2;
                  rt.setAttr(owner, code.names[name], value);
                }
              }
              break;
            case 97:
              /* STORE_GLOBAL */ op_STORE_GLOBAL: {
                frame.lasti = lasti;
                // STORE_GLOBAL(name=oparg)
                {
                  const name = oparg;
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  rt.dictSet(frame.globals, code.names[name], value);
                }
              }
              break;
            case 99:
              /* SWAP */ op_SWAP: {
                // SWAP(n=oparg)
                {
                  const n = oparg;
                  const base = sp - (2 + (n - 2));
                  const bottom = stack[base + 0];
                  const top = stack[base + 1 + (n - 2)];
                  sp = base;
                  stack[base + 0] = top;
                  stack[base + 1 + (n - 2)] = bottom;
                  sp = base + 2 + (n - 2);
                }
              }
              break;
            case 100:
              /* LOAD_CONST */ op_LOAD_CONST: {
                // LOAD_CONST(index=oparg)
                let _t0: PyObject;
                {
                  const index = oparg;
                  let value: PyObject;
                  value = code.consts[index];
                  _t0 = value;
                }
                stack[sp] = _t0;
                sp += 1;
              }
              break;
            case 101:
              /* LOAD_NAME */ op_LOAD_NAME: {
                frame.lasti = lasti;
                // LOAD_NAME(name=oparg)
                let _t0: PyObject;
                {
                  const name = oparg;
                  let value: PyObject;
                  value = rt.loadName(frame, code.names[name]);
                  _t0 = value;
                }
                stack[sp] = _t0;
                sp += 1;
              }
              break;
            case 102:
              /* BUILD_TUPLE */ op_BUILD_TUPLE: {
                // BUILD_TUPLE(n=oparg)
                {
                  const n = oparg;
                  const base = sp - n;
                  const items = stack.slice(base + 0, base + 0 + n) as PyObject[];
                  sp = base;
                  let res: PyObject;
                  res = new rt.PyTuple(items);
                  stack[base + 0] = res;
                  sp = base + 1;
                }
              }
              break;
            case 106:
            case 203:
            /* LOAD_ATTR_INSTANCE_VALUE_POLY */ case 204:
            /* LOAD_ATTR_INSTANCE_VALUE */ case 205:
              /* LOAD_ATTR_SLOT */ /* LOAD_ATTR */ op_LOAD_ATTR: {
                {
                  const q = word & 255;
                  if (q !== 106) {
                    frame.lasti = lasti;
                    const r = run_LOAD_ATTR(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_LOAD_ATTR;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_LOAD_ATTR(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                sp = body_LOAD_ATTR(code, stack, sp, oparg);
              }
              break;
            case 107:
            case 192:
            /* COMPARE_OP_INT */ case 193:
            /* COMPARE_OP_FLOAT */ case 194:
              /* COMPARE_OP_STR */ /* COMPARE_OP */ op_COMPARE_OP: {
                {
                  const q = word & 255;
                  if (q !== 107) {
                    frame.lasti = lasti;
                    const r = run_COMPARE_OP(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_COMPARE_OP;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_COMPARE_OP(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                sp = body_COMPARE_OP(stack, sp, oparg);
              }
              break;
            case 110:
              /* JUMP_FORWARD */ op_JUMP_FORWARD: {
                // JUMP(target=oparg)
                {
                  const target = oparg;
                  {
                    ip = target;
                    break op_JUMP_FORWARD;
                  }
                }
              }
              break;
            case 114:
              /* POP_JUMP_FORWARD_IF_FALSE */ op_POP_JUMP_FORWARD_IF_FALSE: {
                frame.lasti = lasti;
                let _c0: boolean;
                // IS_TRUE
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = value === true || (value !== false && rt.isTrue(value));
                  _c0 = cond;
                }
                if (_c0) {
                } else {
                  // JUMP(target=oparg)
                  {
                    const target = oparg;
                    {
                      ip = target;
                      break op_POP_JUMP_FORWARD_IF_FALSE;
                    }
                  }
                }
              }
              break;
            case 115:
              /* POP_JUMP_FORWARD_IF_TRUE */ op_POP_JUMP_FORWARD_IF_TRUE: {
                frame.lasti = lasti;
                let _c0: boolean;
                // IS_TRUE
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = value === true || (value !== false && rt.isTrue(value));
                  _c0 = cond;
                }
                if (_c0) {
                  // JUMP(target=oparg)
                  {
                    const target = oparg;
                    {
                      ip = target;
                      break op_POP_JUMP_FORWARD_IF_TRUE;
                    }
                  }
                } else {
                }
              }
              break;
            case 116:
            case 212:
            /* LOAD_GLOBAL_MODULE */ case 213:
              /* LOAD_GLOBAL_BUILTIN */ /* LOAD_GLOBAL */ op_LOAD_GLOBAL: {
                {
                  const q = word & 255;
                  if (q !== 116) {
                    frame.lasti = lasti;
                    const r = run_LOAD_GLOBAL(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_LOAD_GLOBAL;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_LOAD_GLOBAL(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                sp = body_LOAD_GLOBAL(frame, code, stack, sp, oparg);
              }
              break;
            case 118:
              /* CONTAINS_OP */ op_CONTAINS_OP: {
                frame.lasti = lasti;
                // CONTAINS(invert=oparg)
                let _t0: PyObject;
                {
                  const invert = oparg;
                  const lhs = stack[sp - 2] as PyObject;
                  const rhs = stack[sp - 1] as PyObject;
                  sp -= 2;
                  let res: PyObject;
                  res = rt.containsOp(lhs, rhs) !== (invert === 1);
                  _t0 = res;
                }
                stack[sp] = _t0;
                sp += 1;
              }
              break;
            case 120:
              /* COPY */ op_COPY: {
                // COPY(n=oparg)
                {
                  const n = oparg;
                  const base = sp - (1 + (n - 1));
                  const bottom = stack[base + 0] as PyObject;
                  sp = base;
                  let top: PyObject;
                  top = bottom;
                  stack[base + 1 + (n - 1)] = top;
                  sp = base + 2 + (n - 1);
                }
              }
              break;
            case 122:
            case 180:
            /* BINARY_OP_ADD_INT */ case 181:
            /* BINARY_OP_SUBTRACT_INT */ case 182:
            /* BINARY_OP_MULTIPLY_INT */ case 183:
            /* BINARY_OP_ADD_FLOAT */ case 184:
            /* BINARY_OP_SUBTRACT_FLOAT */ case 185:
            /* BINARY_OP_MULTIPLY_FLOAT */ case 186:
            /* BINARY_OP_ADD_UNICODE */ case 187:
            /* BINARY_OP_FLOAT */ case 188:
            /* BINARY_OP_INT */ case 189:
            /* BINARY_OP_FLOAT_INT */ case 190:
            /* BINARY_OP_INT_FLOAT */ case 191:
              /* BINARY_OP_PY_METHOD */ /* BINARY_OP */ op_BINARY_OP: {
                {
                  const q = word & 255;
                  if (q !== 122) {
                    forms_BINARY_OP: switch (q) {
                      case 180: {
                        // BINARY_OP_ADD_INT
                        const cache = code.caches![lasti] as Cache_BINARY_OP;
                        const base = sp - 2;
                        const lhs = stack[base + 0] as PyObject;
                        const rhs = stack[base + 1] as PyObject;
                        if (!(typeof lhs === "number" && typeof rhs === "number")) break forms_BINARY_OP;
                        void cache;
                        {
                          // INT_ADD
                          let _t0: PyObject;
                          {
                            const lhs = stack[sp - 2] as number;
                            const rhs = stack[sp - 1] as number;
                            sp -= 2;
                            let res: PyObject;
                            const r = lhs + rhs;
                            res = Number.isSafeInteger(r) ? r : rt.O.intBinary(lhs, rhs, 0);
                            _t0 = res;
                          }
                          stack[sp] = _t0;
                          sp += 1;
                        }
                        break op_BINARY_OP;
                      }
                      case 183: {
                        // BINARY_OP_ADD_FLOAT
                        const cache = code.caches![lasti] as Cache_BINARY_OP;
                        const base = sp - 2;
                        const lhs = stack[base + 0] as PyObject;
                        const rhs = stack[base + 1] as PyObject;
                        if (!(lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat)) break forms_BINARY_OP;
                        void cache;
                        {
                          // FLOAT_ADD
                          let _t0: PyObject;
                          {
                            const lhs = stack[sp - 2] as PyFloat;
                            const rhs = stack[sp - 1] as PyFloat;
                            sp -= 2;
                            let res: PyObject;
                            res = new rt.PyFloat(lhs.value + rhs.value);
                            _t0 = res;
                          }
                          stack[sp] = _t0;
                          sp += 1;
                        }
                        break op_BINARY_OP;
                      }
                      case 184: {
                        // BINARY_OP_SUBTRACT_FLOAT
                        const cache = code.caches![lasti] as Cache_BINARY_OP;
                        const base = sp - 2;
                        const lhs = stack[base + 0] as PyObject;
                        const rhs = stack[base + 1] as PyObject;
                        if (!(lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat)) break forms_BINARY_OP;
                        void cache;
                        {
                          // FLOAT_SUB
                          let _t0: PyObject;
                          {
                            const lhs = stack[sp - 2] as PyFloat;
                            const rhs = stack[sp - 1] as PyFloat;
                            sp -= 2;
                            let res: PyObject;
                            res = new rt.PyFloat(lhs.value - rhs.value);
                            _t0 = res;
                          }
                          stack[sp] = _t0;
                          sp += 1;
                        }
                        break op_BINARY_OP;
                      }
                      case 185: {
                        // BINARY_OP_MULTIPLY_FLOAT
                        const cache = code.caches![lasti] as Cache_BINARY_OP;
                        const base = sp - 2;
                        const lhs = stack[base + 0] as PyObject;
                        const rhs = stack[base + 1] as PyObject;
                        if (!(lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat)) break forms_BINARY_OP;
                        void cache;
                        {
                          // FLOAT_MUL
                          let _t0: PyObject;
                          {
                            const lhs = stack[sp - 2] as PyFloat;
                            const rhs = stack[sp - 1] as PyFloat;
                            sp -= 2;
                            let res: PyObject;
                            res = new rt.PyFloat(lhs.value * rhs.value);
                            _t0 = res;
                          }
                          stack[sp] = _t0;
                          sp += 1;
                        }
                        break op_BINARY_OP;
                      }
                      case 191: {
                        // BINARY_OP_PY_METHOD
                        const cache = code.caches![lasti] as Cache_BINARY_OP;
                        const base = sp - 2;
                        const lhs = stack[base + 0] as PyObject;
                        const rhs = stack[base + 1] as PyObject;
                        if (!(
                          lhs instanceof rt.PyInstance &&
                          lhs.cls === cache.type &&
                          cache.type.version === cache.version &&
                          rt.typeOf(rhs) === cache.rtype &&
                          cache.fn.code === cache.code
                        ))
                          break forms_BINARY_OP;
                        let res: PyObject;
                        const callee = rt.pushOperatorFrame(cache.fn, lhs, rhs, frame);
                        if (callee === null) break forms_BINARY_OP;
                        {
                          frame.lasti = lasti;
                          frame.ip = ip;
                          frame.sp = base + 0;
                          entering = callee;
                          continue run;
                        }
                        stack[base + 0] = res;
                        sp = base + 1;
                        break op_BINARY_OP;
                      }
                    }
                    frame.lasti = lasti;
                    const r = run_BINARY_OP(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_BINARY_OP;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_BINARY_OP(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                sp = body_BINARY_OP(stack, sp, oparg);
              }
              break;
            case 123:
            case 220:
              /* SEND_GEN */ /* SEND */ op_SEND: {
                {
                  const q = word & 255;
                  if (q !== 123) {
                    forms_SEND: switch (q) {
                      case 220: {
                        // SEND_GEN
                        const base = sp - 2;
                        const receiver = stack[base + 0] as PyObject;
                        const v = stack[base + 1] as PyObject;
                        if (!(
                          receiver instanceof rt.PyGenerator &&
                          (receiver.cls === rt.generatorType || receiver.cls === rt.coroutineType)
                        ))
                          break forms_SEND;
                        let retval: PyObject;
                        const callee = rt.resumeInLoop(receiver, frame, v, rt.RESUMED_BY_SEND);
                        if (callee === null) break forms_SEND;
                        {
                          frame.lasti = lasti;
                          frame.ip = ip;
                          frame.sp = base + 1;
                          entering = callee;
                          continue run;
                        }
                        stack[base + 0] = receiver;
                        stack[base + 1] = retval;
                        sp = base + 2;
                        break op_SEND;
                      }
                    }
                    frame.lasti = lasti;
                    const r = run_SEND(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_SEND;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_SEND(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                let _c0: boolean;
                // SEND_TO
                let _t1: PyObject;
                let _t2: PyObject;
                {
                  const receiver = stack[sp - 2] as PyObject;
                  const v = stack[sp - 1] as PyObject;
                  sp -= 2;
                  let retval: PyObject;
                  let cond: boolean;
                  const [done, value] = rt.send(receiver, v);
                  cond = !done;
                  retval = value;
                  _t1 = receiver;
                  _t2 = retval;
                  _c0 = cond;
                }
                if (_c0) {
                  stack[sp] = _t1;
                  stack[sp + 1] = _t2;
                  sp += 2;
                } else {
                  // DROP_UNDER
                  let _t3: PyObject;
                  {
                    const under = _t1;
                    const top = _t2;
                    _t3 = top;
                  }
                  // JUMP(target=oparg)
                  stack[sp] = _t3;
                  sp += 1;
                  {
                    const target = oparg;
                    {
                      ip = target;
                      break op_SEND;
                    }
                  }
                }
              }
              break;
            case 124:
              /* LOAD_FAST */ op_LOAD_FAST: {
                // LOAD_FAST(index=oparg)
                let _t0: PyObject;
                {
                  const index = oparg;
                  let value: PyObject;
                  const v = locals[index];
                  if (v === undefined) throw rt.unboundLocal(code, index);
                  value = v;
                  _t0 = value;
                }
                stack[sp] = _t0;
                sp += 1;
              }
              break;
            case 125:
              /* STORE_FAST */ op_STORE_FAST: {
                // STORE_FAST(index=oparg)
                {
                  const index = oparg;
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  locals[index] = value;
                }
              }
              break;
            case 128:
              /* POP_JUMP_FORWARD_IF_NOT_NONE */ op_POP_JUMP_FORWARD_IF_NOT_NONE: {
                let _c0: boolean;
                // IS_NONE
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = value === rt.None;
                  _c0 = cond;
                }
                if (_c0) {
                } else {
                  // JUMP(target=oparg)
                  {
                    const target = oparg;
                    {
                      ip = target;
                      break op_POP_JUMP_FORWARD_IF_NOT_NONE;
                    }
                  }
                }
              }
              break;
            case 129:
              /* POP_JUMP_FORWARD_IF_NONE */ op_POP_JUMP_FORWARD_IF_NONE: {
                let _c0: boolean;
                // IS_NONE
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = value === rt.None;
                  _c0 = cond;
                }
                if (_c0) {
                  // JUMP(target=oparg)
                  {
                    const target = oparg;
                    {
                      ip = target;
                      break op_POP_JUMP_FORWARD_IF_NONE;
                    }
                  }
                } else {
                }
              }
              break;
            case 134:
              /* JUMP_BACKWARD_NO_INTERRUPT */ op_JUMP_BACKWARD_NO_INTERRUPT: {
                // JUMP(target=oparg)
                {
                  const target = oparg;
                  {
                    ip = target;
                    break op_JUMP_BACKWARD_NO_INTERRUPT;
                  }
                }
              }
              break;
            case 137:
              /* LOAD_DEREF */ op_LOAD_DEREF: {
                // LOAD_DEREF(index=oparg)
                let _t0: PyObject;
                {
                  const index = oparg;
                  let value: PyObject;
                  const v = (locals[index] as PyCell).value;
                  if (v === undefined) throw rt.unboundFree(code, index);
                  value = v;
                  _t0 = value;
                }
                stack[sp] = _t0;
                sp += 1;
              }
              break;
            case 140:
              /* JUMP_BACKWARD */ op_JUMP_BACKWARD: {
                frame.lasti = lasti;
                // LOOP_BACK(target=oparg)
                {
                  const target = oparg;
                  {
                    ip = target;
                    if (rt.renewDue(frame)) {
                      stack = frame.stack;
                      locals = frame.localsplus;
                    }
                    if (tracing.enabled || pendingSignals[0] !== 0) {
                      frame.ip = ip;
                      frame.sp = sp;
                      try {
                        backEdge(frame, ip);
                      } finally {
                        ip = frame.ip;
                        sp = frame.sp;
                        lasti = frame.lasti;
                        stack = frame.stack;
                        locals = frame.localsplus;
                      }
                    }
                    break op_JUMP_BACKWARD;
                  }
                }
              }
              break;
            case 145:
              /* LIST_APPEND */ op_LIST_APPEND: {
                // LIST_APPEND(n=oparg)
                {
                  const n = oparg;
                  const base = sp - (2 + (n - 1));
                  const list = stack[base + 0] as PyObject;
                  const value = stack[base + 1 + (n - 1)] as PyObject;
                  sp = base;
                  (list as PyList).items.push(value);
                  sp = base + 1 + (n - 1);
                }
              }
              break;
            case 151:
              /* RESUME */ op_RESUME: {
              }
              break;
            case 160:
            case 209:
            /* LOAD_METHOD_WITH_VALUES_POLY */ case 210:
            /* LOAD_METHOD_WITH_VALUES */ case 211:
              /* LOAD_METHOD_NO_DICT */ /* LOAD_METHOD */ op_LOAD_METHOD: {
                {
                  const q = word & 255;
                  if (q !== 160) {
                    frame.lasti = lasti;
                    const r = run_LOAD_METHOD(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_LOAD_METHOD;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_LOAD_METHOD(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                // LOAD_METHOD(name=oparg)
                let _t0: Slot;
                let _t1: PyObject;
                {
                  const name = oparg;
                  const owner = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let meth: Slot;
                  let self: PyObject;
                  [meth, self] = rt.loadMethod(owner, code.names[name]);
                  _t0 = meth;
                  _t1 = self;
                }
                stack[sp] = _t0;
                stack[sp + 1] = _t1;
                sp += 2;
              }
              break;
            case 171:
            case 214:
            /* CALL_PY_EXACT_ARGS */ case 215:
            /* CALL_PY_METHOD_EXACT_ARGS */ case 216:
              /* CALL_PY_INIT_EXACT_ARGS */ /* CALL */ op_CALL: {
                {
                  const q = word & 255;
                  if (q !== 171) {
                    forms_CALL: switch (q) {
                      case 214: {
                        // CALL_PY_EXACT_ARGS
                        const cache = code.caches![lasti] as Cache_CALL;
                        const base = sp - (2 + oparg);
                        const first = stack[base + 0] as Slot;
                        const second = stack[base + 1] as PyObject;
                        const args = stack as readonly PyObject[];
                        const args_at = base + 2;
                        if (!(first === null && rt.exactArgsFunction(second, oparg) && frame.kwnames === null))
                          break forms_CALL;
                        let res: PyObject;
                        const callee = rt.pushExactFrame(second, null, args, args_at, oparg, frame);
                        if (callee === null) break forms_CALL;
                        {
                          frame.lasti = lasti;
                          frame.ip = ip;
                          frame.sp = base + 0;
                          entering = callee;
                          continue run;
                        }
                        stack[base + 0] = res;
                        sp = base + 1;
                        break op_CALL;
                      }
                      case 215: {
                        // CALL_PY_METHOD_EXACT_ARGS
                        const cache = code.caches![lasti] as Cache_CALL;
                        const base = sp - (2 + oparg);
                        const first = stack[base + 0] as Slot;
                        const second = stack[base + 1] as PyObject;
                        const args = stack as readonly PyObject[];
                        const args_at = base + 2;
                        if (!(first !== null && rt.exactArgsFunction(first, oparg + 1) && frame.kwnames === null))
                          break forms_CALL;
                        let res: PyObject;
                        const callee = rt.pushExactFrame(first, second, args, args_at, oparg, frame);
                        if (callee === null) break forms_CALL;
                        {
                          frame.lasti = lasti;
                          frame.ip = ip;
                          frame.sp = base + 0;
                          entering = callee;
                          continue run;
                        }
                        stack[base + 0] = res;
                        sp = base + 1;
                        break op_CALL;
                      }
                      case 216: {
                        // CALL_PY_INIT_EXACT_ARGS
                        const cache = code.caches![lasti] as Cache_CALL;
                        const base = sp - (2 + oparg);
                        const first = stack[base + 0] as Slot;
                        const second = stack[base + 1] as PyObject;
                        const args = stack as readonly PyObject[];
                        const args_at = base + 2;
                        if (!(
                          first === null &&
                          second === cache.type &&
                          cache.type.version === cache.version &&
                          cache.init.code === cache.code &&
                          frame.kwnames === null
                        ))
                          break forms_CALL;
                        let res: PyObject;
                        const callee = rt.pushInitFrame(cache.type, cache.init, args, args_at, oparg, frame);
                        if (callee === null) break forms_CALL;
                        {
                          frame.lasti = lasti;
                          frame.ip = ip;
                          frame.sp = base + 0;
                          entering = callee;
                          continue run;
                        }
                        stack[base + 0] = res;
                        sp = base + 1;
                        break op_CALL;
                      }
                    }
                    frame.lasti = lasti;
                    const r = run_CALL(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_CALL;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_CALL(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                // CALL(n=oparg)
                {
                  const n = oparg;
                  const base = sp - (2 + n);
                  const first = stack[base + 0];
                  const second = stack[base + 1] as PyObject;
                  const args = stack as readonly PyObject[];
                  const args_at = base + 2;
                  sp = base;
                  let res: PyObject;
                  if (first === null && second instanceof rt.PyBuiltinFunction && frame.kwnames === null) {
                    // a native function (len, isinstance, …): straight to its code, as callFromStack would,
                    // without an argument array where it takes this count as it is (define.ts fixedFunction)
                    const f1 = second.fast1;
                    const f2 = second.fast2;
                    if (n === 1 && f1 !== null) res = f1(args[args_at]);
                    else if (n === 2 && f2 !== null) res = f2(args[args_at], args[args_at + 1]);
                    else res = second.fn(args.slice(args_at, args_at + n), null);
                  } else if (first instanceof rt.PyMethodDescriptor && frame.kwnames === null) {
                    // a builtin type's method LOAD_METHOD found on `second`'s type (list.append, …), the same
                    // way (define.ts fixedMethod)
                    const f0 = first.fast0;
                    const f1 = first.fast1;
                    const f2 = first.fast2;
                    if (n === 0 && f0 !== null) res = f0(second);
                    else if (n === 1 && f1 !== null) res = f1(second, args[args_at]);
                    else if (n === 2 && f2 !== null) res = f2(second, args[args_at], args[args_at + 1]);
                    else res = first.fn(second, args.slice(args_at, args_at + n), null);
                  } else {
                    const callee = rt.pushFrameForCall(first, second, args, args_at, n, frame);
                    if (callee !== null) {
                      {
                        frame.ip = ip;
                        frame.sp = sp;
                        entering = callee;
                        continue run;
                      }
                    } else res = rt.callFromStack(first, second, args.slice(args_at, args_at + n), frame);
                  }
                  stack[base + 0] = res;
                  sp = base + 1;
                }
              }
              break;
            case 173:
              /* POP_JUMP_BACKWARD_IF_NOT_NONE */ op_POP_JUMP_BACKWARD_IF_NOT_NONE: {
                frame.lasti = lasti;
                let _c0: boolean;
                // IS_NONE
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = value === rt.None;
                  _c0 = cond;
                }
                if (_c0) {
                } else {
                  // LOOP_BACK(target=oparg)
                  {
                    const target = oparg;
                    {
                      ip = target;
                      if (rt.renewDue(frame)) {
                        stack = frame.stack;
                        locals = frame.localsplus;
                      }
                      if (tracing.enabled || pendingSignals[0] !== 0) {
                        frame.ip = ip;
                        frame.sp = sp;
                        try {
                          backEdge(frame, ip);
                        } finally {
                          ip = frame.ip;
                          sp = frame.sp;
                          lasti = frame.lasti;
                          stack = frame.stack;
                          locals = frame.localsplus;
                        }
                      }
                      break op_POP_JUMP_BACKWARD_IF_NOT_NONE;
                    }
                  }
                }
              }
              break;
            case 175:
              /* POP_JUMP_BACKWARD_IF_FALSE */ op_POP_JUMP_BACKWARD_IF_FALSE: {
                frame.lasti = lasti;
                let _c0: boolean;
                // IS_TRUE
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = value === true || (value !== false && rt.isTrue(value));
                  _c0 = cond;
                }
                if (_c0) {
                } else {
                  // LOOP_BACK(target=oparg)
                  {
                    const target = oparg;
                    {
                      ip = target;
                      if (rt.renewDue(frame)) {
                        stack = frame.stack;
                        locals = frame.localsplus;
                      }
                      if (tracing.enabled || pendingSignals[0] !== 0) {
                        frame.ip = ip;
                        frame.sp = sp;
                        try {
                          backEdge(frame, ip);
                        } finally {
                          ip = frame.ip;
                          sp = frame.sp;
                          lasti = frame.lasti;
                          stack = frame.stack;
                          locals = frame.localsplus;
                        }
                      }
                      break op_POP_JUMP_BACKWARD_IF_FALSE;
                    }
                  }
                }
              }
              break;
            case 176:
              /* POP_JUMP_BACKWARD_IF_TRUE */ op_POP_JUMP_BACKWARD_IF_TRUE: {
                frame.lasti = lasti;
                let _c0: boolean;
                // IS_TRUE
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = value === true || (value !== false && rt.isTrue(value));
                  _c0 = cond;
                }
                if (_c0) {
                  // LOOP_BACK(target=oparg)
                  {
                    const target = oparg;
                    {
                      ip = target;
                      if (rt.renewDue(frame)) {
                        stack = frame.stack;
                        locals = frame.localsplus;
                      }
                      if (tracing.enabled || pendingSignals[0] !== 0) {
                        frame.ip = ip;
                        frame.sp = sp;
                        try {
                          backEdge(frame, ip);
                        } finally {
                          ip = frame.ip;
                          sp = frame.sp;
                          lasti = frame.lasti;
                          stack = frame.stack;
                          locals = frame.localsplus;
                        }
                      }
                      break op_POP_JUMP_BACKWARD_IF_TRUE;
                    }
                  }
                } else {
                }
              }
              break;
            case 0 /* CACHE */:
              frame.lasti = lasti;
              throw rt.notSupported("CACHE", "never executed: inline cache entries; the decoder skips them");
            case 144 /* EXTENDED_ARG */:
              frame.lasti = lasti;
              throw rt.notSupported(
                "EXTENDED_ARG",
                "never executed: the decoder folds its argument into the next instruction's",
              );
            default:
              frame.lasti = lasti;
              frame.sp = sp;
              frame.ip = ip;
              COLD_OPS[word & 255](frame, oparg);
              sp = frame.sp;
              ip = frame.ip;
              lasti = frame.lasti;
              stack = frame.stack;
              locals = frame.localsplus;
              break;
          }
        }
      } catch (e) {
        // an op that does not store frame.lasti (STORES_LASTI) raised: its traceback entry needs it
        if (STORES_LASTI[ins[2 * lasti + 1] & 255] === 0) frame.lasti = lasti;
        const exc = unwind.caught(frame, e);
        const h = unwind.findHandler(code, lasti);
        if (h === undefined) {
          frame.sp = 0;
          if (frame === entry) throw exc;
          // a called frame ends: the exception goes on in its caller, raised by the CALL
          const done = frame;
          frame = done.back!;
          rt.unlinkFrame(done);
          // the caller's state is loaded at the loop's top, as for a frame CALL pushed: code here,
          // run only when an exception leaves a called frame, would have had no type feedback when
          // V8 compiled `execute`, which it then threw away at the first such exception
          entering = frame;
          pending = done.resumedBy !== 0 ? rt.genRaised(done, exc) : exc;
          continue;
        }
        sp = h.depth;
        if (h.lasti) stack[sp++] = frame.lasti;
        stack[sp++] = exc;
        ip = h.target;
      }
    }
  } finally {
    counters.baseInstructions += executed;
    // called frames still linked when something escapes the loop itself
    while (frame !== entry) {
      const done = frame;
      frame = done.back!;
      rt.unlinkFrame(done);
      if (done.resumedBy !== 0) rt.genRaised(done, null);
    }
  }
}

/** execute, counting each run of an inline form (--stats): a count costs loop benchmarks 4-5%
 *  when it is always made (one more store per form run, and a register less in this loop). */
export function executeCountingHits(entry: Frame, throwing: PyObject | null = null): PyObject {
  // the frame running: `entry`, or a Python function called from it, run in this same loop
  // (CALL's $call) rather than by a nested execute, as CPython 3.11 runs Python-to-Python
  // calls: deep Python recursion does not grow the JS stack. Each such frame's `back` is its
  // caller, stopped after the CALL's inputs were popped.
  let frame = entry;
  let code: PyCode = frame.code;
  // the warm-up counters of the code's specialisable instructions
  let warm = code.warm;
  // per instruction: its argument, then its quickened opcode | the next instruction << 8 (one
  // typed array read twice costs V8 one map check where three arrays cost three)
  let ins = code.ins;
  let stack: Slot[] = frame.stack;
  let locals = frame.localsplus;
  let ip = frame.ip;
  let sp = frame.sp;
  frame.yielded = false;
  let pending: PyObject | null = throwing;
  // the instruction executing: exception handlers are looked up by it (frame.lasti may be
  // rewritten by RERAISE for the traceback's sake)
  let lasti = frame.lasti;
  // instructions executed, added to the global count when the frame leaves this tier
  let executed = 0;
  // a frame CALL pushed, to run next; the value a called frame returned, for its caller
  let entering: Frame | null = null;
  let returning: PyObject | null = null;
  try {
    run: for (;;) {
      try {
        if (entering !== null) {
          frame = entering;
          entering = null;
          code = frame.code;
          warm = code.warm;
          ins = code.ins;
          stack = frame.stack;
          locals = frame.localsplus;
          ip = frame.ip;
          sp = frame.sp;
          lasti = frame.lasti;
        } else if (returning !== null) {
          const value = returning;
          returning = null;
          const done = frame;
          frame = done.back!;
          rt.unlinkFrame(done);
          code = frame.code;
          warm = code.warm;
          ins = code.ins;
          stack = frame.stack;
          locals = frame.localsplus;
          ip = frame.ip;
          sp = frame.sp;
          lasti = frame.lasti;
          const by = done.resumedBy;
          if (by === 0) {
            // a class's __init__ CALL pushed gives the call its instance (after checking for None);
            // a binary operator's method, its value unless NotImplemented (call.ts callResult)
            stack[sp++] =
              done.initSelf === null && done.binaryLhs === null ? value : rt.callResult(done, value, code.args[lasti]);
            // the returned frame may serve the next call of its code (frame.ts keepSpare)
            rt.keepSpare(done);
          } else if (rt.genStopped(done)) {
            // a generator FOR_ITER or SEND resumed (FOR_ITER_GEN, SEND_GEN) yielded a value
            stack[sp++] = value;
          } else {
            // it returned: FOR_ITER pops it and leaves the loop, SEND replaces it by the value it
            // returned; both jump to their argument
            if (by === rt.RESUMED_BY_FOR_ITER) sp--;
            else stack[sp - 1] = value;
            ip = code.args[lasti];
          }
        }
        if (pending !== null) {
          const e = pending;
          pending = null;
          throw e;
        }
        for (;;) {
          lasti = ip;
          executed++;
          const oparg = ins[2 * lasti];
          const word = ins[2 * lasti + 1];
          ip = word >> 8;
          switch (word & 255) {
            case 1:
              /* POP_TOP */ op_POP_TOP: {
                // POP
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                }
              }
              break;
            case 2:
              /* PUSH_NULL */ op_PUSH_NULL: {
                // PUSH_NULL
                let _t0: Slot;
                {
                  let res: Slot;
                  res = null;
                  _t0 = res;
                }
                stack[sp] = _t0;
                sp += 1;
              }
              break;
            case 9:
              /* NOP */ op_NOP: {
              }
              break;
            case 25:
            case 195:
            /* BINARY_SUBSCR_LIST_INT */ case 196:
            /* BINARY_SUBSCR_TUPLE_INT */ case 197:
              /* BINARY_SUBSCR_DICT */ /* BINARY_SUBSCR */ op_BINARY_SUBSCR: {
                {
                  const q = word & 255;
                  if (q !== 25) {
                    forms_BINARY_SUBSCR: switch (q) {
                      case 195: {
                        // BINARY_SUBSCR_LIST_INT
                        const base = sp - 2;
                        const container = stack[base + 0] as PyObject;
                        const sub = stack[base + 1] as PyObject;
                        if (!(
                          container instanceof rt.PyList &&
                          container.cls === rt.listType &&
                          typeof sub === "number"
                        ))
                          break forms_BINARY_SUBSCR;
                        {
                          // LIST_GETITEM
                          let _t0: PyObject;
                          {
                            const container = stack[sp - 2] as PyList;
                            const sub = stack[sp - 1] as number;
                            sp -= 2;
                            let res: PyObject;
                            const items = container.items;
                            const i = sub + (sub < 0 ? items.length : 0);
                            if (i < 0 || i >= items.length) throw rt.listIndexError();
                            res = items[i];
                            _t0 = res;
                          }
                          stack[sp] = _t0;
                          sp += 1;
                        }
                        formHits[195]++;
                        break op_BINARY_SUBSCR;
                      }
                    }
                    frame.lasti = lasti;
                    const r = run_BINARY_SUBSCR(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_BINARY_SUBSCR;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_BINARY_SUBSCR(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                sp = body_BINARY_SUBSCR(stack, sp);
              }
              break;
            case 60:
            case 198:
            /* STORE_SUBSCR_LIST_INT */ case 199:
              /* STORE_SUBSCR_DICT */ /* STORE_SUBSCR */ op_STORE_SUBSCR: {
                {
                  const q = word & 255;
                  if (q !== 60) {
                    frame.lasti = lasti;
                    const r = run_STORE_SUBSCR(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_STORE_SUBSCR;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_STORE_SUBSCR(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                sp = body_STORE_SUBSCR(stack, sp);
              }
              break;
            case 68:
              /* GET_ITER */ op_GET_ITER: {
                frame.lasti = lasti;
                // GET_ITER
                let _t0: PyObject;
                {
                  const iterable = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let iter: PyObject;
                  iter = rt.getIter(iterable);
                  _t0 = iter;
                }
                stack[sp] = _t0;
                sp += 1;
              }
              break;
            case 75:
              /* RETURN_GENERATOR */ op_RETURN_GENERATOR: {
                frame.lasti = lasti;
                // RETURN_GENERATOR
                {
                  {
                    frame.ip = ip;
                    frame.sp = sp;
                  }
                  {
                    const _rv: PyObject = rt.makeGenerator(frame);
                    if (frame === entry) return _rv;
                    returning = _rv;
                    continue run;
                  }
                }
              }
              break;
            case 83:
              /* RETURN_VALUE */ op_RETURN_VALUE: {
                frame.lasti = lasti;
                // RETURN
                {
                  const base = sp - 1;
                  const retval = stack[base + 0] as PyObject;
                  sp = base;
                  {
                    const _rv: PyObject = retval;
                    if (frame === entry) return _rv;
                    returning = _rv;
                    continue run;
                  }
                  sp = base + 0;
                }
              }
              break;
            case 86:
              /* YIELD_VALUE */ op_YIELD_VALUE: {
                frame.lasti = lasti;
                // YIELD
                {
                  const base = sp - 1;
                  const value = stack[base + 0] as PyObject;
                  sp = base;
                  {
                    frame.ip = ip;
                    frame.sp = sp;
                    frame.yielded = true;
                    if (frame === entry) return value;
                    returning = value;
                    continue run;
                  }
                  sp = base + 0;
                }
              }
              break;
            case 90:
              /* STORE_NAME */ op_STORE_NAME: {
                frame.lasti = lasti;
                // STORE_NAME(name=oparg)
                {
                  const name = oparg;
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  rt.storeName(frame, code.names[name], value);
                }
              }
              break;
            case 92:
            case 200:
            /* UNPACK_SEQUENCE_TWO_TUPLE */ case 201:
            /* UNPACK_SEQUENCE_TUPLE */ case 202:
              /* UNPACK_SEQUENCE_LIST */ /* UNPACK_SEQUENCE */ op_UNPACK_SEQUENCE: {
                {
                  const q = word & 255;
                  if (q !== 92) {
                    frame.lasti = lasti;
                    const r = run_UNPACK_SEQUENCE(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_UNPACK_SEQUENCE;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_UNPACK_SEQUENCE(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                sp = body_UNPACK_SEQUENCE(stack, sp, oparg);
              }
              break;
            case 93:
            case 217:
            /* FOR_ITER_RANGE */ case 218:
            /* FOR_ITER_LIST */ case 219:
              /* FOR_ITER_GEN */ /* FOR_ITER */ op_FOR_ITER: {
                {
                  const q = word & 255;
                  if (q !== 93) {
                    forms_FOR_ITER: switch (q) {
                      case 217: {
                        // FOR_ITER_RANGE
                        const base = sp - 1;
                        const iter = stack[base + 0] as PyObject;
                        if (!(iter instanceof rt.PyNativeIterator && iter.smallInts)) break forms_FOR_ITER;
                        let next: PyObject;
                        const v = iter.next();
                        if (v === undefined) {
                          formHits[217]++;
                          sp = base;
                          ip = oparg;
                          break op_FOR_ITER;
                        }
                        next = v;
                        stack[base + 0] = iter;
                        stack[base + 1] = next;
                        formHits[217]++;
                        sp = base + 2;
                        break op_FOR_ITER;
                      }
                      case 218: {
                        // FOR_ITER_LIST
                        const base = sp - 1;
                        const iter = stack[base + 0] as PyObject;
                        if (!(
                          iter instanceof rt.PyNativeIterator &&
                          (iter.cls === rt.listIteratorType || iter.cls === rt.tupleIteratorType)
                        ))
                          break forms_FOR_ITER;
                        let next: PyObject;
                        const v = iter.next();
                        if (v === undefined) {
                          formHits[218]++;
                          sp = base;
                          ip = oparg;
                          break op_FOR_ITER;
                        }
                        next = v;
                        stack[base + 0] = iter;
                        stack[base + 1] = next;
                        formHits[218]++;
                        sp = base + 2;
                        break op_FOR_ITER;
                      }
                      case 219: {
                        // FOR_ITER_GEN
                        const base = sp - 1;
                        const iter = stack[base + 0] as PyObject;
                        if (!(iter instanceof rt.PyGenerator && iter.cls === rt.generatorType)) break forms_FOR_ITER;
                        let next: PyObject;
                        const callee = rt.resumeInLoop(iter, frame, rt.None, rt.RESUMED_BY_FOR_ITER);
                        if (callee === null) break forms_FOR_ITER;
                        {
                          formHits[219]++;
                          frame.lasti = lasti;
                          frame.ip = ip;
                          frame.sp = base + 1;
                          entering = callee;
                          continue run;
                        }
                        stack[base + 0] = iter;
                        stack[base + 1] = next;
                        formHits[219]++;
                        sp = base + 2;
                        break op_FOR_ITER;
                      }
                    }
                    frame.lasti = lasti;
                    const r = run_FOR_ITER(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_FOR_ITER;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_FOR_ITER(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                let _c0: boolean;
                // SMALL_INT_ITER
                let _t1: PyObject;
                {
                  const iter = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = iter instanceof rt.PyNativeIterator && iter.smallInts;
                  _t1 = iter;
                  _c0 = cond;
                }
                if (_c0) {
                  let _c2: boolean;
                  // SMALL_INT_ITER_NEXT
                  let _t3: PyObject;
                  let _t4: PyObject;
                  {
                    const iter = _t1 as PyNativeIterator;
                    let next: PyObject;
                    let cond: boolean;
                    const v = iter.next();
                    cond = v !== undefined;
                    next = v as PyObject;
                    _t3 = iter;
                    _t4 = next;
                    _c2 = cond;
                  }
                  if (_c2) {
                    stack[sp] = _t3;
                    stack[sp + 1] = _t4;
                    sp += 2;
                  } else {
                    // POP
                    {
                      const value = _t4;
                    }
                    // POP
                    {
                      const value = _t3;
                    }
                    // JUMP(target=oparg)
                    {
                      const target = oparg;
                      {
                        ip = target;
                        break op_FOR_ITER;
                      }
                    }
                  }
                } else {
                  let _c5: boolean;
                  // SEQ_ITER
                  let _t6: PyObject;
                  {
                    const iter = _t1;
                    let cond: boolean;
                    cond =
                      iter instanceof rt.PyNativeIterator &&
                      (iter.cls === rt.listIteratorType || iter.cls === rt.tupleIteratorType);
                    _t6 = iter;
                    _c5 = cond;
                  }
                  if (_c5) {
                    let _c7: boolean;
                    // SEQ_ITER_NEXT
                    let _t8: PyObject;
                    let _t9: PyObject;
                    {
                      const iter = _t6 as PyNativeIterator;
                      let next: PyObject;
                      let cond: boolean;
                      const v = iter.next();
                      cond = v !== undefined;
                      next = v as PyObject;
                      _t8 = iter;
                      _t9 = next;
                      _c7 = cond;
                    }
                    if (_c7) {
                      stack[sp] = _t8;
                      stack[sp + 1] = _t9;
                      sp += 2;
                    } else {
                      // POP
                      {
                        const value = _t9;
                      }
                      // POP
                      {
                        const value = _t8;
                      }
                      // JUMP(target=oparg)
                      {
                        const target = oparg;
                        {
                          ip = target;
                          break op_FOR_ITER;
                        }
                      }
                    }
                  } else {
                    let _c10: boolean;
                    // ITER_NEXT
                    let _t11: PyObject;
                    let _t12: PyObject;
                    {
                      const iter = _t6;
                      let next: PyObject;
                      let cond: boolean;
                      const v = rt.forIterNext(iter);
                      cond = v !== undefined;
                      next = v as PyObject;
                      _t11 = iter;
                      _t12 = next;
                      _c10 = cond;
                    }
                    if (_c10) {
                      stack[sp] = _t11;
                      stack[sp + 1] = _t12;
                      sp += 2;
                    } else {
                      // POP
                      {
                        const value = _t12;
                      }
                      // POP
                      {
                        const value = _t11;
                      }
                      // JUMP(target=oparg)
                      {
                        const target = oparg;
                        {
                          ip = target;
                          break op_FOR_ITER;
                        }
                      }
                    }
                  }
                }
              }
              break;
            case 94:
              /* UNPACK_EX */ op_UNPACK_EX: {
                frame.lasti = lasti;
                sp = body_UNPACK_EX(stack, sp, oparg);
              }
              break;
            case 95:
            case 206:
            /* STORE_ATTR_INSTANCE_VALUE_POLY */ case 207:
            /* STORE_ATTR_INSTANCE_VALUE */ case 208:
              /* STORE_ATTR_SLOT */ /* STORE_ATTR */ op_STORE_ATTR: {
                {
                  const q = word & 255;
                  if (q !== 95) {
                    frame.lasti = lasti;
                    const r = run_STORE_ATTR(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_STORE_ATTR;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_STORE_ATTR(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                // STORE_ATTR(name=oparg)
                {
                  const name = oparg;
                  const value = stack[sp - 2] as PyObject;
                  const owner = stack[sp - 1] as PyObject;
                  sp -= 2;
                  rt.setAttr(owner, code.names[name], value);
                }
              }
              break;
            case 97:
              /* STORE_GLOBAL */ op_STORE_GLOBAL: {
                frame.lasti = lasti;
                // STORE_GLOBAL(name=oparg)
                {
                  const name = oparg;
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  rt.dictSet(frame.globals, code.names[name], value);
                }
              }
              break;
            case 99:
              /* SWAP */ op_SWAP: {
                // SWAP(n=oparg)
                {
                  const n = oparg;
                  const base = sp - (2 + (n - 2));
                  const bottom = stack[base + 0];
                  const top = stack[base + 1 + (n - 2)];
                  sp = base;
                  stack[base + 0] = top;
                  stack[base + 1 + (n - 2)] = bottom;
                  sp = base + 2 + (n - 2);
                }
              }
              break;
            case 100:
              /* LOAD_CONST */ op_LOAD_CONST: {
                // LOAD_CONST(index=oparg)
                let _t0: PyObject;
                {
                  const index = oparg;
                  let value: PyObject;
                  value = code.consts[index];
                  _t0 = value;
                }
                stack[sp] = _t0;
                sp += 1;
              }
              break;
            case 101:
              /* LOAD_NAME */ op_LOAD_NAME: {
                frame.lasti = lasti;
                // LOAD_NAME(name=oparg)
                let _t0: PyObject;
                {
                  const name = oparg;
                  let value: PyObject;
                  value = rt.loadName(frame, code.names[name]);
                  _t0 = value;
                }
                stack[sp] = _t0;
                sp += 1;
              }
              break;
            case 102:
              /* BUILD_TUPLE */ op_BUILD_TUPLE: {
                // BUILD_TUPLE(n=oparg)
                {
                  const n = oparg;
                  const base = sp - n;
                  const items = stack.slice(base + 0, base + 0 + n) as PyObject[];
                  sp = base;
                  let res: PyObject;
                  res = new rt.PyTuple(items);
                  stack[base + 0] = res;
                  sp = base + 1;
                }
              }
              break;
            case 106:
            case 203:
            /* LOAD_ATTR_INSTANCE_VALUE_POLY */ case 204:
            /* LOAD_ATTR_INSTANCE_VALUE */ case 205:
              /* LOAD_ATTR_SLOT */ /* LOAD_ATTR */ op_LOAD_ATTR: {
                {
                  const q = word & 255;
                  if (q !== 106) {
                    frame.lasti = lasti;
                    const r = run_LOAD_ATTR(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_LOAD_ATTR;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_LOAD_ATTR(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                sp = body_LOAD_ATTR(code, stack, sp, oparg);
              }
              break;
            case 107:
            case 192:
            /* COMPARE_OP_INT */ case 193:
            /* COMPARE_OP_FLOAT */ case 194:
              /* COMPARE_OP_STR */ /* COMPARE_OP */ op_COMPARE_OP: {
                {
                  const q = word & 255;
                  if (q !== 107) {
                    frame.lasti = lasti;
                    const r = run_COMPARE_OP(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_COMPARE_OP;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_COMPARE_OP(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                sp = body_COMPARE_OP(stack, sp, oparg);
              }
              break;
            case 110:
              /* JUMP_FORWARD */ op_JUMP_FORWARD: {
                // JUMP(target=oparg)
                {
                  const target = oparg;
                  {
                    ip = target;
                    break op_JUMP_FORWARD;
                  }
                }
              }
              break;
            case 114:
              /* POP_JUMP_FORWARD_IF_FALSE */ op_POP_JUMP_FORWARD_IF_FALSE: {
                frame.lasti = lasti;
                let _c0: boolean;
                // IS_TRUE
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = value === true || (value !== false && rt.isTrue(value));
                  _c0 = cond;
                }
                if (_c0) {
                } else {
                  // JUMP(target=oparg)
                  {
                    const target = oparg;
                    {
                      ip = target;
                      break op_POP_JUMP_FORWARD_IF_FALSE;
                    }
                  }
                }
              }
              break;
            case 115:
              /* POP_JUMP_FORWARD_IF_TRUE */ op_POP_JUMP_FORWARD_IF_TRUE: {
                frame.lasti = lasti;
                let _c0: boolean;
                // IS_TRUE
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = value === true || (value !== false && rt.isTrue(value));
                  _c0 = cond;
                }
                if (_c0) {
                  // JUMP(target=oparg)
                  {
                    const target = oparg;
                    {
                      ip = target;
                      break op_POP_JUMP_FORWARD_IF_TRUE;
                    }
                  }
                } else {
                }
              }
              break;
            case 116:
            case 212:
            /* LOAD_GLOBAL_MODULE */ case 213:
              /* LOAD_GLOBAL_BUILTIN */ /* LOAD_GLOBAL */ op_LOAD_GLOBAL: {
                {
                  const q = word & 255;
                  if (q !== 116) {
                    frame.lasti = lasti;
                    const r = run_LOAD_GLOBAL(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_LOAD_GLOBAL;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_LOAD_GLOBAL(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                sp = body_LOAD_GLOBAL(frame, code, stack, sp, oparg);
              }
              break;
            case 118:
              /* CONTAINS_OP */ op_CONTAINS_OP: {
                frame.lasti = lasti;
                // CONTAINS(invert=oparg)
                let _t0: PyObject;
                {
                  const invert = oparg;
                  const lhs = stack[sp - 2] as PyObject;
                  const rhs = stack[sp - 1] as PyObject;
                  sp -= 2;
                  let res: PyObject;
                  res = rt.containsOp(lhs, rhs) !== (invert === 1);
                  _t0 = res;
                }
                stack[sp] = _t0;
                sp += 1;
              }
              break;
            case 120:
              /* COPY */ op_COPY: {
                // COPY(n=oparg)
                {
                  const n = oparg;
                  const base = sp - (1 + (n - 1));
                  const bottom = stack[base + 0] as PyObject;
                  sp = base;
                  let top: PyObject;
                  top = bottom;
                  stack[base + 1 + (n - 1)] = top;
                  sp = base + 2 + (n - 1);
                }
              }
              break;
            case 122:
            case 180:
            /* BINARY_OP_ADD_INT */ case 181:
            /* BINARY_OP_SUBTRACT_INT */ case 182:
            /* BINARY_OP_MULTIPLY_INT */ case 183:
            /* BINARY_OP_ADD_FLOAT */ case 184:
            /* BINARY_OP_SUBTRACT_FLOAT */ case 185:
            /* BINARY_OP_MULTIPLY_FLOAT */ case 186:
            /* BINARY_OP_ADD_UNICODE */ case 187:
            /* BINARY_OP_FLOAT */ case 188:
            /* BINARY_OP_INT */ case 189:
            /* BINARY_OP_FLOAT_INT */ case 190:
            /* BINARY_OP_INT_FLOAT */ case 191:
              /* BINARY_OP_PY_METHOD */ /* BINARY_OP */ op_BINARY_OP: {
                {
                  const q = word & 255;
                  if (q !== 122) {
                    forms_BINARY_OP: switch (q) {
                      case 180: {
                        // BINARY_OP_ADD_INT
                        const cache = code.caches![lasti] as Cache_BINARY_OP;
                        const base = sp - 2;
                        const lhs = stack[base + 0] as PyObject;
                        const rhs = stack[base + 1] as PyObject;
                        if (!(typeof lhs === "number" && typeof rhs === "number")) break forms_BINARY_OP;
                        void cache;
                        {
                          // INT_ADD
                          let _t0: PyObject;
                          {
                            const lhs = stack[sp - 2] as number;
                            const rhs = stack[sp - 1] as number;
                            sp -= 2;
                            let res: PyObject;
                            const r = lhs + rhs;
                            res = Number.isSafeInteger(r) ? r : rt.O.intBinary(lhs, rhs, 0);
                            _t0 = res;
                          }
                          stack[sp] = _t0;
                          sp += 1;
                        }
                        formHits[180]++;
                        break op_BINARY_OP;
                      }
                      case 183: {
                        // BINARY_OP_ADD_FLOAT
                        const cache = code.caches![lasti] as Cache_BINARY_OP;
                        const base = sp - 2;
                        const lhs = stack[base + 0] as PyObject;
                        const rhs = stack[base + 1] as PyObject;
                        if (!(lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat)) break forms_BINARY_OP;
                        void cache;
                        {
                          // FLOAT_ADD
                          let _t0: PyObject;
                          {
                            const lhs = stack[sp - 2] as PyFloat;
                            const rhs = stack[sp - 1] as PyFloat;
                            sp -= 2;
                            let res: PyObject;
                            res = new rt.PyFloat(lhs.value + rhs.value);
                            _t0 = res;
                          }
                          stack[sp] = _t0;
                          sp += 1;
                        }
                        formHits[183]++;
                        break op_BINARY_OP;
                      }
                      case 184: {
                        // BINARY_OP_SUBTRACT_FLOAT
                        const cache = code.caches![lasti] as Cache_BINARY_OP;
                        const base = sp - 2;
                        const lhs = stack[base + 0] as PyObject;
                        const rhs = stack[base + 1] as PyObject;
                        if (!(lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat)) break forms_BINARY_OP;
                        void cache;
                        {
                          // FLOAT_SUB
                          let _t0: PyObject;
                          {
                            const lhs = stack[sp - 2] as PyFloat;
                            const rhs = stack[sp - 1] as PyFloat;
                            sp -= 2;
                            let res: PyObject;
                            res = new rt.PyFloat(lhs.value - rhs.value);
                            _t0 = res;
                          }
                          stack[sp] = _t0;
                          sp += 1;
                        }
                        formHits[184]++;
                        break op_BINARY_OP;
                      }
                      case 185: {
                        // BINARY_OP_MULTIPLY_FLOAT
                        const cache = code.caches![lasti] as Cache_BINARY_OP;
                        const base = sp - 2;
                        const lhs = stack[base + 0] as PyObject;
                        const rhs = stack[base + 1] as PyObject;
                        if (!(lhs instanceof rt.PyFloat && rhs instanceof rt.PyFloat)) break forms_BINARY_OP;
                        void cache;
                        {
                          // FLOAT_MUL
                          let _t0: PyObject;
                          {
                            const lhs = stack[sp - 2] as PyFloat;
                            const rhs = stack[sp - 1] as PyFloat;
                            sp -= 2;
                            let res: PyObject;
                            res = new rt.PyFloat(lhs.value * rhs.value);
                            _t0 = res;
                          }
                          stack[sp] = _t0;
                          sp += 1;
                        }
                        formHits[185]++;
                        break op_BINARY_OP;
                      }
                      case 191: {
                        // BINARY_OP_PY_METHOD
                        const cache = code.caches![lasti] as Cache_BINARY_OP;
                        const base = sp - 2;
                        const lhs = stack[base + 0] as PyObject;
                        const rhs = stack[base + 1] as PyObject;
                        if (!(
                          lhs instanceof rt.PyInstance &&
                          lhs.cls === cache.type &&
                          cache.type.version === cache.version &&
                          rt.typeOf(rhs) === cache.rtype &&
                          cache.fn.code === cache.code
                        ))
                          break forms_BINARY_OP;
                        let res: PyObject;
                        const callee = rt.pushOperatorFrame(cache.fn, lhs, rhs, frame);
                        if (callee === null) break forms_BINARY_OP;
                        {
                          formHits[191]++;
                          frame.lasti = lasti;
                          frame.ip = ip;
                          frame.sp = base + 0;
                          entering = callee;
                          continue run;
                        }
                        stack[base + 0] = res;
                        formHits[191]++;
                        sp = base + 1;
                        break op_BINARY_OP;
                      }
                    }
                    frame.lasti = lasti;
                    const r = run_BINARY_OP(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_BINARY_OP;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_BINARY_OP(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                sp = body_BINARY_OP(stack, sp, oparg);
              }
              break;
            case 123:
            case 220:
              /* SEND_GEN */ /* SEND */ op_SEND: {
                {
                  const q = word & 255;
                  if (q !== 123) {
                    forms_SEND: switch (q) {
                      case 220: {
                        // SEND_GEN
                        const base = sp - 2;
                        const receiver = stack[base + 0] as PyObject;
                        const v = stack[base + 1] as PyObject;
                        if (!(
                          receiver instanceof rt.PyGenerator &&
                          (receiver.cls === rt.generatorType || receiver.cls === rt.coroutineType)
                        ))
                          break forms_SEND;
                        let retval: PyObject;
                        const callee = rt.resumeInLoop(receiver, frame, v, rt.RESUMED_BY_SEND);
                        if (callee === null) break forms_SEND;
                        {
                          formHits[220]++;
                          frame.lasti = lasti;
                          frame.ip = ip;
                          frame.sp = base + 1;
                          entering = callee;
                          continue run;
                        }
                        stack[base + 0] = receiver;
                        stack[base + 1] = retval;
                        formHits[220]++;
                        sp = base + 2;
                        break op_SEND;
                      }
                    }
                    frame.lasti = lasti;
                    const r = run_SEND(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_SEND;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_SEND(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                let _c0: boolean;
                // SEND_TO
                let _t1: PyObject;
                let _t2: PyObject;
                {
                  const receiver = stack[sp - 2] as PyObject;
                  const v = stack[sp - 1] as PyObject;
                  sp -= 2;
                  let retval: PyObject;
                  let cond: boolean;
                  const [done, value] = rt.send(receiver, v);
                  cond = !done;
                  retval = value;
                  _t1 = receiver;
                  _t2 = retval;
                  _c0 = cond;
                }
                if (_c0) {
                  stack[sp] = _t1;
                  stack[sp + 1] = _t2;
                  sp += 2;
                } else {
                  // DROP_UNDER
                  let _t3: PyObject;
                  {
                    const under = _t1;
                    const top = _t2;
                    _t3 = top;
                  }
                  // JUMP(target=oparg)
                  stack[sp] = _t3;
                  sp += 1;
                  {
                    const target = oparg;
                    {
                      ip = target;
                      break op_SEND;
                    }
                  }
                }
              }
              break;
            case 124:
              /* LOAD_FAST */ op_LOAD_FAST: {
                // LOAD_FAST(index=oparg)
                let _t0: PyObject;
                {
                  const index = oparg;
                  let value: PyObject;
                  const v = locals[index];
                  if (v === undefined) throw rt.unboundLocal(code, index);
                  value = v;
                  _t0 = value;
                }
                stack[sp] = _t0;
                sp += 1;
              }
              break;
            case 125:
              /* STORE_FAST */ op_STORE_FAST: {
                // STORE_FAST(index=oparg)
                {
                  const index = oparg;
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  locals[index] = value;
                }
              }
              break;
            case 128:
              /* POP_JUMP_FORWARD_IF_NOT_NONE */ op_POP_JUMP_FORWARD_IF_NOT_NONE: {
                let _c0: boolean;
                // IS_NONE
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = value === rt.None;
                  _c0 = cond;
                }
                if (_c0) {
                } else {
                  // JUMP(target=oparg)
                  {
                    const target = oparg;
                    {
                      ip = target;
                      break op_POP_JUMP_FORWARD_IF_NOT_NONE;
                    }
                  }
                }
              }
              break;
            case 129:
              /* POP_JUMP_FORWARD_IF_NONE */ op_POP_JUMP_FORWARD_IF_NONE: {
                let _c0: boolean;
                // IS_NONE
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = value === rt.None;
                  _c0 = cond;
                }
                if (_c0) {
                  // JUMP(target=oparg)
                  {
                    const target = oparg;
                    {
                      ip = target;
                      break op_POP_JUMP_FORWARD_IF_NONE;
                    }
                  }
                } else {
                }
              }
              break;
            case 134:
              /* JUMP_BACKWARD_NO_INTERRUPT */ op_JUMP_BACKWARD_NO_INTERRUPT: {
                // JUMP(target=oparg)
                {
                  const target = oparg;
                  {
                    ip = target;
                    break op_JUMP_BACKWARD_NO_INTERRUPT;
                  }
                }
              }
              break;
            case 137:
              /* LOAD_DEREF */ op_LOAD_DEREF: {
                // LOAD_DEREF(index=oparg)
                let _t0: PyObject;
                {
                  const index = oparg;
                  let value: PyObject;
                  const v = (locals[index] as PyCell).value;
                  if (v === undefined) throw rt.unboundFree(code, index);
                  value = v;
                  _t0 = value;
                }
                stack[sp] = _t0;
                sp += 1;
              }
              break;
            case 140:
              /* JUMP_BACKWARD */ op_JUMP_BACKWARD: {
                frame.lasti = lasti;
                // LOOP_BACK(target=oparg)
                {
                  const target = oparg;
                  {
                    ip = target;
                    if (rt.renewDue(frame)) {
                      stack = frame.stack;
                      locals = frame.localsplus;
                    }
                    if (tracing.enabled || pendingSignals[0] !== 0) {
                      frame.ip = ip;
                      frame.sp = sp;
                      try {
                        backEdge(frame, ip);
                      } finally {
                        ip = frame.ip;
                        sp = frame.sp;
                        lasti = frame.lasti;
                        stack = frame.stack;
                        locals = frame.localsplus;
                      }
                    }
                    break op_JUMP_BACKWARD;
                  }
                }
              }
              break;
            case 145:
              /* LIST_APPEND */ op_LIST_APPEND: {
                // LIST_APPEND(n=oparg)
                {
                  const n = oparg;
                  const base = sp - (2 + (n - 1));
                  const list = stack[base + 0] as PyObject;
                  const value = stack[base + 1 + (n - 1)] as PyObject;
                  sp = base;
                  (list as PyList).items.push(value);
                  sp = base + 1 + (n - 1);
                }
              }
              break;
            case 151:
              /* RESUME */ op_RESUME: {
              }
              break;
            case 160:
            case 209:
            /* LOAD_METHOD_WITH_VALUES_POLY */ case 210:
            /* LOAD_METHOD_WITH_VALUES */ case 211:
              /* LOAD_METHOD_NO_DICT */ /* LOAD_METHOD */ op_LOAD_METHOD: {
                {
                  const q = word & 255;
                  if (q !== 160) {
                    frame.lasti = lasti;
                    const r = run_LOAD_METHOD(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_LOAD_METHOD;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_LOAD_METHOD(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                // LOAD_METHOD(name=oparg)
                let _t0: Slot;
                let _t1: PyObject;
                {
                  const name = oparg;
                  const owner = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let meth: Slot;
                  let self: PyObject;
                  [meth, self] = rt.loadMethod(owner, code.names[name]);
                  _t0 = meth;
                  _t1 = self;
                }
                stack[sp] = _t0;
                stack[sp + 1] = _t1;
                sp += 2;
              }
              break;
            case 171:
            case 214:
            /* CALL_PY_EXACT_ARGS */ case 215:
            /* CALL_PY_METHOD_EXACT_ARGS */ case 216:
              /* CALL_PY_INIT_EXACT_ARGS */ /* CALL */ op_CALL: {
                {
                  const q = word & 255;
                  if (q !== 171) {
                    forms_CALL: switch (q) {
                      case 214: {
                        // CALL_PY_EXACT_ARGS
                        const cache = code.caches![lasti] as Cache_CALL;
                        const base = sp - (2 + oparg);
                        const first = stack[base + 0] as Slot;
                        const second = stack[base + 1] as PyObject;
                        const args = stack as readonly PyObject[];
                        const args_at = base + 2;
                        if (!(first === null && rt.exactArgsFunction(second, oparg) && frame.kwnames === null))
                          break forms_CALL;
                        let res: PyObject;
                        const callee = rt.pushExactFrame(second, null, args, args_at, oparg, frame);
                        if (callee === null) break forms_CALL;
                        {
                          formHits[214]++;
                          frame.lasti = lasti;
                          frame.ip = ip;
                          frame.sp = base + 0;
                          entering = callee;
                          continue run;
                        }
                        stack[base + 0] = res;
                        formHits[214]++;
                        sp = base + 1;
                        break op_CALL;
                      }
                      case 215: {
                        // CALL_PY_METHOD_EXACT_ARGS
                        const cache = code.caches![lasti] as Cache_CALL;
                        const base = sp - (2 + oparg);
                        const first = stack[base + 0] as Slot;
                        const second = stack[base + 1] as PyObject;
                        const args = stack as readonly PyObject[];
                        const args_at = base + 2;
                        if (!(first !== null && rt.exactArgsFunction(first, oparg + 1) && frame.kwnames === null))
                          break forms_CALL;
                        let res: PyObject;
                        const callee = rt.pushExactFrame(first, second, args, args_at, oparg, frame);
                        if (callee === null) break forms_CALL;
                        {
                          formHits[215]++;
                          frame.lasti = lasti;
                          frame.ip = ip;
                          frame.sp = base + 0;
                          entering = callee;
                          continue run;
                        }
                        stack[base + 0] = res;
                        formHits[215]++;
                        sp = base + 1;
                        break op_CALL;
                      }
                      case 216: {
                        // CALL_PY_INIT_EXACT_ARGS
                        const cache = code.caches![lasti] as Cache_CALL;
                        const base = sp - (2 + oparg);
                        const first = stack[base + 0] as Slot;
                        const second = stack[base + 1] as PyObject;
                        const args = stack as readonly PyObject[];
                        const args_at = base + 2;
                        if (!(
                          first === null &&
                          second === cache.type &&
                          cache.type.version === cache.version &&
                          cache.init.code === cache.code &&
                          frame.kwnames === null
                        ))
                          break forms_CALL;
                        let res: PyObject;
                        const callee = rt.pushInitFrame(cache.type, cache.init, args, args_at, oparg, frame);
                        if (callee === null) break forms_CALL;
                        {
                          formHits[216]++;
                          frame.lasti = lasti;
                          frame.ip = ip;
                          frame.sp = base + 0;
                          entering = callee;
                          continue run;
                        }
                        stack[base + 0] = res;
                        formHits[216]++;
                        sp = base + 1;
                        break op_CALL;
                      }
                    }
                    frame.lasti = lasti;
                    const r = run_CALL(q, frame, code, lasti, oparg, stack, sp);
                    if (r >= 0) {
                      sp = r;
                      break op_CALL;
                    }
                  } else frame.lasti = lasti;
                  const w = warm[lasti];
                  if (w < adaptive.COUNTER_ONE) specialise_CALL(frame, code, lasti, oparg, stack, sp);
                  else warm[lasti] = w - adaptive.COUNTER_ONE;
                }
                // CALL(n=oparg)
                {
                  const n = oparg;
                  const base = sp - (2 + n);
                  const first = stack[base + 0];
                  const second = stack[base + 1] as PyObject;
                  const args = stack as readonly PyObject[];
                  const args_at = base + 2;
                  sp = base;
                  let res: PyObject;
                  if (first === null && second instanceof rt.PyBuiltinFunction && frame.kwnames === null) {
                    // a native function (len, isinstance, …): straight to its code, as callFromStack would,
                    // without an argument array where it takes this count as it is (define.ts fixedFunction)
                    const f1 = second.fast1;
                    const f2 = second.fast2;
                    if (n === 1 && f1 !== null) res = f1(args[args_at]);
                    else if (n === 2 && f2 !== null) res = f2(args[args_at], args[args_at + 1]);
                    else res = second.fn(args.slice(args_at, args_at + n), null);
                  } else if (first instanceof rt.PyMethodDescriptor && frame.kwnames === null) {
                    // a builtin type's method LOAD_METHOD found on `second`'s type (list.append, …), the same
                    // way (define.ts fixedMethod)
                    const f0 = first.fast0;
                    const f1 = first.fast1;
                    const f2 = first.fast2;
                    if (n === 0 && f0 !== null) res = f0(second);
                    else if (n === 1 && f1 !== null) res = f1(second, args[args_at]);
                    else if (n === 2 && f2 !== null) res = f2(second, args[args_at], args[args_at + 1]);
                    else res = first.fn(second, args.slice(args_at, args_at + n), null);
                  } else {
                    const callee = rt.pushFrameForCall(first, second, args, args_at, n, frame);
                    if (callee !== null) {
                      {
                        frame.ip = ip;
                        frame.sp = sp;
                        entering = callee;
                        continue run;
                      }
                    } else res = rt.callFromStack(first, second, args.slice(args_at, args_at + n), frame);
                  }
                  stack[base + 0] = res;
                  sp = base + 1;
                }
              }
              break;
            case 173:
              /* POP_JUMP_BACKWARD_IF_NOT_NONE */ op_POP_JUMP_BACKWARD_IF_NOT_NONE: {
                frame.lasti = lasti;
                let _c0: boolean;
                // IS_NONE
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = value === rt.None;
                  _c0 = cond;
                }
                if (_c0) {
                } else {
                  // LOOP_BACK(target=oparg)
                  {
                    const target = oparg;
                    {
                      ip = target;
                      if (rt.renewDue(frame)) {
                        stack = frame.stack;
                        locals = frame.localsplus;
                      }
                      if (tracing.enabled || pendingSignals[0] !== 0) {
                        frame.ip = ip;
                        frame.sp = sp;
                        try {
                          backEdge(frame, ip);
                        } finally {
                          ip = frame.ip;
                          sp = frame.sp;
                          lasti = frame.lasti;
                          stack = frame.stack;
                          locals = frame.localsplus;
                        }
                      }
                      break op_POP_JUMP_BACKWARD_IF_NOT_NONE;
                    }
                  }
                }
              }
              break;
            case 175:
              /* POP_JUMP_BACKWARD_IF_FALSE */ op_POP_JUMP_BACKWARD_IF_FALSE: {
                frame.lasti = lasti;
                let _c0: boolean;
                // IS_TRUE
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = value === true || (value !== false && rt.isTrue(value));
                  _c0 = cond;
                }
                if (_c0) {
                } else {
                  // LOOP_BACK(target=oparg)
                  {
                    const target = oparg;
                    {
                      ip = target;
                      if (rt.renewDue(frame)) {
                        stack = frame.stack;
                        locals = frame.localsplus;
                      }
                      if (tracing.enabled || pendingSignals[0] !== 0) {
                        frame.ip = ip;
                        frame.sp = sp;
                        try {
                          backEdge(frame, ip);
                        } finally {
                          ip = frame.ip;
                          sp = frame.sp;
                          lasti = frame.lasti;
                          stack = frame.stack;
                          locals = frame.localsplus;
                        }
                      }
                      break op_POP_JUMP_BACKWARD_IF_FALSE;
                    }
                  }
                }
              }
              break;
            case 176:
              /* POP_JUMP_BACKWARD_IF_TRUE */ op_POP_JUMP_BACKWARD_IF_TRUE: {
                frame.lasti = lasti;
                let _c0: boolean;
                // IS_TRUE
                {
                  const value = stack[sp - 1] as PyObject;
                  sp -= 1;
                  let cond: boolean;
                  cond = value === true || (value !== false && rt.isTrue(value));
                  _c0 = cond;
                }
                if (_c0) {
                  // LOOP_BACK(target=oparg)
                  {
                    const target = oparg;
                    {
                      ip = target;
                      if (rt.renewDue(frame)) {
                        stack = frame.stack;
                        locals = frame.localsplus;
                      }
                      if (tracing.enabled || pendingSignals[0] !== 0) {
                        frame.ip = ip;
                        frame.sp = sp;
                        try {
                          backEdge(frame, ip);
                        } finally {
                          ip = frame.ip;
                          sp = frame.sp;
                          lasti = frame.lasti;
                          stack = frame.stack;
                          locals = frame.localsplus;
                        }
                      }
                      break op_POP_JUMP_BACKWARD_IF_TRUE;
                    }
                  }
                } else {
                }
              }
              break;
            case 0 /* CACHE */:
              frame.lasti = lasti;
              throw rt.notSupported("CACHE", "never executed: inline cache entries; the decoder skips them");
            case 144 /* EXTENDED_ARG */:
              frame.lasti = lasti;
              throw rt.notSupported(
                "EXTENDED_ARG",
                "never executed: the decoder folds its argument into the next instruction's",
              );
            default:
              frame.lasti = lasti;
              frame.sp = sp;
              frame.ip = ip;
              COLD_OPS[word & 255](frame, oparg);
              sp = frame.sp;
              ip = frame.ip;
              lasti = frame.lasti;
              stack = frame.stack;
              locals = frame.localsplus;
              break;
          }
        }
      } catch (e) {
        // an op that does not store frame.lasti (STORES_LASTI) raised: its traceback entry needs it
        if (STORES_LASTI[ins[2 * lasti + 1] & 255] === 0) frame.lasti = lasti;
        const exc = unwind.caught(frame, e);
        const h = unwind.findHandler(code, lasti);
        if (h === undefined) {
          frame.sp = 0;
          if (frame === entry) throw exc;
          // a called frame ends: the exception goes on in its caller, raised by the CALL
          const done = frame;
          frame = done.back!;
          rt.unlinkFrame(done);
          // the caller's state is loaded at the loop's top, as for a frame CALL pushed: code here,
          // run only when an exception leaves a called frame, would have had no type feedback when
          // V8 compiled `execute`, which it then threw away at the first such exception
          entering = frame;
          pending = done.resumedBy !== 0 ? rt.genRaised(done, exc) : exc;
          continue;
        }
        sp = h.depth;
        if (h.lasti) stack[sp++] = frame.lasti;
        stack[sp++] = exc;
        ip = h.target;
      }
    }
  } finally {
    counters.baseInstructions += executed;
    // called frames still linked when something escapes the loop itself
    while (frame !== entry) {
      const done = frame;
      frame = done.back!;
      rt.unlinkFrame(done);
      if (done.resumedBy !== 0) rt.genRaised(done, null);
    }
  }
}
