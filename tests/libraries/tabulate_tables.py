# tabulate: pretty tables in several formats, as reports and CLIs print them.
import mod_libs
mod_libs.need(("tabulate", "python3-tabulate"))
from tabulate import tabulate

rows = [["Sun", 696000, 1.9891e30, "star"], ["Earth", 6371, 5.9722e24, "planet"],
        ["Moon", 1737.1, 7.346e22, None], ["Ceres", 473, 9.39e20, "dwarf ✓"]]
headers = ["name", "radius km", "mass kg", "kind"]
for fmt in ["plain", "simple", "github", "grid", "fancy_grid", "pipe", "orgtbl", "rst", "html", "latex", "tsv", "psql", "mediawiki"]:
    print(fmt)
    print(tabulate(rows, headers=headers, tablefmt=fmt, floatfmt=".4g", missingval="?"))
print(tabulate([{"a": 1, "b": 2.5}, {"a": 10, "c": "x"}], headers="keys", showindex=True))
print(tabulate([[1, "1.50"], [-20, "3"], [300, "-0.25"]], headers=["int", "num"], numalign="decimal", stralign="center"))
print(tabulate([["a\nmulti", "line"]], tablefmt="grid"))
print(tabulate([[1, 2], [3, 4]], headers="firstrow", tablefmt="simple_grid" if "simple_grid" in __import__("tabulate").tabulate_formats else "grid"))
print(tabulate(zip(range(3), "abc"), colalign=("right", "left")))
