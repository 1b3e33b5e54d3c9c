import { describe, expect, it } from 'vitest';
import raw from '#data/story.json';
import { problemsOf } from '#test/support/story-problems.ts';

type Json = Record<string, unknown> & typeof raw;
const edit = (change: (data: Json) => void): unknown => {
  const data = structuredClone(raw) as Json;
  change(data);
  return data;
};

describe('story data schema', () => {
  it('accepts the story as published', () => {
    expect(problemsOf(raw)).toEqual([]);
  });

  it('names the file, the JSON path and the problem for a missing field', () => {
    const input = edit((d) => {
      delete (d.steps[2] as Partial<(typeof d.steps)[number]>).paragraphs;
    });
    expect(problemsOf(input)).toEqual([expect.stringMatching(/^data\/story\.json: \$\.steps\[2\]\.paragraphs: is missing/)]);
  });

  it('names the JSON path of words that neither name the report sentences they rest on nor say they are ours', () => {
    const input = edit((d) => {
      delete (d.steps[0]!.paragraphs[1] as Partial<(typeof d.steps)[number]['paragraphs'][number]>).basis;
      (d.gaps[2] as Record<string, unknown>).basis = { ours: 'guess' };
    });
    expect(problemsOf(input)).toEqual([
      expect.stringMatching(/^data\/story\.json: \$\.steps\[0\]\.paragraphs\[1\]\.basis: is missing/),
      expect.stringMatching(/^data\/story\.json: \$\.gaps\[2\]\.basis: must name the report sentences it rests on/),
    ]);
  });

  it('rejects a wrong type', () => {
    const input = edit((d) => {
      (d.figures[0] as Record<string, unknown>).value = '5.4';
    });
    expect(problemsOf(input)).toEqual([expect.stringMatching(/^data\/story\.json: \$\.figures\[0\]\.value: .*number/)]);
  });

  it('rejects a reported figure without a source sentence', () => {
    const input = edit((d) => {
      delete (d.figures[0] as Record<string, unknown>).quote;
    });
    expect(problemsOf(input)).toEqual([expect.stringMatching(/\$\.figures\[0\]\.quote: is missing/)]);
  });

  it('rejects a figure pointing at an unknown source', () => {
    const input = edit((d) => {
      (d.figures[1] as Record<string, unknown>).source = 'reuters-2016';
    });
    expect(problemsOf(input)).toEqual(['data/story.json: $.figures[1].source: unknown source "reuters-2016"']);
  });

  it('stops a renamed figure that a graphic still names, and a graphic naming a figure of the wrong kind', () => {
    // Renamed in the figures and the prose, but not where the volume graphic names it.
    const renamed = JSON.parse(
      JSON.stringify(raw)
        .replaceAll('volume-2015-usd', 'volume-2015-dollars')
        .replace('"dollars":"volume-2015-dollars"', '"dollars":"volume-2015-usd"'),
    ) as unknown;
    expect(problemsOf(renamed)).toEqual(['data/story.json: $.graphics.volume.years[1].dollars: unknown figure "volume-2015-usd"']);
    const swapped = edit((d) => {
      d.graphics.volume.years[1]!.dollars = 'volume-2015-cny';
      d.graphics.share.figure = 'volume-2016-cny';
    });
    expect(problemsOf(swapped)).toEqual([
      'data/story.json: $.graphics.volume.years[1].dollars: "volume-2015-cny" is not a figure in USD billion for 2015',
      'data/story.json: $.graphics.share.figure: "volume-2016-cny" is not a figure in percent',
    ]);
  });

  it('rejects a step pointing at an unknown graphic state', () => {
    const input = edit((d) => {
      d.steps[4]!.state = 'map-mars';
    });
    expect(problemsOf(input)).toEqual(['data/story.json: $.steps[4].state: unknown graphic state "map-mars"']);
  });

  it('rejects a duplicate step id', () => {
    const input = edit((d) => {
      d.steps[1]!.id = d.steps[0]!.id;
    });
    expect(problemsOf(input)).toEqual([`data/story.json: $.steps[1].id: duplicate id "${raw.steps[0]!.id}"`]);
  });

  it('rejects a step id that is not kebab-case', () => {
    const input = edit((d) => {
      d.steps[0]!.id = 'Beyond China';
    });
    expect(problemsOf(input)).toEqual([expect.stringMatching(/\$\.steps\[0\]\.id: must be a kebab-case id/)]);
  });

  it('rejects a derived figure with no derivation rule in code', () => {
    const input = edit((d) => {
      const derived = d.figures.find((f) => f.kind === 'derived')!;
      derived.id = 'volume-2013-cny';
    });
    // (Its tokens in the prose now name no figure either: those are reported too.)
    expect(problemsOf(input)).toContainEqual(expect.stringMatching(/no derivation rule in code for derived figure "volume-2013-cny"/));
  });

  it('rejects a number token naming no figure, with the file, the JSON path and the token', () => {
    const input = edit((d) => {
      d.steps[9]!.paragraphs[1]!.text = d.steps[9]!.paragraphs[1]!.text.replace('{volume-2014-cny}', '{volume-2013-cny}');
    });
    expect(problemsOf(input)).toEqual([
      'data/story.json: $.steps[9].paragraphs[1].text: {volume-2013-cny}: unknown figure "volume-2013-cny"',
    ]);
  });

  it('rejects a token form that does not exist or does not fit its figure, and a stray brace', () => {
    const input = edit((d) => {
      d.gaps[0]!.text = '{volume-2015-cny:percent} {volume-2015-cny:value.3} {volume-2015-cny:factor.3} {#two} {volume 2015}';
      d.gaps[1]!.text = 'a {brace';
    });
    expect(problemsOf(input)).toEqual([
      'data/story.json: $.gaps[0].text: {volume-2015-cny:percent}: unknown form ":percent" (known: :value, :value.N, :fraction.N, :factor.N)',
      'data/story.json: $.gaps[0].text: {volume-2015-cny:value.3}: only a derived figure has a value before rounding; write {volume-2015-cny:value}',
      'data/story.json: $.gaps[0].text: {volume-2015-cny:factor.3}: :factor is for a percentage, and "volume-2015-cny" is in trillion',
      'data/story.json: $.gaps[0].text: {#two}: no constant "#two" (known: #one, #grid-squares)',
      'data/story.json: $.gaps[0].text: {volume 2015} is not a number token: write {figure-id} or {figure-id:form}',
      'data/story.json: $.gaps[1].text: a brace that is not part of a token: a token is {figure-id} or {figure-id:form}',
    ]);
  });

  it('rejects a link that is not http(s)', () => {
    const input = edit((d) => {
      (d.sources[0] as Record<string, unknown>).url = 'javascript:alert(1)';
    });
    expect(problemsOf(input)).toEqual([expect.stringMatching(/\$\.sources\[0\]\.url: must be an http\(s\) URL/)]);
  });

  it('rejects an unknown field, which is usually a typo', () => {
    const input = edit((d) => {
      (d.meta as Record<string, unknown>).headlin = 'Typo';
    });
    expect(problemsOf(input)).toEqual([expect.stringMatching(/\$\.meta\.headlin: is not a known field/)]);
  });

  it('rejects a graphic state with an unknown graphic', () => {
    const input = edit((d) => {
      (d.graphicStates as Record<string, unknown>)['map-china'] = { graphic: 'pie', description: 'x' };
    });
    expect(problemsOf(input).join('\n')).toMatch(/\$\.graphicStates\.map-china\.graphic: /);
  });

  it('accepts an event with no month only as reported recently, on its source’s date', () => {
    const moved = edit((d) => {
      const moscow = d.events.find((e) => e.id === 'moscow-office') as Record<string, unknown>;
      moscow.reported = '2016-12-01';
    });
    expect(problemsOf(moved)).toEqual([
      expect.stringMatching(/\$\.events\[4\]\.reported: must be the date of its source "xinhua-2016-12-27", 2016-12-27/),
    ]);
    const both = edit((d) => {
      (d.events[4] as Record<string, unknown>).month = '2016-12';
    });
    expect(problemsOf(both)).toEqual([expect.stringMatching(/\$\.events\[4\]\.month: is not a known field/)]);
  });

  it('rejects a map route naming an unknown person', () => {
    const input = edit((d) => {
      const state = d.graphicStates['map-china-russia'] as { routes: { from: string; to: string; person?: string }[] };
      state.routes.push({ from: 'russia', to: 'china', person: 'lu-xun' });
    });
    expect(problemsOf(input)).toEqual(['data/story.json: $.graphicStates.map-china-russia.routes[0].person: unknown person "lu-xun"']);
  });
});
