/**
 * npm run import:run -- FILE [--id ID] [--date YYYY-MM-DD]   (npm run import:hey is the same)
 *
 * Reads a load tester's report as the import page does (hey's text or `-o csv`, oha, k6, vegeta,
 * ApacheBench, wrk or wrk2, in text or their JSON; lib/load-report/) and prints
 * the run as JSON in the shape of data/runs/*.json. With --id it writes data/runs/ID.json
 * instead; an existing file keeps what it says about the run and gets the new report.
 * Bad input: exit status 1 and a one-line reason.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { describeHeyProblem } from '../i18n/format.ts';
import { heyMessagesEn } from '../i18n/hey-messages.en.ts';
import { HeyParseError } from '../lib/hey.ts';
import { readLoadReport, type LoadReading } from '../lib/load-report/index.ts';
import { heyRunSchema, type HeyRun } from '../lib/hey-run.ts';

function fail(reason: string): never {
  console.error(`import:hey: ${reason}`);
  process.exit(1);
}

function parseArguments(argv: string[]) {
  const options: { file?: string; id?: string; date?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (argument === '--id' || argument === '--date') {
      const value = argv[++i];
      if (!value) fail(`${argument} needs a value`);
      options[argument === '--id' ? 'id' : 'date'] = value;
    } else if (argument.startsWith('--')) {
      fail(`unknown option ${argument} (usage: npm run import:hey -- FILE [--id ID] [--date YYYY-MM-DD])`);
    } else if (options.file) {
      fail(`one file at a time (got ${options.file} and ${argument})`);
    } else {
      options.file = argument;
    }
  }
  if (!options.file) fail('usage: npm run import:hey -- FILE [--id ID] [--date YYYY-MM-DD]');
  return options as { file: string; id?: string; date?: string };
}

const { file, id, date } = parseArguments(process.argv.slice(2));
if (!existsSync(file)) fail(`${file}: no such file`);
const text = readFileSync(file, 'utf8');

let reading: LoadReading;
try {
  reading = readLoadReport(text);
} catch (error) {
  fail(`${file}: ${error instanceof HeyParseError ? describeHeyProblem(error.problem, heyMessagesEn) : (error as Error).message}`);
}
const { format, report, tool, layout } = reading;
// What the import page shows beside the chart, the CLI says on stderr: the run is read all the same.
for (const problem of reading.notes) console.error(`import:hey: ${file}: ${describeHeyProblem(problem, heyMessagesEn)}`);

const runId = id ?? basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
const target = `data/runs/${runId}.json`;
const existing: Partial<HeyRun> = id && existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) : {};
const run = {
  id: runId,
  date: date ?? existing.date ?? new Date().toISOString().slice(0, 10),
  ...Object.fromEntries(Object.entries(existing).filter(([key]) => !['id', 'date', 'provenance', 'report'].includes(key))),
  provenance: {
    source: existing.provenance?.source ?? `${tool} ${format === 'csv' ? '-o csv output' : format === 'json' ? 'JSON report' : 'report'} imported with npm run import:run`,
    ...(existing.provenance?.url ? { url: existing.provenance.url } : {}),
    text: relative(process.cwd(), file),
    format,
    ...(tool === 'hey' ? {} : { tool, layout }),
    ...(existing.provenance?.note ? { note: existing.provenance.note } : {}),
  },
  report,
};

const checked = heyRunSchema.safeParse(run);
if (!checked.success) {
  const issue = checked.error.issues[0]!;
  fail(`${file}: the run would not be valid: ${issue.path.join('.') || '(run)'}: ${issue.message}`);
}
const json = `${JSON.stringify(checked.data, null, 2)}\n`;
if (id) {
  writeFileSync(target, json);
  console.error(`import:hey: wrote ${target}`);
} else {
  process.stdout.write(json);
}
