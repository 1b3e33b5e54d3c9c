import { describe, expect, it } from 'vitest';
import { testSite } from '#test/support/edition.ts';
import { editionIsland, readPageEdition } from './inline-data.ts';

describe('the edition the page carries inline', () => {
  it('leaves out what only the build’s HTML shows, and keeps what the islands and slides draw from', async () => {
    const [edition] = await testSite().pages();
    const island = editionIsland(edition!);
    const carried = readPageEdition({
      getElementById: () => ({ textContent: /^<script[^>]*>(.*)<\/script>$/s.exec(island)![1] }),
    } as never);
    expect(carried.story).not.toHaveProperty('method');
    expect(carried.story).not.toHaveProperty('gaps');
    const whole = JSON.parse(JSON.stringify(edition!.story)) as Record<string, unknown>;
    expect(carried.story).toEqual(Object.fromEntries(Object.entries(whole).filter(([key]) => key !== 'method' && key !== 'gaps')));
    expect(carried.messages).toEqual(edition!.messages);
  });
});
