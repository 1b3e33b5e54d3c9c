// Word-wrapping for SVG labels, which cannot wrap themselves: where a line may break, by the platform
// (Intl.Segmenter's words, in the edition's language; for the edition's own labels worked out at build),
// and how wide a line is, by the edition's measured widths (text-width.ts).
import { textWidthOf, type TextAdvances, type TextWidth } from './text-width.ts';

/** A piece of text a line may end after, and whether a space comes before it. */
export type Unit = { text: string; spaced: boolean };

/** Sets an edition's labels: where its text may break into lines, and how wide it is. */
export type Typesetter = { units: (text: string) => Unit[]; width: TextWidth };

/** Scripts written without spaces between words, which only a dictionary can break (Han, Thai, Japanese, …). */
export const unspaced =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Punctuation that opens (a bracket, an opening quote): it goes with what follows, never ends a line. */
const opening = /^[\p{Ps}\p{Pi}]+$/u;

/**
 * A typesetter for text in `lang`, measured by `advances`. Text is broken at spaces; a run in a script
 * written without them is broken between its words, as Intl.Segmenter finds them (so "阿里巴巴" stays whole),
 * with punctuation kept to the word it belongs to: opening marks to the next, the rest to the one before,
 * so no line starts with a comma or a closing bracket. A number and what follows it ("28.6%", "5.4万亿")
 * stay together. The units of the `known` texts are taken as given: the build's (src/build/edition/label-units.ts).
 */
export function typesetter(lang: string, advances: TextAdvances, known: Readonly<Record<string, Unit[]>> = {}): Typesetter {
  let segmenter: Intl.Segmenter | undefined;
  const words = (run: string) => {
    // Made only for a run that needs it: the English and Russian pages never load ICU's word data.
    segmenter ??= new Intl.Segmenter(lang, { granularity: 'word' });
    return [...segmenter.segment(run)];
  };
  const units = (text: string): Unit[] => {
    const given = known[text];
    if (given) return given;
    const result: Unit[] = [];
    text
      .split(/\s+/)
      .filter(Boolean)
      .forEach((chunk, w) => {
        if (!unspaced.test(chunk)) return result.push({ text: chunk, spaced: w > 0 });
        let carried = '';
        let first = true;
        for (const { segment, isWordLike } of words(chunk)) {
          const last = result.at(-1);
          const glued = !first && last && (!isWordLike || /\p{Nd}$/u.test(last.text)) && !opening.test(segment);
          if (opening.test(segment)) carried += segment;
          else if (glued) last.text += segment;
          else result.push({ text: carried + segment, spaced: w > 0 && first });
          if (!opening.test(segment)) [carried, first] = ['', false];
        }
        if (carried) result.push({ text: carried, spaced: false });
      });
    return result;
  };
  return { units, width: textWidthOf(advances) };
}

/** Punctuation after which a line ends well: a clause's end, not the middle of a phrase. */
const clauseEnd = /[\p{Po}\p{Pd}]$/u;
/** How many unspaced units a line may give up to end at a clause's end instead ("…预测值，" / "未给出年份"). */
const clauseReach = 3;

const joined = (units: Unit[]) => units.map((u, i) => `${i > 0 && u.spaced ? ' ' : ''}${u.text}`).join('');

/** Bold labels are set in Inter 700, the rest in 400. */
const weight = (bold: boolean) => (bold ? 700 : 400);

/**
 * Breaks `text` into lines no wider than `maxWidth`. In a script without spaces, a line that would end a
 * word or two after a comma or a colon ends at it instead, so a short phrase ("未给出年份") is not split. A
 * single word longer than a line gets a line of its own rather than being cut.
 */
export function wrapWords(type: Typesetter, text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line: Unit[] = [];
  for (const unit of type.units(text)) {
    if (line.length > 0 && type.width(joined([...line, unit]), fontSize, weight(bold)) > maxWidth) {
      let end = line.length - 1;
      while (end >= 0 && !clauseEnd.test(line[end]?.text ?? '')) end -= 1;
      const tail = end >= 0 ? line.slice(end + 1) : [];
      const carry = tail.length > 0 && tail.length <= clauseReach && tail.every((u) => !u.spaced && unspaced.test(u.text)) ? tail : [];
      lines.push(joined(line.slice(0, line.length - carry.length)));
      line = [...carry.map((u, i) => (i === 0 ? { ...u, spaced: false } : u)), unit];
    } else {
      line.push(unit);
    }
  }
  if (line.length > 0) lines.push(joined(line));
  return lines;
}

/** The width of the widest line. */
export function blockWidth(type: Typesetter, lines: string[], fontSize: number, bold = false): number {
  return Math.max(0, ...lines.map((l) => type.width(l, fontSize, weight(bold))));
}
