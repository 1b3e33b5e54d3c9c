// The embed codes an editor can paste (README, "Embedding"), for the story at a given address: the whole
// story, with Pym.js or in a plain iframe, and one step's graphic alone.
import { stepPage } from '#src/lib/step-page.ts';

/** The story's embed address, optionally opening at a step. */
export function embedUrl(storyUrl: string, stepId?: string | null): string {
  const url = new URL('./', storyUrl);
  url.search = '?mode=embed';
  url.hash = stepId ? `#${stepId}` : '';
  return url.href;
}

/** Text made safe in a double-quoted HTML attribute. */
export const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A value written into a script as a JavaScript string, which no "</script>" in it can end. */
const scriptString = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');

/** A Pym.js parent for `url` in the element `element` (an id safe as it is), with the parent script from the story's own site. */
function pymCode(storyUrl: string, element: string, url: string, title: string, options = ''): string {
  const script = new URL('vendor/pym.v1.min.js', new URL('./', storyUrl)).href;
  return [
    `<div id="${element}" aria-label="${attribute(title)}"></div>`,
    `<script src="${attribute(script)}"></script>`,
    `<script>new pym.Parent('${element}', ${scriptString(url)}, { ${options}title: ${scriptString(title)} });</script>`,
  ].join('\n');
}

/** The whole story with Pym.js, scroll tracking on: the steps follow the host page's scroll. */
export function pymEmbedCode(storyUrl: string, title: string, stepId?: string | null): string {
  return pymCode(storyUrl, 'cross-border', embedUrl(storyUrl, stepId), title, 'trackscroll: true, ');
}

/** One step's graphic alone (its step page's embed mode), as tall as it is: no scroll to follow. */
export function graphicEmbedCode(storyUrl: string, title: string, stepId: string): string {
  const url = new URL(`${stepPage(stepId)}?mode=embed`, new URL('./', storyUrl)).href;
  // A step id is kebab-case (src/data/schema.ts), safe as an element id and in a quoted string.
  return pymCode(storyUrl, `cross-border-${stepId}`, url, title);
}

/** A plain iframe of fixed height, for CMSs that allow nothing else. */
export function iframeEmbedCode(storyUrl: string, title: string, stepId?: string | null): string {
  return `<iframe src="${attribute(embedUrl(storyUrl, stepId))}" width="100%" height="600" style="border:0" title="${attribute(title)}"></iframe>`;
}
