# JSON encoding/decoding.
import json

data = {"name": "Widget", "tags": ["a", "b"], "price": 9.99, "stock": 3, "active": True,
        "meta": None, "dims": {"w": 1.5, "h": 2}, "unicode": "caf\u00e9"}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
back = json.loads(s)
print(back == data, type(back["dims"]).__name__, back["unicode"])
print(json.loads('[1, 2.5, "x", null, true, false, {"a": []}]'))
print(json.dumps([1, (2, 3), "q\"uote\n"]), json.dumps("\u2603"))
print(json.loads('"\\u0041\\n"'), json.loads("1e3"), json.loads(" 42 "))
class Money:
    def __init__(self, amount):
        self.amount = amount
def enc(o):
    if isinstance(o, Money):
        return {"$money": o.amount}
    raise TypeError("nope")
text = json.dumps({"total": Money(12)}, default=enc)
print(text)
print(json.loads(text, object_hook=lambda d: Money(d["$money"]) if "$money" in d else d)["total"].amount)
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.pos)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "int key", "b": float("inf")}), json.dumps([], indent=4), json.dumps({}))
