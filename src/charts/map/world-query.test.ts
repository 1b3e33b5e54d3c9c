import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchWorld, worldQuery } from './world-query';

const file = readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8');

describe('world query', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the bundled world-atlas file and returns its countries near the map', async () => {
    const fetch = vi.fn(async () => new Response(file, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const countries = await fetchWorld();
    expect(String(fetch.mock.calls[0]?.at(0))).toMatch(/countries-110m.*\.json/);
    expect(countries.find((c) => c.id === '156')?.properties.name).toBe('China');
  });

  it('fails with the HTTP status when the file is missing', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    await expect(fetchWorld()).rejects.toThrow(/HTTP 404/);
  });

  it('never goes stale: the file is bundled and hashed', () => {
    expect(worldQuery.staleTime).toBe(Infinity);
  });
});
