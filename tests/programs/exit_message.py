# sys.exit("message"): the message goes to stderr and the exit status is 1.
import sys

config = {"host": "localhost", "port": "80x"}
print("loading config:", sorted(config))


def parse_port(value):
    try:
        port = int(value)
    except ValueError:
        sys.exit(f"fatal: invalid port {value!r} in config")
    return port


class Cleanup:
    def __enter__(self):
        print("acquired resources")
        return self

    def __exit__(self, *exc):
        print("released resources, exiting:", exc[0].__name__)
        return False


with Cleanup():
    port = parse_port(config["port"])
    print("port", port)
print("unreachable")
