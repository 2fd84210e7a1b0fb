import type { Participant } from '../../shared/domain/participant';
import type { Respondent } from '../../shared/domain/sheet';
import { normalise } from './sheets/cell-values';

type Given = Respondent['given'];
export type Match = { participant: Participant; by: 'id' | 'email' | 'name' } | { participant: null; candidates: Participant[] };

function index(people: Participant[], key: (p: Participant) => string): Map<string, Participant[]> {
  const m = new Map<string, Participant[]>();
  for (const p of people) {
    const k = key(p);
    if (!k) continue;
    m.set(k, [...(m.get(k) ?? []), p]);
  }
  return m;
}

function tokens(text: string): Set<string> {
  return new Set(normalise(text).split(/[^a-z0-9]+/).filter((t) => t.length >= 3));
}

/**
 * Matches a survey row to a participant: by id (the participant's id or pseudonym), then email, then name,
 * ignoring case, accents and spacing. A key that fits two participants matches neither; the row is then left
 * for review with the likely candidates.
 */
export function respondentMatcher(people: Participant[]): (given: Given) => Match {
  const byId = new Map(people.map((p) => [p.id.toLowerCase(), p]));
  const byPseudonym = index(people, (p) => normalise(p.pseudonym));
  const byEmail = index(people, (p) => normalise(p.email));
  const byName = index(people, (p) => normalise(p.displayName));
  return (given) => {
    const tried: Participant[] = [];
    const attempt = (hits: Participant[] | undefined, by: 'id' | 'email' | 'name'): Match | undefined => {
      if (!hits?.length) return undefined;
      if (hits.length === 1) return { participant: hits[0]!, by };
      tried.push(...hits);
      return undefined;
    };
    const id = normalise(given.id);
    const found =
      (id ? attempt(byId.has(id) ? [byId.get(id)!] : byPseudonym.get(id), 'id') : undefined) ??
      (given.email ? attempt(byEmail.get(normalise(given.email)), 'email') : undefined) ??
      (given.name ? attempt(byName.get(normalise(given.name)), 'name') : undefined);
    if (found) return found;
    // Candidates: anyone a key fitted ambiguously, then people sharing a name word or the email's local part.
    const words = tokens(given.name);
    const local = normalise(given.email).split('@')[0] ?? '';
    const scored = people
      .map((p) => {
        let score = tried.includes(p) ? 10 : 0;
        for (const t of tokens(p.displayName)) if (words.has(t)) score += 2;
        if (local && normalise(p.email).split('@')[0] === local) score += 3;
        return { p, score };
      })
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score || a.p.displayName.localeCompare(b.p.displayName));
    return { participant: null, candidates: scored.slice(0, 5).map((x) => x.p) };
  };
}
