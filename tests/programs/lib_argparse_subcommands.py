# argparse as a CLI would use it: subcommands, types, choices, defaults, mutually exclusive
# groups, nargs, and errors (argparse exits with status 2 and a usage message)
import argparse

parser = argparse.ArgumentParser(prog="tool", description="A demo tool.")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--level", type=int, choices=range(1, 4), default=2)
group = parser.add_mutually_exclusive_group()
group.add_argument("--json", action="store_true")
group.add_argument("--csv", action="store_true")
sub = parser.add_subparsers(dest="cmd", required=True)
add = sub.add_parser("add", help="add numbers")
add.add_argument("nums", nargs="+", type=float)
add.add_argument("--round", type=int, default=None)
greet = sub.add_parser("greet")
greet.add_argument("name")
greet.add_argument("--times", "-t", type=int, default=1)

def run(argv):
    args = parser.parse_args(argv)
    if args.cmd == "add":
        total = sum(args.nums)
        return round(total, args.round) if args.round is not None else total, args.verbose, args.level
    return " ".join([f"hi {args.name}"] * args.times), args.json, args.csv

print(run(["add", "1", "2.5", "3"]))
print(run(["-vv", "--level", "3", "add", "1.25", "2.5", "--round", "1"]))
print(run(["--json", "greet", "ann", "-t", "2"]))
print(vars(parser.parse_args(["greet", "bob"])))
print(parser.format_usage().strip())
print(add.format_help().splitlines()[0])
import sys
sys.stderr = sys.stdout
try:
    run(["--json", "--csv", "greet", "x"])
except SystemExit as e:
    print("exit", e.code)
try:
    run(["add"])
except SystemExit as e:
    print("exit", e.code)
run(["--level", "9", "add", "1"])
