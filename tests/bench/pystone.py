"""pystone: a Python rendering of the Dhrystone integer benchmark (records,
global state, small procedures, string comparison, 1-d and 2-d arrays).
Prints the final global state instead of a time-based score."""
import sys

IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = 1, 2, 3, 4, 5


class Record:
    def __init__(self, ptr_comp=None, discr=0, enum_comp=0, int_comp=0, string_comp=""):
        self.ptr_comp = ptr_comp
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.string_comp = string_comp

    def copy(self):
        return Record(self.ptr_comp, self.discr, self.enum_comp, self.int_comp,
                      self.string_comp)


int_glob = 0
bool_glob = False
char1_glob = "\0"
char2_glob = "\0"
array1_glob = [0] * 51
array2_glob = [[0] * 51 for _ in range(51)]
ptr_glb = None
ptr_glb_next = None


def proc0(loops):
    global int_glob, bool_glob, char1_glob, char2_glob, ptr_glb, ptr_glb_next
    ptr_glb_next = Record()
    ptr_glb = Record()
    ptr_glb.ptr_comp = ptr_glb_next
    ptr_glb.discr = IDENT1
    ptr_glb.enum_comp = IDENT3
    ptr_glb.int_comp = 40
    ptr_glb.string_comp = "DHRYSTONE PROGRAM, SOME STRING"
    string1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    array2_glob[8][7] = 10

    for _ in range(loops):
        proc5()
        proc4()
        int1 = 2
        int2 = 3
        string2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum_loc = IDENT2
        bool_glob = not func2(string1, string2)
        while int1 < int2:
            int3 = 5 * int1 - int2
            int3 = proc7(int1, int2)
            int1 = int1 + 1
        proc8(array1_glob, array2_glob, int1, int3)
        ptr_glb = proc1(ptr_glb)
        char_index = "A"
        while char_index <= char2_glob:
            if enum_loc == func1(char_index, "C"):
                enum_loc = proc6(IDENT1)
            char_index = chr(ord(char_index) + 1)
        int3 = int2 * int1
        int2 = int3 // int1
        int2 = 7 * (int3 - int2) - int1
        int1 = proc2(int1)
    return int1, int2, int3, enum_loc


def proc1(ptr_in):
    next_record = ptr_glb.copy()
    ptr_in.ptr_comp = next_record
    ptr_in.int_comp = 5
    next_record.int_comp = ptr_in.int_comp
    next_record.ptr_comp = ptr_in.ptr_comp
    next_record.ptr_comp = proc3(next_record.ptr_comp)
    if next_record.discr == IDENT1:
        next_record.int_comp = 6
        next_record.enum_comp = proc6(ptr_in.enum_comp)
        next_record.ptr_comp = ptr_glb.ptr_comp
        next_record.int_comp = proc7(next_record.int_comp, 10)
    else:
        ptr_in = next_record.copy()
    next_record.ptr_comp = None
    return ptr_in


def proc2(int_io):
    int_loc = int_io + 10
    enum_loc = 0
    while True:
        if char1_glob == "A":
            int_loc = int_loc - 1
            int_io = int_loc - int_glob
            enum_loc = IDENT1
        if enum_loc == IDENT1:
            break
    return int_io


def proc3(ptr_out):
    global int_glob
    if ptr_glb is not None:
        ptr_out = ptr_glb.ptr_comp
    else:
        int_glob = 100
    ptr_glb.int_comp = proc7(10, int_glob)
    return ptr_out


def proc4():
    global char2_glob
    bool_loc = char1_glob == "A"
    bool_loc = bool_loc or bool_glob
    char2_glob = "B"


def proc5():
    global char1_glob, bool_glob
    char1_glob = "A"
    bool_glob = False


def proc6(enum_in):
    enum_out = enum_in
    if not func3(enum_in):
        enum_out = IDENT4
    if enum_in == IDENT1:
        enum_out = IDENT1
    elif enum_in == IDENT2:
        if int_glob > 100:
            enum_out = IDENT1
        else:
            enum_out = IDENT4
    elif enum_in == IDENT3:
        enum_out = IDENT2
    elif enum_in == IDENT4:
        pass
    elif enum_in == IDENT5:
        enum_out = IDENT3
    return enum_out


def proc7(a, b):
    int_loc = a + 2
    return b + int_loc


def proc8(array1, array2, a, b):
    global int_glob
    int_loc = a + 5
    array1[int_loc] = b
    array1[int_loc + 1] = array1[int_loc]
    array1[int_loc + 30] = int_loc
    for index in range(int_loc, int_loc + 2):
        array2[int_loc][index] = int_loc
    array2[int_loc][int_loc - 1] = array2[int_loc][int_loc - 1] + 1
    array2[int_loc + 20][int_loc] = array1[int_loc]
    int_glob = 5


def func1(c1, c2):
    loc1 = c1
    loc2 = loc1
    if loc2 != c2:
        return IDENT1
    return IDENT2


def func2(s1, s2):
    int_loc = 1
    char_loc = "\0"
    while int_loc <= 1:
        if func1(s1[int_loc], s2[int_loc + 1]) == IDENT1:
            char_loc = "A"
            int_loc = int_loc + 1
    if "W" <= char_loc <= "Z":
        int_loc = 7
    if char_loc == "X":
        return True
    if s1 > s2:
        int_loc = int_loc + 7
        return True
    return False


def func3(enum_in):
    return enum_in == IDENT3


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    int1, int2, int3, enum_loc = proc0(loops)
    print("locals:", int1, int2, int3, enum_loc)
    print("globals:", int_glob, bool_glob, char1_glob, char2_glob)
    print("arrays:", array1_glob[8], array1_glob[9], array1_glob[38], array2_glob[8][7],
          array2_glob[28][8])
    print("record:", ptr_glb.discr, ptr_glb.enum_comp, ptr_glb.int_comp, ptr_glb.string_comp)


main()
