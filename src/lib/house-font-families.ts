// The house fonts' family names, shared by the build (which writes their @font-face rules) and the page's
// stylesheet (src/styles/index.css, which names them in its font stacks).
export const houseFontFamilies = {
  serif: 'Source Serif 4 Variable',
  sans: 'Inter Variable',
  /** Quotation marks, ellipsis and dash set full-width in Chinese, from the reader's CJK font (src/build/fonts/han-punctuation.ts). */
  hanPunctuation: 'Han Punctuation',
} as const;
