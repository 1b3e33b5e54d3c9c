// The data files the build writes beside each edition's page (src/build/story-data-plugin.ts), which the
// offline file carries inside itself as data: URLs (src/build/offline/offline-html.ts). No imports: the
// build's config loads this module.
export const downloadFiles = ['cross-border-figures.csv', 'cross-border-figures.json'] as const;

export type DownloadFile = (typeof downloadFiles)[number];
