import { describe, expect, it } from 'vitest';
import { stepAddresses } from '#src/steps/step-addresses.ts';
import { oembed } from './oembed.ts';

const editions = [
  { path: '', lang: 'en' },
  { path: 'ru/', lang: 'ru' },
];
const embedOf = (src: string) => ({ src, title: 'April · "Cross-border"', stepId: 'lazada', pymParent: 'p.js', height: 680 });

describe('a step’s oEmbed response', () => {
  it('is a rich embed of the step’s graphic, its iframe as tall as the response says, through JSON unchanged', () => {
    const addresses = stepAddresses(editions[1]!, editions, 'lazada', undefined);
    const response = JSON.parse(JSON.stringify(oembed(embedOf(addresses.embed), 'Трансграничная торговля', addresses))) as Record<
      string,
      unknown
    >;
    expect(response).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'April · "Cross-border"',
      provider_name: 'Трансграничная торговля',
      html: '<iframe src="./?mode=embed" width="100%" height="680" style="border:0" title="April · &quot;Cross-border&quot;"></iframe>',
      width: 640,
      height: 680,
    });
  });

  it('under a public address, names the story as provider and the share image as thumbnail, absolute', () => {
    const addresses = stepAddresses(editions[1]!, editions, 'lazada', 'https://example.org/x/');
    expect(oembed(embedOf(addresses.embed), 'K', addresses)).toMatchObject({
      provider_url: 'https://example.org/x/ru/',
      thumbnail_url: 'https://example.org/x/ru/steps/lazada/share.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
      html: expect.stringContaining('src="https://example.org/x/ru/steps/lazada/?mode=embed"') as unknown,
    });
  });
});
