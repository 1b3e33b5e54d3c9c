// The current step's notes in the presenter view: each sentence of the report, then who said it.
import type { Note } from './presenter-notes.ts';

export function PresenterNotesList({ notes }: { notes: Note[] }) {
  return (
    <ul data-presenter-notes className="space-y-4">
      {notes.map((note) => (
        <li key={note.text} data-note-sentence={note.sentence}>
          <figure className="m-0">
            {/* The report's words, shown as its reporting (data/README.md), not in quotation marks. */}
            <blockquote className={`border-l-4 pl-3 ${note.derived ? 'border-rule' : 'border-accent'}`}>{note.text}</blockquote>
            <figcaption className="mt-1 pl-4 text-[0.85em] text-muted">{note.who}</figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
