/**
 * hey's text report line by line, each line that a claim can rest on named (record-proofs.ts
 * HeyLine): the Summary's figures by their labels, the histogram's buckets by their order. The
 * text itself is kept exactly, so a page can show it as the slide did and still point into it.
 */
import type { HeyLine } from './record-proofs.ts';

const summaryLabels: [string, HeyLine][] = [
  ['Total data:', 'totalData'],
  ['Size/request:', 'sizePerRequest'],
  ['Requests/sec:', 'rps'],
  ['Total:', 'total'],
  ['Slowest:', 'slowest'],
  ['Fastest:', 'fastest'],
  ['Average:', 'average'],
];

export function heyLines(text: string): { text: string; line?: HeyLine }[] {
  let bucket = -1;
  let inHistogram = false;
  return text.split('\n').map((line) => {
    const trimmed = line.trim();
    if (/^[A-Z][A-Za-z ]*:$/.test(trimmed)) inHistogram = trimmed === 'Response time histogram:';
    if (inHistogram && /^\d+(\.\d+)?\s+\[\d+\]/.test(trimmed)) return { text: line, line: `bucket-${++bucket}` as const };
    const label = summaryLabels.find(([prefix]) => trimmed.startsWith(prefix));
    return label ? { text: line, line: label[1] } : { text: line };
  });
}
