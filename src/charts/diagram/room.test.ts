import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slideRooms } from './room.ts';

const css = readFileSync(new URL('./style.css', import.meta.url), 'utf8');

describe('the rooms a slide leaves a diagram', () => {
  for (const [name, room] of Object.entries(slideRooms)) {
    it(`style.css keeps a diagram in the ${name} room no taller than its ${room.height} px`, () => {
      expect(css).toContain(`.diagram[data-room="${name}"] { --diagram-max-height: ${room.height}px; }`);
    });
  }

  it('style.css names no room that room.ts does not have', () => {
    const named = [...css.matchAll(/data-room="([^"]+)"/g)].map((match) => match[1]);
    expect(named.sort()).toEqual(Object.keys(slideRooms).sort());
  });
});
