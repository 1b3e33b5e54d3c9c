// Whether the running code is the bundle inside the offline file (src/lib/offline-file.ts). A literal at
// build, so the site's own bundle drops every offline branch and the code only those branches use.

/** Defined by src/build/offline-plugin.ts: true in the offline file's build, false everywhere else. */
declare const __OFFLINE_FILE__: boolean;

export const isOfflineFile = __OFFLINE_FILE__;
