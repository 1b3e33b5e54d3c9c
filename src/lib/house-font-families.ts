// The house fonts' family names, shared by the build (which writes their @font-face rules) and the page's
// stylesheet (src/styles/index.css, which names them in its font stacks).
export const houseFontFamilies = {
  serif: 'Source Serif 4 Variable',
  sans: 'Inter Variable',
  /** Han characters where the reader has no CJK font (src/build/fonts/han-font.ts); not "Noto Sans SC", which a reader may have installed. */
  han: 'Noto Sans SC Subset',
  /** Quotation marks, ellipsis and dash set full-width in Chinese: the reader's CJK font, else the Han subset. */
  hanPunctuation: 'Han Punctuation',
} as const;
