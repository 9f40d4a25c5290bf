import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

let firstPageShown = false;

interface PageHeadingProps {
  /** The page's one h1, also used in the document title. */
  children: string;
  actions?: ReactNode;
}

/**
 * The page's h1. It sets the document title and, after an in-app navigation, takes focus so screen reader
 * and keyboard users start at the new page's top (WCAG 2.4.3) rather than where the old page left them.
 */
export function PageHeading({ children, actions }: PageHeadingProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${children} – ${t('app.name')}`;
  }, [children, t]);

  useEffect(() => {
    if (firstPageShown) ref.current?.focus({ preventScroll: false });
    firstPageShown = true;
  }, []);

  return (
    <div className="page-heading">
      <Heading level={1} data-size="lg" ref={ref} tabIndex={-1}>
        {children}
      </Heading>
      {actions}
    </div>
  );
}
