// Import area polygons or a layer (sensitive targets, pipelines, chemical parks): pick the file and its
// coordinate system, check it (a dry run that saves nothing), look at the preview and the problems by row, then
// import all of it or nothing.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { CoordSystem, FeatureLayer } from '@hazgov/domain/map/types';
import { Alert, App as AntApp, Button, Form, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/client';
import { formatNumber } from '../../shared/utils/format';
import { mapApi, mapUrls } from '../api/map.api';
import type { ImportDone, ImportError, ImportFeatureRow, ImportPreview } from '../api/map.types';
import { PreviewMap } from './PreviewMap';

const MAX_BYTES = 20 * 1024 * 1024;
export type ImportTarget = 'areas' | FeatureLayer;

function isPreview(x: ImportPreview | ImportDone): x is ImportPreview {
  return Array.isArray((x as ImportPreview).features);
}

export function ImportPanel({ target, onImported }: { target: ImportTarget; onImported: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [crs, setCrs] = useState<CoordSystem>('wgs84');
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [failure, setFailure] = useState<{ message: string; errors: ImportError[] } | null>(null);
  const xlsx = target === 'sensitive_target';

  const call = (dryRun: boolean) => (target === 'areas' ? mapApi.importAreas(file!, crs, dryRun) : mapApi.importLayer(target, file!, crs, dryRun));
  const reset = () => { setPreview(null); setFailure(null); };

  const check = async () => {
    if (!file) return;
    reset();
    setBusy('check');
    try {
      const answer = await call(true);
      if (isPreview(answer)) setPreview(answer);
    } catch (e) {
      setFailure(toFailure(e));
    } finally {
      setBusy(null);
    }
  };

  const confirm = async () => {
    if (!file) return;
    setBusy('import');
    try {
      const answer = await call(false);
      const n = isPreview(answer) ? answer.features.length : answer.imported;
      void message.success(t('map.import.done', { count: n }));
      reset();
      setFile(null);
      onImported();
    } catch (e) {
      setFailure(toFailure(e));
    } finally {
      setBusy(null);
    }
  };

  const errors = preview?.errors ?? failure?.errors ?? [];
  const badRows = useMemo(() => new Set(errors.map((e) => e.row)), [errors]);
  const canImport = !!preview && preview.errors.length === 0 && preview.features.length > 0 && preview.features.every((f) => f.ok);

  return (
    <div data-testid={`import-${target}`}>
      <Form layout="inline" style={{ rowGap: 8 }}>
        <Form.Item label={t('map.import.file')}>
          <Upload accept={xlsx ? '.geojson,.json,.xlsx' : '.geojson,.json'} maxCount={1}
            fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
            beforeUpload={(f) => {
              reset();
              const ok = (xlsx ? /\.(geo)?json$|\.xlsx$/i : /\.(geo)?json$/i).test(f.name);
              if (!ok) { void message.error(t(xlsx ? 'map.import.wrongTypeXlsx' : 'map.import.wrongType')); return Upload.LIST_IGNORE; }
              if (f.size > MAX_BYTES) { void message.error(t('map.import.tooLarge')); return Upload.LIST_IGNORE; }
              setFile(f);
              return false;
            }}
            onRemove={() => { setFile(null); reset(); }}>
            <Button icon={<UploadOutlined />} data-testid="import-file">{t('map.import.pick')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item label={t('map.import.crs')}>
          <Select<CoordSystem> value={crs} style={{ width: 220 }} data-testid="import-crs" onChange={(v) => { setCrs(v); reset(); }}
            options={[{ value: 'wgs84', label: t('map.crs.wgs84') }, { value: 'gcj02', label: t('map.crs.gcj02') }]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" disabled={!file} loading={busy === 'check'} onClick={() => { void check(); }} data-testid="import-check">{t('map.import.check')}</Button>
            <Button disabled={!canImport} loading={busy === 'import'} onClick={() => { void confirm(); }} data-testid="import-confirm">{t('map.import.confirm')}</Button>
            {xlsx && <a href={mapUrls.template} download data-testid="import-template"><Button icon={<DownloadOutlined />}>{t('map.import.template')}</Button></a>}
          </Space>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t(`map.import.help.${target}`)}</Typography.Paragraph>

      {(failure || errors.length > 0) && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="import-errors"
          title={failure?.message ?? t('map.import.hasErrors', { count: errors.length })}
          description={errors.length > 0 && (
            <Table<ImportError & { key: number }> size="small" pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
              dataSource={errors.map((e, i) => ({ ...e, key: i }))}
              onRow={(r) => ({ 'data-testid': 'import-error', 'data-row': r.row, 'data-code': r.code }) as HTMLAttributes<HTMLElement>}
              columns={[
                { key: 'row', title: t('map.import.row'), dataIndex: 'row', width: 80, render: (r?: number) => (r ? t('common.rowN', { row: r }) : '—') },
                { key: 'field', title: t('map.import.field'), dataIndex: 'field', width: 160, render: (f?: string) => f || '—' },
                { key: 'message', title: t('map.import.problem'), dataIndex: 'message' },
              ]} />
          )} />
      )}

      {preview && (
        <>
          {canImport && <Alert type="success" showIcon style={{ marginBottom: 12 }} data-testid="import-ready" title={t('map.import.ready', { count: preview.features.length })} />}
          <PreviewMap preview={preview.preview} badRows={badRows} />
          <Table<ImportFeatureRow> size="small" rowKey="index" style={{ marginTop: 12 }} dataSource={preview.features}
            pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }} scroll={{ x: 640 }}
            onRow={(r) => ({ 'data-testid': 'import-feature', 'data-ok': String(r.ok) }) as HTMLAttributes<HTMLElement>}
            columns={[
              { key: 'row', title: t('map.import.row'), width: 70, render: (_: unknown, r) => r.index + 1 },
              { key: 'name', title: t('map.import.name'), dataIndex: 'name' },
              ...(target === 'areas' ? [
                { key: 'org', title: t('map.import.organisation'), render: (_: unknown, r: ImportFeatureRow) => r.organisation?.name ?? <Typography.Text type="danger">{t('map.import.noOrganisation')}</Typography.Text> },
                { key: 'area', title: t('map.import.area'), width: 110, align: 'right' as const, render: (_: unknown, r: ImportFeatureRow) => (r.area_km2 == null ? '—' : `${formatNumber(r.area_km2, 2)} km²`) },
              ] : []),
              { key: 'ok', title: t('map.import.check'), render: (_: unknown, r) => (r.ok ? <Tag color="success">{t('map.import.ok')}</Tag>
                : <>{r.problems.map((p, i) => <div key={i}><Tag color="error">{p.field}</Tag>{p.message}</div>)}</>) },
            ]} />
        </>
      )}
    </div>
  );
}

function toFailure(e: unknown): { message: string; errors: ImportError[] } {
  if (e instanceof ApiError) {
    return { message: e.message, errors: e.details.map((d) => ({ row: d.row ?? 0, field: d.field ?? '', code: d.code, message: d.message })) };
  }
  return { message: e instanceof Error ? e.message : String(e), errors: [] };
}
