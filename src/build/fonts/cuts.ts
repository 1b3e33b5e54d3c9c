// How the characters of the site's pages are shared out among the files cut from one font: the English
// page's characters in one file, and each translated edition's further characters in files of their own.
// The browser fetches a file (by its @font-face unicode-range) only for a page that shows one of its
// characters, so the English page pays nothing for the Russian alphabet.

/** The characters one page shows; the English page comes first, and its characters are the others' base. */
export interface PageText {
  edition: string;
  text: string;
}

/** A file of a font, with the code points it maps; `name` is '' for the font's main file. */
export interface SourceFile {
  name: string;
  source: string;
  codePoints: ReadonlySet<number>;
}

/** One file to cut: which edition's page it is for, which source file it is cut from, and its characters. */
export interface CutPlan {
  edition: string;
  source: string;
  file: string;
  text: string;
}

/**
 * The cut's file name: the English page's cut from the main file keeps the font's own name; the others
 * add the edition and, when cut from another file, that file's name ("inter-subset-ru.woff2",
 * "source-serif-4-subset-ru-cyrillic.woff2").
 */
export function cutFileName(file: string, edition: string, sourceName: string): string {
  const suffix = [edition === 'en' ? '' : edition, sourceName].filter(Boolean).join('-');
  return suffix ? file.replace(/\.woff2$/, `-${suffix}.woff2`) : file;
}

/**
 * The cuts of one font for `pages` (English first). Each character goes to exactly one cut: the first
 * page that shows it, from the first source file that has it, so the faces' unicode-ranges never overlap
 * and a character the English page shows ("Русский" in the language switch) stays in the English cut.
 * A character that no source has is left out (the fallback fonts draw it); a cut with no characters is
 * not made.
 */
export function planCuts(file: string, sources: SourceFile[], pages: PageText[]): CutPlan[] {
  const taken = new Set<number>();
  const cuts: CutPlan[] = [];
  for (const { edition, text } of pages) {
    for (const { name, source, codePoints } of sources) {
      const chars = [...text].filter((char) => {
        const codePoint = char.codePointAt(0) ?? 0;
        return codePoints.has(codePoint) && !taken.has(codePoint);
      });
      if (chars.length === 0) continue;
      for (const char of chars) taken.add(char.codePointAt(0) ?? 0);
      cuts.push({ edition, source, file: cutFileName(file, edition, name), text: chars.join('') });
    }
  }
  return cuts;
}
