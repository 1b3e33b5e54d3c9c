// The story's reader-facing prose: every string the page or the downloads show in our words (the fields the
// schema marks `prose`), with its JSON path. Tokens are resolved and digits checked here and nowhere else;
// the report's own words (quotes) are not prose: they are checked word for word against the report instead.
import { StorySchema, type StoryData } from './schema.ts';
import { mapTexts, textsOf } from './text-fields.ts';

type Rewrite = (text: string, path: string) => string;

/** The story with `rewrite` applied to every prose string; everything else (ids, dates, quotes) is kept as it is. */
export function mapProse<T extends StoryData>(data: T, rewrite: Rewrite): T {
  return mapTexts(StorySchema, data, (text, kind, path) => (kind === 'prose' ? rewrite(text, path) : text));
}

/** Every prose string with its JSON path, in the order of the file. */
export function proseOf(data: StoryData): { path: string; text: string }[] {
  return textsOf(StorySchema, data).filter((field) => field.kind === 'prose');
}
