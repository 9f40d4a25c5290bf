import { z } from 'zod';
import { IsoDateSchema, pageOf, PageQuerySchema, VersionSchema } from './common';
import { RoleSchema } from './roles';
import { ServiceSchema } from './timeline';

/** Tasks across the refugee service, Nav and adult education: one owner, an optional due date, done with a comment. */
export const TaskStatusSchema = z.enum(['OPEN', 'DONE']);
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

const UserRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const TaskSchema = z.object({
  id: z.uuid(),
  personId: z.uuid().nullable(),
  personName: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  assignee: UserRefSchema,
  createdBy: UserRefSchema,
  dueDate: IsoDateSchema.nullable(),
  status: TaskStatusSchema,
  /** Open and past its due date (Norwegian calendar date). */
  overdue: z.boolean(),
  completedAt: z.string().nullable(),
  completionComment: z.string().nullable(),
  /** The meeting whose decision created the task. */
  meetingId: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type Task = z.infer<typeof TaskSchema>;

export const ListTasksQuerySchema = PageQuerySchema.extend({
  /** `mine`: assigned to me; `given`: created by me for someone else or myself. */
  view: z.enum(['mine', 'given']).default('mine'),
  status: z.enum(['OPEN', 'DONE', 'ALL']).default('OPEN'),
});
export const TaskListSchema = pageOf(TaskSchema);
export type TaskList = z.infer<typeof TaskListSchema>;

export const TaskTitleSchema = z.string().trim().min(1, { error: 'Skriv hva som skal gjøres' }).max(300);

export const CreateTaskBodySchema = z.object({
  personId: z.uuid().optional(),
  title: TaskTitleSchema,
  description: z.string().trim().max(4000).optional(),
  assigneeId: z.uuid({ error: 'Velg hvem som skal gjøre oppgaven' }),
  dueDate: IsoDateSchema.optional(),
});
export type CreateTaskBody = z.infer<typeof CreateTaskBodySchema>;

/**
 * GET /persons/:personId/task-assignees: who a task about the person can be given to, i.e. the active users of the
 * municipality with need-to-know for the person (the same rule `POST /tasks` checks), by name. `service` is the
 * service the user works in, null for one who works in none of the three (a manager).
 */
export const TaskAssigneeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  roles: z.array(RoleSchema),
  service: ServiceSchema.nullable(),
});
export type TaskAssignee = z.infer<typeof TaskAssigneeSchema>;
export const TaskAssigneeListSchema = z.object({ items: z.array(TaskAssigneeSchema) });
export type TaskAssigneeList = z.infer<typeof TaskAssigneeListSchema>;

export const CompleteTaskBodySchema = z.object({
  comment: z.string().trim().min(1, { error: 'Skriv en kommentar' }).max(4000),
  version: VersionSchema,
});
export type CompleteTaskBody = z.infer<typeof CompleteTaskBodySchema>;

export const TaskErrorCode = {
  NOT_FOUND: 'TASK_NOT_FOUND',
  ALREADY_DONE: 'TASK_ALREADY_DONE',
} as const;
