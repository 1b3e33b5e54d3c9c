// The house fonts, loaded after the first paint and put in one part of the page at a time.
//
// Preloaded, the two subset fonts (41 KB) shared the first, slow round trips with the HTML, and the first
// layout waited for them to be decoded and shaped: the first paint came later, for type that the fallbacks
// draw almost identically (their metrics are matched: src/build/fonts/fallback-metrics.ts). Now the page
// paints with the fallbacks and loads the fonts afterwards. Putting both into the whole page at once then
// cost one long task (restyling every element and shaping every line anew: 28 ms on a fast machine, four
// times that on a phone), so they go in a part at a time, each restyled and laid out in a short task of
// its own, the parts on screen first (src/styles/index.css); what the page adds later gets them as it comes.
import { houseFontFamilies } from '#src/lib/house-font-families.ts';
import { nextTask } from '#src/lib/next-task.ts';

/** About how much one task restyles and re-lays out: a step's worth, well under a long task on a slow phone. */
const partLimits = { characters: 1200, elements: 150 };

const hasOwnText = (element: Element) =>
  [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());

/**
 * The page cut into parts within `limits` (or single elements that are bigger but cannot be cut: text of
 * their own), in document order. Every text on the page is in one part.
 */
export function pageParts(root: Element, limits = partLimits): Element[] {
  const parts: Element[] = [];
  const visit = (element: Element) => {
    if (element.matches('script, style, template')) return;
    const small = (element.textContent ?? '').length <= limits.characters && element.getElementsByTagName('*').length <= limits.elements;
    if (small || element.children.length === 0 || hasOwnText(element)) parts.push(element);
    else for (const child of element.children) visit(child);
  };
  visit(root);
  return parts;
}

/** 'sans' where the element's type is set in the sans-serif stack, else 'serif'. */
const kindOf = (element: Element) => (/\bsans-serif\s*$/.test(getComputedStyle(element).fontFamily) ? 'sans' : 'serif');

/** The parts the reader can see first, then the rest in document order. */
function onScreenFirst(parts: Element[]): Element[] {
  const onScreen = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.width > 0;
  };
  return [...parts.filter(onScreen), ...parts.filter((part) => !onScreen(part))];
}

/** Gives the fonts to what the page adds later outside the parts (a dialog, a presentation, a new graphic). */
function coverNewContent(root: Element) {
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && !node.closest('[data-fonts]')) node.setAttribute('data-fonts', kindOf(node));
      }
    }
  }).observe(root, { childList: true, subtree: true });
}

/**
 * Puts the loaded fonts into the page, each part in a task of its own (and laid out there). Nothing is
 * set on <html>: that would restyle every element on the page in one task, for nothing, since every text
 * is in a part; what comes later gets the fonts as it arrives.
 */
export async function putInFonts(body: HTMLElement = document.body): Promise<void> {
  const parts = onScreenFirst(pageParts(body));
  coverNewContent(body);
  for (const part of parts) {
    if (!part.isConnected) continue;
    part.setAttribute('data-fonts', kindOf(part));
    // Restyle and lay out now, in this task, instead of all parts together in the next frame.
    void (part as HTMLElement).offsetHeight;
    await nextTask();
  }
  document.documentElement.dataset.fontsIn = '';
}

/**
 * Loads the house fonts (their @font-face rules are in the page's CSS, but no stack names them yet) and
 * then puts them in: part by part where the prerendered page is on screen, all at once where it is not
 * (presentation mode draws its own slides). If one cannot be loaded, the page keeps its fallbacks.
 */
export function loadHouseFonts({ gradually }: { gradually: boolean }): Promise<void> {
  const families = Object.values(houseFontFamilies);
  const root = document.documentElement;
  return Promise.all(families.map((family) => document.fonts.load(`1em "${family}"`)))
    .then((loaded) => {
      if (!loaded.every((faces) => faces.length > 0)) return;
      if (gradually) return putInFonts();
      root.dataset.fonts = kindOf(root);
      root.dataset.fontsIn = '';
    })
    .catch(() => {});
}
