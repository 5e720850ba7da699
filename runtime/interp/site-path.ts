// The start-up sys.path, as python3.11 builds it (Modules/getpath.py + Lib/site.py): the
// script's folder, then $PYTHONPATH, then the host CPython's standard library, then the host's
// site directories (user site first, when enabled and present) with the folders their .pth
// files name. `-E` drops $PYTHONPATH (and PYTHONNOUSERSITE), `-S` the site directories, `-s`
// the user site only.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import type { HostInfo } from "../loader/python-host.js";

export interface SiteOptions {
  /** -S: no site directories */
  noSite: boolean;
  /** -s: no user site directory */
  noUserSite: boolean;
  /** -E: ignore PYTHON* environment variables */
  ignoreEnvironment: boolean;
}

export const defaultSiteOptions: SiteOptions = { noSite: false, noUserSite: false, ignoreEnvironment: false };

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A site directory's .pth files, in name order: each line naming a folder that exists adds
 * it (relative to the site directory). Lines starting with `import` are code for the host
 * CPython's own start-up (setuptools' distutils shim and the like); they are not run.
 */
function pthFolders(siteDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(siteDir).filter((n) => n.endsWith(".pth")).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    let text: string;
    try {
      text = readFileSync(join(siteDir, name), "utf8");
    } catch {
      continue;
    }
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trimEnd();
      if (line === "" || line.startsWith("#")) continue;
      if (line.startsWith("import ") || line.startsWith("import\t")) continue;
      const dir = resolve(siteDir, line);
      if (existsSync(dir)) out.push(dir);
    }
  }
  return out;
}

/** sys.path at start-up for a program in `scriptDir`. */
export function initialSysPath(scriptDir: string, host: HostInfo, opts: SiteOptions, env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  const add = (p: string) => {
    if (!out.includes(p)) out.push(p);
  };
  out.push(scriptDir);
  const pythonPath = opts.ignoreEnvironment ? undefined : env["PYTHONPATH"];
  if (pythonPath) for (const p of pythonPath.split(delimiter)) if (p !== "") out.push(resolve(p));
  for (const p of host.stdlibDirs) out.push(p);
  if (opts.noSite) return out;
  const userSiteOff = opts.noUserSite || (!opts.ignoreEnvironment && !!env["PYTHONNOUSERSITE"]);
  const siteDirs = [...(userSiteOff ? [] : [host.userSiteDir]), ...host.siteDirs];
  for (const dir of siteDirs) {
    if (!isDir(dir)) continue;
    add(dir);
    for (const p of pthFolders(dir)) add(p);
  }
  return out;
}
