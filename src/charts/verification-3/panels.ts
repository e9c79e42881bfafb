/**
 * Verification 3's workload through the ENI model, as the panels the page and the static image
 * draw: the run, each panel's layout and words, and the numbers every five seconds.
 */
import { defaultParameters, loadPreset, simulate, type LoadProfile, type ModelRun } from '../../lib/eni-model.ts';
import { fill, type Strings } from '../../i18n/strings.ts';
import { smooth, verification3Layout, verification3Series, type PanelLayout, type Verification3Panel } from './layout.ts';
import type { Verification3Text } from './marks.ts';

export const duration = 60;
export const allPanels: Verification3Panel[] = ['concurrency', 'throttles', 'latency'];

let simulated: { profile: LoadProfile; run: ModelRun } | undefined;

/** The model's run of the workload: one simulation, shared by every drawing of it. */
export function verification3Run() {
  const profile = loadPreset('verification-3');
  return (simulated ??= { profile, run: simulate('after', profile) });
}

export function verification3Panels(words: Strings, panels = allPanels, size: { width: number; height: number; fontSize?: number } = { width: 600, height: 200 }): { layout: PanelLayout; text: Verification3Text }[] {
  const t = words.verification3;
  const { profile, run } = verification3Run();
  const meta: Record<Verification3Panel, { title: string; reference?: number; referenceLabel?: string }> = {
    concurrency: { title: t.panels.concurrency.title, reference: defaultParameters.accountConcurrency, referenceLabel: t.panels.concurrency.reference },
    throttles: { title: t.panels.throttles.title },
    latency: { title: t.panels.latency.title, reference: profile.functionSleepSeconds, referenceLabel: t.panels.latency.reference },
  };
  return panels.map((panel) => {
    // Half-second steps keep Locust's hatching visible without a point per sample.
    const points = smooth(verification3Series(run.samples, panel, duration), panel === 'concurrency' ? 0.5 : 1);
    const layout = verification3Layout(points, panel, { ...size, duration, reference: meta[panel].reference });
    return { layout, text: { name: fill(t.modelSuffix, { title: meta[panel].title }), title: meta[panel].title, elapsed: t.elapsed, referenceLabel: meta[panel].referenceLabel } };
  });
}

/** The three series every five seconds: the chart's numbers as a table. */
export function verification3Table() {
  const { run } = verification3Run();
  const series = Object.fromEntries(allPanels.map((panel) => [panel, smooth(verification3Series(run.samples, panel, duration), 5)])) as Record<Verification3Panel, ReturnType<typeof smooth>>;
  return series.concurrency.map((point, i) => ({
    t: point.t,
    concurrency: point.value,
    throttles: series.throttles[i]?.value ?? 0,
    latency: series.latency[i]?.value ?? 0,
  }));
}
