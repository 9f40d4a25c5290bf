/**
 * What the generator needs to write a participant's later case history: Norwegian levels that progress with time
 * in the programme, and the Nav handover note's plain-language fields built from the participant's facts.
 * Pure functions of their inputs and the PRNG (no clock, no Math.random); the texts describe no real person.
 */
import type { EndGoal } from '@ankomst/regimes';
import type { Prng } from './prng';

export const CEFR = ['BELOW_A1', 'A1', 'A2', 'B1', 'B2', 'C1'] as const;
export type Cefr = (typeof CEFR)[number];
export const SKILLS = ['READING', 'LISTENING', 'WRITING', 'ORAL'] as const;
export type Skill = (typeof SKILLS)[number];

/** One learner's Norwegian: a starting point and a pace, with listening and speaking ahead of writing. */
export interface LanguageProfile {
  /** Level on a 0 (below A1) … 5 (C1) scale at the programme start. */
  start: number;
  /** Levels gained per month in the programme. */
  perMonth: number;
}

const SKILL_OFFSET: Record<Skill, number> = { LISTENING: 0.3, ORAL: 0.15, READING: 0, WRITING: -0.35 };

/** Education drives both the starting point and the pace; asylum seekers learned some Norwegian in reception. */
export function languageProfile(rng: Prng, nus: number | null, fromReception: boolean): LanguageProfile {
  const known = nus ?? 1;
  const start = (known >= 4 ? 1.2 : known >= 2 ? 0.8 : known === 1 ? 0.45 : 0.1) + (fromReception ? 0.3 : 0);
  const pace = known >= 4 ? 1.4 : known >= 2 ? 1.15 : known === 1 ? 0.85 : 0.6;
  return { start: start + 0.15 * rng.normal(), perMonth: 0.11 * pace * Math.exp(0.25 * rng.normal()) };
}

/** The expected level index of one skill after `months` in the programme (no test noise). */
export function expectedLevel(p: LanguageProfile, skill: Skill, months: number): number {
  return Math.max(0, Math.min(5, Math.floor(p.start + p.perMonth * Math.max(0, months) + SKILL_OFFSET[skill])));
}

/** One assessment: the expected level with test noise, never below the skill's previous result. */
export function assessedLevel(rng: Prng, p: LanguageProfile, skill: Skill, months: number, previous: number): number {
  const raw = p.start + p.perMonth * Math.max(0, months) + SKILL_OFFSET[skill] + 0.25 * rng.normal();
  return Math.max(previous, Math.max(0, Math.min(5, Math.floor(raw))));
}

const GOAL_TEXT: Record<EndGoal | 'NONE', string> = {
  WORK: 'arbeid',
  HIGHER_EDUCATION: 'høyere utdanning',
  COMPLETE_UPPER_SECONDARY: 'fullført videregående opplæring',
  PRIMARY_OR_PART_UPPER_SECONDARY: 'grunnskole eller deler av videregående opplæring',
  NONE: 'arbeid eller utdanning (introduksjonsloven)',
};

const LEVEL_TEXT: Record<Cefr, string> = {
  BELOW_A1: 'under A1',
  A1: 'A1',
  A2: 'A2',
  B1: 'B1',
  B2: 'B2',
  C1: 'C1',
};

export interface NoteFacts {
  goal: EndGoal | null;
  /** The weakest of the latest levels (what the note can promise). */
  level: Cefr;
  /** The plan's target level, when the regime has one. */
  target: Cefr | null;
  nus: number | null;
  /** The work practice place from the plan, if any. */
  practice: string | null;
  practiceMonths: number;
  /** Months left to the programme's end when the note was written (0 or less: at or after the end). */
  monthsLeft: number;
}

export interface HandoverNote {
  goalStatus: string;
  workExperience: string;
  workPracticeResults: string;
  recommendedMeasures: string;
}

const EXPERIENCE: ReadonlyArray<readonly [minNus: number, text: string]> = [
  [0, 'Erfaring fra jordbruk og dyrehold i hjemlandet.'],
  [0, 'Har arbeidet med renhold og varetransport.'],
  [1, 'Har drevet en liten butikk sammen med familien.'],
  [2, 'Har arbeidet som sjåfør i flere år.'],
  [2, 'Erfaring som frisør og fra salg i butikk.'],
  [2, 'Har arbeidet på byggeplass, mest med betong og forskaling.'],
  [2, 'Erfaring fra kjøkken og servering.'],
  [4, 'Utdannet sykepleier med flere års erfaring fra sykehus.'],
  [4, 'Har arbeidet som lærer i grunnskolen.'],
  [4, 'Ingeniørutdanning og erfaring fra vedlikehold av anlegg.'],
  [4, 'Har arbeidet med regnskap og administrasjon.'],
];

const PRACTICE_VERDICT = [
  'Praksisveilederen beskriver deltakeren som stabil og pliktoppfyllende.',
  'God innsats; språket er fortsatt krevende i møte med kunder.',
  'Praksisstedet kan tenke seg å tilby ekstravakter.',
  'Oppmøtet har vært ujevnt på grunn av omsorgsoppgaver, men arbeidet holder god kvalitet.',
];

/** The note's text fields, in bokmål, from the participant's structured facts. */
export function handoverNote(rng: Prng, f: NoteFacts): HandoverNote {
  const levelIndex = CEFR.indexOf(f.level);
  const targetIndex = f.target ? CEFR.indexOf(f.target) : 3;
  const gap = targetIndex - levelIndex;
  const outlook =
    gap <= 0
      ? 'Målet er innen rekkevidde før programslutt.'
      : gap === 1
        ? 'Målet er delvis nådd; deltakeren trenger mer tid med norsk og praksis.'
        : 'Målet nås neppe innen programslutt, og videre oppfølging fra Nav er nødvendig.';
  const goalStatus =
    `Sluttmål: ${GOAL_TEXT[f.goal ?? 'NONE']}. ${outlook} Norsknivå ved siste vurdering: ${LEVEL_TEXT[f.level]}` +
    (f.target ? ` (mål i planen: ${LEVEL_TEXT[f.target]}).` : '.') +
    (f.monthsLeft > 1
      ? ` Programmet slutter om om lag ${f.monthsLeft} måneder.`
      : f.monthsLeft === 1
        ? ' Programmet slutter om om lag én måned.'
        : '');

  const fitting = EXPERIENCE.filter(([min]) => (f.nus ?? 0) >= min && (f.nus ?? 0) - min <= 2);
  const workExperience =
    f.nus === null
      ? 'Ingen dokumentert arbeidserfaring fra hjemlandet; opplysningene er ikke kartlagt.'
      : `${rng.pick(fitting.length > 0 ? fitting : EXPERIENCE)[1]} ${rng.int(2, 12)} års arbeidserfaring i alt.`;

  const workPracticeResults = f.practice
    ? `Arbeidspraksis hos ${f.practice} i ${f.practiceMonths} måneder, én dag i uka. ${rng.pick(PRACTICE_VERDICT)}`
    : 'Ingen arbeidspraksis i programmet; opplæringen har vært rettet mot utdanning.';

  let recommendedMeasures: string;
  if (f.goal === 'HIGHER_EDUCATION')
    recommendedMeasures =
      'Godkjenning av utdanningen fra hjemlandet og veiledning mot relevant arbeid mens søknaden behandles.';
  else if (f.goal === 'COMPLETE_UPPER_SECONDARY' || f.goal === 'PRIMARY_OR_PART_UPPER_SECONDARY')
    recommendedMeasures =
      'Oppfølging av søknad om videregående opplæring for voksne; vurder økonomisk sosialhjelp i overgangen.';
  else if (levelIndex >= 2)
    recommendedMeasures = 'Arbeidsrettet oppfølging fra Nav, gjerne med lønnstilskudd eller mentor hos praksisstedet.';
  else
    recommendedMeasures =
      'Arbeidsrettet tiltak med norskopplæring, for eksempel kvalifiseringsprogrammet eller Jobbsjansen.';
  if (rng.chance(0.6))
    recommendedMeasures += ' Deltakeren har søkt om økonomisk sosialhjelp, så Nav har en sak å knytte notatet til.';

  return { goalStatus, workExperience, workPracticeResults, recommendedMeasures };
}

/** Nav's questions about a note and the refugee service's answers, in pairs. */
export const HANDOVER_QUESTIONS: ReadonlyArray<readonly [question: string, answer: string]> = [
  [
    'Kan dere sende resultatene fra siste norskprøve?',
    'Resultatene ligger under Norsknivå i notatet; skriftlig er svakest.',
  ],
  [
    'Hvor mange timer i uka har praksisen vært, og vurderer praksisstedet å ansette?',
    'Én dag i uka. Praksisstedet vurderer en deltidsstilling fra neste måned.',
  ],
  ['Trenger deltakeren tolk i samtalen med Nav?', 'Ja, tolk er bestilt til det første møtet.'],
  [
    'Er det søkt om økonomisk sosialhjelp, og når ble søknaden sendt?',
    'Søknaden ble sendt forrige uke; saksnummeret står i notatet.',
  ],
];

export const HANDOVER_COMMENTS = [
  'Deltakeren ønsker et felles møte med Nav før programslutt.',
  'Trekantsamtale med voksenopplæringen og Nav er avtalt.',
  'Deltakeren har fått tilbud om sommerjobb; vi gir beskjed når kontrakten er klar.',
];
