/** Type guards for parsed JSON, shared by every reader. */
export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * Text from a file as it may be shown: without the bidirectional controls (U+202A–U+202E,
 * U+2066–U+2069) that would turn a sentence around it, numbers included ("149" read as "941").
 */
export function plain(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}
