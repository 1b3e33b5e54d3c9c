// The bench's printout: settings, a table of medians with one column per page, the page-to-floor ratios,
// and the audits that cost points.
import { auditsBelowFull, erroredAudits, figures } from './figures.mjs';

/**
 * @typedef {object} Target
 * @property {string} name   column heading: "page", "floor", or another page's folder or host
 * @property {string} url
 * @property {boolean} live  whether the page sets html[data-live] once hydrated (the scroll probe waits for it)
 * @property {import('lighthouse').Result[]} lhrs one Lighthouse result per run
 * @property {number[]} longest the longest scroll long task (ms) of each scroll run
 */

/** The most the page's LCP may be, as a multiple of the floor's, before the bench fails. */
export const maxLcpRatio = 1.1;

/** @param {Target} target @param {string} audit */
const medianOf = (target, audit) => median(target.lhrs.map((lhr) => lhr.audits[audit]?.numericValue ?? NaN));

/**
 * The page's median LCP over the floor's (targets[0] is the page, targets[1] the floor).
 * @param {Target[]} targets
 */
export function lcpRatio([page, floor]) {
  if (!page || !floor) return NaN;
  return medianOf(page, 'largest-contentful-paint') / medianOf(floor, 'largest-contentful-paint');
}

/**
 * The whole printout as lines of text.
 * @param {{ targets: Target[], folder: string }} bench
 * @returns {string[]}
 */
export function formatReport({ targets, folder }) {
  const [page, floor] = targets;
  const first = page?.lhrs[0];
  if (!page || !floor || !first) throw new Error('no Lighthouse result to report');
  const settings = first.configSettings;
  const screen = settings.screenEmulation;
  const { rttMs, throughputKbps, cpuSlowdownMultiplier } = settings.throttling;
  return [
    `Lighthouse ${first.lighthouseVersion}, ${settings.formFactor}, throttling ${settings.throttlingMethod}: ` +
      `${rttMs} ms RTT, ${((throughputKbps ?? 0) / 1024).toFixed(1)} Mbps down, ${cpuSlowdownMultiplier}x CPU slowdown; ` +
      `screen ${screen.width}×${screen.height} at ${screen.deviceScaleFactor}x`,
    `Medians of ${page.lhrs.length} interleaved run(s) per page. Main-thread work is Lighthouse's. Scroll: longest ` +
      `long task while scrolling top to bottom at ${cpuSlowdownMultiplier}x CPU, median of ${page.longest.length} run(s).`,
    `The floor is the same prerendered page with its scripts removed.`,
    ...targets.map((t) => `${t.name}: ${t.url}`),
    `Raw Lighthouse JSON: ${folder}/`,
    '',
    ...table(targets),
    '',
    'Against the floor (ratio of medians; where the floor is 0, the difference):',
    ...targets.filter((t) => t !== floor).map((t) => `  ${t.name}: ${againstFloor(t, floor)}`),
    `  limit: the page's LCP at most ${maxLcpRatio.toFixed(2)}x the floor's: ${lcpRatio(targets) <= maxLcpRatio ? 'met' : 'NOT MET'}`,
    '',
    ...targets.flatMap(auditLines),
  ];
}

/**
 * One page's LCP, TBT and longest scroll task against the floor's.
 * @param {Target} target
 * @param {Target} floor
 */
function againstFloor(target, floor) {
  /** @param {number} value @param {number} base */
  const compare = (value, base) =>
    base > 0 ? `${(value / base).toFixed(2)}x` : `${value >= base ? '+' : ''}${Math.round(value - base)} ms over 0`;
  return [
    `LCP ${compare(medianOf(target, 'largest-contentful-paint'), medianOf(floor, 'largest-contentful-paint'))}`,
    `TBT ${compare(medianOf(target, 'total-blocking-time'), medianOf(floor, 'total-blocking-time'))}`,
    `longest scroll task ${compare(median(target.longest), median(floor.longest))}`,
  ].join(', ');
}

/**
 * The figures as rows, one column per page.
 * @param {Target[]} targets
 */
function table(targets) {
  const rows = [
    ['', ...targets.map((t) => t.name)],
    ...figures.map((figure) => [
      figure.label,
      ...targets.map((target) => {
        const value = median(figure.read ? target.lhrs.map(figure.read) : target.longest);
        return Number.isNaN(value) ? '–' : figure.format(value);
      }),
    ]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  const cell = (/** @type {string} */ text, /** @type {number} */ column) =>
    column === 0 ? text.padEnd(widths[0] ?? 0) : text.padStart(widths[column] ?? 0);
  return rows.map((row) => row.map(cell).join('   '));
}

/**
 * The audits that cost a page points, with in how many runs they did, and those that could not run.
 * @param {Target} target
 */
function auditLines({ name, lhrs }) {
  /** @type {Map<string, { line: string, shown: Set<string>, runs: number }>} */
  const seen = new Map();
  for (const lhr of lhrs) {
    for (const audit of auditsBelowFull(lhr)) {
      const key = `${audit.category}/${audit.id}`;
      const entry = seen.get(key) ?? { line: `${audit.category.padEnd(14)} ${audit.id}: ${audit.title}`, shown: new Set(), runs: 0 };
      if (audit.displayValue) entry.shown.add(audit.displayValue);
      seen.set(key, { ...entry, runs: entry.runs + 1 });
    }
  }
  const errored = [...new Set(lhrs.flatMap(erroredAudits))];
  return [
    seen.size === 0
      ? `${name}: no weighted audit below full score`
      : `${name}: weighted audits below full score (in how many of ${lhrs.length} runs; values as shown in those runs):`,
    ...[...seen.values()].map(({ line, shown, runs }) => {
      const values = shown.size > 0 ? ` (${[...shown].join(' / ')})` : '';
      return `  ${runs}/${lhrs.length}  ${line}${values}`;
    }),
    ...(errored.length > 0 ? [`  audits Lighthouse could not run (no score): ${errored.join(', ')}`] : []),
  ];
}

/**
 * The median, ignoring figures a run could not give (NaN); NaN when there are none.
 * @param {number[]} values
 */
export function median(values) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}
