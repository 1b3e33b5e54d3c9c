// One receipt, open: the report's sentences a text rests on, in the report's words (in ru and zh ours, with
// the report's English beside them), each with its link to the source page; a derived figure's arithmetic;
// or that the words are ours, and of what kind. A native popover: Escape and a click elsewhere close it,
// and focus goes back to the mark.
import { useLayoutEffect, useRef } from 'react';
import { useEdition, useT } from '#src/edition/edition-context.tsx';
import { translator } from '#src/edition/message.ts';
import { sentenceHref, type Receipt, type Receipts } from './receipts-file.ts';
import { pageIds } from '#src/lib/page-ids.ts';

function Sentences({ receipt, file, code }: { receipt: Receipt; file: Receipts; code: string }) {
  const t = translator({ messages: file.messages, code });
  return (
    <>
      {receipt.sentences.map((s) => (
        <figure key={s.id} data-receipt-sentence={s.id} className="mt-3">
          <figcaption className="font-sans text-xs font-semibold text-muted">
            {t('receiptPopover.sentenceLabel', { number: s.id.slice(1) })}
          </figcaption>
          <blockquote lang={file.language} className="mt-1 border-l-2 border-accent pl-3 leading-relaxed">
            {s.text}
          </blockquote>
          {s.original && (
            <p lang="en" className="mt-1 pl-3.5 text-sm leading-snug text-muted">
              <span lang={file.language}>{t('receiptPopover.original')}: </span>
              {s.original}
            </p>
          )}
          <a href={sentenceHref(s.id)} className="mt-1 inline-block pl-3.5 font-sans text-sm text-accent underline underline-offset-2">
            {t('receiptPopover.open')}
          </a>
        </figure>
      ))}
      {receipt.derived.map((f) => (
        <p key={f.id} data-receipt-derived={f.id} className="mt-3 text-sm leading-relaxed">
          {t('receiptPopover.derived', { label: f.label, stated: f.stated, method: f.method })}
        </p>
      ))}
      {!Array.isArray(receipt.basis) && (
        <p data-receipt-ours={receipt.basis.ours} className="mt-3 leading-relaxed">
          {t(`receiptPopover.oursKind.${receipt.basis.ours}`)}
        </p>
      )}
    </>
  );
}

type Props = {
  mark: HTMLAnchorElement;
  /** The edition's claims file, once it is here, and the mark's receipt in it. */
  file: Receipts | undefined;
  receipt: Receipt | undefined;
  failed: boolean;
  onClose: () => void;
};

export default function ReceiptPopover({ mark, file, receipt, failed, onClose }: Props) {
  const t = useT();
  const { code } = useEdition();
  const popover = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const element = popover.current;
    if (!element) return;
    // Where the browser can, the popover sits at its mark and follows it as the page scrolls (styles/receipts.css).
    mark.style.setProperty('anchor-name', '--receipt');
    element.showPopover();
    element.focus();
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState !== 'closed') return;
      mark.style.removeProperty('anchor-name');
      // The event comes a task after the popover closed: a reader who has since moved focus to another
      // control (the next mark, say) keeps it there; a click on the text around gives it back to the mark.
      const focused = document.activeElement;
      const movedOn = focused instanceof HTMLElement && focused.tabIndex >= 0 && !element.contains(focused);
      if (!movedOn) mark.focus();
      onClose();
    };
    element.addEventListener('toggle', onToggle);
    return () => element.removeEventListener('toggle', onToggle);
  }, [mark, onClose]);

  return (
    <div
      ref={popover}
      popover="auto"
      role="dialog"
      aria-labelledby={pageIds.receiptHeading}
      tabIndex={-1}
      data-receipt-popover
      className="m-0 max-h-[min(60vh,30rem)] w-[min(28rem,calc(100vw-1rem))] overflow-auto rounded-md border border-rule bg-panel p-4 text-ink shadow-lg focus:outline-none"
    >
      <div className="flex items-start justify-between gap-3">
        <h2 id={pageIds.receiptHeading} className="font-sans text-sm font-semibold">
          {t('receipt.heading')}
        </h2>
        <button
          type="button"
          onClick={() => popover.current?.hidePopover()}
          className="-m-1 min-h-6 min-w-6 rounded-sm px-1 font-sans text-sm text-muted underline underline-offset-2 hover:text-accent focus-visible:outline-2 focus-visible:outline-accent"
        >
          {t('receipt.close')}
        </button>
      </div>
      <div aria-live="polite">
        {receipt && file ? (
          <Sentences receipt={receipt} file={file} code={code} />
        ) : (
          <p className="mt-3 text-sm text-muted">{failed ? t('receipt.failed') : t('receipt.loading')}</p>
        )}
        {failed && (
          <a href={mark.href} className="mt-2 inline-block font-sans text-sm text-accent underline underline-offset-2">
            {mark.textContent}
          </a>
        )}
      </div>
    </div>
  );
}
