// Browser entry, kept tiny: the prerendered page paints first, then the app's code loads and hydrates it.
import '@/styles/index.css';

/** Resolves after the browser has painted a frame (the task after the next animation frame). */
const afterFirstPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });

// The story is whole in the HTML; the code only adds motion and controls, so nothing it does should
// hold back the first paint. (Loading React DOM on its own first, to split its evaluation from the
// story's, was tried: it made a full-page restyle fall into the reader's first scroll. Measure before
// trying again.)
void afterFirstPaint()
  .then(() => import('./start'))
  .then(({ start }) => start());
