import { describe, expect, it } from 'vitest';
import { pseudonymiser, type NamedPerson } from '../../../src/core/reports/pseudonymise';

const people: NamedPerson[] = [
  { displayName: 'Amina Wanjiru', pseudonym: 'GOV-01', labels: ['Amina Wanjiru', 'AMINA', 'Dr. Wanjiru'] },
  { displayName: 'José Muñoz', pseudonym: 'IMP-01', labels: ['DR. MUÑOZ'] },
  { displayName: 'Grace Otieno', pseudonym: 'CS-01', labels: [] },
  { displayName: 'John Kamau', pseudonym: 'GOV-02', labels: [] },
  { displayName: 'John Mutua', pseudonym: 'RES-01', labels: ['Mutua J.'] },
  { displayName: "Seán O'Brien", pseudonym: 'FUN-01', labels: [] },
  { displayName: 'Hon. Esther Naliaka', pseudonym: 'GOV-03', labels: ['Mama Naliaka'] },
  { displayName: 'Q', pseudonym: 'OTH-01', labels: ['A'] },
];
const p = pseudonymiser(people);

describe('pseudonymisation of free text', () => {
  it('replaces full names, and a first name or surname alone', () => {
    expect(p('Amina Wanjiru opened the meeting; later Amina asked Wanjiru’s deputy.')).toBe('GOV-01 opened the meeting; later GOV-01 asked GOV-01’s deputy.');
    expect(p('Grace said the budget was late.')).toBe('CS-01 said the budget was late.');
  });

  it('keeps possessives, straight or curly', () => {
    expect(p("Amina's plan and Otieno’s notes")).toBe("GOV-01's plan and CS-01’s notes");
    expect(p("Amina Wanjiru's office")).toBe("GOV-01's office");
  });

  it('finds names with or without their accents, and in capitals', () => {
    expect(p('José Muñoz and Jose Munoz are one person; so is Muñoz.')).toBe('IMP-01 and IMP-01 are one person; so is IMP-01.');
    expect(p('AMINA WANJIRU: welcome')).toBe('GOV-01: welcome');
    expect(p('Seán and Sean O’Brien… no, Seán O\'Brien')).toBe('FUN-01 and FUN-01… no, FUN-01');
  });

  it('replaces mapped speaker labels, with their titles and full stops', () => {
    expect(p('DR. MUÑOZ: we agree. Dr. Wanjiru disagreed.')).toBe('IMP-01: we agree. GOV-01 disagreed.');
    expect(p('As Mutua J. said, and Mama Naliaka too.')).toBe('As RES-01 said, and GOV-03 too.');
    expect(p('Hon. Esther Naliaka and Esther')).toBe('GOV-03 and GOV-03');
  });

  it('leaves names that are also words alone unless capitalised, and never inside other words', () => {
    expect(p('by the grace of the county, a graceful Gracefield')).toBe('by the grace of the county, a graceful Gracefield');
    expect(p('Grace, not grace')).toBe('CS-01, not grace');
    expect(p('Aminata and Wanjirus')).toBe('Aminata and Wanjirus');
  });

  it('leaves a first name two people share, but replaces each full name', () => {
    expect(p('John said that John Kamau and John Mutua disagreed with Kamau.')).toBe('John said that GOV-02 and RES-01 disagreed with GOV-02.');
  });

  it('ignores one-letter names and labels, honorifics and initials', () => {
    expect(p('Q: A teacher said A and Q. Hon. members agreed.')).toBe('Q: A teacher said A and Q. Hon. members agreed.');
  });

  it('leaves text without names exactly as it was', () => {
    const text = 'The county pays coaches from its own budget.\n\nNothing else here.';
    expect(p(text)).toBe(text);
    expect(pseudonymiser([])(text)).toBe(text);
  });

  it('is fast enough for a workbook of 100,000 excerpts', () => {
    const many: NamedPerson[] = Array.from({ length: 400 }, (_, i) => ({ displayName: `Person${i} Surname${i}`, pseudonym: `P-${i}`, labels: [`P${i}`] }));
    const q = pseudonymiser([...people, ...many]);
    const text = 'We moved the coaches onto the county payroll in March, and Amina Wanjiru said teachers meet every month. '.repeat(3);
    const t0 = performance.now();
    for (let i = 0; i < 20000; i++) q(text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
