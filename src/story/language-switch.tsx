// The links to the story's other editions, each named in its own language, that keep the reader's step and
// mode: the address's query (?mode=present, ?mode=embed&childId=…) and hash (#lazada) go along.
import type { MouseEvent, FocusEvent } from 'react';
import { lastVisitedStep } from '#src/lib/last-visited-step.ts';
import { editionHref } from '#src/edition/edition-href.ts';
import { useEdition, useT } from '#src/edition/edition-context.tsx';
import { isOfflineFile } from '#src/lib/is-offline-file.ts';

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

export function LanguageSwitch({ className = '' }: { className?: string }) {
  const t = useT();
  const current = useEdition();
  // The offline file is one edition in one file: the others are not beside it. A page no other links to
  // (the pseudo-locale) lists only itself, and needs no switch.
  if (isOfflineFile || current.editions.length < 2) return null;
  return (
    <nav aria-label={t('languages')} className={`font-sans print:hidden ${className}`}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {current.editions.map((edition) => (
          <li key={edition.code} lang={edition.lang}>
            {edition.code === current.code ? (
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
