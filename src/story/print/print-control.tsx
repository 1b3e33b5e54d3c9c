// The "Print handout" button: fetches what the handout needs, then opens the browser's print dialog.
import { printHandout } from './load-handout.ts';
import { useT } from '#src/edition/edition-context.tsx';

/** Prints even if the handout's code fails to download: the print styles alone still give the text. */
const loadAndPrint = () =>
  void printHandout
    .load()
    .catch(() => {})
    .then(() => window.print());

/** A plain text button, styled like the site header's other controls; not printed itself. */
export function PrintControl() {
  const t = useT();
  return (
    <button type="button" onClick={loadAndPrint} className="underline-offset-4 hover:underline print:hidden">
      {t('printHandout')}
    </button>
  );
}
