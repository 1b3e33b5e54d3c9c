// Test support: the English story as its page shows it, made as the build makes it (src/build/edition/).
import raw from '#data/story.json' with { type: 'json' };
import { deriveStory, type Story } from '#src/data/derive-story.ts';
import { validateStory } from '#src/data/validate.ts';
import { englishFormat } from '#src/i18n/edition-format.ts';

/** `input` (the story file, or a changed copy of it) validated and derived in English. @throws StoryDataError */
export const parseStory = (input: unknown = raw): Story => deriveStory(validateStory(input), englishFormat());
