// Render specs for a step's printed graphic, with stand-in charts that show what they were given.
import { describe, expect, test } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import raw from '../../../data/story.json';
import type { ChartKind } from '@/data/schema';
import type { ChartProps } from '@/charts/chart-props';
import { parseStory } from '@/data/validate';
import type { PrintCharts } from './print-charts';
import { PrintFigure, printSize } from './print-figure';

const story = parseStory(raw);

/** A chart that draws nothing but says what it received. */
const standIn = ({ state, width, height, currency }: ChartProps<ChartKind> & { currency?: string }) => (
  <svg data-drew={state.chart} data-state={state.description} data-size={`${width}x${height}`} data-currency={currency} />
);
const charts = {
  map: { Chart: standIn, Table: () => null },
  timeline: { Chart: standIn, Table: () => null },
  volume: { Chart: standIn, Table: () => null },
  share: { Chart: standIn, Table: () => null },
} as PrintCharts;

const render = (key: string) => renderToStaticMarkup(<PrintFigure story={story} state={story.graphicStates[key]!} charts={charts} />);

describe('printed figure', () => {
  test.each(story.steps.map((s) => s.state))('for state %s draws that chart, in that state, at the print size', (key) => {
    const state = story.graphicStates[key]!;
    const html = render(key);
    expect(html).toMatch(new RegExp(`^<figure data-chart="${state.chart}" data-print-figure="true"`));
    expect(html).toContain(`data-drew="${state.chart}"`);
    expect(html).toContain(`data-state="${state.description.replace(/'/g, '&#x27;').replace(/"/g, '&quot;')}"`);
    expect(html).toContain(`data-size="${printSize.width}x${printSize.height}"`);
  });

  test('is captioned with the chart’s title and caption', () => {
    const html = render('volume-2015');
    expect(html).toContain(`<figcaption>`);
    expect(html).toContain(story.charts.volume.title.replace(/'/g, '&#x27;'));
  });

  test('draws sums in yuan, the report’s currency (the currency switch is not printed)', () => {
    expect(render('volume-2016')).toContain('data-currency="CNY"');
  });

  test('draws at 4:3, the shape of its printed box', () => {
    expect(printSize.width / printSize.height).toBeCloseTo(4 / 3, 2);
    expect(render('map-china')).toContain('aspect-[4/3]');
  });
});
