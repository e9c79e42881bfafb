/**
 * Geometry of one request's path: two lanes (before and after Hyperplane) on a broken time axis,
 * seconds after the function is created or updated on the left and seconds after hey sent the
 * request on the right, each segment linear with its own scale. Pure: the path, the labels and a
 * size in, rectangles, ticks and placed text out.
 */
import { scaleLinear } from 'd3-scale';
import { answeredAt, lanes, type Lane, type RequestPath, type RequestStage } from '../../lib/request-path.ts';
import { textWidth, wrapText } from '../../lib/text-measure.ts';
import type { RequestPathLabels } from './text.ts';

export interface RequestPathSize {
  width: number;
  fontSize: number;
  /** How much of the width the left segment (create or update) takes, and the break after it. */
  deployWidth: number;
  gap: number;
  /** About how many ticks the request's segment gets. */
  ticks: number;
}

/** The reading page's column and an embed; a phone's column gets its own drawing. */
export const wideSize: RequestPathSize = { width: 640, fontSize: 12, deployWidth: 196, gap: 28, ticks: 7 };
export const narrowSize: RequestPathSize = { width: 340, fontSize: 12, deployWidth: 100, gap: 20, ticks: 3 };

export interface PlacedText {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** One stage of one lane as drawn: a bar, or a tick where the bar would be too thin to see. */
export interface StageMark {
  stage: RequestStage;
  /** Its place in the steps, from 1. */
  step: number;
  x: number;
  width: number;
  thin: boolean;
  /** Where the record allows the stage to end later (hatched), from x + width. */
  tail?: number;
  label?: PlacedText;
}

export interface LaneLayout {
  lane: Lane;
  title: PlacedText;
  barY: number;
  stages: StageMark[];
  /** When the answer came: the span the record allows, and its words. */
  answered: { x1: number; x2: number; label: PlacedText };
}

export interface AxisLayout {
  x1: number;
  x2: number;
  ticks: { x: number; label: string }[];
  title: PlacedText;
}

export interface RequestPathLayout {
  width: number;
  height: number;
  fontSize: number;
  barHeight: number;
  lanes: LaneLayout[];
  deploy: AxisLayout;
  request: AxisLayout;
  axisY: number;
}

// Whole units: on the request's axis a unit is a fifteenth of a second at most, finer than any split the record allows.
const round = Math.round;
/** Below this a bar is drawn as a tick: a stage of hundredths of a second on a 14 s axis. */
const thinWidth = 1.5;

/** The longest label that fits a room, or none. */
const fitting = (room: number, size: number, ...labels: string[]) => labels.find((label) => textWidth(label, size) + 8 <= room);

function scales(path: RequestPath, size: RequestPathSize) {
  const pending = path.stages.after[0]!.duration!;
  const deploy = scaleLinear().domain([0, pending.high]).range([6, size.deployWidth]);
  const latest = Math.max(...lanes.map((lane) => answeredAt(path.stages[lane]).high));
  const request = scaleLinear().domain([0, latest]).nice().range([size.deployWidth + size.gap, size.width - 8]);
  return { deploy, request, pending };
}

function laneLayout(path: RequestPath, lane: Lane, labels: RequestPathLabels, size: RequestPathSize, top: number, x: ReturnType<typeof scales>) {
  const { fontSize } = size;
  const lineHeight = Math.round(fontSize * 1.3);
  const titleLines = wrapText(labels.lanes[lane], size.width, fontSize);
  const title: PlacedText = { lines: titleLines, x: 0, y: top + fontSize, anchor: 'start' };
  const barY = top + fontSize + (titleLines.length - 1) * lineHeight + 6;
  const barHeight = Math.round(fontSize * 1.9);
  const middle = round(barY + barHeight / 2 + fontSize / 3);
  const stages = path.stages[lane].map((at, i): StageMark => {
    const step = i + 1;
    if (at.stage === 'deploy') {
      if (!at.duration) return { stage: at.stage, step, x: x.deploy(0), width: 0, thin: false, label: { lines: [labels.noEni], x: x.deploy(0), y: middle, anchor: 'start' } };
      const width = round(x.deploy(at.duration.low) - x.deploy(0));
      const text = fitting(width, fontSize, labels.pending.long, labels.pending.short);
      return { stage: at.stage, step, x: x.deploy(0), width, thin: false, tail: round(x.deploy(at.duration.high)), label: text ? { lines: [text], x: x.deploy(0) + 4, y: middle, anchor: 'start' } : undefined };
    }
    const from = round(x.request(at.start.low));
    const width = round(x.request(at.start.low + (at.duration?.low ?? 0)) - from);
    const text = at.stage === 'network' && lane === 'before' ? fitting(width, fontSize, labels.network.long, labels.network.short) : undefined;
    return { stage: at.stage, step, x: from, width, thin: width < thinWidth, label: text ? { lines: [text], x: from + 4, y: middle, anchor: 'start' } : undefined };
  });
  const span = answeredAt(path.stages[lane]);
  const [x1, x2] = [round(x.request(span.low)), round(x.request(span.high))];
  // The words go after the span where they fit, and end with it where they would run off.
  const fitsAfter = x1 + textWidth(labels.answered[lane], fontSize) <= size.width;
  const label: PlacedText = { lines: [labels.answered[lane]], x: fitsAfter ? x1 : x2, y: barY + barHeight + fontSize + 3, anchor: fitsAfter ? 'start' : 'end' };
  return { layout: { lane, title, barY, stages, answered: { x1, x2, label } }, bottom: label.y + 4, barHeight };
}

function axisLayout(x1: number, x2: number, ticks: { x: number; label: string }[], title: string, y: number, fontSize: number, anchor: 'start' | 'end'): AxisLayout {
  const lines = wrapText(title, x2 - x1 + 6, fontSize);
  return { x1, x2, ticks, title: { lines, x: anchor === 'start' ? x1 - 4 : x2 + 4, y, anchor } };
}

export function requestPathLayout(path: RequestPath, labels: RequestPathLabels, size: RequestPathSize = wideSize): RequestPathLayout {
  const x = scales(path, size);
  const { fontSize } = size;
  let top = 0;
  let barHeight = 0;
  const laneLayouts = lanes.map((lane) => {
    const placed = laneLayout(path, lane, labels, size, top, x);
    top = placed.bottom + 10;
    barHeight = placed.barHeight;
    return placed.layout;
  });
  const axisY = top;
  const tickY = axisY + fontSize + 5;
  const titleY = tickY + fontSize + 4;
  const [d1, d2] = x.deploy.range() as [number, number];
  const [r1, r2] = x.request.range() as [number, number];
  // The create-or-update segment is ticked where its sources put the Pending state's end: the least and the most.
  const deployTicks = [0, x.pending.low, x.pending.high].map((value) => ({ x: round(x.deploy(value)), label: String(value) }));
  const requestTicks = x.request.ticks(size.ticks).map((value) => ({ x: round(x.request(value)), label: String(value) }));
  const deploy = axisLayout(d1, d2, deployTicks, labels.axis.deploy, titleY, fontSize, 'start');
  const request = axisLayout(r1, r2, requestTicks, labels.axis.request, titleY, fontSize, 'end');
  const titleLines = Math.max(deploy.title.lines.length, request.title.lines.length);
  const height = Math.ceil(titleY + (titleLines - 1) * Math.round(fontSize * 1.3) + 5);
  return { width: size.width, height, fontSize, barHeight, lanes: laneLayouts, deploy, request, axisY };
}
