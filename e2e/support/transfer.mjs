// What a first visit downloads, in bytes on the wire: used by the budget test to hold the page to its budgets.
//
// Bytes come from the DevTools protocol (`Network.loadingFinished.encodedDataLength`), not from Resource
// Timing's `transferSize`: the protocol counts what was actually read from the socket for each response,
// gzip body, chunk framing and headers included, for every request of the page (document, favicon and
// failed or cross-origin requests too), which is also what Lighthouse reports. Resource Timing puts a
// fixed guess in for headers, reports 0 for cross-origin responses without Timing-Allow-Origin, and keeps
// only the first 250 entries unless told otherwise.

/** @typedef {'js' | 'css' | 'font' | 'html' | 'other'} Kind */

/**
 * @typedef {object} Request
 * @property {string} url
 * @property {Kind} type
 * @property {number} bytes bytes received, compressed as sent, headers included
 */

/**
 * @typedef {object} FirstVisit
 * @property {number} jsBytes
 * @property {number} cssBytes
 * @property {number} fontBytes
 * @property {number} htmlBytes
 * @property {number} otherBytes
 * @property {number} totalBytes
 * @property {Request[]} requests every finished request, biggest first
 */

/** A request counts as settled this long after the last one finished: Lighthouse's "network quiet". */
const quietMs = 1_000;
const timeoutMs = 30_000;

/**
 * Opens `url` in `page` with an empty HTTP cache, waits for `load` and then for the network to be quiet
 * (no request in flight for 1 s), without scrolling, and sums the bytes received by kind.
 * Chromium only (it uses a CDP session). The page should be fresh: a service worker or memory cache from
 * an earlier visit in the same page would hide requests.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} url absolute, or relative to the context's `baseURL`
 * @returns {Promise<FirstVisit>}
 */
export async function measureFirstVisit(page, url) {
  const cdp = await page.context().newCDPSession(page);
  /** @type {Map<string, { url: string, type: Kind }>} */
  const responses = new Map();
  /** @type {Request[]} */
  const requests = [];
  const inFlight = new Set();
  let lastActivity = Date.now();
  /** @param {string} id */
  const settle = (id) => {
    inFlight.delete(id);
    lastActivity = Date.now();
  };

  cdp.on('Network.requestWillBeSent', ({ requestId, request, redirectResponse }) => {
    // A redirect reuses the request id: its response's bytes are reported here and nowhere else.
    if (redirectResponse) requests.push({ url: redirectResponse.url, type: 'other', bytes: redirectResponse.encodedDataLength });
    if (request.url.startsWith('data:')) return;
    inFlight.add(requestId);
    lastActivity = Date.now();
  });
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    responses.set(requestId, { url: response.url, type: kindOf(type, response.mimeType) });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = responses.get(requestId);
    if (response && inFlight.has(requestId)) requests.push({ ...response, bytes: encodedDataLength });
    settle(requestId);
  });
  cdp.on('Network.loadingFailed', ({ requestId }) => settle(requestId));

  try {
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await page.goto(url, { waitUntil: 'load' });
    const deadline = Date.now() + timeoutMs;
    while (inFlight.size > 0 || Date.now() - lastActivity < quietMs) {
      if (Date.now() > deadline) {
        throw new Error(`the network did not go quiet within ${timeoutMs / 1000} s of load (${inFlight.size} in flight)`);
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  } finally {
    await cdp.detach().catch(() => {});
  }

  /** @param {Kind} kind */
  const sum = (kind) => requests.filter((r) => r.type === kind).reduce((total, r) => total + r.bytes, 0);
  requests.sort((a, b) => b.bytes - a.bytes);
  return {
    jsBytes: sum('js'),
    cssBytes: sum('css'),
    fontBytes: sum('font'),
    htmlBytes: sum('html'),
    otherBytes: sum('other'),
    totalBytes: requests.reduce((total, r) => total + r.bytes, 0),
    requests,
  };
}

/**
 * The kind of a response, from the resource type Chromium gives it or else its MIME type (preloads,
 * for one, may be typed "Other" whatever they hold).
 * @param {string | undefined} resourceType CDP `Network.ResourceType`
 * @param {string} mimeType
 * @returns {Kind}
 */
function kindOf(resourceType, mimeType) {
  if (resourceType === 'Script' || /javascript|ecmascript/.test(mimeType)) return 'js';
  if (resourceType === 'Stylesheet' || mimeType === 'text/css') return 'css';
  if (resourceType === 'Font' || mimeType.startsWith('font/')) return 'font';
  if (resourceType === 'Document' || mimeType === 'text/html') return 'html';
  return 'other';
}
