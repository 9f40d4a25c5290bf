import { Pagination, usePagination } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

interface ListPaginationProps {
  page: number;
  totalPages: number;
  onPageChange: (page: number) => void;
}

/** Page buttons for a paged list; hidden when everything fits on one page. */
export function ListPagination({ page, totalPages, onPageChange }: ListPaginationProps) {
  const { t } = useTranslation();
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage: page,
    totalPages,
    showPages: 7,
    setCurrentPage: onPageChange,
  });
  if (totalPages <= 1) return null;

  // Designsystemet's layout: previous and next are always the first and last items; on the first and last
  // page they carry aria-hidden and the stylesheet hides them (visibility: hidden, so not focusable either).
  return (
    <Pagination aria-label={t('pagination.label')}>
      <Pagination.List>
        <Pagination.Item>
          <Pagination.Button {...prevButtonProps} variant="tertiary">
            {t('pagination.previous')}
          </Pagination.Button>
        </Pagination.Item>
        {pages.map(({ page: pageNumber, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof pageNumber === 'number' && buttonProps && (
              <Pagination.Button
                {...buttonProps}
                variant="tertiary"
                aria-label={t('pagination.page', { page: pageNumber })}
              >
                {pageNumber}
              </Pagination.Button>
            )}
          </Pagination.Item>
        ))}
        <Pagination.Item>
          <Pagination.Button {...nextButtonProps} variant="tertiary">
            {t('pagination.next')}
          </Pagination.Button>
        </Pagination.Item>
      </Pagination.List>
    </Pagination>
  );
}
