import { Field, Label, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import type { TextareaHTMLAttributes } from 'react';
import { forwardRef } from 'react';

interface TextareaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  id: string;
  label: string;
  error?: string;
}

/** A labelled textarea; marked invalid and followed by its message when it has an error. */
export const TextareaField = forwardRef<HTMLTextAreaElement, TextareaFieldProps>(function TextareaField(
  { id, label, error, ...props },
  ref,
) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Textarea id={id} ref={ref} aria-invalid={error ? true : undefined} {...props} />
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
});
