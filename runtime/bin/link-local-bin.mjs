// Makes `npx hotpy` work inside this repository: npm links the bins of dependencies into
// node_modules/.bin, not the project's own, so `npm ci` (via prepare) links ours there too.
import { mkdirSync, rmSync, symlinkSync, chmodSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const binDir = join(root, "node_modules", ".bin");
const target = join(root, "runtime", "bin", "hotpy.js");
mkdirSync(binDir, { recursive: true });
const link = join(binDir, "hotpy");
rmSync(link, { force: true });
symlinkSync(relative(binDir, target), link);
chmodSync(target, 0o755);
