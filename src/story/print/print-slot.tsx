// Where the printed handout joins the reader page: a note for prints made without it, and the handout itself.
import { useEffect, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import type { Story } from '#src/data/validate.ts';
import { deferredGraphicsSettled } from '#src/story/deferred-graphics.ts';
import { printHandout } from './load-handout.ts';
import { usePrinting } from './use-printing.ts';
import { watchPrintIntent } from './print-intent.ts';
import { afterNetworkQuiet } from '#src/lib/network-quiet.ts';
import { useT } from '#src/edition/edition-context.tsx';

/** A failed download leaves the print as the print styles alone make it; the note says so on paper. */
const load = () => printHandout.load().catch(() => {});

/** The step's own element on the page (see docs/CONTRACT.md, "In the page"). */
const stepElement = (id: string) => document.querySelector(`[data-step-id="${CSS.escape(id)}"]`);

/**
 * Printed only when the handout is missing (print.css): the page was printed before its code arrived, or
 * without JavaScript. The text, the sources and the figures table still print; this says the graphics do not.
 */
export function PrintNote() {
  const t = useT();
  return <p data-print-note>{t('printNoGraphics')}</p>;
}

/**
 * While the page is printed, and once the handout's code is here: each step's graphic, in that step's
 * state, put into the step's own element beside its text (print.css lays them out), and the graphics'
 * tables after the sources. Into the steps themselves rather than a copy of the story, so the step ids
 * and the reader's place stay as they are, and nothing is left behind after printing. The code loads
 * after the deferred graphics (so it is in by the time a reader who has begun reading prints), once the
 * page has gone quiet, at the first sign of a print (print-intent.ts), or at the first print.
 */
export function PrintSlot({ story }: { story: Story }) {
  const handout = useSyncExternalStore(printHandout.subscribe, printHandout.get, () => null);
  const printing = usePrinting(load);
  useEffect(() => void deferredGraphicsSettled.then(load), []);
  // With no move at all, once the page has gone quiet: a teacher who opens the page and prints from the
  // browser's menu (or a script's PDF export) gets the whole handout. After the first visit's bytes
  // (e2e/budget.spec.ts), never with Save-Data, and only with a mouse or trackpad (a computer, where
  // handouts are printed): on the bench's throttled phone, running the handout's code doubled the total
  // blocking time (197 ms against 96 without it, the floor's 94) for a print a phone hardly ever makes.
  // A phone that prints still loads it at the first sign (print-intent.ts) or the reader's first move.
  useEffect(() => {
    if (window.matchMedia('(pointer: fine)').matches) void afterNetworkQuiet().then(load);
  }, []);
  useEffect(() => watchPrintIntent(load), []);
  if (!printing || !handout) return null;
  const { PrintGraphic, PrintTables, drawings } = handout;
  return (
    <>
      {story.steps.map((step) => {
        const element = stepElement(step.id);
        const state = story.graphicStates[step.state];
        return element && state && createPortal(<PrintGraphic story={story} state={state} drawings={drawings} />, element, step.id);
      })}
      <PrintTables story={story} drawings={drawings} />
    </>
  );
}
