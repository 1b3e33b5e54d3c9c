// The receipts, live: a reader who activates a paragraph's mark (click, tap, Enter) sees what it rests on in
// place, instead of following the mark's link to the source page. One listener for every mark, since the
// marks are in the build's HTML, which no island owns; the popover's code and words load at the first one.
import { lazy, Suspense, useEffect, useState } from 'react';

const ReceiptPopover = lazy(() => import('./receipt-popover.tsx'));

export type OpenReceipt = { bound: string; mark: HTMLAnchorElement };

/** Whether a click is a plain one, not one asking the browser to open the link elsewhere. */
const plain = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

export function Receipts() {
  const [open, setOpen] = useState<OpenReceipt | null>(null);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const mark = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-receipt]') : null;
      if (!mark?.dataset.receipt || event.defaultPrevented || !plain(event)) return;
      event.preventDefault();
      setOpen({ bound: mark.dataset.receipt, mark });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ReceiptPopover key={open.bound} {...open} onClose={() => setOpen(null)} />
    </Suspense>
  );
}
