// A task's milestones: dates or windows, conditions (…建立后完成) with whether they have occurred, and which units
// have completed each. The district office marks a condition met; a unit marks its own completion.
import { CheckCircleTwoTone, ClockCircleOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plansApi } from '../api/plans.api';
import type { Milestone, TaskUnit } from '../api/plans.types';
import { useErrorReporter, useSuccess } from '../../shared/hooks/use-error-reporter';
import { formatDate } from '../../shared/utils/format';
import { EmptyState } from '../../shared/components/EmptyState';

type Props = {
  planId: string; milestones: Milestone[]; units: TaskUnit[]; asOf: string | undefined;
  myUnitId: string | null; isAdmin: boolean; onChanged: () => void;
};

export function TaskMilestones({ planId, milestones, units, asOf, myUnitId, isAdmin, onChanged }: Props) {
  const { t } = useTranslation();
  const report = useErrorReporter();
  const success = useSuccess();
  const [completing, setCompleting] = useState<Milestone | null>(null);
  const [eventFor, setEventFor] = useState<Milestone | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ completedOn: Dayjs; note?: string }>();
  const [eventForm] = Form.useForm<{ occurredOn: Dayjs }>();
  const unitName = (id: string) => units.find((u) => u.unitId === id)?.name ?? id;
  const mine = myUnitId !== null && units.some((u) => u.unitId === myUnitId);
  const today = asOf ?? dayjs().format('YYYY-MM-DD');

  if (milestones.length === 0) return <EmptyState description={t('task.noMilestones')} />;

  const items = milestones.map((m) => {
    const done = (m.completions ?? []).some((c) => c.unitId === myUnitId);
    const past = m.dueOn !== null && m.dueOn < today;
    const window = m.startsOn && m.dueOn ? `${formatDate(m.startsOn)} – ${formatDate(m.dueOn)}` : m.dueOn ? formatDate(m.dueOn) : t('task.noDate');
    return {
      key: m.id,
      color: m.event && !m.event.occurredOn ? 'purple' : past ? 'gray' : 'blue',
      title: <span className="timeline-date">{window}</span>,
      content: (
        <div className="milestone" data-testid="milestone">
          <div>
            <b>{m.label}</b> <Tag bordered={false}>{t(`milestoneKind.${m.kind}`, { defaultValue: m.kind })}</Tag>
          </div>
          {m.event && (
            <div className="milestone__event">
              <ClockCircleOutlined /> {t('task.condition')}: {m.event.name}{' '}
              {m.event.occurredOn
                ? <Tag color="green">{t('task.occurredOn', { date: formatDate(m.event.occurredOn) })}</Tag>
                : <Tag color="purple">{t('status.waiting')}</Tag>}
              {isAdmin && m.event.id && (
                <Button size="small" type="link" onClick={() => { eventForm.setFieldsValue({ occurredOn: dayjs() }); setEventFor(m); }} data-testid="event-occurred">
                  {m.event.occurredOn ? t('task.changeOccurred') : t('task.markOccurred')}
                </Button>
              )}
            </div>
          )}
          {(m.completions ?? []).length > 0 && (
            <div className="milestone__done">
              {(m.completions ?? []).map((c) => (
                <Tag key={c.unitId} icon={<CheckCircleTwoTone twoToneColor="#52c41a" />} color="success">
                  {unitName(c.unitId)} · {formatDate(c.completedOn)}
                </Tag>
              ))}
            </div>
          )}
          {mine && !done && m.kind !== 'ongoing' && !(m.event && !m.event.occurredOn) && (
            <Button size="small" onClick={() => { form.setFieldsValue({ completedOn: dayjs() }); setCompleting(m); }} data-testid="milestone-complete">
              {t('task.markComplete')}
            </Button>
          )}
        </div>
      ),
    };
  });

  const submitCompletion = async () => {
    if (!completing) return;
    const v = await form.validateFields();
    setBusy(true);
    try {
      await plansApi.completeMilestone(planId, completing.id, v.completedOn.format('YYYY-MM-DD'), v.note);
      success(t('task.completed'));
      setCompleting(null);
      onChanged();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };
  const submitEvent = async () => {
    const id = eventFor?.event?.id;
    if (!id) return;
    const v = await eventForm.validateFields();
    setBusy(true);
    try {
      await plansApi.eventOccurred(planId, id, v.occurredOn.format('YYYY-MM-DD'));
      success(t('common.saved'));
      setEventFor(null);
      onChanged();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Timeline mode="start" titleSpan="190px" items={items} className="milestone-timeline" />
      <Modal open={!!completing} title={t('task.markComplete')} onCancel={() => setCompleting(null)} onOk={() => { void submitCompletion(); }} confirmLoading={busy} destroyOnHidden>
        <Typography.Paragraph>{completing?.label}</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="completedOn" label={t('task.completedOn')} rules={[{ required: true }]}><DatePicker /></Form.Item>
          <Form.Item name="note" label={t('common.note')}><Input.TextArea rows={3} maxLength={4000} /></Form.Item>
        </Form>
      </Modal>
      <Modal open={!!eventFor} title={t('task.markOccurred')} onCancel={() => setEventFor(null)} onOk={() => { void submitEvent(); }} confirmLoading={busy} destroyOnHidden>
        <Space orientation="vertical">
          <span>{eventFor?.event?.name}</span>
          <Form form={eventForm} layout="vertical">
            <Form.Item name="occurredOn" label={t('task.occurredOnLabel')} rules={[{ required: true }]}><DatePicker /></Form.Item>
          </Form>
        </Space>
      </Modal>
    </>
  );
}
