// The halo: a stroke in the page's colour behind a label's glyphs, so it reads over marks, borders, routes
// and land, in both themes. On an SVG <text>: `className` with the label's own classes, and `strokeWidth`.

export const haloClass = 'stroke-page [paint-order:stroke] [stroke-linejoin:round]';

/** Around the bars' and the share's labels. */
export const haloWidth = 4;

/** Around the map's labels, smaller and closer together. */
export const mapHaloWidth = 3;
