// A modal dialog over the slides (the keys, the overview): opened as it mounts, closed by Escape or its own key.
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '#src/edition/edition-context.tsx';

type Props = {
  title: string;
  /** Keys that close it besides Escape (the key that opened it). */
  closeKeys: readonly string[];
  onClose: () => void;
  className?: string;
  children: ReactNode;
};

/**
 * The browser's own modal dialog: it keeps focus inside, makes the slides inert, closes on Escape and gives
 * focus back to where it was. The presentation's keys leave it alone while it is open (use-present-keys.ts).
 */
export function PresentDialog({ title, closeKeys, onClose, className = '', children }: Props) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-label={title}
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.ctrlKey || event.altKey || event.metaKey || !closeKeys.includes(event.key)) return;
        event.preventDefault();
        dialog.current?.close();
        // At once, not at the close event, which comes a task later: the same key pressed again before it
        // must open the dialog again, not be lost.
        onClose();
      }}
      className={`m-auto max-h-[92vh] overflow-auto rounded-lg border border-rule bg-page p-[2vw] font-sans text-ink backdrop:bg-black/60 ${className}`}
    >
      <div className="mb-4 flex items-baseline justify-between gap-4">
        <h2 className="text-[length:clamp(20px,1.6vw,32px)] font-semibold">{title}</h2>
        <form method="dialog">
          <button type="submit" className="rounded-md border border-rule bg-panel px-[0.9em] py-[0.4em] font-semibold hover:border-ink">
            {t('present.close')}
          </button>
        </form>
      </div>
      {children}
    </dialog>
  );
}
