// Test support: what a person reads in static markup (renderToStaticMarkup): texts, attributes, table cells.

const references: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };

/** The text a fragment shows: its tags dropped, React's character references decoded. */
export const textOf = (fragment: string) =>
  fragment.replace(/<[^>]*>/g, '').replace(/&(#x27|#39|amp|lt|gt|quot);/g, (_, name: string) => references[name]!);

export type Element = { attrs: Record<string, string>; inner: string; text: string };

/**
 * Every element named `tag` (a name, or names as `th|td`) in the markup: its attributes (values decoded),
 * its inner markup and its text. For elements that never hold one of their own kind (`<text>`, `<tr>`,
 * `<caption>`…), as React writes them.
 */
export function elements(html: string, tag: string): Element[] {
  const pattern = new RegExp(`<(${tag})((?:\\s[^>]*?)?)(?:/>|>([\\s\\S]*?)</\\1>)`, 'g');
  return [...html.matchAll(pattern)].map(([, , attrs = '', inner = '']) => ({
    attrs: Object.fromEntries([...attrs.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, textOf(value!)])),
    inner,
    text: textOf(inner),
  }));
}

/** A table's rows, header row first, each as the texts of its cells: what a reader sees in the table. */
export const tableRows = (html: string) => elements(html, 'tr').map((row) => elements(row.inner, 'th|td').map((cell) => cell.text));
