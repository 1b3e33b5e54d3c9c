// A drawing's markup with its classes written out as presentation attributes (class-attributes.ts), so it
// renders the same with no stylesheet: in resvg, and in an editor that opens the SVG file.
import type { Attributes } from './class-attributes.ts';

/** A start tag as React writes it: its name, then attributes, each `name="value"` with the value escaped. */
const startTag = /<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g;
const attribute = /\s+([\w:-]+)="([^"]*)"/g;

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Every element's `class` replaced by the attributes its classes stand for (`resolve`); a class's value
 * replaces the element's own attribute of that name, as CSS wins over a presentation attribute, except a
 * `transform`, which goes before the element's own.
 * @throws Error where two classes of one element set the same attribute differently (which CSS would
 *   settle by the stylesheet's order, which the image cannot know), or what `resolve` throws
 */
export function inlineClasses(svg: string, resolve: (name: string) => Attributes): string {
  return svg.replace(startTag, (tag, name: string, list: string, selfClosing: string) => {
    const own = new Map([...list.matchAll(attribute)].map(([, key = '', value = '']) => [key, value]));
    const classes = own.get('class');
    if (classes === undefined) return tag;
    own.delete('class');
    const styled: Attributes = {};
    for (const className of classes.split(/\s+/).filter(Boolean)) {
      for (const [key, value] of Object.entries(resolve(className))) {
        if (key in styled && styled[key] !== value)
          throw new Error(
            `step images: the classes "${classes}" of a <${name}> set its ${key} twice; which one wins is the stylesheet's order`,
          );
        styled[key] = value;
      }
    }
    for (const [key, value] of Object.entries(styled)) {
      const before = own.get(key);
      own.set(key, key === 'transform' && before ? `${escape(value)} ${before}` : escape(value));
    }
    const attributes = [...own].map(([key, value]) => ` ${key}="${value}"`).join('');
    return `<${name}${attributes}${selfClosing ? '/' : ''}>`;
  });
}
