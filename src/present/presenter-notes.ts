// The presenter's notes for a step: the report's sentences its text rests on, word for word, with whose
// words they report, and the method of any derived figure it names.
import type { Story } from '#src/data/schema.ts';
import type { Translate } from '#src/edition/message.ts';
import { familyName } from '#src/data/family-name.ts';
import { stepSentences } from '#src/data/basis.ts';

export type Note = { text: string; who: string; derived: boolean };

/**
 * Whose words a sentence of the report gives: the person it names (with the role the report gives them),
 * as Xinhua reported them; otherwise Xinhua's own. In an edition both say they are our translation.
 */
function whoseWords(t: Translate, story: Story, sentence: string): string {
  const person = story.people.find((p) => sentence.includes(familyName(p.name)));
  if (!person) return t('present.xinhuaSentence');
  return t('present.reportedBy', { who: t('present.personRole', { name: person.name, role: person.role }) });
}

/** The report sentences the step's paragraphs and quote rest on (in the story's language), then its derived figures' methods. */
export function presenterNotes(t: Translate, story: Story, index: number): Note[] {
  const step = story.steps[index];
  if (!step) return [];
  const notes: Note[] = stepSentences(
    step,
    story.quotes.find((q) => q.id === step.quote),
  ).flatMap((id) => {
    const sentence = story.sentences.find((s) => s.id === id);
    return sentence ? [{ text: sentence.text, who: whoseWords(t, story, sentence.text), derived: false }] : [];
  });
  for (const id of step.figuresNamed) {
    const figure = story.figures.find((f) => f.id === id);
    if (figure?.kind === 'derived') notes.push({ text: figure.method, who: t('present.derivedNote'), derived: true });
  }
  return notes;
}
