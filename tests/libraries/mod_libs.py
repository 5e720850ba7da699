"""Shared by the library jobs: puts Debian's folder of pure-Python packages for Python 3
(dist-packages, where `apt-get install python3-NAME` puts them) on sys.path, right after the
job's own folder, so CPython 3.11 and hotpy import the same copies; and stops with a clear
message when a package the job needs is not installed.

HOTPY_LIBRARY_PATH (folders separated by os.pathsep) replaces the default folder.
"""
import os
import sys

DEFAULT = "/usr/lib/python3/dist-packages"


def need(*packages):
    """packages: (import name, Debian package) pairs. Exits with status 3 naming the
    packages to install when one of them is not in the library folders."""
    folders = [d for d in os.environ.get("HOTPY_LIBRARY_PATH", DEFAULT).split(os.pathsep) if d]
    for d in reversed(folders):
        if d in sys.path:
            sys.path.remove(d)
        sys.path.insert(1, d)
    missing = []
    for name, deb in packages:
        if not any(os.path.isdir(os.path.join(d, name)) or os.path.isfile(os.path.join(d, name + ".py"))
                   for d in folders):
            missing.append(deb)
    if missing:
        sys.stderr.write("library job: missing Debian package(s) %s in %s; install them with: "
                         "apt-get install %s\n" % (", ".join(missing), os.pathsep.join(folders), " ".join(missing)))
        sys.exit(3)
