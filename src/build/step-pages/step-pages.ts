// Every step's page in every edition (./steps/<step-id>/, ./ru/steps/<step-id>/: src/steps/), as the build
// writes them, each with its oEmbed file. One stylesheet serves them all, Tailwind's utilities for the classes
// any of them uses (about as many as one map page's): each page has it inline, allowed by its hash.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Edition } from '#src/edition/edition.ts';
import { pageMessages } from '#src/i18n/messages.ts';
import { stepAddresses, stepFiles, stepFolder } from '#src/steps/step-addresses.ts';
import type { StepPageProps } from '#src/steps/step-page.tsx';
import { stepTitle, type StepWords } from '#src/steps/step-words.ts';
import type { SiteEdition } from '../edition/site.ts';
import { contentSecurityPolicy } from '../head-tags.ts';
import { hashSource } from '../inline-html.ts';
import { classesIn, usedClassesCss } from '../used-classes-css.ts';
import { embedHeight } from './embed-height.ts';
import { oembed } from './oembed.ts';

/** Renders a page (src/steps/render-step-page.tsx, which the build loads through Vite). */
export type RenderStepPage = (props: StepPageProps) => string;

/** A step's page before its stylesheet: what it shows. */
export type StepPageContent = Omit<StepPageProps, 'css' | 'policy'>;

/** A file the build writes, by its path from the site's root. */
export type SiteFile = { path: string; text: string };

/** The Tailwind stylesheet the pages' CSS is compiled from. */
const stylesheetFile = (root: string) => join(root, 'src/steps/step-page.css');

/** The edition's `stepPage` messages, by their names in the group ("title"). */
function stepWords({ catalog, entry }: Pick<SiteEdition, 'catalog' | 'entry'>): StepWords {
  const messages = pageMessages(catalog, `data/messages/${entry.code}.json`, (id) => id.startsWith('stepPage.'));
  return Object.fromEntries(Object.entries(messages).map(([id, message]) => [id.slice('stepPage.'.length), message])) as StepWords;
}

/**
 * What each step's page of an edition shows.
 * @param edition its page data, whole (`page`: the graphics measure their labels by its text widths), and as
 *   the site read it (`built`: its catalog, its map frame)
 * @param script the embed mode's script, from the site's root
 * @param siteUrl the site's public address (SITE_URL), or undefined
 */
export function stepPagesOf(
  { page, built }: { page: Edition; built: SiteEdition },
  script: string,
  siteUrl: string | undefined,
): StepPageContent[] {
  const words = stepWords(built);
  const frame = built.frame();
  return page.story.steps.map((step) => {
    const state = page.story.graphicStates[step.state];
    // The build has checked every step's state (src/data/validate.ts).
    if (!state) throw new Error(`step pages: step "${step.id}" has no graphic state "${step.state}"`);
    const addresses = stepAddresses(page, page.editions, step.id, siteUrl);
    const embed = {
      src: addresses.embed,
      title: stepTitle(page.story, step, words),
      stepId: step.id,
      pymParent: addresses.pymParent,
      height: embedHeight(page, state),
    };
    return { edition: page, stepId: step.id, frame, words, addresses, script, embed };
  });
}

/**
 * The pages as documents, with their oEmbed files: rendered once for the classes they use, then again with
 * the stylesheet of those alone.
 */
export async function stepPageFiles(root: string, pages: StepPageContent[], render: RenderStepPage): Promise<SiteFile[]> {
  const classes = classesIn(pages.map((content) => render({ ...content, css: '', policy: contentSecurityPolicy })));
  const file = stylesheetFile(root);
  // `<` only in a string or a selector, written as CSS's escape, so no "</style" can end the element early.
  const css = (await usedClassesCss(readFileSync(file, 'utf8'), dirname(file), classes)).replace(/</g, '\\3c ');
  const policy = contentSecurityPolicy.replace("style-src 'self'", `style-src 'self' ${hashSource(css)}`);
  return pages.flatMap((content) => {
    const folder = stepFolder(content.edition, content.stepId);
    const { embed, addresses, edition } = content;
    return [
      { path: `${folder}index.html`, text: render({ ...content, css, policy }) },
      { path: `${folder}${stepFiles.oembed}`, text: `${JSON.stringify(oembed(embed, edition.story.meta.kicker, addresses), null, 2)}\n` },
    ];
  });
}
