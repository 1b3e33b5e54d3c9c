// Shared helpers for the browser tests: the story's steps and what each should show, and page actions.
import { expect, type Page } from '@playwright/test';
import raw from '#data/story.json' with { type: 'json' };

type State = { graphic: string; highlight?: unknown; event?: string | null };
export const steps = raw.steps.map((step) => ({
  id: step.id,
  state: (raw.graphicStates as Record<string, State>)[step.state]!,
}));
export const stepIds = steps.map((s) => s.id);

export const stepLocator = (page: Page, id: string) => page.locator(`[data-step-id="${id}"]`);
export const currentStep = (page: Page) => page.locator('[aria-current="step"]');
export const activeGraphic = (page: Page) => page.locator('figure[data-active="true"]');

/** Scrolls so that a step stands where a reader would be reading it. */
export async function scrollToStep(page: Page, id: string) {
  await stepLocator(page, id).evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

/** Waits for the step to be the one and only current step, with the graphic in its state. */
export async function expectCurrent(page: Page, id: string) {
  await expect(currentStep(page)).toHaveCount(1);
  await expect(currentStep(page)).toHaveAttribute('data-step-id', id);
  const step = steps.find((s) => s.id === id)!;
  await expect(activeGraphic(page)).toHaveCount(1);
  await expect(activeGraphic(page)).toHaveAttribute('data-graphic', step.state.graphic);
  if (step.state.graphic === 'timeline' && step.state.event) {
    await expect(activeGraphic(page).locator(`[data-event="${step.state.event}"]`)).toHaveAttribute('data-highlighted', 'true');
  }
  if (step.state.graphic === 'map' && Array.isArray(step.state.highlight)) {
    for (const place of step.state.highlight as string[]) {
      await expect(activeGraphic(page).locator(`[data-place="${place}"][data-highlighted="true"]`).first()).toBeAttached();
    }
  }
}

/** Scrolls to a step as a reader does, and waits until it is current with the graphic in its state. */
export async function reachStep(page: Page, id: string) {
  await scrollToStep(page, id);
  await expectCurrent(page, id);
}

/** Reads the story live to its end and into its sources: every graphic's code has come in and drawn. */
export async function readToTheEnd(page: Page) {
  for (const id of stepIds) await scrollToStep(page, id);
  await expectCurrent(page, stepIds.at(-1)!);
  await page.locator('#sources').scrollIntoViewIfNeeded();
  await expect(page.locator('figure[data-graphic] svg[role="img"]')).toHaveCount(4);
}

/** Opens the story and waits until its steps are on the page and the page has come to life. */
export async function openStory(page: Page, path = './') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(stepLocator(page, stepIds[0]!)).toBeAttached();
  await expect(page.locator('html[data-live]')).toBeAttached();
}

/** Opens the story at a step (`path` is the page's address without its fragment) and waits until that step is current. */
export async function openAtStep(page: Page, id: string, path = './') {
  await openStory(page, `${path}#${id}`);
  await expectCurrent(page, id);
}

/**
 * Resolves once the page has stopped scrolling (the same position for five animation frames) and two
 * more frames have passed, in which anything reacting to the scroll (the current step, the hash) runs.
 */
export async function scrollSettled(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise(requestAnimationFrame);
    let last = -1;
    for (let still = 0, i = 0; still < 5 && i < 600; i++) {
      await frame();
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
    }
    await frame();
    await frame();
  });
}
