/** The failures an element can explain, each with a code that picks its translated message. */
import type { Problem } from './types.js';

export type LoadErrorCode =
  | 'not-found'
  | 'http'
  | 'network'
  | 'timeout'
  | 'not-json'
  | 'not-jsonstat'
  | 'invalid'
  | 'empty'
  | 'no-src'
  | 'unknown-option'
  | 'internal';

export class LoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly problems: Problem[] = [],
  ) {
    super(code);
    this.name = 'LoadError';
  }
}

/** A file read without a geographic dimension, shown to an element that compares areas. */
export function noGeography(): LoadError {
  return new LoadError('invalid', { rule: 'no-geo', path: '$.role' }, [{ path: '$.role', rule: 'no-geo', params: {} }]);
}
