/**
 * Reading time of the talk's text: Japanese is read at about 500 characters a minute; markup,
 * code and URLs are left out of the count.
 */
export function readableText(mdx: string): string {
  return mdx
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_~`>{}[\]|-]/g, '')
    .replace(/\s+/g, '');
}

export function readingMinutes(bodies: string[], charactersPerMinute = 500): number {
  const characters = bodies.reduce((sum, body) => sum + readableText(body).length, 0);
  return Math.max(1, Math.round(characters / charactersPerMinute));
}
