# Loading, merging and dumping JSON configuration.
import json

base = json.loads("""
{
  "server": {"host": "localhost", "port": 8080, "tls": false},
  "workers": 4,
  "paths": ["/var/app", "/tmp"],
  "limits": {"rps": 100.5, "burst": null}
}
""")
override = json.loads('{"server": {"port": 9090, "tls": true}, "workers": 8, "limits": {"burst": 20}}')
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
cfg = merge(base, override)
print(json.dumps(cfg, sort_keys=True))
print(json.dumps(cfg["server"], indent="\t"))
lines = [json.dumps({"id": i, "sq": i * i, "odd": bool(i % 2)}) for i in range(4)]
print("\n".join(lines))
print(sum(json.loads(l)["sq"] for l in lines))
print(json.dumps([1.0, 1e100, -0.0, 3.14159, 10 ** 20]), json.loads("[1.0, 2, -0.0, 1E400]"))
print(json.dumps({"b": 1, "a": [{"z": 1, "y": 2}]}, sort_keys=True, indent=1))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[]", object_pairs_hook=None))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.dumps("tab\there \u00fc \U0001f600"), json.dumps("tab\there \u00fc", ensure_ascii=False))
