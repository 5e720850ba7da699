// Generated from spec/cpython/3.11.yaml, spec/fat-ops.yaml by generator/emit-opcodes.ts — do not edit; run `npm run gen`.
// (Edit the spec, or the generator, instead.)
// CPython 3.11.7 opcode numbers and properties, and how the spec treats each.

export const PYTHON_VERSION = "3.11";
export const PYC_MAGIC = 3495;
export const HAVE_ARGUMENT = 90;
export const EXTENDED_ARG = 144;

export type FatOpName =
  | "CACHE"
  | "POP_TOP"
  | "PUSH_NULL"
  | "NOP"
  | "UNARY_POSITIVE"
  | "UNARY_NEGATIVE"
  | "UNARY_NOT"
  | "UNARY_INVERT"
  | "BINARY_SUBSCR"
  | "GET_LEN"
  | "MATCH_MAPPING"
  | "MATCH_SEQUENCE"
  | "MATCH_KEYS"
  | "PUSH_EXC_INFO"
  | "CHECK_EXC_MATCH"
  | "CHECK_EG_MATCH"
  | "WITH_EXCEPT_START"
  | "GET_AITER"
  | "GET_ANEXT"
  | "BEFORE_ASYNC_WITH"
  | "BEFORE_WITH"
  | "END_ASYNC_FOR"
  | "STORE_SUBSCR"
  | "DELETE_SUBSCR"
  | "GET_ITER"
  | "GET_YIELD_FROM_ITER"
  | "PRINT_EXPR"
  | "LOAD_BUILD_CLASS"
  | "LOAD_ASSERTION_ERROR"
  | "RETURN_GENERATOR"
  | "LIST_TO_TUPLE"
  | "RETURN_VALUE"
  | "IMPORT_STAR"
  | "SETUP_ANNOTATIONS"
  | "YIELD_VALUE"
  | "ASYNC_GEN_WRAP"
  | "PREP_RERAISE_STAR"
  | "POP_EXCEPT"
  | "STORE_NAME"
  | "DELETE_NAME"
  | "UNPACK_SEQUENCE"
  | "FOR_ITER"
  | "UNPACK_EX"
  | "STORE_ATTR"
  | "DELETE_ATTR"
  | "STORE_GLOBAL"
  | "DELETE_GLOBAL"
  | "SWAP"
  | "LOAD_CONST"
  | "LOAD_NAME"
  | "BUILD_TUPLE"
  | "BUILD_LIST"
  | "BUILD_SET"
  | "BUILD_MAP"
  | "LOAD_ATTR"
  | "COMPARE_OP"
  | "IMPORT_NAME"
  | "IMPORT_FROM"
  | "JUMP_FORWARD"
  | "JUMP_IF_FALSE_OR_POP"
  | "JUMP_IF_TRUE_OR_POP"
  | "POP_JUMP_FORWARD_IF_FALSE"
  | "POP_JUMP_FORWARD_IF_TRUE"
  | "LOAD_GLOBAL"
  | "IS_OP"
  | "CONTAINS_OP"
  | "RERAISE"
  | "COPY"
  | "BINARY_OP"
  | "SEND"
  | "LOAD_FAST"
  | "STORE_FAST"
  | "DELETE_FAST"
  | "POP_JUMP_FORWARD_IF_NOT_NONE"
  | "POP_JUMP_FORWARD_IF_NONE"
  | "RAISE_VARARGS"
  | "GET_AWAITABLE"
  | "MAKE_FUNCTION"
  | "BUILD_SLICE"
  | "JUMP_BACKWARD_NO_INTERRUPT"
  | "MAKE_CELL"
  | "LOAD_CLOSURE"
  | "LOAD_DEREF"
  | "STORE_DEREF"
  | "DELETE_DEREF"
  | "JUMP_BACKWARD"
  | "CALL_FUNCTION_EX"
  | "EXTENDED_ARG"
  | "LIST_APPEND"
  | "SET_ADD"
  | "MAP_ADD"
  | "LOAD_CLASSDEREF"
  | "COPY_FREE_VARS"
  | "RESUME"
  | "MATCH_CLASS"
  | "FORMAT_VALUE"
  | "BUILD_CONST_KEY_MAP"
  | "BUILD_STRING"
  | "LOAD_METHOD"
  | "LIST_EXTEND"
  | "SET_UPDATE"
  | "DICT_MERGE"
  | "DICT_UPDATE"
  | "PRECALL"
  | "CALL"
  | "KW_NAMES"
  | "POP_JUMP_BACKWARD_IF_NOT_NONE"
  | "POP_JUMP_BACKWARD_IF_NONE"
  | "POP_JUMP_BACKWARD_IF_FALSE"
  | "POP_JUMP_BACKWARD_IF_TRUE";

export const Opcode = {
  CACHE: 0,
  POP_TOP: 1,
  PUSH_NULL: 2,
  NOP: 9,
  UNARY_POSITIVE: 10,
  UNARY_NEGATIVE: 11,
  UNARY_NOT: 12,
  UNARY_INVERT: 15,
  BINARY_SUBSCR: 25,
  GET_LEN: 30,
  MATCH_MAPPING: 31,
  MATCH_SEQUENCE: 32,
  MATCH_KEYS: 33,
  PUSH_EXC_INFO: 35,
  CHECK_EXC_MATCH: 36,
  CHECK_EG_MATCH: 37,
  WITH_EXCEPT_START: 49,
  GET_AITER: 50,
  GET_ANEXT: 51,
  BEFORE_ASYNC_WITH: 52,
  BEFORE_WITH: 53,
  END_ASYNC_FOR: 54,
  STORE_SUBSCR: 60,
  DELETE_SUBSCR: 61,
  GET_ITER: 68,
  GET_YIELD_FROM_ITER: 69,
  PRINT_EXPR: 70,
  LOAD_BUILD_CLASS: 71,
  LOAD_ASSERTION_ERROR: 74,
  RETURN_GENERATOR: 75,
  LIST_TO_TUPLE: 82,
  RETURN_VALUE: 83,
  IMPORT_STAR: 84,
  SETUP_ANNOTATIONS: 85,
  YIELD_VALUE: 86,
  ASYNC_GEN_WRAP: 87,
  PREP_RERAISE_STAR: 88,
  POP_EXCEPT: 89,
  STORE_NAME: 90,
  DELETE_NAME: 91,
  UNPACK_SEQUENCE: 92,
  FOR_ITER: 93,
  UNPACK_EX: 94,
  STORE_ATTR: 95,
  DELETE_ATTR: 96,
  STORE_GLOBAL: 97,
  DELETE_GLOBAL: 98,
  SWAP: 99,
  LOAD_CONST: 100,
  LOAD_NAME: 101,
  BUILD_TUPLE: 102,
  BUILD_LIST: 103,
  BUILD_SET: 104,
  BUILD_MAP: 105,
  LOAD_ATTR: 106,
  COMPARE_OP: 107,
  IMPORT_NAME: 108,
  IMPORT_FROM: 109,
  JUMP_FORWARD: 110,
  JUMP_IF_FALSE_OR_POP: 111,
  JUMP_IF_TRUE_OR_POP: 112,
  POP_JUMP_FORWARD_IF_FALSE: 114,
  POP_JUMP_FORWARD_IF_TRUE: 115,
  LOAD_GLOBAL: 116,
  IS_OP: 117,
  CONTAINS_OP: 118,
  RERAISE: 119,
  COPY: 120,
  BINARY_OP: 122,
  SEND: 123,
  LOAD_FAST: 124,
  STORE_FAST: 125,
  DELETE_FAST: 126,
  POP_JUMP_FORWARD_IF_NOT_NONE: 128,
  POP_JUMP_FORWARD_IF_NONE: 129,
  RAISE_VARARGS: 130,
  GET_AWAITABLE: 131,
  MAKE_FUNCTION: 132,
  BUILD_SLICE: 133,
  JUMP_BACKWARD_NO_INTERRUPT: 134,
  MAKE_CELL: 135,
  LOAD_CLOSURE: 136,
  LOAD_DEREF: 137,
  STORE_DEREF: 138,
  DELETE_DEREF: 139,
  JUMP_BACKWARD: 140,
  CALL_FUNCTION_EX: 142,
  EXTENDED_ARG: 144,
  LIST_APPEND: 145,
  SET_ADD: 146,
  MAP_ADD: 147,
  LOAD_CLASSDEREF: 148,
  COPY_FREE_VARS: 149,
  RESUME: 151,
  MATCH_CLASS: 152,
  FORMAT_VALUE: 155,
  BUILD_CONST_KEY_MAP: 156,
  BUILD_STRING: 157,
  LOAD_METHOD: 160,
  LIST_EXTEND: 162,
  SET_UPDATE: 163,
  DICT_MERGE: 164,
  DICT_UPDATE: 165,
  PRECALL: 166,
  CALL: 171,
  KW_NAMES: 172,
  POP_JUMP_BACKWARD_IF_NOT_NONE: 173,
  POP_JUMP_BACKWARD_IF_NONE: 174,
  POP_JUMP_BACKWARD_IF_FALSE: 175,
  POP_JUMP_BACKWARD_IF_TRUE: 176,
} as const satisfies Record<FatOpName, number>;

/** opcode number → name ("<n>" for numbers the version does not use) */
export const OPNAMES: readonly string[] = [
  "CACHE",
  "POP_TOP",
  "PUSH_NULL",
  "<3>",
  "<4>",
  "<5>",
  "<6>",
  "<7>",
  "<8>",
  "NOP",
  "UNARY_POSITIVE",
  "UNARY_NEGATIVE",
  "UNARY_NOT",
  "<13>",
  "<14>",
  "UNARY_INVERT",
  "<16>",
  "<17>",
  "<18>",
  "<19>",
  "<20>",
  "<21>",
  "<22>",
  "<23>",
  "<24>",
  "BINARY_SUBSCR",
  "<26>",
  "<27>",
  "<28>",
  "<29>",
  "GET_LEN",
  "MATCH_MAPPING",
  "MATCH_SEQUENCE",
  "MATCH_KEYS",
  "<34>",
  "PUSH_EXC_INFO",
  "CHECK_EXC_MATCH",
  "CHECK_EG_MATCH",
  "<38>",
  "<39>",
  "<40>",
  "<41>",
  "<42>",
  "<43>",
  "<44>",
  "<45>",
  "<46>",
  "<47>",
  "<48>",
  "WITH_EXCEPT_START",
  "GET_AITER",
  "GET_ANEXT",
  "BEFORE_ASYNC_WITH",
  "BEFORE_WITH",
  "END_ASYNC_FOR",
  "<55>",
  "<56>",
  "<57>",
  "<58>",
  "<59>",
  "STORE_SUBSCR",
  "DELETE_SUBSCR",
  "<62>",
  "<63>",
  "<64>",
  "<65>",
  "<66>",
  "<67>",
  "GET_ITER",
  "GET_YIELD_FROM_ITER",
  "PRINT_EXPR",
  "LOAD_BUILD_CLASS",
  "<72>",
  "<73>",
  "LOAD_ASSERTION_ERROR",
  "RETURN_GENERATOR",
  "<76>",
  "<77>",
  "<78>",
  "<79>",
  "<80>",
  "<81>",
  "LIST_TO_TUPLE",
  "RETURN_VALUE",
  "IMPORT_STAR",
  "SETUP_ANNOTATIONS",
  "YIELD_VALUE",
  "ASYNC_GEN_WRAP",
  "PREP_RERAISE_STAR",
  "POP_EXCEPT",
  "STORE_NAME",
  "DELETE_NAME",
  "UNPACK_SEQUENCE",
  "FOR_ITER",
  "UNPACK_EX",
  "STORE_ATTR",
  "DELETE_ATTR",
  "STORE_GLOBAL",
  "DELETE_GLOBAL",
  "SWAP",
  "LOAD_CONST",
  "LOAD_NAME",
  "BUILD_TUPLE",
  "BUILD_LIST",
  "BUILD_SET",
  "BUILD_MAP",
  "LOAD_ATTR",
  "COMPARE_OP",
  "IMPORT_NAME",
  "IMPORT_FROM",
  "JUMP_FORWARD",
  "JUMP_IF_FALSE_OR_POP",
  "JUMP_IF_TRUE_OR_POP",
  "<113>",
  "POP_JUMP_FORWARD_IF_FALSE",
  "POP_JUMP_FORWARD_IF_TRUE",
  "LOAD_GLOBAL",
  "IS_OP",
  "CONTAINS_OP",
  "RERAISE",
  "COPY",
  "<121>",
  "BINARY_OP",
  "SEND",
  "LOAD_FAST",
  "STORE_FAST",
  "DELETE_FAST",
  "<127>",
  "POP_JUMP_FORWARD_IF_NOT_NONE",
  "POP_JUMP_FORWARD_IF_NONE",
  "RAISE_VARARGS",
  "GET_AWAITABLE",
  "MAKE_FUNCTION",
  "BUILD_SLICE",
  "JUMP_BACKWARD_NO_INTERRUPT",
  "MAKE_CELL",
  "LOAD_CLOSURE",
  "LOAD_DEREF",
  "STORE_DEREF",
  "DELETE_DEREF",
  "JUMP_BACKWARD",
  "<141>",
  "CALL_FUNCTION_EX",
  "<143>",
  "EXTENDED_ARG",
  "LIST_APPEND",
  "SET_ADD",
  "MAP_ADD",
  "LOAD_CLASSDEREF",
  "COPY_FREE_VARS",
  "<150>",
  "RESUME",
  "MATCH_CLASS",
  "<153>",
  "<154>",
  "FORMAT_VALUE",
  "BUILD_CONST_KEY_MAP",
  "BUILD_STRING",
  "<158>",
  "<159>",
  "LOAD_METHOD",
  "<161>",
  "LIST_EXTEND",
  "SET_UPDATE",
  "DICT_MERGE",
  "DICT_UPDATE",
  "PRECALL",
  "<167>",
  "<168>",
  "<169>",
  "<170>",
  "CALL",
  "KW_NAMES",
  "POP_JUMP_BACKWARD_IF_NOT_NONE",
  "POP_JUMP_BACKWARD_IF_NONE",
  "POP_JUMP_BACKWARD_IF_FALSE",
  "POP_JUMP_BACKWARD_IF_TRUE",
  "<177>",
  "<178>",
  "<179>",
  "<180>",
  "<181>",
  "<182>",
  "<183>",
  "<184>",
  "<185>",
  "<186>",
  "<187>",
  "<188>",
  "<189>",
  "<190>",
  "<191>",
  "<192>",
  "<193>",
  "<194>",
  "<195>",
  "<196>",
  "<197>",
  "<198>",
  "<199>",
  "<200>",
  "<201>",
  "<202>",
  "<203>",
  "<204>",
  "<205>",
  "<206>",
  "<207>",
  "<208>",
  "<209>",
  "<210>",
  "<211>",
  "<212>",
  "<213>",
  "<214>",
  "<215>",
  "<216>",
  "<217>",
  "<218>",
  "<219>",
  "<220>",
  "<221>",
  "<222>",
  "<223>",
  "<224>",
  "<225>",
  "<226>",
  "<227>",
  "<228>",
  "<229>",
  "<230>",
  "<231>",
  "<232>",
  "<233>",
  "<234>",
  "<235>",
  "<236>",
  "<237>",
  "<238>",
  "<239>",
  "<240>",
  "<241>",
  "<242>",
  "<243>",
  "<244>",
  "<245>",
  "<246>",
  "<247>",
  "<248>",
  "<249>",
  "<250>",
  "<251>",
  "<252>",
  "<253>",
  "<254>",
  "<255>",
];

/** inline cache entries (code units) after each opcode */
export const CACHE_ENTRIES: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 2, 0, 0, 0, 0, 0, 0, 0, 0, 5,
  0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

/** 0: no jump, 1: relative forward, 2: relative backward, 3: absolute */
export const JUMP_KIND: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 0,
  0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

/** the base interpreter's superinstructions (spec/fat-ops.yaml `superinstructions`): the first
 *  opcode, the second, and the quickened opcode of the pair (runtime/interp/adaptive.ts) */
export const SUPERINSTRUCTIONS: readonly (readonly [number, number, number])[] = [];

export const COMPARE_OPS: readonly string[] = ["<", "<=", "==", "!=", ">", ">="];
export const BINARY_OP_SYMBOLS: readonly string[] = [
  "+",
  "&",
  "//",
  "<<",
  "@",
  "*",
  "%",
  "|",
  "**",
  ">>",
  "-",
  "/",
  "^",
  "+=",
  "&=",
  "//=",
  "<<=",
  "@=",
  "*=",
  "%=",
  "|=",
  "**=",
  ">>=",
  "-=",
  "/=",
  "^=",
];

export type OpcodeStatus = "defined" | "absorbed" | "unsupported";

export function opcodeStatus(name: FatOpName): OpcodeStatus {
  switch (name) {
    case "CACHE":
      return "absorbed";
    case "POP_TOP":
      return "defined";
    case "PUSH_NULL":
      return "defined";
    case "NOP":
      return "defined";
    case "UNARY_POSITIVE":
      return "defined";
    case "UNARY_NEGATIVE":
      return "defined";
    case "UNARY_NOT":
      return "defined";
    case "UNARY_INVERT":
      return "defined";
    case "BINARY_SUBSCR":
      return "defined";
    case "GET_LEN":
      return "defined";
    case "MATCH_MAPPING":
      return "defined";
    case "MATCH_SEQUENCE":
      return "defined";
    case "MATCH_KEYS":
      return "defined";
    case "PUSH_EXC_INFO":
      return "defined";
    case "CHECK_EXC_MATCH":
      return "defined";
    case "CHECK_EG_MATCH":
      return "defined";
    case "WITH_EXCEPT_START":
      return "defined";
    case "GET_AITER":
      return "defined";
    case "GET_ANEXT":
      return "defined";
    case "BEFORE_ASYNC_WITH":
      return "defined";
    case "BEFORE_WITH":
      return "defined";
    case "END_ASYNC_FOR":
      return "defined";
    case "STORE_SUBSCR":
      return "defined";
    case "DELETE_SUBSCR":
      return "defined";
    case "GET_ITER":
      return "defined";
    case "GET_YIELD_FROM_ITER":
      return "defined";
    case "PRINT_EXPR":
      return "defined";
    case "LOAD_BUILD_CLASS":
      return "defined";
    case "LOAD_ASSERTION_ERROR":
      return "defined";
    case "RETURN_GENERATOR":
      return "defined";
    case "LIST_TO_TUPLE":
      return "defined";
    case "RETURN_VALUE":
      return "defined";
    case "IMPORT_STAR":
      return "defined";
    case "SETUP_ANNOTATIONS":
      return "defined";
    case "YIELD_VALUE":
      return "defined";
    case "ASYNC_GEN_WRAP":
      return "defined";
    case "PREP_RERAISE_STAR":
      return "defined";
    case "POP_EXCEPT":
      return "defined";
    case "STORE_NAME":
      return "defined";
    case "DELETE_NAME":
      return "defined";
    case "UNPACK_SEQUENCE":
      return "defined";
    case "FOR_ITER":
      return "defined";
    case "UNPACK_EX":
      return "defined";
    case "STORE_ATTR":
      return "defined";
    case "DELETE_ATTR":
      return "defined";
    case "STORE_GLOBAL":
      return "defined";
    case "DELETE_GLOBAL":
      return "defined";
    case "SWAP":
      return "defined";
    case "LOAD_CONST":
      return "defined";
    case "LOAD_NAME":
      return "defined";
    case "BUILD_TUPLE":
      return "defined";
    case "BUILD_LIST":
      return "defined";
    case "BUILD_SET":
      return "defined";
    case "BUILD_MAP":
      return "defined";
    case "LOAD_ATTR":
      return "defined";
    case "COMPARE_OP":
      return "defined";
    case "IMPORT_NAME":
      return "defined";
    case "IMPORT_FROM":
      return "defined";
    case "JUMP_FORWARD":
      return "defined";
    case "JUMP_IF_FALSE_OR_POP":
      return "defined";
    case "JUMP_IF_TRUE_OR_POP":
      return "defined";
    case "POP_JUMP_FORWARD_IF_FALSE":
      return "defined";
    case "POP_JUMP_FORWARD_IF_TRUE":
      return "defined";
    case "LOAD_GLOBAL":
      return "defined";
    case "IS_OP":
      return "defined";
    case "CONTAINS_OP":
      return "defined";
    case "RERAISE":
      return "defined";
    case "COPY":
      return "defined";
    case "BINARY_OP":
      return "defined";
    case "SEND":
      return "defined";
    case "LOAD_FAST":
      return "defined";
    case "STORE_FAST":
      return "defined";
    case "DELETE_FAST":
      return "defined";
    case "POP_JUMP_FORWARD_IF_NOT_NONE":
      return "defined";
    case "POP_JUMP_FORWARD_IF_NONE":
      return "defined";
    case "RAISE_VARARGS":
      return "defined";
    case "GET_AWAITABLE":
      return "defined";
    case "MAKE_FUNCTION":
      return "defined";
    case "BUILD_SLICE":
      return "defined";
    case "JUMP_BACKWARD_NO_INTERRUPT":
      return "defined";
    case "MAKE_CELL":
      return "defined";
    case "LOAD_CLOSURE":
      return "defined";
    case "LOAD_DEREF":
      return "defined";
    case "STORE_DEREF":
      return "defined";
    case "DELETE_DEREF":
      return "defined";
    case "JUMP_BACKWARD":
      return "defined";
    case "CALL_FUNCTION_EX":
      return "defined";
    case "EXTENDED_ARG":
      return "absorbed";
    case "LIST_APPEND":
      return "defined";
    case "SET_ADD":
      return "defined";
    case "MAP_ADD":
      return "defined";
    case "LOAD_CLASSDEREF":
      return "defined";
    case "COPY_FREE_VARS":
      return "defined";
    case "RESUME":
      return "defined";
    case "MATCH_CLASS":
      return "defined";
    case "FORMAT_VALUE":
      return "defined";
    case "BUILD_CONST_KEY_MAP":
      return "defined";
    case "BUILD_STRING":
      return "defined";
    case "LOAD_METHOD":
      return "defined";
    case "LIST_EXTEND":
      return "defined";
    case "SET_UPDATE":
      return "defined";
    case "DICT_MERGE":
      return "defined";
    case "DICT_UPDATE":
      return "defined";
    case "PRECALL":
      return "defined";
    case "CALL":
      return "defined";
    case "KW_NAMES":
      return "defined";
    case "POP_JUMP_BACKWARD_IF_NOT_NONE":
      return "defined";
    case "POP_JUMP_BACKWARD_IF_NONE":
      return "defined";
    case "POP_JUMP_BACKWARD_IF_FALSE":
      return "defined";
    case "POP_JUMP_BACKWARD_IF_TRUE":
      return "defined";
    default: {
      const unhandled: never = name;
      throw new Error(`opcode ${unhandled as string} has no status`);
    }
  }
}

export const UNSUPPORTED_REASONS: Readonly<Partial<Record<FatOpName, string>>> = {};
