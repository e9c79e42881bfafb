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
