# ChainMap for layered configuration.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg), sorted(cfg))
cfg["color"] = "blue"
print(cli, defaults["color"])
child = cfg.new_child({"user": "temp"})
print(child["user"], child.parents["user"], len(child.maps))
del child["user"]
print(child["user"])
try:
    del cfg["user"]
except KeyError as e:
    print("KeyError:", e)
print(dict(cfg) == {"color": "blue", "user": "admin", "debug": True})
scopes = ChainMap()
scopes["x"] = 1
inner = scopes.new_child()
inner["x"] = 2
inner["y"] = 3
print(inner["x"], scopes["x"], "y" in scopes, sorted(inner.items()))
