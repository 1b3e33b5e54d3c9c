// What the address asks of the page: the mode (docs/CONTRACT.md, "Addresses"), the projector theme, and, for
// embeds, Pym.js's childId and the background option.

export type PageMode = 'story' | 'embed' | 'present';

export type PageOptions = {
  mode: PageMode;
  /** The Pym.js child id, when a Pym.js parent made the iframe (it passes `childId` in the address). */
  childId: string | null;
  /** `?background=transparent`: the embed lets the host page's background show through. */
  transparent: boolean;
  /** `?theme=projector`: high contrast and large graphic labels, for a classroom projector. */
  projector: boolean;
};

const modes: readonly PageMode[] = ['story', 'embed', 'present'];

export function readPageOptions(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const mode = params.get('mode');
  const childId = params.get('childId');
  return {
    mode: modes.includes(mode as PageMode) ? (mode as PageMode) : 'story',
    childId: childId && /^[A-Za-z0-9_-]{1,128}$/.test(childId) ? childId : null,
    transparent: params.get('background') === 'transparent',
    projector: params.get('theme') === 'projector',
  };
}
