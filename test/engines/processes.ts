/**
 * What the engines' processes are doing, read from /proc (no tool spawned to ask): for a journey
 * that ran out of time to say whether its browser was there, and whether its driver could reach it.
 */
import { readFileSync, readdirSync } from 'node:fs';

interface Running {
  pid: string;
  /** R running, S sleeping, D waiting on the disk, Z gone but not reaped… */
  state: string;
  seconds: number;
  environment: Map<string, string>;
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // gone meanwhile, or not ours to read
  }
};

/** The processes whose program is `program` (its path, as it was started). */
export function running(program: string): Running[] {
  const uptime = Number(read('/proc/uptime')?.split(' ')[0] ?? 0);
  const ticks = 100; // USER_HZ on Linux
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .flatMap((pid) => {
      const argv = read(`/proc/${pid}/cmdline`)?.split('\0').filter(Boolean);
      const stat = read(`/proc/${pid}/stat`);
      if (!argv || argv[0] !== program || !stat) return [];
      // Fields after the command's parenthesis: state is the first, start time the 20th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const environment = new Map((read(`/proc/${pid}/environ`) ?? '').split('\0').filter(Boolean).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as [string, string]));
      return [{ pid, state: fields[0]!, seconds: Math.round(uptime - Number(fields[19]) / ticks), environment }];
    });
}

const tcpStates: Record<string, string> = { '01': 'established', '02': 'syn-sent', '06': 'time-wait', '08': 'close-wait', '0A': 'listening' };

/** The TCP sockets with `port` at either end, as their state and local→remote ports ("established 44841→50584"). */
export function socketsOn(port: number): string[] {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  return (read('/proc/net/tcp') ?? '')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter(([, local, remote]) => local?.endsWith(`:${hex}`) || remote?.endsWith(`:${hex}`))
    .map(([, local, remote, state]) => `${tcpStates[state!] ?? state} ${parseInt(local!.split(':')[1]!, 16)}→${parseInt(remote!.split(':')[1]!, 16)}`);
}
