# round(), floor/ceil/trunc, and formatting of rounded values.
import math

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 2), round(v, 1), type(round(v)).__name__)

for v in [3.7, -3.7, 3.2, -3.2, 5.0, -0.0]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), int(v))

print(round(123.456, -1), round(123.456, -2), round(-123.456, 0), round(1e20, 2))
print(round(5), round(-5, 3), round(7, -1), round(15, -1), round(25, -1))
print(round(float("inf")) if False else "skip", round(2.5e-5, 5), round(0.1 + 0.2, 15))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)

prices = [19.99, 5.25, 3.333, 0.005, 100.0]
subtotal = sum(prices)
tax = round(subtotal * 0.0825, 2)
print("subtotal", round(subtotal, 2), "tax", tax, "total", round(subtotal + tax, 2))
print(f"{subtotal:.2f} {tax:.3f} {subtotal + tax:10.1f}|")

def percent(part, whole):
    return round(100 * part / whole, 1)

print(percent(1, 3), percent(2, 3), percent(5, 8), percent(0, 7))

# banker's rounding on a table
print([round(x / 2) for x in range(-6, 7)])
print([round(x / 4, 1) for x in range(0, 9)])
print(math.floor(-0.5), math.ceil(-0.5), math.floor(10 ** 20 + 0.0), math.ceil(1e-300))
print(math.floor(7), math.ceil(-7), type(math.floor(2.5)).__name__)

# temperature table
for c in range(-10, 41, 10):
    f = c * 9 / 5 + 32
    print(f"{c:>4}C = {f:6.1f}F  ~{round(f):d}")
