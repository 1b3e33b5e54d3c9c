// The fonts the images are rendered in, as files resvg reads (this version takes fonts by path only, and
// applies no variable axis): static instances of the house fonts at the weights the images set, and the
// machine's Chinese font, each cut to the images' characters. Each face comes with its advance widths, so
// the cards' text is measured in the fonts that draw it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { fontCodePoints, glyphAdvances } from '#src/build/fonts/font-file.ts';
import { houseFonts, layoutFeatures } from '#src/build/fonts/house-fonts.ts';
import { readSource } from '#src/build/fonts/subset.ts';
import { hanFont, type FontFace } from './han-font.ts';
import { readSfnt, writeSfnt } from './sfnt.ts';

/** A face as the images have it: its family as resvg matches it, its weight and style, its file and its advances. */
export type ImageFace = {
  family: string;
  weight: number;
  italic: boolean;
  file: string;
  /** By code point: the advance in thousandths of an em, of every character the face draws. */
  advances: Map<number, number>;
};

/** The faces the images set of each house font (class-attributes.ts, the cards), by weight. */
const houseWeights: Record<string, number[]> = { 'Inter Variable': [400, 600, 700], 'Source Serif 4 Variable': [400, 700] };

/**
 * Inter's italic, for the timeline's notes (`italic`): the page has none and the browser slants the roman;
 * resvg slants nothing, and would set them upright.
 */
const interItalic = { source: 'inter-ui/variable/InterVariable-Italic.woff2', pinned: { opsz: 14 }, weight: 400 };

/** The face's family name, as renderers match it (the typographic family, else the family). */
async function familyOf(sfnt: Uint8Array): Promise<string> {
  const hb = await import('harfbuzzjs');
  const face = new hb.Face(new hb.Blob(sfnt));
  return face.getName(16, 'en') || face.getName(1, 'en');
}

/** The face's weight and style as renderers read them (OS/2's usWeightClass and italic bit), which instancing sets. */
function styleOf(sfnt: Uint8Array): { weight: number; italic: boolean } {
  const os2 = readSfnt(Buffer.from(sfnt)).tables.get('OS/2');
  return { weight: os2?.readUInt16BE(4) ?? 400, italic: ((os2?.readUInt16BE(62) ?? 0) & 1) === 1 };
}

async function imageFace(sfnt: Uint8Array, dir: string): Promise<ImageFace> {
  const family = await familyOf(sfnt);
  const { weight, italic } = styleOf(sfnt);
  const codePoints = await fontCodePoints(sfnt);
  const widths = (await glyphAdvances(sfnt, codePoints, [weight]))[weight] ?? [];
  const file = join(dir, `${family.replace(/\W+/g, '-')}-${weight}${italic ? '-italic' : ''}.ttf`);
  writeFileSync(file, sfnt);
  return { family, weight, italic, file, advances: new Map(codePoints.map((codePoint, i) => [codePoint, widths[i] ?? 0])) };
}

/** A face of a font file (of a collection too) cut to `text`. */
async function cutFace({ file, index }: FontFace, text: string): Promise<Buffer> {
  return subsetFont(writeSfnt(readSfnt(readFileSync(file), index)), text, { targetFormat: 'truetype', keepFeatures: layoutFeatures });
}

/**
 * Writes the faces into `dir`: the house fonts cut to `text.house`, and where there is `text.han` (the
 * Chinese images' text, Latin and digits too: font-stacks.ts) the machine's Chinese font, regular and bold,
 * cut to it.
 * @throws Error naming the package to install, where Han is needed and the machine has no Chinese font
 */
export async function imageFonts(root: string, dir: string, text: { house: string; han: string }): Promise<ImageFace[]> {
  const instances = [
    ...houseFonts.flatMap((font) => (houseWeights[font.family] ?? []).map((weight) => ({ ...font, weight }))),
    interItalic,
  ];
  const house = instances.map(async ({ source, pinned, weight }) => {
    const sfnt = await subsetFont(readSource(root, { source }), text.house, {
      targetFormat: 'truetype',
      variationAxes: { ...pinned, wght: weight },
      keepFeatures: layoutFeatures,
    });
    return imageFace(sfnt, dir);
  });
  const han = text.han
    ? (['regular', 'bold'] as const).map(async (weight) => imageFace(await cutFace(hanFont(weight), text.han), dir))
    : [];
  // A machine without a bold Chinese face answers both weights with the regular one: one face.
  return [...new Map((await Promise.all([...house, ...han])).map((face) => [face.file, face])).values()];
}
