// The stateless calculator behind POST /api/risk/assess: scores an assessment with the bands in force, saves nothing.
import type { Assessment, AssessmentResult } from '@hazgov/domain/risk/assessment';
import type { AppContext } from '../shared/context.js';
import { problemsError, scoreAssessment } from './risk-point-check.js';

export async function assessRisk(ctx: AppContext, assessment: Assessment): Promise<AssessmentResult> {
  const { result, problems } = await scoreAssessment(ctx.database.db, assessment);
  if (!result) throw problemsError(problems);
  return result;
}
