// The house sans' advance widths for an edition's graphics (src/lib/text-width.ts), read at build from the
// cuts that ship (src/build/fonts/font-file.ts), for every character the edition's page shows that they
// draw, in whatever script. Han and full-width punctuation are the reader's own CJK font's: one em each.
import { houseFontFamilies } from '#src/lib/house-font-families.ts';
import { fullWidth, type TextAdvances, type TextWeight } from '#src/lib/text-width.ts';
import type { Subset } from './subset.ts';

const weights: TextWeight[] = [400, 600, 700];

/** The table for the characters of `text` that the sans' cuts among `subsets` draw. */
export function textAdvances(subsets: Subset[], text: string): TextAdvances {
  const sans = subsets.find((subset) => subset.font.family === houseFontFamilies.sans);
  if (!sans) throw new Error(`fonts: no subset of ${houseFontFamilies.sans}`);
  const found = new Map<number, Record<TextWeight, number>>();
  for (const cut of sans.cuts) {
    cut.codePoints.forEach((codePoint, i) => {
      const width = (weight: TextWeight) => {
        const value = cut.advances[weight]?.[i];
        if (value === undefined) throw new Error(`fonts: ${houseFontFamilies.sans} is not measured at weight ${weight} (its textWeights)`);
        return value;
      };
      found.set(codePoint, { 400: width(400), 600: width(600), 700: width(700) });
    });
  }
  const characters = [...new Set(text)].filter((char) => !fullWidth.test(char) && found.has(char.codePointAt(0) ?? 0));
  const row = (weight: TextWeight) => characters.map((char) => found.get(char.codePointAt(0) ?? 0)?.[weight] ?? 0);
  return { characters: characters.join(''), widths: Object.fromEntries(weights.map((w) => [w, row(w)])) as Record<TextWeight, number[]> };
}
