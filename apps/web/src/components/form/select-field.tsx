import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { SelectHTMLAttributes } from 'react';
import { forwardRef } from 'react';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  id: string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string;
}

/** A labelled native select (keyboard and screen-reader friendly); Field links the label and the error. */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { id, label, options, error, ...props },
  ref,
) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} ref={ref} aria-invalid={error ? true : undefined} {...props}>
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
});
