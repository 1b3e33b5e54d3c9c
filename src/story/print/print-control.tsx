// The "Print handout" button: fetches what the handout needs, then opens the browser's print dialog.
import { strings } from '#src/lib/strings.ts';
import { printHandout } from './load-handout.ts';

/** Prints even if the handout's code fails to download: the print styles alone still give the text. */
const loadAndPrint = () =>
  void printHandout
    .load()
    .catch(() => {})
    .then(() => window.print());

/** A plain text button, styled like the site header's other controls; not printed itself. */
export function PrintControl() {
  return (
    <button type="button" onClick={loadAndPrint} className="underline-offset-4 hover:underline print:hidden">
      {strings.printHandout}
    </button>
  );
}
