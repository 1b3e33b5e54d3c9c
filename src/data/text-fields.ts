// Walks a value by its valibot schema and finds its text fields by the kind the schema marks them with
// (schema.ts, `TextKind`): one walker for the prose's tokens, the translations and their checks.
import type { TextKind } from './schema.ts';

/** The parts of a valibot schema the walker reads; valibot's schemas are plain objects with these. */
type Node = {
  type: string;
  entries?: Record<string, Node>;
  item?: Node;
  items?: Node[];
  wrapped?: Node;
  value?: Node;
  options?: Node[] | unknown[];
  key?: string;
  literal?: unknown;
  pipe?: { type: string; metadata?: { text?: TextKind } }[];
};

/** The kind of text a schema marks, if it is a text field. */
export function textKind(schema: unknown): TextKind | undefined {
  const node = schema as Node | undefined;
  if (node?.type === 'optional' || node?.type === 'nullable' || node?.type === 'nullish') return textKind(node.wrapped);
  return node?.pipe?.find((action) => action.type === 'metadata')?.metadata?.text;
}

/**
 * Whether a schema is a text with what it rests on, and an id in a list (a paragraph, a gap, a caption:
 * `{ id?, text, basis }`): a translation gives its text alone, and inherits the rest.
 */
export function isTextItem(schema: unknown): boolean {
  const node = schema as Node | undefined;
  if (node?.type === 'optional' || node?.type === 'nullable' || node?.type === 'nullish') return isTextItem(node.wrapped);
  const entries = node?.entries;
  return entries?.text !== undefined && Object.keys(entries).every((key) => ['id', 'text', 'basis'].includes(key));
}

/** A JSON object: not null, not an array. */
export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Whether a discriminating key's schema (a literal, or a picklist of them) takes `value`. */
function takes(node: Node | undefined, value: unknown): boolean {
  if (!node) return false;
  if (node.type === 'picklist') return (node.options as unknown[] | undefined)?.includes(value) ?? false;
  return node.literal === value;
}

/** The option of a variant schema that `value` is (by its discriminating key). */
function variantOption(node: Node, value: unknown): Node | undefined {
  const key = node.key;
  if (!isRecord(value) || !key) return undefined;
  return (node.options as Node[] | undefined)?.find((option) => takes(option.entries?.[key], value[key]));
}

/** The schema of each part of a value: an object's entries, an array's items, a record's values. */
export function childSchema(schema: unknown, value: unknown, key: string | number): unknown {
  const node = schema as Node | undefined;
  switch (node?.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
      return childSchema(node?.wrapped, value, key);
    case 'variant':
      return childSchema(node && variantOption(node, value), value, key);
    case 'object':
    case 'strict_object':
      return node?.entries?.[key];
    case 'array':
      return node?.item;
    case 'tuple':
      return node?.items?.[Number(key)];
    case 'record':
      return node?.value;
    default:
      return undefined;
  }
}

export type Rewrite = (text: string, kind: TextKind, path: string) => string;

/**
 * `value` (valid against `schema`) with `rewrite` applied to every text field, at its JSON path
 * (`$.steps[4].paragraphs[0].text`); everything else, optional fields left out included, kept as it is.
 */
export function mapTexts<T>(schema: unknown, value: T, rewrite: Rewrite, path = '$'): T {
  if (typeof value === 'string') {
    const kind = textKind(schema);
    return (kind ? rewrite(value, kind, path) : value) as T;
  }
  if (Array.isArray(value)) return value.map((item, i) => mapTexts(childSchema(schema, value, i), item, rewrite, `${path}[${i}]`)) as T;
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, mapTexts(childSchema(schema, value, key), item, rewrite, `${path}.${key}`)]),
    ) as T;
  }
  return value;
}

/** Every text field of `value` with its kind and JSON path, in the order of the file. */
export function textsOf(schema: unknown, value: unknown): { path: string; kind: TextKind; text: string }[] {
  const found: { path: string; kind: TextKind; text: string }[] = [];
  mapTexts(schema, value, (text, kind, path) => {
    found.push({ path, kind, text });
    return text;
  });
  return found;
}
