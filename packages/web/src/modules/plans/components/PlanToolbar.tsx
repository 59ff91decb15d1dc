// Above every plan view: which plan, and the "as of" date (截至日期) the view is computed for.
import { CalendarOutlined } from '@ant-design/icons';
import { Button, DatePicker, Select, Space, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { usePlans } from '../hooks/plan-context';

export function PlanToolbar({ planId, effectiveAsOf, extra, showAsOf = true }: {
  planId: string; effectiveAsOf?: string | undefined; extra?: ReactNode; showAsOf?: boolean;
}) {
  const { t } = useTranslation();
  const { plans, asOf, setAsOf } = usePlans();
  const navigate = useNavigate();
  const location = useLocation();
  const shown = asOf ?? effectiveAsOf;
  const [params, setParams] = useSearchParams();
  const changeAsOf = (v: string | undefined) => {
    setAsOf(v);
    if (params.has('asOf')) {
      const next = new URLSearchParams(params);
      next.delete('asOf');
      setParams(next, { replace: true });
    }
  };

  const switchPlan = (id: string) => {
    const section = location.pathname.split('/')[3] ?? 'dashboard';
    const keep = section === 'tasks' || section === 'units' ? 'board' : section;
    void navigate(`/plans/${encodeURIComponent(id)}/${keep}`);
  };

  if (!showAsOf && plans.length <= 1 && !extra) return null;
  return (
    <div className="plan-toolbar" data-testid="plan-toolbar">
      <Space wrap size={[12, 8]}>
        {plans.length > 1 && (
          <Select
            data-testid="plan-select"
            className="plan-toolbar__plan"
            value={planId}
            onChange={switchPlan}
            popupMatchSelectWidth={false}
            options={plans.map((p) => ({ value: p.id, label: p.code ? `${p.title}（${p.code}）` : p.title }))}
          />
        )}
        {showAsOf && (
          <Space size={4}>
            <span className="plan-toolbar__label"><CalendarOutlined /> {t('plans.asOf')}</span>
            <DatePicker
              data-testid="asof-picker"
              allowClear
              value={shown ? dayjs(shown) : null}
              onChange={(d) => changeAsOf(d ? d.format('YYYY-MM-DD') : undefined)}
              placeholder={t('plans.asOfToday')}
            />
            {asOf && (
              <Tooltip title={t('plans.asOfResetHint')}>
                <Button size="small" type="link" onClick={() => changeAsOf(undefined)} data-testid="asof-reset">{t('plans.asOfReset')}</Button>
              </Tooltip>
            )}
          </Space>
        )}
      </Space>
      {extra && <div className="plan-toolbar__extra">{extra}</div>}
    </div>
  );
}
