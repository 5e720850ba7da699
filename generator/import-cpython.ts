// Writes spec/cpython/<version>.yaml from a CPython's own `opcode` and `dis` data.
// Usage: npm run spec:import -- [python-executable]   (default: $HOTPY_PYTHON or python3.11)
// This is where a CPython version bump starts: import the new table, then run `npm run gen`,
// which names every opcode of the new table that the spec neither defines nor lists as unsupported.
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { repoRoot } from "./paths.js";

const PROBE = String.raw`
import json, opcode, sys, dis
ops = []
for name, num in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
    ops.append({
        "name": name,
        "number": num,
        "hasArg": num >= opcode.HAVE_ARGUMENT,
        "cacheEntries": opcode._inline_cache_entries[num],
        "jump": ("backward" if "BACKWARD" in name else "forward") if num in opcode.hasjrel else ("absolute" if num in opcode.hasjabs else None),
        "argKind": ("const" if num in opcode.hasconst else "name" if num in opcode.hasname else
                    "local" if num in opcode.haslocal else "free" if num in opcode.hasfree else
                    "compare" if num in opcode.hascompare else "jump" if num in opcode.hasjrel or num in opcode.hasjabs else
                    "nargs" if num in opcode.hasnargs else ("raw" if num >= opcode.HAVE_ARGUMENT else None)),
    })
print(json.dumps({
    "version": "%d.%d" % sys.version_info[:2],
    "fullVersion": sys.version.split()[0],
    "magic": int.from_bytes(__import__("importlib.util").util.MAGIC_NUMBER[:2], "little"),
    "haveArgument": opcode.HAVE_ARGUMENT,
    "extendedArg": opcode.EXTENDED_ARG,
    "compareOps": list(opcode.cmp_op),
    "binaryOps": [[sym, name] for name, sym in opcode._nb_ops],
    "opcodes": ops,
}))
`;

function main(): void {
  const python = process.argv[2] ?? process.env.HOTPY_PYTHON ?? "python3.11";
  const r = spawnSync(python, ["-c", PROBE], { encoding: "utf8" });
  if (r.error || r.status !== 0) {
    console.error(`spec:import: could not run ${python}: ${r.error?.message ?? r.stderr.trim()}`);
    process.exit(1);
  }
  const data = JSON.parse(r.stdout);
  const dir = join(repoRoot(), "spec", "cpython");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${data.version}.yaml`);
  const header =
    `# CPython ${data.fullVersion} opcode table, written by generator/import-cpython.ts from that\n` +
    `# CPython's own opcode module — do not edit; run \`npm run spec:import -- python${data.version}\`.\n`;
  writeFileSync(file, header + stringify(data, { lineWidth: 0 }));
  console.log(`wrote ${file}: ${data.opcodes.length} opcodes`);
}

main();
