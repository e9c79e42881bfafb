/**
 * The words of one request's path: each stage in each lane with its seconds, their nature and what
 * they rest on, and the drawing's labels, filled with the figures the records and sources give.
 * The page's list, the drawing and the static image all read them from here.
 */
import { count, dateIn, fill, type DateForms } from '../../i18n/format.ts';
import type { RequestPathStrings } from '../../i18n/request-path.ja.ts';
import { lanes, requestStages, type DurationNature, type Lane, type LaneStage, type RequestPath, type RequestStage, type Span } from '../../lib/request-path.ts';

export interface LaneText {
  lane: Lane;
  laneName: string;
  what: string;
  duration: string;
  nature: DurationNature;
  natureName: string;
  basis: string;
}

export interface StageText {
  stage: RequestStage;
  name: string;
  lanes: LaneText[];
}

/** What the drawing writes, each measured by the layout before it is placed. */
export interface RequestPathLabels {
  title: string;
  description: string;
  lanes: Record<Lane, string>;
  network: { long: string; short: string };
  pending: { long: string; short: string };
  noEni: string;
  answered: Record<Lane, string>;
  axis: { deploy: string; request: string };
}

// Whole seconds as they are (60–90); hundredths, or thousandths below a tenth, for the rest.
const digitsFor = (span: Span) => (Number.isInteger(span.low) && Number.isInteger(span.high) ? 0 : span.high < 0.1 ? 3 : 2);

/** Seconds, or a span of them, in the edition's words; `digits` keeps a record's own precision (hey's marks: 3). */
export function secondsIn(span: Span | undefined, t: RequestPathStrings, digits = span ? digitsFor(span) : 0): string {
  if (!span) return t.none;
  const [low, high] = [span.low.toFixed(digits), span.high.toFixed(digits)];
  return low === high ? fill(t.seconds, { value: low }) : fill(t.range, { low, high });
}

// A figure as its sentence gives it: hey's marks with their three decimals, fitted spans in hundredths, the rest as recorded.
function valueText(key: string, value: number): string {
  if (Number.isInteger(value)) return count(value);
  if (key === 'from' || key === 'to') return value.toFixed(3);
  if (key === 'low' || key === 'high') return value.toFixed(2);
  return String(value);
}

const valuesOf = (stage: LaneStage) => Object.fromEntries(Object.entries(stage.values).map(([key, value]) => [key, valueText(key, value)]));

export function stageTexts(path: RequestPath, t: RequestPathStrings): StageText[] {
  return requestStages.map((stage, i) => ({
    stage,
    name: t.stages[stage],
    lanes: lanes.map((lane) => {
      const at = path.stages[lane][i]!;
      const values = valuesOf(at);
      return {
        lane,
        laneName: t.laneShort[lane],
        what: fill(t.what[lane][stage], values),
        duration: secondsIn(at.duration, t),
        nature: at.nature,
        natureName: t.natures[at.nature],
        basis: fill(t.basis[at.basis], values),
      };
    }),
  }));
}

/** A stage of one lane, by name. */
const stageOf = (path: RequestPath, lane: Lane, stage: RequestStage) => path.stages[lane].find((at) => at.stage === stage)!;

export function pathLabels(path: RequestPath, t: RequestPathStrings, date: DateForms): RequestPathLabels {
  const answered = (lane: Lane) => secondsIn(path.totals[lane].answered, t, 3);
  const eni = secondsIn(stageOf(path, 'before', 'network').duration, t);
  const pending = secondsIn(stageOf(path, 'after', 'deploy').duration, t);
  const laneTitle = (lane: Lane) => fill(t.lanes[lane], { date: dateIn(path.totals[lane].date, date), slide: path.totals[lane].slide });
  return {
    title: t.title,
    description: fill(t.description, {
      beforeSlide: path.totals.before.slide,
      afterSlide: path.totals.after.slide,
      eni,
      beforeAnswered: answered('before'),
      pending,
      afterAnswered: answered('after'),
    }),
    lanes: { before: laneTitle('before'), after: laneTitle('after') },
    network: { long: fill(t.bars.network, { range: eni }), short: fill(t.bars.networkShort, { range: eni }) },
    pending: { long: fill(t.bars.pending, { range: pending }), short: t.bars.pendingShort },
    noEni: t.bars.noEni,
    answered: { before: fill(t.bars.answered, { range: answered('before') }), after: fill(t.bars.answered, { range: answered('after') }) },
    axis: t.axis,
  };
}
