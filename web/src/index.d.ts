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
  /** A name for a party that is not an actor (e.g. "the West"). */
  name?: string;
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
  /** The imposers as spans of the sentence, with names and countries. */
  imposerSpans: EventTarget[];
  targets: EventTarget[];
  reason?: TextSpan;
  date?: string;
  speaker?: string | null;
  /** True when the event answers another (retaliation, "its own sanctions"). */
  counter: boolean;
  /** Events that repeat one another share a group. */
  group: number;
}
/** A sanctions event group at a glance. */
export interface KeyFact {
  group: number;
  text: string;
  /** Indices into `events`, in document order. */
  events: number[];
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
  /** One line per sanctions event group: "imposers → targets: action, reason (date)". */
  keyFacts: KeyFact[];
  /** Blocks mode only (analyzeBlocks). */
  blockMap?: BlockMapEntry[];
}

/** What the page says about a block (blocks mode). */
export type BlockContext =
  | 'article' | 'main' | 'nav' | 'header' | 'footer' | 'aside' | 'figure' | 'figcaption'
  | 'list' | 'table' | 'hidden' | 'form' | 'heading' | 'blockquote' | 'pre';

/** A block of text the caller already has, e.g. a DOM element's text on a live page. */
export interface InputBlock {
  text: string;
  /** Lower-case tag name: 'p', 'h2', 'li', ... */
  tag?: string;
  /** Ancestor tag names, outermost first, ending with the block's own: 'html body article p'. */
  path?: string;
  /** Class and id words of the element and its ancestors, space-separated. */
  attrs?: string;
  /** Share of the text inside links, 0..1. */
  linkShare?: number;
  context?: BlockContext[];
  /** 1-6 for h1-h6. */
  heading?: number;
}

/** Blocks mode: where a paragraph of `text` is in the caller's block. */
export interface BlockMapEntry {
  paragraph: number;
  block: number;
  /** [textStart, textEnd, blockStart, blockEnd] in UTF-16 units; equal lengths map one to one. */
  pieces: [number, number, number, number][];
}

/** A stretch of one caller block, in that block's UTF-16 offsets. */
export interface BlockSpan {
  block: number;
  start: number;
  end: number;
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
  /**
   * Reader mode: stop after cleaning (title, byline, date, language, text, paragraphs,
   * removed); sentences, entities, actors, events, summary and keyFacts come back empty.
   */
  extractOnly?: boolean;
}

export interface CreateAnalyzerOptions extends AnalyzeOptions {
  /**
   * Where lede-core.wasm is: a URL (browsers), a path or URL (Node), or its bytes. Default: the
   * package's SIMD build, or dist/lede-core-baseline.wasm where the engine lacks WASM SIMD.
   */
  wasm?: string | URL | Uint8Array | ArrayBuffer;
  /**
   * When the one short warm-up analysis runs (the engine compiles the analysis code at its
   * first use: tens of milliseconds, about 100 on a slow VM): 'deferred' (default) in a task of its own right after
   * createAnalyzer() resolves, skipped if a call comes first; 'eager' before it resolves;
   * 'off' never (the first call pays). Analyzer.warmUp() runs it at a moment you choose.
   */
  warmUp?: 'deferred' | 'eager' | 'off';
}

export interface Analyzer {
  /** Analyses text or HTML. Throws LedeError; the analyzer stays usable afterwards. */
  analyze(input: string | Uint8Array | ArrayBuffer, options?: AnalyzeOptions): AnalysisResult;
  /** Analyses blocks the caller already has; the result has `blockMap` (see locateInBlocks). */
  analyzeBlocks(blocks: InputBlock[], options?: Omit<AnalyzeOptions, 'input'>): AnalysisResult;
  /** Resolves when the analyzer is usable (again, after an internal reset). */
  ready(): Promise<void>;
  /**
   * Runs the warm-up analysis now unless an analysis has already run (see
   * CreateAnalyzerOptions.warmUp). Does nothing during a reset or after a warm-up has failed;
   * throws LedeError ('internal') if the module traps, which is then reset.
   */
  warmUp(): void;
  readonly version: string | null;
  /** Bytes of WASM memory the module holds now (grows on demand up to 2 GiB). */
  readonly memoryBytes: number;
  /** Frees the WASM memory now rather than at garbage collection. */
  dispose(): void;
}

export declare class LedeError extends Error {
  constructor(code: string, message: string);
  /**
   * `out_of_memory`: the analysis needed more memory than the module may use (the analyzer is
   * reset, as after `internal`); `output_too_large`: the result is longer than the engine's
   * longest string (the analyzer stays as it is).
   */
  readonly code: 'invalid_argument' | 'input_too_large' | 'out_of_memory' | 'output_too_large' | 'internal' | (string & {});
}

/** The documented input limit in bytes of UTF-8 (32 MiB). */
export declare const MAX_INPUT_BYTES: number;
/** Context names and the core's flag bits. */
export declare const BLOCK_CONTEXT: Readonly<Record<BlockContext, number>>;
/** Maps [start, end) of result.text back into the caller's blocks (blocks mode). */
export declare function locateInBlocks(result: AnalysisResult, start: number, end: number): BlockSpan[];

/**
 * Whether this engine runs WASM SIMD: the default loaders then use the SIMD build
 * (dist/lede-core.wasm), else the baseline build (dist/lede-core-baseline.wasm).
 */
export declare function supportsSimd(): boolean;

export declare function createAnalyzer(options?: CreateAnalyzerOptions): Promise<Analyzer>;
/** One-shot: loads a shared analyzer on first use. */
export declare function analyze(
  input: string | Uint8Array | ArrayBuffer,
  options?: AnalyzeOptions,
): Promise<AnalysisResult>;
