// Specs for reading fontconfig's answer for the machine's Chinese font.
import { describe, expect, test } from 'vitest';
import { parseMatch } from './han-font.ts';

describe('fontconfig’s answer', () => {
  test('names a face of a collection that covers Simplified Chinese', () => {
    expect(parseMatch('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc\t2\taa|en|ja|zh-cn|zh-tw')).toEqual({
      file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
      index: 2,
    });
  });

  test('is no Chinese font where its best match covers no Chinese (fontconfig always answers), or where it said nothing', () => {
    expect(parseMatch('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf\t0\taa|ab|en|ru')).toBeUndefined();
    expect(parseMatch('')).toBeUndefined();
  });
});
