// The current slide, kept in the address (#<step-id>, replaced, never pushed) so a lesson can resume there.
import { useEffect, useState } from 'react';
import { replaceAddress } from '#src/lib/replace-address.ts';
import { hashForSlide, slideFromHash } from './slides.ts';

/** The slide the address names at first, then whatever the presenter moves to; follows hash edits too. */
export function useSlide(ids: readonly string[]) {
  const [slide, setSlide] = useState(() => slideFromHash(window.location.hash, ids));

  useEffect(() => replaceAddress({ hash: hashForSlide(slide, ids) }), [slide, ids]);

  useEffect(() => {
    const onHashChange = () => setSlide(slideFromHash(window.location.hash, ids));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [ids]);

  return [slide, setSlide] as const;
}
