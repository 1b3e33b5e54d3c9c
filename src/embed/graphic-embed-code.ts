// The codes that embed one step's graphic, its page in embed mode (./steps/<step-id>/?mode=embed): with
// Pym.js, which gives the frame the graphic's own height, or a plain iframe of a fixed height. The step's
// page shows both, and its oEmbed file gives the iframe (src/build/step-pages/).
import { attribute, scriptValue } from './embed-code.ts';

/** What a graphic's codes are made of. */
export type GraphicEmbed = {
  /** The step's page in embed mode. */
  src: string;
  /** The frame's title, which names it to screen readers. */
  title: string;
  /** The step's id, which names the host's element, so that two graphics can stand in one article. */
  stepId: string;
  /** The Pym.js parent script, from the story's own site. */
  pymParent: string;
  /** The plain iframe's height in px. */
  height: number;
};

/** With Pym.js: no scroll tracking, which only the whole story follows. */
export function graphicPymCode({ src, title, stepId, pymParent }: Omit<GraphicEmbed, 'height'>): string {
  const id = `cross-border-${stepId}`;
  return [
    `<div id="${attribute(id)}"></div>`,
    `<script src="${attribute(pymParent)}"></script>`,
    `<script>new pym.Parent(${scriptValue(id)}, ${scriptValue(src)}, { title: ${scriptValue(title)} });</script>`,
  ].join('\n');
}

/** A plain iframe, as wide as its column and `height` tall. */
export function graphicIframeCode({ src, title, height }: GraphicEmbed): string {
  return `<iframe src="${attribute(src)}" width="100%" height="${height}" style="border:0" title="${attribute(title)}"></iframe>`;
}
