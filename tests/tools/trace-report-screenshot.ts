// Takes the README's picture of the trace viewer: runs a benchmark with --trace-report and
// photographs the page in headless Chromium (Debian's `chromium`, or HOTPY_CHROMIUM) through
// playwright-core.
//   npm run trace-report:screenshot                         -> docs/trace-viewer.png, nbody 2000
//   npm run trace-report:screenshot -- OUT.png PROGRAM.py [ARGS...]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { findRepoRoot } from "./programs.js";

const root = findRepoRoot();
const [out = "docs/trace-viewer.png", program = "tests/bench/nbody.py", ...args] = process.argv.slice(2);
const programArgs = process.argv.length > 4 ? args : ["2000"];

function chromiumPath(): string {
  if (process.env.HOTPY_CHROMIUM) return process.env.HOTPY_CHROMIUM;
  const r = spawnSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" });
  if (r.status !== 0 || r.stdout.trim() === "") {
    process.stderr.write("trace-report:screenshot: chromium not found (apt-get install -y chromium, or set HOTPY_CHROMIUM)\n");
    process.exit(1);
  }
  return r.stdout.trim().split("\n")[0];
}

const dir = mkdtempSync(join(tmpdir(), "hotpy-shot-"));
const page = join(dir, "report.html");
// run from the repository with its relative path, so the page names no folder of this machine
const run = spawnSync(process.execPath, [join(root, "runtime", "bin", "hotpy.js"), "run", "--trace-report", page, program, ...programArgs], { cwd: root, encoding: "utf8" });
if (run.status !== 0) {
  process.stderr.write(`trace-report:screenshot: hotpy failed (status ${run.status})\n${run.stderr}`);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
try {
  const tab = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
  await tab.goto(pathToFileURL(page).href);
  await tab.screenshot({ path: join(root, out) });
  process.stdout.write(`wrote ${out}\n`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
