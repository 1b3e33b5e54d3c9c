// A step's graphic on paper: the build's file of it (src/build/graphic-files.ts), in a figure only print shows.
import type { GraphicState } from '#src/data/schema.ts';
import type { PageStory } from '#src/data/validate.ts';
import { graphicFile, graphicFileSize } from '#src/graphics/graphic-file.ts';

/*
 * Part of the prerendered page, so a print made before any script ran, or without one, has every graphic.
 * Lazy: hidden on screen, the image is fetched only when the page is printed (browsers load lazy images
 * before printing). Its description is the step's own text for screen readers, so the image has no alt.
 */
export function PrintGraphic({ story, stepId, state }: { story: PageStory; stepId: string; state: GraphicState }) {
  const { title, caption } = story.graphics[state.graphic];
  return (
    <figure data-print-graphic={state.graphic} className="m-0 font-sans">
      <figcaption>
        <span className="block text-sm font-semibold leading-tight">{title}</span>
        <span className="mt-0.5 block text-xs leading-snug text-muted">{caption.text}</span>
      </figcaption>
      <img src={graphicFile(stepId)} alt="" loading="lazy" {...graphicFileSize} className="mt-1 block h-auto w-full" />
    </figure>
  );
}
