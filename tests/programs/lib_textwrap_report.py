# A formatted report using textwrap and str alignment.
import textwrap

items = [
    ("HP-101", "Replace the bearings on the primary conveyor belt before the next shift starts", 3),
    ("HP-102", "Audit", 1),
    ("HP-207", "Investigate intermittent sensor failures reported by the night crew on line four", 5),
]
width = 50
print("=" * width)
for code, desc, prio in items:
    head = f"{code} [{'*' * prio:<5}] "
    body = textwrap.wrap(desc, width - len(head))
    print(head + body[0])
    for line in body[1:]:
        print(" " * len(head) + line)
print("=" * width)
doc = textwrap.dedent("""\
    Usage:
        tool run   -- start
        tool stop  -- stop
    """)
print(doc, end="")
print(textwrap.indent(doc, "| ", lambda l: l.strip() != ""), end="")
wrapper = textwrap.TextWrapper(width=24, initial_indent="- ", subsequent_indent="  ", max_lines=3, placeholder=" [...]")
print(wrapper.fill("a list item that is much too long to fit within a small number of lines anyway"))
print(textwrap.shorten("Hello  world!   How are you?", width=15, placeholder="..."))
