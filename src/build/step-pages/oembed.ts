// A step's oEmbed file (oembed.json in its page's folder, https://oembed.com, 1.0): a "rich" type whose html is
// the plain iframe of the step's graphic, so a CMS that speaks oEmbed takes the graphic from the page's
// address alone (its head links the file). Where the build knows the site's public address, it gives the
// story as provider_url and the share image as thumbnail, which must be absolute.
import { graphicIframeCode, type GraphicEmbed } from '#src/embed/graphic-embed-code.ts';
import { stepImageSize, type StepAddresses } from '#src/steps/step-addresses.ts';
import { embedWidth } from './embed-height.ts';

export type OEmbed = {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url?: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
};

/** The oEmbed response for the graphic `embed`, from the story `provider` (its name). */
export function oembed(embed: GraphicEmbed, provider: string, addresses: StepAddresses): OEmbed {
  const { story } = addresses;
  const { width, height } = stepImageSize.share;
  return {
    version: '1.0',
    type: 'rich',
    title: embed.title,
    provider_name: provider,
    ...(story && { provider_url: story }),
    html: graphicIframeCode(embed),
    width: embedWidth,
    height: embed.height,
    ...(story && { thumbnail_url: addresses.shareImage, thumbnail_width: width, thumbnail_height: height }),
  };
}
