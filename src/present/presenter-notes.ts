// The presenter's notes for a step: the report's own sentences behind it, word for word, with who said them.
import type { Story } from '#src/data/validate.ts';
import { presentStrings } from '#src/lib/present-strings.ts';
import { fill } from '#src/lib/fill.ts';

export type Note = { text: string; who: string; derived: boolean };

// The report's own sentences are Xinhua's; anyone else's is as Xinhua reported it. In an edition both say
// they are our translation.
const reported = (who: string) =>
  who === presentStrings.xinhua ? presentStrings.xinhuaSentence : fill(presentStrings.reportedBy, { who });

/**
 * The step's quote (with the person and role the report gives), its graphic's event, and the figures its text
 * names: a reported or forecast figure's sentence from the report, a derived figure's method. Each sentence once.
 */
export function presenterNotes(story: Story, index: number): Note[] {
  const step = story.steps[index];
  if (!step) return [];
  const notes: Note[] = [];
  const quote = story.quotes.find((q) => q.id === step.quote);
  const person = story.people.find((p) => p.id === quote?.person);
  if (quote)
    notes.push({
      text: quote.text,
      who: reported(person ? fill(presentStrings.personRole, { name: person.name, role: person.role }) : presentStrings.xinhua),
      derived: false,
    });
  const state = story.graphicStates[step.state];
  const event = state?.graphic === 'timeline' && state.event ? story.events.find((e) => e.id === state.event) : undefined;
  if (event?.quote) notes.push({ text: event.quote, who: reported(presentStrings.xinhua), derived: false });
  for (const id of step.figuresNamed) {
    const figure = story.figures.find((f) => f.id === id);
    if (!figure) continue;
    if (figure.kind === 'derived') notes.push({ text: figure.method, who: presentStrings.derivedNote, derived: true });
    else notes.push({ text: figure.quote, who: reported(figure.attribution), derived: false });
  }
  return notes.filter((note, at) => notes.findIndex((other) => other.text === note.text) === at);
}
