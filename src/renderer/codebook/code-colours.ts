/** Distinct colours that stay readable as a highlight behind black text; offered by every colour picker. */
export const CODE_SWATCHES = [
  '#4c8bf5',
  '#2f6fb0',
  '#2aa3b8',
  '#3aa76d',
  '#6b8e23',
  '#c9a227',
  '#e0793a',
  '#b5523b',
  '#d94848',
  '#c94f7c',
  '#8a6fd1',
  '#5c5fc4',
  '#7f7f7f',
  '#3d4a57',
];
