import { describe, expect, it } from 'vitest';
import { PriorityQueue } from './priority-queue';

describe('PriorityQueue', () => {
  it('gives items back smallest first', () => {
    const queue = new PriorityQueue<number>((a, b) => a < b);
    for (const n of [5, 1, 4, 1, 5, 9, 2, 6]) queue.push(n);
    const out: number[] = [];
    for (let n = queue.pop(); n !== undefined; n = queue.pop()) out.push(n);
    expect(out).toEqual([1, 1, 2, 4, 5, 5, 6, 9]);
  });

  it('breaks ties the way its comparator says, so runs repeat exactly', () => {
    const queue = new PriorityQueue<{ time: number; order: number }>((a, b) => a.time < b.time || (a.time === b.time && a.order < b.order));
    [3, 1, 3, 1, 3].forEach((time, order) => queue.push({ time, order }));
    expect(Array.from({ length: 5 }, () => queue.pop()!.order)).toEqual([1, 3, 0, 2, 4]);
    expect(queue.size).toBe(0);
    expect(queue.pop()).toBeUndefined();
  });
});
