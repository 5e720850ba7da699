# jinja2 (+ markupsafe): templates with inheritance, macros, filters, loops and autoescaping,
# rendered as a web application renders pages.
import mod_libs
mod_libs.need(("jinja2", "python3-jinja2"), ("markupsafe", "python3-markupsafe"))
from jinja2 import Environment, DictLoader, StrictUndefined, select_autoescape, TemplateSyntaxError, UndefinedError
from markupsafe import Markup, escape

print(escape("<a href='x'>&</a>"), Markup("<b>%s</b>") % "<i>", Markup("<p>").join(["a<", "b"]), escape("x").__html__())
templates = {
    "base.html": """<html><title>{% block title %}Site{% endblock %}</title>
<body>{% block body %}{% endblock %}</body></html>""",
    "macros.html": """{% macro item(name, price, tags=()) -%}
<li class="{{ loop_class|default('item') }}">{{ name|title }}: {{ '%.2f'|format(price) }}{% if tags %} [{{ tags|join(', ') }}]{% endif %}</li>
{%- endmacro %}""",
    "page.html": """{% extends "base.html" %}{% import "macros.html" as m %}
{% block title %}{{ title }} - {{ super() }}{% endblock %}
{% block body %}
<h1>{{ title|upper }}</h1>
<ul>{% for p in products|sort(attribute='price') %}
{{ m.item(p.name, p.price, p.tags) }}{% if loop.last %}<!-- {{ loop.length }} items -->{% endif %}{% endfor %}
</ul>
{% set total = products|sum(attribute='price') %}Total: {{ total|round(2) }}
{% for k, group in products|groupby('cat') %}{{ k }}={{ group|map(attribute='name')|join('+') }};{% endfor %}
{{ note }} {{ note|safe }} {{ "%s & %s"|format("a", "b") }}
{% for i in range(3) %}{{ loop.index }}{{ loop.cycle('a','b') }}{% else %}none{% endfor %}
{{ users|selectattr('active')|map(attribute='name')|list }} {{ [3,1,2]|sort|reverse|list }} {{ 'abc'|replace('b','B') }}
{{ 12345.678|int }} {{ '  x  '|trim }} {{ 'hello world'|wordcount }} {{ {'b':1,'a':2}|dictsort }}
{% filter upper %}filtered {{ title }}{% endfilter %} {{ "x" is string }} {{ 4 is divisibleby 2 }}
{% with a = 1, b = 2 %}{{ a + b }}{% endwith %} {{ lipsum is defined }} {{ missing|default('dflt') }}
{% endblock %}""",
}
env = Environment(loader=DictLoader(templates), autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
env.filters["money"] = lambda v: "$%.2f" % v
products = [
    {"name": "widget", "price": 9.5, "tags": ["a", "b"], "cat": "tools"},
    {"name": "gadget <x>", "price": 3.25, "tags": [], "cat": "toys"},
    {"name": "doohickey", "price": 12.0, "tags": ["c"], "cat": "tools"},
]
users = [{"name": "ann", "active": True}, {"name": "bob", "active": False}]
print(env.get_template("page.html").render(title="Shop & Co", products=products, users=users, note="<em>hi</em>"))
t = env.from_string("{{ x|money }} {% for a, b in pairs %}{{ a }}{{ b }}{% endfor %} {{ d.k }} {{ d['k'] }}")
print(t.render(x=3, pairs=[(1, 2), (3, 4)], d={"k": "v"}))
for i in range(40):
    out = env.from_string("{% for n in range(k) %}{{ n * n }},{% endfor %}").render(k=i % 7)
print(out)
strict = Environment(undefined=StrictUndefined)
try:
    strict.from_string("{{ nope.x }}").render()
except UndefinedError as e:
    print("UndefinedError:", e)
try:
    env.from_string("{% for x in %}")
except TemplateSyntaxError as e:
    print("TemplateSyntaxError:", e.message, e.lineno)
print(env.from_string("{{ 7 // 2 }} {{ 2 ** 10 }} {{ 'a' ~ 1 }} {{ [1,2,3][1:] }} {{ (1, 2) }} {{ none is none }}").render())
m = env.from_string("{% macro hello(n) %}Hi {{ n }}{% endmacro %}").module
print(m.hello("there"))
print(list(env.from_string("{{ a }}-{{ b }}").generate(a=1, b=2)))
