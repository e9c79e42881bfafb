/**
 * A reader's run in a URL fragment: the run (not the text it was read from) as JSON, compressed
 * with the platform's deflate and written in base64url, so a link reproduces the view anywhere and
 * the fragment never reaches a server. What a link brings back is checked like any run.
 */
import * as z from 'zod/mini';
import { heyReportSchema } from './hey-report-schema.ts';
import type { HeyRun } from './hey-run.ts';

/** A reader's run, in the data/runs shape: what the import page draws, downloads and shares. */
export const importedRunId = 'your-run';

export function importedRun(report: HeyRun['report'], format: 'text' | 'csv', date: string, source: string, file?: string): HeyRun {
  // The text it was read from: the reader's file, or a paste on the import page.
  return { id: importedRunId, date, provenance: { source, text: file ?? 'import', format }, report };
}

/** What a link holds: the run, the talk's run it is compared with, if any, and hey's -c if the reader gave it. */
export interface SharedView {
  run: Pick<HeyRun, 'date' | 'report'> & { format: 'text' | 'csv' };
  compare?: string;
  concurrency?: number;
}

const sharedViewSchema = z.strictObject({
  v: z.literal(1),
  run: z.strictObject({ date: z.iso.date(), format: z.enum(['text', 'csv']), report: heyReportSchema }),
  compare: z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/))),
  concurrency: z.optional(z.int().check(z.minimum(1))),
});

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** The fragment's value for a view: `run=…`. */
export async function encodeView(view: SharedView): Promise<string> {
  const json = JSON.stringify({ v: 1, ...view });
  return `run=${toBase64Url(await through(new TextEncoder().encode(json), new CompressionStream('deflate-raw')))}`;
}

export class SharedViewError extends Error {
  override name = 'SharedViewError';
}

/** The view a fragment holds, or undefined where it holds none; a SharedViewError where it cannot be read. */
export async function decodeView(fragment: string): Promise<SharedView | undefined> {
  const value = new URLSearchParams(fragment.replace(/^#/, '')).get('run');
  if (!value) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await through(fromBase64Url(value), new DecompressionStream('deflate-raw'))));
  } catch {
    throw new SharedViewError('the link is cut short or changed (its run does not decompress)');
  }
  const checked = sharedViewSchema.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new SharedViewError(`${issue.path.join('.') || 'the run'}: ${issue.message}`);
  }
  const { run, compare, concurrency } = checked.data;
  return { run, ...(compare ? { compare } : {}), ...(concurrency ? { concurrency } : {}) };
}
