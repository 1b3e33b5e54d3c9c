// The reader page's "Embed" control: a dialog with both embed codes, a copy button for each, and the
// option to start at the step the reader is on.
import { useId, useRef, useState } from 'react';
import { iframeEmbedCode, pymEmbedCode } from './embed-code';
import { lastVisitedStep } from '@/story/use-step-hash';

type Code = { id: string; label: string; note: string; text: string };

function CodeBlock({ code }: { code: Code }) {
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
      <textarea id={code.id} readOnly rows={4} value={code.text} className="mt-2 w-full rounded border border-rule bg-page p-2 font-mono text-xs" />
      <button type="button" onClick={copy} className="mt-2 rounded bg-ink px-3 py-1.5 font-semibold text-page">
        Copy
      </button>
      <span role="status" className="ml-3 text-muted">
        {copied ? 'Copied' : ''}
      </span>
    </div>
  );
}

/** The button and its dialog; the codes are made when it opens, from the page's own address. */
export function EmbedControl() {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [atStep, setAtStep] = useState(false);
  const [page, setPage] = useState<{ url: string; title: string; step: string | null } | null>(null);

  const open = () => {
    setPage({ url: window.location.href, title: document.querySelector('h1')?.textContent ?? document.title, step: lastVisitedStep() });
    dialog.current?.showModal();
  };
  const step = atStep ? page?.step : null;
  const codes: Code[] = page
    ? [
        { id: 'embed-pym', label: 'With Pym.js', note: 'Takes the story’s full height and scrolls as a story in your page.', text: pymEmbedCode(page.url, page.title, step) },
        { id: 'embed-iframe', label: 'Plain iframe', note: 'For a CMS that allows only an iframe: the story scrolls inside it.', text: iframeEmbedCode(page.url, page.title, step) },
      ]
    : [];

  return (
    <>
      <button type="button" onClick={open} className="underline-offset-4 hover:underline">
        Embed
      </button>
      <dialog ref={dialog} aria-labelledby={headingId} className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-md border border-rule bg-panel p-6 text-sm text-ink backdrop:bg-black/50">
        <h2 id={headingId} className="text-lg font-semibold">
          Embed this story
        </h2>
        {page?.step && (
          <label className="mt-3 flex items-center gap-2">
            <input type="checkbox" checked={atStep} onChange={(event) => setAtStep(event.target.checked)} />
            Start at the current step ({page.step})
          </label>
        )}
        {codes.map((code) => (
          <CodeBlock key={code.id} code={code} />
        ))}
        <div className="mt-6 text-right">
          <button type="button" onClick={() => dialog.current?.close()} className="rounded border border-rule px-3 py-1.5">
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
