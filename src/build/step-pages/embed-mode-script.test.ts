// The step pages' script, run as a browser runs a classic script, in a stand-in for the page it is in.
import { resolve } from 'node:path';
import { Script, createContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { embedModeScript } from './embed-mode-script.ts';

const root = resolve(import.meta.dirname, '../../..');
const code = await embedModeScript(root);

/** A page at `address` running the script from `scriptUrl`: what it marks on <html>, and the scripts it adds. */
function runAt(address: string, scriptUrl = 'https://example.org/x/assets/step-embed-mode-abc.js') {
  class HTMLScriptElement {
    src = '';
    onload: (() => void) | null = null;
  }
  const added: HTMLScriptElement[] = [];
  const children: unknown[] = [];
  const html = { dataset: {} as Record<string, string> };
  const window = {
    location: new URL(address),
    pym: {
      Child: class {
        constructor(config: unknown) {
          children.push(config);
        }
      },
    },
  };
  const document = {
    documentElement: html,
    currentScript: Object.assign(new HTMLScriptElement(), { src: scriptUrl }),
    createElement: () => new HTMLScriptElement(),
    head: { append: (script: HTMLScriptElement) => added.push(script) },
  };
  new Script(code).runInContext(createContext({ window, document, URL, URLSearchParams, HTMLScriptElement }));
  return { mode: html.dataset.mode, added: added.map((s) => s.src), load: () => added.forEach((s) => s.onload?.()), children };
}

describe('the step pages’ script', () => {
  it('is a classic script: no import or export', () => {
    expect(code).not.toMatch(/\b(import|export)\b/);
  });

  it('does nothing on the page itself', () => {
    expect(runAt('https://example.org/x/steps/lazada/')).toMatchObject({ mode: undefined, added: [] });
  });

  it('in a plain iframe marks embed mode and loads nothing', () => {
    expect(runAt('https://example.org/x/steps/lazada/?mode=embed')).toMatchObject({ mode: 'embed', added: [] });
  });

  it('in a Pym.js frame loads the site’s pym.js, then starts its Child, polling every half second', () => {
    const page = runAt('https://example.org/x/ru/steps/lazada/?mode=embed&childId=g&parentUrl=x');
    expect(page).toMatchObject({ mode: 'embed', added: ['https://example.org/x/vendor/pym.v1.min.js'], children: [] });
    page.load();
    expect(page.children).toEqual([{ polling: 500 }]);
  });
});
