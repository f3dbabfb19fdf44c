// Public API of the plan module (kế hoạch, nhiệm vụ), by name.
export { DeadlineSchema, DeadlineMilestoneSchema, type Deadline, type DeadlineMilestone } from './deadline.js';
export { parseDeadline, type ParseDeadlineOptions } from './parse-deadline.js';
export { TaskSchema, ProgressRecordSchema, type Task, type ProgressRecord } from './task.js';
export { PlanSchema, SectionSchema, ObjectiveSchema, type Plan, type Section, type Objective } from './plan.js';
export { parsePlan, type PlanInput, type SectionInput, type TaskInput } from './parse-plan.js';
export { planTasks, type PlanTask } from './plan-tasks.js';
export { withProgress, ProgressByTaskSchema } from './with-progress.js';
export {
  taskStatus,
  TaskStatusOptionsSchema,
  TASK_STATUSES,
  DEFAULT_DUE_SOON_DAYS,
  type TaskStatus,
  type TaskStatusOptions,
  type TaskStatusResult,
  type MilestoneStatus,
  type PartialProgress,
} from './task-status.js';
export { emptyStatusCounts, mergeStatusCounts, countStatuses, completionRatio, type StatusCounts } from './status-counts.js';
export {
  planProgress,
  PlanProgressOptionsSchema,
  type PlanProgress,
  type PlanProgressOptions,
  type ProgressGroup,
  type ProgressGroupBy,
  type TaskWithStatus,
} from './plan-progress.js';
export { overdueTasks, OverdueTasksOptionsSchema, type OverdueTask, type OverdueTasksOptions } from './overdue-tasks.js';
export { AGENCY_DEFINITIONS, AgencyDefinitionSchema, type AgencyDefinition } from './agency-definitions.js';
export { parseAgencies, type Agency, type AgencyList, type ParseAgenciesOptions } from './agency.js';
export { tasksOfAgency, TasksOfAgencyOptionsSchema, type AgencyTask, type TasksOfAgencyOptions } from './tasks-of-agency.js';
export {
  planResults,
  parseResultQuantity,
  PlanResultEntrySchema,
  type PlanResultEntry,
  type PlanResultRow,
  type PlanResults,
  type PlanResultStatus,
  type ResultQuantity,
  type ResultQuantityInput,
} from './plan-results.js';
export { MAX_DEADLINE_TEXT_LENGTH, MAX_AGENCY_TEXT_LENGTH, MAX_RESULT_QUANTITY_TEXT_LENGTH } from './limits.js';
