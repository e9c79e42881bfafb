/**
 * Where hey's sections are in a pasted text: their headers in every layout, what each section's
 * data looks like, and which of the blocks of sections make the report (a paste can hold prose,
 * the command, a stray fragment). hey-text.ts reads the lines of the sections chosen here.
 */
import type { HeyMessageCode, HeyProblem } from './hey-messages.ts';

export type SectionName = 'summary' | 'histogram' | 'latency' | 'details' | 'trace' | 'status' | 'errors';

const sectionHeaders: [RegExp, SectionName][] = [
  [/^summary:?$/i, 'summary'],
  [/^response time histogram:?$/i, 'histogram'],
  [/^latency distribution:?$/i, 'latency'],
  [/^details \(average, fastest, slowest\):?$/i, 'details'],
  [/^detailed report:?$/i, 'details'],
  // hey of Sept.–Oct. 2016 printed the trace's averages only: not enough for Details.
  [/^(http ?trace):?$/i, 'trace'],
  [/^status code distribution:?$/i, 'status'],
  [/^error distribution:?$/i, 'errors'],
];
export const sectionNames: Record<SectionName, string> = {
  summary: 'Summary',
  histogram: 'Response time histogram',
  latency: 'Latency distribution',
  details: 'Details',
  trace: 'HTTP Trace',
  status: 'Status code distribution',
  errors: 'Error distribution',
};

export const cutLine = /^(\.{3,}|…+)$/;

// What a section's data looks like: such a line that cannot be read is an error, any other line is prose.
const looksLikeData: Record<SectionName, RegExp> = {
  summary: /^(total|slowest|fastest|average|requests\/sec|size\/request|response size)\b/i,
  histogram: /^-?\d/,
  latency: /^\d+%/,
  details: /^(dns|req|resp|request|response|average|fastest|slowest)\b/i,
  trace: /^(dns|request|response)/i,
  status: /^\[/,
  errors: /^\[/,
};
// Lines people paste along with a report that need no note: the command and hey's progress bar.
const unremarkable = /(^|[\s/$%#>`])(hey|boom)[\w.-]*(\s|$)|^\d+ \/ \d+ Bo+|requests done\.?$/i;

interface Section {
  name: SectionName;
  header: number;
  /** The line numbers of its data, in order. */
  body: number[];
}

interface Block {
  sections: Section[];
  from: number;
  to: number;
}

// Quote marks from chat and issue trackers, comment marks from code, and Markdown fences are not the report's.
export const cleaned = (raw: string) => raw.replace(/^(\s*(>|\/\/))+/, '').trim();

/**
 * The sections to read. Prose ends a block of sections, and so does a section that comes again;
 * blocks that share no section are parts of one report (a paste interrupted by a remark), while of
 * blocks that do, the one with most sections is the report and the others are left out, said so.
 */
export function sectionsToRead(lines: readonly string[], note: (line: number, code: HeyMessageCode, values?: HeyProblem['values'], got?: string) => void) {
  const blocks: Block[] = [];
  let block: Block | undefined;
  let section: Section | undefined;
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = cleaned(raw);
    if (line === '' || line.startsWith('```')) return;
    const header = sectionHeaders.find(([pattern]) => pattern.test(line))?.[1];
    if (header) {
      if (!block || block.sections.some((s) => s.name === header)) blocks.push((block = { sections: [], from: lineNumber, to: lineNumber }));
      block.sections.push((section = { name: header, header: lineNumber, body: [] }));
      block.to = lineNumber;
    } else if (section && (looksLikeData[section.name].test(line) || cutLine.test(line))) {
      section.body.push(lineNumber);
      block!.to = lineNumber;
    } else {
      // Prose ends the block it follows.
      section = undefined;
      block = undefined;
      if (!unremarkable.test(line)) note(lineNumber, 'skipped', undefined, raw);
    }
  });
  const size = (b: Block) => b.sections.length * 1e6 + b.sections.reduce((sum, s) => sum + s.body.length, 0);
  const largest = [...blocks].sort((a, b) => size(b) - size(a) || a.from - b.from)[0];
  const kept = new Set<Block>(largest ? [largest] : []);
  const names = new Set(largest?.sections.map((s) => s.name));
  for (const b of blocks) {
    if (kept.has(b) || b.sections.some((s) => names.has(s.name))) continue;
    kept.add(b);
    for (const s of b.sections) names.add(s.name);
  }
  return {
    chosen: blocks.filter((b) => kept.has(b)).flatMap((b) => b.sections),
    leftOut: blocks.filter((b) => !kept.has(b)),
  };
}
