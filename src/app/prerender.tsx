// Server-side entry used at build time: renders the whole story to HTML with its data already loaded.
import { prerenderToNodeStream } from 'react-dom/static';
import { makeQueryClient } from './query-client.ts';
import { Root } from './root.tsx';
import { storyQuery } from '#src/data/story-query.ts';
import { parseStory } from '#src/data/validate.ts';
import { addLocale, localeOf, setPageLocale, type LocaleWords } from '#src/data/format.ts';
import { setWording, type Wording } from '#src/lib/strings.ts';

/**
 * The story's HTML (the contents of #root) for the given raw story data, in its edition's language and
 * wording (undefined: English). `prerender` waits for every lazily loaded graphic, so the HTML holds all of
 * them. Editions render one after another: each sets the page's wording and number formats first.
 */
export async function renderStory(raw: unknown, wording: Wording | undefined): Promise<string> {
  const locale = localeOf((raw as { language: string }).language);
  if (wording?.format) addLocale(locale, wording.format as LocaleWords);
  setPageLocale(locale);
  setWording(wording);
  const story = parseStory(raw);
  const client = makeQueryClient();
  client.setQueryData(storyQuery.queryKey, story);
  // An unlimited chunk size keeps every boundary inline: no completion scripts (which the CSP would block).
  const { prelude } = await prerenderToNodeStream(<Root client={client} />, { progressiveChunkSize: Infinity });
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
