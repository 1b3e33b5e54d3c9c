// The digits typed toward "a number, then Enter", shown while they are typed.
import { useT } from '#src/edition/edition-context.tsx';

export function StepNumberHint({ typed }: { typed: string }) {
  const t = useT();
  if (!typed) return null;
  return (
    <p
      data-step-number
      className="fixed top-[2vh] right-[2vw] z-40 rounded-md border border-rule bg-panel px-[0.9em] py-[0.4em] font-sans text-[length:clamp(18px,1.5vw,28px)] tabular-nums shadow"
    >
      {t.parts('present.goingTo', { step: <strong key="step">{typed}</strong> })}
    </p>
  );
}
