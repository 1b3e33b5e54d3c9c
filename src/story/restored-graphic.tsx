// A graphic whose code could not be downloaded, shown as the build prerendered it (src/story/prerendered-graphics.ts).
import { useCallback } from 'react';
import type { GraphicKind } from '#src/data/schema.ts';
import { hasPrerenderedGraphic, prerenderedGraphic } from './prerendered-graphics.ts';
import { useT } from '#src/edition/edition-context.tsx';

/**
 * The prerendered copy in the graphic's place, shown and hidden by the current step like the graphic it
 * stands in for (hidden copies are inert and out of the accessibility tree). It is in its opening state,
 * which may not be this step's: a line under it says so. Where the page was not prerendered there is no
 * copy, and the box stays empty (the step's text and the sources carry the numbers).
 */
export function RestoredGraphic({ kind, active }: { kind: GraphicKind; active: boolean }) {
  const t = useT();
  // The copy's elements go into a box whose children React leaves alone (it renders none there): they
  // are the page's own prerendered nodes, cloned, so no markup is parsed.
  const host = useCallback(
    (box: HTMLDivElement | null) => {
      const copy = box && prerenderedGraphic(kind);
      if (copy) box.replaceChildren(copy);
    },
    [kind],
  );
  if (!hasPrerenderedGraphic(kind)) return null;
  return (
    <div
      data-restored-graphic={kind}
      inert={!active}
      aria-hidden={!active || undefined}
      className={`absolute inset-0 ${active ? 'z-10' : 'z-0 opacity-0'}`}
    >
      <div ref={host} className="contents" />
      <p className="absolute inset-x-3 bottom-1 m-0 font-sans text-xs text-muted">{t('graphicStale')}</p>
    </div>
  );
}
