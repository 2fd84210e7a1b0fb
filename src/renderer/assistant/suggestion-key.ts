import type { Suggestion } from '../../shared/domain/assistant';

/** One suggestion's identity in a list: the passage and what is suggested for it. */
export function suggestionKey(s: Suggestion): string {
  return `${s.sourceId}:${s.start}:${s.end}:${s.target.kind === 'code' ? s.target.codeId : s.target.valueId}`;
}
