/**
 * Text measured without a DOM, for layouts computed at build time: an estimate of each
 * character's advance (CJK full width, Latin about half), generous enough that a system font
 * fits, and line breaking that keeps words whole.
 *
 * Japanese has no spaces; a line may break between characters, but not inside a katakana word
 * (サブネット), a Latin word or number (Hyperplane, 3,000), nor before closing punctuation or a
 * small kana. BudouX would find phrase boundaries too, but its package pulls in a DOM library and
 * a command line for what these short labels need.
 */

/** Approximate advance of a character in em. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2e80 || (code >= 0x2000 && code <= 0x206f && char !== ' ')) return 1;
  if (char === ' ') return 0.3;
  if (/[A-Z0-9#%&@MW]/.test(char)) return 0.66;
  if (/[ilj.,:;'|!()\[\]]/.test(char)) return 0.3;
  return 0.55;
}

/** The estimated width of a line of text at a font size. */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width * size;
}

// Closing punctuation and small kana stay with the character before them.
const trailing = '[、。，．)）」』】・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]*';
const counters = 'つ個台秒分件回';
const tokenPattern = new RegExp(
  [
    `[\\u30a0-\\u30ff]+${trailing}`, // a katakana word
    `[\\u2e80-\\uffff]${trailing}`, // any other CJK character
    // A number keeps the counter that follows it (1つ, 3,000個).
    `[0-9][0-9,.]*[${counters}]`,
    // A Latin word or number with its trailing space; a no-break space (\u00a0) joins, never breaks.
    '[^ \\t\\r\\n\\u2e80-\\uffff]+[ \\t]*',
    '[ \\t]+',
  ].join('|'),
  'g',
);

/** The pieces a line may break between. */
export function breakOpportunities(paragraph: string): string[] {
  return paragraph.match(tokenPattern) ?? [''];
}

/**
 * Breaks text into lines no wider than maxWidth (a Latin word wider than a line has one to itself).
 * Explicit newlines are kept.
 */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    // A word wider than a whole line breaks between its characters after all.
    const tokens = breakOpportunities(paragraph).flatMap((token) => (textWidth(token.trimEnd(), size) > maxWidth && /[\u2e80-\uffff]/.test(token) ? [...token] : [token]));
    for (const token of tokens) {
      const candidate = line + token;
      if (line && textWidth(candidate.trimEnd(), size) > maxWidth) {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else {
        line = candidate;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
