# simplejson through its pure-Python encoder and decoder: Decimal, namedtuples, iterators,
# big ints, separators, errors with positions.
import mod_libs
mod_libs.need(("simplejson", "python3-simplejson"))
import simplejson as json

json._toggle_speedups(False)  # the pure-Python encoder and scanner under CPython too
from decimal import Decimal
from collections import namedtuple, OrderedDict

P = namedtuple("P", "x y")
obj = {"name": "Zoë", "n": 12345678901234567890123, "f": 1.0 / 3, "d": Decimal("1.10"), "p": P(1, 2),
       "l": [True, False, None, -0.0, 1e100], "nested": {"k": [1, {"z": "\u2603\n\t\"q\""}]}}
print(json.dumps(obj, sort_keys=True))
print(json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=False, use_decimal=True, namedtuple_as_object=False))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("</script>", ensure_ascii=True), json.dumps(iter([1, 2]), iterable_as_array=True))
text = '{"a": [1, 2.50, 3e2, -0, "x\\u00e9\\ud83d\\ude00"], "b": {"c": null, "d": true}, "e": 1.1}'
print(json.loads(text), json.loads(text, use_decimal=True)["e"], json.loads(text, object_pairs_hook=OrderedDict))
print(json.loads("[NaN, Infinity, -Infinity]"), json.dumps(float("nan")), json.loads('"\\t"'))
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', '"\\x"', "tru", ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.lineno, e.colno, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {3}}, default=sorted), json.dumps({(1): "int key", True: "bool", None: "none"}, sort_keys=False))
enc = json.JSONEncoder(indent="\t", item_sort_key=lambda kv: kv[0])
print(enc.encode({"b": 1, "a": [1, 2]}), list(json.JSONEncoder().iterencode({"x": [1]})))
big = [{"id": i, "v": i * 0.25, "s": "s%d" % i} for i in range(300)]
s = json.dumps(big)
print(len(s), json.loads(s) == big, json.__name__, json.decoder.scanstring('"abc\\n" tail', 1))
