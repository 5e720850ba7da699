# sys.flags has the fields of CPython 3.11 (warn_default_encoding, int_max_str_digits; dev_mode and safe_path are bools)
import sys
print(sys.flags.warn_default_encoding, sys.flags.dev_mode, sys.flags.safe_path, sys.flags.int_max_str_digits, sys.flags.utf8_mode)
