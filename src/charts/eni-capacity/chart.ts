/** Slide 12's formula as a calculator, against the subnet's addresses and the region's ENI quota. */
import { count } from '../../i18n/format.ts';
import { eniCapacity } from '../../lib/eni-capacity.ts';
import { drawnBy, sized, type DeclaredChart, type ChartContext } from '../chart.ts';
import EniCapacity from './EniCapacity.astro';
import { capacityDefaults, capacityLayout } from './layout.ts';
import { capacityMarks } from './marks.ts';
import { capacityInput } from './input.ts';
import { capacityFormula, formulaTerms, verdictText } from './verdict.ts';


export function capacityCharts({ words }: ChartContext): DeclaredChart[] {
  const t = words.capacity;
  return [
    {
      id: 'eni-capacity',
      title: words.embed.capacity,
      nature: 'calculation',
      slide: 12,
      data: [],
      query: [...capacityInput.keys],
      render: drawnBy(EniCapacity, {}),
      image: () => {
        const input = capacityDefaults;
        const result = eniCapacity(input);
        const layout = capacityLayout(result, { subnet: t.subnetIps, quota: t.quotaShort });
        const verdict = verdictText(result, t);
        const formula = `${capacityFormula} = ${formulaTerms(input)} = ${count(result.enisNeeded)} ENI`;
        return {
          drawings: [{ markup: sized(capacityMarks(layout, { title: t.form, desc: verdict }), layout.width, layout.height), width: layout.width, height: layout.height }],
          classes: 'chart eni-capacity',
          notes: [formula, verdict],
        };
      },
    },
  ];
}
