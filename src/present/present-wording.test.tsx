// Specs for the presentation's wording: under another edition's words, its labels, keys and notes show no English.
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, expect, test, vi } from 'vitest';
import raw from '#data/story.json';
import { parseStory } from '#src/data/validate.ts';

/** Every string of `value` marked as another edition's (‹…›), placeholders kept inside. */
const mark = <T,>(value: T): T =>
  (typeof value === 'string' ? `‹${value}›` : Object.fromEntries(Object.entries(value as object).map(([k, x]) => [k, mark(x)]))) as T;

/** What is left of `text` outside the marks: English the edition's wording did not replace. */
function unmarked(text: string): string {
  for (let before = ''; before !== text;) [before, text] = [text, text.replace(/‹[^‹›]*›/g, ' ')];
  return text.replace(/<[^>]*>/g, ' ');
}
const words = (text: string) => unmarked(text).match(/\p{L}{2,}/gu) ?? [];

// The presentation's modules read the page's wording when they load, after the page has set it: as here,
// where they load afresh once the English has been read.
beforeAll(async () => {
  const { englishStrings } = await import('#src/lib/strings.ts');
  const { englishPresentStrings } = await import('#src/lib/present-strings.ts');
  vi.resetModules();
  const { setWording } = await import('#src/lib/strings.ts');
  setWording({ interface: mark(englishStrings), presentation: mark(englishPresentStrings) });
});

test('slide labels are the edition’s: the title slide’s, and “step n of total” in its word order', async () => {
  const { slideLabel } = await import('./slides.ts');
  expect(slideLabel(0, 14)).toBe('‹Title›');
  expect(slideLabel(3, 14)).toBe('‹Step 3 of 14›');
});

test('the keys dialog names what each key does in the edition’s words (the keys’ own names aside)', async () => {
  const { KeysDialog } = await import('./keys-dialog.tsx');
  const keyCaps = ['Home', 'End'];
  expect(words(renderToStaticMarkup(<KeysDialog onClose={() => {}} />)).filter((w) => !keyCaps.includes(w))).toEqual([]);
});

test('the go-to hint and the timer are in the edition’s words', async () => {
  const { StepNumberHint } = await import('./step-number-hint.tsx');
  const { ElapsedTimer } = await import('./elapsed-timer.tsx');
  const html = renderToStaticMarkup(
    <>
      <StepNumberHint typed="12" />
      <ElapsedTimer />
    </>,
  );
  expect(html).toContain('‹Go to step <strong>12</strong>›');
  expect(words(html)).toEqual([]);
});

test('presenter notes say whose words they are in the edition’s words', async () => {
  const { presenterNotes } = await import('./presenter-notes.ts');
  const story = parseStory(raw);
  const notes = raw.steps.flatMap((step, i) => presenterNotes(story, i, step.paragraphs));
  expect(notes.length).toBeGreaterThan(0);
  // Names (people, roles, the publisher) are the story's data: an edition's story file translates them.
  const named = [
    ...story.people.flatMap((p) => [p.name, p.role]),
    ...story.figures.flatMap((f) => ('attribution' in f ? [f.attribution] : [])),
  ];
  const left = notes.map((note) => named.reduce((who, name) => who.replaceAll(name, ' '), note.who));
  expect(left.flatMap(words)).toEqual([]);
});
