/** The accessibility statement (/en/accessibility/), in English (same shape as accessibility.ja.ts). */
import type { AccessibilityStrings } from './accessibility.ja.ts';

export const accessibilityEn: AccessibilityStrings = {
  link: 'Accessibility',
  title: 'Accessibility statement — {talk}',
  description: "This site's accessibility: the standard it aims at, what it covers, how it is tested, and what is known not to conform.",
  heading: 'Accessibility statement',
  standardHeading: 'Standard',
  standard:
    'This site aims to conform to WCAG 2.2 level AA. No conformance is claimed yet: it is tested as described here, a criterion-by-criterion report has not been published, and some parts are known not to conform (listed below).',
  scopeHeading: 'Scope',
  scope: [
    'The home page, the slides (/deck/) with their print view and handouts, the reading page (/read/), the charts to embed and their gallery (/embed/), and the page that reads your hey results (/import/), in Japanese and in English.',
    'Not covered: other sites the pages link to, such as Speaker Deck, where the original slides are published.',
  ],
  testedHeading: 'How it is tested',
  tested: [
    'Automated checks with axe-core: every page in light and dark, each of the {n} slides with its steps shown (every rule in light, colour contrast in dark), and the speaker view’s talk clock. No violations.',
    'Keyboard: moving through the deck, Tab order (it never leaves the slide shown), the charts’ sliders and players, and the speaker view’s talk clock (W, and its buttons with Space), all with the keyboard alone.',
    'Screen readers: that a slide change is announced once, as the slide’s name, and that every chart has a description with its numbers, checked by the text a screen reader is given. Not yet checked by a person with a screen reader.',
    'Text size: on slides at 1280×720 every text is 16 px or more (source notes 13 px or more).',
    'Motion: with “reduce motion” set, charts do not animate and show their final state.',
    'Browsers: the main tasks are tested in Chromium, Firefox ESR and WebKit (WebKitGTK).',
  ],
  knownHeading: 'Known issues',
  known: [
    'The slides are scaled to the window and do not reflow on narrow screens (success criterion 1.4.10). The reading page has the same slides, script and charts, and reflows.',
    'The speaker view is reveal.js’s own: its headings (Upcoming, Notes, Layout) are in English in the Japanese edition too, and only its talk clock (this site’s) is checked with axe. The handout is checked for its pages and contents, not with axe.',
    'The hey reports are monospaced text as recorded, with their histogram bars drawn as rows of “■”. The chart beside each has the same numbers, in its table too.',
  ],
  updated: 'Updated {date}',
};
