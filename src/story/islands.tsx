// The parts of the story page that respond to the reader, each hydrated on its own (src/app/start.tsx); the
// rest of the page (the story's text, the sources) is the build's HTML and stays so. Each island sits in an
// element with `data-island="<name>"`, and is prerendered there as part of the page.
import { useEffect } from 'react';
import { useEdition } from '#src/edition/edition-context.tsx';
import { EmbedControl } from '#src/embed/embed-control.tsx';
import { PresentLink } from '#src/present/present-link.tsx';
import { PrintControl } from './print/print-control.tsx';
import { GraphicPanel } from './graphic-panel.tsx';
import { StepButtons } from './step-buttons.tsx';
import { useReading } from './steps-context.tsx';
import { Receipts } from './receipts/receipt-island.tsx';
import { TakeOut } from './take-out.tsx';

function Panel() {
  const { story } = useEdition();
  const { index } = useReading();
  const step = story.steps[index];
  return (
    <GraphicPanel story={story} stepIndex={index}>
      {step && <TakeOut stepId={step.id} title={`${step.kicker ?? story.meta.kicker} · ${story.meta.kicker}`} />}
    </GraphicPanel>
  );
}

function Buttons() {
  const { story } = useEdition();
  const { index } = useReading();
  return <StepButtons ids={story.steps.map((s) => s.id)} index={index} />;
}

/** The site header's controls. */
function Controls() {
  return (
    <>
      <PresentLink className="underline-offset-4 hover:underline" />
      <PrintControl />
      <EmbedControl />
    </>
  );
}

export const islands = { panel: Panel, buttons: Buttons, controls: Controls, receipts: Receipts };

export type IslandName = keyof typeof islands;

/** Tells `onCommit` once the island is on the page and live. */
export function Committed({ onCommit }: { onCommit: () => void }) {
  useEffect(onCommit, [onCommit]);
  return null;
}
