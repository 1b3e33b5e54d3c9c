// The mark after a text of ours that leads to what it rests on: the report's sentences by number, or "ours".
// It is a link to the sentence on the source page (./source/#s5), or for words of ours to the sources and
// method, so it works without script and prints as a citation; with script it opens the receipt in place
// (receipt-island.tsx).
import type { Basis } from '#src/data/schema.ts';
import { basisSentences } from '#src/data/basis.ts';
import { useT } from '#src/edition/edition-context.tsx';
import { pageIds } from '#src/lib/page-ids.ts';
import { sentenceHref } from './receipts-file.ts';

type Props = {
  /** The text's place by ids (src/data/basis.ts), which the receipts' island looks its receipt up by. */
  bound: string;
  basis: Basis;
  /** The edition's story page from the page the mark is on: '' on it (the default), '../../' from a step's page. */
  root?: string;
};

export function ReceiptMark({ bound, basis, root = '' }: Props) {
  const t = useT();
  const ids = basisSentences(basis);
  const numbers = ids.map((id) => id.slice(1)).reduce((first, next) => t('joins.numbers', { first, next }));
  const which =
    ids.length === 0
      ? t('receipt.oursMark')
      : ids.length === 1
        ? t('receipt.sentence', { number: numbers })
        : t('receipt.sentences', { numbers });
  return (
    <a
      href={`${root}${ids[0] ? sentenceHref(ids[0]) : `#${pageIds.sources}`}`}
      data-receipt={bound}
      aria-label={t('receipt.name', { which })}
      className="receipt-mark"
    >
      {ids.length === 0 ? t('receipt.oursMark') : numbers}
    </a>
  );
}
