// The trace viewer (hotpy run --trace-report): the page is opened in a real headless Chromium
// (Debian's `chromium`, driven by playwright-core) from file://. It must load without console
// errors or requests to anywhere, show the sample program's traces with their real ops, and a
// click on a guard whose exit got a side trace must show that side trace.
// Without chromium the browser tests skip locally; under CI (CI set) they fail: .ci/run installs
// chromium with apt-get.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { alignGroups } from "../../runtime/tracing/report/model.js";

const ROOT = resolve(__dirname, "..", "..");
const CLI = join(ROOT, "runtime", "bin", "hotpy.js");
const dir = mkdtempSync(join(tmpdir(), "hotpy-report-"));

/** the chromium to drive: HOTPY_CHROMIUM, else Debian's on PATH */
function findChromium(): string | null {
  if (process.env.HOTPY_CHROMIUM) return process.env.HOTPY_CHROMIUM;
  for (const name of ["chromium", "chromium-browser"]) {
    const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    if (r.status === 0 && r.stdout.trim() !== "") return r.stdout.trim();
  }
  return null;
}
const chromiumPath = findChromium();
const inCI = !!process.env.CI && process.env.CI !== "false";

// a hot loop whose branch goes the other way every third iteration: that guard's exit gets hot
// and gets a side trace (which inlines step())
const SAMPLE = `def step(x):
    return x * 2 + 1

def main(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += step(i)
        else:
            total -= 1
    return total

print(main(300))
`;
const sample = join(dir, "sample.py");
writeFileSync(sample, SAMPLE);

function report(pipeline: string): string {
  const out = join(dir, `report-${pipeline}.html`);
  const r = spawnSync(process.execPath, [CLI, "run", "--pipeline", pipeline, "--trace-report", out, sample], { encoding: "utf8", cwd: dir });
  expect(r.stderr).toBe("");
  expect(r.stdout).toBe("29600\n");
  expect(r.status).toBe(0);
  return out;
}

describe("trace report alignment", () => {
  it("pairs each optimised group with the next recorded group of its fat op", () => {
    const k = (...keys: string[]) => keys.map((key) => ({ key }));
    // b was optimised away, x is new
    expect(alignGroups(k("a", "b", "c"), k("a", "c", "x"))).toEqual([
      [0, 0],
      [1, -1],
      [2, 1],
      [-1, 2],
    ]);
    // an inlined call's ops twice: matched in order
    expect(alignGroups(k("a", "f", "a", "f"), k("a", "f", "f"))).toEqual([
      [0, 0],
      [1, 1],
      [2, -1],
      [3, 2],
    ]);
  });
});

describe("hotpy run --trace-report", () => {
  it("writes a self-contained page (no script, style or link loaded from elsewhere)", () => {
    const html = readFileSync(report("specialise"), "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("says when no loop got hot, and is written when the program fails", () => {
    const quiet = join(dir, "quiet.py");
    writeFileSync(quiet, "print(sum([1, 2, 3]))\n");
    const out = join(dir, "quiet.html");
    const r = spawnSync(process.execPath, [CLI, "run", "--trace-report", out, quiet], { encoding: "utf8", cwd: dir });
    expect(r.stdout).toBe("6\n");
    expect(readFileSync(out, "utf8")).toContain("No loop got hot enough to be traced (--hot 10 back-edges).");
    const failing = join(dir, "failing.py");
    writeFileSync(failing, "t = 0\nfor i in range(100):\n    t += i\nraise ValueError(t)\n");
    const out2 = join(dir, "failing.html");
    const r2 = spawnSync(process.execPath, [CLI, "run", "--hot", "2", "--trace-report", out2, failing], { encoding: "utf8", cwd: dir });
    expect(r2.status).toBe(1);
    expect(r2.stderr.trim().split("\n").pop()).toBe("ValueError: 4950");
    const html = readFileSync(out2, "utf8");
    expect(html).toContain('data-anchor="trace-1"');
    expect(html).toContain("loop in &lt;module&gt; at line 2");
  });

  it("is in the CLI's help", () => {
    const r = spawnSync(process.execPath, [CLI, "--help"], { encoding: "utf8" });
    expect(r.stdout).toContain("--trace-report FILE");
  });
});

describe.skipIf(chromiumPath === null && !inCI)("trace viewer in headless Chromium", () => {
  let browser: Browser | undefined;
  const problems: string[] = [];

  beforeAll(async () => {
    // under CI without chromium every test below fails (in open())
    if (chromiumPath === null) return;
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the page, noting console errors, page errors and any request not for the file. */
  async function open(file: string): Promise<Page> {
    if (browser === undefined) throw new Error("chromium is not installed: .ci/run installs it (apt-get install -y chromium)");
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const url = pathToFileURL(file).href;
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("request", (r) => {
      if (r.url() !== url) problems.push(`request: ${r.url()}`);
    });
    await page.goto(url);
    return page;
  }

  it("shows the loop's trace at each stage, and a click on a guard shows its side trace", async () => {
    problems.length = 0;
    const page = await open(report("specialise"));
    // the hottest loop trace is shown first: the for loop at line 6 of main
    const view = page.locator(".trace-view:visible");
    await expect.poll(() => view.count()).toBe(1);
    const title = await view.locator("h2").innerText();
    expect(title).toContain("loop in main at line 6");
    // the stages side by side, with the recorded and the specialised ops of its fat ops
    const heads = await view.locator("table.stages th[data-stage]").allInnerTexts();
    expect(heads.map((h) => h.replace(/\s*\(exits not counted[^)]*\)/, ""))).toEqual(["thin trace, as recorded", "specialised (first iteration)", "specialised loop body (later iterations)"]);
    const thin = (await view.locator('td[data-stage="thin"]').allInnerTexts()).join("\n");
    const spec = (await view.locator('td[data-stage="specialise"]').allInnerTexts()).join("\n");
    expect(thin).toContain("FOR_ITER");
    expect(thin).toContain("GUARD_FALSE IS_TRUE");
    // the specialiser typed the comparison and fused it with the branch's test into one guard
    // (spec/specialise.yaml `fused`)
    expect(spec).toMatch(/GUARD_(TRUE|FALSE) INT_COMPARE_TEST/);
    expect(spec).not.toContain("IS_TRUE");
    // the source, with the loop marked at its header
    await expect.poll(() => page.locator(".src-line.loop").first().innerText()).toContain("for i in range(n):");

    // the guard of `if i % 3 == 0` in the loop body: its exit was taken and got a side trace
    const guard = view.locator('td[data-stage="loop"] .op.guard.has-side').first();
    const sideId = await guard.getAttribute("data-side");
    expect(sideId).toMatch(/^\d+$/);
    const taken = Number((await guard.locator(".exit .count").innerText()).replace(/,/g, ""));
    expect(taken).toBeGreaterThanOrEqual(1);
    expect(taken).toBeLessThanOrEqual(100);
    const side = page.locator(`[data-anchor="trace-${sideId}"]`);
    expect(await side.isVisible()).toBe(false);
    await guard.locator(".name").click();
    await expect.poll(() => side.isVisible()).toBe(true);
    expect(await view.count()).toBe(1);
    const sideText = await side.innerText();
    expect(sideText).toContain("side trace of #1");
    // the side trace runs the other branch: the call to step() inlined
    expect(sideText).toContain("ENTER");
    expect(sideText).toContain("line 2 in step");
    expect(await side.locator("h2").innerText()).toContain("from line 7");
    // and its link back to the exit shows the loop trace again
    await side.locator(".crumbs a", { hasText: "its exit" }).click();
    await expect.poll(() => page.locator('[data-anchor="trace-1"]').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it("works for the thin pipeline (the recorded trace is the one that runs)", async () => {
    problems.length = 0;
    const page = await open(report("thin"));
    const view = page.locator(".trace-view:visible");
    await expect.poll(() => view.count()).toBe(1);
    expect(await view.locator("table.stages th[data-stage]").count()).toBe(1);
    const guard = view.locator(".op.guard.has-side").first();
    const sideId = await guard.getAttribute("data-side");
    await guard.click();
    await expect.poll(() => page.locator(`[data-anchor="trace-${sideId}"]`).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it("says there are no traces in the base pipeline", async () => {
    problems.length = 0;
    const page = await open(report("base"));
    expect(await page.locator("#no-traces").innerText()).toContain("no traces");
    expect(await page.locator(".trace-view").count()).toBe(0);
    // the source is still shown
    expect(await page.locator(".src-line").count()).toBe(SAMPLE.trimEnd().split("\n").length);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
