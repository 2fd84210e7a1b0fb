import { useMemo } from 'react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import type { EvidenceDimension } from '../../shared/domain/evidence';
import type { Participant } from '../../shared/domain/participant';
import type { Convening, Phase } from '../../shared/domain/timeline';
import type { Coder } from '../../shared/domain/coder';
import type { SourceSummary } from '../../shared/domain/source';
import { useOp } from '../client/use-op';
import { attributeKeysOf } from '../components/attribute-keys';
import type { SurveyItem } from '../../shared/domain/survey';
import type { FilterVocabulary } from './filter-chips';

/** Everything the filter bar offers and names: the lab's codes, evidence values, timeline, people and coders. */
export interface FilterLists {
  codes: CodeWithCounts[];
  dimensions: EvidenceDimension[];
  phases: Phase[];
  convenings: Convening[];
  coders: Coder[];
  participants: Participant[];
  sources: SourceSummary[];
  roles: string[];
  /** Participant attribute names, each with the values in use. */
  attributes: { name: string; values: string[] }[];
  surveyItems: SurveyItem[];
  vocabulary: FilterVocabulary;
}

const NONE: never[] = [];

export function useFilterLists(): FilterLists {
  const codes = useOp('codes.list', {}).data ?? NONE;
  const dimensions = useOp('evidence.dimensions', {}).data ?? NONE;
  const timeline = useOp('timeline.get', {}).data;
  const coders = useOp('coders.list', {}).data ?? NONE;
  const participants = useOp('participants.list', {}).data ?? NONE;
  const sources = useOp('sources.list', {}).data ?? NONE;
  const surveyItems = useOp('surveys.items', {}).data ?? NONE;
  const phases = timeline?.phases ?? NONE;
  const convenings = timeline?.convenings ?? NONE;

  return useMemo(() => {
    const roles = [...new Set(participants.map((p) => p.role).filter(Boolean))].sort((a, b) => a.localeCompare(b));
    const attributes = attributeKeysOf(participants).map((name) => ({
      name,
      values: [...new Set(participants.map((p) => p.attributes[name]).filter((v): v is string => Boolean(v)))].sort(),
    }));
    const vocabulary: FilterVocabulary = {
      codes: new Map(codes.map((c) => [c.id, { name: c.name, colour: c.colour }])),
      values: new Map(dimensions.flatMap((d) => d.values.map((v) => [v.id, { label: v.label, dimensionLabel: d.label }] as const))),
      phases: new Map(phases.map((p) => [p.id, p.name])),
      convenings: new Map(convenings.map((c) => [c.id, c.name])),
      coders: new Map(coders.map((c) => [c.id, c.name])),
      participants: new Map(participants.map((p) => [p.id, p.displayName])),
      sources: new Map(sources.map((s) => [s.id, s.title])),
      surveyItems: new Map(surveyItems.map((i) => [i.id, i.label])),
    };
    return { codes, dimensions, phases, convenings, coders, participants, sources, roles, attributes, surveyItems, vocabulary };
  }, [codes, dimensions, phases, convenings, coders, participants, sources, surveyItems]);
}
