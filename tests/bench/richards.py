"""richards: Martin Richards' operating-system simulation. Six tasks (idle,
worker, two handlers, two devices) exchange packets through a priority
scheduler; the packet and hold counts are checked after every iteration."""
import sys

BUFSIZE = 4

ID_IDLE = 1
ID_WORKER = 2
ID_HANDLER_A = 3
ID_HANDLER_B = 4
ID_DEVICE_A = 5
ID_DEVICE_B = 6

KIND_DEVICE = 0
KIND_WORK = 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 7
        self.task_list = None
        self.current = None
        self.qpkt_count = 0
        self.hold_count = 0
        self.device_sum = 0

    def add(self, task):
        task.link = self.task_list
        self.task_list = task
        self.tasks[task.ident] = task

    def find(self, ident):
        t = self.tasks[ident]
        if t is None:
            raise ValueError("no task %d" % ident)
        return t

    def run(self):
        t = self.task_list
        while t is not None:
            if t.holding or (t.waiting and not t.packet_pending):
                t = t.link
                continue
            pkt = None
            if t.waiting and t.packet_pending:
                pkt = t.queue
                t.queue = pkt.link
                t.waiting = False
                t.holding = False
                t.packet_pending = t.queue is not None
            self.current = t
            t = t.step(pkt)


class Task:
    def __init__(self, sched, ident, priority, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.link = None
        self.packet_pending = queue is not None
        self.waiting = waiting
        self.holding = False
        sched.add(self)

    # primitive operations, all return the next task to run
    def hold_self(self):
        self.sched.hold_count += 1
        self.holding = True
        return self.link

    def wait_task(self):
        self.waiting = True
        return self

    def release(self, ident):
        t = self.sched.find(ident)
        t.holding = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt):
        t = self.sched.find(pkt.ident)
        self.sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        if t.queue is None:
            t.queue = pkt
            t.packet_pending = True
            if t.priority > self.priority:
                return t
        else:
            pkt.append_to(t.queue)
        return self


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, ID_IDLE, 0, None, False)
        self.control = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold_self()
        if self.control & 1 == 0:
            self.control = self.control >> 1
            return self.release(ID_DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(ID_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, ID_WORKER, 1000, queue, True)
        self.destination = ID_HANDLER_A
        self.count = 0

    def step(self, pkt):
        if pkt is None:
            return self.wait_task()
        if self.destination == ID_HANDLER_A:
            self.destination = ID_HANDLER_B
        else:
            self.destination = ID_HANDLER_A
        pkt.ident = self.destination
        pkt.datum = 0
        data = pkt.data
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            data[i] = 64 + self.count
        return self.qpkt(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True)
        self.work_in = None
        self.device_in = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            self.work_in = work.link
            return self.qpkt(work)
        dev = self.device_in
        if dev is None:
            return self.wait_task()
        self.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, True)
        self.pending = None

    def step(self, pkt):
        if pkt is None:
            pkt = self.pending
            if pkt is None:
                return self.wait_task()
            self.pending = None
            return self.qpkt(pkt)
        self.pending = pkt
        self.sched.device_sum += pkt.datum
        return self.hold_self()


def run_once(count):
    sched = Scheduler()
    IdleTask(sched, count)

    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkerTask(sched, wq)

    q = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_A, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_A, KIND_DEVICE)
    HandlerTask(sched, ID_HANDLER_A, 2000, q)

    q = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_B, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_B, KIND_DEVICE)
    HandlerTask(sched, ID_HANDLER_B, 3000, q)

    DeviceTask(sched, ID_DEVICE_A, 4000)
    DeviceTask(sched, ID_DEVICE_B, 5000)

    sched.run()
    return sched


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 25
    total = 0
    for _ in range(iterations):
        sched = run_once(10000)
        if sched.qpkt_count != 23246 or sched.hold_count != 9297:
            print("bad result: qpkt=%d hold=%d" % (sched.qpkt_count, sched.hold_count))
            sys.exit(1)
        total += sched.device_sum
    print("qpkt_count=%d hold_count=%d" % (sched.qpkt_count, sched.hold_count))
    print("device checksum", total)


main()
