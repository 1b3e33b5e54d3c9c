// How large presentation draws the graphics' labels and marks, for the screen and the theme.

/**
 * How much larger than on the reader page the graphics draw labels and marks: a quarter larger up to a
 * 1280 px wide screen, growing with wider screens (a 14 px label is small on a 1920 px projector), and a
 * further third larger in the projector theme.
 */
export function graphicScaleFor(screenWidth: number, projector: boolean): number {
  const base = 1.25 * Math.min(Math.max(screenWidth / 1280, 1), 1.6);
  return Math.round(base * (projector ? 4 / 3 : 1) * 100) / 100;
}
