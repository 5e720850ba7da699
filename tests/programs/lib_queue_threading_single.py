# queue, sched and threading primitives used from one thread, and a custom sys.excepthook
import queue
import sched
import sys
import threading

q = queue.Queue(maxsize=3)
for i in range(3):
    q.put(i * i)
print("full:", q.full(), "size:", q.qsize())
try:
    q.put_nowait(99)
except queue.Full:
    print("queue.Full raised")
print([q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("queue.Empty raised")

lifo = queue.LifoQueue()
for w in "abc":
    lifo.put(w)
print("lifo:", "".join(lifo.get() for _ in range(3)))

pq = queue.PriorityQueue()
for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put((prio, job))
order = []
while not pq.empty():
    order.append(pq.get())
print("priority:", order)

sq = queue.SimpleQueue()
sq.put("x")
sq.put("y")
print("simple:", sq.get(), sq.get(), sq.empty())

log = []
clock = [0]


def advance(d):
    clock[0] += d


s = sched.scheduler(timefunc=lambda: clock[0], delayfunc=advance)
s.enter(2, 1, log.append, ("second",))
s.enter(1, 1, log.append, ("first",))
s.enter(2, 0, log.append, ("second, higher priority",))
ev = s.enter(5, 1, log.append, ("cancelled",))
s.cancel(ev)
print("queued events:", len(s.queue))
s.run()
print("sched:", log, "clock:", clock[0])

lock = threading.Lock()
with lock:
    print("locked inside with:", lock.locked())
print("locked after:", lock.locked())
print("acquire non-blocking:", lock.acquire(blocking=False), lock.acquire(blocking=False))
lock.release()

rlock = threading.RLock()
with rlock:
    with rlock:
        print("re-entered RLock")

event = threading.Event()
print("event set?", event.is_set())
event.set()
print("wait returns:", event.wait(0.1))

cond = threading.Condition()
with cond:
    print("notify with no waiters:", cond.notify_all())

local = threading.local()
local.value = 42
print("local:", local.value)
print("thread:", threading.current_thread().name, threading.main_thread() is threading.current_thread())
print("active:", threading.active_count())

sem = threading.BoundedSemaphore(2)
sem.acquire()
sem.acquire()
print("semaphore exhausted:", not sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)


def hook(exc_type, exc, tb):
    print("excepthook got", exc_type.__name__, exc.args, tb is not None)


sys.excepthook = hook
raise LookupError("handled by the hook")
