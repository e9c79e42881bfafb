/**
 * `npm test`: every check the README lists, in its order, with the steps that share nothing run
 * side by side (the machine it must fit, 2 cores, is otherwise idle while one of them waits on
 * itself). A stage's first step prints as it goes; the others' output is held and printed whole
 * once that one ends, never interleaved with it. A failed stage is the last, and its exit code is
 * npm test's. It ends with each script's time, from which the README's bound on the whole is checked.
 *
 * Astro's builds write `.astro/` as `astro check` does, so no two of those run at once.
 */
import { spawn } from 'node:child_process';

/** A stage's steps run at once; each step is its npm scripts, one after the other. */
const stages: string[][][] = [
  [['test:unit'], ['check']],
  [['build', 'build:subpath', 'build:next-deploy']],
  [['test:dist']],
  [['test:e2e'], ['test:engines']],
];

const times: [string, number][] = [];

/** Runs an npm script, printing its output as it comes (`live`) or into `held`. */
function script(name: string, live: boolean, held: string[]): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const print = (text: string) => (live ? process.stdout.write(text) : held.push(text));
    print(`\n> npm run ${name}\n`);
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => print(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => print(chunk.toString()));
    child.on('close', (code) => {
      times.push([name, Date.now() - started]);
      if (code !== 0) print(`\nnpm test: ${name} failed (exit ${code})\n`);
      resolve(code ?? 1);
    });
  });
}

async function step(names: string[], live: boolean, held: string[]): Promise<number> {
  for (const name of names) {
    const code = await script(name, live, held);
    if (code !== 0) return code;
  }
  return 0;
}

const started = Date.now();
let failed = 0;
for (const [lead, ...others] of stages) {
  const held = others.map(() => [] as string[]);
  const rest = others.map((names, i) => step(names, false, held[i]!));
  const codes = [await step(lead!, true, [])];
  for (const [i, code] of (await Promise.all(rest)).entries()) {
    process.stdout.write(held[i]!.join(''));
    codes.push(code);
  }
  failed = codes.find((code) => code !== 0) ?? 0;
  if (failed) break;
}
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
console.log(`\nnpm test ${failed ? 'failed' : 'passed'} in ${seconds(Date.now() - started)}: ${times.map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ')}`);
process.exit(failed);
