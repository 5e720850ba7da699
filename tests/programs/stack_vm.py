# A tiny stack-based virtual machine with labels, jumps, calls, and an assembler.

def assemble(source):
    program, labels = [], {}
    for line in source.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op.upper(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, [labels.get(a, a) if isinstance(a, str) else a for a in args]) for op, args in program]


class VMError(Exception):
    pass


def run(program, trace=False, limit=100000):
    stack, calls, out, memory = [], [], [], {}
    pc = steps = 0
    while pc < len(program):
        steps += 1
        if steps > limit:
            raise VMError("step limit exceeded")
        op, args = program[pc]
        pc += 1
        if trace:
            print(f"  {pc - 1:3} {op:<5} {args} {stack}")
        if op == "PUSH":
            stack.append(args[0])
        elif op == "POP":
            stack.pop()
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "SWAP":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "OVER":
            stack.append(stack[-2])
        elif op in ("ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ"):
            b, a = stack.pop(), stack.pop()
            if op in ("DIV", "MOD") and b == 0:
                raise VMError(f"division by zero at {pc - 1}")
            stack.append({"ADD": a + b, "SUB": a - b, "MUL": a * b, "DIV": a // b if b else 0,
                          "MOD": a % b if b else 0, "LT": int(a < b), "EQ": int(a == b)}[op])
        elif op == "STORE":
            memory[args[0]] = stack.pop()
        elif op == "LOAD":
            stack.append(memory[args[0]])
        elif op == "JMP":
            pc = args[0]
        elif op == "JZ":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "CALL":
            calls.append(pc)
            pc = args[0]
        elif op == "RET":
            pc = calls.pop()
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "HALT":
            break
        else:
            raise VMError(f"unknown op {op}")
    return out, stack, steps


factorial = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 12
    call square      ; subroutine call
    print
    halt
square:
    dup
    mul
    ret
"""
prog = assemble(factorial)
print(len(prog), prog[:4], prog[-4:])
print(run(prog))

print(run(assemble("push 1071\npush 462\ntop:\ndup\njz done\nswap\nover\nmod\njmp top\ndone:\npop\nprint")))
print(run(assemble("push 2\npush 3\nlt\nprint\npush 7\npush 7\neq\nprint"), trace=True))
for bad in ["push 1\npush 0\ndiv", "bogus", "loop:\njmp loop"]:
    try:
        run(assemble(bad), limit=50)
    except VMError as e:
        print("VMError:", e)
