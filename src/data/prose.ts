// The story's reader-facing prose: every string the page or the downloads show in our words, with its JSON
// path. Tokens are resolved and digits checked here and nowhere else; the report's own words (quotes) are not
// prose: they are checked word for word against the report instead.
import type { StoryData } from './schema.ts';

type Rewrite = (text: string, path: string) => string;

/** The story with `rewrite` applied to every prose string; everything else (ids, dates, quotes) is kept as it is. */
export function mapProse<T extends StoryData>(data: T, rewrite: Rewrite): T {
  const list = (texts: string[], at: string) => texts.map((text, i) => rewrite(text, `${at}[${i}]`));
  // An optional field stays absent when it is absent, so the story keeps its shape.
  const optional = <K extends string>(key: K, text: string | undefined, at: string) =>
    text === undefined ? {} : ({ [key]: rewrite(text, at) } as Record<K, string>);
  const meta = data.meta;
  return {
    ...data,
    meta: {
      ...meta,
      kicker: rewrite(meta.kicker, '$.meta.kicker'),
      headline: rewrite(meta.headline, '$.meta.headline'),
      dek: rewrite(meta.dek, '$.meta.dek'),
      credit: rewrite(meta.credit, '$.meta.credit'),
    },
    people: data.people.map((p, i) => ({ ...p, role: rewrite(p.role, `$.people[${i}].role`) })),
    figures: data.figures.map((f, i) => {
      const at = `$.figures[${i}]`;
      const label = rewrite(f.label, `${at}.label`);
      return f.kind === 'derived' ? { ...f, label, method: rewrite(f.method, `${at}.method`) } : { ...f, label };
    }),
    events: data.events.map((e, i) => ({
      ...e,
      title: rewrite(e.title, `$.events[${i}].title`),
      summary: rewrite(e.summary, `$.events[${i}].summary`),
    })),
    graphics: Object.fromEntries(
      Object.entries(data.graphics).map(([key, g]) => [
        key,
        { title: rewrite(g.title, `$.graphics.${key}.title`), caption: rewrite(g.caption, `$.graphics.${key}.caption`) },
      ]),
    ) as T['graphics'],
    graphicStates: Object.fromEntries(
      Object.entries(data.graphicStates).map(([key, s]) => {
        const at = `$.graphicStates.${key}`;
        const description = rewrite(s.description, `${at}.description`);
        if (s.graphic !== 'map') return [key, { ...s, description }];
        return [key, { ...s, description, ...optional('note', s.note, `${at}.note`) }];
      }),
    ),
    steps: data.steps.map((s, i) => {
      const at = `$.steps[${i}]`;
      return {
        ...s,
        ...optional('kicker', s.kicker, `${at}.kicker`),
        paragraphs: list(s.paragraphs, `${at}.paragraphs`),
        ...(s.glosses && {
          glosses: s.glosses.map((g, j) => ({
            term: rewrite(g.term, `${at}.glosses[${j}].term`),
            text: rewrite(g.text, `${at}.glosses[${j}].text`),
          })),
        }),
      };
    }),
    method: list(data.method, '$.method'),
    gaps: list(data.gaps, '$.gaps'),
  };
}

/** Every prose string with its JSON path, in the order of the file. */
export function proseOf(data: StoryData): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  mapProse(data, (text, path) => {
    found.push({ path, text });
    return text;
  });
  return found;
}
