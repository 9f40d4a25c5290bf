import { PreparePaymentRunBodySchema, type PaymentRunDetail } from '@ankomst/contracts';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LiveAlert } from '../../../components/form';
import { usePreparePaymentRun } from '../api/payments';
import { paymentsErrorText } from './texts';

type Values = z.infer<typeof PreparePaymentRunBodySchema>;

/** Prepare a month: the first run, or after an approved one a correction run with only the differences. */
export function PrepareRunForm({
  defaultMonth,
  onPrepared,
}: {
  defaultMonth: string;
  onPrepared: (run: PaymentRunDetail) => void;
}) {
  const { t } = useTranslation();
  const prepare = usePreparePaymentRun();
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(PreparePaymentRunBodySchema), defaultValues: { month: defaultMonth } });
  const onSubmit = handleSubmit(async (v) => {
    setError(null);
    try {
      onPrepared(await prepare.mutateAsync(v.month));
    } catch (e) {
      setError(paymentsErrorText(t, e));
    }
  });
  return (
    <form noValidate className="stack" onSubmit={(e) => void onSubmit(e)}>
      <LiveAlert text={error} color="danger" />
      <Textfield
        id="prepare-month"
        type="month"
        label={t('payments.prepare.month')}
        description={t('payments.prepare.help')}
        error={errors.month ? t('payments.prepare.monthInvalid') : undefined}
        {...register('month')}
      />
      <div className="button-row">
        <Button type="submit" disabled={prepare.isPending}>
          {t('payments.prepare.submit')}
        </Button>
      </div>
    </form>
  );
}
