/**
 * A reader's run in a URL fragment: the run (not the text it was read from) as JSON, compressed
 * with the platform's deflate and written in base64url, so a link reproduces the view anywhere and
 * the fragment never reaches a server. A link is a stranger's input: it is read within stated
 * limits (linkLimits), unpacked in a stream that stops at its cap, and checked like any run.
 */
import * as z from 'zod/mini';
import { heyReportSchema } from './hey-report-schema.ts';
import type { HeyRun } from './hey-run.ts';
import { loadTools, type LoadReading } from './load-report/reading.ts';

/** What a run was read from: hey's text or CSV, or another tool's text or JSON, in one of its layouts. */
export type RunOrigin = Pick<LoadReading, 'format'> & Partial<Pick<LoadReading, 'tool' | 'layout'>>;

/** A reader's run, in the data/runs shape: what the import page draws, downloads and shares. */
export const importedRunId = 'your-run';

export function importedRun(report: HeyRun['report'], origin: RunOrigin, date: string, source: string, file?: string): HeyRun {
  // The text it was read from: the reader's file, or a paste on the import page. hey is said by no tool.
  const tool = origin.tool && origin.tool !== 'hey' ? { tool: origin.tool, ...(origin.layout ? { layout: origin.layout } : {}) } : {};
  return { id: importedRunId, date, provenance: { source, text: file ?? 'import', format: origin.format, ...tool }, report };
}

/** What a link holds: the run, the talk's run it is compared with, if any, hey's -c if the reader gave it, and the memory and subnet its May 2019 was modelled at. */
export interface SharedView {
  run: Pick<HeyRun, 'date' | 'report'> & RunOrigin;
  compare?: string;
  concurrency?: number;
  in2019?: { memory: number; subnet: number };
  /** The successful requests alone drawn, where the run times them apart. */
  successfulOnly?: boolean;
}

/**
 * What a link may hold. A real report shares in about 600 characters and unpacks to 2 KB; these
 * leave room for long error lists while no link can make a page allocate or draw without bound.
 */
export const linkLimits = {
  /** Characters of the fragment's run=… value. */
  linkCharacters: 1_000_000,
  /** Bytes the run unpacks to. */
  unpackedBytes: 1_048_576,
};

const sharedViewSchema = z.strictObject({
  v: z.literal(1),
  run: z.strictObject({ date: z.iso.date(), format: z.enum(['text', 'csv', 'json']), tool: z.optional(z.enum(loadTools)), layout: z.optional(z.string().check(z.maxLength(40))), report: heyReportSchema }),
  compare: z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/))),
  concurrency: z.optional(z.int().check(z.minimum(1))),
  // Whole numbers here; the page holds them to what the model accepts (views/import/in-2019.ts).
  in2019: z.optional(z.strictObject({ memory: z.int().check(z.positive()), subnet: z.int().check(z.positive()) })),
  successfulOnly: z.optional(z.literal(true)),
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

/** Why a link cannot be read: a code, the limit it passed, and for a run that is not one, where. */
export type LinkProblem =
  | { code: 'tooLong'; limit: number }
  | { code: 'tooLarge'; limit: number }
  | { code: 'notPacked' }
  | { code: 'notARun'; where: string; detail: string };

export class SharedViewError extends Error {
  override name = 'SharedViewError';
  readonly problem: LinkProblem;
  constructor(problem: LinkProblem) {
    super(problem.code === 'notARun' ? `${problem.where}: ${problem.detail}` : problem.code);
    this.problem = problem;
  }
}

/** Unpacks a link's bytes, stopping as soon as they pass the cap: a small link can unpack to hundreds of megabytes. */
async function unpack(bytes: Uint8Array, cap: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      throw new SharedViewError({ code: 'tooLarge', limit: cap });
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return whole;
}

/** The view a fragment holds, or undefined where it holds none; a SharedViewError where it cannot be read. */
export async function decodeView(fragment: string): Promise<SharedView | undefined> {
  const value = new URLSearchParams(fragment.replace(/^#/, '')).get('run');
  if (!value) return undefined;
  if (value.length > linkLimits.linkCharacters) throw new SharedViewError({ code: 'tooLong', limit: linkLimits.linkCharacters });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await unpack(fromBase64Url(value), linkLimits.unpackedBytes)));
  } catch (error) {
    if (error instanceof SharedViewError) throw error;
    throw new SharedViewError({ code: 'notPacked' });
  }
  const checked = sharedViewSchema.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new SharedViewError({ code: 'notARun', where: issue.path.join('.') || 'run', detail: issue.message });
  }
  const { run, compare, concurrency, in2019, successfulOnly } = checked.data;
  return { run, ...(compare ? { compare } : {}), ...(concurrency ? { concurrency } : {}), ...(in2019 ? { in2019 } : {}), ...(successfulOnly ? { successfulOnly } : {}) };
}
