/**
 * The synthetic outcome model (DOMAIN.md § 8, last rows): the probability of being in work or education in a year
 * is a logistic curve over botid (years since immigration) with a plateau and midpoint set by category and sex,
 * times multipliers for age at arrival, children, partner and education, with a municipality shift on the logit
 * scale small enough to explain ≈ 1–3 % of the variance. Calibrated to the report's curves: asylum and family men
 * ≈ 78 % by botid 4 (family men ≈ 50 % at botid 1), resettled men ≈ 70 % and slower, women 50–60 % at botid 5–6
 * and still rising, arrivals aged 50+ low, lowest with no schooling, 3+ children, women with a partner.
 */
import type { Category } from './distributions';

export interface OutcomeTraits {
  category: Category;
  female: boolean;
  ageAtArrival: number;
  children: number;
  partner: boolean;
  /** NUS level or null when missing. */
  nus: number | null;
  cohort: number;
}

export function workOrEducationProbability(t: OutcomeTraits, botid: number, municipalityShift: number): number {
  let plateau: number;
  let midpoint: number;
  let slope: number;
  const family = t.category === 'FAMILY_REUNIFICATION' || t.category === 'FAMILY_ESTABLISHMENT';
  if (t.category === 'COLLECTIVE_PROTECTION') {
    [plateau, midpoint, slope] = t.female ? [0.6, 1.8, 0.9] : [0.72, 1.2, 0.8];
  } else if (!t.female) {
    if (t.category === 'RESETTLEMENT') [plateau, midpoint, slope] = [0.76, 2.6, 1.0];
    else if (family) [plateau, midpoint, slope] = [0.84, 0.6, 1.1];
    else [plateau, midpoint, slope] = [0.84, 1.4, 0.9];
  } else {
    [plateau, midpoint, slope] = t.category === 'RESETTLEMENT' ? [0.66, 4.6, 1.6] : [0.7, 3.8, 1.6];
  }
  if (t.category === 'RESETTLEMENT' && t.cohort >= 2015) plateau *= 0.9;

  let m = 1;
  if (t.ageAtArrival >= 60) m *= 0.15;
  else if (t.ageAtArrival >= 50) m *= 0.4;
  else if (t.ageAtArrival >= 40) m *= 0.78;
  if (t.nus === null) m *= 0.95;
  else if (t.nus === 0) m *= 0.65;
  else if (t.nus === 1) m *= 0.85;
  else if (t.nus >= 6) m *= 1.1;
  else if (t.nus >= 4) m *= 1.05;
  if (t.children >= 3) m *= t.female ? 0.75 : 0.92;
  if (t.female && t.partner) m *= 0.85;

  const p = Math.min(0.97, (plateau * m) / (1 + Math.exp(-(botid - midpoint) / slope)));
  const logit = Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6)) + municipalityShift;
  return 1 / (1 + Math.exp(-logit));
}

/** Among those in work or education: the chance they are (also) in education, high early and for the young. */
export function educationShare(botid: number, ageAtArrival: number): number {
  const young = ageAtArrival < 30 ? 1.3 : ageAtArrival < 40 ? 1 : 0.6;
  return Math.min(0.85, young * Math.max(0.12, 0.55 - 0.07 * botid));
}
