// The reader page's "Present" control: opens presentation mode at the step the reader is on.
import { lastVisitedStep } from '#src/lib/last-visited-step.ts';
import { strings } from '#src/lib/strings.ts';

/** A plain link (it works before the page comes to life); the step is added as it is followed. */
export function PresentLink({ className }: { className?: string }) {
  const withStep = (link: HTMLAnchorElement) => {
    const step = lastVisitedStep.get();
    link.href = `?mode=present${step ? `#${encodeURIComponent(step)}` : ''}`;
  };
  return (
    <a className={className} href="?mode=present" onClick={(event) => withStep(event.currentTarget)}>
      {strings.present.open}
    </a>
  );
}
