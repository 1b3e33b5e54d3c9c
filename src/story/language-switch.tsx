// The links to the story's other editions, each named in its own language, that keep the reader's step and
// mode: the address's query (?mode=present, ?mode=embed&childId=…) and hash (#lazada) go along
// (src/story/carry-address.ts).
import { editionHref } from '#src/edition/edition-href.ts';
import { useEdition, useT } from '#src/edition/edition-context.tsx';
import { isOfflineFile } from '#src/lib/is-offline-file.ts';

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
