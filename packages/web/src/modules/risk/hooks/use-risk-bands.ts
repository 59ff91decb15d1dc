// The score bands in force (GET /api/risk/settings), for the form's live result; the defaults until they arrive
// or when the settings cannot be read. The server recomputes with its own on save either way.
import { defaultBands } from '@hazgov/domain/risk/assessment';
import { riskApi } from '../api/risk.api';
import type { RiskBands } from '../api/risk.types';
import { useAsync } from '../../shared/hooks/use-async';

export function useRiskBands(): RiskBands {
  const settings = useAsync(() => riskApi.settings(), []);
  return settings.data?.bands ?? defaultBands;
}
