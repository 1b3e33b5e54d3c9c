// The page's edition, for every component: one context, set once at the root (src/app/root.tsx) from the
// page's JSON island, or by the build for each edition it prerenders. Nothing else holds a language.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Edition } from './edition.ts';
import { translator, type Translate } from './message.ts';
import { typesetter, type Typesetter } from '#src/lib/wrap-words.ts';

const EditionContext = createContext<Edition | null>(null);

export function EditionProvider({ edition, children }: { edition: Edition; children: ReactNode }) {
  return <EditionContext value={edition}>{children}</EditionContext>;
}

/** The page's edition. @throws Error outside an EditionProvider: a component rendered without its page */
export function useEdition(): Edition {
  const edition = useContext(EditionContext);
  if (!edition) throw new Error('No edition: render inside an EditionProvider');
  return edition;
}

export function useT(): Translate {
  const edition = useEdition();
  return useMemo(() => translator(edition), [edition]);
}

/** How the edition's graphics set their labels (src/lib/wrap-words.ts). */
export function useTypesetter(): Typesetter {
  const { lang, advances, units } = useEdition();
  return useMemo(() => typesetter(lang, advances, units), [lang, advances, units]);
}
