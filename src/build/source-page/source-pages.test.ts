// The source page of each edition, as the build writes it: every sentence of the report at its address, in
// English, and in a translated edition our translation of it, labelled as ours.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSourcePage } from '#src/source/render-source-page.tsx';
import { elements } from '#test/support/markup.ts';
import { testSite } from '#test/support/edition.ts';
import { hashSource } from '../inline-html.ts';
import { sourcePage } from './source-pages.ts';

const root = resolve(import.meta.dirname, '../../..');
const editions = testSite().editions();
const english = editions.find((e) => e.entry.code === 'en')!;
const translated = editions.filter((e) => e !== english);

/** How each translated edition's story labels a translation as ours (its catalog's "(в нашем переводе)"). */
const ours: Record<string, string> = { ru: 'в нашем переводе', zh: '本文翻译' };

/** The page's sentences: each list item with an id, by its id. */
const sentencesOf = (html: string) => new Map(elements(html, 'li').flatMap((li) => (li.attrs.id ? [[li.attrs.id, li]] : [])));

describe.each(editions.map((edition) => [edition.entry.name, edition] as const))('the source page in %s', (_, edition) => {
  const page = sourcePage(root, edition, editions, renderSourcePage);

  it('lists every sentence of the report at its id, its number shown, with the English original', async () => {
    const listed = sentencesOf(await page);
    expect([...listed.keys()]).toEqual(english.sentences.map((s) => s.id));
    for (const { id, text } of english.sentences) {
      const item = listed.get(id)!;
      expect(item.text.startsWith(id)).toBe(true);
      const original = elements(item.inner, 'p|dd').filter((el) => el.attrs.lang === 'en');
      expect(original.map((el) => el.text)).toEqual([text]);
    }
  });

  it('allows its one inline stylesheet by its hash, and nothing else inline', async () => {
    const html = await page;
    const [style, ...others] = elements(html, 'style');
    expect(others).toEqual([]);
    const [policy] = elements(html, 'meta').filter((m) => m.attrs['http-equiv'] === 'Content-Security-Policy');
    expect(policy?.attrs.content).toContain(`style-src 'self' ${hashSource(style!.inner)};`);
    expect(policy?.attrs.content).toContain("script-src 'self';");
    expect(html).not.toMatch(/<script|\son\w+=/);
  });
});

describe.each(translated.map((edition) => [edition.entry.name, edition] as const))('the source page in %s', (_, edition) => {
  it('gives our translation of each sentence first, in the edition’s language, labelled as ours', async () => {
    const listed = sentencesOf(await sourcePage(root, edition, editions, renderSourcePage));
    for (const { id, text } of edition.sentences) {
      const item = listed.get(id)!;
      const [translation, original] = elements(item.inner, 'dd');
      expect(translation?.attrs.lang).toBe(edition.entry.lang);
      expect(translation?.text).toBe(text);
      expect(original?.attrs.lang).toBe('en');
      expect(elements(item.inner, 'dt')[0]?.text.toLocaleLowerCase()).toBe(ours[edition.entry.code]);
    }
  });
});

it('the English source page labels nothing as a translation', async () => {
  expect(elements(await sourcePage(root, english, editions, renderSourcePage), 'dt')).toEqual([]);
});
