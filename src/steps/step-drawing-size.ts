// The size a step's page lays its graphic out at (step-figure.tsx), which the embed's height is reckoned from
// (src/build/step-pages/embed-height.ts).

/**
 * Near a phone's column, so the labels read at about their size there, and at most half as large again in
 * the page's widest column (36rem). 4:3, as the figure's box (`aspect-[4/3]`).
 */
export const stepDrawingSize = { width: 400, height: 300 };
