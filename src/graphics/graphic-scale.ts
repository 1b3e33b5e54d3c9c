// How much larger than usual the graphics draw their labels and marks (presentation mode, projector theme).
import { createContext, useContext } from 'react';

/**
 * A graphic draws at its measured size divided by this, and its SVG's viewBox scales the drawing back up
 * to fill the box: so at 1.5 every label, line and gap is one and a half times its usual size, and the
 * layout still fits (it simply lays out a smaller drawing). 1 everywhere but in presentation.
 */
export const GraphicScale = createContext(1);

export const useGraphicScale = () => useContext(GraphicScale);
