// What a save could not put under a form field: the server's message, with its remaining details listed.
import { Alert } from 'antd';
import type { ApiErrorDetail } from '../api/client';
import { ErrorDetails } from './ErrorDetails';

export type FormProblemValue = { message: string; details: ApiErrorDetail[] };

export function FormProblem({ problem, testId }: { problem: FormProblemValue | null; testId: string }) {
  if (!problem) return null;
  return (
    <Alert type="error" showIcon className="page-alert" data-testid={testId} title={problem.message}
      description={problem.details.length > 0 ? <ErrorDetails details={problem.details} /> : undefined} />
  );
}
