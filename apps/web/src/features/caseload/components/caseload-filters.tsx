import './caseload.css';
import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form';
import type { CaseloadParams } from '../api/caseload';

const REGIMES = ['INTRODUKSJONSLOVEN', 'INTEGRERINGSLOVEN', 'INTEGRERINGSLOVEN_KAP6A'] as const;
const STATUSES = ['PLANNED', 'ACTIVE', 'ON_LEAVE', 'COMPLETED', 'DISCONTINUED'] as const;
export const DEADLINE_WINDOWS = ['7', '14', '30', '90'] as const;

type Filters = Pick<CaseloadParams, 'search' | 'mine' | 'regime' | 'status' | 'deadline'>;

/** The deadline filter's choices (any, overdue, within 7/14/30/90 days), shared by the caseload and deadline pages. */
export function deadlineWindowOptions(t: TFunction): Array<{ value: string; label: string }> {
  return [
    { value: '', label: t('caseload.filters.anyDeadline') },
    { value: 'overdue', label: t('caseload.filters.overdue') },
    ...DEADLINE_WINDOWS.map((d) => ({ value: d, label: t('caseload.filters.within', { count: Number(d) }) })),
  ];
}

/** Search and filters for "Mine deltakere"; applied on submit (Enter works in every field). */
export function CaseloadFilters({ initial, onApply }: { initial: Filters; onApply: (f: Filters) => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState<Filters>(initial);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setF((prev) => ({ ...prev, [key]: value }));
  return (
    <form
      role="search"
      aria-label={t('caseload.filters.label')}
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ ...f, search: f.search.trim().slice(0, 100) });
      }}
    >
      <div className="caseload-filters">
        <Textfield
          id="caseload-search"
          type="search"
          label={t('caseload.filters.search')}
          maxLength={100}
          value={f.search}
          onChange={(e) => set('search', e.target.value)}
        />
        <SelectField
          id="caseload-regime"
          label={t('caseload.filters.regime')}
          value={f.regime}
          onChange={(e) => set('regime', e.target.value as Filters['regime'])}
          options={[
            { value: '', label: t('caseload.filters.all') },
            ...REGIMES.map((r) => ({ value: r, label: t(`caseload.regime.${r}`) })),
          ]}
        />
        <SelectField
          id="caseload-status"
          label={t('caseload.filters.status')}
          value={f.status}
          onChange={(e) => set('status', e.target.value as Filters['status'])}
          options={[
            { value: '', label: t('caseload.filters.open') },
            ...STATUSES.map((s) => ({ value: s, label: t(`caseload.status.${s}`) })),
          ]}
        />
        <SelectField
          id="caseload-deadline"
          label={t('caseload.filters.deadline')}
          value={f.deadline}
          onChange={(e) => set('deadline', e.target.value)}
          options={deadlineWindowOptions(t)}
        />
      </div>
      <Checkbox
        id="caseload-mine"
        label={t('caseload.filters.mine')}
        checked={f.mine}
        onChange={(e) => set('mine', e.target.checked)}
      />
      <div>
        <Button type="submit" variant="secondary">
          {t('caseload.filters.apply')}
        </Button>
      </div>
    </form>
  );
}
