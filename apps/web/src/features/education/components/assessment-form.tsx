import {
  CEFR_LEVELS,
  CefrLevelSchema,
  CreateAssessmentsBodySchema,
  LANGUAGE_SKILLS,
  type Learner,
} from '@ankomst/contracts';
import { Button, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LiveAlert } from '../../../components/form';
import { useAddAssessments } from '../api/education';
import { educationErrorText, educationFieldError } from './texts';

/** The form's shape: a learner, a date, a test name and an optional level per skill; sent as the contract's results list. */
const AssessmentFormSchema = CreateAssessmentsBodySchema.omit({ results: true }).extend({
  enrolmentId: z.string().min(1),
  READING: z.union([z.literal(''), CefrLevelSchema]),
  LISTENING: z.union([z.literal(''), CefrLevelSchema]),
  WRITING: z.union([z.literal(''), CefrLevelSchema]),
  ORAL: z.union([z.literal(''), CefrLevelSchema]),
});
type Values = z.infer<typeof AssessmentFormSchema>;
const id = (f: string) => `assessment-${f}`;

/** A teacher records a test or assessment: a level for one or more skills. */
export function AssessmentForm({ learners }: { learners: Learner[] }) {
  const { t } = useTranslation();
  const add = useAddAssessments();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(AssessmentFormSchema),
    defaultValues: {
      enrolmentId: learners[0]?.enrolmentId ?? '',
      assessedOn: new Date().toISOString().slice(0, 10),
      testName: '',
      READING: '',
      LISTENING: '',
      WRITING: '',
      ORAL: '',
    },
  });
  const onSubmit = handleSubmit(async (v) => {
    setMessage(null);
    const results = LANGUAGE_SKILLS.flatMap((skill) =>
      v[skill] ? [{ skill, level: v[skill] as z.infer<typeof CefrLevelSchema> }] : [],
    );
    if (results.length === 0) {
      setMessage({ ok: false, text: t('education.assessment.noLevels') });
      return;
    }
    try {
      await add.mutateAsync({
        enrolmentId: v.enrolmentId,
        body: { assessedOn: v.assessedOn, testName: v.testName || null, results },
      });
      setMessage({ ok: true, text: t('education.assessment.saved') });
      reset({ ...v, READING: '', LISTENING: '', WRITING: '', ORAL: '' });
    } catch (error) {
      setMessage({ ok: false, text: educationErrorText(t, error) });
    }
  });
  return (
    <form noValidate className="stack" onSubmit={(e) => void onSubmit(e)}>
      <LiveAlert text={message?.text} color={message?.ok ? 'success' : 'danger'} />
      <Field>
        <Label htmlFor={id('enrolmentId')}>{t('education.assessment.learner')}</Label>
        <Select id={id('enrolmentId')} {...register('enrolmentId')}>
          {learners.map((l) => (
            <Select.Option
              key={l.enrolmentId}
              value={l.enrolmentId}
            >{`${l.person.firstName} ${l.person.lastName}`}</Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        id={id('assessedOn')}
        type="date"
        label={t('education.assessment.date')}
        error={educationFieldError(t, 'assessedOn', errors.assessedOn)}
        {...register('assessedOn')}
      />
      <Textfield id={id('testName')} label={t('education.assessment.testName')} {...register('testName')} />
      {LANGUAGE_SKILLS.map((skill) => (
        <Field key={skill}>
          <Label htmlFor={id(skill)}>{t(`education.skill.${skill}`)}</Label>
          <Select id={id(skill)} {...register(skill)}>
            <Select.Option value="">{t('education.assessment.notAssessed')}</Select.Option>
            {CEFR_LEVELS.map((l) => (
              <Select.Option key={l} value={l}>
                {t(`education.level.${l}`)}
              </Select.Option>
            ))}
          </Select>
          {errors[skill] && <ValidationMessage>{educationFieldError(t, skill, errors[skill])}</ValidationMessage>}
        </Field>
      ))}
      <div className="button-row">
        <Button type="submit" disabled={add.isPending}>
          {t('education.assessment.submit')}
        </Button>
      </div>
    </form>
  );
}
