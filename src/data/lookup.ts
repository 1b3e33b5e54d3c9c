// Finding things in a story by id. Ids are checked at load time, so a miss here is a programming error.
import type { PageStory, Figure } from './validate.ts';

function find<T extends { id: string }>(list: T[], id: string, what: string): T {
  const item = list.find((x) => x.id === id);
  if (!item) throw new Error(`No ${what} with id "${id}"`);
  return item;
}

export const figureById = (story: PageStory, id: string): Figure => find(story.figures, id, 'figure');
export const personById = (story: PageStory, id: string) => find(story.people, id, 'person');
export const quoteById = (story: PageStory, id: string) => find(story.quotes, id, 'quote');
