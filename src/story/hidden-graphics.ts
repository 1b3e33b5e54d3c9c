// The graphics the opening step does not show wait unrendered for the page's first idle moment
// (src/styles/index.css). Then each is rendered in a task of its own, one after another: together they were
// a long task on a slow phone; one per idle moment, the last of them fell into the reader's first scroll
// (docs/decisions.md).
import { idle, nextTask } from '#src/lib/idle.ts';

export async function renderHiddenGraphics(page: Document): Promise<void> {
  await idle();
  for (const figure of page.querySelectorAll<HTMLElement>('figure[data-graphic]:not([data-rendered])')) {
    figure.setAttribute('data-rendered', '');
    // Reading its size lays it out now, in this task, not in the next frame beside a scroll's work.
    figure.getBoundingClientRect();
    await nextTask();
  }
  page.documentElement.setAttribute('data-graphics-ready', '');
}
