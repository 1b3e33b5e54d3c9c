// The story held to its report, run by the build (src/build/story-data-plugin.ts) and by the unit tests:
// quotes word for word, each figure's value in its own sentence, months as the report gives them, and no
// number typed into the prose that is not a figure's token, a year or the report's date.
import type { StoryData } from './schema.ts';
import { deriveStory } from './derive-story.ts';
import { englishMonthNames as monthNames, reportNumber } from './report-words.ts';
import { proseOf } from './prose.ts';
import { attributionProblems } from './attribution-checks.ts';
import { withoutTokens, type TokenWriter } from './tokens.ts';
import { sentenceProblems } from './sentence-checks.ts';

export type Problem = { path: string; message: string };

/** The text of each source report, by source id. */
export type Reports = Record<string, string>;

/** Where a quote must be found: its source's report, named by its file for the message. */
function inReport(data: StoryData, reports: Reports, sourceId: string, words: string, path: string): Problem[] {
  const report = reports[sourceId];
  const file = data.sources.find((s) => s.id === sourceId)?.file ?? sourceId;
  if (report === undefined) return [{ path, message: `the text of source "${sourceId}" is not available to check against` }];
  if (report.includes(words)) return [];
  return [{ path, message: `is not in the report (data/${file}) word for word` }];
}

/** Quotes, names and figures against the report's words. */
function quoteProblems(data: StoryData, reports: Reports): Problem[] {
  const problems: Problem[] = [];
  data.figures.forEach((f, i) => {
    if (f.kind === 'derived') return;
    problems.push(...inReport(data, reports, f.source, f.quote, `$.figures[${i}].quote`));
    // The value with its unit word ("5.4 trillion", "28.6 percent"), so a value from the same sentence's other figure does not pass.
    const written = `${reportNumber(f.value)} ${f.unit}`;
    if (!f.quote.includes(written))
      problems.push({ path: `$.figures[${i}].value`, message: `"${written}" is not in the figure’s own quote sentence` });
  });
  data.events.forEach((e, i) => {
    const at = `$.events[${i}]`;
    problems.push(...inReport(data, reports, e.source, e.quote, `${at}.quote`));
    const reportYear = data.sources.find((s) => s.id === e.source)?.date.slice(0, 4);
    const named = monthNames.filter((m) => e.quote.includes(m));
    if (e.timing === 'month') {
      const month = monthNames[Number(e.month.slice(5)) - 1] ?? '';
      if (!named.includes(month)) problems.push({ path: `${at}.month`, message: `its quote sentence does not name ${month}` });
      if (e.month.slice(0, 4) !== reportYear) problems.push({ path: `${at}.month`, message: `is not in the report’s year, ${reportYear}` });
    } else if (named.length > 0 || !/\brecently\b/.test(e.quote)) {
      problems.push({
        path: `${at}.timing`,
        message: 'is "reported-as-recent", but its quote sentence names a month or does not say "recently"',
      });
    }
  });
  data.quotes.forEach((q, i) => problems.push(...inReport(data, reports, q.source, q.text, `$.quotes[${i}].text`)));
  const allReports = Object.values(reports).join('\n');
  data.people.forEach((p, i) => {
    if (!allReports.includes(p.name)) problems.push({ path: `$.people[${i}].name`, message: 'is not in the report as written' });
  });
  return problems;
}

/** Numbers that may stand as typed text: years the report or a figure has, and the report's own date. */
function plainNumberRule(data: StoryData, reports: Reports) {
  const years = new Set<string>([
    ...Object.values(reports).flatMap((r) => r.match(/\b\d{4}\b/g) ?? []),
    ...data.sources.map((s) => s.date.slice(0, 4)),
    ...data.figures.flatMap((f) => (f.year === null ? [] : [String(f.year)])),
  ]);
  const days = new Set(data.sources.map((s) => `${Number(s.date.slice(8, 10))} ${monthNames[Number(s.date.slice(5, 7)) - 1]}`));
  return (number: string, after: string) => years.has(number) || days.has(`${number} ${/^\s+(\p{L}+)/u.exec(after)?.[1] ?? ''}`);
}

/** What to write instead of a typed number: the token of a figure the page states that way, if any. */
function suggestion(data: StoryData, number: string, write: TokenWriter): string {
  const figure = deriveStory(data, write).figures.find((f) => reportNumber(f.value) === number);
  if (figure) return `write the figure’s token, {${figure.id}} or {${figure.id}:value} (see data/README.md, “Numbers in the prose”)`;
  return `it is none of the story’s figures; write a number as a figure’s token, such as {${data.figures[0]?.id ?? 'figure-id'}} (see data/README.md, “Numbers in the prose”)`;
}

/** Every digit in the prose must be in a token, a year or the report's date. */
function typedNumberProblems(data: StoryData, reports: Reports, write: TokenWriter): Problem[] {
  const allowed = plainNumberRule(data, reports);
  const problems: Problem[] = [];
  for (const { path, text } of proseOf(data)) {
    const words = withoutTokens(text);
    for (const match of words.matchAll(/\d+(?:[.,]\d+)*/g)) {
      const number = match[0];
      if (allowed(number, words.slice(match.index + number.length))) continue;
      problems.push({ path, message: `"${number}" is a number typed into the prose: ${suggestion(data, number, write)}` });
    }
  }
  return problems;
}

/**
 * Everything in the story that does not match its reports. Expects data that passed `validateStory`.
 * @param reports the text of each source's file, by source id
 * @param write how the English edition writes the story's numbers (src/i18n/edition-format.ts)
 */
export function sourceProblems(data: StoryData, reports: Reports, write: TokenWriter): Problem[] {
  const report = reports[data.meta.source] ?? '';
  return [
    ...quoteProblems(data, reports),
    ...typedNumberProblems(data, reports, write),
    ...attributionProblems(deriveStory(data, write), report),
    ...sentenceProblems(data, report),
  ];
}
