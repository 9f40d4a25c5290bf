import type { HandoverStatus } from '@ankomst/contracts';
import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

const COLOR: Record<HandoverStatus, 'neutral' | 'info' | 'warning' | 'success'> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  RECEIVED: 'info',
  INFO_REQUESTED: 'warning',
  ACCEPTED: 'success',
};

export function HandoverStatusTag({ status }: { status: HandoverStatus }) {
  const { t } = useTranslation();
  return <Tag data-color={COLOR[status]}>{t(`handovers.status.${status}`)}</Tag>;
}
