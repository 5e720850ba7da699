# A hand-written JSON-like serializer and pretty printer, plus a tiny parser.

def escape(s):
    table = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
    out = []
    for c in s:
        if c in table:
            out.append(table[c])
        elif ord(c) < 0x20:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'

def dumps(value, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, level + 1) for v in value) + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [pad + escape(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in value.items()]
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")

def loads(text):
    pos = 0
    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        skip()
        c = text[pos]
        if c == "{":
            pos += 1
            result = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                skip()
                k = value()
                skip()
                pos += 1  # ':'
                result[k] = value()
                skip()
                pos += 1
                if text[pos - 1] == "}":
                    return result
        if c == "[":
            pos += 1
            result = []
            skip()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                skip()
                pos += 1
                if text[pos - 1] == "]":
                    return result
        if c == '"':
            end = pos + 1
            chars = []
            while text[end] != '"':
                if text[end] == "\\":
                    end += 1
                    chars.append({"n": "\n", "t": "\t"}.get(text[end], text[end]))
                else:
                    chars.append(text[end])
                end += 1
            pos = end + 1
            return "".join(chars)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    return value()

doc = {
    "name": "HotPy", "version": [0, 1, 0], "stable": False,
    "ratio": 0.1 + 0.2, "big": 2 ** 70, "nothing": None,
    "tags": ["vm", "tracing", 'quote"d', "tab\there"],
    "nested": {"empty_list": [], "empty_obj": {}, "deep": {"deeper": [1, [2, [3]]]}},
    "unicode": "héllo 😀",
}
print(dumps(doc))
pretty = dumps(doc, indent=2)
print(pretty)
back = loads(pretty)
print(back == doc, back["tags"][2], back["nested"]["deep"]["deeper"][1][1][0], back["big"] == 2 ** 70)
print(loads('[1, -2.5, "x\\ny", true, null, {"a": [ ]}]'))
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(dumps([(1, 2), {"k": (3,)}], indent=1))
