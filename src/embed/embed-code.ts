// The whole story's embed codes an editor can paste (README, "Embedding"), for the story at a given address;
// one step's graphic alone has its own (graphic-embed-code.ts).

/** The story's embed address, optionally opening at a step. */
export function embedUrl(storyUrl: string, stepId?: string | null): string {
  const url = new URL('./', storyUrl);
  url.search = '?mode=embed';
  url.hash = stepId ? `#${stepId}` : '';
  return url.href;
}

/** Text made safe in a double-quoted HTML attribute. */
export const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A value in an inline script: JSON, with `<` escaped so no "</script" can end the element. */
export const scriptValue = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The Pym.js parent script the site serves, at its root (`siteRoot`: the English edition's folder). */
export const pymParentScript = (siteRoot: string) => new URL('vendor/pym.v1.min.js', siteRoot).href;

/** Pym.js, with the parent script from the story's own site and scroll tracking on. */
export function pymEmbedCode(storyUrl: string, siteRoot: string, title: string, stepId?: string | null): string {
  return [
    `<div id="cross-border" aria-label="${attribute(title)}"></div>`,
    `<script src="${attribute(pymParentScript(siteRoot))}"></script>`,
    `<script>new pym.Parent('cross-border', ${scriptValue(embedUrl(storyUrl, stepId))}, { trackscroll: true, title: ${scriptValue(title)} });</script>`,
  ].join('\n');
}

/** A plain iframe of fixed height, for CMSs that allow nothing else. */
export function iframeEmbedCode(storyUrl: string, title: string, stepId?: string | null): string {
  return `<iframe src="${attribute(embedUrl(storyUrl, stepId))}" width="100%" height="600" style="border:0" title="${attribute(title)}"></iframe>`;
}
