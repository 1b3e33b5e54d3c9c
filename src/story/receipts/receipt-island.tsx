// The receipts, live: a reader who activates a paragraph's mark (click, tap, Enter) sees what it rests on in
// place, instead of following the mark's link to the source page. One listener for every mark, since the
// marks are in the build's HTML, which no island owns; the popover's code and words load at the first one,
// and start loading as a pointer or focus reaches a mark.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { receiptOf, receiptsQuery } from './receipts-file.ts';

const load = () => import('./receipt-popover.tsx');
const ReceiptPopover = lazy(load);

type OpenReceipt = { bound: string; mark: HTMLAnchorElement };

/** Whether a click is a plain one, not one asking the browser to open the link elsewhere. */
const plain = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

const markOf = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-receipt]') : null);

export function Receipts() {
  const client = useQueryClient();
  const [open, setOpen] = useState<OpenReceipt | null>(null);
  const { data, isError } = useQuery({ ...receiptsQuery, enabled: open !== null });
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const mark = markOf(event);
      if (!mark?.dataset.receipt || event.defaultPrevented || !plain(event)) return;
      event.preventDefault();
      setOpen({ bound: mark.dataset.receipt, mark });
    };
    const onNear = (event: Event) => {
      if (!markOf(event)) return;
      void load();
      void client.prefetchQuery(receiptsQuery);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('pointerover', onNear);
    document.addEventListener('focusin', onNear);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('pointerover', onNear);
      document.removeEventListener('focusin', onNear);
    };
  }, [client]);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ReceiptPopover
        key={open.bound}
        mark={open.mark}
        file={data}
        receipt={data && receiptOf(data, open.bound)}
        failed={isError || (data !== undefined && receiptOf(data, open.bound) === undefined)}
        onClose={() => setOpen(null)}
      />
    </Suspense>
  );
}
