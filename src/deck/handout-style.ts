/**
 * The handout's paper (`?print-pdf&handout`, handout.ts inserts it; Deck.astro allows this exact text
 * by its hash): A4 upright, 12 mm margins, the slide across the top at 186 mm (its 1,280 px zoomed
 * to 0.549), the script beneath at 11 pt. reveal's print view sizes its pages to the slide with
 * inline styles and an `@page` rule of its own, which these override.
 */
export const handoutCss = `
@page { size: A4 portrait !important; margin: 12mm !important; }
html.handout, html.handout body { width: auto !important; height: auto !important; background: #fff !important; }
html.handout .reveal .slides .pdf-page { width: 186mm; height: 272mm !important; overflow: hidden; background: #fff !important; break-after: page; }
html.handout .reveal .slides .pdf-page > section.slide { position: relative !important; left: 0 !important; top: 0 !important; zoom: 0.549; outline: 2px solid #999; }
html.handout .handout-script { margin-top: 6mm; font-family: var(--font-sans); font-size: 11pt; line-height: 1.65; color: #15171c; }
html.handout .handout-script h2 { display: flex; justify-content: space-between; margin: 0 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #999; font-size: 9pt; font-weight: 600; color: #444; }
html.handout .handout-script p { margin: 0 0 2.5mm; }
`;
