// 风险点 tab of an enterprise's page: its points (worst first), adding one (its own users, the district office),
// and printing its 风险公告栏.
import { FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../auth/hooks/auth-context';
import type { EnterpriseDetail } from '../../enterprises/api/enterprises.types';
import { useTerritories } from '../../enterprises/hooks/use-territories';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { useAsync } from '../../shared/hooks/use-async';
import { useSuccess } from '../../shared/hooks/use-error-reporter';
import { riskApi, riskUrls } from '../api/risk.api';
import '../risk.css';
import { createRightsOf } from '../utils/permissions';
import { RiskPointDrawer } from './RiskPointDrawer';
import { RiskTable } from './RiskTable';

export function EnterpriseRiskTab({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const success = useSuccess();
  const territories = useTerritories();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useAsync((signal) => riskApi.list({ enterpriseId: enterprise.id, ...page }, signal), [enterprise.id, page.page, page.pageSize]);
  const [creating, setCreating] = useState(false);
  const rights = createRightsOf(me.role);
  const mayAdd = rights.enterprisePoints;

  return (
    <div data-testid="enterprise-risk-tab">
      <Space wrap style={{ marginBottom: 12 }}>
        {mayAdd && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="risk-create">{t('risk.list.create')}</Button>}
        <Button icon={<FilePdfOutlined />} href={riskUrls.noticeBoard(enterprise.id)} target="_blank" data-testid="risk-notice-board">{t('risk.posts.noticeBoard')}</Button>
      </Space>
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <RiskTable data={list.data} loading={list.loading} hideOwner onPage={(p, size) => setPage({ page: size !== page.pageSize ? 1 : p, pageSize: size })} />
      {creating && (
        <RiskPointDrawer open={creating} onClose={() => setCreating(false)} territories={territories}
          rights={{ enterprisePoints: true, publicPlaces: false }} fixedEnterprise={enterprise}
          onSaved={(p) => { setCreating(false); success(t('risk.form.created')); void navigate(riskUrls.point(p.id)); }} />
      )}
    </div>
  );
}
