// The optional online base map. Off by default: the platform's map needs no network. Turning it on needs a tile
// server the browsers can reach and, for 天地图, a key in the URL template.
import type { CoordSystem } from '@hazgov/domain/map/types';
import { Alert, App as AntApp, Button, Form, Input, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { useAsync } from '../../shared/hooks/use-async';
import { mapApi } from '../api/map.api';
import type { TileSettings } from '../api/map.types';

export function TileSettingsForm() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<TileSettings>();
  const settings = useAsync((signal) => mapApi.settings(signal), []);
  const [saving, setSaving] = useState(false);
  const enabled = Form.useWatch('enabled', form);

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data.tiles);
  }, [settings.data, form]);

  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const tiles: TileSettings = { enabled: !!v.enabled, urlTemplate: (v.urlTemplate ?? '').trim(), attribution: (v.attribution ?? '').trim(), subdomains: (v.subdomains ?? '').trim(), coordSystem: v.coordSystem ?? 'wgs84' };
      settings.setData(await mapApi.saveSettings({ tiles }));
      void message.success(t('common.saved'));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16, maxWidth: 760 }} title={t('map.tiles.explainTitle')} description={t('map.tiles.explain')} />
      {settings.error && <ErrorAlert error={settings.error} onRetry={settings.reload} />}
      <Form form={form} layout="vertical" style={{ maxWidth: 760 }} data-testid="tiles-form" disabled={settings.loading}
        initialValues={{ enabled: false, urlTemplate: '', attribution: '', subdomains: '', coordSystem: 'wgs84' }}>
        <Form.Item name="enabled" label={t('map.tiles.enabled')} valuePropName="checked">
          <Switch data-testid="tiles-enabled" />
        </Form.Item>
        <Form.Item name="urlTemplate" label={t('map.tiles.urlTemplate')} extra={t('map.tiles.urlHelp')}
          rules={[{ validator: async (_r, v: string) => {
            if (!enabled) return;
            if (!v || !/^https?:\/\/\S+$/i.test(v.trim()) || !/\{z\}/.test(v) || !/\{x\}/.test(v) || !/\{y\}/.test(v)) throw new Error(t('map.tiles.urlInvalid'));
          } }]}>
          <Input placeholder="https://t{s}.tianditu.gov.cn/vec_w/wmts?…&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=…" data-testid="tiles-url" />
        </Form.Item>
        <Form.Item name="subdomains" label={t('map.tiles.subdomains')}>
          <Input placeholder="01234567" data-testid="tiles-subdomains" />
        </Form.Item>
        <Form.Item name="attribution" label={t('map.tiles.attribution')}>
          <Input placeholder={t('map.tiles.attributionPlaceholder')} data-testid="tiles-attribution" />
        </Form.Item>
        <Form.Item name="coordSystem" label={t('map.tiles.coordSystem')} extra={t('map.tiles.coordHelp')}>
          <Select<CoordSystem> style={{ width: 300 }} data-testid="tiles-crs" options={[{ value: 'wgs84', label: t('map.tiles.crsWgs84') }, { value: 'gcj02', label: t('map.tiles.crsGcj02') }]} />
        </Form.Item>
        <Button type="primary" loading={saving} onClick={() => { void save(); }} data-testid="tiles-save">{t('common.save')}</Button>
      </Form>
    </>
  );
}
