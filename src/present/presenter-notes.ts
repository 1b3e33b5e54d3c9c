// The presenter's notes for a step are its receipts (src/story/receipts/): for each paragraph, the report's
// sentences it rests on, word for word, with whose words they report, or what our words are; then the
// sentence its quote is in, and the arithmetic of any derived figure it gives.
import type { PageStory } from '#src/data/schema.ts';
import { translator, type Translate } from '#src/edition/message.ts';
import { familyName } from '#src/data/family-name.ts';
import { paragraphKey, stepSentences } from '#src/data/basis.ts';
import { receiptOf, type Receipts } from '#src/story/receipts/receipts-file.ts';

export type Note = {
  text: string;
  who: string;
  /** The report sentence it gives ("s5"), if it is one. */
  sentence?: string;
  derived: boolean;
};

/**
 * Whose words a sentence of the report gives: the person it names (with the role the report gives them),
 * as Xinhua reported them; otherwise Xinhua's own. In an edition both say they are our translation.
 */
function whoseWords(t: Translate, story: PageStory, sentence: string): string {
  const person = story.people.find((p) => sentence.includes(familyName(p.name)));
  if (!person) return t('present.xinhuaSentence');
  return t('present.reportedBy', { who: t('present.personRole', { name: person.name, role: person.role }) });
}

/** The notes of step `index`, from its edition's claims file (`receipts`). */
export function presenterNotes(t: Translate, story: PageStory, index: number, receipts: Receipts, code: string): Note[] {
  const step = story.steps[index];
  if (!step) return [];
  const words = translator({ messages: receipts.messages, code });
  const given = step.paragraphs.flatMap((p) => receiptOf(receipts, paragraphKey(step.id, p.id)) ?? []);
  const notes: Note[] = stepSentences(
    step,
    story.quotes.find((q) => q.id === step.quote),
  ).flatMap((id) => {
    const sentence = receipts.sentences.find((s) => s.id === id);
    return sentence ? [{ text: sentence.text, who: whoseWords(t, story, sentence.text), sentence: id, derived: false }] : [];
  });
  for (const kind of new Set(given.flatMap((r) => (Array.isArray(r.basis) ? [] : [r.basis.ours]))))
    notes.push({ text: words(`receiptPopover.oursKind.${kind}`), who: t('present.oursNote'), derived: true });
  for (const f of new Map(given.flatMap((r) => r.derived.map((d) => [d.id, d] as const))).values())
    notes.push({ text: f.method, who: t('present.derivedNote'), derived: true });
  return notes;
}
