// The "Embed" dialog: the whole story's embed codes, with the option to start at the step the reader was
// on, and that step's graphic alone; a copy button for each. Loaded when the reader first opens it
// (src/embed/embed-control.tsx).
import { useEffect, useId, useRef, useState } from 'react';
import { iframeEmbedCode, pymEmbedCode, pymParentScript } from './embed-code.ts';
import { graphicPymCode } from './graphic-embed-code.ts';
import { stepFolder } from '#src/steps/step-addresses.ts';
import { pageIds } from '#src/lib/page-ids.ts';
import { useT } from '#src/edition/edition-context.tsx';

type Code = { id: string; label: string; note: string; text: string };

function CodeBlock({ code }: { code: Code }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(code.text).then(() => setCopied(true));
  };
  return (
    <div className="mt-5">
      <label htmlFor={code.id} className="block font-semibold">
        {code.label}
      </label>
      <p className="mt-1 text-muted">{code.note}</p>
      <textarea
        id={code.id}
        readOnly
        rows={4}
        value={code.text}
        className="mt-2 w-full rounded border border-rule bg-page p-2 font-mono text-xs"
      />
      <button type="button" onClick={copy} className="mt-2 rounded bg-ink px-3 py-1.5 font-semibold text-page">
        {t('embed.copy')}
      </button>
      <span role="status" className="ml-3 text-muted">
        {copied ? t('embed.copied') : ''}
      </span>
    </div>
  );
}

/** What the codes are made from: the page's own address, the site's root, its title, and the reader's step, at opening. */
export type EmbedPage = { url: string; siteRoot: string; title: string; step: string | null };

/** Opens as a modal on mount; `onClose` when the reader closes it (button, Escape). */
export default function EmbedDialog({ page, onClose }: { page: EmbedPage; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [atStep, setAtStep] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    element?.addEventListener('close', onClose);
    return () => element?.removeEventListener('close', onClose);
  }, [onClose]);

  const step = atStep ? page.step : null;
  const codes: Code[] = [
    {
      id: pageIds.embedPym,
      label: t('embed.pym'),
      note: t('embed.pymNote'),
      text: pymEmbedCode(page.url, page.siteRoot, page.title, step),
    },
    {
      id: pageIds.embedIframe,
      label: t('embed.iframe'),
      note: t('embed.iframeNote'),
      text: iframeEmbedCode(page.url, page.title, step),
    },
    ...(page.step
      ? [
          {
            id: pageIds.embedGraphic,
            label: t('embed.graphicOnly'),
            note: t('embed.graphicOnlyNote', { step: page.step }),
            text: graphicPymCode({
              src: new URL(`${stepFolder({ path: '' }, page.step)}?mode=embed`, new URL('./', page.url)).href,
              title: page.title,
              stepId: page.step,
              pymParent: pymParentScript(page.siteRoot),
            }),
          },
        ]
      : []),
  ];

  return (
    <dialog
      ref={dialog}
      aria-labelledby={headingId}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-md border border-rule bg-panel p-6 text-sm text-ink backdrop:bg-black/50"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {t('embed.heading')}
      </h2>
      {page.step && (
        <label className="mt-3 flex items-center gap-2">
          <input type="checkbox" checked={atStep} onChange={(event) => setAtStep(event.target.checked)} />
          {t('embed.atStep', { step: page.step })}
        </label>
      )}
      {codes.map((code) => (
        <CodeBlock key={code.id} code={code} />
      ))}
      <div className="mt-6 text-right">
        <button type="button" onClick={() => dialog.current?.close()} className="rounded border border-rule px-3 py-1.5">
          {t('embed.close')}
        </button>
      </div>
    </dialog>
  );
}
