/**
 * The message an element shows and reports for a failure, in its language. The reasons for broken
 * rules are fetched the first time a file breaks one, so a page whose files are fine never loads them.
 */
import { LoadError } from '../data/errors.js';
import { MESSAGES } from '../format/messages.js';
import type { Lang } from '../format/number.js';
import type { HfErrorCode } from './events.js';

type RuleMessages = typeof import('../format/rule-messages.js');

let rules: Promise<RuleMessages> | undefined;
let ruleMessage: RuleMessages['ruleMessage'] | undefined;

export function loadRuleMessages(): Promise<RuleMessages> {
  rules ??= import('../format/rule-messages.js').then((m) => ((ruleMessage = m.ruleMessage), m));
  return rules;
}

export interface ShownError {
  code: HfErrorCode;
  message: string;
  /** Where in the file the broken rule is, e.g. `$.value`. */
  path?: string;
  /** False until the text of a broken rule has arrived; the error is reported once it has. */
  complete: boolean;
}

/** Describes any failure; anything but a {@link LoadError} is a fault of ours, and says so rather than blame the file. */
export function describeError(error: unknown, lang: Lang): ShownError {
  const t = MESSAGES[lang];
  const e = error instanceof LoadError ? error : new LoadError('internal');
  if (e.code === 'invalid') {
    const problem = e.problems[0];
    const rule = String(e.params.rule);
    const reason = ruleMessage?.(lang, rule, problem?.params ?? {}) ?? rule;
    return { code: e.code, message: t.errors.invalid!({ ...e.params, reason }), ...(problem ? { path: problem.path } : {}), complete: !!ruleMessage };
  }
  const valid = typeof e.params.format === 'string' ? t.formats[e.params.format] : undefined;
  return { code: e.code, message: t.errors[e.code]!({ ...e.params, ...(valid ? { valid } : {}) }), complete: true };
}
