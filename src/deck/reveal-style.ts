/**
 * reveal.js's stylesheet as text (trimmed at build: src/deck/reveal-css.ts). The deck's code inserts
 * it as a `<style>` once reveal starts (present.ts), and the deck page allows that element by its
 * hash (Deck.astro): both import this one module, so the text hashed at build is the text inserted.
 */
import revealCssText from 'reveal.js/reveal.css?inline';

export const revealCss: string = revealCssText;
