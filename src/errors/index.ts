export { LawGaugeError, invalidArgument } from './law-gauge-error.js';
export { formatPath } from './issue.js';
export type { DefinitionIssue, IssueParams, IssuePath } from './issue.js';
