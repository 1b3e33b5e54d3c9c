// The build's entry for the images' drawings, loaded through Vite as the prerender loads its own: each
// step's graphic in that step's state at the sizes the cards show it, and the site card's opening map,
// drawn by the page's own components (StaticDrawing) in the edition.
import { renderToStaticMarkup } from 'react-dom/server';
import type { GraphicState } from '#src/data/schema.ts';
import type { Edition } from '#src/edition/edition.ts';
import { EditionProvider } from '#src/edition/edition-context.tsx';
import type { MapFrame } from '#src/graphics/map/frame-format.ts';
import { StaticDrawing } from '#src/graphics/static-drawing.tsx';
import type { Size } from '#src/lib/use-element-size.ts';
import { openingMapState } from './opening-map.ts';
import { siteShareDrawing, stepShareDrawing } from './share-card.ts';
import { stepCardDrawing } from './step-card.ts';

export type Drawings = {
  /** Each step's drawing for its card and for its share card, by step id. */
  steps: { id: string; card: string; share: string }[];
  /** The site card's map. */
  opening: string;
};

export function renderDrawings(edition: Edition, frame: MapFrame): Drawings {
  const { story } = edition;
  const draw = (state: GraphicState, size: Size) =>
    renderToStaticMarkup(
      <EditionProvider edition={edition}>
        <StaticDrawing story={story} state={state} frame={frame} size={size} />
      </EditionProvider>,
    );
  const steps = story.steps.flatMap((step) => {
    const state = story.graphicStates[step.state];
    return state ? [{ id: step.id, card: draw(state, stepCardDrawing), share: draw(state, stepShareDrawing.layout) }] : [];
  });
  return { steps, opening: draw(openingMapState(story), siteShareDrawing.layout) };
}
