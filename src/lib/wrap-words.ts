// Word-wrapping for SVG labels, which cannot wrap themselves, by the widths of src/lib/text-width.ts.
import { textWidth } from './text-width.ts';

/** Bold labels are set in Inter 700, the rest in 400. */
const weight = (bold: boolean) => (bold ? 700 : 400);

/** A piece of text a line may end after, and whether a space comes before it. */
type Unit = { text: string; spaced: boolean };

/** Punctuation that may not start a line (Chinese 避头: closing marks, commas, full stops) … */
const noStart = /^[，。、；：？！）」』”’》〉…—·%]/u;
/** … and that may not end one (opening marks). */
const noEnd = /[（「『“‘《〈]$/u;
const han = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Where lines may break: at spaces, and between Han characters, which Chinese writes without spaces
 * (but never before a closing mark or after an opening one). Hand-written because Intl.Segmenter's line
 * breaking is not in every browser the page supports and would load ICU's data on the page's first call.
 */
export function breakUnits(text: string): Unit[] {
  const units: Unit[] = [];
  for (const [w, word] of text.split(/\s+/).filter(Boolean).entries()) {
    const pieces = word.split(new RegExp(`(?<=${han.source})|(?=${han.source})`, 'u')).filter(Boolean);
    pieces.forEach((piece, i) => {
      const last = units[units.length - 1];
      const glued = i > 0 && last && (noStart.test(piece) || noEnd.test(last.text) || !(han.test(piece) || han.test(last.text)));
      if (glued && last) last.text += piece;
      else units.push({ text: piece, spaced: w > 0 && i === 0 });
    });
  }
  return units;
}

/** Chinese punctuation after which a line ends well: a clause's end, not the middle of a word. */
const clauseEnd = /[，、；：。！？—]$/u;
/** How many Han characters a line may give up to end at a clause's end instead ("…预测值，" / "未给出年份"). */
const clauseReach = 5;

const joined = (units: Unit[]) => units.map((u, i) => `${i > 0 && u.spaced ? ' ' : ''}${u.text}`).join('');

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces and between Han characters; in Chinese, a
 * line that would end a few characters after a comma or a colon ends at it instead, so a short phrase
 * ("未给出年份") is not split. A single word longer than a line gets a line of its own rather than being cut.
 */
export function wrapWords(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line: Unit[] = [];
  for (const unit of breakUnits(text)) {
    if (line.length > 0 && textWidth(joined([...line, unit]), fontSize, weight(bold)) > maxWidth) {
      let end = line.length - 1;
      while (end >= 0 && !clauseEnd.test(line[end]?.text ?? '')) end -= 1;
      const tail = end >= 0 ? line.slice(end + 1) : [];
      const carry = tail.length > 0 && tail.length <= clauseReach && tail.every((u) => han.test(u.text) && !u.spaced) ? tail : [];
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
export function blockWidth(lines: string[], fontSize: number, bold = false): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, fontSize, weight(bold))));
}
