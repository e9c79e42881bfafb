/** Slide 16's staircase: RDB instance size and cost against the real connection count. */
import rdsJson from '../../../data/rds-mysql.json';
import { familySteps } from '../../lib/rdb.ts';
import { parseRdsData } from '../../lib/rds-data.ts';
import { drawnBy, sized, type DeclaredChart, type ChartContext } from '../chart.ts';
import { rdbDefaults, rdbLayout } from './layout.ts';
import { rdbMarks } from './marks.ts';
import RdbConnections from './RdbConnections.astro';


export function rdbCharts({ words }: ChartContext): DeclaredChart[] {
  return [
    {
      id: 'rdb-connections',
      title: words.embed.rdb,
      nature: 'model',
      slide: 16,
      data: [{ label: 'rds-mysql.json', path: '/data/rds-mysql.json' }],
      render: drawnBy(RdbConnections, {}),
      image: () => {
        const steps = familySteps(parseRdsData(rdsJson), rdbDefaults.family);
        const layout = rdbLayout({ steps, peak: rdbDefaults.peak, month: rdbDefaults.month, width: 720, height: 360 });
        const maxPeak = steps.at(-1)!.maxConnections;
        const markup = rdbMarks(layout, words.rdb, { id: 'static-rdb', className: 'rdb-wide', family: rdbDefaults.family, peak: rdbDefaults.peak, maxPeak });
        return { drawings: [{ markup: sized(markup, layout.width, layout.height), width: layout.width, height: layout.height }], classes: 'chart rdb-connections', notes: [`${words.rdb.badge}: ${words.rdb.note}`] };
      },
    },
  ];
}
