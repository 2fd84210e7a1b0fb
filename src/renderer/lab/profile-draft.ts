import { LabProfile, type Lab, type ScalingApproach, type ScalingPathway } from '../../shared/domain/lab';
import { fieldErrors, type FieldErrors } from '../components/field-errors';

/** The profile as the form holds it while the documenter types. */
export interface ProfileDraft {
  name: string;
  country: string;
  city: string;
  localPartner: string;
  initiatives: string[];
  problem: string;
  scalingGoal: string;
  pathways: ScalingPathway[];
  approach: ScalingApproach | null;
  startDate: string;
}

export function emptyProfileDraft(startDate: string): ProfileDraft {
  return {
    name: '',
    country: '',
    city: '',
    localPartner: '',
    initiatives: [],
    problem: '',
    scalingGoal: '',
    pathways: [],
    approach: null,
    startDate,
  };
}

export function draftFromLab(lab: Lab): ProfileDraft {
  return {
    name: lab.name,
    country: lab.country,
    city: lab.city,
    localPartner: lab.localPartner,
    initiatives: lab.initiatives,
    problem: lab.problem,
    scalingGoal: lab.scalingGoal,
    pathways: lab.pathways,
    approach: lab.approach,
    startDate: lab.startDate,
  };
}

export function sameProfile(a: ProfileDraft, b: ProfileDraft): boolean {
  const norm = (d: ProfileDraft) => JSON.stringify({ ...d, pathways: [...d.pathways].sort() });
  return norm(a) === norm(b);
}

/** Validates with the contract's own schema, so the form says what the store would refuse. */
export function validateProfile(
  draft: ProfileDraft,
): { profile: LabProfile; errors: null } | { profile: null; errors: FieldErrors } {
  const parsed = LabProfile.safeParse(draft);
  if (parsed.success) return { profile: parsed.data, errors: null };
  const errors = fieldErrors(parsed.error);
  if (!draft.startDate) errors.startDate = 'The lab needs a start date';
  return { profile: null, errors };
}
