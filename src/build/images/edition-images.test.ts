// Specs for the step and share images as the build makes them: their files and sizes, what they say in each
// edition, their numbers, their Han, what a step hides, and text that stays inside its card.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, test } from 'vitest';
import { builtImages, root } from '#test/support/images.ts';
import { pngSize } from '#test/support/png-size.ts';
import { elements, textOf } from '#test/support/markup.ts';
import type { Image } from './edition-images.ts';
import { siteShareDrawing, stepShareDrawing } from './share-card.ts';

const built = await builtImages(['en', 'ru', 'zh', 'xa']);
afterAll(built.remove);

const edition = (code: string) => {
  const i = built.editions.findIndex((e) => e.code === code);
  const found = built.editions[i];
  if (!found) throw new Error(`no edition ${code}`);
  return { edition: found, images: built.images[i] ?? [] };
};

/** The image written to `file` (a PNG's path from the site's root). */
const imageOf = (images: Image[], file: string): Image => {
  const found = images.find((image) => image.pngs.some((png) => png.file === file));
  if (!found) throw new Error(`no image ${file}`);
  return found;
};

/** The image's markup without what it does not show: elements at opacity 0, with all inside them, and titles and descriptions. */
function shown(svg: string): string {
  let out = '';
  let hiddenDepth = 0;
  for (const [piece = '', closing, name, attributes = '', selfClosing] of svg.matchAll(/<(\/?)([\w:-]+)([^>]*?)(\/?)>|[^<]+/g)) {
    const opening = name !== undefined && !closing && !selfClosing;
    if (hiddenDepth > 0) hiddenDepth += opening ? 1 : closing ? -1 : 0;
    else if (opening && (/\sopacity="0"/.test(attributes) || name === 'title' || name === 'desc')) hiddenDepth = 1;
    else out += piece;
  }
  return out;
}

/** What the image shows in words, lines run together and spaces dropped (a line break is where a space was). */
const said = (image: Image) => textOf(shown(image.svg).replace(/<[^>]*>/g, '')).replace(/\s+/g, '');
const squash = (text: string) => text.replace(/\s+/g, '');

const editions = ['en', 'ru', 'zh'] as const;

describe('files', () => {
  test.each(editions)(
    '%s: every step has its card as SVG, PNG 1200 and 2400 px wide, and a share card; the site its share image',
    (code) => {
      const { edition: e, images } = edition(code);
      for (const step of e.story.steps) {
        const folder = `${e.path}steps/${step.id}/`;
        const card = imageOf(images, `${folder}graphic.png`);
        expect(card.svgFile).toBe(`${folder}graphic.svg`);
        expect(card.pngs).toEqual([
          { file: `${folder}graphic.png`, width: 1200 },
          { file: `${folder}graphic@2x.png`, width: 2400 },
        ]);
        expect(imageOf(images, `${folder}share.png`).pngs).toEqual([{ file: `${folder}share.png`, width: 1200 }]);
      }
      expect(imageOf(images, code === 'en' ? 'share.png' : `share-${code}.png`).svg).toContain(e.story.meta.headline.slice(0, 10));
    },
  );

  test.each(editions)('%s: the PNGs are 1200 and 2400 px wide in the SVG’s proportions, and the share cards 1200×630', (code) => {
    const { edition: e, images } = edition(code);
    const card = imageOf(images, `${e.path}steps/moscow/graphic.png`);
    const svgHeight = Number(/<svg[^>]* height="([\d.]+)"/.exec(card.svg)?.[1]);
    expect(pngSize(built.png(card, 1200))).toEqual({ width: 1200, height: Math.round(svgHeight * 2) });
    expect(pngSize(built.png(card, 2400))).toEqual({ width: 2400, height: Math.round(svgHeight * 4) });
    for (const file of [`${e.path}steps/forecast-2016/share.png`, code === 'en' ? 'share.png' : `share-${code}.png`])
      expect(pngSize(built.png(imageOf(images, file), 1200))).toEqual({ width: 1200, height: 630 });
  });
});

describe('words and numbers', () => {
  test.each(editions)('%s: the volume card shows each year’s volume and each change as the page writes them', (code) => {
    const { edition: e, images } = edition(code);
    const card = said(imageOf(images, `${e.path}steps/forecast-2016/graphic.png`));
    const figures = e.story.graphics.volume.years.flatMap((year) => [
      squash(e.figures[year.yuan]?.approxShort ?? 'missing'),
      // The change into the year: our increase where we derive one, drawn instead of a derived rate.
      ...[year.increase ?? year.growth].flatMap((id) => (id ? [squash(e.figures[id]?.signedShort ?? 'missing')] : [])),
    ]);
    expect(figures).toHaveLength(5);
    for (const figure of figures) expect(card).toContain(figure);
  });

  test.each(editions)('%s: a card’s title, source line and credit are in the edition’s language', (code) => {
    const { edition: e, images } = edition(code);
    const catalog = JSON.parse(readFileSync(join(root, `data/messages/${code}.json`), 'utf8')) as {
      source: string;
      stepPage: { credit: string };
    };
    const source = e.story.sources[0];
    for (const file of ['graphic.png', 'share.png']) {
      const card = said(imageOf(images, `${e.path}steps/lazada/${file}`));
      expect(card).toContain(squash(e.story.graphics.timeline.title));
      expect(card).toContain(squash(`${catalog.source}${source?.publisher}`));
      expect(card).toContain(squash(e.dates[source?.date ?? ''] ?? 'missing'));
      expect(card).toContain(squash(catalog.stepPage.credit.replace('{story}', e.story.meta.kicker)));
      if (code !== 'en') expect(card).not.toMatch(/Source:|Graphic:/);
    }
  });
});

/** The pixel at (x, y) of a decoded PNG, as [r, g, b]. */
const pixel = (png: PNG, x: number, y: number) => {
  const at = (png.width * Math.round(y) + Math.round(x)) * 4;
  return [png.data[at] ?? 0, png.data[at + 1] ?? 0, png.data[at + 2] ?? 0];
};
const page = [0xfb, 0xfa, 0xf7];
const isPage = (rgb: number[]) => rgb.every((c, i) => Math.abs(c - (page[i] ?? 0)) <= 2);

describe('pictures', () => {
  test('the Chinese card’s title is drawn: its Han is in a font that has it', () => {
    const { edition: zh, images } = edition('zh');
    const card = imageOf(images, 'zh/steps/moscow/graphic.png');
    const title = elements(card.svg, 'text').find((t) => squash(t.text) === squash(zh.story.graphics.map.title));
    const size = Number(title?.attrs['font-size']);
    const baseline = Number(elements(title?.inner ?? '', 'tspan')[0]?.attrs.y);
    expect(size).toBeGreaterThan(0);
    const png = PNG.sync.read(built.png(card, 1200));
    // The title's line, from a size above its baseline to the baseline, across the card, at 2 px a unit.
    let ink = 0;
    let all = 0;
    for (let y = (baseline - size) * 2; y < baseline * 2; y++)
      for (let x = 32; x < 1168; x += 2) {
        all++;
        if (pixel(png, x, y).every((c) => c < 100)) ink++;
      }
    expect(ink / all).toBeGreaterThan(0.03);
  });

  test('a mark the step hides stays hidden: the 2016 bar is not drawn before its step', () => {
    const { images } = edition('en');
    const [before, after] = ['volume-2015', 'forecast-2016'].map((id) => imageOf(images, `steps/${id}/graphic.png`));
    if (!before || !after) throw new Error('no volume cards');
    // The 2016 bar's middle, on the card: the drawing's place, the bar's group and the bar.
    const [, dx = 0, dy = 0] = /<g transform="translate\(([\d.]+) ([\d.]+)\) scale\(1\)"/.exec(after.svg)?.map(Number) ?? [];
    const [, bx = 0, by = 0, y = 0, width = 0, height = 0] =
      /<g transform="translate\(([\d.]+),([\d.]+)\)"><rect data-year="2016"[^>]* y="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"/
        .exec(after.svg)
        ?.map(Number) ?? [];
    expect(height).toBeGreaterThan(50);
    const x = (dx + bx + width / 2) * 2;
    const middle = (dy + by + y + height / 2) * 2;
    const [hidden, shown] = [before, after].map((image) => PNG.sync.read(built.png(image, 1200)));
    if (!hidden || !shown) throw new Error('not rendered');
    expect(isPage(pixel(hidden, x, middle))).toBe(true);
    expect(isPage(pixel(shown, x, middle))).toBe(false);
  });
});

/** Where the card's own text (not its drawing's labels) is drawn, as resvg lays it out: the box around its glyphs. */
function textBox(image: Image): { x: number; y: number; right: number; bottom: number } {
  const [open = ''] = /^<svg[^>]*>/.exec(image.svg) ?? [];
  const texts = image.svg.match(/<text font-family[\s\S]*?<\/text>/g) ?? [];
  const box = new Resvg(`${open}${texts.join('')}</svg>`, {
    font: { loadSystemFonts: false, fontFiles: built.faces.map((f) => f.file) },
  }).getBBox();
  if (!box) throw new Error(`no text in ${image.pngs[0]?.file}`);
  return { x: box.x, y: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

describe('fit', () => {
  test.each([...editions, 'xa'])('%s: no card’s text runs past its edges, nor a share card’s into its drawing', (code) => {
    for (const image of edition(code).images) {
      const [, width = 0, height = 0] = /^<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(image.svg)?.map(Number) ?? [];
      const file = image.pngs[0]?.file ?? '';
      const box = textBox(image);
      const right = file.endsWith('/share.png') ? stepShareDrawing.box.x : /^share/.test(file) ? siteShareDrawing.box.x : width;
      expect(box.x, file).toBeGreaterThanOrEqual(0);
      expect(box.y, file).toBeGreaterThanOrEqual(0);
      expect(box.bottom, file).toBeLessThanOrEqual(height);
      expect(box.right, file).toBeLessThanOrEqual(right);
    }
  });
});
