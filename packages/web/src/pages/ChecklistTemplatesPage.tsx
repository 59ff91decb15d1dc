// 检查表: the checklist per enterprise type, item by item with its legal basis and severity hint; items that are one
// of the 20 重大隐患 criteria (安监总管三〔2017〕121号) name it, with the criteria's "未核实" tag while the reference text
// has not been checked against the original. Admins edit (a new version each time) or add a checklist.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, List, Row, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { enterpriseTypes, type ChecklistItem } from '@hazgov/domain/inspections/types';
import type { MajorCriterion } from '@hazgov/domain/hidden-dangers/types';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { inspectionUrls, inspectionsApi } from '../modules/inspections/api/inspections.api';
import { InspectionsNav } from '../modules/inspections/components/InspectionsNav';
import { TemplateEditor } from '../modules/inspections/components/TemplateEditor';
import '../modules/inspections/inspections.css';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { api } from '../modules/shared/api/client';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDate } from '../modules/shared/utils/format';

export function ChecklistTemplatesPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const success = useSuccess();
  const [params, setParams] = useSearchParams();
  const type = params.get('type') ?? undefined;
  const list = useAsync((signal) => inspectionsApi.templates(type, signal), [type]);
  const [selected, setSelected] = useState<string | null>(params.get('id'));
  const template = useAsync((signal) => inspectionsApi.template(selected ?? '', signal), [selected], !!selected);
  const settings = useAsync((signal) => api.get<{ majorCriteria: MajorCriterion[] }>('/api/inspections/settings', undefined, signal), []);
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);
  const admin = can.admin(me.role);
  const criteria = settings.data?.majorCriteria ?? [];
  useCrumbs([{ title: t('inspections.title'), path: inspectionUrls.list }, { title: t('inspections.nav.templates') }]);

  const current = (list.data?.items ?? []).filter((x) => x.status !== 'retired');
  useEffect(() => {
    if (!selected && current.length > 0) setSelected(current[0]!.id);
  }, [current, selected]);

  const criterion = (key: string | null) => criteria.find((c) => c.key === key);

  return (
    <>
      <PageHeader title={t('inspections.templates.title')} subtitle={t('inspections.templates.subtitle')}
        extra={admin && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="template-create">{t('inspections.templates.create')}</Button>} />
      <InspectionsNav active="templates" />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Card className="content-card" size="small">
            <Select allowClear style={{ width: '100%', marginBottom: 8 }} placeholder={t('inspections.templates.type')} value={type}
              onChange={(v: string | undefined) => { setSelected(null); setParams(v ? { type: v } : {}); }}
              options={enterpriseTypes.map((k) => ({ value: k, label: t(`inspections.enterpriseType.${k}`) }))} />
            <List size="small" loading={list.loading} dataSource={current} data-testid="templates-list"
              renderItem={(x) => (
                <List.Item onClick={() => setSelected(x.id)} style={{ cursor: 'pointer', background: x.id === selected ? '#e6efff' : undefined, paddingInline: 8 }} data-testid="template-row">
                  <div>
                    <div>{i18n.language === 'en' && x.nameEn ? x.nameEn : x.name}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(`inspections.enterpriseType.${x.enterpriseType}`)} · v{x.version} · {t('inspections.templates.items', { count: x.itemCount })}
                    </Typography.Text>
                  </div>
                </List.Item>
              )} />
          </Card>
        </Col>
        <Col xs={24} md={16}>
          {!selected && <Card className="content-card"><Empty /></Card>}
          {template.error && <ErrorAlert error={template.error} onRetry={template.reload} />}
          {template.data && (
            <Card className="content-card" data-testid="template-view"
              title={<Space wrap>{template.data.name}<Tag>v{template.data.version}</Tag><Tag>{t(`inspections.templates.source.${template.data.source === 'starter' ? 'starter' : 'admin'}`)}</Tag></Space>}
              extra={admin && <Button icon={<EditOutlined />} onClick={() => setEditing('edit')} data-testid="template-edit">{t('inspections.templates.edit')}</Button>}>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('inspections.templates.updated', { date: formatDate(template.data.updatedAt) })} {t('inspections.templates.versionRule')}
              </Typography.Paragraph>
              {criteria.some((c) => !c.verified) && (
                <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('inspections.templates.unverifiedNote')} />
              )}
              <Table<ChecklistItem> size="small" rowKey="id" dataSource={[...template.data.items].sort((a, b) => a.sort - b.sort)} pagination={false} scroll={{ x: 720 }}
                columns={[
                  { title: '#', width: 44, render: (_, __, i) => i + 1 },
                  { title: t('inspections.templates.area'), dataIndex: 'area', width: 120 },
                  { title: t('inspections.templates.content'), dataIndex: 'content' },
                  { title: t('inspections.templates.basis'), dataIndex: 'legalBasis', width: 200 },
                  {
                    title: t('inspections.templates.severity'), width: 170, render: (_, it) => {
                      const c = criterion(it.majorCriterion);
                      return (
                        <Space size={2} wrap>
                          <Tag color={it.severityHint === 'major' ? 'red' : 'default'}>{t(`inspections.severity.${it.severityHint}`)}</Tag>
                          {it.majorCriterion && (
                            <Tooltip title={c ? `${c.text} (${c.basis})` : it.majorCriterion}>
                              <Tag color="volcano">{it.majorCriterion}</Tag>
                            </Tooltip>
                          )}
                          {c && !c.verified && <Tag data-testid="criterion-unverified">{t('inspections.templates.unverified')}</Tag>}
                        </Space>
                      );
                    },
                  },
                ]} />
            </Card>
          )}
        </Col>
      </Row>
      {editing && (
        <TemplateEditor template={editing === 'edit' ? template.data ?? null : null} criteria={criteria} onClose={() => setEditing(null)}
          onSaved={(saved) => { setEditing(null); success(t('inspections.templates.saved', { version: saved.version })); list.reload(); setSelected(saved.id); template.reload(); }} />
      )}
    </>
  );
}
