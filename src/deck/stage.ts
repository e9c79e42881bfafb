/**
 * The deck's stage: reveal's `width`, `height` and `margin` (present.ts). The print view sizes its
 * pages from them, in styles the deck's policy allows by hash (reveal-inline.ts).
 */
export const stage = { width: 1280, height: 720, margin: 0 } as const;
