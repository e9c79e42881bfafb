/** Facts about the talk itself, shared by every page that names it. */
export const talk = {
  title: '劇的改善?? VPC Lambda Before&After',
  speaker: '岩田 智哉',
  speakerRomaji: 'Tomoya Iwata',
  affiliation: 'クラスメソッド株式会社 CX事業本部',
  event: 'Developers.IO 2019 Fukuoka',
  date: '2019-10-26',
  slideCount: 47,
  originalDeckUrl: 'https://speakerdeck.com/iwatatomoya/ju-de-gai-shan-vpc-lambda-before-and-after',
} as const;

/** 2019-10-26 → 2019年10月26日 */
export function formatJapaneseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`expected a date as YYYY-MM-DD, got "${isoDate}"`);
  const [, year, month, day] = match;
  return `${year}年${Number(month)}月${Number(day)}日`;
}
