// The import's progress: the four phases (读取 / 校验 / 写入 / 辨识) and a bar of done / total in the current one.
import { Progress, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/utils/format';
import { importPhases, type ImportJob } from '../api/enterprises.types';

export function ImportProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const current = Math.max(0, importPhases.indexOf(job.phase));
  const percent = job.status === 'done' ? 100 : job.total > 0 ? Math.min(100, Math.floor((job.done / job.total) * 100)) : 0;
  const failed = job.status === 'failed';
  return (
    <div className="ent-import-progress" data-testid="import-progress" data-status={job.status} data-phase={job.phase}>
      <Steps size="small" current={job.status === 'done' ? importPhases.length - 1 : current} status={failed ? 'error' : job.status === 'done' ? 'finish' : 'process'}
        responsive items={importPhases.map((p) => ({ title: t(`enterprises.import.phase.${p}`) }))} />
      <Progress percent={percent} status={failed ? 'exception' : job.status === 'done' ? 'success' : 'active'} data-testid="import-progress-bar" />
      <div className="sub-text" data-testid="import-progress-text">
        {t('enterprises.import.progressText', { phase: t(`enterprises.import.phase.${job.phase}`), done: formatNumber(job.done), total: formatNumber(job.total) })}
      </div>
    </div>
  );
}
