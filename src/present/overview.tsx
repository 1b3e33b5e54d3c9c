// "O" in presentation: every step at once, its kicker and a thumbnail of its graphic; choosing one goes there.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { PageStory } from '#src/data/validate.ts';
import { PresentDialog } from './present-dialog.tsx';
import { GraphicThumbnail } from './graphic-thumbnail.tsx';
import { slideLabel } from './slides.ts';
import { useT } from '#src/edition/edition-context.tsx';

type Props = { story: PageStory; slide: number; onGo: (slide: number) => void; onClose: () => void };

/** How far each key moves the focus in a grid of `columns`. */
const offsets = (columns: number): Record<string, number> => ({
  ArrowRight: 1,
  ArrowLeft: -1,
  ArrowDown: columns,
  ArrowUp: -columns,
  Home: -Infinity,
  End: Infinity,
});

/** Arrow keys move through the grid as it is laid out (its columns follow the screen); Tab works too. */
function moveFocus(event: KeyboardEvent<HTMLOListElement>) {
  const buttons = [...event.currentTarget.querySelectorAll('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const top = buttons[0]?.getBoundingClientRect().top;
  const columns = buttons.filter((button) => button.getBoundingClientRect().top === top).length;
  const by = offsets(columns)[event.key];
  if (at < 0 || by === undefined) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, at + by))]?.focus();
}

export function Overview({ story, slide, onGo, onClose }: Props) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  // After the dialog has opened (its effect runs first): the current step has the focus, or the first from the title.
  useEffect(() => {
    const choices = list.current;
    (choices?.querySelector<HTMLButtonElement>('[aria-current="step"]') ?? choices?.querySelector('button'))?.focus();
  }, []);
  return (
    <PresentDialog title={t('present.overviewTitle')} closeKeys={['o', 'O']} onClose={onClose} className="w-[96vw] max-w-none">
      <ol ref={list} onKeyDown={moveFocus} className="grid grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-3">
        {story.steps.map((step, index) => (
          <li key={step.id}>
            <button
              type="button"
              data-overview-step={step.id}
              aria-current={index + 1 === slide ? 'step' : undefined}
              onClick={(event) => {
                onGo(index + 1);
                event.currentTarget.closest('dialog')?.close();
              }}
              className="flex w-full flex-col gap-1 rounded-md border-2 border-transparent p-1 text-left hover:border-rule aria-[current=step]:border-ink"
            >
              <GraphicThumbnail stepId={step.id} />
              <span className="text-sm text-muted tabular-nums">{slideLabel(t, index + 1, story.steps.length)}</span>
              <span className="leading-tight font-semibold">{step.kicker ?? story.meta.kicker}</span>
            </button>
          </li>
        ))}
      </ol>
    </PresentDialog>
  );
}
