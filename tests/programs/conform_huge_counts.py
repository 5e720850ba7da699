# counts within C ssize_t but past any real size (sys.maxsize as maxsplit/count) work as CPython
import sys
print('a|b|c'.split('|', sys.maxsize-2), 'a|b|c'.rsplit('|', sys.maxsize), b'a|b'.split(b'|', sys.maxsize-1), bytearray(b'a|b').rsplit(b'|', sys.maxsize))
print('aaa'.replace('a', 'b', sys.maxsize), b'aaa'.replace(b'a', b'b', sys.maxsize-1))
for f in (lambda: 'a'.split('|', sys.maxsize + 1), lambda: 'a'.replace('a', 'b', -sys.maxsize - 2)):
    try: f()
    except OverflowError as e: print(e)
