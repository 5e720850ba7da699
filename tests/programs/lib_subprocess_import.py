# subprocess and platform import (libraries import them without starting a process): the wait
# status helpers, subprocess's exceptions and constants, platform's answers from sys.version.
import os
import platform
import subprocess

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.CalledProcessError(2, ["cmd", "x"], output=b"o"), subprocess.TimeoutExpired("c", 1.5))
print(subprocess.list2cmdline(["a b", "c\"d", ""]))
for st in (0, 256, 9, 0x137f, 0xffff, 0x8b):
    print(st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st), os.WIFSTOPPED(st), os.WSTOPSIG(st), os.WCOREDUMP(st))
print(os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(9), os.WNOHANG)
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print("ChildProcessError", e.errno)
print(platform.python_implementation(), platform.python_version() == "%d.%d.%d" % __import__("sys").version_info[:3])
print(platform.python_version_tuple()[:2], platform.system(), len(platform.python_build()), platform.uname().system)
