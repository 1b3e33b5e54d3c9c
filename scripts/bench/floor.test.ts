import { describe, expect, it } from 'vitest';
import { withoutScripts } from './floor.mjs';

const page = [
  '<!doctype html><html lang="ru"><head><meta charset="UTF-8" /><title>Заголовок</title>',
  '<script type="module" crossorigin src="../assets/index-abc.js"></script>',
  '<link rel="modulepreload" crossorigin href="../assets/start-def.js">',
  '<link rel="preload" href="data/map-frame.json" as="fetch" crossorigin>',
  '<style>h1{font-size:2rem}</style></head>',
  '<body><div id="root"><h1>Россия и «Пояс и путь»</h1><p>Текст</p></div>',
  '<script type="application/json" id="story-data">{"steps":[]}</script>',
  '<script type="application/json" id="wording">{"interface":{}}</script>',
  '</body></html>',
].join('\n');
const byteAt = (html: string, text: string) => Buffer.byteLength(html.slice(0, html.indexOf(text)));

describe('the bench floor’s page', () => {
  const floor = withoutScripts(page);

  it('runs no script and fetches nothing for one', () => {
    expect(floor).not.toMatch(/<script/i);
    expect(floor).not.toContain('modulepreload');
    expect(floor).not.toContain('index-abc.js');
    expect(floor).not.toContain('map-frame.json');
  });

  it('has the story’s every byte where the page has it, so the first paint races the same bytes', () => {
    for (const text of ['<style>', '<h1>', '</h1>', '</p>']) expect(byteAt(floor, text)).toBe(byteAt(page, text));
  });

  it('leaves out the data only the scripts read, so its bytes count against the page', () => {
    expect(floor).not.toContain('story-data');
    expect(floor).not.toContain('"interface"');
    expect(Buffer.byteLength(floor)).toBeLessThan(Buffer.byteLength(page));
  });
});
