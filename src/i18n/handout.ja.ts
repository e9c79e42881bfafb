/** 配布資料(`?print-pdf&handout`)の言葉。英語版は handout.en.ts(同じ形)。 */
export const handoutJa = {
  script: '台本',
  page: 'スライド {n} / {total}',
};

export type HandoutStrings = typeof handoutJa;
