/**
 * Turning what native inputs hold (strings) into the contract's values, for react-hook-form's `setValueAs`.
 * Shared by every form that edits person facts (household registration, adding a member, editing a person).
 */

/** An empty optional field is "not given" (null), not an empty string. */
export const nullIfEmpty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** NUS level from the select: "" is unknown (null). */
export const nusLevelValue = (value: unknown) =>
  value === '' || value === null || value === undefined ? null : Number(value);

/** "ar, en" → ["ar", "en"]. */
export const languagesValue = (value: unknown) =>
  typeof value === 'string' ? value.split(/[\s,;]+/).filter(Boolean) : value;

/** An empty optional field that the contract leaves out (`.optional()`, not `.nullable()`) is not sent at all. */
export const undefinedIfEmpty = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
