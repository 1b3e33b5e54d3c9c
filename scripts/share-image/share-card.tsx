// The share image's picture (public/share.png, and share-ru.png and share-zh.png for the editions; 1200×630):
// kicker, headline, dek and source beside the story's opening map, in the edition's language.
import { renderToStaticMarkup } from 'react-dom/server';
import type { PageStory, StateOf } from '#src/data/schema.ts';
import type { Edition } from '#src/edition/edition.ts';
import { EditionProvider, useEdition, useT } from '#src/edition/edition-context.tsx';
import type { MapFrame } from '#src/graphics/map/frame-format.ts';
import { MapSvg } from '#src/graphics/map/map-svg.tsx';
import { adjacent, sourceLine } from '#src/story/source-line.tsx';

export const shareCardSize = { width: 1200, height: 630 };
const mapWidth = 560;

/**
 * The map state the picture shows: the story's opening one, which must draw no route (a route out of
 * context, without its step's words, would claim a movement the reader cannot check).
 */
export function shareMapState(story: PageStory): StateOf<'map'> {
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

function ShareCard({ frame }: { frame: MapFrame }) {
  const t = useT();
  const { story, dates } = useEdition();
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
          {dek.text}
        </p>
        {source && (
          <p className="source">
            {adjacent(t, <b>{t('source')}</b>, sourceLine(t, source, dates[source.date] ?? source.date))}
            <br />
            {adjacent(t, <b>{t('published')}</b>, dates[published])}
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
 * @font-face rules and each language's font stacks), in `edition` as its page carries it, with the map
 * `frame` its page fetches.
 */
export function shareCardHtml(edition: Edition, frame: MapFrame, siteCss: string): string {
  const body = renderToStaticMarkup(
    <EditionProvider edition={edition}>
      <ShareCard frame={frame} />
    </EditionProvider>,
  );
  return `<!doctype html><html lang="${edition.lang}" data-fonts="serif"><head><meta charset="utf-8"><style>${siteCss}</style><style>${shareCardCss}</style></head><body>${body}</body></html>`;
}
