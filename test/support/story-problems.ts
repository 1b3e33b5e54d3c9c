// The problems the story's validation finds in some data, as the build would print them (empty when none).
import { StoryDataError } from '#src/data/validate.ts';
import { parseStory } from './english.ts';

export function problemsOf(input: unknown): string[] {
  try {
    parseStory(input);
  } catch (error) {
    if (error instanceof StoryDataError) return error.problems;
    throw error;
  }
  return [];
}
