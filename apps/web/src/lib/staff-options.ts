/** A member of staff as the pickers get them from the API (`…/caseworker-candidates`, `…/consultant-candidates`). */
export interface StaffMember {
  id: string;
  name: string;
}

export interface StaffOption {
  value: string;
  label: string;
}

/**
 * The options of a staff picker (a native select): an optional first option for "nobody" or "choose", the holder
 * today while they are not among the candidates (e.g. no longer active, so the form still shows who it is), then the
 * candidates in the API's order (by name). `exclude` leaves someone out, e.g. the holder when choosing another.
 */
export function staffOptions(
  candidates: readonly StaffMember[] | undefined,
  {
    current = null,
    first,
    exclude,
  }: { current?: StaffMember | null; first?: StaffOption; exclude?: string | null } = {},
): StaffOption[] {
  const listed = candidates ?? [];
  const keepCurrent = current && current.id !== exclude && !listed.some((c) => c.id === current.id);
  return [
    ...(first ? [first] : []),
    ...(keepCurrent ? [{ value: current.id, label: current.name }] : []),
    ...listed.filter((c) => c.id !== exclude).map((c) => ({ value: c.id, label: c.name })),
  ];
}
