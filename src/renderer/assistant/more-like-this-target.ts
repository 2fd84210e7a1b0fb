import { externalStore } from '../client/external-store';

/** The excerpt whose look-alikes the review page shows, set by “More like this” on an excerpt. */
export interface MoreLikeThisTarget {
  excerptId: string;
  codeIds: string[];
  text: string;
}

const target = externalStore<MoreLikeThisTarget | null>(null);

export function setMoreLikeThis(t: MoreLikeThisTarget | null): void {
  target.set(t);
}

export function useMoreLikeThis(): MoreLikeThisTarget | null {
  return target.use();
}
