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
/** The texts could not be fetched (the network went away): the error names the rule by its id. */
let rulesMissing = false;

export function loadRuleMessages(): Promise<RuleMessages> {
  rules ??= import('../format/rule-messages.js').then(
    (m) => ((ruleMessage = m.ruleMessage), m),
    (e: unknown) => {
      rules = undefined; // a later error tries again
      rulesMissing = true;
      throw e;
    },
  );
  return rules;
}

export interface ShownError {
  code: HfErrorCode;
  message: string;
  /** Where in the file the broken rule is, e.g. `$.value`. */
  path?: string;
  /** False until the text of a broken rule has arrived; the error is reported once it has. */
  complete: boolean;
  /** The same for the same failure in every language, so a change of language does not report it again. */
  key: string;
}

/** Describes any failure; anything but a {@link LoadError} is a fault of ours, and says so rather than blame the file. */
export function describeError(error: unknown, lang: Lang): ShownError {
  const t = MESSAGES[lang];
  const e = error instanceof LoadError ? error : new LoadError('internal');
  if (e.code === 'invalid') {
    const problem = e.problems[0];
    const rule = String(e.params.rule);
    const reason = ruleMessage?.(lang, rule, problem?.params ?? {}) ?? rule;
    const path = problem ? { path: problem.path } : {};
    return { code: e.code, message: t.errors.invalid!({ ...e.params, reason }), ...path, complete: !!ruleMessage || rulesMissing, key: JSON.stringify([e.code, e.params]) };
  }
  const valid = typeof e.params.format === 'string' ? t.formats[e.params.format] : undefined;
  return { code: e.code, message: t.errors[e.code]!({ ...e.params, ...(valid ? { valid } : {}) }), complete: true, key: JSON.stringify([e.code, e.params]) };
}
