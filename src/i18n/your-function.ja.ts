/** 「あなたの関数を地図に」(読むページ、スライド12の解説)の言葉。英語版は your-function.en.ts(同じ形)。 */
export const yourFunctionJa = {
  title: 'あなたの関数を地図に: 2019年、最初にぶつかる上限',
  badge: '計算',
  note: '記録ではなく、スライド12の式(使用中のメモリ3GBごとにENI 1つ、ENI 1つにサブネットのアドレス1つ)を2019年の既定の上限に当てた計算です。',
  hint: '文中の数字はドラッグか矢印キーで変えられます。',
  sentence:
    'メモリ{memory}の関数が、同時実行{concurrency}まで伸びるとします。サブネットは{subnet}を1つ、リージョンのENIの上限は{quota}。Hyperplane以前は{formula} = {enis}個のENIが要り、1つにアドレス1つ: {addresses}{first}Hyperplane ENIの後は(サブネットとセキュリティグループの組に)ENI 1つで、{after}',
  formula: '{concurrency} × {memory} MB ÷ 3,072 MB',
  addressesLeft: 'サブネットで使えるアドレス{usable}のうち、{left}が残ります。',
  addressesShort: 'サブネットで使えるアドレスは{usable}、{short}足りません。',
  fits: '収まります。伸び続けて最初にぶつかる上限は{limit}で、同時実行{at}のときです。',
  exceeds: '収まりません。最初にぶつかる上限は{limit}で、同時実行{at}のときです。',
  limits: { concurrency: 'アカウントの同時実行数の上限(2019年の既定値は1,000、超えると429でスロットリング)', subnet: 'サブネットのアドレス', quota: 'ENIの上限' },
  after: 'アドレスは{left}残ります。',
  sliders: {
    memory: { label: 'メモリ', text: '{value} MB' },
    concurrency: { label: 'ピーク時の同時実行', text: '{value}' },
    subnet: { label: 'サブネットの大きさ', text: '/{prefix}(使えるアドレス{usable})' },
    quota: { label: 'ENIの上限', text: '{value}' },
  },
  map: {
    before: 'Hyperplane以前: /{prefix}(アドレス{usable})',
    after: 'Hyperplane ENIの後: どのサブネットでも',
    yours: '{title}・あなたの',
    desc: '横にメモリ128〜3,008 MB、縦に同時実行0〜3,000。最初にぶつかる上限と、その同時実行: {edges}。あなたの関数(メモリ{memory} MB、同時実行{concurrency})は{yours}。',
    edge: '{memory} MBで{limit}({at})',
    edgeSeparator: '、',
    yoursFits: '収まります',
    yoursMeets: '{limit}にぶつかります',
    regions: { none: '収まる', concurrency: '同時実行1,000', subnet: 'アドレス', quota: 'ENI上限' },
  },
  axes: '横軸はメモリ(128〜3,008 MB)、縦軸はピーク時の同時実行(0〜3,000)。ENIの上限{quota}、アカウントの同時実行1,000(2019年の既定値)。',
  legend: { none: '収まる', concurrency: '先にアカウントの同時実行1,000(429)', subnet: '先にサブネットのアドレス切れ', quota: '先にENIの上限', marker: 'あなたの関数' },
  table: {
    summary: 'データ(表)',
    caption: '同時実行が伸びるとき最初にぶつかる上限と、その同時実行(ENIの上限{quota}、アカウントの同時実行1,000)',
    memory: 'メモリ',
    cell: '{limit} {at}',
  },
  caption:
    '式は2019年のLambdaのドキュメント(旧アーキテクチャ)。使えるアドレスはAWSが予約する5つを除いた数。ENIの上限350とアカウントの同時実行1,000は2019年の既定値(ENIの上限は2019年12月から5,000)。Hyperplane ENIは「サブネットとセキュリティグループの組ごとに1つ」(AWSのブログ、2019年)。',
};

export type YourFunctionStrings = typeof yourFunctionJa;
