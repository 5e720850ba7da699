# JSON configuration handling: load, validate, merge defaults, custom encoder/decoder, dump
import json
from datetime import date

DEFAULTS = {"name": "service", "port": 8080, "debug": False, "tags": [], "limits": {"rps": 100, "burst": 20}}
RAW = '{"name": "api", "port": 9000, "tags": ["a", "b"], "limits": {"rps": 250}, "started": "2026-11-24"}'

def merge(base, override):
    out = dict(base)
    for k, v in override.items():
        out[k] = merge(base[k], v) if isinstance(v, dict) and isinstance(base.get(k), dict) else v
    return out

def decode_dates(obj):
    for k, v in obj.items():
        if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-":
            obj[k] = date.fromisoformat(v)
    return obj

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"$date": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

cfg = merge(DEFAULTS, json.loads(RAW, object_hook=decode_dates))
print(cfg)
print(json.dumps(cfg, cls=Encoder, sort_keys=True))
print(json.dumps(cfg, cls=Encoder, indent=2, sort_keys=True))
print(json.dumps({"s": {3, 1, 2}, "u": "é\u2603", "f": 1.5e-7, "n": None}, cls=Encoder, ensure_ascii=False))
print(json.dumps([1, 2, {"a": (3, 4)}], separators=(",", ":")))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", e)
print(json.loads('{"big": 12345678901234567890, "f": 1.0, "e": 1e400}'))
