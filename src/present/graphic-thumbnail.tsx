// A small picture of a step's graphic in that step's state, for the overview and the presenter's "next".
import { useEffect, useSyncExternalStore } from 'react';
import type { GraphicState } from '#src/data/schema.ts';
import type { Story } from '#src/data/validate.ts';
import { printHandout } from '#src/story/print/load-handout.ts';

/*
 * Drawn by the printed handout's code: every graphic's drawing in any state at one fixed size, with no
 * transitions or controls, which the SVG's viewBox scales down to the box. It loads once, shared with printing.
 */
const load = () => void printHandout.load().catch(() => {});

/** Hidden from screen readers: the button or heading it sits in names the step; the slide itself describes it. */
export function GraphicThumbnail({ story, state }: { story: Story; state: GraphicState | undefined }) {
  const handout = useSyncExternalStore(printHandout.subscribe, printHandout.get, () => null);
  useEffect(load, []);
  return (
    <div
      data-thumbnail={state?.graphic}
      aria-hidden="true"
      className="pointer-events-none aspect-[4/3] w-full overflow-hidden rounded border border-rule bg-panel [&_svg]:h-full [&_svg]:w-full"
    >
      {handout && state && <handout.PrintDrawing story={story} state={state} drawings={handout.drawings} />}
    </div>
  );
}
