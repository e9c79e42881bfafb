/**
 * What a chart's folder declares about itself (`src/charts/<id>/index.ts`): its charts, the
 * components a slide's MDX uses to show them, and whose styles it wears besides its own
 * `style.css`. The registry reads every folder through this one shape, so a chart is its folder
 * and one line in the registry's order, and the deck's and the reading page's component maps are
 * derived from the folders (components/slide, components/deck), never listed by hand.
 */
import type { ChartContext, DeclaredChart } from './chart.ts';

/** An Astro component as a map of MDX components holds it. */
// Astro components take any props; each is checked where it is used (its MDX, drawnBy).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SlideComponent = (props: any) => unknown;

/** Shared sheets a folder may wear: another folder's `style.css`, or the player's (`runtime/style.css`). */
export type SheetName = 'runtime' | ChartFolderId;

export interface ChartFolder {
  /** The charts it adds to the registry (and so to /embed/ and the gallery). */
  charts: (context: ChartContext) => DeclaredChart[];
  /** Sheets its charts need besides `base.css` and their own `style.css`, in cascade order. */
  uses?: readonly SheetName[];
  /** The components a slide's MDX may use to show its charts, by the name the MDX writes. */
  slide?: Record<string, SlideComponent>;
  /** The deck's own forms of some of those (a deck is always 1280×720, so no phone drawings). */
  deck?: Record<string, SlideComponent>;
  /** The reading page's own forms of some of those, where its first load asks for less. */
  read?: Record<string, SlideComponent>;
}

/**
 * Declares a chart folder. A deck or reading form must be the form of one of the folder's slide components:
 * a name the slides do not use fails `astro check`.
 */
export function defineChartFolder<const Slide extends Record<string, SlideComponent>>(
  folder: Omit<ChartFolder, 'slide' | 'deck' | 'read'> & { slide?: Slide; deck?: Partial<Record<keyof Slide, SlideComponent>>; read?: Partial<Record<keyof Slide, SlideComponent>> },
): ChartFolder {
  return folder as ChartFolder;
}

/** The folders, in the gallery's order: adding a chart is its folder and its name here (one a line). */
export const chartFolderIds = [
  'histogram',
  'replay',
  'eni-capacity',
  'eni-model',
  'your-function',
  'request-path',
  'verification-3',
  'rdb-connections',
  'db-surge',
  'rollout',
  'predict',
  'diagram',
] as const;
export type ChartFolderId = (typeof chartFolderIds)[number];
