import type { CaseFacts } from '../case-facts';
import type { Regime, RuleRef } from '../rule-types';
import { caseParameter } from './anchors';

/**
 * What the programme must contain and which steps come before the decision, for someone in the programme.
 * These rules carry no computed value; they tell the caseworker what to do (B-9/10, B-12, B-14, B-15,
 * B-36, A-4, A-6, C-3, C-4/5, C-6).
 */
export function contentRules(facts: CaseFacts, regime: Regime): RuleRef[] {
  const hours = caseParameter('HOURS_PER_WEEK', regime, facts);
  const nir = caseParameter('NIR_DEADLINE_MONTHS', regime, facts);
  const fullTime = hours ? `${String(hours.value).replace('.', ',')} timer i uken (30 med egenstudier)` : 'fulltid';
  if (regime === 'INTRODUKSJONSLOVEN') {
    return [
      {
        id: 'A-6',
        text: 'Individuell plan bygget på kartlegging, fastsatt i vedtaket. Ingen karriereveiledning, sluttmål eller integreringskontrakt etter introduksjonsloven.',
        source: 'introduksjonsloven § 6',
      },
      {
        id: 'A-4',
        text: `Helårig fulltidsprogram: ${fullTime}, norsk, samfunnskunnskap og forberedelse til arbeid eller utdanning.`,
        source: 'introduksjonsloven § 4',
      },
    ];
  }
  const nirRule: RuleRef = {
    id: 'B-36',
    text: `Registrer i NIR innen ${nir?.value ?? 2} måneder.`,
    source: nir?.source ?? 'integreringsforskriften kap. 9',
  };
  if (regime === 'INTEGRERINGSLOVEN') {
    return [
      {
        id: 'B-9/10',
        text: 'Kartlegging og karriereveiledning (fylkeskommunen) skal være gjort før vedtaket. For overføringsflyktninger skal IMDis kartlegging kvalitetssikres, ikke gjøres på nytt.',
        source: 'integreringsloven § 11',
      },
      {
        id: 'B-12',
        text: 'Integreringsplan og integreringskontrakt lages sammen med deltakeren: sluttmål, norskmål, omfang, varighet og innhold.',
        source: 'integreringsloven §§ 15–16',
      },
      {
        id: 'B-14',
        text: `Helårig fulltidsprogram: ${fullTime}, med 5 ukers ferie.`,
        source: hours?.source ?? 'integreringsloven § 13',
      },
      {
        id: 'B-15',
        text: 'Obligatorisk innhold: norsk og samfunnskunnskap, livsmestring og arbeids- eller utdanningsrettede elementer.',
        source: 'integreringsloven § 13',
      },
      nirRule,
    ];
  }
  return [
    {
      id: 'C-4/5',
      text: 'Ingen plikt til opplæring eller kartlegging i mottak; bosettingskommunen kartlegger. Om karriereveiledning er en plikt, er usikkert.',
      source: 'integreringsloven kap. 6A',
    },
    {
      id: 'C-6',
      text: 'Innhold: arbeids- eller utdanningsrettede elementer og et språktilbud (norsk eller engelsk). Livsmestring og samfunnskunnskap er valgfrie.',
      source: 'integreringsloven kap. 6A; integreringsforskriften kap. 8A',
    },
    {
      id: 'C-3',
      text: 'Kommunen kan avslå programmet for den som har eller får tilbud om en jobb nær full stilling. Retten kommer tilbake hvis jobben tapes innen 2 år etter bosetting.',
      source: 'integreringsloven § 37 c',
    },
    nirRule,
  ];
}
