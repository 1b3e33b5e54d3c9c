// Server-side entry used at build time: renders an edition's whole story to HTML, and its steps' graphics to SVG.
import { prerenderToNodeStream } from 'react-dom/static';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Edition } from '#src/edition/edition.ts';
import { makeQueryClient } from './query-client.ts';
import { Root } from './root.tsx';
import { EditionProvider } from '#src/edition/edition-context.tsx';
import { StaticDrawing } from '#src/graphics/static-drawing.tsx';
import type { MapFrame } from '#src/graphics/map/frame-format.ts';

/**
 * The story's HTML (the contents of #root) in `edition`. `prerender` waits for every lazily loaded graphic,
 * so the HTML holds all of them. Nothing here is shared between editions: they may render at once.
 */
export async function renderStory(edition: Edition): Promise<string> {
  // An unlimited chunk size keeps every boundary inline: no completion scripts (which the CSP would block).
  const { prelude } = await prerenderToNodeStream(<Root client={makeQueryClient()} edition={edition} />, {
    progressiveChunkSize: Infinity,
  });
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Each step's graphic in that step's state, as SVG markup, for the build's graphic files
 * (src/build/graphic-files.ts): drawn by the same components as the page, with the edition's map frame.
 */
export function renderStepGraphics(edition: Edition, frame: MapFrame): { id: string; svg: string }[] {
  const { story } = edition;
  return story.steps.flatMap((step) => {
    const state = story.graphicStates[step.state];
    if (!state) return [];
    const svg = renderToStaticMarkup(
      <EditionProvider edition={edition}>
        <StaticDrawing story={story} state={state} frame={frame} />
      </EditionProvider>,
    );
    return [{ id: step.id, svg }];
  });
}
