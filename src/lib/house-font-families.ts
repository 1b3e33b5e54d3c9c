// The house fonts' family names, shared by the build (which writes their @font-face rules) and the page
// (which loads them after its first paint: src/app/house-fonts.ts).
export const houseFontFamilies = {
  serif: 'Source Serif 4 Variable',
  sans: 'Inter Variable',
} as const;
