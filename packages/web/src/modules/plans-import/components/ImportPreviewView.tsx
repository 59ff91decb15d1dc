// What an uploaded plan table would become: its items, the problems found (行号/字段/问题 in the user's language)
// and the unit names the platform does not know, each to be mapped to an organisation before confirming.
import { WarningOutlined } from '@ant-design/icons';
import { Alert, Card, Select, Table, Tag, Tooltip } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { Org } from '../../orgs/api/orgs.api';
import type { ImportPreview } from '../../plans/api/plans.types';
import { EmptyState } from '../../shared/components/EmptyState';
import { orgName } from '../../shared/utils/names';

type Item = ImportPreview['items'][number];

export function ImportPreviewView({ preview, orgs, mappings, onMap }: {
  preview: ImportPreview; orgs: Org[]; mappings: Record<string, string>; onMap: (raw: string, orgId: string | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  const units = orgs.filter((o) => o.kind !== 'grid' && o.kind !== 'enterprise' && o.kind !== 'agency');
  const unknown = new Set(preview.unknownUnits);
  return (
    <>
      <Alert
        className="page-alert"
        showIcon
        type={preview.problems.length || preview.unknownUnits.length ? 'warning' : 'success'}
        data-testid="import-summary"
        title={t('import.summary', { items: preview.items.length, problems: preview.problems.length, unknown: preview.unknownUnits.length })}
      />
      {preview.problems.length > 0 && (
        <Card title={<span><WarningOutlined style={{ color: '#fa8c16' }} /> {t('import.problems')}</span>} className="content-card">
          <Table
            data-testid="import-problems"
            size="small"
            rowKey={(p) => `${p.row}-${p.field ?? ''}-${p.code}`}
            dataSource={preview.problems}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            onRow={() => ({ 'data-testid': 'import-problem-row' } as HTMLAttributes<HTMLElement>)}
            columns={[
              { key: 'row', title: t('import.row'), dataIndex: 'row', width: 80, align: 'center' },
              { key: 'field', title: t('import.field'), width: 160, render: (_: unknown, p) => (p.field ? t(`import.fields.${p.field}`, { defaultValue: p.field }) : '—') },
              { key: 'message', title: t('import.problem'), dataIndex: 'message' },
            ]}
          />
        </Card>
      )}
      {preview.unknownUnits.length > 0 && (
        <Card title={t('import.unknownUnits')} className="content-card">
          <Table
            data-testid="import-unknown-units"
            size="small"
            rowKey={(raw) => raw}
            dataSource={preview.unknownUnits}
            pagination={false}
            columns={[
              { key: 'raw', title: t('import.rawName'), render: (_: unknown, raw: string) => <Tag color="warning">{raw}</Tag> },
              {
                key: 'map', title: t('import.mapTo'),
                render: (_: unknown, raw: string) => (
                  <Select
                    data-testid="import-map-select"
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    style={{ width: '100%', maxWidth: 360 }}
                    placeholder={t('import.mapPlaceholder')}
                    value={mappings[raw]}
                    onChange={(v?: string) => onMap(raw, v)}
                    options={units.map((o) => ({ value: o.id, label: orgName(o, i18n.language) }))}
                  />
                ),
              },
            ]}
          />
        </Card>
      )}
      <Card title={t('import.items', { count: preview.items.length })} className="content-card">
        <Table<Item>
          data-testid="import-items"
          size="small"
          rowKey={(r) => `${r.row}-${r.taskNo}-${r.itemNo}`}
          dataSource={preview.items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 1100 }}
          locale={{ emptyText: <EmptyState /> }}
          columns={[
            { key: 'row', title: t('import.row'), dataIndex: 'row', width: 64, align: 'center' },
            { key: 'group', title: t('board.group'), dataIndex: 'groupTitle', width: 180 },
            { key: 'no', title: t('board.no'), width: 64, render: (_: unknown, r) => (r.itemNo > 1 ? `${r.taskNo}.${r.itemNo}` : r.taskNo) },
            { key: 'title', title: t('board.task'), dataIndex: 'title', width: 220 },
            {
              key: 'units', title: t('import.units'),
              render: (_: unknown, r) => (r.units && r.units.length > 0
                ? r.units.map((u) => {
                  const bad = !u.unitId && (unknown.has(u.rawName) || !u.group);
                  const mapped = mappings[u.rawName];
                  return (
                    <Tooltip key={`${u.role}-${u.rawName}-${u.unitId ?? ''}`} title={u.rawName !== u.unitName ? u.rawName : undefined}>
                      <Tag color={bad && !mapped ? 'warning' : u.role === 'lead' ? 'geekblue' : 'default'}>
                        {u.role === 'lead' ? `${t('role.leadShort')}·` : ''}{u.unitName ?? u.rawName}
                      </Tag>
                    </Tooltip>
                  );
                })
                : <span className="sub-text">{[r.leadText, r.responsibleText].filter(Boolean).join(' / ')}</span>),
            },
            {
              key: 'deadline', title: t('task.deadline'), width: 220,
              render: (_: unknown, r) => <>{r.deadlineText} <Tag bordered={false} color={r.deadlineKind === 'unknown' || r.deadlineKind === 'unparsed' ? 'red' : 'blue'}>{t(`deadlineKind.${r.deadlineKind}`, { defaultValue: r.deadlineKind })}</Tag></>,
            },
          ]}
        />
      </Card>
    </>
  );
}
