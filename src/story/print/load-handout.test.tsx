// Specs for the printed handout's store: nothing until asked for, loaded once, announced, and able to draw every graphic.
import { describe, expect, test, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import raw from '#data/story.json';
import type { ReactNode } from 'react';
import type { GraphicKind } from '#src/data/schema.ts';
import { parseStory } from '#test/support/english.ts';
import { elements } from '#test/support/markup.ts';
import { svgName } from '#test/support/svg-names.ts';
import { printHandout } from './load-handout.ts';
import { editionOf, renderIn } from '#test/support/edition.ts';

const edition = await editionOf('en');

const story = parseStory(raw);
const kinds = Object.keys(story.graphics) as GraphicKind[];

/** Static markup with the query client the map's drawing asks for (its geometry is not fetched here). */
const render = (node: ReactNode) => renderIn(edition, <QueryClientProvider client={new QueryClient()}>{node}</QueryClientProvider>);

describe('the printed handout’s code', () => {
  test('is nothing until asked for, then loads once and tells whoever waits, once', async () => {
    expect(printHandout.get()).toBeNull();
    const listener = vi.fn();
    const stop = printHandout.subscribe(listener);
    const first = printHandout.load();
    expect(printHandout.load()).toBe(first);
    const handout = await first;
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(printHandout.get()).toBe(handout);
  });

  test.each(kinds)('draws the %s graphic of a step, named and described as on screen', async (kind) => {
    const handout = await printHandout.load();
    const step = story.steps.find((s) => story.graphicStates[s.state]?.graphic === kind)!;
    const state = story.graphicStates[step.state]!;
    const html = render(<handout.PrintGraphic story={story} state={state} drawings={handout.drawings} />);
    expect(elements(html, 'figure')[0]?.attrs['data-graphic']).toBe(kind);
    expect(svgName(html)).toEqual({ name: story.graphics[kind].title, description: state.description });
  });

  test('gives every graphic’s numbers as a table, captioned with its title, in story order', async () => {
    const handout = await printHandout.load();
    const html = render(<handout.PrintTables story={story} drawings={handout.drawings} />);
    expect(elements(html, 'caption').map((caption) => caption.text)).toEqual(kinds.map((kind) => story.graphics[kind].title));
  });
});
