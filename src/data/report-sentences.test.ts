import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSentences, sentenceOf } from './report-sentences.ts';

const report = readFileSync('data/source/xinhua-2016-12-27-cross-border-ecommerce.txt', 'utf8');

describe('reportSentences', () => {
  const sentences = reportSentences(report);

  it('numbers the report’s 17 sentences in order, the dateline kept with the first', () => {
    expect(sentences.map((s) => `${s.id} ${s.text.split(' ').slice(0, 3).join(' ')}`)).toEqual([
      's1 BEIJING, Dec. 27',
      's2 Aliexpress gained a',
      's3 Cross-border e-commerce is',
      's4 Chinese cross-border e-commerce',
      's5 In April, Chinese',
      's6 Besides, Alibaba signed',
      "s7 In November, Alibaba's",
      's8 In July, China',
      's9 During the past',
      's10 According to data',
      's11 The Ministry of',
      's12 Chinese cross-border e-commerce',
      's13 Most of countries',
      's14 China has a',
      's15 Except for some',
      's16 Zhao also pointed',
      's17 Editem (Edited by',
    ]);
  });

  it('loses no word of the report', () => {
    expect(sentences.map((s) => s.text).join(' ')).toBe(report.trim().replace(/\s+/g, ' '));
  });

  it('finds the sentence that holds a quote', () => {
    expect(sentenceOf(sentences, 'Cross-border e-commerce is a new area of bilateral cooperation between China and Russia')).toBe('s3');
    expect(sentenceOf(sentences, 'words nobody wrote')).toBeUndefined();
  });
});
