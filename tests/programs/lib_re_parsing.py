# Regular expressions for log parsing.
import re

log = """2024-01-05 10:22:01 ERROR disk full on /dev/sda1
2024-01-05 10:23:15 INFO user alice logged in
2024-01-06 08:00:00 WARN cpu at 91%
2024-01-06 09:12:44 ERROR timeout after 30s"""
pat = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+) (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("level"), m["date"], m.group("msg"))
print([m.groupdict()["time"] for m in pat.finditer(log) if m["level"] == "ERROR"])
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c3"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@example.com or amy@test.com"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "x5 y10 z7"))
print(re.split(r"[,;\s]+", "a, b;c  d"), re.split(r"(-)", "1-2-3"))
m = re.match(r"(\d+)\.(\d+)", "3.14 pi")
print(m.group(0), m.groups(), m.span(1), m.start(2), m.end())
print(re.search(r"colou?r", "The color red").group(), re.match("x", "abc"))
print(re.fullmatch(r"[a-z]+", "hello") is not None, re.fullmatch(r"[a-z]+", "hello1"))
print(re.findall(r"(?i)the", "The THE the"), re.sub(r"\s+", " ", "a   b \t c"))
print(re.escape("a.b*c"), re.subn(r"o", "0", "foo boo"))
print(re.findall(r"<.*?>", "<a><b></b>"), re.findall(r"<.*>", "<a><b>"))
print(re.findall(r"\b\w+(?=ing\b)", "singing and dancing or sing"))
print(bool(re.match(r"^[\w.]+@[\w]+\.\w{2,}$", "john.doe@mail.org")))
