// Public API of the plan module (kế hoạch, nhiệm vụ), by name.
export type { Deadline, DeadlineMilestone } from './deadline.js';
export { DeadlineSchema, DeadlineMilestoneSchema } from './deadline-schema.js';
export { parseDeadline, type ParseDeadlineOptions } from './parse-deadline.js';
export type { Task, ProgressRecord } from './task.js';
export { TaskSchema, ProgressRecordSchema } from './task-schema.js';
export type { Plan, Section, Objective } from './plan.js';
export { PlanSchema, SectionSchema, ObjectiveSchema, ProgressByTaskSchema } from './plan-schema.js';
export { parsePlan, type PlanInput, type SectionInput, type TaskInput } from './parse-plan.js';
export { planTasks, type PlanTask } from './plan-tasks.js';
export { withProgress } from './with-progress.js';
export {
  taskStatus,
  TASK_STATUSES,
  type TaskStatus,
  type TaskStatusOptions,
  type TaskStatusResult,
  type MilestoneStatus,
  type PartialProgress,
} from './task-status.js';
export { DEFAULT_DUE_SOON, DEFAULT_DUE_SOON_DAYS, type DueSoon, type DueSoonUnit, type DueOnDayOff } from './due-soon.js';
export { DueSoonSchema, TaskStatusOptionsSchema, PlanProgressOptionsSchema, OverdueTasksOptionsSchema } from './status-options-schema.js';
export { emptyStatusCounts, mergeStatusCounts, countStatuses, completionRatio, type StatusCounts } from './status-counts.js';
export {
  planProgress,
  type PlanProgress,
  type PlanProgressOptions,
  type ProgressGroup,
  type ProgressGroupBy,
  type TaskWithStatus,
} from './plan-progress.js';
export { overdueTasks, type OverdueTask, type OverdueTasksOptions } from './overdue-tasks.js';
export { AGENCY_DEFINITIONS, type AgencyDefinition } from './agency-definitions.js';
export { AgencyDefinitionSchema, ParseAgenciesOptionsSchema, TasksOfAgencyOptionsSchema } from './agency-schema.js';
export { parseAgencies, type Agency, type AgencyList, type ParseAgenciesOptions } from './agency.js';
export { tasksOfAgency, type AgencyTask, type TasksOfAgencyOptions } from './tasks-of-agency.js';
export {
  planResults,
  parseResultQuantity,
  type PlanResultEntry,
  type PlanResultRow,
  type PlanResults,
  type PlanResultStatus,
  type ResultQuantity,
  type ResultQuantityInput,
} from './plan-results.js';
export { PlanResultEntrySchema, ResultQuantityInputSchema } from './plan-results-schema.js';
export { MAX_DEADLINE_TEXT_LENGTH, MAX_AGENCY_TEXT_LENGTH, MAX_RESULT_QUANTITY_TEXT_LENGTH } from './limits.js';
