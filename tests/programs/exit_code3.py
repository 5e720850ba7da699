# sys.exit(3): output before exiting is flushed, finally blocks run, exit status 3.
import sys

def validate(records):
    bad = [r for r in records if not r.get("id")]
    return bad

records = [{"id": 1, "name": "a"}, {"name": "missing id"}, {"id": 3, "name": "c"}, {"id": 0}]
for r in records:
    print("record", r)

bad = validate(records)
print("invalid records:", len(bad))
try:
    if bad:
        print("exiting with status 3")
        sys.exit(3)
finally:
    print("finally runs before exit")
print("never printed")
