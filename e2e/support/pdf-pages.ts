// Counts the pages of a PDF (as Chromium's page.pdf() writes it) without a PDF library.

/**
 * The number of pages, read two ways that must agree: the page objects (`/Type /Page`) and the `/Count`
 * of the page tree's root (the `/Type /Pages` object with no `/Parent`). Throws where they disagree or
 * where neither is found (e.g. a PDF that keeps its objects in compressed object streams), so a test
 * can never pass on a count of zero.
 */
export function pdfPageCount(pdf: Buffer): number {
  const objects = pdf.toString('latin1').split(/\bendobj\b/);
  const pages = objects.filter((o) => /\/Type\s*\/Page(?![A-Za-z])/.test(o)).length;
  const root = objects.find((o) => /\/Type\s*\/Pages\b/.test(o) && !/\/Parent\b/.test(o));
  const count = Number(/\/Count\s+(\d+)/.exec(root ?? '')?.[1] ?? NaN);
  if (!Number.isInteger(count) || count !== pages) {
    throw new Error(`cannot count the PDF's pages: ${pages} page objects, page tree /Count ${count}`);
  }
  return count;
}
