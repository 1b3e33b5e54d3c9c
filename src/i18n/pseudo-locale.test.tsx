// Specs for the pseudo-locale (pseudo-locale.ts): built from the English as any edition is built, every part
// of the page, the presentation and the downloads comes out in it, so none of their words is hard-coded.
import type { ReactElement } from 'react';
import { expect, test, vi } from 'vitest';
import { testSite, receiptsByCode, renderIn, wordsOf } from '#test/support/edition.ts';
import { pseudoText } from './pseudo-locale.ts';
import { SiteChrome } from '#src/app/site-chrome.tsx';
import { StoryHeader } from '#src/story/story-header.tsx';
import { StepCard } from '#src/story/step-card.tsx';
import { StepButtons } from '#src/story/step-buttons.tsx';
import { SourcesSection } from '#src/story/sources-section.tsx';
import { GraphicFrame } from '#src/graphics/graphic-frame.tsx';
import { MapSvg } from '#src/graphics/map/map-svg.tsx';
import { MapTable } from '#src/graphics/map/map-table.tsx';
import { TimelineDrawing } from '#src/graphics/timeline/timeline-drawing.tsx';
import { TimelineTable } from '#src/graphics/timeline/timeline-table.tsx';
import { VolumeDrawing } from '#src/graphics/volume/volume-drawing.tsx';
import { VolumeTable } from '#src/graphics/volume/volume-table.tsx';
import { CurrencySwitch } from '#src/graphics/volume/currency-switch.tsx';
import { ShareDrawing } from '#src/graphics/share/share-drawing.tsx';
import { ShareTable } from '#src/graphics/share/share-table.tsx';
import EmbedDialog from '#src/embed/embed-dialog.tsx';
import { KeysDialog } from '#src/present/keys-dialog.tsx';
import { StepNumberHint } from '#src/present/step-number-hint.tsx';
import { ElapsedTimer } from '#src/present/elapsed-timer.tsx';
import { SlideControls } from '#src/present/slide-controls.tsx';
import { TitleSlide } from '#src/present/title-slide.tsx';
import { Overview } from '#src/present/overview.tsx';
import { presenterNotes } from '#src/present/presenter-notes.ts';
import { figureRows } from '#src/build/edition/figures-export.ts';
import { familyName } from '#src/data/family-name.ts';

const site = testSite({ pseudo: true });
const built = site.editions();
const pages = await site.pages();
const edition = pages.find((e) => e.code === 'xa')!;
const format = built.find((e) => e.entry.code === 'xa')!.format;
const { story } = edition;
const { t } = wordsOf(edition);
const size = { width: 375, height: 330 };
const stateOf = (graphic: string) => Object.values(story.graphicStates).filter((s) => s.graphic === graphic) as never[];

/** The padding the pseudo-locale lengthens texts with, and what it keeps as the English writes it: names, key caps. */
const kept = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'Xinhua', 'Home', 'End']);
for (const person of built[0]!.story.people) kept.add(familyName(person.name));

/** Words shown that are not pseudo-localised: runs of plain Latin letters, which the pseudo-locale accents. */
function unlocalised(html: string): string[] {
  const shown = [
    // The embed dialog's code is code, not words.
    ...html.replace(/<(textarea|code)[^>]*>[\s\S]*?<\/\1>/g, '').matchAll(/>([^<]+)</g),
    ...html.matchAll(/(?:aria-label|title|alt|placeholder)="([^"]*)"/g),
  ].map((m) => m[1] ?? '');
  // Addresses and step ids (the embed dialog's "current step", the QR code's address) are data, not words.
  const words = (text: string) =>
    text.replace(/https?:\/\/\S+/g, ' ').replace(new RegExp(`\\b(${story.steps.map((s) => s.id).join('|')})\\b`, 'g'), ' ');
  return shown.flatMap((text) => (words(text).match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !kept.has(word)));
}

const parts: [string, () => ReactElement][] = [
  ['the site’s header and footer', () => <SiteChrome brand={story.meta.kicker}>{null}</SiteChrome>],
  [
    'the opening, the steps and their buttons',
    () => (
      <>
        <StoryHeader story={story} />
        {story.steps.map((s) => (
          <StepCard key={s.id} story={story} step={s} current={false} />
        ))}
        <StepButtons ids={['a', 'b']} index={0} />
      </>
    ),
  ],
  ['the sources, the method and the downloads’ links', () => <SourcesSection story={story} />],
  [
    'a graphic’s frame',
    () => (
      <GraphicFrame graphic="map" title={story.graphics.map.title} caption={story.graphics.map.caption} active sized table={null}>
        {() => null}
      </GraphicFrame>
    ),
  ],
  [
    'the map, loading and failed, and its table',
    () => (
      <>
        <MapSvg story={story} state={stateOf('map')[0]!} {...size} frame={undefined} />
        <MapSvg story={story} state={stateOf('map')[0]!} {...size} frame={undefined} failed />
        <MapTable story={story} />
      </>
    ),
  ],
  [
    'the timeline in every state, and its table',
    () => (
      <>
        {stateOf('timeline').map((s, i) => (
          <TimelineDrawing key={i} story={story} state={s} {...size} />
        ))}
        <TimelineTable story={story} />
      </>
    ),
  ],
  [
    'the volume graphic in both currencies, its switch and its table',
    () => (
      <>
        {stateOf('volume').flatMap((s, i) =>
          (['CNY', 'USD'] as const).map((c) => <VolumeDrawing key={`${i}${c}`} story={story} state={s} currency={c} {...size} />),
        )}
        <CurrencySwitch value="CNY" onChange={() => {}} />
        <VolumeTable story={story} />
      </>
    ),
  ],
  [
    'the share graphic and its table',
    () => (
      <>
        {stateOf('share').map((s, i) => (
          <ShareDrawing key={i} story={story} state={s} {...size} />
        ))}
        <ShareTable story={story} />
      </>
    ),
  ],
  [
    'the embed dialog',
    () => (
      <EmbedDialog
        page={{ url: 'https://example.org/story/', siteRoot: 'https://example.org/story/', title: story.meta.headline, step: 'moscow' }}
        onClose={() => {}}
      />
    ),
  ],
  [
    'the presentation’s controls, keys, overview, go-to hint, timer and title slide',
    () => (
      <>
        <SlideControls
          slide={3}
          count={14}
          onPrevious={() => {}}
          onNext={() => {}}
          projector={false}
          onProjector={() => {}}
          onPresenter={() => {}}
          exitHref="./"
        />
        <KeysDialog onClose={() => {}} />
        <Overview story={story} slide={1} onGo={() => {}} onClose={() => {}} />
        <StepNumberHint typed="12" />
        <ElapsedTimer />
        <TitleSlide story={story} />
      </>
    ),
  ],
];

// The presentation's components run in the browser only, and read its address and abilities as they render.
vi.stubGlobal('window', { location: new URL('https://example.org/story/?mode=present'), setInterval, clearInterval });
vi.stubGlobal('document', { fullscreenEnabled: true, querySelector: () => null });

test.each(parts)('%s: every word the page shows is the pseudo-locale’s', (_, part) => {
  const html = renderIn(edition, part());
  expect(html).toMatch(/\[[^\]]*[åéîöû]/);
  expect(unlocalised(html)).toEqual([]);
});

const receipts = receiptsByCode({ pseudo: true }).xa!;

test('the presenter notes say whose words they give in the pseudo-locale', () => {
  const notes = story.steps.flatMap((_, i) => presenterNotes(t, story, i, receipts, 'xa'));
  expect(notes.length).toBeGreaterThan(0);
  expect(notes.flatMap((note) => unlocalised(`>${note.who}<>${note.text}<`))).toEqual([]);
});

test('the downloads’ words are the pseudo-locale’s, the report’s own sentences aside', () => {
  for (const row of figureRows(story, format, built[0]!.story)) {
    // A derived figure's method names its inputs by their ids, which are codes, not words.
    const method = story.figures.reduce((text, f) => text.replaceAll(f.id, ' '), row.method);
    expect(unlocalised(`>${row.label}<>${row.value_as_stated}<>${row.attribution}<>${method}<`), row.id).toEqual([]);
  }
});

test('a pseudo-localised text is longer by about a third, bracketed, with its number tokens and values kept', () => {
  const english = 'In April, Alibaba paid {lazada-price} for {name}.';
  const text = pseudoText(english);
  expect(text).toMatch(/^\[Îñ Åþŕîļ, Åļîƀåƀå þåîð \{lazada-price\} ƒöŕ \{name\}\. .+\]$/);
  expect(text.length / english.length).toBeGreaterThan(1.3);
});
