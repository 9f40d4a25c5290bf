import { CreateHandoverMessageBodySchema, type Handover, type HandoverAction } from '@ankomst/contracts';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useAddHandoverMessage, useHandoverTransition } from '../api/handovers';
import { HandoverNoteForm } from './handover-note-form';
import { HandoverStatusTag } from './handover-status-tag';
import { formatDate, formatDateTime, handoverErrorText, handoverFieldError } from './texts';

const MessageFormSchema = CreateHandoverMessageBodySchema;
type MessageValues = z.infer<typeof MessageFormSchema>;

/** A text box with one button: a comment, the Nav adviser's question, or the consultant's answer. */
function MessageForm({
  handover,
  action,
  id,
}: {
  handover: Handover;
  action: 'COMMENT' | 'REQUEST_INFO' | 'ANSWER';
  id: string;
}) {
  const { t } = useTranslation();
  const addMessage = useAddHandoverMessage();
  const transition = useHandoverTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<MessageValues>({
    resolver: zodResolver(MessageFormSchema),
    defaultValues: { body: '' },
    shouldFocusError: true,
  });
  const onSubmit = handleSubmit(async ({ body }) => {
    setFormError(null);
    try {
      if (action === 'COMMENT') await addMessage.mutateAsync({ handoverId: handover.id, body });
      else await transition.mutateAsync({ handoverId: handover.id, action, version: handover.version, message: body });
      reset({ body: '' });
    } catch (error) {
      setFormError(handoverErrorText(t, error));
    }
  });
  return (
    <form noValidate className="stack" onSubmit={(e) => void onSubmit(e)}>
      {formError && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{formError}</Paragraph>
        </Alert>
      )}
      <Textfield
        id={id}
        multiline
        rows={3}
        label={t(`handovers.thread.label.${action}`)}
        error={handoverFieldError(t, 'message', errors.body)}
        {...register('body')}
      />
      <div className="button-row">
        <Button
          type="submit"
          variant={action === 'COMMENT' ? 'secondary' : 'primary'}
          disabled={addMessage.isPending || transition.isPending}
        >
          {t(`handovers.thread.button.${action}`)}
        </Button>
      </div>
    </form>
  );
}

function StepButton({
  handover,
  action,
}: {
  handover: Handover;
  action: Extract<HandoverAction, 'RECEIVE' | 'ACCEPT'>;
}) {
  const { t } = useTranslation();
  const transition = useHandoverTransition();
  return (
    <>
      <Button
        disabled={transition.isPending}
        onClick={() => transition.mutate({ handoverId: handover.id, action, version: handover.version })}
      >
        {t(`handovers.action.${action}`)}
      </Button>
      {transition.isError && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{handoverErrorText(t, transition.error)}</Paragraph>
        </Alert>
      )}
    </>
  );
}

/** One handover: the note (editable while a draft), who moved it when, the thread and the steps the reader may take. */
export function HandoverView({ handover }: { handover: Handover }) {
  const { t, i18n } = useTranslation();
  const note: [string, string | null][] = [
    ['goalStatus', handover.goalStatus],
    ['norwegianLevel', handover.norwegianLevel ? t(`handovers.level.${handover.norwegianLevel}`) : null],
    ['workExperience', handover.workExperience],
    ['workPracticeResults', handover.workPracticeResults],
    ['recommendedMeasures', handover.recommendedMeasures],
    ['participantWishes', handover.participantWishes],
    [
      'sharingBasis',
      handover.sharingBasis
        ? `${t(`handovers.basis.${handover.sharingBasis}`)}${handover.consentDate ? ` (${formatDate(handover.consentDate, i18n.language)})` : ''}`
        : null,
    ],
  ];
  const can = (a: HandoverAction) => handover.allowedActions.includes(a);
  return (
    <div className="stack">
      <Paragraph>
        <HandoverStatusTag status={handover.status} />{' '}
        {handover.navOffice ? t('handovers.view.toOffice', { office: handover.navOffice.name }) : null}
      </Paragraph>

      {(can('RECEIVE') || can('ACCEPT')) && (
        <div className="button-row">
          {can('RECEIVE') && <StepButton handover={handover} action="RECEIVE" />}
          {can('ACCEPT') && <StepButton handover={handover} action="ACCEPT" />}
        </div>
      )}

      <section className="stack" aria-labelledby="handover-note-heading">
        <Heading level={2} data-size="sm" id="handover-note-heading">
          {t('handovers.view.note')}
        </Heading>
        {handover.editable ? (
          <HandoverNoteForm handover={handover} />
        ) : (
          <dl className="definition-list">
            {note.map(([key, value]) => (
              <div key={key}>
                <dt>{t(`handovers.note.${key}`)}</dt>
                <dd>{value || '–'}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section className="stack" aria-labelledby="handover-thread-heading">
        <Heading level={2} data-size="sm" id="handover-thread-heading">
          {t('handovers.thread.heading')}
        </Heading>
        {handover.messages.length === 0 ? (
          <Paragraph>{t('handovers.thread.empty')}</Paragraph>
        ) : (
          <ol className="stack handover-thread">
            {handover.messages.map((m) => (
              <li key={m.id}>
                <Paragraph data-size="sm">
                  <strong>{t(`handovers.thread.kind.${m.kind}`)}</strong> – {m.author.name},{' '}
                  {formatDateTime(m.createdAt, i18n.language)}
                </Paragraph>
                <Paragraph>{m.body}</Paragraph>
              </li>
            ))}
          </ol>
        )}
        {can('REQUEST_INFO') && <MessageForm handover={handover} action="REQUEST_INFO" id="handover-question" />}
        {can('ANSWER') && <MessageForm handover={handover} action="ANSWER" id="handover-answer" />}
        {handover.mayComment && handover.status !== 'DRAFT' && (
          <MessageForm handover={handover} action="COMMENT" id="handover-comment" />
        )}
      </section>

      <section className="stack" aria-labelledby="handover-history-heading">
        <Heading level={2} data-size="sm" id="handover-history-heading">
          {t('handovers.view.history')}
        </Heading>
        <ol>
          {handover.statusChanges.map((c, i) => (
            <li key={i}>
              {t('handovers.view.change', {
                status: t(`handovers.status.${c.toStatus}`),
                name: c.actor.name,
                when: formatDateTime(c.occurredAt, i18n.language),
              })}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
