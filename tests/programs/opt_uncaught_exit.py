# An exception NOT caught, raised deep inside hot specialised code: a hot loop calls (inlined)
# parse -> convert at depth 2; after many iterations on ints, one record holds a str that
# int() rejects. The program's stdout up to the crash, the exit status 1 and the traceback's
# last line (which names the record) are compared.
records = [str(i * 7 % 1000) for i in range(300)]
records[237] = "7x-record-237"

def convert(text, scale):
    return int(text) * scale

def parse(text, k):
    return convert(text, 1 + k % 3) + 1

total = 0
for k, rec in enumerate(records):
    total += parse(rec, k)
    if k % 50 == 49:
        print("checkpoint", k, total)
print("never printed", total)
