// Describing the machine and the versions of everything measured.
import { readFileSync } from "node:fs";
import os from "node:os";
import { capture } from "./proc.js";

export function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (m) return m[1]!.trim();
  } catch {
    /* not Linux */
  }
  return os.cpus()[0]?.model ?? "unknown CPU";
}

export function osName(): string {
  let pretty: string | undefined;
  try {
    const m = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync("/etc/os-release", "utf8"));
    if (m) pretty = m[1];
  } catch {
    /* no os-release */
  }
  return `${pretty ?? os.type()} (${os.type()} ${os.release()} ${os.arch()})`;
}

/** The commit HotPy is at, marked "+ uncommitted changes" when the VM's sources differ from it. */
export function hotpyCommit(root: string): string {
  const sha = capture("git", ["rev-parse", "--short=12", "HEAD"], root);
  if (!sha) return "unknown (not a git checkout)";
  const dirty = capture("git", ["status", "--porcelain", "--", "runtime", "generator", "generated", "spec"], root);
  const subject = capture("git", ["log", "-1", "--format=%s"], root) ?? "";
  return `${sha}${dirty ? " + uncommitted changes" : ""}${subject ? ` (“${subject}”)` : ""}`;
}

export function memoryGiB(): number {
  return Math.round((os.totalmem() / 1024 ** 3) * 10) / 10;
}

export function cores(): number {
  return os.cpus().length;
}
