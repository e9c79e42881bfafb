/**
 * UI strings of the charts, per locale, in one place. (Japanese for now; the English edition adds `en`.)
 */
export const strings = {
  ja: {
    seconds: '秒',
    requests: 'リクエスト数',
    responseTime: '応答時間 (秒)',
    bucket: 'バケット (秒)',
    count: '件数',
    dataTable: 'データ (表)',
    histogramTitle: (date: string) => `heyの応答時間ヒストグラム(${date})`,
    histogramDescription: (requests: number, fastest: number, slowest: number) =>
      `${requests.toLocaleString('ja-JP')}件のリクエストの応答時間。最速 ${fastest} 秒、最遅 ${slowest} 秒。`,
    recorded: '記録どおり',
    reconstruction: '再構成',
    model: { before: '旧アーキテクチャ (WorkerごとのENI)', after: '新アーキテクチャ (Hyperplane ENI)' },
    compareTitle: '2019年5月29日と10月20日: 同じ500リクエストを同じ時間軸で',
    compareDescription:
      '上が旧アーキテクチャ(2019年5月29日)、下が新アーキテクチャ(2019年10月20日)。5月には10〜13秒に50件の塊があり、10月にはすべてが0.55秒以内に収まっています。',
    since2019: {
      toggle: '2019年以降',
      title: '2019年以降に変わったこと(このサイトの補足)',
    },
    replay: {
      play: '再生',
      pause: '一時停止',
      stepBack: '1件戻る',
      stepForward: '1件進む',
      restart: '最初から',
      timeline: '経過時間',
      speed: '速度',
      realTime: '実時間',
      elapsed: '経過',
      done: '完了',
      requestsPerSecond: 'リクエスト/秒',
      average: '平均',
      workers: 'ワーカー',
      lanesLabel: 'heyのワーカーごとのリクエスト(横軸: 時間)',
    },
  },
} as const;

export type Locale = keyof typeof strings;

import { diagramsJa, type DiagramStrings } from '../i18n/diagrams.ja';

/** The architecture diagrams' words, per locale. */
export const diagramStrings: Record<Locale, DiagramStrings> = { ja: diagramsJa };

import { rdbJa, type RdbStrings } from '../i18n/rdb.ja';

/** Slide 16's staircase, per locale. */
export const rdbStrings: Record<Locale, RdbStrings> = { ja: rdbJa };

/** Names of the embeddable charts and the words around them (gallery, credit), per locale. */
export const embedStrings = {
  ja: {
    histogram: (date: string) => `heyのヒストグラム ${date}`,
    compare: '2019年5月と10月のヒストグラムを同じ時間軸で',
    replay: (date: string) => `heyの実行を再生 ${date}`,
    capacity: 'ENIキャパシティの計算(スライド12)',
    eniModel: 'VPC LambdaのENI: 旧と新を同じ負荷で',
    verification3: '検証3のモデル: 同時実行数の上限とスロットリング',
    rdb: 'RDBの最大同時接続数とコスト(スライド16)',
    credit: '出典',
    nature: { recorded: '記録', reconstruction: '再構成', model: 'モデル', calculation: '計算', diagram: '図' },
  },
} satisfies Record<Locale, unknown>;
