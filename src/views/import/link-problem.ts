/** One sentence, in the page's language, for a link that cannot be read: the limit it passed, or what is wrong. */
import { count, fill } from '../../i18n/format.ts';
import type { Strings } from '../../i18n/strings.ts';
import { SharedViewError } from '../../lib/run-share.ts';

export type LinkWords = Pick<Strings['importer'], 'linkProblems' | 'embedBroken'>;

export function describeLinkProblem(error: unknown, t: LinkWords): string {
  if (!(error instanceof SharedViewError)) return fill(t.embedBroken, { message: (error as Error).message });
  const { problem } = error;
  const values: Record<string, string> = 'limit' in problem ? { limit: count(problem.limit) } : 'where' in problem ? { where: problem.where, detail: problem.detail } : {};
  return fill(t.linkProblems[problem.code], values);
}
