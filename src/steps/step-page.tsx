// A step of the story as a page of its own (./steps/<step-id>/, docs/CONTRACT.md), rendered at build, once per
// step and edition, whole without script: the step's graphic in its state, its text with its receipts, its
// source and date, a link into the story at the step, the step in the other editions, the graphic as images
// and its embed codes. Its address with ?mode=embed shows the graphic alone (step-embed-mode.ts marks it;
// step-page.css hides the rest), for an iframe in another page.
import type { Edition } from '#src/edition/edition.ts';
import { EditionProvider } from '#src/edition/edition-context.tsx';
import { EditionLinks } from '#src/edition/edition-links.tsx';
import { messageText, translator } from '#src/edition/message.ts';
import type { MapFrame } from '#src/graphics/map/frame-format.ts';
import type { GraphicEmbed } from '#src/embed/graphic-embed-code.ts';
import { Dateline } from '#src/story/story-header.tsx';
import { siteRootFrom, stepHref, storyFromStep, type StepAddresses } from './step-addresses.ts';
import { EmbedCredit } from './embed-credit.tsx';
import { StepDownloads } from './step-downloads.tsx';
import { StepEmbedCodes } from './step-embed-codes.tsx';
import { StepFigure } from './step-figure.tsx';
import { StepHead } from './step-head.tsx';
import { StepText } from './step-text.tsx';
import { stepDescription, stepImageAlt, stepName, stepTitle, type StepWords } from './step-words.ts';

export type StepPageProps = {
  /** The edition, whole: its graphics measure their labels with its text widths. */
  edition: Edition;
  stepId: string;
  /** The edition's map frame, for a map step. */
  frame: MapFrame;
  words: StepWords;
  addresses: StepAddresses;
  /** The embed mode's script, from the site's root. */
  script: string;
  /** What the embed codes are made of (its oEmbed file gives the same). */
  embed: GraphicEmbed;
  /** The page's stylesheet, inline, and the Content Security Policy that allows it by its hash. */
  css: string;
  policy: string;
};

export function StepPage(props: StepPageProps) {
  const { edition, stepId, words, addresses } = props;
  const { story } = edition;
  const index = story.steps.findIndex((s) => s.id === stepId);
  const step = story.steps[index];
  if (!step) throw new Error(`step page: no step "${stepId}" in the ${edition.code} edition`);
  const t = translator(edition);
  const title = stepTitle(story, step, words);
  const inStory = `${storyFromStep}#${step.id}`;
  const state = story.graphicStates[step.state];
  // The page is rendered at build, in Node: the number is written there, the edition's way.
  const number = (value: number) => new Intl.NumberFormat(edition.locale).format(value);
  return (
    <html lang={edition.lang}>
      <StepHead
        policy={props.policy}
        title={title}
        description={stepDescription(step)}
        site={story.meta.kicker}
        imageAlt={stepImageAlt(story, step, words)}
        addresses={addresses}
        root={siteRootFrom(edition)}
        script={props.script}
        css={props.css}
      />
      <body className="bg-page text-ink">
        <EditionProvider edition={edition}>
          <header className="border-b border-rule font-sans text-sm embed:hidden">
            <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
              <a href={storyFromStep} className="font-semibold tracking-wide underline-offset-4 hover:underline">
                {story.meta.kicker}
              </a>
              {edition.editions.length > 1 && (
                <EditionLinks
                  editions={edition.editions}
                  current={edition.code}
                  href={(to) => stepHref(edition, to, step.id)}
                  label={t('languages')}
                  linkClassName="text-muted underline underline-offset-4 hover:text-ink"
                />
              )}
            </div>
          </header>
          <main className="mx-auto max-w-6xl px-4 pt-6 pb-16 sm:pt-10 embed:max-w-160 embed:p-3">
            <div className="embed:hidden">
              <p className="font-sans text-sm font-semibold uppercase tracking-wider text-accent">
                {messageText(words.position, { n: number(index + 1), total: number(story.steps.length) })}
              </p>
              <h1 className="mt-2 text-3xl font-bold leading-tight text-balance sm:text-4xl">{stepName(story, step)}</h1>
            </div>
            <div className="mt-6 grid gap-8 lg:grid-cols-[36rem_minmax(0,1fr)] lg:gap-12 embed:mt-0 embed:block">
              {state && (
                <div className="max-w-xl embed:max-w-none">
                  <StepFigure story={story} state={state} frame={props.frame} />
                </div>
              )}
              <div className="embed:hidden">
                <StepText story={story} step={step} />
                <p className="mt-6 font-sans font-semibold">
                  <a href={inStory} className="underline underline-offset-4 hover:text-accent">
                    {messageText(words.inStory)}
                    <span aria-hidden="true"> →</span>
                  </a>
                </p>
                <Dateline story={story} className="mt-6 space-y-1 font-sans text-sm text-muted" />
              </div>
            </div>
            <EmbedCredit edition={edition} credit={words.credit} href={inStory} />
            <div className="mt-12 grid gap-10 border-t border-rule pt-8 lg:grid-cols-2 embed:hidden">
              <StepDownloads
                heading={messageText(words.downloads)}
                png={words.png}
                svg={words.svg}
                name={`${step.id}-${edition.code}`}
                number={number}
              />
              <StepEmbedCodes
                heading={messageText(words.embedHeading)}
                note={messageText(words.embedNote, { height: number(props.embed.height) })}
                embed={props.embed}
              />
            </div>
          </main>
        </EditionProvider>
      </body>
    </html>
  );
}
