// The CPython test modules the conformance runner runs (issue #11's list: the core language and
// the modules this VM claims), and the fixed subset CI runs. test_str is test_unicode in 3.11.
export const MODULES = [
  "test_grammar", "test_opcodes", "test_augassign", "test_unpack", "test_unpack_ex", "test_compare",
  "test_richcmp", "test_bool", "test_int", "test_long", "test_float", "test_complex", "test_fractions",
  "test_decimal", "test_math", "test_cmath", "test_list", "test_tuple", "test_dict", "test_set",
  "test_range", "test_slice", "test_sort", "test_unicode", "test_string", "test_fstring", "test_format",
  "test_bytes", "test_memoryview", "test_array", "test_struct", "test_codecs", "test_iter",
  "test_generators", "test_genexps", "test_coroutines", "test_asyncgen", "test_exceptions",
  "test_exception_group", "test_except_star", "test_raise", "test_with", "test_contextlib",
  "test_scope", "test_class", "test_descr", "test_super", "test_property", "test_abc",
  "test_dataclasses", "test_enum", "test_typing", "test_patma", "test_functools", "test_itertools",
  "test_operator", "test_collections", "test_heapq", "test_bisect", "test_copy", "test_json",
  "test_re", "test_random", "test_statistics", "test_textwrap", "test_argparse", "test_csv",
  "test_datetime", "test_calendar", "test_base64", "test_binascii", "test_zlib", "test_unicodedata",
  "test_weakref", "test_keywordonlyarg", "test_positional_only_arg", "test_named_expressions",
  "test_dictviews", "test_userdict", "test_userlist", "test_userstring", "test_pickle", "test_pickletools",
];

/** CI's subset: small modules that finish in seconds under hotpy (tests/cpython.test.ts). */
export const CI_MODULES = [
  "test_bool", "test_augassign", "test_opcodes", "test_unpack", "test_keywordonlyarg",
  "test_positional_only_arg", "test_raise", "test_with", "test_scope", "test_slice", "test_bisect",
  "test_userlist", "test_dictviews", "test_textwrap",
];
