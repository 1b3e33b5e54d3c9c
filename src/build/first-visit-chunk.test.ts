import { describe, expect, it } from 'vitest';
// Specs for the first-visit chunk rule, on a small module graph.
import { firstVisitChunk } from './first-visit-chunk.ts';

// main.ts → (dynamic) start.tsx → app.tsx → react; main.ts → page-mode.ts; start.tsx → page-mode.ts;
// app.tsx → (dynamic) present-page.tsx → react, qr.ts
const importers: Record<string, string[]> = {
  '/p/src/app/main.ts': [],
  '/p/src/app/start.tsx': [],
  '/p/src/app/app.tsx': ['/p/src/app/start.tsx'],
  '/p/node_modules/react/index.js': ['/p/src/app/app.tsx', '/p/src/present/present-page.tsx'],
  '/p/src/app/page-mode.ts': ['/p/src/app/main.ts', '/p/src/app/start.tsx'],
  '/p/src/present/present-page.tsx': [],
  '/p/src/present/qr.ts': ['/p/src/present/present-page.tsx'],
};
const ctx = { getModuleInfo: (id: string) => (id in importers ? { importers: importers[id]! } : null) };

describe('first-visit chunk', () => {
  it('takes the start and what it imports, however deep, even where a lazy chunk imports it too', () => {
    expect(firstVisitChunk('/p/src/app/start.tsx', ctx)).toBe('start');
    expect(firstVisitChunk('/p/src/app/app.tsx', ctx)).toBe('start');
    expect(firstVisitChunk('/p/node_modules/react/index.js', ctx)).toBe('start');
  });
  it('leaves what the entry imports itself with the entry', () => {
    expect(firstVisitChunk('/p/src/app/page-mode.ts', ctx)).toBeNull();
    expect(firstVisitChunk('/p/src/app/main.ts', ctx)).toBeNull();
  });
  it('leaves lazily loaded code to its own chunks', () => {
    expect(firstVisitChunk('/p/src/present/present-page.tsx', ctx)).toBeNull();
    expect(firstVisitChunk('/p/src/present/qr.ts', ctx)).toBeNull();
  });
});
