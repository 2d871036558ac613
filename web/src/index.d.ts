// Types of the lede package. Offsets are UTF-16 code units into `AnalysisResult.text`, so
// `result.text.slice(span.start, span.end)` is the span.

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'LAW' | 'MISC' | (string & {});
export type RemovedReason =
  | 'navigation' | 'promo' | 'caption' | 'credit' | 'footer' | 'duplicate' | 'date' | 'title' | 'other';
export type SanctionAction = 'impose' | 'threaten' | 'call' | 'lift' | 'oppose';

export interface Span {
  start: number;
  end: number;
}
export interface TextSpan extends Span {
  text: string;
}
export interface Removed {
  text: string;
  reason: RemovedReason;
  /** Index of the input block (line, element or caller block) it came from. */
  block: number;
}
export interface Paragraph extends Span {
  kind: 'body' | 'heading';
  block: number;
}
export interface Entity extends TextSpan {
  type: EntityType;
  /** Id of the actor this mention resolves to, or null. */
  actor: string | null;
}
export interface Actor {
  id: string;
  name: string;
  type: EntityType;
  role?: string;
  /** ISO 3166-1 alpha-3, or "EU". */
  country?: string;
  aliases: string[];
  mentions: number;
}
export interface EventTarget extends TextSpan {
  actor?: string;
  country?: string;
}
export interface SanctionEvent {
  type: 'sanction';
  action: SanctionAction;
  /** CAMEO event code. */
  code?: string;
  /** PLOVER event type. */
  plover?: string;
  trigger: TextSpan;
  sentence: TextSpan;
  /** Actor ids. */
  imposers: (string | null)[];
  targets: EventTarget[];
  reason?: TextSpan;
  date?: string;
  speaker?: string | null;
  /** True when the event answers another (retaliation, "its own sanctions"). */
  counter: boolean;
  /** Events that repeat one another share a group. */
  group: number;
}
export interface AnalysisResult {
  title: string;
  credits: string[];
  byline?: string;
  published?: string;
  /** ISO 639-1, "" when unknown. */
  language: string;
  /** The clean article; paragraphs separated by a blank line. */
  text: string;
  warnings: string[];
  removed: Removed[];
  paragraphs: Paragraph[];
  sentences: Span[];
  entities: Entity[];
  actors: Actor[];
  events: SanctionEvent[];
  summary: TextSpan[];
}

export interface AnalyzeOptions {
  /** What the input is (default 'auto'). */
  input?: 'auto' | 'text' | 'html';
  /** false: the input is already the article text; keep all of it (default true). */
  clean?: boolean;
  /** Summary length in sentences (default 3; 0 for none). */
  summarySentences?: number;
  /** A character budget for the summary instead of a sentence count. */
  summaryChars?: number;
}

export interface CreateAnalyzerOptions extends AnalyzeOptions {
  /** Where lede-core.wasm is: a URL (browsers), a path or URL (Node), or its bytes. */
  wasm?: string | URL | Uint8Array | ArrayBuffer;
}

export interface Analyzer {
  /** Analyses text or HTML. Throws LedeError; the analyzer stays usable afterwards. */
  analyze(input: string | Uint8Array | ArrayBuffer, options?: AnalyzeOptions): AnalysisResult;
  /** Resolves when the analyzer is usable (again, after an internal reset). */
  ready(): Promise<void>;
  readonly version: string | null;
  /** Frees the WASM memory now rather than at garbage collection. */
  dispose(): void;
}

export declare class LedeError extends Error {
  constructor(code: string, message: string);
  readonly code: 'invalid_argument' | 'input_too_large' | 'internal' | (string & {});
}

export declare function createAnalyzer(options?: CreateAnalyzerOptions): Promise<Analyzer>;
/** One-shot: loads a shared analyzer on first use. */
export declare function analyze(
  input: string | Uint8Array | ArrayBuffer,
  options?: AnalyzeOptions,
): Promise<AnalysisResult>;
