# with-statement errors as CPython 3.11's BEFORE_WITH words them
class LacksExit:
    def __enter__(self):
        return self


class LacksEnter:
    def __exit__(self, *a):
        pass


for mgr in (LacksExit(), LacksEnter(), 1):
    try:
        with mgr:
            pass
    except TypeError as e:
        print(e)
