// What went wrong in a page while a test drove it.
import type { Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions for the test to check at the end. */
export function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
