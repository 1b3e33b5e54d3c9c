// Shared helpers for the presentation's teacher tools: opening the slides and reading where they are.
import { expect, type Page } from '@playwright/test';

/**
 * Opens presentation mode (at `hash`, a step's id) once its slides have replaced the story and it is live;
 * in the edition at `base` ("./ru/"), English by default.
 */
export async function openSlides(page: Page, hash = '', base = './') {
  await page.goto(`${base}?mode=present${hash ? `#${hash}` : ''}`);
  await expect(page.locator('[data-present]')).toBeVisible();
  await expect(page.locator('html[data-live]')).toBeAttached();
}

export const slideLabel = (page: Page) => page.locator('[data-slide-label]');
export const announcer = (page: Page) => page.locator('[data-present] [role="status"]');

/** Collects console errors and uncaught exceptions for the test to check at the end. */
export function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
