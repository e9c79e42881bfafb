/**
 * Play and pause for the animated charts: the play button's state, and a frame clock (d3-timer)
 * that moves the chart's time on by the wall-clock time elapsed × the chosen speed, until the end.
 */
import { timer, type Timer } from 'd3-timer';

export interface PlaybackOptions {
  button: HTMLButtonElement;
  /** The chart's current time and its end, in seconds of the run. */
  time: () => number;
  end: () => number;
  setTime: (seconds: number) => void;
  speed: () => number;
  /** Called when playback stops, by the user or at the end. */
  onPause?: () => void;
  /** performance.measure name for each frame's work, for `npm run bench`. */
  measure?: string;
}

export interface Playback {
  readonly playing: boolean;
  play(): void;
  pause(): void;
  toggle(): void;
}

export function playback(options: PlaybackOptions): Playback {
  // The page wrote the button's two labels in its own language, both in it: one is shown, the
  // other keeps its room (runtime/style.css), so the button keeps one width as it turns.
  const labels = [...options.button.querySelectorAll<HTMLElement>('[data-label]')];
  let clock: Timer | undefined;
  let playing = false;
  let last = 0;

  const show = (on: boolean) => {
    // The label says what the button does next; a toggle's aria-pressed would contradict it.
    options.button.dataset.playing = String(on);
    for (const label of labels) label.setAttribute('aria-hidden', String(label.dataset.label !== (on ? 'pause' : 'play')));
  };

  const control: Playback = {
    get playing() {
      return playing;
    },
    play() {
      // At (or within a slider step of) the end, play starts over.
      if (options.time() >= options.end() - 0.001) options.setTime(0);
      playing = true;
      show(true);
      last = performance.now();
      clock?.stop();
      clock = timer(() => {
        const frameStart = performance.now();
        const next = options.time() + ((frameStart - last) / 1000) * options.speed();
        last = frameStart;
        options.setTime(Math.min(next, options.end()));
        // Frame timings are kept only when `npm run bench` asks for them.
        if (options.measure && (globalThis as { measureChartFrames?: boolean }).measureChartFrames) {
          performance.measure(options.measure, { start: frameStart, end: performance.now() });
        }
        if (next >= options.end()) control.pause();
      });
    },
    pause() {
      playing = false;
      clock?.stop();
      show(false);
      options.onPause?.();
    },
    toggle() {
      if (playing) control.pause();
      else control.play();
    },
  };
  return control;
}
