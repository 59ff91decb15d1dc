// The review cycle: last and next review (red when late), and recording a review (date, status, note), which sets
// the next review to date + interval and clears the late warning.
import { Alert, Button, Col, Descriptions, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBusyAction } from '../../shared/hooks/use-busy-action';
import { useSuccess } from '../../shared/hooks/use-error-reporter';
import { formatDate, todayIso } from '../../shared/utils/format';
import { riskApi } from '../api/risk.api';
import { riskStatuses, type RiskPoint, type RiskStatus } from '../api/risk.types';
import { IsoDatePicker } from './IsoDatePicker';

type Values = { reviewedOn: string; status: RiskStatus; note?: string };

export function ReviewCard({ point, onChanged }: { point: RiskPoint; onChanged: (p: RiskPoint) => void }) {
  const { t } = useTranslation();
  const success = useSuccess();
  const [open, setOpen] = useState(false);
  const { busy, run } = useBusyAction();

  const save = (v: Values) => run(async () => {
    const p = await riskApi.review(point.id, { reviewedOn: v.reviewedOn, status: v.status, note: v.note?.trim() || null });
    success(t('risk.review.saved'));
    setOpen(false);
    onChanged(p);
  });

  return (
    <div data-testid="risk-review">
      {point.reviewLate && <Alert type="error" showIcon title={t('risk.review.lateSince', { date: formatDate(point.nextReviewOn) })} style={{ marginBottom: 8 }} data-testid="risk-review-late" />}
      <Descriptions size="small" column={{ xs: 1, sm: 3 }}
        items={[
          { key: 'interval', label: t('risk.field.reviewIntervalDays'), children: t('risk.review.days', { count: point.reviewIntervalDays }) },
          { key: 'last', label: t('risk.field.lastReviewedOn'), children: formatDate(point.lastReviewedOn) },
          { key: 'next', label: t('risk.field.nextReviewOn'), children: <span className={point.reviewLate ? 'risk-late' : undefined} data-testid="risk-next-review-on">{formatDate(point.nextReviewOn)}</span> },
        ]} />
      {point.canEdit && !open && <Button onClick={() => setOpen(true)} data-testid="risk-review-open">{t('risk.review.record')}</Button>}
      {open && (
        <Form layout="vertical" onFinish={(v: Values) => { void save(v); }} initialValues={{ reviewedOn: todayIso(), status: point.status }}>
          <Row gutter={8}>
            <Col xs={12} sm={8}>
              <Form.Item name="reviewedOn" label={t('risk.review.date')} rules={[{ required: true }]}><IsoDatePicker allowClear={false} testId="risk-review-date" /></Form.Item>
            </Col>
            <Col xs={12} sm={8}>
              <Form.Item name="status" label={t('risk.field.status')} rules={[{ required: true }]}>
                <Select data-testid="risk-review-status" options={riskStatuses.map((s) => ({ value: s, label: t(`risk.status.${s}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="note" label={t('common.note')}><Input.TextArea rows={2} maxLength={1000} data-testid="risk-review-note" /></Form.Item>
            </Col>
          </Row>
          <Button onClick={() => setOpen(false)} style={{ marginRight: 8 }}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="risk-review-save">{t('common.save')}</Button>
        </Form>
      )}
    </div>
  );
}
