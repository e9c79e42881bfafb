/**
 * The talk clock's styles in the speaker view (speaker-clock.ts inserts them into the pop-up, which
 * takes the deck's policy: Deck.astro allows this exact text by its hash), with the layout for a
 * tablet held upright (768×1024): both previews side by side above the controls, the buttons a
 * finger's size (48 px), the notes at 21.6 px (reveal's 1.2em of 18 px). reveal's own speaker view has no such layout and
 * shrinks its controls to 12 px under 800 px.
 */
export const talkClockCss = `
.talk-clock { padding: 10px 16px 16px; border-bottom: 1px solid rgba(200, 200, 200, 0.5); margin-bottom: 10px; }
.talk-clock h4 { margin: 0; font-size: 0.66em; font-weight: normal; text-transform: uppercase; color: #666; }
.talk-clock-now { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 16px; }
.talk-clock-time { font-size: 1.9em; font-variant-numeric: tabular-nums; }
.talk-clock-time[data-paused] { color: #666; }
.talk-clock-pace { margin: 0; }
.talk-clock-pace[data-pace="ahead"] { color: #1d4ed8; }
.talk-clock-pace[data-pace="on-track"] { color: #15803d; }
.talk-clock-pace[data-pace="behind"] { color: #b91c1c; }
.talk-clock-buttons { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
.talk-clock-buttons button { min-height: 48px; min-width: 56px; padding: 0 14px; font: inherit; border: 1px solid #888; border-radius: 8px; background: #f4f4f4; color: #222; cursor: pointer; }
.talk-clock-buttons button[aria-pressed="true"] { background: #222; color: #fff; }
.talk-clock-buttons button:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
/* reveal's layout menu is an invisible select over its label, and takes its focus ring away. */
#speaker-layout:has(select:focus-visible) { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.talk-clock-sections table { border-collapse: collapse; font-size: 0.85em; font-variant-numeric: tabular-nums; }
.talk-clock-sections caption { text-align: left; color: #666; font-size: 0.8em; }
.talk-clock-sections :is(th, td) { padding: 2px 10px 2px 0; text-align: right; }
.talk-clock-sections :is(th, td):first-child { text-align: left; }
.talk-clock-sections tr[aria-current] { font-weight: bold; }
.talk-clock-sections td[data-over] { color: #b91c1c; }
.talk-clock-section { margin: 0; }
.talk-clock-said { margin: 0; }
.talk-clock-sections { padding: 10px 16px; border-top: 1px solid rgba(200, 200, 200, 0.5); }
@media screen and (max-width: 900px) and (orientation: portrait) {
  body[data-speaker-layout="default"] :is(#current-slide, #upcoming-slide) { top: 0; height: 28%; padding: 6px; }
  body[data-speaker-layout="default"] #current-slide { left: 0; width: 60%; }
  body[data-speaker-layout="default"] #upcoming-slide { left: 60%; width: 40%; }
  body[data-speaker-layout="default"] #speaker-controls { top: 28%; left: 0; width: 100%; height: 72%; font-size: 18px; }
}
`;
