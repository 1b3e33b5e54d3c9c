// The links to the story's other editions, each named in its own language, that keep the reader's step and
// mode: the address's query (?mode=present, ?mode=embed&childId=…) and hash (#lazada) go along
// (src/story/carry-address.ts).
import { editionHref } from '#src/edition/edition-href.ts';
import { useEdition, useT } from '#src/edition/edition-context.tsx';
import { isOfflineFile } from '#src/lib/is-offline-file.ts';
import { EditionLinks } from '#src/edition/edition-links.tsx';

export function LanguageSwitch({ className = '' }: { className?: string }) {
  const t = useT();
  const current = useEdition();
  // The offline file is one edition in one file: the others are not beside it. A page no other links to
  // (the pseudo-locale) lists only itself, and needs no switch.
  if (isOfflineFile || current.editions.length < 2) return null;
  return (
    <EditionLinks
      editions={current.editions}
      current={current.code}
      href={(to) => editionHref(current, to)}
      label={t('languages')}
      className={`font-sans print:hidden ${className}`}
      linkClassName="underline underline-offset-4 hover:text-ink"
      carried
    />
  );
}
