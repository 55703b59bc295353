/**
 * Types of the wijkmonitor data format.
 *
 * Two shapes are accepted as input. A *monitor* (`formaat: "wijkmonitor/1"`) holds every gebied, thema,
 * class scale and result of one municipality across jaren. A *profile* is a short form for one gebied in
 * one jaar that a web editor can write by hand. The validator turns either into a `Monitor`, the
 * normalised model that every element reads. JSON keys are Dutch because web editors write them; the
 * TypeScript names of the normalised model are English apart from the domain terms.
 */

/** Languages that every visible string is available in. */
export type Lang = 'nl' | 'en';

/** A text in Dutch and, optionally, English. A plain string is taken as Dutch. */
export type LocalizedText = string | { nl: string; en?: string };

export type GebiedType = 'gemeente' | 'wijk' | 'dorp' | 'buurt';

/** Scale that colours the slices: the situation against the city average, or the development since the previous edition. */
export type Weergave = 'situatie' | 'ontwikkeling';

// ---------------------------------------------------------------------------
// Input: the monitor format as written in JSON
// ---------------------------------------------------------------------------

export interface MonitorInput {
  /** Format tag; must be `"wijkmonitor/1"`. */
  formaat: 'wijkmonitor/1';
  titel?: LocalizedText;
  /** Attribution shown under every chart, e.g. "Bron: CBS". */
  bron?: LocalizedText;
  /** How values are expressed: kind, fixed domain for any radial encoding, decimals shown. */
  waarden?: ValueSpecInput;
  gebieden: GebiedInput[];
  themas: ThemaInput[];
  schalen: { situatie: ScaleInput; ontwikkeling: ScaleInput };
  resultaten: ResultInput[];
}

export interface ValueSpecInput {
  /** `z-score` (city average 0), `index` (city average 100) or `cijfer` (a 1–10 mark). */
  soort?: 'z-score' | 'index' | 'cijfer';
  /** Fixed [min, max] of the value axis; never derived from one profile. */
  domein?: [number, number];
  /** Decimals shown; 1 by default. */
  decimalen?: number;
}

export interface GebiedInput {
  /** CBS code such as `BU07960101`, or any unique code. */
  code: string;
  naam: string;
  type: GebiedType;
  /** Code of the parent gebied; absent or null for the gemeente. */
  ouder?: string | null;
}

export interface ThemaInput {
  id: string;
  label: LocalizedText;
  deelthemas: DeelthemaInput[];
}

export interface DeelthemaInput {
  id: string;
  label: LocalizedText;
  /** Longer explanation shown in the details of a slice. */
  omschrijving?: LocalizedText;
}

export interface ScaleInput {
  /** Classes ordered from best to worst. */
  klassen: ClassInput[];
}

export interface ClassInput {
  id: string;
  label: LocalizedText;
  /**
   * How good the class is, from 3 (best) to -3 (worst); 0 is neutral. Colours, patterns and trend
   * shapes are chosen by this rating, so a scale may have any number of classes.
   */
  waardering: number;
  /**
   * Lower bound (inclusive) of the value or difference for this class. With bounds, a result that gives
   * a value but no class is classified by them.
   */
  vanaf?: number | null;
}

/** A value in JSON: a number, a Dutch decimal string such as `"6,8"`, or null for missing. */
export type NumberInput = number | string | null;

export interface ScoreInput {
  waarde?: NumberInput;
  /** Class id (or label) on the situatie scale. */
  klasse?: string | null;
  /** Class id (or label) on the ontwikkeling scale. */
  ontwikkeling?: string | null;
  /** Change of the value since the previous edition. */
  verschil?: NumberInput;
  /** Why the value is missing: a known code (see `NoDataReason`) or a free text. */
  reden?: string | null;
  /** Why the development is missing, e.g. `geen-vorige-editie`. */
  ontwikkelingReden?: string | null;
}

export interface ResultInput {
  gebied: string;
  jaar: number;
  totaal?: ScoreInput;
  themas?: Record<string, ScoreInput>;
  deelthemas?: Record<string, ScoreInput>;
}

// ---------------------------------------------------------------------------
// Input: the short single-gebied profile
// ---------------------------------------------------------------------------

export interface ProfileInput {
  gebied: string | { naam: string; code?: string; type?: GebiedType };
  jaar: number;
  titel?: LocalizedText;
  bron?: LocalizedText;
  waarden?: ValueSpecInput;
  /** Optional own scales; the three-class defaults apply otherwise. */
  schalen?: { situatie?: ScaleInput; ontwikkeling?: ScaleInput };
  totaal?: NumberInput | ScoreInput;
  themas: ProfileThemaInput[];
}

export interface ProfileThemaInput extends ScoreInput {
  id?: string;
  naam: LocalizedText;
  deelthemas: (ScoreInput & { id?: string; naam: LocalizedText; omschrijving?: LocalizedText })[];
}

// ---------------------------------------------------------------------------
// The normalised model
// ---------------------------------------------------------------------------

/** Known codes for a missing value; any other text is shown as written. */
export type NoDataReason =
  | 'geen-gegevens'
  | 'te-weinig-waarnemingen'
  | 'niet-van-toepassing'
  | 'geen-vorige-editie';

export interface Text {
  nl: string;
  en: string;
}

export interface ValueSpec {
  kind: 'z-score' | 'index' | 'cijfer';
  domain: [number, number];
  decimals: number;
}

export interface Gebied {
  code: string;
  naam: string;
  type: GebiedType;
  parent: string | null;
}

export interface Deelthema {
  id: string;
  label: Text;
  description: Text | null;
  /** Index of the parent thema in `Monitor.themas`. */
  themaIndex: number;
}

export interface Thema {
  id: string;
  label: Text;
  deelthemas: Deelthema[];
}

export interface ScaleClass {
  id: string;
  label: Text;
  /** 3 (best) to -3 (worst). */
  rating: number;
  from: number | null;
}

export interface Scale {
  /** Best first. */
  classes: ScaleClass[];
}

export interface Score {
  /** Null when missing; never 0 in place of missing. */
  value: number | null;
  /** Class on the situatie scale, or null when unknown. */
  klasse: ScaleClass | null;
  /** Class on the ontwikkeling scale, or null when unknown. */
  ontwikkeling: ScaleClass | null;
  difference: number | null;
  /** Reason for a missing value: a `NoDataReason` code or the data's own text. */
  reason: string | null;
  developmentReason: string | null;
}

export interface GebiedResult {
  gebied: Gebied;
  jaar: number;
  totaal: Score;
  /** Keyed by thema id; every thema of the monitor is present (missing ones as no-data scores). */
  themas: Map<string, Score>;
  /** Keyed by deelthema id; every deelthema of the monitor is present. */
  deelthemas: Map<string, Score>;
}

export interface Monitor {
  title: Text | null;
  source: Text | null;
  values: ValueSpec;
  gebieden: Gebied[];
  gebiedByCode: Map<string, Gebied>;
  themas: Thema[];
  scales: { situatie: Scale; ontwikkeling: Scale };
  /** Ascending. */
  jaren: number[];
  /**
   * Keyed by jaar, then gebied code. A monitor's results are built when they are first read, so read
   * the ones you need with `get` rather than iterating over all of them.
   */
  results: Map<number, ReadonlyMap<string, GebiedResult>>;
}

// ---------------------------------------------------------------------------
// Validation problems
// ---------------------------------------------------------------------------

export type ProblemSeverity = 'error' | 'warning';

export interface Problem {
  severity: ProblemSeverity;
  /** JSON path of the offending value, e.g. `$.resultaten[3].deelthemas.rondkomen.waarde`. */
  path: string;
  /** Stable identifier of the kind of problem, e.g. `number-invalid`. */
  code: string;
  /** What is wrong and what to do, in both languages. */
  message: Text;
}

export interface ValidationResult {
  /** The normalised model, or null when any problem is an error. */
  monitor: Monitor | null;
  problems: Problem[];
}
