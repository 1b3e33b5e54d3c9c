// An edition's images as markup: each step's card and share card and the site's card, their drawings'
// classes written out from the theme, ready for the SVG file and for resvg.
import type { Edition } from '#src/edition/edition.ts';
import { shareImage } from '../head-tags.ts';
import { cardSvg, type Card, type CardStyle } from './card-svg.ts';
import type { CardWords } from './card-words.ts';
import { classAttributes } from './class-attributes.ts';
import { familyList, fontStacks } from './font-stacks.ts';
import type { ImageFace } from './image-fonts.ts';
import { stepFiles, stepFolder, stepImageSize } from '#src/steps/step-addresses.ts';
import { inlineClasses } from './inline-classes.ts';
import { scaledStrokes } from './scaled-strokes.ts';
import type { Drawings } from './render-drawings.tsx';
import { shareCardSize, siteShareCard, stepShareCard } from './share-card.ts';
import { stepCard } from './step-card.ts';
import { imageType } from './text-measure.ts';
import type { ThemeTokens } from './theme-tokens.ts';

/** An image: its markup, the SVG file it is written to (if any), and the PNGs rendered from it, by width. */
export type Image = { svg: string; svgFile?: string; pngs: { file: string; width: number }[] };

/** The text of a drawing's labels, each <text> element's. */
const labels = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map(([, inner = '']) => inner.replace(/<[^>]*>/g, ''));

/** Every character an edition's images show, for cutting the fonts to. */
export function imageText(words: CardWords, drawings: Drawings): string {
  const drawn = [drawings.opening, ...drawings.steps.flatMap(({ card, share }) => [card, share])].flatMap(labels);
  return [...new Set([...drawn, JSON.stringify(words), '…'].join(''))].join('');
}

/** The edition's images. @throws Error for a class the theme cannot resolve, a character no font draws, text that does not fit */
export function editionImages(edition: Edition, words: CardWords, drawings: Drawings, faces: ImageFace[], tokens: ThemeTokens): Image[] {
  const { lang } = edition;
  const stacks = fontStacks(lang, tokens.hanFonts);
  const resolve = classAttributes(tokens.colours, { sans: familyList(stacks.sans), serif: familyList(stacks.serif) });
  const type = imageType(faces, stacks);
  const finish = (card: Card, markup: string, style: Pick<CardStyle, 'title' | 'description'>) => {
    const drawing = scaledStrokes(inlineClasses(markup, resolve));
    // The drawings set their labels in the sans: its face must draw every character of them.
    for (const label of labels(drawing)) type.measure(label, 1, 400, stacks.sans);
    return cardSvg(card, drawing, { ...style, colours: tokens.colours, lang });
  };
  const steps = words.steps.flatMap((step) => {
    const drawing = drawings.steps.find((d) => d.id === step.id);
    if (!drawing) throw new Error(`step images: no drawing of step "${step.id}"`);
    const text = { kicker: step.kicker, title: step.title, source: words.source, credit: words.credit };
    const folder = stepFolder(edition, step.id);
    const style = { title: step.title, description: step.description };
    return [
      {
        svg: finish(stepCard(lang, type, text), drawing.card, style),
        svgFile: `${folder}${stepFiles.svg}`,
        pngs: [
          { file: `${folder}${stepFiles.png}`, width: stepImageSize.png },
          { file: `${folder}${stepFiles.png2x}`, width: stepImageSize.png2x },
        ],
      },
      {
        svg: finish(stepShareCard(lang, type, text), drawing.share, style),
        pngs: [{ file: `${folder}${stepFiles.share}`, width: shareCardSize.width }],
      },
    ];
  });
  const site = siteShareCard(lang, type, { ...words, kicker: words.storyKicker });
  const description = edition.story.meta.shareImageAlt;
  const siteImage = {
    svg: finish(site, drawings.opening, { title: words.headline, description }),
    pngs: [{ file: shareImage.file(edition), width: shareCardSize.width }],
  };
  return [...steps, siteImage];
}
