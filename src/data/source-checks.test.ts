// The story against its report, through the checks the build runs: the real story passes, and each rule
// broken once in a copy is caught at its JSON path.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import type { StoryData } from './schema.ts';
import { sourceProblems } from './source-checks.ts';
import { validateStory } from './validate.ts';
import { englishFormat } from '#src/i18n/edition-format.ts';

const format = englishFormat();

const report = readFileSync(new URL('../../data/source/xinhua-2016-12-27-cross-border-ecommerce.txt', import.meta.url), 'utf8');
const reports = { 'xinhua-2016-12-27': report };
const story = validateStory(raw);

/** The problems of a copy of the story changed by `change`. */
function problemsAfter(change: (data: StoryData) => void) {
  const data = structuredClone(story);
  change(data);
  return sourceProblems(data, reports, format);
}

const step = (data: StoryData, id: string) => data.steps.find((s) => s.id === id)!;

describe('the story as published', () => {
  it('passes every check against the Xinhua report', () => {
    expect(sourceProblems(story, reports, format)).toEqual([]);
  });
});

describe('quotes and figures against the report', () => {
  it('stops a quote that is not the report’s words', () => {
    const problems = problemsAfter((d) => {
      d.quotes[1]!.text = 'Cross-border e-commerce is the most important area of bilateral cooperation between China and Russia';
    });
    expect(problems).toEqual([
      {
        path: '$.quotes[1].text',
        message: 'is not in the report (data/source/xinhua-2016-12-27-cross-border-ecommerce.txt) word for word',
      },
    ]);
  });

  it('stops an event or figure whose sentence is not the report’s', () => {
    const problems = problemsAfter((d) => {
      d.events[1]!.quote = d.events[1]!.quote.replace('enhance', 'improve');
      const lazada = d.figures[6]!;
      if (lazada.kind !== 'derived') lazada.quote = lazada.quote.replace('leading ', '');
    });
    expect(problems.map((p) => p.path)).toEqual(['$.figures[6].quote', '$.events[1].quote']);
  });

  it('stops a figure whose value is not in its own sentence (9.4 in place of 5.4)', () => {
    const problems = problemsAfter((d) => {
      if (d.figures[0]!.kind !== 'derived') d.figures[0]!.value = 9.4;
    });
    expect(problems).toEqual([{ path: '$.figures[0].value', message: '"9.4 trillion" is not in the figure’s own quote sentence' }]);
  });

  it('stops a value that is in the sentence but belongs to another figure of it', () => {
    const problems = problemsAfter((d) => {
      if (d.figures[3]!.kind !== 'derived') d.figures[3]!.value = 20;
    });
    expect(problems.map((p) => p.path)).toEqual(['$.figures[3].value']);
  });

  it('dates an event to a month only where its sentence names that month, in the report’s year', () => {
    const problems = problemsAfter((d) => {
      const [lazada, chinaPost] = d.events;
      if (lazada?.timing === 'month') lazada.month = '2016-05';
      if (chinaPost?.timing === 'month') chinaPost.month = '2015-07';
    });
    expect(problems).toEqual([
      { path: '$.events[0].month', message: 'its quote sentence does not name May' },
      { path: '$.events[1].month', message: 'is not in the report’s year, 2016' },
    ]);
  });

  it('keeps as “reported as recent” only an event whose sentence says “recently” and names no month', () => {
    const problems = problemsAfter((d) => {
      d.events[4]!.quote = 'Aliexpress, the global sales platform of Alibaba Group, has relocated its Russian branch';
    });
    expect(problems.map((p) => p.path)).toEqual(['$.events[4].timing']);
  });

  it('names every person as the report does', () => {
    expect(problemsAfter((d) => void (d.people[2]!.name = 'Zhao Peng')).map((p) => p.path)).toEqual(['$.people[2].name']);
  });
});

describe('numbers in the prose', () => {
  it('stops a number typed into a paragraph, naming the token to write instead', () => {
    const problems = problemsAfter((d) => {
      const paragraph = step(d, 'forecast-2016').paragraphs[0]!;
      paragraph.text = paragraph.text.replace('{volume-2016-cny}', '6.5 trillion yuan');
    });
    expect(problems).toEqual([
      {
        path: '$.steps[10].paragraphs[0].text',
        message:
          '"6.5" is a number typed into the prose: write the figure’s token, {volume-2016-cny} or {volume-2016-cny:value} (see data/README.md, “Numbers in the prose”)',
      },
    ]);
  });

  it('stops a typed number that is none of the figures, in any prose: a caption, a gap, a method', () => {
    const problems = problemsAfter((d) => {
      d.graphics.volume.caption.text += ' Up 9.4 percent.';
      d.gaps[0]!.text += ' (3 sources)';
      d.method[6]!.text = d.method[6]!.text.replace('Three', '3');
    });
    expect(problems.map((p) => p.path)).toEqual(['$.graphics.volume.caption.text', '$.method[6].text', '$.gaps[0].text']);
  });

  it('lets years the report or a figure has, and the report’s own date, stand as text; not other years or days', () => {
    const typed = (text: string) => problemsAfter((d) => void (d.gaps[0]!.text = text)).map((p) => p.message.split(' is ')[0]);
    expect(typed('In 2014, 2015 and 2016, and on 27 December 2016 (27 December).')).toEqual([]);
    expect(typed('In 2013, and on 28 December.')).toEqual(['"2013"', '"28"']);
  });
});

describe('attribution', () => {
  it('stops a claim the report gives to someone when the same text does not name them', () => {
    const problems = problemsAfter((d) => {
      step(d, 'yu-ping').paragraphs[0]!.text = 'Aliexpress gained a strong foothold in Russia.';
    });
    expect(problems).toEqual([
      {
        path: '$.steps[1].paragraphs[0].text',
        message: '"strong foothold" is Yu Ping’s claim in the report: name Yu Ping in the same text',
      },
    ]);
  });

  it('stops Xinhua’s description or a deal’s stated aim given in the story’s own voice (review M4)', () => {
    const problems = problemsAfter((d) => {
      step(d, 'ant-financial').paragraphs[0]!.text =
        'In November, Ant Financial, Alibaba’s financial branch, stepped up its global expansion with an investment in Thailand’s Ascend Money.';
      step(d, 'thailand-commerce').paragraphs[0]!.text =
        'In December, Alibaba signed several agreements with Thailand’s Ministry of Commerce to help the country develop e-commerce.';
    });
    expect(problems.map((p) => `${p.path} ${p.message.split(' is ')[0]}`)).toEqual([
      '$.steps[7].paragraphs[0].text "global expansion"',
      '$.steps[7].paragraphs[0].text "financial branch"',
      '$.steps[8].paragraphs[0].text "develop e-commerce"',
    ]);
  });

  it('stops a map route the report does not describe', () => {
    const problems = problemsAfter((d) => {
      const state = d.graphicStates['map-china-russia'];
      if (state?.graphic === 'map') state.routes.push({ from: 'china', to: 'russia' });
    });
    expect(problems).toEqual([
      { path: '$.graphicStates.map-china-russia.routes[0]', message: 'the report describes no movement from china to russia' },
    ]);
  });
});

describe('what the story’s words rest on', () => {
  it('stops a binding to a sentence id the report does not have, wherever it is', () => {
    const problems = problemsAfter((d) => {
      step(d, 'moscow').paragraphs[0]!.basis = ['s1', 's40'];
      d.meta.dek.basis = ['s18'];
    });
    expect(problems).toEqual([
      { path: '$.meta.dek.basis[0]', message: 'the report has no sentence "s18" (it has s1 to s17)' },
      { path: '$.steps[0].paragraphs[0].basis[1]', message: 'the report has no sentence "s40" (it has s1 to s17)' },
    ]);
  });

  it('stops a paragraph that leaves out the sentence behind a derived figure’s inputs', () => {
    const problems = problemsAfter((d) => void (step(d, 'forecast-2016').paragraphs[1]!.basis = ['s11']));
    expect(problems).toEqual([
      { path: '$.steps[10].paragraphs[1].basis', message: 'must name s10, the report’s sentence behind a figure it gives' },
    ]);
  });

  it('stops a step whose paragraphs leave out the sentence of the event its graphic shows', () => {
    const problems = problemsAfter(
      (d) => void (step(d, 'lazada').paragraphs = step(d, 'lazada').paragraphs.map((p) => ({ ...p, basis: { ours: 'inference' } }))),
    );
    expect(problems).toContainEqual({
      path: '$.steps[5].paragraphs',
      message: 'one must name s5, the report’s sentence behind the event the step shows',
    });
  });
});

describe('who converted a figure', () => {
  it('stops a dollar value the report converted from yuan that is credited to the yuan figure’s source alone', () => {
    const problems = problemsAfter((d) => {
      const figure = d.figures.find((f) => f.id === 'volume-2015-usd');
      if (figure && figure.kind !== 'derived') figure.attribution = 'China E-business Research Center';
    });
    expect(problems).toEqual([
      { path: '$.figures[1].attribution', message: 'is Xinhua’s conversion of a yuan figure: name Xinhua, who converted it' },
    ]);
  });
});
