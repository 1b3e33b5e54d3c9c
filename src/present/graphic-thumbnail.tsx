// A small picture of a step's graphic in that step's state, for the overview and the presenter's "next".
import { graphicFile, graphicFileSize } from '#src/graphics/graphic-file.ts';
import { isOfflineFile } from '#src/lib/is-offline-file.ts';

/**
 * The build's file of the step's graphic. Hidden from screen readers: the button or heading it sits in names
 * the step. The offline file has no files beside it (its handout's images are inside its HTML): no picture.
 */
export function GraphicThumbnail({ stepId }: { stepId: string }) {
  if (isOfflineFile) return null;
  return (
    <div aria-hidden="true" className="pointer-events-none aspect-[4/3] w-full overflow-hidden rounded border border-rule bg-panel">
      <img data-thumbnail={stepId} src={graphicFile(stepId)} alt="" {...graphicFileSize} className="block h-full w-full" />
    </div>
  );
}
