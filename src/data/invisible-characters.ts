// Characters a reader cannot see that change what they see: bidirectional controls (U+202A-202E, U+2066-2069)
// reorder text, so "28.6%" can draw as "%6.82"; zero-width and other format characters (Unicode's Cf) hide in
// words and break the tools that cut fonts. No text of the story or its editions may hold one.

type Problem = { path: string; message: string };

const format = /\p{Cf}/gu;

/** Names of the ones an editor is likeliest to paste, for the message; any other is named by its code. */
const names: Record<string, string> = {
  '\u00ad': 'soft hyphen',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2060': 'word joiner',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\ufeff': 'zero-width no-break space',
};

const code = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Every string in a parsed JSON document that holds an invisible format character, at its JSON path. */
export function invisibleCharacterProblems(value: unknown, path = '$'): Problem[] {
  if (typeof value === 'string') {
    const found = [...new Set(value.match(format) ?? [])];
    return found.map((char) => ({
      path,
      message: `has an invisible ${code(char)}${names[char] ? ` (${names[char]})` : ''}, which can change what the reader sees: delete it`,
    }));
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => invisibleCharacterProblems(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => invisibleCharacterProblems(item, `${path}.${key}`));
  }
  return [];
}
