// Draws the graphics the reader cannot see yet, one at a time at idle moments after the page comes to life.
//
// Until then, the graphics that are not on screen are left out of style and layout (`content-visibility:
// hidden` on `figure[data-active=false]:not([data-warm])`, src/styles/index.css): restyling and laying out
// their SVGs was about a third of the work before the first paint. Each is drawn in an idle task of its own
// here, so that by the time the reader scrolls to it, showing it costs only its fade. A graphic the reader
// reaches sooner is drawn as it becomes active, by the same rule.
import { useEffect, type RefObject } from 'react';
import { idle } from '#src/lib/idle.ts';

export function useWarmGraphics(panel: RefObject<HTMLElement | null>) {
  useEffect(() => {
    let stopped = false;
    const warm = async () => {
      for (const figure of panel.current?.querySelectorAll<HTMLElement>('figure[data-graphic]:not([data-warm])') ?? []) {
        await idle(1000);
        if (stopped) return;
        figure.setAttribute('data-warm', '');
        // Style and layout here, in this idle task, rather than in whatever frame comes next.
        void figure.offsetHeight;
      }
    };
    void warm();
    return () => {
      stopped = true;
    };
  }, [panel]);
}
