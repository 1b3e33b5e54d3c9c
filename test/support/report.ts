// The report's sentences as the build numbers them, for tests that read an edition's file as the build does.
import { readFileSync } from 'node:fs';
import raw from '#data/story.json' with { type: 'json' };
import { reportSentences } from '#src/data/report-sentences.ts';

const source = raw.sources.find((s) => s.id === raw.meta.source);

export const englishSentences = reportSentences(readFileSync(`data/${source?.file ?? ''}`, 'utf8'));
