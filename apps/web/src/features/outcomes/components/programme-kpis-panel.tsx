import type { ProgrammeKpis, ShareCellDto } from '@ankomst/contracts';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { integer, percent } from './format';
import { Suppressed } from './suppressed';

function ShareCells({ cell, threshold }: { cell: ShareCellDto; threshold: number }) {
  const { i18n } = useTranslation();
  if (cell.suppressed) {
    return (
      <>
        <Table.Cell>
          <Suppressed threshold={threshold} />
        </Table.Cell>
        <Table.Cell>
          <Suppressed threshold={threshold} />
        </Table.Cell>
      </>
    );
  }
  return (
    <>
      <Table.Cell>{percent(cell.share, i18n.language)}</Table.Cell>
      <Table.Cell>{integer(cell.n, i18n.language)}</Table.Cell>
    </>
  );
}

function KpiTable({
  caption,
  label,
  rows,
  threshold,
}: {
  caption: string;
  label: string;
  rows: Array<{ key: string; name: ReactNode; cell: ShareCellDto }>;
  threshold: number;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table border data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{label}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('outcomes.kpis.share')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('outcomes.kpis.n')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.key}>
              <Table.HeaderCell scope="row">{r.name}</Table.HeaderCell>
              <ShareCells cell={r.cell} threshold={threshold} />
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

interface Props {
  data: ProgrammeKpis;
  onDrillDown: (kind: 'OVERDUE_DEADLINE' | 'LATE_START' | 'END_GOAL_NOT_REACHED' | 'OVER_MAXIMUM') => void;
}

/** Programme KPIs, the direct transition at programme end (a measure of its own), and alternative goals beside. */
export function ProgrammeKpisPanel({ data, onDrillDown }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const th = data.threshold;
  const bars = data.directTransition.byStatus.map((s) => ({
    status: t(`outcomes.endStatus.${s.status}`),
    share: s.cell.suppressed ? null : Math.round(s.cell.share * 1000) / 10,
  }));

  return (
    <div className="stack">
      <section className="stack" aria-labelledby={`${id}-goal`}>
        <Heading level={2} data-size="sm" id={`${id}-goal`}>
          {t('outcomes.kpis.heading')}
        </Heading>
        <KpiTable
          caption={t('outcomes.kpis.endGoalCaption')}
          label={t('outcomes.kpis.regime')}
          threshold={th}
          rows={data.endGoalReached.map((r) => ({
            key: r.regime,
            name: r.regime === 'ALL' ? t('outcomes.groups.all') : t(`outcomes.groups.regime.${r.regime}`),
            cell: r.cell,
          }))}
        />
        <KpiTable
          caption={t('outcomes.kpis.startCaption')}
          label={t('outcomes.kpis.measure')}
          threshold={th}
          rows={[{ key: 'start', name: t('outcomes.kpis.startWithin'), cell: data.startWithinDeadline.cell }]}
        />
        {data.startWithinDeadline.medianDays !== null && (
          <Paragraph data-size="sm">
            {t('outcomes.kpis.medianDays', { days: data.startWithinDeadline.medianDays })}
          </Paragraph>
        )}
        <Paragraph>
          {t('outcomes.kpis.overdue', {
            count: data.overdueDeadlines.total,
            open: integer(data.overdueDeadlines.openProgrammes, i18n.language),
          })}
        </Paragraph>
        <div className="button-row">
          <Button type="button" variant="secondary" data-size="sm" onClick={() => onDrillDown('OVERDUE_DEADLINE')}>
            {t('outcomes.drill.OVERDUE_DEADLINE')}
          </Button>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => onDrillDown('LATE_START')}>
            {t('outcomes.drill.LATE_START')}
          </Button>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => onDrillDown('END_GOAL_NOT_REACHED')}>
            {t('outcomes.drill.END_GOAL_NOT_REACHED')}
          </Button>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => onDrillDown('OVER_MAXIMUM')}>
            {t('outcomes.drill.OVER_MAXIMUM')}
          </Button>
        </div>
        <div className="table-scroll" role="region" aria-label={t('outcomes.kpis.lengthCaption')} tabIndex={0}>
          <Table border data-size="sm">
            <caption>{t('outcomes.kpis.lengthCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('outcomes.kpis.regime')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('outcomes.kpis.averageMonths')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('outcomes.kpis.averageMaxMonths')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('outcomes.kpis.overMaximum')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('outcomes.kpis.n')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.lengthVsMaximum.map((r) => (
                <Table.Row key={r.regime}>
                  <Table.HeaderCell scope="row">{t(`outcomes.groups.regime.${r.regime}`)}</Table.HeaderCell>
                  <Table.Cell>{r.averageMonths ?? <Suppressed threshold={th} />}</Table.Cell>
                  <Table.Cell>{r.averageMaxMonths ?? <Suppressed threshold={th} />}</Table.Cell>
                  <ShareCells cell={r.overMaximum} threshold={th} />
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </section>

      <section className="stack" aria-labelledby={`${id}-transition`}>
        <Heading level={2} data-size="sm" id={`${id}-transition`}>
          {t('outcomes.transition.heading')}
        </Heading>
        <Paragraph data-size="sm">{t('outcomes.transition.note')}</Paragraph>
        <div className="outcome-chart" aria-hidden="true" data-testid="transition-chart">
          <ResponsiveContainer width="100%" height={260}>
            <BarChart accessibilityLayer={false} data={bars} margin={{ top: 8, right: 24, bottom: 48, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="status" interval={0} angle={-20} textAnchor="end" height={60} />
              <YAxis domain={[0, 100]} unit=" %" />
              <Tooltip formatter={(v) => `${String(v)} %`} />
              <Bar dataKey="share" fill="#0062ba" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <KpiTable
          caption={t('outcomes.transition.caption')}
          label={t('outcomes.transition.status')}
          threshold={th}
          rows={[
            { key: 'all', name: t('outcomes.transition.workOrEducation'), cell: data.directTransition.workOrEducation },
            ...data.directTransition.byStatus.map((s) => ({
              key: s.status,
              name: t(`outcomes.endStatus.${s.status}`),
              cell: s.cell,
            })),
            ...data.followUp.map((f) => ({
              key: `f${f.months}`,
              name: t('outcomes.transition.followUp', { months: f.months }),
              cell: f.workOrEducation,
            })),
          ]}
        />
      </section>

      <section className="stack" aria-labelledby={`${id}-alt`}>
        <Heading level={2} data-size="sm" id={`${id}-alt`}>
          {t('outcomes.alternative.heading')}
        </Heading>
        <Paragraph data-size="sm">{t('outcomes.alternative.note')}</Paragraph>
        <KpiTable
          caption={t('outcomes.alternative.caption')}
          label={t('outcomes.alternative.kind')}
          threshold={th}
          rows={data.alternativeGoals.map((g) => ({
            key: g.kind,
            name: t(`outcomes.alternative.kinds.${g.kind}`),
            cell: g.reached,
          }))}
        />
      </section>
    </div>
  );
}
