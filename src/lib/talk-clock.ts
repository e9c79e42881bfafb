/**
 * The speaker view's talk clock (issue 31): time spoken, which a pause for questions stops, kept
 * per agenda section, and the pace against the agenda's minutes. Pure: every function takes the
 * time it is asked at (ms), so a paused clock, a section change and a reload are plain data.
 */

/** A clock as the speaker view keeps it (a JSON string in its window, so a reloaded deck reads it back). */
export interface TalkClock {
  /** Milliseconds spoken before `since`. */
  spoken: number;
  /** When the clock last started running (ms), or null while paused. */
  since: number | null;
  /** Milliseconds spoken in each agenda section (index 0: section 1), up to `since`. */
  used: number[];
  /** The section being spoken in (1-based). */
  section: number;
  /** The last section whose end has been said (0: none): a section ends once, however often the talk goes back to it. */
  said: number;
}

/** A clock from zero at `now`, in `section`, running unless `paused`. */
export function startClock(now: number, sections: number, section: number, paused = false): TalkClock {
  return { spoken: 0, since: paused ? null : now, used: Array.from({ length: sections }, () => 0), section, said: 0 };
}

/** Milliseconds spoken by `now`. */
export function spokenAt(clock: TalkClock, now: number): number {
  return clock.spoken + (clock.since === null ? 0 : Math.max(0, now - clock.since));
}

/** Milliseconds spoken in each section by `now`. */
export function usedAt(clock: TalkClock, now: number): number[] {
  const running = clock.since === null ? 0 : Math.max(0, now - clock.since);
  return clock.used.map((ms, i) => (i === clock.section - 1 ? ms + running : ms));
}

/** The clock with what ran until `now` booked, still running (or paused) from `now`. */
function booked(clock: TalkClock, now: number): TalkClock {
  if (clock.since === null) return clock;
  return { ...clock, spoken: spokenAt(clock, now), used: usedAt(clock, now), since: now };
}

/** Paused if running, running if paused. */
export function toggleClock(clock: TalkClock, now: number): TalkClock {
  const kept = booked(clock, now);
  return { ...kept, since: clock.since === null ? now : null };
}

/**
 * The clock in `section` from `now` on, and the section that has just ended, to be said: the one the
 * talk moved on from, the first time it moves past it (never on the way back, nor when it passes again).
 */
export function enterSection(clock: TalkClock, now: number, section: number): { clock: TalkClock; ended?: number } {
  if (section === clock.section) return { clock };
  const kept = { ...booked(clock, now), section };
  if (section < clock.section || clock.section <= clock.said) return { clock: kept };
  return { clock: { ...kept, said: clock.section }, ended: clock.section };
}

export type Pace = { kind: 'ahead' | 'on-track' | 'behind'; by: number };

/**
 * Where the talk stands against the agenda on the slide at `index`, `timings` being each slide's
 * seconds (the slides' data-timing): ahead while the slide's planned start is still to come, behind
 * once its planned end has passed (by how many ms), on track in between, as reveal's pacing has it.
 */
export function paceAt(spoken: number, timings: readonly number[], index: number): Pace {
  const start = timings.slice(0, index).reduce((sum, s) => sum + s, 0) * 1000;
  const end = start + (timings[index] ?? 0) * 1000;
  if (spoken > end) return { kind: 'behind', by: spoken - end };
  if (spoken < start) return { kind: 'ahead', by: start - spoken };
  return { kind: 'on-track', by: 0 };
}

/** `m:ss` (or `h:mm:ss`) of whole seconds, rounded down as a stopwatch counts. */
export function clockText(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** A clock read back from the speaker view, or null if it is not one (a stranger's or an older shape). */
export function readClock(text: string | undefined, sections: number): TalkClock | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<TalkClock>;
    const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
    if (!finite(value.spoken) || !(value.since === null || finite(value.since)) || !Number.isInteger(value.section) || !Number.isInteger(value.said)) return null;
    if (!Array.isArray(value.used) || value.used.length !== sections || !value.used.every(finite)) return null;
    if (value.section! < 1 || value.section! > sections || value.said! < 0 || value.said! > sections) return null;
    return value as TalkClock;
  } catch {
    return null;
  }
}
