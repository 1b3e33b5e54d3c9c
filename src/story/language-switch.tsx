// The links to the story's other editions, each named in its own language, that keep the reader's step and
// mode: the address's query (?mode=present, ?mode=embed&childId=…) and hash (#lazada) go along.
import type { MouseEvent, FocusEvent } from 'react';
import { lastVisitedStep } from '#src/lib/last-visited-step.ts';
import { editionHref, editionOf, editions } from '#src/data/editions.ts';
import { isOfflineFile } from '#src/lib/is-offline-file.ts';
import { strings } from '#src/lib/strings.ts';

/**
 * Writes the reader's query and step onto the link just before it is followed (a click, a middle click, a
 * keyboard's Enter after focus), so the other edition opens at the same step in the same mode. Read then,
 * not when the link was drawn: the hash follows the scroll.
 */
function carryAddress(event: MouseEvent<HTMLAnchorElement> | FocusEvent<HTMLAnchorElement>) {
  const link = event.currentTarget;
  const base = link.dataset.editionHref;
  // Above the story (where the switch is) the address has no step: the one the reader was last in.
  const last = lastVisitedStep.get();
  const step = window.location.hash || (last ? `#${last}` : '');
  if (base !== undefined) link.href = `${new URL(base, window.location.href).href.split(/[?#]/)[0]}${window.location.search}${step}`;
}

export function LanguageSwitch({ language, className = '' }: { language: string; className?: string }) {
  // The offline file is one edition in one file: the others are not beside it.
  if (isOfflineFile) return null;
  const current = editionOf(language);
  return (
    <nav aria-label={strings.languages} className={`font-sans print:hidden ${className}`}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {editions.map((edition) => (
          <li key={edition.code} lang={edition.lang}>
            {edition === current ? (
              <span aria-current="page" className="font-semibold text-ink">
                {edition.name}
              </span>
            ) : (
              <a
                href={editionHref(current, edition)}
                data-edition-href={editionHref(current, edition)}
                hrefLang={edition.lang}
                onClick={carryAddress}
                onAuxClick={carryAddress}
                onFocus={carryAddress}
                className="underline underline-offset-4 hover:text-ink"
              >
                {edition.name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
