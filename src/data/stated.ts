// How precisely the page states a figure: as reported, or a derived one rounded; and whether it is approximate.
import type { Figure } from './validate.ts';
import { roundDerived } from './derived.ts';

/** The value a figure is stated at: as reported, or a derived one rounded to what its inputs support. */
export const statedValue = (f: Figure): number => (f.kind === 'derived' ? roundDerived(f.value) : f.value);

/** Whether a figure is approximate: derived by us, or one of the report's "about" conversions. */
export const isApproximate = (f: Figure): boolean => f.kind === 'derived' || f.approximate === true;
