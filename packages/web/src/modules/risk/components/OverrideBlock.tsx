// A regulator's override of the computed grade (with a reason, kept with who and when), and taking it back.
// Everyone sees it; only those with canOverride get the buttons.
import { Alert, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBusyAction } from '../../shared/hooks/use-busy-action';
import { useSuccess } from '../../shared/hooks/use-error-reporter';
import { formatDateTime } from '../../shared/utils/format';
import { riskApi } from '../api/risk.api';
import { riskLevels, type RiskLevel, type RiskPoint } from '../api/risk.types';
import { LevelTag } from './LevelTag';

export function OverrideBlock({ point, onChanged }: { point: RiskPoint; onChanged: (p: RiskPoint) => void }) {
  const { t } = useTranslation();
  const success = useSuccess();
  const [mode, setMode] = useState<'set' | 'clear' | null>(null);
  const { busy, run } = useBusyAction();
  const [form] = Form.useForm<{ level?: RiskLevel; reason: string }>();
  const o = point.override;

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await run(async () => {
      const p = mode === 'set' ? await riskApi.override(point.id, v.level as RiskLevel, v.reason.trim()) : await riskApi.clearOverride(point.id, v.reason.trim());
      success(mode === 'set' ? t('risk.override.saved') : t('risk.override.cleared'));
      setMode(null);
      form.resetFields();
      onChanged(p);
    });
  };

  return (
    <div data-testid="risk-override">
      {o ? (
        <Alert type="warning" showIcon data-testid="risk-override-info" data-level={o.level}
          title={<span>{t('risk.override.title')} <LevelTag level={o.level} testId="risk-override-level" /> {t('risk.override.from', { level: t(`risk.level.${point.computedLevel}`) })}</span>}
          description={<>
            <div data-testid="risk-override-reason">{t('risk.override.reason')}: {o.reason}</div>
            <div className="sub-text">{t('risk.override.byAt', { by: o.by, at: formatDateTime(o.at) })}</div>
          </>} />
      ) : (
        <Typography.Text type="secondary">{t('risk.override.none')}</Typography.Text>
      )}
      {point.canOverride && (
        <Space style={{ marginTop: 8 }} wrap>
          <Button onClick={() => setMode('set')} data-testid="risk-override-open">{o ? t('risk.override.change') : t('risk.override.set')}</Button>
          {o && <Button danger onClick={() => setMode('clear')} data-testid="risk-override-clear">{t('risk.override.clear')}</Button>}
        </Space>
      )}
      <Modal open={mode !== null} title={mode === 'set' ? t('risk.override.set') : t('risk.override.clear')} onCancel={() => setMode(null)}
        onOk={() => { void submit(); }} confirmLoading={busy} okButtonProps={{ 'data-testid': 'risk-override-save' } as Record<string, string>} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ level: o?.level, reason: '' }}>
          {mode === 'set' && (
            <Form.Item name="level" label={t('risk.override.level')} rules={[{ required: true, message: t('risk.override.levelRequired') }]}>
              <Select data-testid="risk-override-select" options={riskLevels.map((l) => ({ value: l, label: t(`risk.level.${l}`) }))} />
            </Form.Item>
          )}
          <Form.Item name="reason" label={t('risk.override.reason')}
            rules={[{ required: true, whitespace: true, min: 4, message: t('risk.override.reasonRule') }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="risk-override-reason-input" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
