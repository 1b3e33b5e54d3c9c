// Specs for the headers the host sends: the images keep their names across deploys, so they are revalidated.
import { expect, test } from 'vitest';
import { headersFor } from './headers.ts';

test('a step’s images and the share images are sent to any origin and revalidated, unlike the hashed assets', () => {
  for (const path of ['/steps/moscow/graphic.png', '/ru/steps/moscow/graphic@2x.png', '/zh/steps/moscow/graphic.svg', '/share-zh.png']) {
    expect(headersFor(path)['Access-Control-Allow-Origin'], path).toBe('*');
    expect(headersFor(path)['Cache-Control'], path).toBeUndefined();
  }
  expect(headersFor('/assets/index-abc.js')['Cache-Control']).toContain('immutable');
});
