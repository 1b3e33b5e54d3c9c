// A step's own page (docs/CONTRACT.md: ./steps/<step-id>/), with its images and oEmbed file beside it.

/** A step's page, from its edition's page. */
export const stepPage = (stepId: string) => `steps/${encodeURIComponent(stepId)}/`;
