// Render specs for the share graphic and its table, as static markup.
import { expect, test } from 'vitest';
import { elements, tableRows } from '#test/support/markup.ts';
import { ShareDrawing } from './share-drawing.tsx';
import { ShareTable } from './share-table.tsx';
import { editionOf, renderIn } from '#test/support/edition.ts';

const edition = await editionOf('en');

const { story } = edition;
const state = story.graphicStates['share-foreign-trade'];
if (state?.graphic !== 'share') throw new Error('story.json has no share-foreign-trade state');
const html = renderIn(edition, <ShareDrawing story={story} state={state} width={375} height={330} />);

test('share graphic draws 100 squares, 20 of them filled, and says 20%', () => {
  const cells = elements(html, 'rect').filter((rect) => 'data-cell' in rect.attrs);
  expect(cells).toHaveLength(100);
  expect(cells.filter((cell) => cell.attrs['data-filled'] === 'true')).toHaveLength(20);
  expect(elements(html, 'text').map((text) => text.text)).toContain('20%');
});

test('share table gives the forecast share, with no year and its kind, under the graphic’s title', () => {
  const table = renderIn(edition, <ShareTable story={story} />);
  expect(elements(table, 'caption').map((caption) => caption.text)).toEqual([story.graphics.share.title]);
  const [head, ...rows] = tableRows(table);
  expect(head).toEqual(['Figure', 'Value', 'Year', 'Kind']);
  expect(rows).toEqual([[expect.stringContaining('share of China'), '20 percent', 'not given', 'forecast']]);
});
