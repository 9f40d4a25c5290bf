import { z } from 'zod';
import { IsoDateSchema, pageOf, PageQuerySchema, UuidSchema, VersionSchema } from './common';
import { CefrLevelSchema, LanguageSkillSchema } from './education';

/** Nav handover (overføring til Nav): the consultant's structured note before programme end, and its way to Nav. */

export const HandoverStatusSchema = z.enum(['DRAFT', 'SUBMITTED', 'RECEIVED', 'INFO_REQUESTED', 'ACCEPTED']);
export type HandoverStatus = z.infer<typeof HandoverStatusSchema>;
export const HANDOVER_STATUSES = HandoverStatusSchema.options;

/** The legal basis for sharing the note with Nav: integreringsloven § 42, or the participant's consent. */
export const SharingBasisSchema = z.enum(['INTEGRATION_ACT_SECTION_42', 'CONSENT']);
export type SharingBasis = z.infer<typeof SharingBasisSchema>;

export const HandoverMessageKindSchema = z.enum(['COMMENT', 'QUESTION', 'ANSWER']);
export type HandoverMessageKind = z.infer<typeof HandoverMessageKindSchema>;

export const HandoverActionSchema = z.enum(['SUBMIT', 'RECEIVE', 'REQUEST_INFO', 'ANSWER', 'ACCEPT']);
export type HandoverAction = z.infer<typeof HandoverActionSchema>;
export const HANDOVER_ACTIONS = HandoverActionSchema.options;

/** Which side of the handover takes a step: the refugee service (consultant) or the receiving Nav office. */
export type HandoverSide = 'REFUGEE_SERVICE' | 'NAV';

/**
 * The state machine: each action, the one state it leaves from, the state it leads to, and the side that takes it.
 * DRAFT → SUBMITTED → RECEIVED → (INFO_REQUESTED → RECEIVED)* → ACCEPTED.
 */
export const HANDOVER_TRANSITIONS: Record<
  HandoverAction,
  { from: HandoverStatus; to: HandoverStatus; side: HandoverSide }
> = {
  SUBMIT: { from: 'DRAFT', to: 'SUBMITTED', side: 'REFUGEE_SERVICE' },
  RECEIVE: { from: 'SUBMITTED', to: 'RECEIVED', side: 'NAV' },
  REQUEST_INFO: { from: 'RECEIVED', to: 'INFO_REQUESTED', side: 'NAV' },
  ANSWER: { from: 'INFO_REQUESTED', to: 'RECEIVED', side: 'REFUGEE_SERVICE' },
  ACCEPT: { from: 'RECEIVED', to: 'ACCEPTED', side: 'NAV' },
};

const NoteText = z.string().trim().max(4000, { error: 'Teksten er for lang (høyst 4000 tegn)' }).nullable();

/** The note's fields, as the consultant edits them in a draft. */
export const HandoverNoteSchema = z.object({
  /** Status against the programme's end goal. */
  goalStatus: NoteText,
  norwegianLevel: CefrLevelSchema.nullable(),
  workExperience: NoteText,
  workPracticeResults: NoteText,
  recommendedMeasures: NoteText,
  /** What the participant wants, in their own words. */
  participantWishes: NoteText,
  sharingBasis: SharingBasisSchema.nullable(),
  /** Required when the basis is consent. */
  consentDate: IsoDateSchema.nullable(),
  /** The Nav office it goes to (can be chosen in the draft or when submitting). */
  navOfficeId: UuidSchema.nullable(),
});
export type HandoverNote = z.infer<typeof HandoverNoteSchema>;

export const CreateHandoverBodySchema = z.object({ personId: UuidSchema });
export type CreateHandoverBody = z.infer<typeof CreateHandoverBodySchema>;

export const UpdateHandoverBodySchema = HandoverNoteSchema.partial().extend({ version: VersionSchema });
export type UpdateHandoverBody = z.infer<typeof UpdateHandoverBodySchema>;

const MessageBody = z
  .string()
  .trim()
  .min(1, { error: 'Skriv en melding' })
  .max(4000, { error: 'Meldingen er for lang (høyst 4000 tegn)' });

/** One step in the state machine. REQUEST_INFO carries the question, ANSWER the answer; SUBMIT may name the office. */
export const HandoverTransitionBodySchema = z
  .object({
    action: HandoverActionSchema,
    version: VersionSchema,
    navOfficeId: UuidSchema.optional(),
    message: MessageBody.optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.action === 'REQUEST_INFO' || body.action === 'ANSWER') && !body.message) {
      ctx.addIssue({
        code: 'custom',
        path: ['message'],
        message: body.action === 'ANSWER' ? 'Skriv svaret' : 'Skriv spørsmålet',
      });
    }
  });
export type HandoverTransitionBody = z.infer<typeof HandoverTransitionBodySchema>;

export const CreateHandoverMessageBodySchema = z.object({ body: MessageBody });
export type CreateHandoverMessageBody = z.infer<typeof CreateHandoverMessageBodySchema>;

const UserRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const HandoverStatusChangeSchema = z.object({
  fromStatus: HandoverStatusSchema.nullable(),
  toStatus: HandoverStatusSchema,
  actor: UserRefSchema,
  occurredAt: z.string(),
});
export type HandoverStatusChange = z.infer<typeof HandoverStatusChangeSchema>;

export const HandoverMessageSchema = z.object({
  id: z.uuid(),
  kind: HandoverMessageKindSchema,
  body: z.string(),
  author: UserRefSchema,
  createdAt: z.string(),
});
export type HandoverMessage = z.infer<typeof HandoverMessageSchema>;

export const HandoverPersonSchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
});

export const HandoverSchema = HandoverNoteSchema.extend({
  id: z.uuid(),
  person: HandoverPersonSchema,
  programmeId: z.uuid().nullable(),
  status: HandoverStatusSchema,
  navOffice: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** From structured data, read-only: the end goal of the latest plan revision and the latest level per skill. */
  endGoal: z.string().nullable(),
  languageTargetLevel: CefrLevelSchema.nullable(),
  latestLevels: z.array(
    z.object({
      skill: LanguageSkillSchema,
      level: CefrLevelSchema,
      assessedOn: z.string(),
      testName: z.string().nullable(),
    }),
  ),
  createdBy: UserRefSchema,
  statusChanges: z.array(HandoverStatusChangeSchema),
  messages: z.array(HandoverMessageSchema),
  /** The steps the caller may take now (empty for read-only readers). */
  allowedActions: z.array(HandoverActionSchema),
  /** Whether the caller may edit the note (consultants, in DRAFT). */
  editable: z.boolean(),
  /** Whether the caller may write in the thread. */
  mayComment: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Handover = z.infer<typeof HandoverSchema>;

export const HandoverListItemSchema = z.object({
  id: z.uuid(),
  person: HandoverPersonSchema,
  status: HandoverStatusSchema,
  navOffice: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdBy: UserRefSchema,
  /** When it was last submitted, if ever. */
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type HandoverListItem = z.infer<typeof HandoverListItemSchema>;
export const HandoverListSchema = pageOf(HandoverListItemSchema);
export type HandoverList = z.infer<typeof HandoverListSchema>;

/**
 * `box=incoming`: handovers sent to the caller's Nav office; `box=mine`: the handovers the caller wrote;
 * `personId`: every handover of one participant the caller may see. Without box, Nav advisers get incoming, others mine.
 */
export const ListHandoversQuerySchema = PageQuerySchema.extend({
  box: z.enum(['incoming', 'mine']).optional(),
  personId: UuidSchema.optional(),
  status: HandoverStatusSchema.optional(),
});
export type ListHandoversQuery = z.infer<typeof ListHandoversQuerySchema>;

export const HandoverErrorCode = {
  NOT_FOUND: 'HANDOVER_NOT_FOUND',
  ILLEGAL_TRANSITION: 'HANDOVER_ILLEGAL_TRANSITION',
  NOT_EDITABLE: 'HANDOVER_NOT_EDITABLE',
  ALREADY_OPEN: 'HANDOVER_ALREADY_OPEN',
  NOT_YOUR_STEP: 'HANDOVER_NOT_YOUR_STEP',
  NAV_OFFICE_NOT_FOUND: 'HANDOVER_NAV_OFFICE_NOT_FOUND',
} as const;
