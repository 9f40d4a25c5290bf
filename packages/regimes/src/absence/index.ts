export * from './absence-kinds';
export { checkAbsence, childIllnessQuota, countedDays, AbsenceInputError } from './check-absence';
export { ABSENCE_PARAMETERS, absenceNumber, dayBasis, type AbsenceParameterName, type DayBasis } from './parameters';
