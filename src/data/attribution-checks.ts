// Whose claim each statement is, and which movements the maps may draw: the story held to what its report
// attributes, run by the build with the other source checks (source-checks.ts).
import type { Story } from './derive-story.ts';
import { proseOf } from './prose.ts';

/**
 * Claims the report gives to someone: a phrase as our prose words it, the voice it belongs to (a
 * person's name, or Xinhua for the report's own assertions) and the report's sentence that says so.
 */
export const attributedClaims = [
  { phrase: 'strong foothold', voice: 'Yu Ping', sentence: 'Aliexpress gained a strong foothold in Russia' },
  { phrase: 'main objective', voice: 'Yu Ping', sentence: 'the main objective of the company is' },
  { phrase: 'popular with Russian customers', voice: 'Li Hui', sentence: 'enjoy huge popularity among Russian customers' },
  { phrase: 'agricultural products', voice: 'Li Hui', sentence: 'entry of Russian agricultural products into China' },
  { phrase: 'new area of', voice: 'Li Hui', sentence: 'Cross-border e-commerce is a new area of bilateral cooperation' },
  { phrase: 'great potential', voice: 'Zhao', sentence: 'hold great potential for business development' },
  { phrase: 'commercial infrastructure', voice: 'Zhao', sentence: 'have relatively poor commercial infrastructure' },
  { phrase: 'bright prospect', voice: 'Zhao', sentence: 'there is a bright prospect' },
  { phrase: 'Thailand and India', voice: 'Zhao', sentence: 'such as Thailand and India' },
  { phrase: 'Tmall Global', voice: 'Zhao', sentence: 'giants such as Tmall Global and JD Worldwide' },
  { phrase: 'should cooperate', voice: 'Zhao', sentence: 'firms should cooperate with each other' },
  { phrase: 'speeding up', voice: 'Xinhua', sentence: 'platforms are speeding up their business layout' },
  { phrase: 'booming', voice: 'Xinhua', sentence: 'China has witnessed a booming cross-border e-commerce sector' },
  { phrase: 'saturated market', voice: 'Xinhua', sentence: 'as it looks to expand beyond China’s increasingly saturated market' },
  // Xinhua's descriptions and the aims it gives the deals, which the story attributes (review M4, S3).
  { phrase: 'global expansion', voice: 'Xinhua', sentence: 'ramped up its global expansion' },
  { phrase: 'financial branch', voice: 'Xinhua', sentence: "Alibaba's financial branch Ant Financial" },
  { phrase: 'leading Southeast Asian', voice: 'Xinhua', sentence: 'leading Southeast Asian online shopping platform' },
  { phrase: 'develop e-commerce', voice: 'Xinhua', sentence: 'to help the country develop e-commerce' },
  { phrase: 'cross-border logistics', voice: 'Xinhua', sentence: 'to enhance cross-border logistics solutions' },
];

/** Who a voice may be named as: Xinhua's claims are "the report's" too. */
const namesVoice = (text: string, voice: string) => text.includes(voice) || (voice === 'Xinhua' && /\bthe report\b/.test(text));

/** Movements between two places that the report describes, with the words that describe them. */
export const describedMovements = [
  { from: 'russia', to: 'china', person: 'li-hui', words: 'the entry of Russian agricultural products into China' },
];

type Problem = { path: string; message: string };

/**
 * A dollar value the report gives beside a yuan one in the same sentence ("5.4 trillion yuan (about 770
 * billion U.S. dollars)") is the report's conversion, not its source's figure: its attribution must name
 * who converted it, the report's publisher.
 */
function conversionProblems(story: Story): Problem[] {
  const publisher = story.sources.find((s) => s.id === story.meta.source)?.publisher ?? 'Xinhua';
  return story.figures.flatMap((f, i) => {
    if (f.kind === 'derived' || f.currency !== 'USD') return [];
    const converted = story.figures.some((g) => g.kind !== 'derived' && g.currency === 'CNY' && g.quote === f.quote);
    if (!converted || f.attribution.includes(publisher)) return [];
    return [
      {
        path: `$.figures[${i}].attribution`,
        message: `is ${publisher}’s conversion of a yuan figure: name ${publisher}, who converted it`,
      },
    ];
  });
}

/** Prose that states an attributed claim without naming its voice, conversions not given to who converted them, and routes the report does not describe. */
export function attributionProblems(story: Story, report: string): Problem[] {
  const problems: Problem[] = [...conversionProblems(story)];
  for (const { path, text } of proseOf(story)) {
    for (const c of attributedClaims) {
      if (text.toLowerCase().includes(c.phrase.toLowerCase()) && !namesVoice(text, c.voice)) {
        problems.push({ path, message: `"${c.phrase}" is ${c.voice}’s claim in the report: name ${c.voice} in the same text` });
      }
    }
  }
  for (const [key, state] of Object.entries(story.graphicStates)) {
    if (state.graphic !== 'map') continue;
    state.routes.forEach((route, j) => {
      const at = `$.graphicStates.${key}.routes[${j}]`;
      const described = describedMovements.find((m) => m.from === route.from && m.to === route.to);
      if (!described || !report.includes(described.words)) {
        problems.push({ path: at, message: `the report describes no movement from ${route.from} to ${route.to}` });
        return;
      }
      if (route.person !== described.person)
        problems.push({ path: `${at}.person`, message: `the report gives this movement to ${described.person}` });
      const name = story.people.find((p) => p.id === described.person)?.name ?? described.person;
      if (!state.note?.text.includes(name))
        problems.push({ path: `$.graphicStates.${key}.note.text`, message: `must name ${name}, whose claim the arrow is` });
      if (!state.description.includes(name))
        problems.push({ path: `$.graphicStates.${key}.description`, message: `must name ${name}, whose claim the arrow is` });
    });
  }
  return problems;
}
