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

/**
 * The rooms a slide leaves a diagram (deck.css lays the slides out): under the title alone, under
 * the slide's bullets, or in the wide column beside them (slide 21), each no wider than its column
 * (the text column is 1152 px, slide 21's figure column 730). A diagram on a slide names its room
 * (`data-room`), and style.css keeps it no taller than the room: a rule per room, where a style
 * attribute would need the site's policy to allow those (src/security/csp.ts); room.test.ts
 * holds the two together.
 */
export const slideRooms = {
  full: { width: 1105, height: 430 },
  underText: { width: 1105, height: 310 },
  besideText: { width: 700, height: 390 },
} as const satisfies Record<string, SlideRoom>;

export type SlideRoomName = keyof typeof slideRooms;
