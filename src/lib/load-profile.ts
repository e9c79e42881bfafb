/**
 * The load: closed-loop clients (each sends its next request when the last one returns, as hey's
 * workers and Locust's users with no wait do), started at given times, until a request budget is
 * spent or the run's time is up.
 */
export interface LoadProfile {
  id: string;
  /** When each client starts, in seconds. */
  clientStarts: number[];
  /** Requests in all (hey's -n); unlimited when undefined. */
  totalRequests?: number;
  /** The run stops sending new requests after this many seconds. */
  durationSeconds: number;
  functionSleepSeconds: number;
  /** How long a client waits after an error before its next request (hey and the talk's Locust: not at all). */
  errorBackoffSeconds: number;
}

export type PresetId = 'verification-1' | 'verification-2' | 'verification-3' | 'ramp';
export const presetIds: readonly PresetId[] = ['verification-1', 'verification-2', 'verification-3', 'ramp'];

/** The talk's three verifications and a steady ramp; `concurrency` overrides the preset's clients. */
export function loadPreset(id: PresetId, concurrency?: number): LoadProfile {
  switch (id) {
    case 'verification-1': {
      const clients = concurrency ?? 50;
      return { id, clientStarts: Array(clients).fill(0), totalRequests: 500, durationSeconds: 120, functionSleepSeconds: 0, errorBackoffSeconds: 0 };
    }
    case 'verification-2': {
      const clients = concurrency ?? 500;
      return { id, clientStarts: Array(clients).fill(0), totalRequests: 10_000, durationSeconds: 120, functionSleepSeconds: 2, errorBackoffSeconds: 0 };
    }
    case 'verification-3': {
      // Locust: 1,100 users hatched at 100 a second, against a function that sleeps 3 s.
      const users = concurrency ?? 1100;
      return {
        id,
        clientStarts: Array.from({ length: users }, (_, i) => Math.floor(i / 100)),
        durationSeconds: 60,
        functionSleepSeconds: 3,
        errorBackoffSeconds: 0,
      };
    }
    case 'ramp': {
      // A steady ramp over a minute; its clients wait a second after an error, as a polite client would.
      const clients = concurrency ?? 1000;
      return {
        id,
        clientStarts: Array.from({ length: clients }, (_, i) => (i / clients) * 60),
        durationSeconds: 90,
        functionSleepSeconds: 1,
        errorBackoffSeconds: 1,
      };
    }
  }
}
