/**
 * What a source is, for every place that shows one (badge, report, workbook, CSV). Apart from model.ts
 * so that the first screen can ask it without loading the schemas (decision 0013).
 */
import type { Source } from './model'

/** A source that is not the organisation's own word: press coverage, a compilation, or a press web page. */
export function isSecondarySource(source: Pick<Source, 'kind' | 'publisher'>): boolean {
  return source.kind === 'secondary' || (source.kind === 'web-page' && source.publisher === 'press')
}
