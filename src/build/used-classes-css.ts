// Tailwind's CSS for the classes some markup uses, and no other: for what the build writes with a stylesheet
// of its own rather than the page's (the graphic files, the source page), which should carry only its own.
import { compile, optimize } from '@tailwindcss/node';

/** Every class named in the markups' `class` attributes, each once. */
export function classesIn(markups: string[]): string[] {
  const classes = markups.flatMap((markup) => [...markup.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/)));
  return [...new Set(classes)].filter((name) => name !== '');
}

/**
 * `input` (a Tailwind stylesheet, its imports relative to `base`) compiled for `classes` alone, minified,
 * without Tailwind's licence banner.
 */
export async function usedClassesCss(input: string, base: string, classes: string[]): Promise<string> {
  const compiler = await compile(input, { base, onDependency: () => {} });
  return optimize(compiler.build(classes), { minify: true }).code.replace(/^\/\*![^*]*\*\/\s*/, '');
}
