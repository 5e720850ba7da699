# Input validation and extraction with compiled regexes.
import re

EMAIL = re.compile(r"^[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")
PHONE = re.compile(r"^\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")
for e in ["a.b@ex.com", "bad@", "x+y@sub.domain.org", "no at.com"]:
    print(e, bool(EMAIL.match(e)))
for p in ["555-123-4567", "(555) 123 4567", "5551234567", "55-1234-567"]:
    m = PHONE.match(p)
    print(p, "-".join(m.groups()) if m else None)
text = "Due 2024-02-30, paid 2023-12-01, bad 2023-13-01, next 2025-07-15."
print([m.group("y", "m", "d") for m in DATE.finditer(text)])
print(DATE.sub(lambda m: f"{m['d']}/{m['m']}/{m['y']}", text))
print(re.findall(r"#(\w+)", "#python is #fun and #fast"), re.findall(r"\$\d+(?:\.\d\d)?", "cost $5 or $12.50"))
print(re.split(r"\s*(?:and|or)\s*", "tea and cake or pie"), re.sub(r"(\d)(?=(\d{3})+$)", r"\1,", "1234567"))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"), re.match(r"(?:x)+", "xxx").group())
pat = re.compile(r"(\w+) (\w+)")
print(pat.sub(r"\2 \1", "hello world foo bar"), pat.pattern, pat.groups)
print(re.findall(r"^\w", "ab\ncd\nef", flags=re.MULTILINE), re.findall(r".", "a\nb", re.DOTALL))
