// "Share this step" and the step's graphic as an image, under the graphic panel: for the step the reader is
// on, whose own page (./steps/<id>/, docs/CONTRACT.md) is what gets shared, with its own preview.
import { useState } from 'react';
import { useT } from '#src/edition/edition-context.tsx';
import { isOfflineFile } from '#src/lib/is-offline-file.ts';
import { stepFolder } from '#src/steps/step-addresses.ts';

/**
 * Shares the step page's address: the system's share sheet where there is one, else the clipboard. A
 * reader who dismisses the sheet has chosen not to share; a sheet that fails falls back to copying. Where
 * neither may be used (a host's frame that allows neither, as most embeds do), the step's page opens in a
 * new tab, whose address the reader can share.
 * @returns whether the address was copied (so the reader is told)
 */
async function share(url: string, title: string): Promise<boolean> {
  if (navigator.share) {
    try {
      await navigator.share({ title, url });
      return false;
    } catch (error) {
      if ((error as Error).name === 'AbortError') return false;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    window.open(url, '_blank', 'noopener');
    return false;
  }
}

/** Left out of the offline file: there are no step pages beside a file:// page. */
export function TakeOut({ stepId, title }: { stepId: string; title: string }) {
  const t = useT();
  const [copied, setCopied] = useState<string | null>(null);
  if (isOfflineFile) return null;
  const page = stepFolder({ path: '' }, stepId);
  const onShare = () => {
    void share(new URL(page, window.location.href).href, title).then((didCopy) => setCopied(didCopy ? stepId : null));
  };
  const link = 'text-muted underline decoration-rule underline-offset-4 hover:text-ink';
  return (
    // On the narrowest phones a smaller size keeps it off "Show the numbers", on the same line.
    <div
      data-take-out
      className="absolute right-3 bottom-3 z-20 flex items-baseline gap-3 font-sans text-sm max-sm:text-xs sm:right-4 sm:bottom-4"
    >
      <span role="status" className="text-muted">
        {copied === stepId ? t('takeOut.copied') : ''}
      </span>
      <button type="button" data-needs-js onClick={onShare} className={link}>
        {t('takeOut.step')}
      </button>
      {/* A phone's panel is half a screen, and its reader shares rather than downloads: the step page has the images. */}
      <span className="flex gap-2 max-sm:hidden">
        <span className="text-muted">{t('takeOut.image')}</span>
        <a href={`${page}graphic.png`} download className={link}>
          {t('takeOut.png')}
        </a>
        <a href={`${page}graphic.svg`} download className={link}>
          {t('takeOut.svg')}
        </a>
      </span>
    </div>
  );
}
