/**
 * An education officer's turns, two about coaching, two about funding, then one more of each and one about neither:
 * enough for the assistant to learn two codes from four excerpts and be checked on the rest.
 */
export const OFFICER_TURNS: [string, string][] = [
  ['Officer', 'The county literacy coach visits every school each month to observe reading lessons.'],
  ['Officer', 'Teachers group the children by reading level and the coach checks the grouping.'],
  ['Officer', 'Our budget for transport was cut, so fewer visits happened this term.'],
  ['Officer', 'Funding for fuel and transport allowances ran out in March.'],
  ['Officer', 'The coach watched a reading lesson and gave the teacher feedback on grouping by level.'],
  ['Officer', 'Money for the allowances and for transport is the biggest constraint we face.'],
  ['Officer', 'The weather was pleasant during the convening.'],
];
