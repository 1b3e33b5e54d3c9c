// Server-side entry used at build and by the dev server: a step's page as a document (src/build/step-pages/).
import { renderToStaticMarkup } from 'react-dom/server';
import { StepPage, type StepPageProps } from './step-page.tsx';

export function renderStepPage(props: StepPageProps): string {
  return `<!doctype html>${renderToStaticMarkup(<StepPage {...props} />)}`;
}
