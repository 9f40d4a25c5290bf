/**
 * Where the text of a timeline kind lives: this feature's own kinds under `participants.timeline.kinds.<kind>`;
 * other features keep the kinds they write in their own locale files as `<namespace>.timeline.<kind>`, e.g.
 * `programmes.timeline.programme.started`. Used by the timeline and by the test that every kind has a text.
 */
export const TIMELINE_NAMESPACES = [
  'programmes',
  'plans',
  'caseload',
  'meetings',
  'tasks',
  'groups',
  'handovers',
  'education',
  'attendance',
  'benefits',
  'payments',
  'nir',
  'programmeEnd',
];

/** The keys tried for a kind's text, in order (the caller adds the generic fallback). */
export function timelineTextKeys(kind: string): string[] {
  return [`participants.timeline.kinds.${kind}`, ...TIMELINE_NAMESPACES.map((ns) => `${ns}.timeline.${kind}`)];
}
