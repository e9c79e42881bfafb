import { getCollection, getEntry } from 'astro:content';
import type { HeyRun } from './lib/hey-run.ts';

/** A recorded hey run from data/runs/, validated by the collection's schema. */
export async function getRun(id: string): Promise<HeyRun> {
  const entry = await getEntry('runs', id);
  if (!entry) {
    const known = (await getCollection('runs')).map((run) => run.id).join(', ');
    throw new Error(`no recorded run "${id}" in data/runs/ (have: ${known})`);
  }
  return entry.data;
}

export async function getRuns(): Promise<HeyRun[]> {
  return (await getCollection('runs')).map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
}
