import { randomUUID } from 'node:crypto';
import { QuoteAttrs, type PmNode, type QuoteView, type ResolvedQuote } from '../../shared/domain/report';
import { OpError } from '../errors';
import { speakerPseudonyms, type SpeakerPseudonyms } from '../export/speaker-pseudonyms';
import type { LabStore } from '../store/lab-store';
import { selectQuoteRows, type QuoteRow } from '../store/queries/report-queries';
import type { Privacy } from './privacy';

/** “12 March 2026”: how a report writes a date. */
export function longDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** “GOV-01, County Director of Education (government)”. */
function attributionOf(name: string, role: string, sector: string | null): string {
  return [name, role].filter(Boolean).join(', ') + (sector ? ` (${sector})` : '');
}

function citationOf(sourceTitle: string, sourceDate: string | null, speaker: string): string {
  const source = [sourceTitle, longDate(sourceDate)].filter(Boolean).join(', ');
  return `${source}.${speaker ? ` Speaker: ${speaker}.` : ''}`;
}

function viewOf(r: QuoteRow, privacy: Privacy): QuoteView {
  const person = r.participantId !== null ? { displayName: r.displayName!, pseudonym: r.pseudonym! } : null;
  const name = r.speakerLabel ? privacy.speaker(r.speakerLabel, r.sourceId, person) : '';
  // The label itself is often a name, so a pseudonymised view carries the name it is shown by instead.
  const speaker = r.speakerLabel
    ? { label: privacy.realNames ? r.speakerLabel : name, participantId: r.participantId, name, role: r.role ?? '', sector: r.sector, organisation: r.organisation ?? '' }
    : null;
  const attribution = speaker ? attributionOf(name, speaker.role, speaker.sector) : '';
  const title = privacy.text(r.sourceTitle);
  return {
    excerptId: r.excerptId,
    text: privacy.text(r.text),
    speaker,
    source: { id: r.sourceId, title, date: r.sourceDate, kind: r.sourceKind },
    attribution,
    citation: citationOf(title, r.sourceDate, attribution),
  };
}

/** Quotes of many excerpts, by excerpt id, read in one query. Excerpts that no longer exist are absent. */
export function quoteViews(store: LabStore, excerptIds: string[], privacy: Privacy): Map<string, QuoteView> {
  const out = new Map<string, QuoteView>();
  if (excerptIds.length === 0) return out;
  for (const r of selectQuoteRows(store, [...new Set(excerptIds)])) out.set(r.excerptId, viewOf(r, privacy));
  return out;
}

/** A quote block now: the excerpt's current text, or, once it is deleted, the text as inserted. */
export function resolveQuote(node: PmNode, views: Map<string, QuoteView>, privacy: Privacy): ResolvedQuote {
  const id = String(node.attrs?.id ?? '');
  const parsed = QuoteAttrs.safeParse(node.attrs ?? {});
  if (!parsed.success) {
    return { kind: 'quote', id, status: 'deleted', excerptId: '00000000-0000-4000-8000-000000000000', text: '', insertedText: '', speaker: null, source: null, attribution: '', citation: '', error: 'This quote block does not name an excerpt.' };
  }
  const a = parsed.data;
  const insertedText = privacy.text(a.text);
  const now = views.get(a.excerptId);
  if (now) {
    const raw = now.text;
    return { kind: 'quote', id, ...now, status: a.text && insertedText !== raw ? 'changed' : 'current', insertedText, error: null };
  }
  const speaker = a.speaker ? privacy.text(a.speaker) : '';
  const title = privacy.text(a.sourceTitle);
  return {
    kind: 'quote',
    id,
    excerptId: a.excerptId,
    status: 'deleted',
    text: insertedText,
    insertedText,
    speaker: null,
    source: null,
    attribution: speaker,
    citation: title ? citationOf(title, a.sourceDate, speaker) : '',
    error: null,
  };
}

/**
 * The node the editor inserts for an excerpt: a new block id and a copy of the excerpt as it is now. Many quotes
 * at once pass `names`, read once.
 */
export function quoteNodeFor(store: LabStore, excerptId: string, names: SpeakerPseudonyms = speakerPseudonyms(store)): PmNode {
  const [r] = selectQuoteRows(store, [excerptId]);
  if (!r) throw new OpError('NOT_FOUND', 'excerptId: that excerpt does not exist');
  const attrs: QuoteAttrs = {
    id: randomUUID(),
    excerptId,
    text: r.text,
    // The pseudonym or stand-in, so what the lab file keeps about the insertion names no one, even once the
    // excerpt and its source are gone and nothing is left to pseudonymise the label by.
    speaker: r.pseudonym ?? (r.speakerLabel === null ? null : names.nameOf(r.speakerLabel, r.sourceId)),
    sourceTitle: r.sourceTitle,
    sourceDate: r.sourceDate,
    insertedAt: new Date().toISOString(),
  };
  return { type: 'quote', attrs };
}
