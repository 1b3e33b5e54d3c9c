// The share image's picture (public/share.png, and share-ru.png and share-zh.png for the editions; 1200×630):
// kicker, headline, dek and source beside the story's opening map, in the edition's language.
import { renderToStaticMarkup } from 'react-dom/server';
import { mapFrame } from '#src/build/map-frame.ts';
import { addLocale, formatDate, localeOf, setPageLocale, type LocaleWords } from '#src/data/format.ts';
import type { StateOf } from '#src/data/schema.ts';
import { parseStory, type Story } from '#src/data/validate.ts';
import type { MapFrame } from '#src/graphics/map/frame-format.ts';
import { MapSvg } from '#src/graphics/map/map-svg.tsx';
import { setWording, strings, type Wording } from '#src/lib/strings.ts';
import { adjacent, sourceLine } from '#src/story/source-line.tsx';

export const shareCardSize = { width: 1200, height: 630 };
const mapWidth = 560;

/**
 * The map state the picture shows: the story's opening one, which must draw no route (a route out of
 * context, without its step's words, would claim a movement the reader cannot check).
 */
export function shareMapState(story: Story): StateOf<'map'> {
  const state = story.graphicStates[story.steps[0]?.state ?? ''];
  if (state?.graphic !== 'map') throw new Error('share image: the story must open on the map');
  if (state.routes.length > 0) throw new Error('share image: the opening map state must draw no route');
  return { ...state, note: undefined };
}

/** The card's own layout: plain CSS on the page's colour tokens and house fonts (the app's CSS comes with it). */
export const shareCardCss = `
  body { margin: 0; }
  .card { width: ${shareCardSize.width}px; height: ${shareCardSize.height}px; display: grid; grid-template-columns: 1fr ${mapWidth}px; background: var(--color-page); color: var(--color-ink); overflow: hidden; }
  .text { display: flex; flex-direction: column; padding: 52px 36px 44px 60px; font-family: var(--font-serif); }
  .kicker { font: 600 19px/1 var(--font-sans); letter-spacing: 0.08em; text-transform: uppercase; color: var(--color-accent); margin: 0; }
  h1 { font-size: 46px; line-height: 1.12; font-weight: 700; letter-spacing: -0.01em; margin: 18px 0 0; }
  h1.long { font-size: 38px; }
  .dek { font-size: 19px; line-height: 1.42; color: var(--color-muted); margin: 18px 0 0; display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; }
  .source { font: 400 15px/1.4 var(--font-sans); color: var(--color-muted); margin: auto 0 0; }
  .source b { color: var(--color-ink); font-weight: 600; }
  .map { width: ${mapWidth}px; height: ${shareCardSize.height}px; }
`;

function ShareCard({ story, frame }: { story: Story; frame: MapFrame }) {
  const { kicker, headline, dek, published } = story.meta;
  const source = story.sources.find((s) => s.id === story.meta.source);
  return (
    <div className="card">
      <div className="text">
        <p className="kicker">{kicker}</p>
        {/* A longer headline (Russian runs a third longer than English) is set smaller, and the dek takes
            the lines left, cut with an ellipsis: the card is a picture, og:description carries the whole dek. */}
        <h1 className={headline.length > 60 ? 'long' : undefined}>{headline}</h1>
        <p className="dek" style={{ WebkitLineClamp: headline.length > 60 ? 8 : 9 }}>
          {dek}
        </p>
        {source && (
          <p className="source">
            {adjacent(<b>{strings.source}</b>, sourceLine(source))}
            <br />
            {adjacent(<b>{strings.published}</b>, formatDate(published))}
          </p>
        )}
      </div>
      <div className="map" data-fonts="sans">
        <MapSvg story={story} state={shareMapState(story)} width={mapWidth} height={shareCardSize.height} frame={frame} />
      </div>
    </div>
  );
}

/**
 * The card as a whole HTML document, with the site's own CSS (`siteCss`, which brings the house fonts'
 * @font-face rules and each language's font stacks), in the edition of `raw` with its `wording` (as its page
 * carries it).
 */
export function shareCardHtml(raw: unknown, siteCss: string, wording: Wording): string {
  const locale = localeOf((raw as { language: string }).language);
  if (wording.format) addLocale(locale, wording.format as LocaleWords);
  setPageLocale(locale);
  setWording(wording);
  const story = parseStory(raw);
  const body = renderToStaticMarkup(<ShareCard story={story} frame={mapFrame(story.places, locale)} />);
  return `<!doctype html><html lang="${story.language}" data-fonts="serif"><head><meta charset="utf-8"><style>${siteCss}</style><style>${shareCardCss}</style></head><body>${body}</body></html>`;
}
