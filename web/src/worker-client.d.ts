import type { AnalysisResult, AnalyzeOptions, InputBlock } from './index.js';
export { LedeError, locateInBlocks, BLOCK_CONTEXT } from './index.js';
export type * from './index.js';

export interface WorkerAnalyzer {
  /** Same as Analyzer.analyze, in a worker; Uint8Array/ArrayBuffer inputs are transferred. */
  analyze(input: string | Uint8Array | ArrayBuffer, options?: AnalyzeOptions): Promise<AnalysisResult>;
  analyzeBlocks(blocks: InputBlock[], options?: Omit<AnalyzeOptions, 'input'>): Promise<AnalysisResult>;
  /** Terminates the worker; pending calls reject. */
  dispose(): void;
}

export declare function createWorkerAnalyzer(options?: { worker?: Worker }): Promise<WorkerAnalyzer>;
