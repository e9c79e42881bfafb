/**
 * Every word of the site's interface in Japanese, the talk's language. `{name}` marks a value
 * filled in by `fill()` (format.ts); the English edition (en.ts) has the same shape.
 * Larger areas have their own files beside this one (<area>.ja.ts): the diagrams, the staircase,
 * the replay, one request's path, the surge against the database, the pages, the import page, the
 * record's proofs and the predictions.
 */
import { importerJa } from './importer.ja.ts';
import { proofsJa } from './proofs.ja.ts';
import { diagramsJa } from './diagrams.ja.ts';
import { rdbJa } from './rdb.ja.ts';
import { replayJa } from './replay.ja.ts';
import { requestPathJa } from './request-path.ja.ts';
import { surgeJa } from './surge.ja.ts';
import { pagesJa } from './pages.ja.ts';
import { predictJa } from './predict.ja.ts';
import { yourFunctionJa } from './your-function.ja.ts';
import { talkClockJa } from './talk-clock.ja.ts';
import { handoutJa } from './handout.ja.ts';
import { accessibilityJa } from './accessibility.ja.ts';

export const ja = {
  lang: 'ja',
  /** How this edition writes a date (2019-10-26 → 2019年10月26日) and a short date (2019/10/26). */
  date: { long: '{year}年{month}月{day}日', short: '{year}/{month}/{day}', monthDay: '{month}月{day}日' },
  seconds: '{value} 秒',
  secondsUnit: '秒',
  talk: {
    title: '劇的改善?? VPC Lambda Before&After',
    affiliation: 'クラスメソッド株式会社 CX事業本部',
    speaker: '岩田 智哉',
  },
  agenda: {
    sections: [
      'AWS Lambdaのアーキテクチャおさらい',
      'VPC Lambdaのアーキテクチャ(旧)',
      'VPC Lambdaのアーキテクチャ(新)',
      '改善効果について',
      'どのように考え方を変えるべきなのか',
      'まとめ',
    ],
    frame: { title: 'タイトル', intro: 'はじめに', agenda: 'アジェンダ', end: 'おわりに' },
    minutes: '{n}分',
    total: '合計 {n}分',
  },
  figure: { source: '出典', mark: '※', heyOutput: 'heyの出力 ({run})' },
  separator: ' ・ ',
  switcher: { label: 'English', hreflang: 'en', title: 'Read this in English' },
  since2019: { toggle: '2019年以降', title: '2019年以降に変わったこと(このサイトの補足)', stillHeard: '今も聞くが、誤り' },
  modelEniCount: {
    label: 'VPC Lambda用のENI: {n}つ',
    note: '検証2の負荷(hey 10,000リクエスト・2秒Sleep、並列はスライドの{stated}ではなく記録が示す{workers})を新アーキテクチャに流すと、同時実行 {peak} でもENIは {n} つのまま。当日のスライドはマネジメントコンソールのENI一覧のスクリーンショットでした。',
  },
  charts: {
    requests: 'リクエスト数',
    responseTime: '応答時間 (秒)',
    bucket: 'バケット (秒)',
    count: '件数',
    dataTable: 'データ (表)',
    histogramTitle: '{tool}の応答時間ヒストグラム({date})',
    histogramDescription: '{requests}件のリクエストの応答時間。最速 {fastest} 秒、最遅 {slowest} 秒。',
    recorded: '記録どおり',
    reconstruction: '再構成',
    model: { before: '旧アーキテクチャ (実行環境にひも付くENI)', after: '新アーキテクチャ (Hyperplane ENI)' },
    slide: 'スライド{n}',
    compareTitle: '2019年5月29日と10月20日: 同じ500リクエストを同じ時間軸で',
    compareDescription:
      '上が旧アーキテクチャ(2019年5月29日)、下が新アーキテクチャ(2019年10月20日)。5月には約9〜13秒(9.138〜13.046秒)に50件の塊があり、10月にはすべてが0.55秒以内に収まっています。',
    compareRow: '最遅 {slowest} 秒',
    // heyのバケットは前の区切りから自分の区切りまで。最初のバケットは最速の1件だけ。
    compareBucket: '{from}〜{mark}秒 {count}件',
    compareFirstBucket: '{mark}秒 {count}件',
    compareSource: 'heyの記録どおり(スライド25・26)。',
    // A slide's caption for the comparison: which runs, and their source.
    compareBrief: '{title}。{source}',
    listSeparator: '、',
  },
  replay: replayJa,
  requestPath: requestPathJa,
  eniModel: {
    badge: 'モデル',
    note: '記録ではなく、このサイトのシミュレーションです。仮定: ENIを待つ約8.7〜12.6秒(コールドスタート全体で約9〜13秒。スライド25の遅い応答に合わせた値で、第三者の計測では10秒以上)、EC2のENI作成は毎秒5・一度に25まで(超えた分は順番待ち、120秒を超えるとEC2ThrottledException)、ENIなしのコールドスタート0.4秒(スライド26から)。',
    // On a slide, the same assumptions without their sources (the reading page and embeds give them).
    slideNote: '記録ではなく、このサイトのシミュレーションです。仮定: ENIを伴うコールドスタート約9〜13秒、EC2のENI作成は毎秒5・一度に25まで、ENIなしのコールドスタート0.4秒。',
    following: 'スライド12の解説の「あなたの関数」に合わせています: ピーク{concurrency}、メモリ{memory} MB、サブネット/{subnet}、ENIの上限{quota}。',
    titles: { before: '旧アーキテクチャ: WorkerごとにENI', after: '新アーキテクチャ: Hyperplane ENI' },
    presets: {
      'verification-1': '検証1: hey 並列50(既定値)・500リクエスト',
      'verification-2': '検証2: hey 並列500・10,000リクエスト・2秒Sleep',
      'verification-3': '検証3: Locust 1,100ユーザー・毎秒100・3秒Sleep',
      ramp: '1分かけて一定に増える負荷',
    },
    errors: {
      ENILimitReachedException: 'ENIの上限',
      SubnetIPAddressLimitReachedException: 'サブネットのIP枯渇',
      EC2ThrottledException: 'EC2のRate Limit',
      TooManyRequestsException: 'スロットリング (429)',
    },
    scenario: 'シナリオ',
    load: '負荷',
    loadHeading: '負荷と上限',
    loadSummary: '{preset}、ピーク{concurrency}、メモリ{memory} MB、サブネット{subnet}、ENIの上限{quota}',
    concurrency: 'ピーク同時実行 (クライアント数)',
    memory: 'メモリ (MB)',
    subnet: 'サブネット',
    quota: 'ENIの上限',
    panelLabel: '{title}: 同時実行、Worker、ENI、サブネットのIPアドレスの図',
    environments: '実行環境',
    workers: 'Worker',
    sharing: 'Hyperplane ENIを共有する実行環境',
    sharingNote: '(1つのENIで最大65,000接続: 2021年以降の文書)',
    enis: 'ENI',
    ips: '使用中のIP',
    coldStartP50: 'コールドスタート 中央値',
    coldStartMax: '最大',
    errorsTotal: 'エラー',
    errorBreakdown: 'エラーの内訳',
    noscript: 'JavaScriptなしでは再生できません。上の図と数値は、このシナリオの終了時点のモデルの値です。',
    controls: '再生の操作',
    play: '▶ 再生',
    pause: '❚❚ 一時停止',
    time: '時間',
    end: '終了時点',
    speed: '速度',
    realTime: '実時間 (1×)',
    caption:
      '同じ負荷を旧(2019年9月まで)と新(Hyperplane ENI)の両方に流したモデル。Workerは3GB、同時実行の上限は{account}(バースト{burst}、以後毎分+500)、スロットリングは429(API Gatewayからは500)。サブネットの図の1マスは1つのIPアドレス(広いサブネットでは複数)、灰色はAWSが予約する5個。',
    overridden: '記録ではなく、このサイトのシミュレーションです。URLで仮定や上限を変えています: 使っている値は下の表とフォームのとおりです。',
    assumptions: {
      heading: '仮定: AWSが公表していない値',
      name: '値の名前',
      value: '値',
      source: '根拠',
      query: 'URLで変える',
      reset: 'すべて既定値に戻す',
      items: {
        eniCreationSeconds: 'ENIを待つ時間(最短)',
        eniCreationJitterSeconds: 'ENIを待つ時間のばらつき(最大で上乗せ)',
        eniCreationsPerSecond: 'EC2がENIを作る速さ',
        eniCreationBurst: 'EC2が一度に作れるENI',
        eniCreationMaxWaitSeconds: 'ENI作成の順番待ちの上限(超えるとEC2ThrottledException)',
        coldStartSeconds: 'ENIを待たないコールドスタート',
        errorSeconds: 'エラーが返るまで',
      },
      sources: {
        fitted: 'スライド25の遅い応答(9.1〜13.0秒)に合わせた値',
        slide26: 'スライド26の遅い応答(0.34〜0.55秒)から',
        assumed: '仮定',
      },
      perSecond: '毎秒{value}',
      count: '{value}個',
    },
    panel: {
      concurrency: '同時実行',
      workerEnvironments: 'Worker 3GB: {n}環境ずつ',
      sharedEnvironments: '実行環境 (ENIを共有)',
      subnet: 'サブネット /{prefix}',
      subnets: ' ×{n}',
      perCell: '1マス={n}IP',
      moreWorkers: '+{n} Worker',
    },
    static: {
      note: 'モデル: 検証1の負荷(hey 並列50(既定値)・500リクエスト)を旧と新に流した終了時の値。記録ではなくこのサイトのシミュレーション。',
      before: '旧 {value}',
      after: '新 {value}',
    },
  },
  capacity: {
    form: 'ENIキャパシティの計算',
    concurrency: '想定ピーク同時実行数',
    memory: 'メモリ (MB)',
    subnet: 'サブネット',
    subnetCount: 'サブネット数',
    quota: 'ENIの上限 (リージョン)',
    subnetIps: 'サブネットのIPアドレス',
    quotaShort: 'ENIの上限',
    // The limit named inside the calculator's verdict (the labels above stand alone).
    firstLimit: { subnet: 'サブネットのIPアドレス', quota: 'ENIの上限' },
    needed: '必要なENI',
    subnetIpsOf: 'サブネットのIPアドレス(/{prefix})',
    caption: '計算式は2019年のLambdaドキュメント(旧アーキテクチャ)のもの。サブネットのIPはAWSが予約する5個を除いた数。ENIの上限は2019年当時のデフォルト350(2019年12月から5,000)。',
    exceeded: '足りません: 先に尽きるのは{limit}で、同時実行数 {at} を超えるとENIを作れず、呼び出しがエラーになります。',
    fits: '収まります。先に尽きるのは{limit}で、同時実行数 {at} まで。',
  },
  verification3: {
    badge: 'モデル',
    note: '当日のグラフはスクリーンショットで数値は残っていないため、同じ負荷をこのサイトのモデルに流した結果です。入力: Locust 1,100ユーザー、毎秒100で起動、待ち時間なし(仮定)、関数は3秒Sleep、新アーキテクチャ、同時実行の上限1,000・バースト1,000(以後毎分+500)、スロットリングは429(API Gatewayからは500、0.05秒で返ると仮定)。',
    panels: {
      concurrency: { title: 'Lambdaの同時実行数 (ConcurrentExecutions)', reference: 'アカウントの上限 1,000' },
      throttles: { title: 'スロットリング (Throttles) 毎秒', reference: '' },
      latency: { title: '成功したリクエストの平均応答時間', reference: '関数の3秒Sleep' },
    },
    modelSuffix: '{title}(モデル)',
    elapsed: '経過時間 (秒)',
    dataTable: 'データ (表、5秒ごと)',
    tableCaption: '検証3のモデル: 5秒ごとの平均',
    columns: ['経過 (秒)', '同時実行', 'スロットリング (件/秒)', '成功の平均応答 (秒)'],
    caption: 'モデルの結果: 約10秒で同時実行が上限1,000に達し、あふれた100ユーザーのリクエストはスロットリングされてすぐ返る一方、成功したリクエストの応答は3秒Sleepとほぼ同じ(最大 {max} 秒)。',
  },
  embed: {
    histogram: 'heyのヒストグラム {date}',
    compare: '2019年5月と10月のヒストグラムを同じ時間軸で',
    replay: 'heyの実行を再生 {date}',
    capacity: 'ENIキャパシティの計算(スライド12)',
    eniModel: 'VPC LambdaのENI: 旧と新を同じ負荷で',
    verification3: '検証3のモデル: 同時実行数の上限とスロットリング',
    rdb: 'RDBの最大同時接続数とコスト(スライド16)',
    credit: '出典',
    creditLine: '「{talk}」({speaker}、{event}{slide})',
    creditSlide: '、スライド{n}',
    description: '{title}({nature})。{speaker}「{talk}」{event}より。',
    nature: { recorded: '記録', reconstruction: '再構成', model: 'モデル', calculation: '計算', diagram: '図' },
    staticCredit: '{talk}({speaker}、{event})より。',
    staticSlide: 'スライド{n}。',
    compareLabels: ['2019年5月29日(旧アーキテクチャ)', '2019年10月20日(新アーキテクチャ)'],
  },
  pages: pagesJa,
  diagrams: diagramsJa,
  rdb: rdbJa,
  surge: surgeJa,
  importer: importerJa,
  proofs: proofsJa,
  predict: predictJa,
  yourFunction: yourFunctionJa,
  talkClock: talkClockJa,
  handout: handoutJa,
  accessibility: accessibilityJa,
};

export type Strings = typeof ja;
