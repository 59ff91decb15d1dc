// 导入方案: upload a plan table (.xlsx / .docx, the 附件1 form), check the preview, map unknown unit names, confirm.
// Nothing is saved until the import is confirmed.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, Progress, Result, Row, Select, Space, Spin, Steps, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { orgsApi } from '../modules/orgs/api/orgs.api';
import { plansApi } from '../modules/plans/api/plans.api';
import type { ImportPreview } from '../modules/plans/api/plans.types';
import { usePlans } from '../modules/plans/hooks/plan-context';
import { MAX_IMPORT_BYTES, uploadPlan } from '../modules/plans-import/api/import.api';
import { ImportPreviewView } from '../modules/plans-import/components/ImportPreviewView';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter, useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatNumber } from '../modules/shared/utils/format';

type Fields = { title: string; code?: string; parentPlanId?: string };

export function ImportPage() {
  const { t } = useTranslation();
  const { plans, reloadPlans } = usePlans();
  const me = useMe();
  const orgs = useAsync(() => orgsApi.list().then((r) => r.items), []);
  const [form] = Form.useForm<Fields>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mappings, setMappings] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const report = useErrorReporter();
  const success = useSuccess();
  useCrumbs([{ title: t('nav.system') }, { title: t('nav.import') }]);

  const step = done ? 2 : preview ? 1 : 0;
  const unmapped = preview ? preview.unknownUnits.filter((u) => !mappings[u]) : [];
  // An unknown unit is fixed here by mapping it; every other problem needs a corrected file.
  const blocking = preview ? preview.problems.filter((p) => !/unknown_unit/i.test(p.code)) : [];

  const upload = async () => {
    const fields = await form.validateFields();
    if (!file) {
      setFileError(t('import.fileRequired'));
      return;
    }
    setProgress(0);
    try {
      const p = await uploadPlan(file, fields, setProgress);
      setPreview(p);
      setMappings({});
    } catch (e) {
      report(e);
    } finally {
      setProgress(null);
    }
  };

  const confirm = async () => {
    if (!preview) return;
    setConfirming(true);
    try {
      const r = await plansApi.confirmImport(preview.importId, mappings);
      success(t('import.done'));
      setDone(r.planId);
      reloadPlans();
    } catch (e) {
      report(e);
    } finally {
      setConfirming(false);
    }
  };

  const restart = () => { setPreview(null); setDone(null); setFile(null); setMappings({}); form.resetFields(); };

  return (
    <>
      <PageHeader title={t('import.title')} subtitle={t('import.subtitle')} />
      <Card className="content-card">
        <Steps current={step} items={[{ title: t('import.step1') }, { title: t('import.step2') }, { title: t('import.step3') }]} className="import-steps" />
      </Card>
      {step === 0 && (
        <Card className="content-card">
          <Row gutter={24}>
            <Col xs={24} lg={12}>
              <Form form={form} layout="vertical" data-testid="import-form">
                <Form.Item name="title" label={t('import.planTitle')} rules={[{ required: true, whitespace: true }]}>
                  <Input maxLength={300} data-testid="import-title" placeholder={t('import.planTitlePlaceholder')} />
                </Form.Item>
                <Form.Item name="code" label={t('import.planCode')}><Input maxLength={100} placeholder="温府办〔2017〕12号" data-testid="import-code" /></Form.Item>
                <Form.Item name="parentPlanId" label={t('import.parentPlan')} extra={t('import.parentPlanHint')}
                  rules={[{ required: me.role === 'territory', message: t('import.parentRequired') }]}>
                  <Select allowClear options={plans.map((p) => ({ value: p.id, label: p.title }))} data-testid="import-parent" />
                </Form.Item>
              </Form>
            </Col>
            <Col xs={24} lg={12}>
              <Upload.Dragger
                accept=".xlsx,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                multiple={false}
                maxCount={1}
                showUploadList={false}
                beforeUpload={(f) => {
                  if (f.size > MAX_IMPORT_BYTES) { setFileError(t('import.tooLarge', { size: formatNumber(f.size / 1024 / 1024, 1) })); return Upload.LIST_IGNORE; }
                  if (!/\.(xlsx|docx)$/i.test(f.name)) { setFileError(t('import.wrongType')); return Upload.LIST_IGNORE; }
                  setFile(f);
                  setFileError(null);
                  return false;
                }}
                data-testid="import-file"
              >
                <p className="ant-upload-drag-icon"><InboxOutlined /></p>
                <p className="ant-upload-text">{file ? file.name : t('import.drop')}</p>
                <p className="ant-upload-hint">{t('import.hint')}</p>
              </Upload.Dragger>
              {fileError && <Alert type="error" showIcon title={fileError} style={{ marginTop: 12 }} />}
              {progress !== null && (
                <div className="import-progress" data-testid="import-progress">
                  <Progress percent={progress} status="active" />
                  {progress >= 100 && <Spin description={t('import.parsing')} size="small" />}
                </div>
              )}
              <Button type="primary" block size="large" style={{ marginTop: 16 }} onClick={() => { void upload(); }} loading={progress !== null} data-testid="import-upload">
                {t('import.uploadPreview')}
              </Button>
            </Col>
          </Row>
        </Card>
      )}
      {step === 1 && preview && (
        <>
          <ImportPreviewView preview={preview} orgs={orgs.data ?? []} mappings={mappings}
            onMap={(raw, id) => setMappings((m) => { const n = { ...m }; if (id) n[raw] = id; else delete n[raw]; return n; })} />
          <Card className="content-card import-actions">
            <Space wrap>
              <Button onClick={restart}>{t('import.restart')}</Button>
              <Button type="primary" onClick={() => { void confirm(); }} loading={confirming} disabled={unmapped.length > 0 || blocking.length > 0} data-testid="import-confirm">
                {t('import.confirm')}
              </Button>
              {blocking.length > 0 && <span className="sub-text" data-testid="import-blocked">{t('import.fixFile', { count: blocking.length })}</span>}
              {blocking.length === 0 && unmapped.length > 0 && <span className="sub-text">{t('import.mapFirst', { count: unmapped.length })}</span>}
            </Space>
          </Card>
        </>
      )}
      {step === 2 && done && (
        <Card className="content-card">
          <Result status="success" title={t('import.done')} data-testid="import-done"
            extra={[
              <Link key="board" to={`/plans/${encodeURIComponent(done)}/board`}><Button type="primary">{t('import.openBoard')}</Button></Link>,
              <Button key="again" onClick={restart}>{t('import.another')}</Button>,
            ]} />
        </Card>
      )}
    </>
  );
}
