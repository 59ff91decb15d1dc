// The phone's status line above an inspection: 离线 / 待同步 N 条 / 已同步, with a button to sync now. It also says
// when the session ran out while offline (sign in again; the queue waits in the phone).
import { CloudSyncOutlined, DisconnectOutlined, CheckCircleOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { SyncState } from '../offline/use-offline';

export function SyncStatusBar({ state }: { state: SyncState }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { online, pending, syncing, last, error, sync } = state;
  const status = !online ? 'offline' : pending > 0 ? 'pending' : 'synced';
  return (
    <div className={`insp-sync insp-sync--${status}`} data-testid="sync-status" data-status={status} data-pending={pending}>
      <span className="insp-sync__text">
        {status === 'offline' && <><DisconnectOutlined /> {t('inspections.sync.offline')}{pending > 0 && ` · ${t('inspections.sync.pending', { count: pending })}`}</>}
        {status === 'pending' && <><ClockCircleOutlined /> {t('inspections.sync.pending', { count: pending })}</>}
        {status === 'synced' && <><CheckCircleOutlined /> {t('inspections.sync.synced')}</>}
        {last?.signedOut && (
          <Tag color="red" style={{ marginInlineStart: 8 }}>
            <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>{t('inspections.sync.signIn')}</Link>
          </Tag>
        )}
        {error && <Tag color="red" style={{ marginInlineStart: 8 }}>{error.message}</Tag>}
      </span>
      <Button size="middle" icon={<CloudSyncOutlined />} loading={syncing} disabled={!online || pending === 0} onClick={() => void sync()} data-testid="sync-button">
        {t('inspections.sync.now')}
      </Button>
    </div>
  );
}
