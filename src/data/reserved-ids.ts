// Which step ids the story may not use, and why: the page's own element ids (src/lib/page-ids.ts) and the
// ids it makes for steps' kickers. Build-time checking only (src/data/validate.ts), so none of it is in
// the page's code.
import { graphicIdPrefix, kickerId, pageIds } from '#src/lib/page-ids.ts';

/** What each page id is for, in the words of the build's message to an editor who gave it to a step. */
const purposes: Record<keyof typeof pageIds, string> = {
  root: 'the element the story is drawn in',
  edition: 'the edition’s data inside the page',
  mapFrameData: 'the map inside the offline file',
  claimsData: 'the receipts inside the offline file',
  receiptHeading: 'an open receipt’s heading',
  downloadsData: 'the data files inside the offline file',
  main: 'the story itself (the "Skip to the story" link)',
  sources: 'the Sources section (the header’s "Sources" link)',
  sourcesHeading: 'the Sources heading',
  gaps: 'the list of what the report does not tell us',
  download: 'the downloads (the header’s "Data" link)',
  presentHeadline: 'the presentation’s title slide',
  embedPym: 'the Embed dialog’s Pym.js code',
  embedIframe: 'the Embed dialog’s iframe code',
  embedGraphic: 'the Embed dialog’s code for one step’s graphic',
};

/**
 * Ids the page keeps free though it uses none of them today: "main" is the id skip links commonly point
 * at, and the page's own <main> may take it.
 */
const keptFree: Record<string, string> = { main: 'its main content (skip links look for #main)' };

const reserved = new Map<string, string>([
  ...Object.entries(pageIds).map(([key, id]): [string, string] => [id, purposes[key as keyof typeof pageIds]]),
  ...Object.entries(keptFree),
]);

/**
 * Why step ids would collide with an element id the page already has: one of the page's own, or another
 * step's kicker. Each step's element carries its id, so a collision would hand the page's links, its
 * inline data or a label to the step. (No page id ends in "-kicker", so a step's kicker meets none.)
 * @returns one problem per colliding step, by index in `stepIds`
 */
export function stepIdProblems(stepIds: readonly string[]): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  stepIds.forEach((id, index) => {
    const purpose = reserved.get(id);
    if (purpose !== undefined) problems.push({ index, message: `"${id}" is an id the page keeps for ${purpose}; choose another` });
    if (id.startsWith(graphicIdPrefix))
      problems.push({ index, message: `"${id}" starts as the ids of the graphics’ own parts do ("${graphicIdPrefix}"); choose another` });
    const owner = stepIds.find((other) => kickerId(other) === id);
    if (owner !== undefined)
      problems.push({ index, message: `"${id}" is the id the page gives the kicker of step "${owner}"; choose another` });
  });
  return problems;
}
