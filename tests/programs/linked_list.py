# A singly linked list with iteration, indexing, reversal, and a doubly linked deque.

class ListNode:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push_front(x)

    def push_front(self, value):
        self.head = ListNode(value, self.head)
        self._len += 1

    def append(self, value):
        node = ListNode(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("linked list index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._len -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def __repr__(self):
        return "[" + " -> ".join(map(repr, self)) + "]"


ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], ll[2], list(ll), sum(ll))
ll.reverse()
print(ll)
ll.remove(2)
ll.remove(4)
print(ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList(), len(LinkedList()), list(LinkedList("abc")), 3 in ll, 2 in ll)

def josephus(n, k):
    people = LinkedList(range(1, n + 1))
    order, alive, idx = [], list(people), 0
    while alive:
        idx = (idx + k - 1) % len(alive)
        order.append(alive.pop(idx))
    return order
print(josephus(7, 3), josephus(10, 2)[-1])
