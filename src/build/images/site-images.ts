// Every edition's images from its drawings: the words of its cards, the fonts cut to what they show, and
// each card laid out and written as markup. The plugin renders and writes them (images-plugin.ts).
import type { Edition } from '#src/edition/edition.ts';
import type { Catalog } from '#src/i18n/messages.ts';
import { cardWords } from './card-words.ts';
import { editionImages, imageText, type Image } from './edition-images.ts';
import { setInHanFonts } from './font-stacks.ts';
import { imageFonts, type ImageFace } from './image-fonts.ts';
import type { Drawings } from './render-drawings.tsx';
import { readThemeTokens } from './theme-tokens.ts';

/** An edition as the images need it: its page data and its catalog (which has the build's own messages). */
export type ImageEdition = { page: Edition; catalog: Catalog; drawings: Drawings };

/**
 * The images of `editions`, each edition's in a list, and the faces they are set in, written into `fontDir`.
 * @throws Error for what an image cannot show: a class, a character, a text too long, no Chinese font
 */
export async function siteImages(
  root: string,
  fontDir: string,
  editions: ImageEdition[],
): Promise<{ images: Image[][]; faces: ImageFace[] }> {
  const words = editions.map(({ page, catalog }) => cardWords(page, catalog));
  const texts = editions.map(({ page, drawings }, i) => ({ lang: page.lang, text: words[i] ? imageText(words[i], drawings) : '' }));
  const faces = await imageFonts(root, fontDir, {
    house: texts.map((t) => t.text).join(''),
    han: texts
      .filter((t) => setInHanFonts(t.lang))
      .map((t) => t.text)
      .join(''),
  });
  const tokens = readThemeTokens(root);
  const images = editions.map(({ page, drawings }, i) => (words[i] ? editionImages(page, words[i], drawings, faces, tokens) : []));
  return { images, faces };
}
