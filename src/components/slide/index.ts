/** The components a slide's MDX may use without importing them. */
import Agenda from './Agenda.astro';
import Figure from './Figure.astro';
import Flow from './Flow.astro';
import HeyOutput from './HeyOutput.astro';
import Notes from './Notes.astro';
import RunCompare from './RunCompare.astro';
import RunReplay from './RunReplay.astro';

export const slideComponents = { Agenda, Figure, Flow, HeyOutput, Notes, RunCompare, RunReplay };
