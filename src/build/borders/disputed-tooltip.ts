// A disputed area's tooltip in an edition's language: its name, that it is disputed, and who administers
// and who claims it, as Natural Earth records them ("Crimea: disputed (administered by Russia; claimed by
// Ukraine)"). The wording is data (data/map/disputed-wording.json): only the build uses it, so the pages
// carry just the sentences it makes.
import type { Locale } from '#src/data/format.ts';
import { fill } from '#src/lib/fill.ts';
import wording from '#data/map/disputed-wording.json' with { type: 'json' };
import { intlLanguage } from '#src/build/country-names.ts';
import type { AreaStatus } from './natural-earth-note.ts';

/** The tooltip of area `name` with `status`; `countryName` names a country by its ISO two-letter code. */
export function disputedTooltip(
  name: string,
  { administration, claimants }: AreaStatus,
  locale: Locale,
  countryName: (code: string) => string,
): string {
  const words = wording[locale];
  const clauses: string[] = [];
  if (administration === 'self') clauses.push(words.self);
  else if (administration) clauses.push(fill(words.administered, { country: countryName(administration) }));
  // Names in the nominative, as Intl gives them; the list joined as the language joins one ("Pakistan and India").
  const countries = new Intl.ListFormat(intlLanguage[locale], { type: 'conjunction' }).format(claimants.map(countryName));
  clauses.push(fill(claimants.length === 1 ? words.claimedByOne : words.claimedByMany, { countries }));
  return fill(words.tooltip, { name, status: clauses.reduce((first, next) => fill(words.clauses, { first, next })) });
}
