// 风险公告: the district's area risk levels and the count of each colour — no enterprise is named here.
import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RiskNotices } from '../api/public.api';

const colour: Record<string, string> = { red: '#f5222d', orange: '#fa8c16', yellow: '#fadb14', blue: '#1677ff' };

export function PublicRiskView({ data }: { data: RiskNotices }) {
  const { t } = useTranslation();
  return (
    <div data-testid="public-risk">
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {(['red', 'orange', 'yellow', 'blue'] as const).map((l) => (
          <Col key={l} xs={12} md={6}>
            <Card size="small" style={{ borderTop: `3px solid ${colour[l]}` }}>
              <Statistic title={t(`public.level.${l}`)} value={data.counts?.[l] ?? 0} data-testid={`public-risk-${l}`} />
            </Card>
          </Col>
        ))}
      </Row>
      <Table rowKey="name" size="small" dataSource={data.areas ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('public.empty.risk') }}
        columns={[
          { key: 'name', title: t('public.risk.area'), dataIndex: 'name' },
          { key: 'level', title: t('public.risk.level'), width: 140, render: (_: unknown, a) => (a.level ? <Tag color={colour[a.level]}>{t(`public.level.${a.level}`, { defaultValue: a.level })}</Tag> : '—') },
          { key: 'sup', title: t('public.risk.supervision'), width: 200, render: (_: unknown, a) => (a.supervisionMonths ? t('public.risk.everyMonths', { count: a.supervisionMonths }) : '—') },
        ]} />
    </div>
  );
}
