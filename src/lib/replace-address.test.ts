// Specs for replacing the address: the part given changes, the rest stays, and no history entry is added.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { replaceAddress } from './replace-address.ts';

/** A window whose history holds one entry at `address`; replacing it changes that entry's URL. */
function stubWindow(address: string) {
  const location = new URL(address);
  const entries = [{ state: { scrollY: 120 } as unknown, url: location.href }];
  const history = {
    get state() {
      return entries.at(-1)!.state;
    },
    replaceState: vi.fn((state: unknown, _unused: string, url: string) => {
      location.href = new URL(url, location.href).href;
      entries[entries.length - 1] = { state, url: location.href };
    }),
    pushState: vi.fn(),
  };
  vi.stubGlobal('window', { location, history });
  return { location, history, entries };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('replacing the address', () => {
  test('swaps in the step’s hash, keeping the path, the query and the entry’s state, in the same entry', () => {
    const { location, history, entries } = stubWindow('https://example.org/news/cross-border/?mode=embed#lazada');
    replaceAddress({ hash: '#moscow' });
    expect(location.href).toBe('https://example.org/news/cross-border/?mode=embed#moscow');
    expect(entries).toEqual([{ state: { scrollY: 120 }, url: location.href }]);
    expect(history.pushState).not.toHaveBeenCalled();
  });

  test('drops the hash when given an empty one', () => {
    const { location } = stubWindow('https://example.org/story/#lazada');
    replaceAddress({ hash: '' });
    expect(location.href).toBe('https://example.org/story/');
  });

  test('swaps in a query, keeping the hash', () => {
    const { location } = stubWindow('https://example.org/story/?mode=present#title');
    replaceAddress({ search: '?mode=present&theme=projector' });
    expect(location.href).toBe('https://example.org/story/?mode=present&theme=projector#title');
  });

  test('leaves the address alone when it already is the one asked for', () => {
    const { history } = stubWindow('https://example.org/story/?mode=present#title');
    replaceAddress({ search: '?mode=present', hash: '#title' });
    replaceAddress({});
    expect(history.replaceState).not.toHaveBeenCalled();
  });
});
