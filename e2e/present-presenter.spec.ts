// The presenter view: a second window with the report's sentences behind the step, what comes next and the
// time, kept in step with the projected slides both ways.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import raw from '#data/story.json' with { type: 'json' };
import { stepIds } from './support/story.ts';
import { collectErrors } from './support/errors.ts';
import { expectThumbnail, openSlides, slideLabel } from './support/present.ts';
import { axeViolations } from './support/axe.ts';
import { englishSentences } from '#test/support/report.ts';

test.skip(({ isMobile }) => isMobile, 'the presenter view is for a desktop screen beside the projector');

const count = stepIds.length;
const at = (id: string) => stepIds.indexOf(id);
const presenterLabel = (page: Page) => page.locator('[data-presenter-label]');

/** Opens the slides at `id` and, from the presentation bar, the presenter view; returns both windows. */
async function openBoth(page: Page, context: BrowserContext, id: string, how: 'button' | 'key' = 'button') {
  await openSlides(page, id);
  const opened = context.waitForEvent('page');
  if (how === 'button') await page.getByRole('button', { name: 'Presenter view' }).click();
  else await page.keyboard.press('s');
  const presenter = await opened;
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await expect(presenter.locator('[data-presenter]')).toBeVisible();
  await expect(presenter.locator('html[data-live]')).toBeAttached();
  return presenter;
}

const sentence = (id: string) => englishSentences.find((s) => s.id === id)!.text;

test('the button opens the presenter view at the current step, with the report’s sentence and who said it', async ({ page, context }) => {
  const errors = collectErrors(page);
  const presenter = await openBoth(page, context, 'li-hui');
  await expect(presenterLabel(presenter)).toHaveText(`Step ${at('li-hui') + 1} of ${count}`);
  await expect(presenter.getByRole('heading', { level: 2, name: 'Bilateral cooperation' })).toBeVisible();
  const notes = presenter.locator('[data-presenter-notes]');
  await expect(notes.locator('blockquote')).toHaveText([sentence('s3')]);
  await expect(notes.locator('figcaption')).toHaveText(['Li Hui, Chinese ambassador to Russia, as reported by Xinhua']);
  // Next: the following step's kicker and a small picture of its graphic.
  const next = presenter.locator('[data-presenter-next]');
  await expect(next).toContainText(raw.steps[at('li-hui') + 1]!.kicker);
  await expectThumbnail(presenter, raw.steps[at('li-hui') + 1]!.id, next);
  await presenter.screenshot({ path: test.info().outputPath('presenter-1280x800.png') });
  expect(errors).toEqual([]);
});

test('S opens it too; a step in Xinhua’s own voice gives Xinhua’s sentence', async ({ page, context }) => {
  const presenter = await openBoth(page, context, 'belt-and-road', 'key');
  const notes = presenter.locator('[data-presenter-notes]');
  await expect(notes.locator('blockquote')).toHaveText([sentence('s4')]);
  await expect(notes.locator('figcaption')).toHaveText(['Xinhua']);
});

test('a move in either window moves both, and closing one leaves the other working', async ({ page, context }) => {
  const presenter = await openBoth(page, context, stepIds[0]!);
  // Slides to presenter.
  await page.keyboard.press('ArrowRight');
  await expect(slideLabel(page)).toHaveText(`Step 2 of ${count}`);
  await expect(presenterLabel(presenter)).toHaveText(`Step 2 of ${count}`);
  // Presenter to slides, by button and by key.
  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(slideLabel(page)).toHaveText(`Step 3 of ${count}`);
  await presenter.keyboard.press('End');
  await expect(slideLabel(page)).toHaveText(`Step ${count} of ${count}`);
  await expect(presenter.getByText('This is the last step.')).toBeVisible();
  await presenter.keyboard.press('4');
  await presenter.keyboard.press('Enter');
  await expect(slideLabel(page)).toHaveText(`Step 4 of ${count}`);

  await presenter.close();
  await page.keyboard.press('ArrowRight');
  await expect(slideLabel(page)).toHaveText(`Step 5 of ${count}`);

  // Reopened, then the slides closed: the presenter view still moves on its own.
  const again = await openBoth(page, context, stepIds[5]!);
  await expect(presenterLabel(again)).toHaveText(`Step 6 of ${count}`);
  await page.close();
  await again.getByRole('button', { name: 'Next' }).click();
  await expect(presenterLabel(again)).toHaveText(`Step 7 of ${count}`);
});

test('moves made faster than the windows answer each other all count, in both windows', async ({ page, context }) => {
  // A clicker pressed again and again: each move reaches the other window before or after the next is made.
  const presenter = await openBoth(page, context, stepIds[0]!);
  for (let i = 1; i < count; i++) await page.keyboard.press('ArrowRight');
  await expect(slideLabel(page)).toHaveText(`Step ${count} of ${count}`);
  await expect(presenterLabel(presenter)).toHaveText(`Step ${count} of ${count}`);
});

test('two tabs of one presentation, each with its own presenter view, move apart', async ({ page, context }) => {
  const presenter = await openBoth(page, context, stepIds[0]!);
  const second = await context.newPage();
  const secondPresenter = await openBoth(second, context, 'lazada');
  // Opening the second pair moved neither window of the first.
  await expect(slideLabel(page)).toHaveText(`Step 1 of ${count}`);
  await expect(presenterLabel(presenter)).toHaveText(`Step 1 of ${count}`);
  await expect(slideLabel(second)).toHaveText(`Step ${at('lazada') + 1} of ${count}`);

  await page.keyboard.press('ArrowRight');
  await expect(presenterLabel(presenter)).toHaveText(`Step 2 of ${count}`);
  await secondPresenter.getByRole('button', { name: 'Next' }).click();
  await expect(slideLabel(second)).toHaveText(`Step ${at('lazada') + 2} of ${count}`);
  await second.keyboard.press('b');
  await expect(secondPresenter.locator('[data-presenter-blackout]')).toBeVisible();
  // Each pair kept to itself.
  await expect(slideLabel(page)).toHaveText(`Step 2 of ${count}`);
  await expect(presenterLabel(presenter)).toHaveText(`Step 2 of ${count}`);
  await expect(presenterLabel(secondPresenter)).toHaveText(`Step ${at('lazada') + 2} of ${count}`);
  await expect(page.locator('[data-blackout]')).toHaveCount(0);
  await expect(presenter.locator('[data-presenter-blackout]')).toHaveCount(0);
});

test('opening or reloading the presenter view during a blackout keeps the projector dark, and shows that it is', async ({
  page,
  context,
}) => {
  await openSlides(page, stepIds[3]!);
  await page.keyboard.press('b');
  const blackout = page.locator('[data-blackout]');
  await expect(blackout).toBeVisible();
  const opened = context.waitForEvent('page');
  await page.keyboard.press('s');
  const presenter = await opened;
  await expect(presenter.locator('html[data-live]')).toBeAttached();
  await expect(presenter.locator('[data-presenter-blackout]')).toBeVisible();
  await expect(blackout).toBeVisible();
  await presenter.reload();
  await expect(presenter.locator('html[data-live]')).toBeAttached();
  await expect(presenter.locator('[data-presenter-blackout]')).toBeVisible();
  await expect(presenterLabel(presenter)).toHaveText(`Step 4 of ${count}`);
  await expect(blackout).toBeVisible();
  // And the projected window, reloaded while dark, takes the state back from its presenter view.
  await page.reload();
  await expect(page.locator('html[data-live]')).toBeAttached();
  await expect(blackout).toBeVisible();
});

test('a move in the presenter view before the projected window has answered its hello is not undone by the answer', async ({
  page,
  context,
}) => {
  // A busy projector: what the projected window sends is held until the test lets it go.
  await page.addInitScript(() => {
    const post = BroadcastChannel.prototype.postMessage;
    const held: [BroadcastChannel, unknown][] = [];
    let holding = true;
    BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, message: unknown) {
      if (holding) held.push([this, message]);
      else post.call(this, message);
    };
    Object.assign(window, {
      release: () => {
        holding = false;
        for (const [channel, message] of held.splice(0)) post.call(channel, message);
      },
    });
  });
  // Every window counts the messages it hears, before it handles them.
  await context.addInitScript(() => {
    const Channel = BroadcastChannel;
    window.BroadcastChannel = class extends Channel {
      constructor(name: string) {
        super(name);
        this.addEventListener('message', () => Object.assign(window, { heard: ((window as { heard?: number }).heard ?? 0) + 1 }));
      }
    };
  });
  const presenter = await openBoth(page, context, stepIds[2]!);
  await presenter.keyboard.press('b');
  await expect(page.locator('[data-blackout]')).toBeVisible();
  await page.evaluate(() => (window as unknown as { release: () => void }).release());
  // The projected window's answer to the presenter view's hello, sent before the move reached it, arrives.
  await expect.poll(() => presenter.evaluate(() => (window as { heard?: number }).heard ?? 0)).toBeGreaterThan(0);
  await presenter.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(presenter.locator('[data-presenter-blackout]')).toBeVisible();
  await expect(page.locator('[data-blackout]')).toBeVisible();
});

test('B in either window blacks the projected screen out and back; O in the presenter view chooses a step for both', async ({
  page,
  context,
}) => {
  const presenter = await openBoth(page, context, stepIds[2]!);
  const blackout = page.locator('[data-blackout]');
  // From the presenter view, as a teacher at their own keyboard does.
  await presenter.keyboard.press('b');
  await expect(blackout).toBeVisible();
  await expect(presenter.locator('[data-presenter-blackout]')).toBeVisible();
  await expect(presenter.getByRole('status')).toHaveText('Screen blacked out');
  await presenter.keyboard.press('.');
  await expect(blackout).toHaveCount(0);
  await expect(presenter.locator('[data-presenter-blackout]')).toHaveCount(0);
  // From the projected window, which the presenter view shows.
  await page.keyboard.press('b');
  await expect(presenter.locator('[data-presenter-blackout]')).toBeVisible();
  await page.keyboard.press('b');
  await expect(presenter.locator('[data-presenter-blackout]')).toHaveCount(0);

  // The overview opens in the presenter view; choosing a step moves both windows.
  await presenter.keyboard.press('o');
  const overview = presenter.getByRole('dialog', { name: 'Every step' });
  await expect(overview).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await overview.getByRole('button', { name: new RegExp(`^Step 8 of ${count}`) }).click();
  await expect(overview).toHaveCount(0);
  await expect(presenterLabel(presenter)).toHaveText(`Step 8 of ${count}`);
  await expect(slideLabel(page)).toHaveText(`Step 8 of ${count}`);
  // ? lists the keys there too.
  await presenter.keyboard.press('?');
  await expect(presenter.getByRole('dialog', { name: 'Presentation keys' })).toBeVisible();
});

test('the timer counts from the opening, pauses, resumes and resets', async ({ page, context }) => {
  // Paused, so that only the test moves time: on a busy machine, real seconds would pass between the steps.
  await context.clock.install({ time: new Date('2026-01-05T09:00:00') });
  await context.clock.pauseAt(new Date('2026-01-05T09:00:01'));
  const presenter = await openBoth(page, context, stepIds[0]!);
  const timer = presenter.locator('[data-elapsed]');
  await expect(timer).toHaveText('0:00');
  await presenter.clock.runFor('01:05');
  await expect(timer).toHaveText('1:05');
  await presenter.getByRole('button', { name: 'Pause' }).click();
  await presenter.clock.runFor('02:00');
  await expect(timer).toHaveText('1:05');
  await presenter.getByRole('button', { name: 'Resume' }).click();
  await presenter.clock.runFor('00:10');
  await expect(timer).toHaveText('1:15');
  await presenter.getByRole('button', { name: 'Reset' }).click();
  await expect(timer).toHaveText('0:00');
  await presenter.clock.runFor('01:00:03');
  await expect(timer).toHaveText('1:00:03');
});

test('the presenter notes are the printed story’s receipts: step by step, the same report sentences', async ({
  page,
  context,
  browser,
}) => {
  // The printed story cites each paragraph's sentences after it ([5, 1]); the notes give them whole, then the quote's.
  const story = await browser.newPage();
  await story.emulateMedia({ media: 'print' });
  await story.goto('./');
  const cited = await story
    .locator('[data-step-id]')
    .evaluateAll((steps) =>
      steps.map((step) =>
        [...step.querySelectorAll('a[data-receipt][href^="source/"]')].flatMap((mark) =>
          (mark.textContent ?? '').split(/,\s*/).map((n) => `s${n}`),
        ),
      ),
    );
  await story.close();

  // Every step's notes are checked against the report in src/present/presenter-notes.test.ts; here, as the
  // presenter steps on, the first step, the first with a quote, and the last.
  const withQuote = raw.steps.findIndex((step) => step.quote);
  const checked = [...new Set([0, withQuote, count - 1])].sort((a, b) => a - b);
  const presenter = await openBoth(page, context, stepIds[0]!);
  let at = 0;
  for (const i of checked) {
    const step = raw.steps[i]!;
    // One move at a time, as a presenter makes them: each arrives in the presenter view before the next.
    for (; at < i; at++) {
      await page.keyboard.press('ArrowRight');
      await expect(presenterLabel(presenter)).toHaveText(`Step ${at + 2} of ${count}`);
    }
    await expect(presenterLabel(presenter)).toHaveText(`Step ${i + 1} of ${count}`);
    const quote = raw.quotes.find((q) => q.id === step.quote)?.sentence;
    const expected = [...new Set([...(cited[i] ?? []), ...(quote ? [quote] : [])])];
    await expect
      .poll(
        () =>
          presenter
            .locator('[data-presenter-notes] li[data-note-sentence]')
            .evaluateAll((notes) => notes.map((n) => n.getAttribute('data-note-sentence'))),
        {
          message: step.id,
        },
      )
      .toEqual(expected);
  }
});

test('the presenter view passes an accessibility scan', async ({ page, context }) => {
  const presenter = await openBoth(page, context, 'volume-2015');
  await expect(presenter.locator('[data-presenter-notes] blockquote').first()).toBeVisible();
  await expectThumbnail(presenter, raw.steps[at('volume-2015') + 1]!.id);
  expect(await axeViolations(presenter, 'the presenter view')).toEqual([]);
});
