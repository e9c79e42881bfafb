/** The surge against the database (slide 40's commentary): a model beside AWS's figure for RDS Proxy. */
import { drawnBy, sized, type ChartContext, type DeclaredChart } from '../chart.ts';
import { surgeMarks } from './marks.ts';
import { proxyNote, surgeDrawing } from './surge.ts';
import DbSurge from './DbSurge.astro';

export function surgeCharts({ locale, words }: ChartContext): DeclaredChart[] {
  const t = words.surge;
  return [
    {
      id: 'db-surge',
      title: t.title,
      nature: 'model',
      slide: 40,
      data: [{ label: 'rds-mysql.json', path: '/data/rds-mysql.json' }],
      render: drawnBy(DbSurge, {}),
      // The file shows the since-2019 layer with the rest: it has no switch, and its notes say whose figure it is.
      image: () => {
        const layout = surgeDrawing();
        const markup = surgeMarks(layout, t, { id: 'static-surge', separator: words.charts.listSeparator });
        return {
          drawings: [{ markup: sized(markup, layout.width, layout.height), width: layout.width, height: layout.height }],
          classes: 'chart db-surge',
          notes: [`${t.badge}: ${t.note}`, `${proxyNote(locale)} ${t.proxy.source}`],
        };
      },
    },
  ];
}
