export { FormErrorList, type SummaryItem } from './error-list';
export { fieldDomId, useFeatureErrorMessage, useFeatureFieldError } from './feature-errors';
export { FormActions } from './form-actions';
export { FormErrorSummary } from './form-error-summary';
export { LiveAlert } from './live-alert';
export { SelectField } from './select-field';
export { StaffPickerErrors, useStaffPickerSave } from './staff-picker';
export { StaleVersionAlert } from './stale-version-alert';
export { TextareaField } from './textarea-field';
