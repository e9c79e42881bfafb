/** What a reader is told, in English, when a hey parser turns a text away (tests only: lib/ holds codes, src/i18n/ the words). */
import { describeHeyProblem } from '../src/i18n/format.ts';
import { heyMessagesEn } from '../src/i18n/hey-messages.en.ts';
import { HeyParseError } from '../src/lib/hey-messages.ts';

export function inEnglish(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof HeyParseError) return describeHeyProblem(error.problem, heyMessagesEn);
    throw error;
  }
  throw new Error('the text was read without an error');
}
