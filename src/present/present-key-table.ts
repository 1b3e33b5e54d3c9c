// The presentation's keys, once: the key handler reads its actions from here and the help dialog lists it.
import type { MessageId, Translate } from '#src/edition/message.ts';

/** A change of slide. */
export type SlideMove = 'next' | 'previous' | 'first' | 'last';

/** What a key does in presentation (docs/CONTRACT.md, "Presentation keys"): a move, or another action. */
export type PresentAction = SlideMove | 'fullscreen' | 'presenter' | 'blackout' | 'overview' | 'help';

type KeyRow = {
  /** `KeyboardEvent.key` values that do it; none for "a number, then Enter", which use-step-number.ts reads. */
  keys: readonly string[];
  /** How the help dialog names the keys. */
  shown: string;
  does: string;
  action: PresentAction | null;
};

/** The keys, with the messages that name them (or their names, where a key's own name says it) and say what they do. */
const rows: { keys: readonly string[]; shown: MessageId | { key: string }; does: MessageId; action: PresentAction | null }[] = [
  { keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' '], shown: 'present.keys.nextKeys', does: 'present.keys.next', action: 'next' },
  { keys: ['ArrowLeft', 'ArrowUp', 'PageUp'], shown: 'present.keys.previousKeys', does: 'present.keys.previous', action: 'previous' },
  { keys: ['Home'], shown: { key: 'Home' }, does: 'present.keys.first', action: 'first' },
  { keys: ['End'], shown: { key: 'End' }, does: 'present.keys.last', action: 'last' },
  { keys: ['f', 'F'], shown: { key: 'F' }, does: 'present.keys.fullscreen', action: 'fullscreen' },
  { keys: ['s', 'S'], shown: { key: 'S' }, does: 'present.keys.presenter', action: 'presenter' },
  { keys: ['b', 'B', '.'], shown: { key: 'B .' }, does: 'present.keys.blackout', action: 'blackout' },
  { keys: [], shown: 'present.keys.numberKeys', does: 'present.keys.goTo', action: null },
  { keys: ['o', 'O'], shown: { key: 'O' }, does: 'present.keys.overview', action: 'overview' },
  { keys: ['?'], shown: { key: '?' }, does: 'present.keys.help', action: 'help' },
];

/** The keys and what they do, in the edition's wording. */
export function keyTable(t: Translate): readonly KeyRow[] {
  return rows.map(({ keys, shown, does, action }) => ({
    keys,
    shown: typeof shown === 'string' ? t(shown) : shown.key,
    does: t(does),
    action,
  }));
}

const actions = new Map(rows.flatMap((row) => (row.action ? row.keys.map((key) => [key, row.action] as const) : [])));

/** The action a key asks for, or null for keys that presentation leaves to the browser. */
export function actionForKey(key: string): PresentAction | null {
  return actions.get(key) ?? null;
}
