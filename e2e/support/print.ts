// Printing as a browser does it: page.pdf() runs Chromium's print, which fetches the page's lazy images first.
import type { Page } from '@playwright/test';
import { pdfPageCount } from './pdf-pages.ts';

/** Collects the step graphic files the page fetched (their step ids), from now on. */
export function watchGraphicFiles(page: Page): Set<string> {
  const fetched = new Set<string>();
  page.on('requestfinished', (request) => {
    const id = /\/graphics\/([^/]+)\.svg$/.exec(request.url())?.[1];
    if (id) fetched.add(decodeURIComponent(id));
  });
  return fetched;
}

/**
 * Prints the page to an A4 PDF and says what the paper has: its pages, and the step graphics whose files
 * had arrived when the print was laid out (printing waits for the images it shows).
 */
export async function printToPdf(page: Page, fetched: Set<string>) {
  const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
  const shown = await page
    .locator('[data-print-graphic] img')
    .evaluateAll((images) =>
      images
        .filter((image) => image instanceof HTMLImageElement && image.complete && image.naturalWidth > 0)
        .map((image) => image.getAttribute('src')),
    );
  return { pages, graphics: [...fetched].filter((id) => shown.some((src) => src?.endsWith(`/${encodeURIComponent(id)}.svg`))) };
}
