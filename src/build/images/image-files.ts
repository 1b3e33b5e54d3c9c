// Where a step's images are, from its edition's page: beside the step's own page, ./steps/<step-id>/
// (docs/CONTRACT.md). The site's share images are head-tags.ts's (shareImage).

/** A step's folder, from its edition's page. */
export const stepFolder = (stepId: string) => `steps/${encodeURIComponent(stepId)}/`;

/** A step's images, in its folder, and the widths of the PNGs. */
export const stepImageFiles = {
  svg: 'graphic.svg',
  png: { file: 'graphic.png', width: 1200 },
  png2x: { file: 'graphic@2x.png', width: 2400 },
  share: 'share.png',
} as const;
