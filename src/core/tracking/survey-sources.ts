import { createHash } from 'node:crypto';
import type { SourceBlock } from '../../shared/domain/source';
import type { TimePoint } from '../../shared/domain/tracking';
import { blockIndexAt, excerptFacts } from '../coding/excerpt-range';
import { OpError } from '../errors';
import { countWords } from '../sources/save-source';
import type { RowWriter } from '../store/change-recorder';
import type { LabStore } from '../store/lab-store';
import { selectSourceText, sourceCodec, sourceContentRow } from '../store/queries/source-queries';
import { excerptSpansOfSource, surveyRespondentLabels, surveySourceOf, textAnswersAt, type ExcerptSpan } from '../store/queries/survey-source-queries';

/*
 * Open-ended answers become a source per question and time point ("Survey · <question> · Baseline"), one turn per
 * answer. A turn's speaker is a role label, "Respondent 3", mapped to the participant: group, sector and survey
 * filters then work on answers as on interviews, exports never show a name (a role label is shown as it is, a mapped
 * one by the participant's pseudonym), and the same person keeps the same number in every survey source.
 */

const TIME_LABEL: Record<TimePoint, string> = { baseline: 'Baseline', midline: 'Midline', endline: 'Endline' };
const RESPONDENT = /^Respondent (\d+)$/;

/** An answer as its turn shows it: line ends made one kind, no blank edges (turns are separated by a blank line). */
export function turnText(answer: string): string {
  return answer.replace(/\r\n?/g, '\n').trim();
}

export function surveySourceTitle(itemLabel: string, timePoint: TimePoint): string {
  return `Survey · ${itemLabel} · ${TIME_LABEL[timePoint]}`.slice(0, 300);
}

interface Turn {
  label: string;
  start: number;
  end: number;
  text: string;
}

function turnsOf(text: string, blocks: SourceBlock[]): Map<string, Turn> {
  const out = new Map<string, Turn>();
  for (const b of blocks) if (b.kind === 'turn' && b.speaker) out.set(b.speaker, { label: b.speaker, start: b.start, end: b.end, text: text.slice(b.start, b.end) });
  return out;
}

/**
 * Where an excerpt of an old answer goes in its new answer: the same place when the answer did not change, else the
 * occurrence of its words nearest their old place. Null when its words are gone: the import is then refused, since
 * moving a coding onto words it was not given to would misstate what the respondent said.
 */
export function placeExcerpt(old: Turn, now: Turn | undefined, e: { start: number; end: number; text: string }): { start: number; end: number } | null {
  if (!now) return null;
  if (old.text === now.text) return { start: e.start - old.start + now.start, end: e.end - old.start + now.start };
  const at = e.start - old.start;
  let best = -1;
  for (let i = now.text.indexOf(e.text); i >= 0; i = now.text.indexOf(e.text, i + 1)) {
    if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
  }
  return best < 0 ? null : { start: now.start + best, end: now.start + best + e.text.length };
}

/** Respondent labels: each participant's, lab-wide, and the next free number. */
function labelBook(store: LabStore) {
  const rows = surveyRespondentLabels(store);
  const byParticipant = new Map<string, string>();
  let max = 0;
  for (const r of rows) {
    const n = RESPONDENT.exec(r.label);
    if (n) max = Math.max(max, Number(n[1]));
    if (r.participant_id && !byParticipant.has(r.participant_id)) byParticipant.set(r.participant_id, r.label);
  }
  return {
    labelFor(participantId: string, inSource: Map<string, string>, taken: Set<string>): string {
      const own = inSource.get(participantId);
      if (own) return own;
      const lab = byParticipant.get(participantId);
      if (lab && !taken.has(lab)) return lab;
      const fresh = `Respondent ${++max}`;
      byParticipant.set(participantId, fresh);
      return fresh;
    },
  };
}

function labelOrder(label: string): number {
  const n = RESPONDENT.exec(label);
  return n ? Number(n[1]) : Number.MAX_SAFE_INTEGER;
}

interface Planned {
  sourceId: string | null;
  title: string;
  text: string;
  blocks: SourceBlock[];
  newSpeakers: { label: string; participantId: string }[];
  /** Excerpts kept, each where it goes now. */
  moves: { excerpt: ExcerptSpan; start: number; end: number }[];
  /** Excerpts whose words are no longer in their respondent's answer, with that respondent. */
  lost: { excerptId: string; participantId: string | null }[];
  changed: boolean;
}

/** What the source of one question at one time point becomes, given its answers now stored. */
function planSource(store: LabStore, item: { id: string; label: string }, timePoint: TimePoint, answers: Map<string, string>, labels: ReturnType<typeof labelBook>): Planned {
  const existing = surveySourceOf(store, item.id, timePoint);
  const title = surveySourceTitle(item.label, timePoint);
  const speakerRows = existing ? surveyRespondentLabels(store).filter((r) => r.source_id === existing.id) : [];
  const inSource = new Map(speakerRows.flatMap((r) => (r.participant_id ? [[r.participant_id, r.label] as const] : [])));
  const whoIs = new Map(speakerRows.map((r) => [r.label, r.participant_id]));
  const taken = new Set(speakerRows.map((r) => r.label));
  const newSpeakers: Planned['newSpeakers'] = [];
  const turns = [...answers].map(([participantId, answer]) => {
    const label = labels.labelFor(participantId, inSource, taken);
    if (!taken.has(label)) {
      taken.add(label);
      newSpeakers.push({ label, participantId });
    }
    return { label, text: turnText(answer) };
  });
  turns.sort((a, b) => labelOrder(a.label) - labelOrder(b.label) || a.label.localeCompare(b.label));
  let text = '';
  const blocks: SourceBlock[] = [];
  for (const t of turns) {
    if (text) text += '\n\n';
    blocks.push({ kind: 'turn', start: text.length, end: text.length + t.text.length, speaker: t.label });
    text += t.text;
  }
  const plan: Planned = { sourceId: existing?.id ?? null, title, text, blocks, newSpeakers, moves: [], lost: [], changed: true };
  if (!existing) return plan;
  const old = selectSourceText(store, existing.id) ?? { text: '', blocks: [] };
  plan.changed = old.text !== text || existing.title !== title;
  if (old.text === text) return plan;
  const oldTurns = turnsOf(old.text, old.blocks);
  const newTurns = turnsOf(text, blocks);
  for (const e of excerptSpansOfSource(store, existing.id)) {
    const turn = old.blocks[blockIndexAt(old.blocks, e.start)];
    const oldTurn = turn?.speaker ? oldTurns.get(turn.speaker) : undefined;
    const place = oldTurn && e.end <= oldTurn.end ? placeExcerpt(oldTurn, newTurns.get(oldTurn.label), e) : null;
    if (!place) plan.lost.push({ excerptId: e.id, participantId: (turn?.speaker && whoIs.get(turn.speaker)) ?? null });
    else plan.moves.push({ excerpt: e, ...place });
  }
  return plan;
}

function answersByItem(store: LabStore, timePoint: TimePoint, itemIds: string[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>(itemIds.map((id) => [id, new Map()]));
  for (const a of textAnswersAt(store, timePoint, itemIds)) out.get(a.item_id)!.set(a.participant_id, a.value_text);
  return out;
}

/**
 * Excerpts an import would leave without their words: answers it replaces, per question, by respondent. Asked
 * before the import is stored, with the answers it would store, so the preview can say so and nothing is written.
 */
export function excerptsLostByAnswers(
  store: LabStore,
  timePoint: TimePoint,
  items: { id: string; label: string }[],
  replacing: { participantId: string; itemId: string; text: string }[],
): { itemId: string; participantId: string; excerpts: number }[] {
  const stored = answersByItem(store, timePoint, items.map((i) => i.id));
  for (const r of replacing) stored.get(r.itemId)?.set(r.participantId, r.text);
  const labels = labelBook(store);
  const out: { itemId: string; participantId: string; excerpts: number }[] = [];
  for (const item of items) {
    if (!surveySourceOf(store, item.id, timePoint)) continue;
    const counts = new Map<string, number>();
    for (const l of planSource(store, item, timePoint, stored.get(item.id)!, labels).lost) {
      if (l.participantId) counts.set(l.participantId, (counts.get(l.participantId) ?? 0) + 1);
    }
    for (const [participantId, excerpts] of counts) out.push({ itemId: item.id, participantId, excerpts });
  }
  return out;
}

/**
 * Makes or rewrites the source of each text question at one time point from the answers stored now, in the caller's
 * change set. Excerpts on answers that did not change stay on their words (their offsets move with the turns
 * before them); an excerpt whose words are gone refuses the whole import (CONFLICT), as the preview already said.
 */
export function syncSurveySources(w: RowWriter, store: LabStore, timePoint: TimePoint, items: { id: string; label: string }[], fileName: string): number {
  const answers = answersByItem(store, timePoint, items.map((i) => i.id));
  const labels = labelBook(store);
  let written = 0;
  for (const item of items) {
    const plan = planSource(store, item, timePoint, answers.get(item.id)!, labels);
    if (plan.lost.length) {
      throw new OpError('CONFLICT', `“${item.label}”: ${plan.lost.length} excerpt(s) of the ${timePoint} answers would lose their words; remove their coding first`);
    }
    if (!plan.changed || (!plan.sourceId && !plan.text)) continue;
    const bytes = Buffer.from(plan.text, 'utf8');
    const meta = { title: plan.title, byteSize: bytes.byteLength, wordCount: countWords(plan.text) };
    let sourceId = plan.sourceId;
    if (!sourceId) {
      const sha256 = createHash('sha256').update(`survey source\u0000${item.id}\u0000${timePoint}`).digest('hex');
      const row = w.insert('source', {
        ...sourceCodec.toRow({ ...meta, kind: 'survey', format: 'txt', fileName, sha256, language: '', date: null, phaseId: null, conveningId: null, attributes: {} }),
        survey_item_id: item.id,
        time_point: timePoint,
      });
      sourceId = String(row.id);
    } else {
      // Removed and added again rather than updated: the full-text index follows source_content by its insert and
      // delete triggers only.
      w.remove('source_content', sourceId);
      w.update('source', sourceId, sourceCodec.toRow({ ...meta, fileName }));
    }
    w.append('source_content', sourceContentRow(sourceId, plan.text, plan.blocks, bytes));
    for (const s of plan.newSpeakers) w.insert('source_speaker', { source_id: sourceId, label: s.label, participant_id: s.participantId });
    for (const { excerpt: e, start, end } of plan.moves) {
      const facts = excerptFacts(plan.text, plan.blocks, start, end);
      const same = e.start === start && e.end === end && e.block === facts.block && e.context_before === facts.context_before && e.context_after === facts.context_after;
      if (!same) w.update('excerpt', e.id, { start, end, ...facts });
    }
    written++;
  }
  return written;
}
