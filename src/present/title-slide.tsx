// The presentation's first slide: the headline, and a QR code students scan to open the story on their phones.
import type { PageStory } from '#src/data/validate.ts';
import { Dateline } from '#src/story/story-header.tsx';
import { LanguageSwitch } from '#src/story/language-switch.tsx';
import { pageIds } from '#src/lib/page-ids.ts';
import { QrCode } from './qr-code.tsx';
import { readerAddress } from './reader-address.ts';
import { useT } from '#src/edition/edition-context.tsx';

export function TitleSlide({ story }: { story: PageStory }) {
  const t = useT();
  const { kicker, headline, dek } = story.meta;
  const address = readerAddress(window.location, document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null);
  return (
    // Centred only while it fits, and focusable: zoomed in, it scrolls from its first line (see step-slide.tsx).
    <section
      data-slide="title"
      data-slide-scroll
      tabIndex={0}
      aria-labelledby={pageIds.presentHeadline}
      className="grid h-full content-center-safe items-center gap-[4vmin] overflow-auto px-[6vw] py-[4vh] focus-visible:-outline-offset-4 landscape:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]"
    >
      <div>
        <LanguageSwitch className="mb-[3vh] text-[length:clamp(16px,1.2vw,24px)] text-muted" />
        <p className="font-sans text-[length:clamp(18px,1.6vw,30px)] font-semibold uppercase tracking-wider text-accent">{kicker}</p>
        <h1
          id={pageIds.presentHeadline}
          className="mt-[2vh] text-[length:clamp(40px,5vw,96px)] font-bold leading-[1.08] tracking-tight text-balance"
        >
          {headline}
        </h1>
        <p className="mt-[3vh] text-[length:clamp(24px,2vw,40px)] leading-snug text-muted text-pretty">{dek.text}</p>
        <Dateline story={story} className="mt-[3vh] font-sans text-[length:clamp(18px,1.3vw,26px)] text-muted" />
      </div>
      {address && (
        <figure className="m-0 justify-self-center text-center font-sans">
          <QrCode
            text={address}
            label={t('present.qrLabel', { address })}
            className="mx-auto block h-auto w-[clamp(160px,22vmin,360px)] rounded-sm"
          />
          <figcaption className="mt-3 text-[length:clamp(16px,1.2vw,24px)] text-muted">
            {t('present.qrCaption')}
            <span className="mt-1 block break-all text-ink">{address}</span>
          </figcaption>
        </figure>
      )}
    </section>
  );
}
