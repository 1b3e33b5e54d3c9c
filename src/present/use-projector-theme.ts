// The projector theme (high contrast, large graphic labels): on <html> for the styles, in the address for bookmarks.
import { useCallback, useState } from 'react';
import { replaceAddress } from '#src/lib/replace-address.ts';
import { withProjectorTheme } from './projector-address.ts';

function applyTheme(on: boolean) {
  if (on) document.documentElement.dataset.theme = 'projector';
  else delete document.documentElement.dataset.theme;
  replaceAddress({ search: withProjectorTheme(window.location.search, on) });
}

export function useProjectorTheme() {
  const [on, setOn] = useState(() => document.documentElement.dataset.theme === 'projector');
  const toggle = useCallback(() => {
    applyTheme(!on);
    setOn(!on);
  }, [on]);
  return [on, toggle] as const;
}
