import { ErrorSummary } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The field's DOM id, for the link. */
  id: string;
  text: string;
}

interface FormErrorListProps {
  items: readonly SummaryItem[];
  /** An error that belongs to the whole form (a conflict, an unexpected failure). */
  formError?: string | null;
  /** 2 for a page's main form, 3 for a form inside a section. */
  headingLevel?: 2 | 3;
  /** Shown under the list (e.g. a reload button after a stale version). */
  children?: ReactNode;
}

/**
 * Lists a form's errors with links to the fields. Render it with `key={submitCount}`: Designsystemet's element
 * takes focus when it is mounted, so each failed submit brings the user to the list of what to fix.
 */
export function FormErrorList({ items, formError, headingLevel = 2, children }: FormErrorListProps) {
  const { t } = useTranslation();
  if (items.length === 0 && !formError) return null;
  return (
    <ErrorSummary className="form-error-summary">
      <ErrorSummary.Heading level={headingLevel}>{t('forms.errorSummaryHeading')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {formError && <ErrorSummary.Item>{formError}</ErrorSummary.Item>}
        {items.map((item) => (
          <ErrorSummary.Item key={item.id}>
            <ErrorSummary.Link href={`#${item.id}`}>{item.text}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
      {children}
    </ErrorSummary>
  );
}
