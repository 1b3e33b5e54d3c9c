// The problems the story's validation finds in some data, as the build would print them (empty when none).
import { parseStory, StoryDataError } from '#src/data/validate.ts';

export function problemsOf(input: unknown): string[] {
  try {
    parseStory(input, 'data/story.json');
  } catch (error) {
    if (error instanceof StoryDataError) return error.problems;
    throw error;
  }
  return [];
}
