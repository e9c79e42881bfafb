/** 記録が示すこと(lib/record-proofs.ts)の表の言葉。数値はすべて記録から計算して埋めます。 */
export const proofsJa = {
  caption: '記録からわかること: {title}',
  captionModel: '検証3: 数値の記録がないなかで、設定からわかること、推論、モデルの仮定',
  columns: { kind: '種類', claim: '内容と根拠', restsOn: '根拠の箇所' },
  kinds: { proved: '記録が示す', inferred: '推論', assumed: '仮定' },
  // The model's rows rest on the talk's slides.
  slide: 'スライド{n}',
  // heyの出力の行(クリックすると出力の中でその行を示します)。
  lines: { total: 'Total', slowest: 'Slowest', fastest: 'Fastest', average: 'Average', rps: 'Requests/sec', totalData: 'Total data', sizePerRequest: 'Size/request', bucket: '{mark} のバケット' },
  none: '(記録の外)',
  rows: {
    requests: 'リクエストは{n}件: {data} バイト ÷ 1件{size} バイト。',
    slowCluster: '遅い応答は{n}件({from}〜{to} 秒、{counts})。手前の{empty}個のバケットは空です。',
    ruledOut: '-c {c} ではありえません: 1ワーカー{share}件を各{fastest}秒以上で送ると少なくとも{least}秒、総時間は{total}秒です。',
    range: '1ワーカー最大{maxShare}件: 最遅を送ったワーカーのほかの各件も最速以上なので、({total} − {slowest}) ÷ {fastest} + 1 = {shareBound}。ワーカーは少なくとも{byShare}(リトルの法則では{inFlight})。{n}件を均等に分けられる数のうち、記録が許すのは {feasible}。',
    oneSlowEach: '遅い応答を2件送ったワーカーはいません: 遅い2件(各{from}秒超)とほか{others}件(各{fastest}秒以上)で{least}秒、総時間{total}秒を超えます。{workers}ワーカーに1件ずつです。',
    moreSlowThanWorkers: '{workers}ワーカーに遅い応答{slow}件: 少なくとも{extra}件はワーカーの最初の1件ではありません。',
    tail: '最遅を送ったワーカーのほかの{others}件は合わせて{total} − {slowest} = {left}秒、1件{each}秒以下で、すべて速い応答です。',
    overhead: '最速の{fastest}秒は{sleep}秒のSleepより{overhead}ミリ秒長いだけ: 往復全体の上乗せです。',
    coldStartEni: '遅い応答は各ワーカーの最初の1件: 新しい実行環境がENIを待った時間です(記録に順序は残っていません)。',
    coldStartFirst: '遅い応答は各ワーカーの最初の1件: {workers}個の実行環境のコールドスタートで{from}〜{to}秒(ほとんどは{fast}秒以内)、ENIは待ちません(記録に順序は残っていません)。',
    coldStartSome: '遅い応答には各ワーカーの最初の1件(ENIを待たないコールドスタート)が含まれますが、残る{extra}件を遅らせたものは記録からはわかりません。',
    concurrencyDefault: '-c {c}(heyのデフォルト): 発表は -c を示していません。',
    concurrencyFromRecord: '{c}ワーカー: スライドの{stated}ではなく、記録が許す最小の数({feasible} のうち)。',
    memory: 'メモリ(発表では示されていません): 旧アーキテクチャでは ⌈{c} × メモリ ÷ 3,072MB⌉ 個のENI、1,024MBなら{at1024}個、128MBなら{at128}個。',
    usersUp: '{users}ユーザーを毎秒{perSecond}ずつ起動: {seconds}秒で全員がそろいます。',
    overLimit: '各ユーザーが同時に持てるリクエストは1件なので、処理中は最大{users}件。同時実行の上限{limit}を超えうるのは{over}件分です。',
    reachedLimit: '同時実行数は上限の{limit}に達していた: スロットリングが頻発した(スライド34)のは上限に達したときだけ起きるため。当日のグラフの数値は残っていません。',
    noWait: 'ユーザーのリクエストの間に待ち時間なし。当時のLocustの既定の待ち{wait}秒なら、各ユーザーが処理中なのは {busy} ÷ ({busy} + {wait}) の時間だけで、処理中は約{inFlight}件と上限{limit}を下回り、スロットリングはほとんど起きないはずです。スロットリングが頻発したことは、待ちが短いかないことを示唆します。',
    errorReturn: 'スロットリングされたリクエストは{errorSeconds}秒で返る: 上限を超えた{over}ユーザーがすぐ再送するので、毎秒約{throttles}件のスロットリングになります(スライド36の縦軸はこの仮定から)。',
  },
};

export type ProofStrings = typeof proofsJa;
