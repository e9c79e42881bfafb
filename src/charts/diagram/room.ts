/**
 * A diagram on a slide is laid out for the room the slide leaves it, at these sizes (deck
 * pixels, the deck being 1280×720): a back row reads 16 px (issue 15), and the labels stand a
 * step above their notes.
 */
export const slideText = { fontSize: 18, noteSize: 16 } as const;

export interface SlideRoom {
  width: number;
  height: number;
}
