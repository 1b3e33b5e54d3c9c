// The border policy on the page (data/map/README.md): the map hatches the disputed areas in every state,
// says so in its legend, and the highlighted country's shape stops where a disputed area begins.
import { expect, test, type Locator } from '@playwright/test';
import { mapPoints } from '#src/build/map-frame.ts';
import { activeGraphic, openAtStep } from './support/story.ts';
import { englishEdition } from './support/editions.ts';

/** A point in the map's reference frame, as the build projects the places. */
const project = ([longitude, latitude]: [number, number]) => mapPoints([{ id: 'at', label: [longitude, latitude] }]).points.at!;

/** What the topmost shape at a point of the frame is, in the map's own drawing: a country's id, a disputed area's, or neither. */
async function shapeAt(map: Locator, [longitude, latitude]: [number, number]) {
  const [x, y] = project([longitude, latitude]);
  return map.locator('[data-disputed-areas]').evaluate(
    (group: SVGGElement, [fx, fy]) => {
      const { x: left, y: top } = new DOMPoint(fx, fy).matrixTransform(group.getScreenCTM()!);
      const svg = group.ownerSVGElement!.getBoundingClientRect();
      if (left < svg.left || left > svg.right || top < svg.top || top > svg.bottom) return { shown: false };
      const hit = document.elementFromPoint(left, top);
      return { shown: true, country: hit?.getAttribute('data-country'), disputed: hit?.getAttribute('data-disputed') };
    },
    [x, y] as const,
  );
}

const cases = [
  { step: 'moscow', place: 'Simferopol', point: [34.1, 44.95] as [number, number], claimant: '643' },
  { step: 'zhao-ping', place: 'Itanagar', point: [93.6, 27.1] as [number, number], claimant: '356' },
];

for (const { step, place, point, claimant } of cases) {
  test(
    `the map at #${step} hatches the disputed areas, says so, and leaves ${place} out of the highlighted country`,
    { tag: '@phone' },
    async ({ page }) => {
      await openAtStep(page, step);
      const map = activeGraphic(page);
      const disputed = map.locator('[data-disputed-areas] [data-disputed]');
      await expect(disputed.first()).toBeAttached();
      expect(await disputed.count()).toBeGreaterThan(10);
      await expect(map.locator(`[data-country="${claimant}"][data-highlighted="true"]`)).toBeAttached();

      const legend = map.locator('[data-map-legend]');
      await expect(legend).toBeVisible();
      expect((await legend.locator('tspan').allTextContents()).join(' ')).toBe(englishEdition.t('mapDisputed'));
      // The hatching is painted: its pattern's lines and the areas' outline are drawn, not transparent.
      const painted = await disputed.first().evaluate((path) => {
        const style = getComputedStyle(path);
        return { stroke: style.stroke, dash: style.strokeDasharray, fill: path.closest('g')!.getAttribute('fill') };
      });
      expect(painted.stroke).not.toBe('none');
      expect(painted.dash).not.toBe('none');
      expect(painted.fill).toMatch(/^url\(#/);

      const hit = await shapeAt(map, point);
      if (hit.shown) {
        expect(hit.country, `${place} is in no country's shape`).toBeNull();
        expect(hit.disputed, `${place} is in a disputed area`).toBeTruthy();
      } else {
        expect(test.info().project.name, `${place} is on the map at desktop size`).not.toBe('desktop');
      }
    },
  );
}
