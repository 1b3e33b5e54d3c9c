// The reader page's "Present" control: opens presentation mode at the step the reader is on.
import { useStepEngine } from '#src/story/steps-context.tsx';
import { useT } from '#src/edition/edition-context.tsx';

/** A plain link (it works before the page comes to life); the step is added as it is followed. */
export function PresentLink({ className }: { className?: string }) {
  const t = useT();
  const engine = useStepEngine();
  const withStep = (link: HTMLAnchorElement) => {
    const step = engine.get().last;
    link.href = `?mode=present${step ? `#${encodeURIComponent(step)}` : ''}`;
  };
  return (
    <a className={className} href="?mode=present" onClick={(event) => withStep(event.currentTarget)}>
      {t('present.open')}
    </a>
  );
}
