/** 「予想してから見る」(読むページのスライド25と30の前)の言葉。英語版は predict.en.ts(同じ形)。 */
export const predictJa = {
  badge: '予想',
  hint: '印をドラッグするか矢印キーで動かして、答えを見てください。',
  show: '答えを見る',
  skip: '予想せずに答えを見る',
  again: 'もう一度予想する',
  guessLabel: 'あなたの予想 {value}',
  slowest: {
    name: '予想してから見る: {date}の最も遅いリクエスト',
    question: '結果を見る前に: {date}、旧アーキテクチャのこの構成にheyで{requests}リクエストを送りました。最も遅い1件は何秒かかったでしょう? 時間軸に予想を置いてください。',
    handle: '最も遅いリクエストの予想',
    desc: '最も遅いリクエストは{slowest}秒(記録どおり)。応答時間ごとの件数: {buckets}。',
    answer: '最も遅いリクエストは{slowest}秒(heyの記録、スライド25)。{requests}件のうち{slow}件が{from}秒を超えていました。',
    answerLabel: '最遅 {value}',
    exact: 'あなたの予想 {guess} は、ぴったりでした。',
    close: 'あなたの予想 {guess} との差は、わずか{diff}秒です。',
    short: 'あなたの予想 {guess} より、{diff}秒長くかかりました。',
    over: 'あなたの予想 {guess} より、{diff}秒短く済みました。',
  },
  enis: {
    name: '予想してから見る: Hyperplane以後、同時実行{peak}に要るENI',
    question: 'スライド30の前に: 検証2では新アーキテクチャで約{peak}の実行が同時に走りました。この関数のENIはいくつになったでしょう? 数を選んでください。',
    handle: '同時実行{peak}のENIの数の予想',
    axis: 'ENIの数 (対数目盛)',
    one: '{n}個',
    many: '{n}個',
    desc: 'Hyperplane以後(このサイトのモデル): 同時実行{peak}でENIは{enis}。旧アーキテクチャ(WorkerごとにENI)では、メモリ{memory}MBで{oldEnis}。',
    answer: 'このサイトのモデルでは、Hyperplane以後は同時実行{peak}でもENIは{enis}のまま(スライド30のENI一覧と同じ)。旧アーキテクチャ(3GBのWorkerごとにENI)なら、同じ負荷にメモリ{memory}MBで{oldEnis}必要でした。',
    answerLabel: 'Hyperplane(モデル) {value}',
    oldLabel: '旧: WorkerごとにENI {value}',
    exact: 'あなたの予想 {guess} は、ぴったりでした。',
    over: 'あなたの予想 {guess} は、{times}倍多すぎました。',
    under: 'あなたの予想 {guess} は、{times}分の1でした。',
    nearOld: '旧アーキテクチャで必要だった数に近い予想です。',
  },
};

export type PredictStrings = typeof predictJa;
