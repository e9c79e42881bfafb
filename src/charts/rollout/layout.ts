/**
 * The Hyperplane rollout (slide 22) on a time axis. The autumn of 2019 is crowded and 2020 is
 * sparse, so the whole rollout's axis has two scales with a marked break between them; the axis
 * up to the talk alone needs one. Labels take the first free lane (above or below the axis when
 * wide, pushed down the page when tall).
 */
import { scaleUtc } from 'd3-scale';
import { textWidth, wrapText } from '../../lib/text-measure.ts';

export type RolloutKind = 'announce' | 'region' | 'note' | 'talk';

export interface RolloutEvent {
  date: string;
  kind: RolloutKind;
  text: string;
}

export interface RolloutOptions {
  orientation: 'wide' | 'tall';
  /** Width of the drawing (wide) or of the column (tall), in viewBox units. */
  width: number;
  fontSize: number;
  labelWidth: number;
  /** An event's date (YYYY-MM-DD) as the edition writes it. */
  formatDate: (isoDate: string) => string;
  formatTick: (date: Date, withYear: boolean) => string;
  /** The span of time drawn: the whole rollout unless told. */
  axis?: RolloutAxis;
}

/** The dates an axis spans (two: one scale; four: two scales either side of a break) and its ticks, as YYYY-MM-DD. */
export interface RolloutAxis {
  domain: string[];
  ticks: string[];
}

/** The whole rollout, to China in August 2020: the quiet winter between the scales is cut short. */
export const fullAxis: RolloutAxis = {
  domain: ['2019-08-26', '2019-12-08', '2020-03-01', '2020-08-31'],
  ticks: ['2019-09-01', '2019-10-01', '2019-11-01', '2019-12-01', '2020-03-01', '2020-06-01'],
};

/** As it stood on the talk's day: the axis ends a few days after it, with no month beyond it named. */
export const talkDayAxis: RolloutAxis = {
  domain: ['2019-08-26', '2019-10-31'],
  ticks: ['2019-09-01', '2019-10-01'],
};

export interface RolloutLabel {
  event: RolloutEvent;
  /** Where the event sits on the axis. */
  at: { x: number; y: number };
  x: number;
  y: number;
  anchor: 'start' | 'middle';
  dateLine: string;
  lines: string[];
  width: number;
  height: number;
  leader: { x1: number; y1: number; x2: number; y2: number };
}

export interface RolloutLayout {
  width: number;
  height: number;
  /** The axis: one line, or two either side of the break. */
  segments: { x1: number; y1: number; x2: number; y2: number }[];
  /** Where the scale changes, on an axis with two. */
  breakAt?: { x: number; y: number };
  ticks: { x: number; y: number; label: string }[];
  labels: RolloutLabel[];
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The axis's time scale from `start` to `end`, and the gap its break leaves: with two scales the
 * first ends at 72% of the drawing's `extent` and the second begins at 77%.
 */
function timeScale(axis: RolloutAxis, start: number, end: number, extent: number) {
  const domain = axis.domain.map(utc);
  const broken = domain.length === 4;
  const scale = scaleUtc().domain(domain).range(broken ? [start, extent * 0.72, extent * 0.77, end] : [start, end]);
  return { scale, gap: broken ? ([scale(domain[1]!), scale(domain[2]!)] as const) : undefined };
}

/** Ticks name the year on the first and wherever it turns. */
function ticksOf(axis: RolloutAxis, formatTick: RolloutOptions['formatTick']) {
  const dates = axis.ticks.map(utc);
  return dates.map((date, i) => ({ date, label: formatTick(date, i === 0 || date.getUTCFullYear() !== dates[i - 1]!.getUTCFullYear()) }));
}

export function rolloutLayout(events: RolloutEvent[], options: RolloutOptions): RolloutLayout {
  const { fontSize: size, labelWidth } = options;
  const lineHeight = size * 1.25;
  const blocks = events.map((event) => {
    const lines = wrapText(event.text, labelWidth, size);
    const dateLine = options.formatDate(event.date);
    const width = Math.max(textWidth(dateLine, size), ...lines.map((line) => textWidth(line, size)));
    return { event, lines, dateLine, width, height: (lines.length + 1) * lineHeight };
  });
  return options.orientation === 'wide' ? wide(blocks, options) : tall(blocks, options);
}

type Block = { event: RolloutEvent; lines: string[]; dateLine: string; width: number; height: number };

function wide(blocks: Block[], options: RolloutOptions): RolloutLayout {
  const { width, fontSize: size } = options;
  const margin = size;
  const axis = options.axis ?? fullAxis;
  const { scale, gap: breakGap } = timeScale(axis, margin, width - margin, width);
  const gap = size * 0.8;
  // Lanes alternate above and below the axis, nearest first.
  type Lane = { side: -1 | 1; level: number; right: number; height: number; spans: [number, number][] };
  const lanes: Lane[] = [];
  for (let level = 0; level < 6; level += 1) for (const side of [-1, 1] as const) lanes.push({ side, level, right: -Infinity, height: 0, spans: [] });
  // A lane is free if the label fits after the lane's last one and its leader line, running to the
  // axis, crosses no label in a lane nearer the axis.
  const crossesNearer = (lane: Lane, x: number) =>
    lanes.some((other) => other.side === lane.side && other.level < lane.level && other.spans.some(([a, b]) => x >= a - 4 && x <= b + 4));
  const placed = blocks.map((block) => {
    const x = scale(utc(block.event.date));
    const left = Math.min(Math.max(x - block.width / 2, 0), width - block.width);
    const lane = lanes.find((candidate) => left >= candidate.right + gap && !crossesNearer(candidate, x)) ?? lanes[lanes.length - 1];
    lane.right = left + block.width;
    lane.height = Math.max(lane.height, block.height);
    lane.spans.push([left, left + block.width]);
    return { block, x, left, lane };
  });
  const stack = (side: -1 | 1, level: number) =>
    lanes
      .filter((lane) => lane.side === side && lane.level < level && lane.height > 0)
      .reduce((sum, lane) => sum + lane.height + gap, 0);
  const above = stack(-1, 99);
  const below = stack(1, 99);
  const axisGap = size * 2.6; // room for the month ticks under the axis
  const axisY = above + size;
  const labels = placed.map(({ block, x, left, lane }): RolloutLabel => {
    const top = lane.side === -1 ? axisY - size - stack(-1, lane.level) - lane.height : axisY + axisGap + stack(1, lane.level);
    const anchorX = Math.min(Math.max(x, left + size * 0.3), left + block.width - size * 0.3);
    return {
      event: block.event,
      at: { x, y: axisY },
      x: left,
      y: top + size,
      anchor: 'start',
      dateLine: block.dateLine,
      lines: block.lines,
      width: block.width,
      height: block.height,
      leader: lane.side === -1
        ? { x1: x, y1: axisY, x2: anchorX, y2: top + block.height + size * 0.15 }
        : { x1: x, y1: axisY, x2: anchorX, y2: top - size * 0.1 },
    };
  });
  return {
    width,
    height: axisY + axisGap + below + size * 0.5,
    segments: breakGap
      ? [
          { x1: 0, y1: axisY, x2: breakGap[0], y2: axisY },
          { x1: breakGap[1], y1: axisY, x2: width, y2: axisY },
        ]
      : [{ x1: 0, y1: axisY, x2: width, y2: axisY }],
    breakAt: breakGap && { x: (breakGap[0] + breakGap[1]) / 2, y: axisY },
    ticks: ticksOf(axis, options.formatTick).map(({ date, label }) => ({ x: scale(date), y: axisY + size * 1.4, label })),
    labels,
  };
}

function tall(blocks: Block[], options: RolloutOptions): RolloutLayout {
  const { width, fontSize: size } = options;
  const axisX = size * 6.4;
  const length = blocks.reduce((sum, block) => sum + block.height + size, 0) * 0.9;
  const axis = options.axis ?? fullAxis;
  const { scale, gap: breakGap } = timeScale(axis, size, length, length);
  const labelX = axisX + size * 1.6;
  let bottom = -Infinity;
  const labels = blocks.map((block): RolloutLabel => {
    const y = scale(utc(block.event.date));
    const top = Math.max(y - size * 0.6, bottom + size * 0.6);
    bottom = top + block.height;
    return {
      event: block.event,
      at: { x: axisX, y },
      x: labelX,
      y: top + size,
      anchor: 'start',
      dateLine: block.dateLine,
      lines: block.lines,
      width: Math.min(block.width, width - labelX),
      height: block.height,
      leader: { x1: axisX, y1: y, x2: labelX - size * 0.3, y2: top + size * 0.6 },
    };
  });
  const end = Math.max(length, bottom) + size;
  return {
    width,
    height: end,
    segments: breakGap
      ? [
          { x1: axisX, y1: 0, x2: axisX, y2: breakGap[0] },
          { x1: axisX, y1: breakGap[1], x2: axisX, y2: end },
        ]
      : [{ x1: axisX, y1: 0, x2: axisX, y2: end }],
    breakAt: breakGap && { x: axisX, y: (breakGap[0] + breakGap[1]) / 2 },
    ticks: ticksOf(axis, options.formatTick).map(({ date, label }) => ({ x: axisX - size * 0.6, y: scale(date) + size * 0.35, label })),
    labels,
  };
}
