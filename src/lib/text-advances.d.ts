// The table of Inter's advance widths that the build generates for src/lib/text-width.ts (src/build/fonts/text-advances.ts).
declare module 'virtual:text-advances' {
  const advances: import('#src/lib/text-width.ts').TextAdvances;
  export default advances;
}
