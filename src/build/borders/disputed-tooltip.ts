// A disputed area's tooltip in an edition's language: its name, that it is disputed, and who administers
// and who claims it, as Natural Earth records them ("Crimea: disputed (administered by Russia; claimed by
// Ukraine)"). The wording is the edition catalog's (mapFrame.*): only the build uses it, so the pages carry
// just the sentences it makes.
import type { EditionFormat } from '#src/i18n/edition-format.ts';
import type { AreaStatus } from './natural-earth-note.ts';

/** The tooltip of area `name` with `status`; `countryName` names a country by its ISO two-letter code. */
export function disputedTooltip(
  name: string,
  { administration, claimants }: AreaStatus,
  { t, list }: EditionFormat,
  countryName: (code: string) => string,
): string {
  const clauses: string[] = [];
  if (administration === 'self') clauses.push(t('mapFrame.self'));
  else if (administration) clauses.push(t('mapFrame.administered', { country: countryName(administration) }));
  // Names in the nominative, as Intl gives them; the list joined as the language joins one ("Pakistan and India").
  const countries = list(claimants.map(countryName));
  clauses.push(t('mapFrame.claimed', { countries, count: claimants.length }));
  return t('mapFrame.tooltip', { name, status: clauses.reduce((first, next) => t('mapFrame.clauses', { first, next })) });
}
