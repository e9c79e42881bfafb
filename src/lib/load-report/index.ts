/**
 * Any load tester's report, told apart by what only it prints: hey (text or -o csv), oha, k6,
 * vegeta, ApacheBench, wrk and wrk2, in text as people paste it, and the JSON of those that write
 * one (oha, k6, vegeta). Each reader names the line (or the JSON field) it could not read.
 */
import { HeyParseError } from '../hey-messages.ts';
import { readHeyOutput } from '../hey.ts';
import { readAbText, isAbText } from './ab.ts';
import { isObject } from './json.ts';
import { isK6Text, readK6Json, readK6Text } from './k6.ts';
import { isOhaText, readOhaText } from './oha.ts';
import { isOhaJson, readOhaJson } from './oha-json.ts';
import { problem, type LoadReading } from './reading.ts';
import { isVegetaText, readVegetaJson, readVegetaText } from './vegeta.ts';
import { isWrkText, readWrkText } from './wrk.ts';

export { loadTools, type LoadReading, type LoadTool } from './reading.ts';

function readJson(text: string): LoadReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HeyParseError(problem(1, 'unknownReport'));
  }
  if (!isObject(json)) throw new HeyParseError(problem(1, 'unknownReport'));
  if (isOhaJson(json)) return readOhaJson(json);
  if (isObject(json.metrics)) return readK6Json(json);
  if (isObject(json.latencies)) return readVegetaJson(json);
  throw new HeyParseError(problem(1, 'unknownReport'));
}

export function readLoadReport(text: string): LoadReading {
  if (/^\s*\{/.test(text)) return readJson(text);
  if (isOhaText(text)) return readOhaText(text);
  if (isK6Text(text)) return readK6Text(text);
  if (isVegetaText(text)) return readVegetaText(text);
  if (isAbText(text)) return readAbText(text);
  if (isWrkText(text)) return readWrkText(text);
  let hey;
  try {
    hey = readHeyOutput(text);
  } catch (error) {
    // Nothing of hey's either: the reader is told every tool the page reads.
    if (error instanceof HeyParseError && error.problem.code === 'noReport') throw new HeyParseError(problem(error.problem.line, 'unknownReport', undefined, error.problem.got));
    throw error;
  }
  return { tool: 'hey', layout: hey.format, format: hey.format, report: hey.report, notes: hey.notes };
}
