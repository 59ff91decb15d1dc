// 挂牌督办 of a major finding: listed automatically when found (number 从安督〔YYYY〕N号), lifted when closed; the district
// office and departments may list or lift it by hand.
import { Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/hooks/auth-context';
import { useBusyAction } from '../../shared/hooks/use-busy-action';
import { useSuccess } from '../../shared/hooks/use-error-reporter';
import { hiddenDangersApi } from '../api/hidden-dangers.api';
import type { Finding } from '../api/hidden-dangers.types';
import { canSupervise } from '../utils/loop';
import { SupervisionTag } from './FindingTags';

export function SupervisionCard({ finding: f, onChanged }: { finding: Finding; onChanged: (f: Finding) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const success = useSuccess();
  const { busy, run } = useBusyAction();
  const [no, setNo] = useState('');
  const listed = f.supervision?.status === 'listed';
  const set = (next: boolean) => run(async () => {
    const saved = await hiddenDangersApi.supervise(f.id, next, next ? no.trim() || undefined : undefined);
    success(t(next ? 'hiddenDangers.supervision.done' : 'hiddenDangers.supervision.lifted'));
    onChanged(saved);
  });
  return (
    <div data-testid="hd-supervision" data-listed={listed ? '1' : '0'}>
      {listed ? <SupervisionTag supervision={f.supervision} />
        : <Typography.Text type="secondary">{f.supervision?.status === 'delisted' ? t('hiddenDangers.supervision.delisted') : t('hiddenDangers.supervision.none')}</Typography.Text>}
      {(f.canSupervise ?? canSupervise(me.role, f.severity)) && f.status !== 'closed' && (
        <Space wrap style={{ marginTop: 8, display: 'flex' }}>
          {!listed && <Input placeholder={t('hiddenDangers.supervision.noPlaceholder')} value={no} onChange={(e) => setNo(e.target.value)} style={{ width: 200 }} />}
          <Button loading={busy} danger={listed} onClick={() => { void set(!listed); }} data-testid="hd-supervision-toggle">
            {listed ? t('hiddenDangers.supervision.lift') : t('hiddenDangers.supervision.list')}
          </Button>
        </Space>
      )}
    </div>
  );
}
