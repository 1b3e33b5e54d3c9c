// The single-file copy of the story for classrooms without a network (dist/offline.html): where the build
// writes it and the name it downloads under, shared by the build (src/build/offline-plugin.ts) and the page.

export const offlineFile = {
  /** Beside the site's index.html, relative to it. */
  path: 'offline.html',
  /** What the reader's browser saves it as (the link's `download` attribute). */
  downloadName: 'cross-border-offline.html',
} as const;
