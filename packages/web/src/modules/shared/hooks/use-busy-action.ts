// A button's save/send: busy while the call runs (for its spinner), a failure shown to the user by the error reporter.
import { useCallback, useState } from 'react';
import { useErrorReporter } from './use-error-reporter';

export function useBusyAction(): { busy: boolean; run: (action: () => Promise<void>) => Promise<void> } {
  const report = useErrorReporter();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  }, [report]);
  return { busy, run };
}
