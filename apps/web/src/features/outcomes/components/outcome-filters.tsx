import './outcomes.css';
import { OutcomeBreakdownSchema } from '@ankomst/contracts';
import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutcomeFilterValues } from '../api/outcomes';

const CATEGORIES = ['RESETTLEMENT', 'ASYLUM', 'FAMILY', 'COLLECTIVE_PROTECTION'] as const;
const REGIMES = ['INTRODUKSJONSLOVEN', 'INTEGRERINGSLOVEN', 'INTEGRERINGSLOVEN_KAP6A', 'NONE'] as const;
const YEARS = Array.from({ length: 17 }, (_, i) => String(2010 + i));

interface Props {
  value: OutcomeFilterValues;
  onChange: (next: OutcomeFilterValues) => void;
}

/** Filters and the breakdown (one characteristic at a time; partner × sex the only cross). */
export function OutcomeFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const select = (
    name: keyof OutcomeFilterValues,
    options: readonly string[],
    label: (o: string) => string,
    allLabel?: string,
  ) => (
    <Field>
      <Label htmlFor={`${id}-${name}`}>{t(`outcomes.filters.${name}`)}</Label>
      <Select id={`${id}-${name}`} value={value[name]} onChange={(e) => onChange({ ...value, [name]: e.target.value })}>
        {allLabel !== undefined && <Select.Option value="">{allLabel}</Select.Option>}
        {options.map((o) => (
          <Select.Option key={o} value={o}>
            {label(o)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
  return (
    <div className="outcome-filters" role="group" aria-label={t('outcomes.filters.label')}>
      {select('breakdown', OutcomeBreakdownSchema.options, (o) => t(`outcomes.breakdowns.${o}`))}
      {select('category', CATEGORIES, (o) => t(`outcomes.groups.category.${o}`), t('outcomes.filters.all'))}
      {select('sex', ['FEMALE', 'MALE'], (o) => t(`outcomes.groups.sex.${o}`), t('outcomes.filters.all'))}
      {select('regime', REGIMES, (o) => t(`outcomes.groups.regime.${o}`), t('outcomes.filters.all'))}
      {select('cohortFrom', YEARS, (o) => o, t('outcomes.filters.any'))}
      {select('cohortTo', YEARS, (o) => o, t('outcomes.filters.any'))}
    </div>
  );
}
