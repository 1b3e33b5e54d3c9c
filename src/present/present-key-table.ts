// The presentation's keys, once: the key handler reads its actions from here and the help dialog lists it.
import type { MessageId, Translate } from '#src/edition/message.ts';

/** What a key does in presentation (docs/CONTRACT.md, "Presentation keys"). */
export type SlideMove = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'presenter' | 'blackout' | 'overview' | 'help';

type KeyRow = {
  /** `KeyboardEvent.key` values that do it; none for "a number, then Enter", which use-step-number.ts reads. */
  keys: readonly string[];
  /** How the help dialog names the keys. */
  shown: string;
  does: string;
  move: SlideMove | null;
};

/** The keys, with the messages that name them (or their names, where a key's own name says it) and say what they do. */
const rows: { keys: readonly string[]; shown: MessageId | { key: string }; does: MessageId; move: SlideMove | null }[] = [
  { keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' '], shown: 'present.keys.nextKeys', does: 'present.keys.next', move: 'next' },
  { keys: ['ArrowLeft', 'ArrowUp', 'PageUp'], shown: 'present.keys.previousKeys', does: 'present.keys.previous', move: 'previous' },
  { keys: ['Home'], shown: { key: 'Home' }, does: 'present.keys.first', move: 'first' },
  { keys: ['End'], shown: { key: 'End' }, does: 'present.keys.last', move: 'last' },
  { keys: ['f', 'F'], shown: { key: 'F' }, does: 'present.keys.fullscreen', move: 'fullscreen' },
  { keys: ['s', 'S'], shown: { key: 'S' }, does: 'present.keys.presenter', move: 'presenter' },
  { keys: ['b', 'B', '.'], shown: { key: 'B .' }, does: 'present.keys.blackout', move: 'blackout' },
  { keys: [], shown: 'present.keys.numberKeys', does: 'present.keys.goTo', move: null },
  { keys: ['o', 'O'], shown: { key: 'O' }, does: 'present.keys.overview', move: 'overview' },
  { keys: ['?'], shown: { key: '?' }, does: 'present.keys.help', move: 'help' },
];

/** The keys and what they do, in the edition's wording. */
export function keyTable(t: Translate): readonly KeyRow[] {
  return rows.map(({ keys, shown, does, move }) => ({
    keys,
    shown: typeof shown === 'string' ? t(shown) : shown.key,
    does: t(does),
    move,
  }));
}

const moves = new Map(rows.flatMap((row) => (row.move ? row.keys.map((key) => [key, row.move] as const) : [])));

/** The move a key asks for, or null for keys that presentation leaves to the browser. */
export function moveForKey(key: string): SlideMove | null {
  return moves.get(key) ?? null;
}
