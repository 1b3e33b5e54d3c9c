// What one build makes of the project's data, made once and shared by every plugin (vite.config.ts makes one
// per build): the editions, read and checked; each edition's page data; the map frame in each language; the
// font cuts and their stylesheet. The dev server makes them again after a change to the data or the code
// (`changed`), never per request.
import type { Edition } from '#src/edition/edition.ts';
import type { Story } from '#src/data/schema.ts';
import { englishEdition } from '#src/i18n/editions.ts';
import { pseudoEdition, pseudoText } from '#src/i18n/pseudo-locale.ts';
import { mapFrame, pageFrame } from '../map-frame.ts';
import { mapNames } from '../country-names.ts';
import { codeCharacters, pageCharacters } from '../fonts/character-set.ts';
import { fontOutputs, type FontOutputs } from '../fonts/font-outputs.ts';
import { textAdvances } from '../fonts/text-advances.ts';
import { makeEdition } from './make-edition.ts';
import { labelUnits } from './label-units.ts';
import { buildOptions, readEditions, type BuildOptions, type BuiltEdition } from './read-editions.ts';
import type { MapFrame } from '#src/graphics/map/frame-format.ts';
import type { PageText } from '../fonts/cuts.ts';

export type SiteEdition = BuiltEdition & {
  /** Its page data, without the widths the fonts give (`Site.pages` has them). */
  content: Omit<Edition<Story>, 'advances'>;
  /** Its map frame (data/map-frame.json), named in its language: made when first asked for (seconds of cutting). */
  frame: () => MapFrame;
};

export type Site = {
  root: string;
  /** Every edition the build makes, checked. @throws StoryDataError, StoryFileError */
  editions: () => SiteEdition[];
  /** The characters of each edition's page, English first: what the fonts are cut for. */
  texts: () => PageText[];
  /** The font cuts, their stylesheet and the log's line. */
  fonts: () => Promise<FontOutputs>;
  /** Each edition's page data, whole. */
  pages: () => Promise<Edition<Story>[]>;
  /** Forgets what a change to `file` can change. */
  changed: (file: string) => void;
};

/** `make`'s value, made the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

/** One edition's map frame, named in its language (the pseudo-locale's: the English, pseudo-localised). */
function frameOf({ entry, story, format }: BuiltEdition): MapFrame {
  const names = entry === pseudoEdition ? mapNames(englishEdition, format, (name) => pseudoText(name)) : mapNames(entry, format);
  return pageFrame(mapFrame(story.places, names));
}

/**
 * The site of the project at `root`.
 * @param fontDir where the font cuts are cached (src/build/fonts-plugin.ts, fontCacheDir)
 */
export function site(root: string, fontDir: string, options: BuildOptions = buildOptions()): Site {
  let editions: SiteEdition[] | undefined;
  let fonts: Promise<FontOutputs> | undefined;
  let code: string | undefined;

  const self: Site = {
    root,
    editions: () =>
      (editions ??= readEditions(root, options).map((built, _, all) => ({
        ...built,
        content: makeEdition(
          built,
          all.map((b) => b.entry).filter((e) => e.listed !== false),
        ),
        frame: once(() => frameOf(built)),
      }))),
    texts: () => {
      code ??= codeCharacters(root);
      const shown = code;
      return self.editions().map(({ entry, content }) => ({ edition: entry.code, text: pageCharacters(content, shown, entry.alphabet) }));
    },
    fonts: () => (fonts ??= fontOutputs(root, fontDir, self.texts())),
    pages: async () => {
      const { subsets } = await self.fonts();
      const texts = self.texts();
      return self.editions().map(({ content }, i) => {
        const edition = { ...content, advances: textAdvances(subsets, texts[i]?.text ?? '') };
        const units = labelUnits(edition);
        return Object.keys(units).length > 0 ? { ...edition, units } : edition;
      });
    },
    changed: (file) => {
      editions = undefined;
      fonts = undefined;
      if (file.includes('/src/')) code = undefined;
    },
  };
  return self;
}
