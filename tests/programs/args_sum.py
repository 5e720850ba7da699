# args: 3 14 15 -9 2.5 x
# Command-line arguments: parse numbers, report bad input, summarize.
import sys

args = sys.argv[1:]
print("received", len(args), "arguments:", args)
numbers = []
errors = []
for a in args:
    try:
        numbers.append(int(a))
    except ValueError:
        try:
            numbers.append(float(a))
        except ValueError:
            errors.append(a)
print("numbers:", numbers)
print("not numbers:", errors)
print("sum:", sum(numbers), "min:", min(numbers), "max:", max(numbers))
print("mean: %.3f" % (sum(numbers) / len(numbers)))
ints = [n for n in numbers if isinstance(n, int)]
print("ints sorted:", sorted(ints))
product = 1
for n in ints:
    product *= n
print("product of ints:", product)
if errors:
    print("warning: ignored", len(errors), "argument(s)", file=sys.stderr)
