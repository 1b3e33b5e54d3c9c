// The shape of data/story.json, as a valibot schema: the single definition of the story's types.
import * as v from 'valibot';

const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'));

/**
 * What a text field is, marked here once for every walker over the story (text-fields.ts): the prose's
 * tokens, the translations and their checks read the mark instead of lists of field names.
 * - `prose`: our words: number tokens written out, typed digits checked, translated;
 * - `report`: the report's words, checked against it word for word, translated whole;
 * - `label`: a name or short label (a person, a place, an attribution): translated as it is.
 */
export type TextKind = 'prose' | 'report' | 'label';
const textOf = (kind: TextKind) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.metadata({ text: kind }));
const text = textOf('label');
const prose = textOf('prose');
const report = textOf('report');
/** A path in the project, not a text. */
const path = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const isoDate = v.pipe(v.string(), v.isoDate('must be a date in the form YYYY-MM-DD'));
const month = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month in the form YYYY-MM'));
/** Links are only ever http(s): a `javascript:` or `data:` URL in the data must not reach an href. */
const httpUrl = v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//i, 'must be an http(s) URL'));
const lonLat = v.tuple([v.pipe(v.number(), v.minValue(-180), v.maxValue(180)), v.pipe(v.number(), v.minValue(-90), v.maxValue(90))]);

const SourceSchema = v.strictObject({
  id,
  publisher: text,
  /** The report's headline, where known (the copy in data/source/ has none). */
  title: v.optional(text),
  place: text,
  date: isoDate,
  editor: v.optional(text),
  file: v.optional(path),
  url: v.optional(httpUrl),
});

const PersonSchema = v.strictObject({ id, name: text, role: prose });

const PlaceSchema = v.strictObject({
  id,
  name: text,
  kind: v.picklist(['country', 'city', 'region']),
  /** ISO 3166-1 numeric codes, as world-atlas names its countries. */
  countryIds: v.array(v.pipe(v.string(), v.regex(/^\d{3}$/, 'must be a three-digit ISO 3166 numeric code'))),
  /** Where the place's label and route ends sit, as [longitude, latitude]. */
  label: lonLat,
});

/** A sentence of the report, by its number (src/data/report-sentences.ts): "s1" is the first. */
const sentenceId = v.pipe(v.string(), v.regex(/^s[1-9]\d*$/, 'must be a report sentence id such as "s1"'));

/** What words of ours are when they rest on no sentence of the report: the page says so in their receipt. */
export const oursKinds = ['gloss', 'inference', 'method', 'navigation'] as const;

/**
 * What a text of ours rests on: the report's sentences, by id, or what it is instead (`{ "ours": "gloss" }`).
 * Its receipt on the page shows those sentences, or says the words are ours.
 */
const BasisSchema = v.union(
  [v.pipe(v.array(sentenceId), v.minLength(1)), v.strictObject({ ours: v.picklist(oursKinds) })],
  `must name the report sentences it rests on (["s1"]) or say what it is instead ({ "ours": "${oursKinds.join('" | "')}" })`,
);

/**
 * A text of ours with what it rests on: a caption, a note, the standfirst. Translations hold the text alone
 * (src/i18n/translation.ts) and inherit the English basis.
 */
const boundText = { text: prose, basis: BasisSchema };
const BoundTextSchema = v.strictObject(boundText);

/** A term a general reader may not know, explained in our words (the page labels it as not from the report). */
const GlossSchema = v.strictObject({ id, term: prose, ...boundText });

/** A paragraph, a method's or a gap's: its id keeps its translations to it wherever it moves in the list. */
const ItemSchema = v.strictObject({ id, ...boundText });

const figureBase = {
  id,
  label: prose,
  unit: v.picklist(['trillion', 'billion', 'percent']),
  currency: v.nullable(v.picklist(['CNY', 'USD'])),
  year: v.nullable(v.pipe(v.number(), v.integer())),
};

/** A number the report gives: it must say where it comes from, word for word. */
const SourcedFigureSchema = v.strictObject({
  ...figureBase,
  kind: v.picklist(['reported', 'forecast']),
  value: v.pipe(v.number(), v.finite()),
  approximate: v.optional(v.boolean()),
  attribution: text,
  source: id,
  quote: report,
});

/** A number we compute: no value in the data, only what it is computed from and how. */
const DerivedFigureSchema = v.strictObject({
  ...figureBase,
  kind: v.literal('derived'),
  derivedFrom: v.pipe(v.array(id), v.minLength(1, 'must name at least one figure')),
  method: prose,
});

const FigureSchema = v.variant('kind', [SourcedFigureSchema, DerivedFigureSchema]);

const eventBase = { id, title: prose, summary: prose, places: v.array(id), source: id, quote: report };

/** An event the report dates to a month ("In April, …"): its sentence must name that month. */
const DatedEventSchema = v.strictObject({ ...eventBase, timing: v.literal('month'), month });

/**
 * An event the report gives no month for, only that it happened "recently" in a report of `reported`'s
 * date. It must never be drawn or listed as if dated: the timeline sets it apart, the tables say
 * "month not given".
 */
const RecentEventSchema = v.strictObject({ ...eventBase, timing: v.literal('reported-as-recent'), reported: isoDate });

const EventSchema = v.variant('timing', [DatedEventSchema, RecentEventSchema]);

/** The report's words for what a person said, and the report sentence they are in (`sentence`). */
const QuoteSchema = v.strictObject({ id, person: id, text: report, source: id, sentence: sentenceId });

const described = { description: prose };
/**
 * A movement between two places that the report describes, drawn from `from` to `to` in the direction
 * it describes. `person`, where the report gives the movement as someone's claim.
 */
const RouteSchema = v.strictObject({ from: id, to: id, person: v.optional(id) });

const GraphicStateSchema = v.variant('graphic', [
  v.strictObject({
    graphic: v.literal('map'),
    highlight: v.array(id),
    routes: v.array(RouteSchema),
    /** A line drawn on the map saying what its marks stand for, e.g. whose examples the shaded countries are. */
    note: v.optional(BoundTextSchema),
    ...described,
  }),
  v.strictObject({ graphic: v.literal('timeline'), event: v.nullable(id), ...described }),
  v.strictObject({
    graphic: v.literal('volume'),
    years: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.minLength(1)),
    highlight: v.nullable(v.pipe(v.number(), v.integer())),
    ...described,
  }),
  v.strictObject({ graphic: v.literal('share'), ...described }),
]);

const StepSchema = v.strictObject({
  id,
  /** Ids the step was published under before a rename: links to them still open it (data/published-step-ids.json). */
  formerIds: v.optional(v.array(id)),
  state: id,
  kicker: v.optional(prose),
  paragraphs: v.pipe(v.array(ItemSchema), v.minLength(1, 'must have at least one paragraph')),
  quote: v.optional(id),
  glosses: v.optional(v.array(GlossSchema)),
});

const GraphicTextSchema = v.strictObject({ title: prose, caption: BoundTextSchema });

/** A year of the volume graphic, by the figures it draws: the volume in each currency, and the change into it. */
const VolumeYearSchema = v.strictObject({
  year: v.pipe(v.number(), v.integer()),
  /** The yuan volume, trillion. */
  yuan: id,
  /** The report's dollar conversion, billion; null where it gives none (2014: never converted). */
  dollars: v.nullable(id),
  /** The growth rate into this year, percent (reported, or derived); null for the first year. */
  growth: v.nullable(id),
  /** The increase into this year in yuan, where we derive it (drawn instead of a derived rate); else null. */
  increase: v.nullable(id),
});

export const StorySchema = v.strictObject({
  language: v.pipe(v.string(), v.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as "en"')),
  meta: v.strictObject({
    kicker: prose,
    headline: prose,
    /** The standfirst, which is also the share text (the page's description). */
    dek: BoundTextSchema,
    /** The page's own date of publication; the report's date is its source's. */
    published: isoDate,
    credit: prose,
    source: id,
    /** The share image's text alternative (share.png and each edition's, made by the build: src/build/images/). */
    shareImageAlt: text,
  }),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  people: v.array(PersonSchema),
  places: v.array(PlaceSchema),
  figures: v.array(FigureSchema),
  events: v.array(EventSchema),
  quotes: v.array(QuoteSchema),
  /** Each graphic's title and caption; the volume and share graphics also name the figures they draw. */
  graphics: v.strictObject({
    map: GraphicTextSchema,
    timeline: GraphicTextSchema,
    volume: v.strictObject({ ...GraphicTextSchema.entries, years: v.pipe(v.array(VolumeYearSchema), v.minLength(1)) }),
    share: v.strictObject({ ...GraphicTextSchema.entries, figure: id }),
  }),
  graphicStates: v.record(id, GraphicStateSchema),
  steps: v.pipe(v.array(StepSchema), v.minLength(1, 'must have at least one step')),
  method: v.array(ItemSchema),
  /** "What the report does not tell us": questions a reader may ask that the report leaves open. */
  gaps: v.array(ItemSchema),
});

export type StoryData = v.InferOutput<typeof StorySchema>;
export type Source = StoryData['sources'][number];
export type Place = StoryData['places'][number];
export type FigureData = StoryData['figures'][number];
/** A currency the report gives sums in. */
export type Currency = NonNullable<FigureData['currency']>;
export type SourcedFigure = v.InferOutput<typeof SourcedFigureSchema>;
export type DerivedFigureData = v.InferOutput<typeof DerivedFigureSchema>;
export type StoryEvent = StoryData['events'][number];
export type Gloss = v.InferOutput<typeof GlossSchema>;
export type Basis = v.InferOutput<typeof BasisSchema>;
export type BoundText = v.InferOutput<typeof BoundTextSchema>;
export type Quote = StoryData['quotes'][number];
export type GraphicState = StoryData['graphicStates'][string];
export type Step = StoryData['steps'][number];
export type GraphicKind = GraphicState['graphic'];
export type StateOf<K extends GraphicKind> = Extract<GraphicState, { graphic: K }>;

/** One of the report's sentences, as src/data/report-sentences.ts splits it, by id ("s1"). */
export type ReportSentence = { id: string; text: string };

// The story the page shows, as deriveStory (derive-story.ts) makes it from the story data.
export type DerivedFigure = DerivedFigureData & { value: number };
export type Figure = SourcedFigure | DerivedFigure;
/** A step, with the figures its text names. */
export type StoryStep = Step & { figuresNamed: string[] };
/** The story data with derived figures' values computed and number tokens written out. */
export type Story = Omit<StoryData, 'figures' | 'steps'> & { figures: Figure[]; steps: StoryStep[] };

/**
 * A story as the page carries it inline (src/app/inline-data.ts): without the method and the gaps, which
 * only the sources section shows, and that is the build's HTML (no island or slide draws it).
 */
export type PageStory = Omit<Story, 'method' | 'gaps'>;
