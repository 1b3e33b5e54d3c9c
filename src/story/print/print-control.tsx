// The "Print handout" button: the browser's print dialog. The page prints as the handout (src/styles/print.css).
import { useT } from '#src/edition/edition-context.tsx';

/** A plain text button, styled like the site header's other controls; not printed itself. */
export function PrintControl() {
  const t = useT();
  return (
    <button type="button" onClick={() => window.print()} className="underline-offset-4 hover:underline print:hidden">
      {t('printHandout')}
    </button>
  );
}
