// The fact check of every edition: each number its prose shows is one of the report's figures (or a number
// derived from them) written that language's way, a year, or a day of the report's date.
import { describe, expect, it } from 'vitest';
import type { Story } from './schema.ts';
import type { EditionFormat } from '#src/i18n/edition-format.ts';
import { proseOf } from './prose.ts';
import { constants } from './tokens.ts';
import { testSite } from '#test/support/edition.ts';

const numberPattern = /\d+(?:[.,]\d+)*/g;
const numbersIn = (text: string) => text.match(numberPattern) ?? [];

/** Every way the story may write a number in its edition: its figures as tokens write them, years, days. */
function writtenNumbers(story: Story, format: EditionFormat): Set<string> {
  const written = new Set<string>();
  for (const f of story.figures) {
    const text = format.figure(f);
    const forms = [text.stated, text.value];
    for (const decimals of [0, 1, 2, 3]) {
      forms.push(format.decimal(f.value, decimals), format.decimal(f.value / 100, decimals), format.decimal(1 + f.value / 100, decimals));
    }
    for (const form of forms) for (const n of numbersIn(form)) written.add(n);
  }
  for (const value of Object.values(constants)) written.add(String(value));
  for (const year of ['2014', '2015', '2016']) written.add(year);
  for (const source of story.sources) written.add(String(Number(source.date.slice(8, 10))));
  // Chinese writes months as numbers ("2016年4月"): the months of the report's events and its date.
  if (story.language.startsWith('zh'))
    for (const e of story.events) written.add(String(Number((e.timing === 'month' ? e.month : e.reported).slice(5, 7))));
  return written;
}

const built = testSite().editions();

describe.each(built.map((b) => ({ name: b.entry.name, code: b.entry.code, story: b.story, format: b.format })))(
  'the $name edition’s prose',
  ({ code, story, format }) => {
    const allowed = writtenNumbers(story, format);

    it('writes every number as one of the report’s figures in its own number format, a year or the report’s day', () => {
      const strays = proseOf(story).flatMap(({ path, text }) =>
        numbersIn(text)
          .filter((n) => !allowed.has(n))
          .map((n) => `${path}: ${n}`),
      );
      expect(strays).toEqual([]);
    });

    it('states the 2015 volume the local way', () => {
      const anchor = ({ en: '5.4 trillion yuan', ru: '5,4\u00a0трлн\u00a0юаней', zh: '5.4万亿元' } as Record<string, string>)[code];
      expect(proseOf(story).some(({ text }) => text.includes(anchor ?? '?'))).toBe(true);
    });
  },
);

it('the check refuses a number in another language’s format', () => {
  const russian = built.find((b) => b.entry.code === 'ru')!;
  const allowed = writtenNumbers(russian.story, russian.format);
  expect(allowed.has('5,4')).toBe(true);
  expect(allowed.has('5.4')).toBe(false);
  expect(allowed.has('28.6')).toBe(false);
});
