// Server-side entry used at build and by the dev server: the source page as a document (src/build/source-page/).
import { renderToStaticMarkup } from 'react-dom/server';
import { SourcePage, type SourcePageProps } from './source-page.tsx';

export function renderSourcePage(props: SourcePageProps): string {
  return `<!doctype html>${renderToStaticMarkup(<SourcePage {...props} />)}`;
}
