// What the bench reads from a Lighthouse result: the figures of its table and the audits that cost points.

/** @param {import('lighthouse').Result} lhr @param {string} id */
const numeric = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;
/** @param {import('lighthouse').Result} lhr @param {string} id */
const score = (lhr, id) => {
  const value = lhr.categories[id]?.score;
  return value === null || value === undefined ? NaN : Math.round(value * 100);
};
/** @param {import('lighthouse').Result} lhr */
const scriptBytes = (lhr) => {
  const details = /** @type {{ items?: { resourceType: string, transferSize: number }[] } | undefined} */ (
    lhr.audits['resource-summary']?.details
  );
  return details?.items?.find((item) => item.resourceType === 'script')?.transferSize ?? NaN;
};

/**
 * The figures of the bench's table, in order: label, how to read one value from a Lighthouse result
 * (absent for figures measured outside Lighthouse), and how to print a value.
 * @type {{ label: string, read?: (lhr: import('lighthouse').Result) => number, format: (value: number) => string }[]}
 */
export const figures = [
  { label: 'Performance score', read: (lhr) => score(lhr, 'performance'), format: String },
  { label: 'Accessibility score', read: (lhr) => score(lhr, 'accessibility'), format: String },
  { label: 'Best practices score', read: (lhr) => score(lhr, 'best-practices'), format: String },
  { label: 'SEO score', read: (lhr) => score(lhr, 'seo'), format: String },
  { label: 'First Contentful Paint', read: (lhr) => numeric(lhr, 'first-contentful-paint'), format: ms },
  { label: 'Largest Contentful Paint', read: (lhr) => numeric(lhr, 'largest-contentful-paint'), format: ms },
  { label: 'Total Blocking Time', read: (lhr) => numeric(lhr, 'total-blocking-time'), format: ms },
  { label: 'Cumulative Layout Shift', read: (lhr) => numeric(lhr, 'cumulative-layout-shift'), format: (v) => v.toFixed(3) },
  { label: 'Speed Index', read: (lhr) => numeric(lhr, 'speed-index'), format: ms },
  { label: 'JavaScript transfer', read: scriptBytes, format: kb },
  { label: 'Total transfer', read: (lhr) => numeric(lhr, 'total-byte-weight'), format: kb },
  { label: 'Main-thread work', read: (lhr) => numeric(lhr, 'mainthread-work-breakdown'), format: ms },
  { label: 'Longest long task, scrolling', format: ms },
];

/** @param {number} value */
function ms(value) {
  return `${Math.round(value).toLocaleString('en-US')} ms`;
}

/** @param {number} bytes */
function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * The audits that cost points: those a category weighs (weight above 0) with a score below 1, as
 * `{ id, title, category, score, displayValue }`.
 * @param {import('lighthouse').Result} lhr
 */
export function auditsBelowFull(lhr) {
  return Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
      .map(({ ref, audit }) => ({
        id: ref.id,
        title: audit?.title ?? ref.id,
        category: category.id,
        score: audit?.score ?? 0,
        displayValue: audit?.displayValue ?? '',
      })),
  );
}

/**
 * The ids of the audits Lighthouse could not run (score mode "error"), such as those whose trace
 * parsing a newer Chromium than this Lighthouse knows breaks.
 * @param {import('lighthouse').Result} lhr
 */
export function erroredAudits(lhr) {
  return Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === 'error')
    .map((audit) => audit.id);
}
