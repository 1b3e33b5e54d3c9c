// The two embed codes an editor can paste (README, "Embedding"), for the story at a given address.

/** The story's embed address, optionally opening at a step. */
export function embedUrl(storyUrl: string, stepId?: string | null): string {
  const url = new URL('./', storyUrl);
  url.search = '?mode=embed';
  url.hash = stepId ? `#${stepId}` : '';
  return url.href;
}

/** Text made safe in a double-quoted HTML attribute. */
export const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Pym.js, with the parent script from the story's own site and scroll tracking on. */
export function pymEmbedCode(storyUrl: string, title: string, stepId?: string | null): string {
  const script = new URL('vendor/pym.v1.min.js', new URL('./', storyUrl)).href;
  return [
    `<div id="cross-border" aria-label="${attribute(title)}"></div>`,
    `<script src="${attribute(script)}"></script>`,
    `<script>new pym.Parent('cross-border', ${JSON.stringify(embedUrl(storyUrl, stepId)).replace(/</g, '\\u003c')}, { trackscroll: true, title: ${JSON.stringify(title).replace(/</g, '\\u003c')} });</script>`,
  ].join('\n');
}

/** A plain iframe of fixed height, for CMSs that allow nothing else. */
export function iframeEmbedCode(storyUrl: string, title: string, stepId?: string | null): string {
  return `<iframe src="${attribute(embedUrl(storyUrl, stepId))}" width="100%" height="600" style="border:0" title="${attribute(title)}"></iframe>`;
}
