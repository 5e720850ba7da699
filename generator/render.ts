// Shared by the emitters: templates, the do-not-edit banner, prettier formatting.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import * as prettier from "prettier";
import { repoRoot } from "./paths.js";

const hb = Handlebars.create();
hb.registerHelper("json", (v: unknown) => JSON.stringify(v));

export function banner(sources: string[], generator: string): string {
  return (
    `// Generated from ${sources.join(", ")} by ${generator} — do not edit; run \`npm run gen\`.\n` +
    `// (Edit the spec, or the generator, instead.)`
  );
}

export function render(template: string, data: object): string {
  const text = readFileSync(join(repoRoot(), "generator", "templates", template), "utf8");
  return hb.compile(text, { noEscape: true, strict: true })(data);
}

export async function format(code: string): Promise<string> {
  return prettier.format(code, { parser: "typescript", printWidth: 120 });
}
