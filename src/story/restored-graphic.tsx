// A graphic whose code could not be downloaded, shown as the build prerendered it (src/story/prerendered-graphics.ts).
import type { GraphicKind } from '#src/data/schema.ts';
import { strings } from '#src/lib/strings.ts';
import { prerenderedGraphic } from './prerendered-graphics.ts';

/**
 * The prerendered copy in the graphic's place, shown and hidden by the current step like the graphic it
 * stands in for (hidden copies are inert and out of the accessibility tree). It is in its opening state,
 * which may not be this step's: a line under it says so. Where the page was not prerendered there is no
 * copy, and the box stays empty (the step's text and the sources carry the numbers).
 */
export function RestoredGraphic({ kind, active }: { kind: GraphicKind; active: boolean }) {
  const html = prerenderedGraphic(kind);
  if (!html) return null;
  return (
    <div
      data-restored-graphic={kind}
      inert={!active}
      aria-hidden={!active || undefined}
      className={`absolute inset-0 ${active ? 'z-10' : 'z-0 opacity-0'}`}
    >
      {/* Our own build's markup for this very page, kept before hydration; no data or message text reaches it. */}
      <div className="contents" dangerouslySetInnerHTML={{ __html: html }} />
      <p className="absolute inset-x-3 bottom-1 m-0 font-sans text-xs text-muted">{strings.graphicStale}</p>
    </div>
  );
}
