// The frame every graphic sits in: <figure>, <figcaption>, the SVG sized to its container, and the table.
import { useRef, type ReactNode } from 'react';
import { useElementSize, type Size } from '#src/lib/use-element-size.ts';
import { useGraphicScale } from './graphic-scale.ts';
import { useT } from '#src/edition/edition-context.tsx';
import type { GraphicKind } from '#src/data/schema.ts';
import type { BoundText } from '#src/data/schema.ts';

type Props = {
  /** Which graphic this is; e2e tests and styles find graphics by it. */
  graphic: GraphicKind;
  title: string;
  caption: BoundText;
  /** Whether this graphic is the one the current step shows. Hidden graphics leave the accessibility tree. */
  active: boolean;
  /** Whether it follows its box's size (GraphicProps). */
  sized: boolean;
  /** The HTML table with the same numbers as the graphic, behind a "show the numbers" toggle. */
  table: ReactNode;
  /** Optional controls shown above the graphic (e.g. the yuan / US dollar switch); given whether the graphic is hidden. */
  controls?: (hidden: boolean) => ReactNode;
  /** Draws the SVG at the measured size. */
  children: (size: Size) => ReactNode;
};

/** Before measurement (and in prerendered HTML) graphics are drawn at this size and scaled by the viewBox. */
const initialSize: Size = { width: 640, height: 480 };

export function GraphicFrame({ graphic, title, caption, active, sized, table, controls, children }: Props) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  // A graphic far from the current step keeps the size it was drawn at (the viewBox scales it), so the
  // graphics hydrating at the reader's first move change no mark. It is drawn again at its box's size a
  // step before it shows, so the step that shows it changes a few classes only.
  const measured = useElementSize(box, initialSize, sized);
  const scale = useGraphicScale();
  const size = scale === 1 ? measured : { width: Math.round(measured.width / scale), height: Math.round(measured.height / scale) };
  /*
   * Hidden from assistive technology and the tab order from the prerendered HTML on, so nothing invisible
   * can be reached before the page comes to life. Without JavaScript the panel is not shown: each step
   * has the picture of its graphic instead (public/noscript.css), and the numbers are in the sources table.
   */
  const hidden = !active;
  return (
    /*
     * A hidden graphic is transparent, under the shown one, and out of the accessibility tree and the tab
     * order (aria-hidden, and its controls made unfocusable). Not `visibility` or `inert`: both are
     * inherited, so toggling them restyles every mark of the graphic at each step change, a long task on
     * a slow phone; these change a few elements only.
     */
    <figure
      data-graphic={graphic}
      data-active={active}
      aria-hidden={hidden || undefined}
      className={`graphic-motion absolute inset-0 m-0 flex flex-col gap-2 p-3 sm:p-4 ${active ? 'z-10 opacity-100' : 'z-0 opacity-0'}`}
    >
      <figcaption className="font-sans">
        <span className="block text-base font-semibold leading-tight sm:text-lg">{title}</span>
        {/* On phones the panel is half a screen: the caption stays for screen readers and in the table view. */}
        <span className="mt-1 block text-xs leading-snug text-muted max-sm:sr-only short:sr-only sm:text-sm">{caption.text}</span>
      </figcaption>
      {controls && <div data-needs-js>{controls(hidden)}</div>}
      <div ref={box} className="relative min-h-0 flex-1">
        <div className="absolute inset-0">{children(size)}</div>
      </div>
      <details className="group font-sans text-sm">
        {/* As wide as its words: the reader page's sharing links sit beside it, on the same line. */}
        <summary
          tabIndex={hidden ? -1 : undefined}
          className="w-fit cursor-pointer select-none text-muted underline decoration-rule underline-offset-4 hover:text-ink"
        >
          {t('showTable')}
        </summary>
        <div className="absolute inset-x-3 bottom-10 top-16 overflow-auto rounded border border-rule bg-panel p-3 shadow-lg sm:inset-x-4">
          {table}
        </div>
      </details>
    </figure>
  );
}
