/**
 * What the JSON readers share: the value at a path, checked for its type, or an error naming the
 * field and the type it needed (a JSON report has no lines to name).
 */
import { HeyParseError } from '../hey-messages.ts';
import { problem } from './reading.ts';

export type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export function wrongField(path: string, value: unknown, expected: 'number' | 'object'): never {
  throw new HeyParseError(problem(1, 'jsonField', { field: path, expected }, JSON.stringify(value)?.slice(0, 80)));
}

/** A number of 0 or more. */
export const amount = (path: string, value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : wrongField(path, value, 'number'));

export const object = (path: string, value: unknown): Json => (isObject(value) ? value : wrongField(path, value, 'object'));
