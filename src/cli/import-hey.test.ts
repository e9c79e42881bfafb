import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/import-hey.ts', ...args], { encoding: 'utf8' });

describe('npm run import:hey', () => {
  it('prints a run for a hey text report', () => {
    const result = run('data/runs/v1-2019-05-29.txt');
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed.report.summary.slowestSeconds).toBe(13.046);
    expect(printed.provenance.format).toBe('text');
  });

  it('prints a run for hey CSV output', () => {
    const result = run('src/lib/fixtures/hey-sample.csv');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).report.statusCodes).toEqual([
      { code: 200, responses: 4 },
      { code: 502, responses: 1 },
    ]);
  });

  it('exits 1 with one line naming the line and what it expected', () => {
    const result = run('README.md');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^import:hey: README.md: line 1: expected a report of hey, oha, k6, vegeta, ab, wrk or wrk2/);
  });

  it('exits 1 when the file does not exist', () => {
    const result = run('no-such-file.txt');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('import:hey: no-such-file.txt: no such file');
  });
});
