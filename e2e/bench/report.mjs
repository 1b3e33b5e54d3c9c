// The bench's printout: settings, a table of medians with one column per page, and the audits that cost points.
import { auditsBelowFull, erroredAudits, figures } from './figures.mjs';

/**
 * @typedef {object} Target
 * @property {string} name   column heading: "ours" or "other"
 * @property {string} url
 * @property {import('lighthouse').Result[]} lhrs one Lighthouse result per run
 * @property {number[]} longest the longest scroll long task (ms) of each scroll run
 */

/**
 * The whole printout as lines of text.
 * @param {{ targets: Target[], folder: string, scrollRuns: number }} bench
 * @returns {string[]}
 */
export function formatReport({ targets, folder, scrollRuns }) {
  const [ours] = targets;
  const first = ours?.lhrs[0];
  if (!ours || !first) throw new Error('no Lighthouse result to report');
  const settings = first.configSettings;
  const screen = settings.screenEmulation;
  const { rttMs, throughputKbps, cpuSlowdownMultiplier } = settings.throttling;
  return [
    `Lighthouse ${first.lighthouseVersion}, ${settings.formFactor}, throttling ${settings.throttlingMethod}: ` +
      `${rttMs} ms RTT, ${((throughputKbps ?? 0) / 1024).toFixed(1)} Mbps down, ${cpuSlowdownMultiplier}x CPU slowdown; ` +
      `screen ${screen.width}×${screen.height} at ${screen.deviceScaleFactor}x`,
    `Medians of ${ours.lhrs.length} Lighthouse run(s) per page. Main-thread work is Lighthouse's, ` +
      `scaled by its CPU slowdown. Scroll: longest long task while scrolling top to bottom at ${cpuSlowdownMultiplier}x CPU, ` +
      `median of ${scrollRuns} run(s).`,
    ...targets.map((t) => `${t.name}: ${t.url}`),
    `Raw Lighthouse JSON: ${folder}/`,
    '',
    ...table(targets),
    '',
    ...targets.flatMap(auditLines),
  ];
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
