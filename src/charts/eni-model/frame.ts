/**
 * The ENI model's recipe, written once for the page, the static image and the browser: run the
 * models under a scenario, take the end they rest at, and for any moment lay out a panel,
 * describe it and draw it.
 */
import { coldStartTimeline, coldStartsAt, sampleAt, simulate, type ColdStartTimeline, type ModelRun, type ModelSample, type NetworkModel } from '../../lib/eni-model.ts';
import { fill } from '../../i18n/format.ts';
import type { Strings } from '../../i18n/strings.ts';
import { eniModelFrame, type PanelWords } from './layout.ts';
import { eniModelPanelParts, eniModelPanelSvg, panelDescription, readoutWords, type ReadoutWords } from './marks.ts';
import { scenarioModel, type Scenario } from './scenario.ts';

export interface PanelRun {
  run: ModelRun;
  coldStarts: ColdStartTimeline;
}

export interface ScenarioRuns {
  panels: PanelRun[];
  /** Where every panel rests: the end of the longer run, so that no panel stops before the other. */
  endSeconds: number;
}

export function runScenario(scenario: Scenario, models: readonly NetworkModel[]): ScenarioRuns {
  const { profile, parameters } = scenarioModel(scenario);
  const panels = models.map((model) => {
    const run = simulate(model, profile, parameters);
    return { run, coldStarts: coldStartTimeline(run) };
  });
  return { panels, endSeconds: Math.max(...panels.map(({ run }) => run.summary.endSeconds)) };
}

export interface PanelFrameWords {
  panel: PanelWords;
  readout: ReadoutWords;
}

/** A panel's words from an edition's dictionary (the build passes them on to the browser). */
export const panelFrameWords = (strings: Strings): PanelFrameWords => ({ panel: strings.eniModel.panel, readout: readoutWords(strings) });

/** A panel's accessible name, its <title>. (The browser keeps the one the build wrote, rather than carry the words.) */
export const panelTitle = (strings: Strings, model: NetworkModel): string => fill(strings.eniModel.panelLabel, { title: strings.eniModel.titles[model] });

export interface PanelFrame {
  sample: ModelSample;
  coldStarts: { p50: number; max: number };
  /** The panel's numbers in words: its <desc>. */
  desc: string;
  /** The panel's SVG element by element (what the browser writes frame by frame), and whole (what the build places). */
  parts: string[];
  readonly markup: string;
}

export function panelFrame({ run, coldStarts }: PanelRun, t: number, words: PanelFrameWords, title: string): PanelFrame {
  const sample = sampleAt(run, t);
  const frame = eniModelFrame(run.model, run.parameters, run.profile.clientStarts.length, sample, t, words.panel);
  const coldStartsNow = coldStartsAt(coldStarts, t);
  const desc = panelDescription(sample, run.parameters, coldStartsNow, words.readout);
  const parts = eniModelPanelParts(frame, { title, desc });
  return {
    sample,
    coldStarts: coldStartsNow,
    desc,
    parts,
    // Joined only when asked for: a frame in the browser never needs the whole.
    get markup() {
      return eniModelPanelSvg(run.model, parts);
    },
  };
}
