// Specs for writing the drawings' classes out as SVG attributes: every class the images' drawings use, in
// every edition, becomes a theme colour or another attribute, and a class it does not know stops the build.
import { describe, expect, test } from 'vitest';
import { testSite } from '#test/support/edition.ts';
import { root } from '#test/support/images.ts';
import { classAttributes, UnknownClassError } from './class-attributes.ts';
import { inlineClasses } from './inline-classes.ts';
import { renderDrawings } from './render-drawings.tsx';
import { readThemeTokens } from './theme-tokens.ts';

const { colours } = readThemeTokens(root);
const resolve = classAttributes(colours, { sans: "'Inter Variable',sans-serif", serif: 'serif' });

const site = testSite({ pseudo: true });
const pages = await site.pages();
const drawings = pages.map((page, i) => {
  const frame = site.editions()[i]?.frame();
  if (!frame) throw new Error(`no map frame for ${page.code}`);
  return {
    code: page.code,
    markups: Object.values(renderDrawings(page, frame))
      .flat()
      .flatMap((d) => (typeof d === 'string' ? [d] : [d.card, d.share])),
  };
});

describe('every class of the images’ drawings', () => {
  test.each(drawings.map((d) => [d.code, d.markups] as const))(
    '%s: is written out, each fill and stroke a colour of the theme',
    (_, markups) => {
      const theme = new Set(Object.values(colours));
      expect(markups.length).toBeGreaterThan(20);
      for (const markup of markups) {
        const written = inlineClasses(markup, resolve);
        expect(written).not.toMatch(/\sclass="/);
        for (const [, paint = ''] of written.matchAll(/\s(?:fill|stroke)="([^"]*)"/g)) {
          if (paint !== 'none' && !paint.startsWith('url(#')) expect(theme).toContain(paint);
        }
      }
    },
  );
});

describe('a class', () => {
  test('a colour with an opacity becomes the colour and its opacity', () => {
    expect(resolve('fill-derived/15')).toEqual({ fill: colours.derived, 'fill-opacity': '0.15' });
  });

  test('of motion or of the state before a transition draws nothing different', () => {
    for (const name of ['graphic-motion', 'starting:opacity-0', 'opacity-100', 'scale-100']) expect(resolve(name)).toEqual({});
  });

  test('that hides or scales gives the attribute that does', () => {
    expect(resolve('opacity-0')).toEqual({ opacity: '0' });
    expect(resolve('scale-y-0')).toEqual({ transform: 'scale(1 0)' });
    expect(resolve('scale-150')).toEqual({ transform: 'scale(1.5)' });
  });

  test.each(['fill-chartreuse', 'stroke-2', 'shadow-lg', 'translate-x-2', '[filter:blur(2px)]'])(
    'it does not know, %s, stops the build naming it',
    (name) => {
      expect(() => resolve(name)).toThrow(UnknownClassError);
      expect(() => inlineClasses(`<svg><rect class="fill-ink ${name}"></rect></svg>`, resolve)).toThrow(`"${name}"`);
    },
  );
});

describe('written out', () => {
  test('a class’s attribute wins over the element’s own, as CSS does, and a scale goes outside its transform', () => {
    const written = inlineClasses('<svg><rect fill="#000" transform="translate(2,3)" class="fill-ink scale-150"></rect></svg>', resolve);
    expect(written).toBe(`<svg><rect fill="${colours.ink}" transform="scale(1.5) translate(2,3)"></rect></svg>`);
  });

  test('two classes that set one attribute differently stop the build', () => {
    expect(() => inlineClasses('<svg><rect class="fill-ink fill-accent"></rect></svg>', resolve)).toThrow(/set its fill twice/);
  });
});
