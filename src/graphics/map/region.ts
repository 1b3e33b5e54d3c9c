// The map's fixed frame as constants: which part of the globe it shows and how, the same for every step.
// Shared by the build (src/build/map-frame.ts, loaded through vite.config.ts) and the browser, so no imports.

/** Where the projection is centred, [longitude, latitude]: over western China, the middle of the story's places. */
export const regionCentre: [number, number] = [95, 35];

/**
 * The points that must be in view at every size, [longitude, latitude]: Moscow, the Arctic coast
 * (Yamal and Taymyr, so Russia is whole), Japan and Korea, eastern Indonesia, Java, and India's west coast. Fitting to fixed points (not to
 * the highlighted places) keeps the projection identical for every step, so steps only recolour.
 */
export const regionOfInterest: [number, number][] = [
  [37.6, 55.8],
  [68, 72],
  [104, 77],
  [140, 42],
  [125, -9],
  [110, -8],
  [68, 8],
];

/**
 * Countries with no point within this many degrees of arc of the centre are never drawn. The corners of
 * a 1280×800 drawing are about 87° away, so 85° keeps everything a reader sees there but the Americas.
 */
export const regionRadius = 85;

/**
 * The scale of the reference frame the build projects countries into (translate [0, 0], y down): the
 * region of interest comes out about 1000 units wide, so whole units are about as fine as a pixel.
 */
export const frameScale = 940;

/**
 * The narrowest and widest drawings (width ÷ height) the map must fill, from a tall phone panel to a
 * wide, short one, and the smallest short side it is drawn at. The build keeps all that any of them shows.
 */
export const panelShapes = { narrowest: 0.6, widest: 2.5, smallestSide: 160 };
