// One step of the story: its text, its quote, a text alternative for the graphic beside it, and the graphic on paper.
import type { Gloss, Step } from '#src/data/schema.ts';
import type { PageStory } from '#src/data/schema.ts';
import { personById, quoteById } from '#src/data/lookup.ts';
import { kickerId } from '#src/lib/page-ids.ts';
import { adjacent } from './source-line.tsx';
import { useT } from '#src/edition/edition-context.tsx';
import { PrintGraphic } from './print/print-graphic.tsx';
import { ReceiptMark } from './receipts/receipt-mark.tsx';
import { paragraphKey } from '#src/data/basis.ts';

type Props = {
  story: PageStory;
  step: Step;
  /** Whether this is the current step as the page opens: it then carries aria-current="step" (see docs/CONTRACT.md), which the scroll engine moves. */
  current: boolean;
};

/** Lower-cases a sentence's first letter ("Cross-border …" after "said"), leaving acronyms alone. */
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/**
 * What a person said, as the report gives it: Xinhua's English, in indirect speech ("said …"). The block
 * says so in a label ("As reported by Xinhua:") and carries no quotation marks, which would make these
 * the person's own words. The words after "said" are the report's, word for word
 * (src/data/source-checks.test.ts checks them against the source).
 */
export function StepQuote({ story, id }: { story: PageStory; id: string }) {
  const t = useT();
  const quote = quoteById(story, id);
  const person = personById(story, quote.person);
  return (
    <div data-quote={quote.id} className="mt-4 border-l-2 border-accent pl-4">
      <p data-step-text className="font-sans text-sm font-semibold text-muted">
        {t('reportedBy')}
      </p>
      <p data-step-text className="mt-1 text-lg leading-relaxed">
        {t.parts('step.said', {
          name: (
            <span key="name" className="font-semibold">
              {person.name}
            </span>
          ),
          role: person.role,
          quote: lowerFirst(quote.text),
        })}
      </p>
    </div>
  );
}

/** Terms a general reader may not know, explained in our words and labelled as not from the report. */
export function StepGlosses({ glosses }: { glosses: Gloss[] }) {
  const t = useT();
  return (
    <dl data-step-text className="mt-4 font-sans text-sm leading-relaxed text-muted">
      {glosses.map((g) => (
        <div key={g.id}>
          {adjacent(
            t,
            <dt className="inline font-semibold text-ink">{g.term}</dt>,
            <dd className="inline">{t('joins.labelled', { label: t('joins.parens', { text: t('glossLabel') }), text: g.text })}</dd>,
          )}
        </div>
      ))}
    </dl>
  );
}

/**
 * A step's words: kicker, paragraphs (each with its receipt's mark, but on a slide, where the presenter
 * notes give them), reported quote, and the graphic's description for screen readers.
 */
export function StepBody({ story, step, marks = true }: { story: PageStory; step: Step; marks?: boolean }) {
  const t = useT();
  const state = story.graphicStates[step.state];
  return (
    <>
      <h2 id={kickerId(step.id)} className="font-sans text-sm font-semibold uppercase tracking-wide text-accent">
        {step.kicker ?? story.meta.kicker}
      </h2>
      {step.paragraphs.map((paragraph) => (
        <p key={paragraph.id} data-step-text className="mt-3 text-lg leading-relaxed">
          <span>{paragraph.text}</span>
          {marks && <ReceiptMark bound={paragraphKey(step.id, paragraph.id)} basis={paragraph.basis} />}
        </p>
      ))}
      {step.quote && <StepQuote story={story} id={step.quote} />}
      {step.glosses && <StepGlosses glosses={step.glosses} />}
      {state && <p className="sr-only">{t('joins.labelled', { label: t('graphicLabel'), text: state.description })}</p>}
    </>
  );
}

export function StepCard({ story, step, current }: Props) {
  const state = story.graphicStates[step.state];
  return (
    <section
      id={step.id}
      data-step-id={step.id}
      aria-current={current ? 'step' : undefined}
      className="group flex min-h-[calc(var(--story-vh)*85)] scroll-mt-[calc(var(--story-vh)*50)] items-start pt-[calc(var(--story-vh)*4)] wide:scroll-mt-0"
    >
      {/* Ids the step was published under before a rename: old links land here, with or without script. */}
      {step.formerIds?.map((former) => (
        <span key={former} id={former} className="scroll-mt-[calc(var(--story-vh)*54)] wide:scroll-mt-[calc(var(--story-vh)*4)]" />
      ))}
      <div className="graphic-motion render-near w-full rounded-md border border-rule bg-panel p-5 shadow-sm group-aria-[current=step]:border-l-accent group-aria-[current=step]:inset-shadow-[3px_0_0_var(--color-accent)] sm:p-6">
        <StepBody story={story} step={step} />
      </div>
      {state && <PrintGraphic story={story} stepId={step.id} state={state} />}
    </section>
  );
}
