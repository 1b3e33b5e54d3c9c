// The drawings' Tailwind classes as SVG presentation attributes. resvg, which renders the images, reads none
// of what Tailwind's CSS is made of (custom properties, color-mix(), @layer), so each class is resolved
// here from the house tokens; a class this does not know stops the build, where it would render black.

export type Attributes = Record<string, string>;

/** Font-family lists for the classes `font-sans` and `font-serif`, as the image's language sets them. */
export type FontStacks = { sans: string; serif: string };

const weights: Record<string, string> = { normal: '400', medium: '500', semibold: '600', bold: '700' };

/**
 * Classes that change nothing in a still image: motion (`graphic-motion` is a transition), pointer events,
 * and the outer <svg>'s display.
 */
const stillClasses = new Set(['graphic-motion', 'pointer-events-none', 'block']);

/** Arbitrary properties (`[paint-order:stroke]`) that SVG also has as attributes of the same name. */
const presentationProperties = new Set([
  'paint-order',
  'stroke-linejoin',
  'stroke-linecap',
  'stroke-dasharray',
  'dominant-baseline',
  'text-anchor',
]);

/** A Tailwind number as a fraction ("75" of opacity-75: 0.75), as an attribute's value. */
const fraction = (percent: string) => String(Number(percent) / 100);

/** The error for a class the images cannot draw. */
export class UnknownClassError extends Error {
  constructor(name: string) {
    super(`step images: no rendering for the class "${name}", which a drawing uses: add it to src/build/images/class-attributes.ts`);
  }
}

/**
 * The attributes one class stands for, given the theme's `colours` (by token name) and `fonts`.
 * A `starting:` class styles the state before an element's first transition, never the settled state
 * the images show: nothing. `scale-*` gives a `transform`, which the caller puts before the element's own
 * (CSS applies `scale` outside `transform`), about the element's origin, as SVG's transform-origin is.
 * @throws UnknownClassError for a class it does not know
 */
export function classAttributes(colours: Record<string, string>, fonts: FontStacks): (name: string) => Attributes {
  return (name): Attributes => {
    if (stillClasses.has(name) || name.startsWith('starting:')) return {};
    if (name === 'fill-none' || name === 'stroke-none') return { [name.slice(0, -'-none'.length)]: 'none' };
    const paint = /^(fill|stroke)-([a-z-]+?)(?:\/(\d+))?$/.exec(name);
    const colour = paint && colours[paint[2] ?? ''];
    if (paint && colour) {
      const [, property = '', , alpha] = paint;
      return alpha === undefined ? { [property]: colour } : { [property]: colour, [`${property}-opacity`]: fraction(alpha) };
    }
    if (name === 'font-sans' || name === 'font-serif') return { 'font-family': name === 'font-sans' ? fonts.sans : fonts.serif };
    const weight = weights[/^font-(\w+)$/.exec(name)?.[1] ?? ''];
    if (weight) return { 'font-weight': weight };
    if (name === 'italic') return { 'font-style': 'italic' };
    const opacity = /^opacity-(\d+)$/.exec(name);
    if (opacity) return opacity[1] === '100' ? {} : { opacity: fraction(opacity[1] ?? '') };
    const scale = /^scale-(?:(x|y)-)?(\d+)$/.exec(name);
    if (scale) {
      const [, axis, percent = ''] = scale;
      const s = fraction(percent);
      if (s === '1') return {};
      return { transform: axis === 'x' ? `scale(${s} 1)` : axis === 'y' ? `scale(1 ${s})` : `scale(${s})` };
    }
    const arbitrary = /^\[([a-z-]+):([^\]]+)\]$/.exec(name);
    if (arbitrary && presentationProperties.has(arbitrary[1] ?? ''))
      return { [arbitrary[1] ?? '']: (arbitrary[2] ?? '').replace(/_/g, ' ') };
    throw new UnknownClassError(name);
  };
}
