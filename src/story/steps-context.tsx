// The scroll engine (src/story/step-engine.ts) for the page's islands: one context, set at each island's root.
import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { opening, stillEngine, type Reading, type StepEngine } from './step-engine.ts';

const StepsContext = createContext<StepEngine>(stillEngine);

export function StepsProvider({ engine, children }: { engine: StepEngine; children: ReactNode }) {
  return <StepsContext value={engine}>{children}</StepsContext>;
}

/** The engine itself, for a handler to read the reader's place when it runs (e.g. the last step read). */
export const useStepEngine = (): StepEngine => useContext(StepsContext);

/**
 * Where the reader is, re-rendering on each change of step. It starts at the opening, as the page was
 * prerendered (so hydration matches), and then follows the engine. Changes are transitions: if the new
 * step needs a graphic whose code is still loading, React keeps showing the current picture (instead of
 * a fallback) until it arrives.
 */
export function useReading(): Reading {
  const engine = useStepEngine();
  const [reading, setReading] = useState(opening);
  useEffect(() => {
    const follow = () => startTransition(() => setReading(engine.get()));
    follow();
    return engine.subscribe(follow);
  }, [engine]);
  return reading;
}
