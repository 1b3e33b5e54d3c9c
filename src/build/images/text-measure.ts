// How wide the images' text is, in the faces that draw it (image-fonts.ts), chosen as resvg chooses them:
// the first family of the list that it has, at the nearest weight. Kerning, which only narrows, is left
// out, so a measure errs wide, as the page's labels do (src/lib/text-width.ts).
import type { Typesetter } from '#src/lib/wrap-words.ts';
import { typesetter } from '#src/lib/wrap-words.ts';
import type { ImageFace } from './image-fonts.ts';
import type { FontStacks } from './font-stacks.ts';

export type Family = keyof FontStacks;

/** The width of `text` in px, set at `size` px and `weight` in `stack`. @throws Error for a character its face lacks */
export type Measure = (text: string, size: number, weight: number, stack: string[]) => number;

/** CSS's choice among a family's weights: the exact one, else heavier first above 500 and lighter first below 400. */
export function nearestWeight(available: number[], wanted: number): number | undefined {
  const sorted = [...new Set(available)].sort((a, b) => a - b);
  if (sorted.includes(wanted)) return wanted;
  const lighter = sorted.filter((w) => w < wanted).reverse();
  const heavier = sorted.filter((w) => w > wanted);
  if (wanted > 500) return heavier[0] ?? lighter[0];
  if (wanted < 400) return lighter[0] ?? heavier[0];
  return heavier.find((w) => w <= 500) ?? lighter[0] ?? heavier[0];
}

/** The upright face resvg sets text in: the first family of `stack` that one of `faces` has, at the nearest weight. */
export function faceFor(faces: ImageFace[], stack: string[], weight: number): ImageFace | undefined {
  for (const family of stack) {
    const own = faces.filter((face) => face.family === family && !face.italic);
    const chosen = nearestWeight(
      own.map((face) => face.weight),
      weight,
    );
    const face = own.find((f) => f.weight === chosen);
    if (face) return face;
  }
  return undefined;
}

const codeOf = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The measure: each character's advance in the face `stack` resolves to. */
export function measurer(faces: ImageFace[]): Measure {
  return (text, size, weight, stack) => {
    const face = faceFor(faces, stack, weight);
    let thousandths = 0;
    for (const char of text) {
      const advance = face?.advances.get(char.codePointAt(0) ?? 0);
      if (advance === undefined) throw new Error(`step images: no font draws “${char}” (${codeOf(char)}) in ${stack[0]}, in “${text}”`);
      thousandths += advance;
    }
    return (thousandths / 1000) * size;
  };
}

/**
 * The stack a whole text is set in: `family`'s where its face draws every character, else the sans's
 * (Source Serif lacks the pseudo-locale's rarer accents). Whole, since resvg sets a run in one font.
 * @throws Error naming a character neither draws
 */
export function stackFor(faces: ImageFace[], stacks: FontStacks, text: string, weight: number, family: Family): string[] {
  const draws = (stack: string[]) => {
    const face = faceFor(faces, stack, weight);
    return [...text].every((char) => face?.advances.has(char.codePointAt(0) ?? 0));
  };
  const stack = [stacks[family], stacks.sans].find(draws);
  if (stack) return stack;
  const missing = [...text].find((char) => !faceFor(faces, stacks.sans, weight)?.advances.has(char.codePointAt(0) ?? 0)) ?? '';
  throw new Error(`step images: no font draws “${missing}” (${codeOf(missing)}) in ${stacks[family][0]}, in “${text}”`);
}

/** How the cards set text: which stack a text is in, and how wide it is there. */
export type ImageType = { measure: Measure; stackFor: (text: string, weight: number, family: Family) => string[] };

export const imageType = (faces: ImageFace[], stacks: FontStacks): ImageType => ({
  measure: measurer(faces),
  stackFor: (text, weight, family) => stackFor(faces, stacks, text, weight, family),
});

/** Where text in `lang` may break (the page's rules, src/lib/wrap-words.ts), measured in `stack` at one weight. */
export function imageTypesetter(lang: string, measure: Measure, stack: string[], weight: number): Typesetter {
  const { units } = typesetter(lang, { characters: '', widths: { 400: [], 600: [], 700: [] } });
  return { units, width: (text, size) => measure(text, size, weight, stack) };
}
