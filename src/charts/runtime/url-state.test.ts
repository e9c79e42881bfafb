import { describe, expect, it } from 'vitest';
import { urlState, whole } from './url-state';

const state = urlState({
  preset: { values: ['a', 'b'] as const, default: 'a' },
  clients: { key: 'c', ...whole({ min: 1, max: 3000 }) },
  memory: whole({ min: 128, max: 3008 }, 128),
  account: { ...whole({ min: 1, max: 10_000 }, 1000), omitWhen: 1000 },
  rate: { key: 'r', min: 0.1, max: 1000, omitWhen: 5 },
});

describe('a chart’s state in its URL', () => {
  it('reads each field by its key, with its default where the URL has none', () => {
    expect(state.parse('?preset=b&c=800&memory=1024&r=2')).toEqual({ preset: 'b', clients: 800, memory: 1024, account: 1000, rate: 2 });
    expect(state.defaults).toEqual({ preset: 'a', memory: 128, account: 1000 });
    expect('clients' in state.defaults).toBe(false);
  });

  it('clamps numbers to their range, rounds whole ones, and falls back on what it cannot read', () => {
    expect(state.parse('c=-5&memory=64&account=2.6&r=0')).toMatchObject({ clients: 1, memory: 128, account: 3, rate: 0.1 });
    expect(state.parse('c=99999&memory=abc&account=&r=1e9')).toMatchObject({ clients: 3000, memory: 128, account: 1000, rate: 1000 });
    expect(state.parse('preset=nonsense').preset).toBe('a');
  });

  it('writes a query in the fields’ order, leaving out what is unset or at the value a field omits', () => {
    expect(state.query(state.defaults)).toBe('preset=a&memory=128');
    expect(state.query(state.parse('r=5&account=1000&c=10'))).toBe('preset=a&c=10&memory=128');
    const read = state.parse('account=3000&memory=512&preset=b&r=2');
    expect(state.parse(state.query(read))).toEqual(read);
    expect(state.keys).toEqual(['preset', 'c', 'memory', 'account', 'r']);
  });

  it('reads a form whose controls are named as the state is', () => {
    const form = new URLSearchParams({ clients: '20', memory: '3008', c: '1' });
    expect(state.parse(form, 'name')).toMatchObject({ clients: 20, memory: 3008 });
  });

  it('continues another query, so that two field lists share one URL', () => {
    const params = new URLSearchParams('x=1');
    expect(state.query({ preset: 'b', memory: 256, account: 1000 }, params)).toBe('x=1&preset=b&memory=256');
  });
});
