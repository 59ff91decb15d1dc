// 生产储存单元与物料: each unit with its GB 18218 result and its inventory; add, edit or delete units.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/components/EmptyState';
import { useErrorReporter, useSuccess } from '../../shared/hooks/use-error-reporter';
import { formatNumber } from '../../shared/utils/format';
import { enterprisesApi } from '../api/enterprises.api';
import type { EnterpriseDetail, Unit } from '../api/enterprises.types';
import { IdentificationSummary } from './IdentificationSummary';
import { InventoryEditor } from './InventoryEditor';
import { UnitFormModal } from './UnitFormModal';

export function UnitsTab({ enterprise: d, editable, onChanged, onUnit }: {
  enterprise: EnterpriseDetail; editable: boolean; onChanged: () => void; onUnit: (u: Unit) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const report = useErrorReporter();
  const success = useSuccess();

  const remove = async (u: Unit) => {
    try {
      await enterprisesApi.deleteUnit(u.id);
      success(t('enterprises.units.deleted'));
      onChanged();
    } catch (e) {
      report(e);
    }
  };

  return (
    <div data-testid="units-tab">
      {editable && (
        <div className="ent-tab-toolbar">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="unit-add">{t('enterprises.units.add')}</Button>
        </div>
      )}
      {d.units.length === 0 && <EmptyState description={t('enterprises.units.none')} />}
      {d.units.map((u) => (
        <Card
          key={u.id}
          size="small"
          className="ent-unit-card"
          data-testid="unit-panel"
          data-unit-id={u.id}
          data-unit-name={u.name}
          title={
            <Space size={6} wrap>
              <span className="ent-unit-card__name">{u.name}</span>
              <Tag>{t(`enterprises.unitKind.${u.kind}`)}</Tag>
              {u.facility && <Tag bordered={false}>{t(`enterprises.facility.${u.facility}`)}</Tag>}
              <span className="sub-text" data-testid="unit-population-text">
                {u.population500m === null ? t('enterprises.units.populationUnknown') : t('enterprises.units.populationValue', { count: u.population500m, people: formatNumber(u.population500m) })}
              </span>
            </Space>
          }
          extra={editable && (
            <Space size={0}>
              <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(u)} data-testid="unit-edit">{t('enterprises.units.editShort')}</Button>
              <Popconfirm title={t('enterprises.units.confirmDelete')} onConfirm={() => remove(u)} okText={t('enterprises.common.delete')} cancelText={t('common.cancel')}>
                <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('enterprises.common.delete')} />
              </Popconfirm>
            </Space>
          )}
        >
          <IdentificationSummary unit={u} />
          <InventoryEditor unit={u} editable={editable} onSaved={onUnit} />
        </Card>
      ))}
      <UnitFormModal enterprise={d} unit={editing === 'new' ? null : editing} open={editing !== null} onClose={() => setEditing(null)}
        onSaved={(u) => { setEditing(null); success(t('common.saved')); if (editing === 'new') onChanged(); else onUnit(u); }} />
    </div>
  );
}
