// Checks GitHub Actions workflow files with GitHub's own parser (@actions/workflow-parser, the
// parser of the Actions language service): the workflow schema, the expressions and the jobs'
// dependency graph (convertWorkflowTemplate). Usage: node github-workflow-check.mjs FILE...
// Prints one JSON document: [{ "file", "errors": [...], "jobs": [...] }], one entry per file.
//
// The package imports its schema JSON without an import attribute (it is written for bundlers),
// which Node refuses; a load hook hands .json files to Node as JSON modules.
import { readFileSync } from 'node:fs';
import { register } from 'node:module';

const hook = [
  'import { readFile } from "node:fs/promises";',
  'export async function load(url, context, next) {',
  '  if (url.startsWith("file:") && url.endsWith(".json")) return { format: "json", source: await readFile(new URL(url), "utf8"), shortCircuit: true };',
  '  return next(url, context);',
  '}',
].join('\n');
register(`data:text/javascript,${encodeURIComponent(hook)}`);
const { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } = await import('@actions/workflow-parser');

const out = [];
for (const file of process.argv.slice(2)) {
  const parsed = parseWorkflow({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  let jobs = [];
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    errors.push(...(template.errors ?? []).map((e) => e.Message ?? e.message ?? String(e)));
    jobs = (template.jobs ?? []).map((j) => j.id?.value ?? String(j.id));
  }
  out.push({ file, errors: [...new Set(errors)], jobs });
}
process.stdout.write(JSON.stringify(out));
