# signal: numbers and enums, handlers kept per signal, raise_signal to a Python handler / SIG_IGN / SIGINT default, errors
import signal, sys
print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(15).name, signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
got = []
def handler(num, frame):
    got.append((signal.Signals(num).name, frame.f_code.co_name))
old = signal.signal(signal.SIGUSR1, handler)
print("old:", old)
def fire():
    signal.raise_signal(signal.SIGUSR1)
fire()
print(got, signal.getsignal(signal.SIGUSR1) is handler)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print("ignored")
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
for bad in (0, 99):
    try:
        signal.signal(bad, handler)
    except ValueError as e:
        print("ValueError", e)
try:
    signal.signal(signal.SIGINT, 42)
except TypeError as e:
    print("TypeError", e)
print(signal.strsignal(signal.SIGTERM), len(signal.valid_signals()), signal.SIGKILL in signal.valid_signals())
