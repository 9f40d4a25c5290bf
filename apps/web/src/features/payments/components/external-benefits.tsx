import { CreateExternalBenefitBodySchema, OtherBenefitKindSchema, type ExternalBenefit } from '@ankomst/contracts';
import { Button, Field, Label, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LiveAlert } from '../../../components/form';
import { useCreateExternalBenefit, useDeleteExternalBenefit } from '../api/payments';
import { formatKroner, paymentsErrorText } from './texts';

const FormSchema = CreateExternalBenefitBodySchema.pick({ kind: true }).extend({
  amount: z
    .string()
    .trim()
    .regex(/^\d+([.,]\d{1,2})?$/, { error: 'amount' }),
});
type Values = z.infer<typeof FormSchema>;

/** Other benefits for the month (samordning): listed, added and removed by the consultant. */
export function ExternalBenefits({
  personId,
  month,
  items,
}: {
  personId: string;
  month: string;
  items: ExternalBenefit[];
}) {
  const { t } = useTranslation();
  const create = useCreateExternalBenefit(personId);
  const remove = useDeleteExternalBenefit();
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(FormSchema), defaultValues: { kind: 'SICKNESS_BENEFIT', amount: '' } });
  const onSubmit = handleSubmit(async (v) => {
    setError(null);
    try {
      await create.mutateAsync({ month, kind: v.kind, amount: Number(v.amount.replace(',', '.')) });
      reset({ kind: v.kind, amount: '' });
    } catch (e) {
      setError(paymentsErrorText(t, e));
    }
  });
  return (
    <div className="stack">
      {items.length === 0 ? (
        <Paragraph>{t('payments.external.empty')}</Paragraph>
      ) : (
        <Table border>
          <caption className="visually-hidden">{t('payments.external.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('payments.external.kind')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('payments.external.amount')}</Table.HeaderCell>
              <Table.HeaderCell>{t('payments.external.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((i) => (
              <Table.Row key={i.id}>
                <Table.HeaderCell scope="row">{t(`payments.external.kinds.${i.kind}`)}</Table.HeaderCell>
                <Table.Cell className="numeric">{formatKroner(i.amount)}</Table.Cell>
                <Table.Cell>
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('payments.external.removeLabel', { kind: t(`payments.external.kinds.${i.kind}`) })}
                    onClick={() => remove.mutate(i.id)}
                  >
                    {t('payments.external.remove')}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <form noValidate className="stack" onSubmit={(e) => void onSubmit(e)}>
        <LiveAlert text={error} color="danger" />
        <div className="button-row">
          <Field>
            <Label htmlFor="external-kind">{t('payments.external.kind')}</Label>
            <Select id="external-kind" {...register('kind')}>
              {OtherBenefitKindSchema.options.map((k) => (
                <Select.Option key={k} value={k}>
                  {t(`payments.external.kinds.${k}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            id="external-amount"
            label={t('payments.external.amountKr')}
            inputMode="decimal"
            error={errors.amount ? t('payments.external.amountInvalid') : undefined}
            {...register('amount')}
          />
        </div>
        <div className="button-row">
          <Button type="submit" variant="secondary" disabled={create.isPending}>
            {t('payments.external.add')}
          </Button>
        </div>
      </form>
    </div>
  );
}
