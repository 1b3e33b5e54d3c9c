// Addresses between editions: relative, so the editions work from any sub-path.
import type { EditionLink } from './edition.ts';

/**
 * The address of edition `to` relative to a page of edition `from`: "ru/" from English, "../" back,
 * "../zh/" across ("../ru/" to itself, "./" for English).
 */
export function editionHref(from: Pick<EditionLink, 'path'>, to: Pick<EditionLink, 'path'>): string {
  const up = from.path === '' ? '' : '../';
  return `${up}${to.path}` || './';
}
