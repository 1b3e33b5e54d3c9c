// data: URLs for text: the offline file's links and icon carry their files in themselves, as it has
// nothing beside it to point at.

/** A `data:` URL holding `text`, percent-encoded (the same in the browser and at build, unlike base64 of UTF-8). */
export function textDataUrl(type: string, text: string): string {
  return `data:${type},${encodeURIComponent(text)}`;
}
