// The presenter's notes for a step: the report's sentences its text rests on, word for word, with whose
// words they report, and the method of any derived figure it names.
import type { Story } from '#src/data/validate.ts';
import { familyName } from '#src/data/family-name.ts';
import { presentStrings } from '#src/lib/present-strings.ts';
import { fill } from '#src/lib/fill.ts';

export type Note = { text: string; who: string; derived: boolean };

/**
 * Whose words a sentence of the report gives: the person it names (with the role the report gives them),
 * as Xinhua reported them; otherwise Xinhua's own. In an edition both say they are our translation.
 */
function whoseWords(story: Story, sentence: string): string {
  const person = story.people.find((p) => sentence.includes(familyName(p.name)));
  if (!person) return presentStrings.xinhuaSentence;
  return fill(presentStrings.reportedBy, { who: fill(presentStrings.personRole, { name: person.name, role: person.role }) });
}

/** The step's report sentences (`step.sentences`, in the story's language), then its derived figures' methods. */
export function presenterNotes(story: Story, index: number): Note[] {
  const step = story.steps[index];
  if (!step) return [];
  const notes: Note[] = step.sentences.flatMap((id) => {
    const sentence = story.sentences.find((s) => s.id === id);
    return sentence ? [{ text: sentence.text, who: whoseWords(story, sentence.text), derived: false }] : [];
  });
  for (const id of step.figuresNamed) {
    const figure = story.figures.find((f) => f.id === id);
    if (figure?.kind === 'derived') notes.push({ text: figure.method, who: presentStrings.derivedNote, derived: true });
  }
  return notes;
}
