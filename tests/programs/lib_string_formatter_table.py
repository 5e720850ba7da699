# Building tables with str.format specs and string helpers.
import string

rows = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3)]
fmt = "{:<8}|{:>8.2f}|{:>5d}|{:>9,.2f}"
print("{:<8}|{:>8}|{:>5}|{:>9}".format("item", "price", "qty", "total"))
print("-" * 33)
for name, price, qty in rows:
    print(fmt.format(name, price, qty, price * qty))
print("{:=^33}".format(" end "))
tpl = string.Template("${item}s cost $$$price")
print("\n".join(tpl.substitute(item=r[0], price=f"{r[1]:.2f}") for r in rows))
class Tpl(string.Template):
    delimiter = "%"
print(Tpl("%who likes %what").substitute(who="ann", what="tea"))
print(string.Template("$a $b").get_identifiers() if hasattr(string.Template, "get_identifiers") else None)
print("{0:{fill}{align}{width}}".format("x", fill="~", align="^", width=7))
print("{!r:>10}".format("q"), "{:#06x}".format(255), "{:+.1e}".format(12345.0))
print(string.whitespace == " \t\n\r\x0b\x0c", sorted(set(string.punctuation) & set("a!b?c")))
