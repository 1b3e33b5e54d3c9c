// What each sentence of the page rests on, per edition (data/claims.json and .csv): for readers who doubt a
// claim, teachers and editors, and for the page's receipts, which fetch it when a reader opens one.
import type { Basis } from '#src/data/schema.ts';
import { basisSentences, boundTexts } from '#src/data/basis.ts';
import { sentencesOf } from '#src/data/report-sentences.ts';
import { figuresNamed } from '#src/data/tokens.ts';
import type { Receipts } from '#src/story/receipts/receipts-file.ts';
import { csvCell } from './figures-export.ts';
import { pageMessages } from '#src/i18n/messages.ts';
import type { BuiltEdition } from './read-editions.ts';

/**
 * The claims file of `built`: every report sentence (in ru and zh: ours, with the report's English beside it),
 * each derived figure's arithmetic, and each sentence of the page's bound texts with their basis.
 * @param english the English edition, for the report's own words
 */
export function claimsFile(built: BuiltEdition, english: BuiltEdition): Receipts {
  const { story, data, format, entry, sentences } = built;
  const translated = built !== english;
  const bound = boundTexts(story);
  const named = new Map(boundTexts(data).map((b) => [b.key, figuresNamed([b])]));
  const derived = story.figures.flatMap((f) => (f.kind === 'derived' ? [f] : []));
  return {
    about: format.t('claims.about'),
    language: entry.lang,
    messages: pageMessages(built.catalog, `data/messages/${entry.code}.json`, (id) => id.startsWith('receiptPopover.')),
    source: { ...story.sources.find((s) => s.id === story.meta.source), file: undefined },
    sentences: sentences.map((s, i) => ({ ...s, ...(translated && { original: english.sentences[i]?.text ?? '' }) })),
    derived: derived.map((f) => ({ id: f.id, label: f.label, stated: format.figure(f).stated, method: f.method })),
    claims: bound.flatMap(({ key, text, basis }) =>
      sentencesOf(text, entry.lang).map((sentence, i) => ({
        key,
        sentence: i + 1,
        text: sentence,
        basis,
        derived: (named.get(key) ?? []).filter((id) => derived.some((f) => f.id === id)),
      })),
    ),
  };
}

const basisCell = (basis: Basis) => (Array.isArray(basis) ? basis.join(' ') : `ours: ${basis.ours}`);

/** The claims as a table: one row per sentence of the page, with the report sentences' words. */
export function claimsCsv(file: Receipts): string {
  const text = (id: string) => file.sentences.find((s) => s.id === id)?.text ?? '';
  const columns = ['key', 'sentence', 'text', 'basis', 'report_sentences', 'derived'];
  const rows = file.claims.map((c) => [
    c.key,
    c.sentence,
    c.text,
    basisCell(c.basis),
    basisSentences(c.basis)
      .map((id) => `${id}: ${text(id)}`)
      .join('\n'),
    c.derived.join(' '),
  ]);
  return `${[columns, ...rows].map((row) => row.map((cell) => csvCell(cell)).join(',')).join('\r\n')}\r\n`;
}
