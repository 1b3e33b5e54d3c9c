// Shared helpers for the presentation's teacher tools: opening the slides and reading where they are.
import { expect, type Page } from '@playwright/test';

/**
 * Opens presentation mode (at `hash`, a step's id) once its slides have replaced the story and it is live;
 * in the edition at `base` ("./ru/"), English by default.
 */
export function openSlides(page: Page, hash = '', base = './') {
  return openPresentation(page, `${base}?mode=present${hash ? `#${hash}` : ''}`);
}

/** Opens the presentation at `address` and waits until it is live: its keys work only from then on. */
export async function openPresentation(page: Page, address: string) {
  await page.goto(address);
  await expect(page.locator('[data-present]')).toBeVisible();
  await expect(page.locator('html[data-live]')).toBeAttached();
}

export const slideLabel = (page: Page) => page.locator('[data-slide-label]');
export const announcer = (page: Page) => page.locator('[data-present] [role="status"]');

/** A step's thumbnail (an image of the build's file of its graphic) has arrived and is shown. */
export async function expectThumbnail(page: Page, stepId: string, within = page.locator('body')) {
  const image = within.locator(`img[data-thumbnail="${stepId}"]`);
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}
