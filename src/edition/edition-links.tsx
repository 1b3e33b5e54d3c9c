// A list of the editions, each named in its own language, the current one marked and not a link: the story's
// language switch and the source page's.
import type { EditionLink } from './edition.ts';

type Props = {
  editions: EditionLink[];
  current: string;
  /** The address of `to`'s page, from the current one. */
  href: (to: EditionLink) => string;
  label: string;
  className?: string;
  linkClassName?: string;
  /** Marks each link with its address for a script that rewrites it (src/story/carry-address.ts). */
  carried?: boolean;
};

export function EditionLinks({ editions, current, href, label, className, linkClassName, carried = false }: Props) {
  return (
    <nav aria-label={label} className={className}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {editions.map((to) => (
          <li key={to.code} lang={to.lang}>
            {to.code === current ? (
              <span aria-current="page" className="font-semibold text-ink">
                {to.name}
              </span>
            ) : (
              <a href={href(to)} data-edition-href={carried ? href(to) : undefined} hrefLang={to.lang} className={linkClassName}>
                {to.name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
