import { EnrolmentFieldsSchema } from '@ankomst/contracts';
import { Button, Field, Label, Paragraph, Search, Select, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LiveAlert } from '../../../components/form';
import { personSearchQueryOptions, useEnrol } from '../api/education';
import { educationErrorText, educationFieldError } from './texts';

const EnrolFormSchema = EnrolmentFieldsSchema.omit({ entitledHours: true, toDate: true }).extend({
  entitledHours: z.string().regex(/^\d*$/),
});
type Values = z.infer<typeof EnrolFormSchema>;
const id = (f: string) => `enrol-${f}`;

/** A consultant enrols a participant: find them by name, pick a start date; entitled hours default from the rules engine. */
export function EnrolForm({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const persons = useQuery(personSearchQueryOptions(search));
  const enrol = useEnrol(classId);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(EnrolFormSchema),
    defaultValues: { personId: '', fromDate: new Date().toISOString().slice(0, 10), entitledHours: '' },
  });
  const onSubmit = handleSubmit(async (v) => {
    setMessage(null);
    try {
      const done = await enrol.mutateAsync({
        personId: v.personId,
        fromDate: v.fromDate,
        ...(v.entitledHours ? { entitledHours: Number(v.entitledHours) } : {}),
      });
      setMessage({
        ok: true,
        text: t('education.enrol.done', { name: `${done.person.firstName} ${done.person.lastName}` }),
      });
    } catch (error) {
      setMessage({ ok: false, text: educationErrorText(t, error) });
    }
  });
  return (
    <div className="stack">
      <Field>
        <Label htmlFor={id('search')}>{t('education.enrol.search')}</Label>
        <Search>
          <Search.Input id={id('search')} value={search} onChange={(e) => setSearch(e.target.value)} />
          <Search.Clear onClick={() => setSearch('')} aria-label={t('education.enrol.clear')} />
        </Search>
      </Field>
      <form noValidate className="stack" onSubmit={(e) => void onSubmit(e)}>
        <LiveAlert text={message?.text} color={message?.ok ? 'success' : 'danger'} />
        <Field>
          <Label htmlFor={id('personId')}>{t('education.enrol.person')}</Label>
          <Select id={id('personId')} aria-invalid={!!errors.personId} {...register('personId')}>
            <Select.Option value="">{t('education.enrol.choose')}</Select.Option>
            {persons.data?.items.map((p) => (
              <Select.Option key={p.id} value={p.id}>{`${p.firstName} ${p.lastName} (${p.birthDate})`}</Select.Option>
            ))}
          </Select>
          {errors.personId && (
            <Paragraph data-size="sm">{educationFieldError(t, 'personId', errors.personId)}</Paragraph>
          )}
        </Field>
        <Textfield
          id={id('fromDate')}
          type="date"
          label={t('education.enrol.fromDate')}
          error={educationFieldError(t, 'fromDate', errors.fromDate)}
          {...register('fromDate')}
        />
        <Textfield
          id={id('entitledHours')}
          inputMode="numeric"
          label={t('education.enrol.entitledHours')}
          description={t('education.enrol.entitledHoursHelp')}
          error={educationFieldError(t, 'entitledHours', errors.entitledHours)}
          {...register('entitledHours')}
        />
        <div className="button-row">
          <Button type="submit" disabled={enrol.isPending}>
            {t('education.enrol.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
