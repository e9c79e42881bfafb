import { describe, expect, it } from 'vitest';
// The modules as the build reads them (Vite's resolution, as Deck.astro imports them).
import core from 'reveal.js?raw';
import notes from 'reveal.js/plugin/notes?raw';
import search from 'reveal.js/plugin/search?raw';
import { inlineIn, printViewStyles, revealInline, searchInline, speakerViewInline, stringLiteralValue } from './reveal-inline.ts';
import { stage } from './stage.ts';

const reveal = { core, notes, search };

describe('what reveal.js writes inline, for the deck’s policy', () => {
  it('reads a double-quoted string literal as the engine does', () => {
    expect(stringLiteralValue(String.raw`"a\"b\\c\n\t<\/script>\xA0\u00e9\u{1F600}"`)).toBe('a"b\\c\n\t</script>\u00a0é😀');
    expect(() => stringLiteralValue("'single'")).toThrow();
  });

  it('finds the scripts, styles and style attributes in markup', () => {
    expect(inlineIn('<style>p{}</style><p style="a: b"></p><script>x()</script><q style="a: b"></q>')).toEqual({ scripts: ['x()'], styles: ['p{}'], styleAttributes: ['a: b'] });
  });

  it('reads the speaker view from the installed notes plugin: one style, one script, its two hidden pacing lines', () => {
    const view = speakerViewInline(reveal.notes);
    expect(view.styles[0]).toContain('#speaker-controls');
    expect(view.scripts[0]).toContain("namespace: 'reveal-notes'");
    expect(view.scripts[0]).not.toContain('<\\/script>');
    expect(view.styleAttributes).toEqual(['display: none']);
  });

  it('reads the search box’s one style attribute from the installed search plugin', () => {
    expect(searchInline(reveal.search)).toEqual({ scripts: [], styles: [], styleAttributes: ['vertical-align: top;'] });
  });

  it('writes the print view’s two styles as the installed reveal.js does, for the deck’s stage', () => {
    const [page, media] = printViewStyles(stage);
    expect(page).toBe('@page{size:1280px 720px; margin: 0px;}');
    expect(media).toBe('.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: 1280px; max-height:720px}');
    // reveal's source, its variables put back as the numbers this stage gives them.
    const calls = [...reveal.core.matchAll(/\bl\(("@page[^)]*|"\.reveal section>img[^)]*)\)/g)].map((match) => match[1]!);
    const filled = calls.map((call) => call.replace(/" \+ ([a-z]) \+ "/g, (_, name: string) => ({ o: '1280', s: '720', c: '1280', u: '720' })[name] ?? `?${name}?`).replace(/^"|"$/g, ''));
    expect(filled).toEqual([page, media]);
  });

  it('fails loudly when a plugin no longer writes its markup where it is read', () => {
    expect(() => speakerViewInline('export default 1')).toThrow(/notes plugin/);
    expect(() => searchInline('export default 1')).toThrow(/search plugin/);
  });

  it('gathers everything for the deck', () => {
    const all = revealInline(reveal);
    expect(all.scripts).toHaveLength(1);
    expect(all.styles).toHaveLength(3);
    expect([...all.styleAttributes].sort()).toEqual(['display: none', 'vertical-align: top;']);
  });
});
