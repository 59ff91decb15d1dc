// Upload a new catalog edition (.xlsx from the template) with its name and source. The server refuses the whole
// file when any row is wrong; the problems come back with row and field and are listed here.
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Progress, Table, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiErrorDetail } from '../../shared/api/client';
import { chemicalsApi } from '../api/chemicals.api';
import type { CatalogEdition } from '../api/chemicals.types';

const MAX_BYTES = 5 * 1024 * 1024; // the server's upload limit

export function EditionUpload({ onDone }: { onDone: (e: CatalogEdition) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; source: string }>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<{ message: string; details: ApiErrorDetail[] } | null>(null);

  const upload = async () => {
    const v = await form.validateFields();
    if (!file) { setFileError(t('chemicals.editions.fileRequired')); return; }
    setFailure(null);
    setProgress(0);
    try {
      const edition = await chemicalsApi.uploadEdition(file, { name: v.name.trim(), source: v.source.trim() }, setProgress);
      form.resetFields();
      setFile(null);
      onDone(edition);
    } catch (e) {
      setFailure({ message: e instanceof Error ? e.message : String(e), details: e instanceof ApiError ? e.details : [] });
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      <Form form={form} layout="vertical" data-testid="edition-form" style={{ maxWidth: 640 }}>
        <Form.Item name="name" label={t('chemicals.editions.name')} rules={[{ required: true, whitespace: true }]}>
          <Input placeholder={t('chemicals.editions.namePlaceholder')} data-testid="edition-name" maxLength={120} />
        </Form.Item>
        <Form.Item name="source" label={t('chemicals.editions.source')} rules={[{ required: true, whitespace: true }]}>
          <Input placeholder={t('chemicals.editions.sourcePlaceholder')} data-testid="edition-source" maxLength={300} />
        </Form.Item>
        <Form.Item label={t('chemicals.editions.file')} required validateStatus={fileError ? 'error' : undefined} help={fileError ?? t('chemicals.editions.fileHelp')}>
          <Upload accept=".xlsx" maxCount={1} fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
            beforeUpload={(f) => {
              setFileError(null);
              if (!/\.xlsx$/i.test(f.name)) { setFileError(t('chemicals.editions.wrongType')); return Upload.LIST_IGNORE; }
              if (f.size > MAX_BYTES) { setFileError(t('chemicals.editions.tooLarge')); return Upload.LIST_IGNORE; }
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}>
            <Button icon={<UploadOutlined />} data-testid="edition-file">{t('chemicals.editions.pickFile')}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" onClick={() => { void upload(); }} loading={progress !== null} data-testid="edition-upload">{t('chemicals.editions.upload')}</Button>
        {progress !== null && <Progress percent={progress} size="small" style={{ marginTop: 8 }} />}
      </Form>
      {failure && (
        <Alert type="error" showIcon style={{ marginTop: 16 }} data-testid="edition-problems" title={failure.message}
          description={failure.details.length > 0 && (
            <Table<ApiErrorDetail & { key: number }>
              size="small" pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }} scroll={{ x: 560 }}
              dataSource={failure.details.map((d, i) => ({ ...d, key: i }))}
              columns={[
                { key: 'row', title: t('chemicals.editions.row'), dataIndex: 'row', width: 70, render: (r?: number) => r ?? '—' },
                { key: 'field', title: t('chemicals.editions.field'), dataIndex: 'field', width: 120, render: (f?: string) => f ?? '—' },
                { key: 'message', title: t('chemicals.editions.problem'), dataIndex: 'message' },
              ]}
            />
          )} />
      )}
    </>
  );
}
