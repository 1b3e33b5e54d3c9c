// The module `virtual:text-advances`: the house sans' advance widths for src/lib/text-width.ts, read at build
// from the subset that ships (src/build/fonts/font-file.ts), for the characters it draws.
import { houseFontFamilies } from '#src/lib/house-font-families.ts';
import type { TextAdvances, TextWeight } from '#src/lib/text-width.ts';
import type { Subset } from './subset.ts';

export const textAdvancesId = 'virtual:text-advances';

/** The table for the sans subset among `subsets`, in the shape src/lib/text-width.ts reads. */
export function textAdvances(subsets: Subset[]): TextAdvances {
  // The English page's cut only: the table ships in the script every page loads, and src/lib/text-width.ts
  // estimates the editions' letters from it.
  const sans = subsets.find((subset) => subset.font.family === houseFontFamilies.sans)?.cuts.find((cut) => cut.edition === 'en');
  if (!sans) throw new Error(`fonts: no English subset of ${houseFontFamilies.sans}`);
  const widths = (weight: TextWeight) => {
    const row = sans.advances[weight];
    if (!row) throw new Error(`fonts: ${houseFontFamilies.sans} is not measured at weight ${weight} (its textWeights)`);
    return row;
  };
  return { characters: String.fromCodePoint(...sans.codePoints), widths: { 400: widths(400), 600: widths(600), 700: widths(700) } };
}

/** The module's source. */
export const textAdvancesModule = (table: TextAdvances) => `export default ${JSON.stringify(table)};\n`;
