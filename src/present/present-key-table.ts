// The presentation's keys, once: the key handler reads its actions from here and the help dialog lists it.
import { presentStrings } from '#src/lib/present-strings.ts';

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

/** The keys and what they do, in the page's wording (read when the help dialog renders). */
export function keyTable(): readonly KeyRow[] {
  const does = presentStrings.keys;
  return [
    { keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' '], shown: does.nextKeys, does: does.next, move: 'next' },
    { keys: ['ArrowLeft', 'ArrowUp', 'PageUp'], shown: does.previousKeys, does: does.previous, move: 'previous' },
    { keys: ['Home'], shown: 'Home', does: does.first, move: 'first' },
    { keys: ['End'], shown: 'End', does: does.last, move: 'last' },
    { keys: ['f', 'F'], shown: 'F', does: does.fullscreen, move: 'fullscreen' },
    { keys: ['s', 'S'], shown: 'S', does: does.presenter, move: 'presenter' },
    { keys: ['b', 'B', '.'], shown: 'B .', does: does.blackout, move: 'blackout' },
    { keys: [], shown: does.numberKeys, does: does.goTo, move: null },
    { keys: ['o', 'O'], shown: 'O', does: does.overview, move: 'overview' },
    { keys: ['?'], shown: '?', does: does.help, move: 'help' },
  ];
}

// Which key does what depends on no wording: built once.
const moves = new Map(keyTable().flatMap((row) => (row.move ? row.keys.map((key) => [key, row.move] as const) : [])));

/** The move a key asks for, or null for keys that presentation leaves to the browser. */
export function moveForKey(key: string): SlideMove | null {
  return moves.get(key) ?? null;
}
