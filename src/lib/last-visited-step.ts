// Shared state: the step the reader was last inside, kept even after they scroll away (e.g. up to the site's menu).
//
// Written by the story's address keeper (src/story/use-step-hash.ts) each time the current step changes.
// Read, at the moment a reader clicks, by the "Present" link (src/present/present-link.tsx), the "Embed"
// button (src/embed/embed-control.tsx) and the language switch (src/story/language-switch.tsx), which open
// presentation mode, the embed code and the other editions at that step.
// Nothing renders from it, so it has no subscribers. Null until the reader has been inside the story.

let step: string | null = null;

export const lastVisitedStep = {
  get: (): string | null => step,
  set(id: string) {
    step = id;
  },
};
