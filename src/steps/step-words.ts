// What a step's page says of the step in its head, its share card and its oEmbed file, from the edition's
// story and the catalog's `stepPage` group: one place, so the page and its oEmbed file never differ.
import type english from '#data/messages/en.json';
import type { StoryStep } from '#src/data/derive-story.ts';
import type { PageStory } from '#src/data/validate.ts';
import { messageText, type PageMessage } from '#src/edition/message.ts';

/** The step pages' own wording (the catalogs' `stepPage` group, which only the build writes), compiled as the page's are. */
export type StepWords = Record<keyof (typeof english)['stepPage'], PageMessage>;

/** The step's name: its kicker, or the story's where it has none (as its card shows it). */
export const stepName = (story: PageStory, step: StoryStep) => step.kicker ?? story.meta.kicker;

/** "April · Russia and the Belt and Road: …": the step, then the story it is from. */
export const stepTitle = (story: PageStory, step: StoryStep, words: StepWords) =>
  messageText(words.title, { step: stepName(story, step), story: story.meta.headline });

/** The step's first paragraph: what a search result or a share card says of it. */
export const stepDescription = (step: StoryStep) => step.paragraphs[0]?.text ?? '';

/** What the share image shows, for those who cannot see it: the graphic's title and what its state shows. */
export function stepImageAlt(story: PageStory, step: StoryStep, words: StepWords): string {
  const state = story.graphicStates[step.state];
  return state ? messageText(words.imageAlt, { title: story.graphics[state.graphic].title, description: state.description }) : '';
}
