// The start-up sys.path (runtime/interp/site-path.ts): PYTHONPATH, the host's standard
// library, site directories and their .pth files, and the -S / -s / -E switches.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultSiteOptions, initialSysPath } from "../../runtime/interp/site-path.js";
import type { HostInfo } from "../../runtime/loader/python-host.js";

function fakeHost(): { host: HostInfo; root: string } {
  const root = mkdtempSync(join(tmpdir(), "hotpy-site-"));
  for (const d of ["lib", "site", "user", "extra", "pthdir"]) mkdirSync(join(root, d));
  writeFileSync(join(root, "site", "b.pth"), "# comment\n../pthdir\nimport os; os.environ['X'] = '1'\nmissing-dir\n");
  writeFileSync(join(root, "site", "a.pth"), "../extra\n");
  const host: HostInfo = {
    executable: "/bin/false",
    version: "3.11.7",
    sysVersion: "3.11.7 (main) [GCC]",
    stdlibDirs: [join(root, "lib")],
    siteDirs: [join(root, "site"), join(root, "no-such-site")],
    userSiteDir: join(root, "user"),
  };
  return { host, root };
}

describe("initial sys.path", () => {
  it("is the script folder, PYTHONPATH, the stdlib, then user site, site dirs and .pth folders", () => {
    const { host, root } = fakeHost();
    const p = initialSysPath("/prog", host, defaultSiteOptions, { PYTHONPATH: `${root}/pp1::${root}/pp2` });
    expect(p).toEqual([
      "/prog",
      join(root, "pp1"),
      join(root, "pp2"),
      join(root, "lib"),
      join(root, "user"),
      join(root, "site"),
      join(root, "extra"), // a.pth before b.pth
      join(root, "pthdir"),
    ]);
  });

  it("-S leaves the site directories off, -s the user site, -E ignores PYTHONPATH", () => {
    const { host, root } = fakeHost();
    const env = { PYTHONPATH: join(root, "pp") };
    expect(initialSysPath("/prog", host, { ...defaultSiteOptions, noSite: true }, env)).toEqual(["/prog", join(root, "pp"), join(root, "lib")]);
    expect(initialSysPath("/prog", host, { ...defaultSiteOptions, noUserSite: true }, env)).not.toContain(join(root, "user"));
    expect(initialSysPath("/prog", host, { ...defaultSiteOptions, ignoreEnvironment: true }, env)).not.toContain(join(root, "pp"));
    expect(initialSysPath("/prog", host, defaultSiteOptions, { PYTHONNOUSERSITE: "1" })).not.toContain(join(root, "user"));
  });
});
