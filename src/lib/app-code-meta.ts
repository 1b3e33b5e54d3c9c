// The name of the page's <meta> element that lists the app's code files, shared by the build that writes
// it (src/build/app-code-plugin.ts) and the page's entry that reads it (src/app/app-code.ts).
export const appCodeMeta = 'app-code';
