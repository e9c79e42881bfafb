/** 1つのリクエストを旧・新アーキテクチャで追う図(スライド13の解説)の言葉。英語版は request-path.en.ts(同じ形)。 */
export const requestPathJa = {
  title: '1つのリクエストを追う: 旧アーキテクチャと新アーキテクチャ',
  note: 'heyが記録するのはリクエスト全体の時間だけです。段階ごとの秒には、記録・出典・このサイトの仮定のどれによるかを添えています。',
  caption:
    '新しい実行環境が受ける最初のリクエストを追っています。横軸は2つに分かれ、左は関数の作成・更新からの秒、右はheyがリクエストを送ってからの秒です(目盛りの間隔はそれぞれ別)。淡い部分は、記録から言える幅(最小〜最大)です。',
  lanes: { before: '旧アーキテクチャ: {date}の実行(スライド{slide})', after: '新アーキテクチャ: {date}の実行(スライド{slide})' },
  laneShort: { before: '旧', after: '新' },
  axis: { deploy: '作成・更新からの秒', request: 'heyが送ってからの秒' },
  stages: {
    deploy: '関数の作成・更新',
    send: 'heyからAPI Gateway、Lambdaへ',
    placement: 'Workerと実行環境の用意',
    network: 'VPCへのENI',
    answer: '応答がheyへ戻る',
  },
  what: {
    before: {
      deploy: 'ENIはまだ作られず、実行環境が増えるたびに作られる',
      send: 'heyが送ったリクエストを、API GatewayがLambdaに渡す',
      placement: 'LambdaがWorkerを選び、新しい実行環境を起動する',
      network: 'その実行環境のためにENIを作成してアタッチし、リクエストはその間待つ',
      answer: '関数が応答し(Sleep {sleep} 秒)、API Gateway経由でheyに戻る',
    },
    after: {
      deploy: 'サブネットとセキュリティグループの組み合わせごとにHyperplane ENIを1つ作る(同じ組み合わせなら共有)。その間、関数はPending',
      send: 'heyが送ったリクエストを、API GatewayがLambdaに渡す',
      placement: 'LambdaがWorkerを選び、新しい実行環境を起動する',
      network: '作成済みの共有Hyperplane ENIを通ってVPCに入る。ENIの作成は待たない',
      answer: '関数が応答し(Sleep {sleep} 秒)、API Gateway経由でheyに戻る',
    },
  },
  natures: { recorded: '記録', sourced: '出典', assumed: '仮定' },
  basis: {
    halfFastest: 'heyはリクエスト全体の時間だけを記録する。最速の1件({fastest} 秒、スライド{slide})を往復とみて、片道をその半分とした',
    placementAsAfter: 'ENIを作らないコールドスタートの記録はスライド{slide}のものだけなので、5月も同じとした(旧の記録はこの内訳を持たない)',
    coldStart: 'スライド{slide}の遅い応答 {from}〜{to} 秒から、最速の1件 {fastest} 秒(往復)を引いた',
    eniInPath: 'スライド{slide}の遅い応答 {from}〜{to} 秒({n}件、heyのワーカーごとに1件)から、ほかの段階を引いた残り',
    throughHyperplane: '記録からは分けられない。ENIは作成済みなので、ここでの待ちはないとした',
    oldModel: 'AWS Compute Blog(2019年9月3日): ENIは実行環境に直接対応づけられ、関数のスケールに応じて作られた',
    pending: 'Lambdaのドキュメント(2019年9月10日)「a minute or so」、AWS Compute Blog「60–90 seconds」。PendingとActiveは2019年11月末以降の状態の名前',
  },
  row: '{lane}: {what}。{duration}({nature}: {basis})',
  seconds: '{value} 秒',
  range: '{low}〜{high} 秒',
  none: '待ちなし',
  bars: {
    network: 'ENIの作成・アタッチ {range}',
    networkShort: 'ENI {range}',
    pending: 'Pending {range}',
    pendingShort: 'Pending',
    noEni: 'ENIなし',
    answered: '応答 {range}',
  },
  description:
    '旧アーキテクチャ(スライド{beforeSlide}): リクエストの途中でENIを作成・アタッチして約{eni}、応答は{beforeAnswered}(記録)。新アーキテクチャ(スライド{afterSlide}): Hyperplane ENIは関数の作成・更新時に作られ、Pendingは{pending}(出典)。リクエストは共有ENIを通り、応答は{afterAnswered}(記録)。',
  controls: '段階の操作',
  previous: '前の段階',
  next: '次の段階',
  stage: '段階',
  stepOf: '段階 {n}/{total}: {name}',
  noscript: '段階を1つずつ進めるにはJavaScriptが必要です。すべての段階は下の一覧にあります。',
};

export type RequestPathStrings = typeof requestPathJa;
