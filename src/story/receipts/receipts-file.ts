// The shape of an edition's data/claims.json (made by src/build/edition/claims.ts), which the page's receipts
// fetch when a reader opens one, and what one receipt shows from it.
import { queryOptions } from '@tanstack/react-query';
import type { Basis, ReportSentence, Source } from '#src/data/schema.ts';
import { basisSentences } from '#src/data/basis.ts';
import type { PageMessages } from '#src/edition/message.ts';
import { isOfflineFile } from '#src/lib/is-offline-file.ts';
import { pageIds } from '#src/lib/page-ids.ts';

export type Receipts = {
  about: string;
  /** The language of the page's words in it. */
  language: string;
  /** The receipts' own words (`receiptPopover.*`), which the page's first visit does not carry. */
  messages: PageMessages;
  source: Partial<Source>;
  /** Every sentence of the report in the edition's language; in ru and zh ours, with the report's English as `original`. */
  sentences: (ReportSentence & { original?: string })[];
  /** Each derived figure as the page states it, with how it is computed. */
  derived: { id: string; label: string; stated: string; method: string }[];
  /** Each sentence of the page's bound texts (`key`: src/data/basis.ts), numbered within its text from 1. */
  claims: { key: string; sentence: number; text: string; basis: Basis; derived: string[] }[];
};

/** The source page's address for a sentence, relative to the edition's story page. */
export const sentenceHref = (id: string) => `source/#${id}`;

/** Where the build puts it, relative to the edition's page. */
export const receiptsUrl = 'data/claims.json';

export const receiptsQuery = queryOptions({
  queryKey: ['receipts'],
  queryFn: async ({ signal }): Promise<Receipts> => {
    // The offline file carries the claims in the page: from file:// there is nothing to fetch.
    if (isOfflineFile) return JSON.parse(document.getElementById(pageIds.claimsData)?.textContent ?? 'null') as Receipts;
    const timeout = AbortSignal.timeout(20_000);
    const response = await fetch(receiptsUrl, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    if (!response.ok) throw new Error(`The sources could not be loaded (HTTP ${response.status}).`);
    return (await response.json()) as Receipts;
  },
  networkMode: isOfflineFile ? 'always' : 'online',
});

/** What the receipt of the bound text `key` shows: its basis, the report's sentences it names, its derived figures. */
export function receiptOf(file: Receipts, key: string) {
  const claims = file.claims.filter((c) => c.key === key);
  const basis = claims[0]?.basis;
  if (!basis) return undefined;
  const derived = new Set(claims.flatMap((c) => c.derived));
  return {
    basis,
    sentences: basisSentences(basis).flatMap((id) => file.sentences.filter((s) => s.id === id)),
    derived: file.derived.filter((f) => derived.has(f.id)),
  };
}

export type Receipt = NonNullable<ReturnType<typeof receiptOf>>;
