// Specs for the page's wording: rendered under another edition's words, the reader page shows no English of its own.
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { afterAll, beforeAll, expect, test } from 'vitest';
import raw from '#data/story.json';
import { validateStory } from '#src/data/validate.ts';
import { deriveStory } from '#src/data/derive-story.ts';
import { translateStory, translationSkeleton } from '#src/data/translation.ts';
import { currencyName, formatDate, formatFigure, formatMonth, formatShort, formatStated } from '#src/data/format.ts';
import { figureRows } from '#src/data/figures-export.ts';
import { englishStrings, setWording } from '#src/lib/strings.ts';
import { englishDeferredStrings } from '#src/lib/deferred-strings.ts';
import { SiteChrome } from '#src/app/site-chrome.tsx';
import { StoryLoadError, StoryPlaceholder } from '#src/app/load-states.tsx';
import { StoryHeader } from './story-header.tsx';
import { StepCard } from './step-card.tsx';
import { StepButtons } from './step-buttons.tsx';
import { SourcesSection } from './sources-section.tsx';
import { PrintNote } from './print/print-slot.tsx';
import { GraphicFrame } from '#src/graphics/graphic-frame.tsx';
import { MapSvg } from '#src/graphics/map/map-svg.tsx';
import { MapTable } from '#src/graphics/map/map-table.tsx';
import { TimelineDrawing } from '#src/graphics/timeline/timeline-drawing.tsx';
import { TimelineTable } from '#src/graphics/timeline/timeline-table.tsx';
import { shortMonth } from '#src/graphics/timeline/months.ts';
import { VolumeDrawing } from '#src/graphics/volume/volume-drawing.tsx';
import { VolumeTable } from '#src/graphics/volume/volume-table.tsx';
import { CurrencySwitch } from '#src/graphics/volume/currency-switch.tsx';
import { ShareDrawing } from '#src/graphics/share/share-drawing.tsx';
import { ShareTable } from '#src/graphics/share/share-table.tsx';
import EmbedDialog from '#src/embed/embed-dialog.tsx';

/** Every string of `value` marked as another edition's (‹…›), placeholders and number tokens kept inside. */
const mark = <T,>(value: T): T =>
  (typeof value === 'string'
    ? `‹${value}›`
    : Array.isArray(value)
      ? value.map(mark)
      : Object.fromEntries(Object.entries(value as object).map(([k, x]) => [k, mark(x)]))) as T;

const english = validateStory(raw);
const story = deriveStory(translateStory(english, mark(translationSkeleton(english)), 'xx').data);
const size = { width: 375, height: 330 };
const stateOf = <K extends string>(graphic: K) => Object.values(story.graphicStates).filter((s) => s.graphic === graphic);

/** The words the numbers, dates and currencies are written in: format.ts's, which editions get by their locale. */
const formatted = [
  ...story.figures.flatMap((f) => [formatStated(f), formatFigure(f), formatShort(f), formatShort(f, { signed: true })]),
  ...[...story.sources.map((s) => s.date), story.meta.published, ...story.events.flatMap((e) => ('reported' in e ? [e.reported] : []))].map(
    (date) => formatDate(date),
  ),
  ...story.events.flatMap((e) => ('month' in e ? [formatMonth(e.month)] : [])),
  ...Array.from({ length: 12 }, (_, i) => shortMonth(`2016-${String(i + 1).padStart(2, '0')}`)),
  // The currency switch sets them with a capital ("Yuan").
  ...(['CNY', 'USD'] as const).flatMap((c) => [currencyName(c), currencyName(c).replace(/^./, (first) => first.toUpperCase())]),
].sort((a, b) => b.length - a.length);

/** What a reader of the markup sees, text and names, less everything marked as the edition's and format.ts's words. */
function unmarked(html: string): string {
  const shown = [
    ...html.replace(/<textarea[^>]*>[\s\S]*?<\/textarea>/g, '').matchAll(/>([^<]+)</g),
    ...html.matchAll(/(?:aria-label|title|alt|placeholder)="([^"]*)"/g),
  ].map((m) => m[1] ?? '');
  let text = shown.join('\n').replaceAll('&#x27;', "'").replaceAll('&amp;', '&');
  for (let before = ''; before !== text;) [before, text] = [text, text.replace(/‹[^‹›]*›/g, ' ')];
  for (const words of formatted) text = text.replaceAll(words, ' ');
  return text;
}

beforeAll(() => setWording({ interface: mark(englishStrings), deferred: mark(englishDeferredStrings) }));
afterAll(() => setWording(undefined));

const parts: [string, () => ReactElement][] = [
  ['the site’s header and footer', () => <SiteChrome brand={story.meta.kicker}>{null}</SiteChrome>],
  [
    'the loading and failure states',
    () => <>{[<StoryPlaceholder key="1" />, <StoryLoadError key="2" error={new Error('‹x›')} onRetry={() => {}} retrying={false} />]}</>,
  ],
  [
    'the opening and the steps',
    () => (
      <>
        {[
          <StoryHeader key="h" story={story} />,
          ...story.steps.map((s) => <StepCard key={s.id} story={story} step={s} current={false} />),
          <StepButtons key="b" ids={['a', 'b']} index={0} />,
          <PrintNote key="p" />,
        ]}
      </>
    ),
  ],
  ['the sources and method', () => <SourcesSection story={story} />],
  [
    'a graphic’s frame',
    () => (
      <GraphicFrame kind="map" title="‹t›" caption="‹c›" active table={null}>
        {() => null}
      </GraphicFrame>
    ),
  ],
  [
    'the map, loading and failed, and its table',
    () => (
      <>
        {[
          <MapSvg key="l" story={story} state={stateOf('map')[0] as never} {...size} frame={undefined} />,
          <MapSvg key="f" story={story} state={stateOf('map')[0] as never} {...size} frame={undefined} failed />,
          <MapTable key="t" story={story} />,
        ]}
      </>
    ),
  ],
  [
    'the timeline and its table',
    () => (
      <>
        {[
          ...stateOf('timeline').map((s, i) => <TimelineDrawing key={i} story={story} state={s as never} {...size} />),
          <TimelineTable key="t" story={story} />,
        ]}
      </>
    ),
  ],
  [
    'the volume graphic in both currencies, its switch and its table',
    () => (
      <>
        {[
          ...stateOf('volume').flatMap((s, i) =>
            (['CNY', 'USD'] as const).map((c) => (
              <VolumeDrawing key={`${i}${c}`} story={story} state={s as never} currency={c} {...size} />
            )),
          ),
          <CurrencySwitch key="s" value="CNY" onChange={() => {}} />,
          <VolumeTable key="t" story={story} />,
        ]}
      </>
    ),
  ],
  [
    'the share graphic and its table',
    () => (
      <>
        {[
          ...stateOf('share').map((s, i) => <ShareDrawing key={i} story={story} state={s as never} {...size} />),
          <ShareTable key="t" story={story} />,
        ]}
      </>
    ),
  ],
  ['the embed dialog', () => <EmbedDialog page={{ url: 'https://example.org/story/', title: '‹t›', step: 'moscow' }} onClose={() => {}} />],
];

test.each(parts)('%s, under another edition’s wording, show no English words of the page’s own', (_, part) => {
  const html = renderToStaticMarkup(part());
  expect(html).toContain('‹');
  expect(unmarked(html).match(/\p{L}{2,}/gu) ?? []).toEqual([]);
});

test('the downloads’ reader-facing cells are in the edition’s words', () => {
  const derived = figureRows(story).filter((row) => row.kind === 'derived');
  expect(derived.length).toBeGreaterThan(0);
  for (const row of derived) expect(unmarked(`>${row.attribution}<>${row.method}<`)).not.toMatch(/\p{L}{2}/u);
});
