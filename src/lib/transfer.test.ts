import { describe, expect, it } from 'vitest';
import { formatKilobytes, resourceKind, summarizeTransfer } from './transfer';

describe('resourceKind', () => {
  it('sorts responses by their content type', () => {
    expect(resourceKind('text/html; charset=utf-8')).toBe('html');
    expect(resourceKind('text/javascript')).toBe('js');
    expect(resourceKind('application/javascript')).toBe('js');
    expect(resourceKind('text/css')).toBe('css');
    expect(resourceKind('font/woff2')).toBe('font');
    expect(resourceKind('image/svg+xml')).toBe('image');
    expect(resourceKind('application/json')).toBe('data');
  });

  it('recognises a font by its extension when the server sends no useful type', () => {
    expect(resourceKind('application/octet-stream', 'http://127.0.0.1/_astro/a.woff2')).toBe('font');
    expect(resourceKind('application/octet-stream', 'http://127.0.0.1/x.bin')).toBe('other');
  });
});

describe('summarizeTransfer', () => {
  it('adds up gzipped bytes per kind and in total', () => {
    const summary = summarizeTransfer([
      { url: '/deck/', contentType: 'text/html', gzipBytes: 14_000 },
      { url: '/a.js', contentType: 'text/javascript', gzipBytes: 50_000 },
      { url: '/b.js', contentType: 'text/javascript', gzipBytes: 2_000 },
      { url: '/a.css', contentType: 'text/css', gzipBytes: 13_000 },
    ]);
    expect(summary).toMatchObject({ html: 14_000, js: 52_000, css: 13_000, font: 0, total: 79_000, requests: 4 });
  });

  it('is all zeros for a page that loaded nothing', () => {
    expect(summarizeTransfer([]).total).toBe(0);
  });
});

describe('formatKilobytes', () => {
  it('writes kilobytes of 1,024 bytes with one decimal', () => {
    expect(formatKilobytes(92_160)).toBe('90.0 KB');
    expect(formatKilobytes(512)).toBe('0.5 KB');
  });
});
