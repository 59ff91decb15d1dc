// Saving a form to the API: check the fields, busy while the call runs, and put what the server refuses where the
// user looks — details naming a field under that field (placeErrors), the rest, and a refusal naming no field, in the
// problem alert above the form; a failure that is not the user's (network, 5xx) goes to the error reporter.
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError, type ApiErrorDetail } from '../api/client';
import type { FormProblemValue } from '../components/FormProblem';
import { useErrorReporter } from './use-error-reporter';

export type PlaceErrors = (error: ApiError) => { handled: boolean; rest: ApiErrorDetail[] };

export function useFormSave<V>(form: FormInstance<V>, placeErrors: PlaceErrors): {
  busy: boolean; problem: FormProblemValue | null; clearProblem: () => void;
  /** Runs `work` with the checked values; `intercept` may take an error first (true = handled). */
  save: (work: (values: V) => Promise<void>, intercept?: (e: unknown) => boolean) => Promise<void>;
} {
  const report = useErrorReporter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblemValue | null>(null);
  const save = async (work: (values: V) => Promise<void>, intercept?: (e: unknown) => boolean): Promise<void> => {
    setProblem(null);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      await work(values);
    } catch (e) {
      if (intercept?.(e)) return;
      if (!(e instanceof ApiError) || e.status >= 500) report(e);
      else if (e.details.length === 0) setProblem({ message: e.message, details: [] });
      else {
        const { handled, rest } = placeErrors(e);
        if (!handled || rest.length > 0) setProblem({ message: e.message, details: rest });
      }
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, clearProblem: () => setProblem(null), save };
}
