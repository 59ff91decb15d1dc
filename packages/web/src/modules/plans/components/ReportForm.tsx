// One quarterly progress report (季度工作进展): 进展情况, 进度 0–100, 存在问题, 下步计划; saved as a draft or
// submitted. A submitted or accepted report is read-only; a returned one shows why and can be sent again.
import { Alert, Button, Col, Form, Input, InputNumber, Popconfirm, Row, Slider, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plansApi } from '../api/plans.api';
import type { ProgressReport, Quarter } from '../api/plans.types';
import { useErrorReporter, useSuccess } from '../../shared/hooks/use-error-reporter';
import { formatDateTime } from '../../shared/utils/format';
import { ReportDetails } from './ReportTable';

type Values = { content: string; progress: number; problems?: string; nextSteps?: string };

export function ReportForm({ planId, taskId, quarter, report, onSaved }: {
  planId: string; taskId: string; quarter: Quarter; report: ProgressReport | undefined; onSaved: (r: ProgressReport) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const reportError = useErrorReporter();
  const success = useSuccess();
  const locked = report?.status === 'submitted' || report?.status === 'accepted';

  useEffect(() => {
    form.setFieldsValue({
      content: report?.content ?? '', progress: report?.progress ?? 0, problems: report?.problems ?? '', nextSteps: report?.nextSteps ?? '',
    });
  }, [form, report]);

  const save = async (submit: boolean) => {
    const v = submit ? await form.validateFields() : form.getFieldsValue();
    setBusy(submit ? 'submit' : 'draft');
    try {
      const saved = await plansApi.saveReport(planId, {
        taskId, year: quarter.year, quarter: quarter.quarter, progress: Math.round(v.progress ?? 0),
        content: v.content ?? '', problems: v.problems || null, nextSteps: v.nextSteps || null, submit,
      });
      success(submit ? t('report.submittedOk') : t('report.draftSaved'));
      onSaved(saved);
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(null);
    }
  };

  if (locked && report) {
    return (
      <div data-testid="report-readonly">
        <Alert
          type={report.status === 'accepted' ? 'success' : 'info'}
          showIcon
          title={report.status === 'accepted' ? t('report.acceptedNote') : t('report.submittedNote', { at: formatDateTime(report.submittedAt) })}
          style={{ marginBottom: 12 }}
        />
        <ReportDetails r={report} />
      </div>
    );
  }

  return (
    <Form<Values> form={form} layout="vertical" data-testid="report-form" data-task-id={taskId} initialValues={{ progress: 0 }}>
      {report?.status === 'returned' && (
        <Alert type="warning" showIcon title={t('report.returnedNote')} description={report.reviewComment || undefined} style={{ marginBottom: 12 }} data-testid="report-returned" />
      )}
      <Form.Item name="content" label={t('report.content')} rules={[{ required: true, whitespace: true, message: t('report.contentRequired') }]}>
        <Input.TextArea rows={4} maxLength={20000} showCount placeholder={t('report.contentPlaceholder')} data-testid="report-content" />
      </Form.Item>
      <Form.Item label={t('report.progress')} required>
        <Row gutter={12} align="middle">
          <Col flex="auto">
            <Form.Item name="progress" noStyle><Slider min={0} max={100} step={5} marks={{ 0: '0', 50: '50', 100: '100' }} data-testid="report-progress" /></Form.Item>
          </Col>
          <Col flex="96px">
            <Form.Item name="progress" noStyle><InputNumber min={0} max={100} suffix="%" style={{ width: 96 }} data-testid="report-progress-input" /></Form.Item>
          </Col>
        </Row>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="problems" label={t('report.problems')}><Input.TextArea rows={3} maxLength={20000} data-testid="report-problems" /></Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="nextSteps" label={t('report.nextSteps')}><Input.TextArea rows={3} maxLength={20000} data-testid="report-next-steps" /></Form.Item>
        </Col>
      </Row>
      <Space wrap>
        <Button onClick={() => { void save(false); }} loading={busy === 'draft'} disabled={busy !== null} data-testid="report-save">{t('report.saveDraft')}</Button>
        <Popconfirm
          title={t('report.confirmSubmit')}
          description={t('report.confirmSubmitHint')}
          onConfirm={() => save(true)}
          okText={t('report.submit')}
          cancelText={t('common.cancel')}
          okButtonProps={{ 'data-testid': 'report-submit-confirm' } as Record<string, string>}
        >
          <Button type="primary" loading={busy === 'submit'} disabled={busy !== null} data-testid="report-submit">{t('report.submit')}</Button>
        </Popconfirm>
        {report?.updatedAt && <span className="sub-text">{t('report.lastSaved', { at: formatDateTime(report.updatedAt) })}</span>}
      </Space>
    </Form>
  );
}
