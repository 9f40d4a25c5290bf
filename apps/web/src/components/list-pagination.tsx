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
  const { pages, prevButtonProps, nextButtonProps, hasPrev, hasNext } = usePagination({
    currentPage: page,
    totalPages,
    showPages: 7,
    setCurrentPage: onPageChange,
  });
  if (totalPages <= 1) return null;

  return (
    <Pagination aria-label={t('pagination.label')}>
      <Pagination.List>
        {hasPrev && (
          <Pagination.Item>
            <Pagination.Button onClick={prevButtonProps.onClick} variant="tertiary">
              {t('pagination.previous')}
            </Pagination.Button>
          </Pagination.Item>
        )}
        {pages.map(({ page: pageNumber, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof pageNumber === 'number' && buttonProps ? (
              <Pagination.Button {...buttonProps} aria-label={t('pagination.page', { page: pageNumber })}>
                {pageNumber}
              </Pagination.Button>
            ) : (
              <span aria-hidden="true">…</span>
            )}
          </Pagination.Item>
        ))}
        {hasNext && (
          <Pagination.Item>
            <Pagination.Button onClick={nextButtonProps.onClick} variant="tertiary">
              {t('pagination.next')}
            </Pagination.Button>
          </Pagination.Item>
        )}
      </Pagination.List>
    </Pagination>
  );
}
