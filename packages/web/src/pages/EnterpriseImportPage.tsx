// 批量导入: download the template, drop the filled workbook, follow the job through 读取 / 校验 / 写入 / 辨识, then
// either the counts of what was created or every problem with sheet, row and column — in which case nothing
// was saved. The job id is in the URL (?job=), so a reload keeps following it.
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Progress, Result, Row, Statistic, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { enterprisesApi, enterpriseUrls, MAX_IMPORT_BYTES } from '../modules/enterprises/api/enterprises.api';
import { ImportProblems } from '../modules/enterprises/components/ImportProblems';
import { ImportProgress } from '../modules/enterprises/components/ImportProgress';
import { useImportJob } from '../modules/enterprises/hooks/use-import-job';
import '../modules/enterprises/enterprises.css';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useErrorReporter } from '../modules/shared/hooks/use-error-reporter';
import { formatNumber } from '../modules/shared/utils/format';

export function EnterpriseImportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const { job, error } = useImportJob(jobId);
  const [uploading, setUploading] = useState<number | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const report = useErrorReporter();
  useCrumbs([{ title: t('nav.enterprises'), path: '/enterprises' }, { title: t('enterprises.import.title') }]);

  const upload = async (file: File) => {
    setFileError(null);
    setUploading(0);
    try {
      const r = await enterprisesApi.upload(file, setUploading);
      setParams({ job: r.jobId }, { replace: false });
    } catch (e) {
      report(e);
    } finally {
      setUploading(null);
    }
  };

  const again = () => setParams({}, { replace: false });
  const running = !!jobId && (!job || job.status === 'running');

  return (
    <>
      <PageHeader title={t('enterprises.import.title')} subtitle={t('enterprises.import.subtitle')}
        extra={<Button icon={<DownloadOutlined />} href={enterpriseUrls.template} download data-testid="import-template">{t('enterprises.import.template')}</Button>} />
      {!jobId && (
        <Card className="content-card">
          <Row gutter={[24, 16]}>
            <Col xs={24} lg={10}>
              <Typography.Title level={5}>{t('enterprises.import.howTitle')}</Typography.Title>
              <ol className="ent-steps-list">
                <li>{t('enterprises.import.how1')}</li>
                <li>{t('enterprises.import.how2')}</li>
                <li>{t('enterprises.import.how3')}</li>
                <li>{t('enterprises.import.how4')}</li>
              </ol>
            </Col>
            <Col xs={24} lg={14}>
              <div data-testid="import-drop">
              <Upload.Dragger
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                multiple={false} maxCount={1} showUploadList={false} disabled={uploading !== null}
                beforeUpload={(f) => {
                  if (!/\.xlsx$/i.test(f.name)) { setFileError(t('enterprises.import.wrongType')); return Upload.LIST_IGNORE; }
                  if (f.size > MAX_IMPORT_BYTES) { setFileError(t('enterprises.import.tooLarge', { size: formatNumber(f.size / 1024 / 1024, 1), max: formatNumber(MAX_IMPORT_BYTES / 1024 / 1024) })); return Upload.LIST_IGNORE; }
                  void upload(f);
                  return false;
                }}
              >
                <p className="ant-upload-drag-icon"><InboxOutlined /></p>
                <p className="ant-upload-text">{t('enterprises.import.drop')}</p>
                <p className="ant-upload-hint">{t('enterprises.import.hint')}</p>
              </Upload.Dragger>
              </div>
              {uploading !== null && <div className="ent-gap" data-testid="import-uploading"><span className="sub-text">{t('enterprises.import.uploading')}</span><Progress percent={uploading} size="small" /></div>}
              {fileError && <Alert type="error" showIcon title={fileError} className="ent-gap" data-testid="import-file-error" />}
            </Col>
          </Row>
        </Card>
      )}
      {jobId && error && <ErrorAlert error={error} />}
      {jobId && job && (
        <Card className="content-card">
          <ImportProgress job={job} />
        </Card>
      )}
      {jobId && !job && !error && <Card className="content-card"><span className="sub-text">{t('enterprises.import.waiting')}</span></Card>}
      {job?.status === 'done' && job.result && (
        <Card className="content-card">
          <Result status="success" title={t('enterprises.import.doneTitle')} data-testid="import-done"
            subTitle={
              <Row gutter={[24, 12]} justify="center" className="ent-import-counts">
                <Col><Statistic title={t('enterprises.import.enterprises')} value={job.result.enterprises} data-testid="import-count-enterprises" /></Col>
                <Col><Statistic title={t('enterprises.import.units')} value={job.result.units} /></Col>
                <Col><Statistic title={t('enterprises.import.lines')} value={job.result.lines} /></Col>
                <Col><Statistic title={t('enterprises.import.majorHazards')} value={job.result.majorHazards} data-testid="import-count-major" /></Col>
              </Row>
            }
            extra={[
              <Link key="list" to="/enterprises"><Button type="primary" data-testid="import-open-list">{t('enterprises.import.openList')}</Button></Link>,
              <Button key="again" onClick={again}>{t('enterprises.import.another')}</Button>,
            ]} />
        </Card>
      )}
      {job?.status === 'failed' && (
        <Card className="content-card" title={t('enterprises.import.failedTitle', { count: job.problems.length })}
          extra={<Button onClick={again} data-testid="import-again">{t('enterprises.import.retry')}</Button>}>
          <Alert type="error" showIcon className="page-alert" title={t('enterprises.import.nothingSaved')} data-testid="import-failed" />
          {job.problems.length > 0 && <ImportProblems problems={job.problems} />}
        </Card>
      )}
      {running && <span className="sub-text">{t('enterprises.import.keepOpen')}</span>}
    </>
  );
}

