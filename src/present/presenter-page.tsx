// The presenter view (S in presentation): on the teacher's own screen, the notes, what comes next, the time.
import { useEffect } from 'react';
import type { PageStory } from '#src/data/validate.ts';
import { slideLabel } from './slides.ts';
import { usePresentation } from './use-presentation.ts';
import { Overview } from './overview.tsx';
import { KeysDialog } from './keys-dialog.tsx';
import { presenterNotes } from './presenter-notes.ts';
import { PresenterNotesList } from './presenter-notes-list.tsx';
import { GraphicThumbnail } from './graphic-thumbnail.tsx';
import { ElapsedTimer } from './elapsed-timer.tsx';
import { StepNumberHint } from './step-number-hint.tsx';
import { useEdition, useT } from '#src/edition/edition-context.tsx';
import { useQuery } from '@tanstack/react-query';
import { receiptsQuery } from '#src/story/receipts/receipts-file.ts';

const button = 'rounded-md border border-rule bg-panel px-[0.9em] py-[0.4em] font-semibold hover:border-ink disabled:opacity-40';

export function PresenterPage({ story }: { story: PageStory }) {
  const t = useT();
  const { code } = useEdition();
  const receipts = useQuery(receiptsQuery);
  const { count, slide, setSlide, blackout, dialog, closeDialog, act, typed } = usePresentation(story);
  useEffect(() => {
    document.title = t('joins.labelled', { label: t('present.presenter'), text: story.meta.headline });
  }, [story, t]);

  const step = story.steps[slide - 1];
  const next = story.steps[slide];
  const label = slideLabel(t, slide, count);
  return (
    <div
      data-presenter
      className="grid min-h-dvh grid-rows-[auto_minmax(0,1fr)_auto] gap-4 bg-page p-6 font-sans text-ink"
      lang={story.language}
    >
      <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-rule pb-3">
        <h1 className="text-xl font-semibold">{t('present.presenter')}</h1>
        <p data-presenter-label className="text-xl tabular-nums">
          {label}
        </p>
        <span className="flex-1" />
        {blackout && (
          <p data-presenter-blackout aria-hidden="true" className="rounded-md bg-ink px-3 py-1 font-semibold text-page">
            {t('present.blackedOut')}
          </p>
        )}
        <ElapsedTimer />
      </header>
      <main className="grid min-h-0 gap-6 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="presenter-now" className="min-h-0 overflow-auto text-[length:clamp(17px,1.4vw,22px)] leading-snug">
          <h2 id="presenter-now" className="mb-3 text-[1.3em] font-semibold">
            {step ? (step.kicker ?? story.meta.kicker) : story.meta.headline}
          </h2>
          {step && (
            <>
              <h3 className="mb-2 text-[0.85em] font-semibold text-muted">{t('present.notesHeading')}</h3>
              {receipts.data ? (
                <PresenterNotesList notes={presenterNotes(t, story, slide - 1, receipts.data, code)} />
              ) : (
                <p className="text-muted">{receipts.isError ? t('receipt.failed') : t('receipt.loading')}</p>
              )}
            </>
          )}
        </section>
        <section data-presenter-next aria-labelledby="presenter-next" className="min-h-0">
          <h2 id="presenter-next" className="mb-2 font-semibold text-muted">
            {t('present.nextHeading')}
          </h2>
          {next ? (
            <>
              <p className="mb-2 text-lg font-semibold">{next.kicker ?? story.meta.kicker}</p>
              <GraphicThumbnail stepId={next.id} />
            </>
          ) : (
            <p className="text-muted">{t('present.lastStep')}</p>
          )}
        </section>
      </main>
      <nav aria-label={t('present.bar.label')} className="flex gap-3 border-t border-rule pt-3">
        <button type="button" className={button} onClick={() => act('previous')} disabled={slide === 0}>
          {t('present.bar.previous')}
        </button>
        <button type="button" className={button} onClick={() => act('next')} disabled={slide === count}>
          {t('present.bar.next')}
        </button>
      </nav>
      <StepNumberHint typed={typed} />
      {dialog === 'help' && <KeysDialog onClose={closeDialog} />}
      {dialog === 'overview' && <Overview story={story} slide={slide} onGo={setSlide} onClose={closeDialog} />}
      <p role="status" aria-live="polite" className="sr-only">
        {blackout
          ? t('present.blackedOut')
          : t('joins.labelled', { label, text: step ? (step.kicker ?? story.meta.kicker) : story.meta.headline })}
      </p>
    </div>
  );
}
