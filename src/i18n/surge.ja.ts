/** 検証3の急増とデータベースの最大接続数(スライド40の補足)の言葉。英語版は surge.en.ts(同じ形)。 */
export const surgeJa = {
  title: '検証3の急増とデータベースの最大接続数',
  badge: 'モデル',
  note: '記録ではなく、このサイトのモデルです。同時実行数は検証3の負荷をモデルに流したもの(スライド35と同じ)。仮定: 同時実行1つにつきDB接続1つ(実行環境ごとに接続を張り、プールしない)。max_connectionsはRDS for MySQLの既定の式を公称メモリで計算した上限の目安で、実際はRDSの予約分だけ少なくなります(db.t3.microで約60)。',
  name: '{title}(モデル)',
  description: 'モデル: 検証3の同時実行数は負荷の開始とともに増え、{peakAt}秒で{peak}に達します。同時実行1つにDB接続1つと仮定すると、{crossings}{untouched}。2019年以降の層はAWSのテストの数字: RDS Proxyでクライアント接続{clients}、DBの同時接続の上限{database}。',
  crossing: '{name}の{max}を{seconds}秒で超え',
  untouched: '、{name}の{max}には届きません',
  elapsed: '経過時間 (秒)',
  connections: '接続数 (対数目盛)',
  classLabel: '{name} {max}',
  crossingLabel: '{seconds}秒',
  legend: {
    surge: '同時実行数(モデル): 1つにDB接続1つと仮定',
    limit: 'クラスのmax_connections(既定の式)',
    crossing: '初めて超える時点(Proxyなし)',
    proxy: 'RDS Proxy: AWSのテストの数字',
  },
  proxy: {
    toggle: '2019年以降: RDS Proxy',
    clients: 'RDS Proxyへのクライアント接続 {n}',
    database: 'DB側の上限 {n}',
    note: '2019年以降: RDS Proxy({preview}にプレビュー)。AWSによると、RDS Proxyを使ったテストアプリケーションは、DBインスタンスの同時接続が{database}に制限されていても、{clients}のクライアント接続までスケールできました(コネクションプーリングによる)。AWSの数字で、このモデルの結果ではありません。',
    source: 'AWS Prescriptive Guidance「Amazon RDS Proxy: targeted business outcomes」',
  },
  table: {
    summary: 'データ (表)',
    caption: '各クラスのmax_connections(既定の式)と、同時実行数(モデル)が初めてそれを超える時点(同時実行1つにDB接続1つと仮定)。RDS Proxyの数字はAWSのもの',
    columns: ['インスタンスクラス', '接続数', '初めて超える時点 (秒)'],
    never: '最初の1分では超えない',
    proxyClients: 'RDS Proxy: クライアント接続(AWSのテスト)',
    proxyDatabase: 'RDS Proxy: DBの同時接続の上限(AWSのテスト)',
  },
};

export type SurgeStrings = typeof surgeJa;
