# PyYAML through its pure-Python loader and dumper (yaml.Loader/SafeLoader/Dumper, not the
# libyaml bindings): documents, anchors, tags, custom classes, round trips.
import mod_libs
mod_libs.need(("yaml", "python3-yaml"))
import yaml

doc = """
# configuration
name: demo
version: 1.2
enabled: true
nothing: ~
when: 2024-02-29
stamp: 2001-12-14t21:59:43.10-05:00
ports: [80, 443, 0x1F, 0o17, 1_000]
ratio: .5
inf: .inf
servers:
  - &primary {host: a.example, weight: 3}
  - <<: *primary
    host: b.example
text: |
  line one
  line two
folded: >
  folded
  text
quoted: "tab\\tand \\u00e9"
single: 'it''s'
set: !!set {a, b}
pairs: !!omap [{x: 1}, {y: 2}]
bin: !!binary aGVsbG8=
"""
data = yaml.load(doc, Loader=yaml.SafeLoader)
for k in data:
    # sets print sorted: their order follows str hashes, which differ between interpreters
    print(k, repr(sorted(data[k]) if isinstance(data[k], set) else data[k]))
print(yaml.dump(data, Dumper=yaml.Dumper, sort_keys=True, default_flow_style=False))
print(yaml.safe_dump({"b": [1, 2.5, "x: y", None, True], "a": {"nested": ["é", "multi\nline"]}}, allow_unicode=True))
print(yaml.dump([{"k": i, "sq": i * i} for i in range(4)], default_flow_style=True, Dumper=yaml.SafeDumper))
docs = list(yaml.load_all("a: 1\n---\n- x\n- y\n---\nplain\n", Loader=yaml.Loader))
print(docs)


class Point(yaml.YAMLObject):
    yaml_tag = "!Point"
    yaml_loader = yaml.Loader
    yaml_dumper = yaml.Dumper

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = yaml.load("!Point {x: 1, y: [2, 3]}", Loader=yaml.Loader)
print(p, yaml.dump(p, Dumper=yaml.Dumper))
try:
    yaml.load("a: [1, 2\nb: 3", Loader=yaml.SafeLoader)
except yaml.YAMLError as e:
    print("YAMLError:", str(e).splitlines()[0], e.problem_mark.line, e.problem_mark.column)
print([t.__class__.__name__ for t in yaml.scan("k: [v]", Loader=yaml.SafeLoader)])
big = {"items": [{"id": i, "name": "item%d" % i, "tags": ["t%d" % (i % 3)], "score": i / 7} for i in range(150)]}
text = yaml.dump(big, Dumper=yaml.SafeDumper)
back = yaml.load(text, Loader=yaml.SafeLoader)
print(len(text), back == big, back["items"][-1])
