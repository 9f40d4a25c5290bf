import type { SettlementStatus } from '@ankomst/contracts';
import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

const COLOR: Record<SettlementStatus, 'info' | 'success' | 'warning' | 'neutral' | 'danger'> = {
  REQUESTED: 'info',
  ACCEPTED: 'info',
  ARRIVED: 'warning',
  SETTLED: 'success',
  DECLINED: 'neutral',
  CANCELLED: 'neutral',
};

export function SettlementStatusTag({ status }: { status: SettlementStatus }) {
  const { t } = useTranslation();
  return <Tag data-color={COLOR[status]}>{t(`households.status.${status}`)}</Tag>;
}
