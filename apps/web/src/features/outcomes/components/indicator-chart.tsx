import type { OutcomeIndicators } from '@ankomst/contracts';
import { Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { integer, percent } from './format';
import { groupLabel } from './group-label';
import { Suppressed } from './suppressed';

const METRICS = ['inWorkOrEducation', 'inWork', 'inEducation'] as const;
type Metric = (typeof METRICS)[number];
const COLOURS = [
  '#0062ba',
  '#c2410c',
  '#15803d',
  '#7c3aed',
  '#be123c',
  '#0e7490',
  '#a16207',
  '#4d7c0f',
  '#1e3a8a',
  '#9d174d',
  '#374151',
];

/** Line chart by botid, one line per group, with the table behind it (the table is the accessible source). */
/** `stale` is true while the table still shows the previous filter's figures and the new ones are on their way. */
export function IndicatorChart({ data, stale = false }: { data: OutcomeIndicators; stale?: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [metric, setMetric] = useState<Metric>('inWorkOrEducation');
  const botids = data.series[0]?.cells.map((c) => c.botid) ?? [];
  const rows = botids.map((botid) => {
    const row: Record<string, number | null> = { botid };
    for (const s of data.series) {
      const cell = s.cells[botid];
      row[s.group] = cell && !cell.suppressed ? Math.round(cell[metric] * 1000) / 10 : null;
    }
    return row;
  });
  const caption = t('outcomes.indicators.caption', {
    metric: t(`outcomes.metrics.${metric}`),
    breakdown: t(`outcomes.breakdowns.${data.breakdown}`),
  });

  return (
    <section className="stack" aria-labelledby={`${id}-h`} aria-busy={stale}>
      <Heading level={2} data-size="sm" id={`${id}-h`}>
        {t('outcomes.indicators.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('outcomes.indicators.definition', { threshold: data.threshold })}</Paragraph>
      <Field>
        <Label htmlFor={`${id}-metric`}>{t('outcomes.indicators.metric')}</Label>
        <Select id={`${id}-metric`} value={metric} onChange={(e) => setMetric(e.target.value as Metric)}>
          {METRICS.map((m) => (
            <Select.Option key={m} value={m}>
              {t(`outcomes.metrics.${m}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {data.series.length === 0 ? (
        <Paragraph>{t('outcomes.indicators.empty')}</Paragraph>
      ) : (
        <>
          <div className="outcome-chart" aria-hidden="true" data-testid="indicator-chart">
            <ResponsiveContainer width="100%" height={320}>
              <LineChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="botid" label={{ value: t('outcomes.botid'), position: 'insideBottom', offset: -12 }} />
                <YAxis domain={[0, 100]} unit=" %" />
                <Tooltip
                  formatter={(v) => `${String(v)} %`}
                  labelFormatter={(b) => `${t('outcomes.botid')} ${String(b)}`}
                />
                <Legend verticalAlign="top" />
                {data.series.map((s, i) => (
                  <Line
                    key={s.group}
                    type="monotone"
                    dataKey={s.group}
                    name={groupLabel(t, data.breakdown, s.group)}
                    stroke={COLOURS[i % COLOURS.length]}
                    strokeWidth={2}
                    connectNulls={false}
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
            <Table border data-size="sm">
              <caption>{caption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('outcomes.group')}</Table.HeaderCell>
                  {botids.map((b) => (
                    <Table.HeaderCell key={b} scope="col">
                      {t('outcomes.botidShort', { botid: b })}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.series.map((s) => (
                  <Table.Row key={s.group}>
                    <Table.HeaderCell scope="row">{groupLabel(t, data.breakdown, s.group)}</Table.HeaderCell>
                    {s.cells.map((c) => (
                      <Table.Cell key={c.botid}>
                        {c.suppressed ? (
                          <Suppressed threshold={data.threshold} />
                        ) : (
                          <>
                            {percent(c[metric], i18n.language)}
                            <span className="outcome-n"> {t('outcomes.n', { n: integer(c.n, i18n.language) })}</span>
                          </>
                        )}
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
      <Paragraph data-size="sm">
        {t('outcomes.quality', {
          personYears: integer(data.quality.personYears, i18n.language),
          persons: integer(data.quality.persons, i18n.language),
          missing:
            data.quality.educationMissingShare === null
              ? '–'
              : percent(data.quality.educationMissingShare, i18n.language),
        })}
      </Paragraph>
    </section>
  );
}
