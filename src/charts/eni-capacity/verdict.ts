import type { CapacityResult } from '../../lib/eni-capacity.ts';

/** The calculator's conclusion in words: which limit comes first, at what concurrency. */
export function verdictText(result: CapacityResult): string {
  const limit = result.firstLimit === 'subnet' ? 'サブネットのIPアドレス' : 'ENIの上限';
  const at = result.firstLimitConcurrency.toLocaleString('en-US');
  return result.exceeded
    ? `足りません: 先に尽きるのは${limit}で、同時実行数 ${at} を超えるとENIを作れず、呼び出しがエラーになります。`
    : `収まります。先に尽きるのは${limit}で、同時実行数 ${at} まで。`;
}
