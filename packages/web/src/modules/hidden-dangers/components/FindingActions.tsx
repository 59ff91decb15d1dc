// The buttons of the loop for the signed-in user (utils/loop decides which), each opening its small form: the
// enterprise's plan (方案, responsible person, funds) and its report of rectification; the inspector's verify, return
// (a reason), reopen (a reason and a new deadline) and extend (a later deadline and why). The finding's version goes
// with every action, so two people acting at once get a clear conflict instead of overwriting each other.
import { Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/hooks/auth-context';
import { IsoDatePicker } from '../../risk/components/IsoDatePicker';
import { useBusyAction } from '../../shared/hooks/use-busy-action';
import { useSuccess } from '../../shared/hooks/use-error-reporter';
import { hiddenDangersApi } from '../api/hidden-dangers.api';
import type { ActionInput, Finding, FindingAction } from '../api/hidden-dangers.types';
import { actionsFor } from '../utils/loop';

type Values = { planText?: string; responsiblePerson?: string; funds?: string; note?: string; deadline?: string };

const primary: Partial<Record<FindingAction, boolean>> = { submit_plan: true, submit_rectification: true, verify: true };
const danger: Partial<Record<FindingAction, boolean>> = { return: true, reopen: true };

export function FindingActions({ finding: f, onChanged }: { finding: Finding; onChanged: (f: Finding) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const success = useSuccess();
  const [open, setOpen] = useState<FindingAction | null>(null);
  const [form] = Form.useForm<Values>();
  const { busy, run } = useBusyAction();
  const actions = f.actions ?? actionsFor(me.role, f.status);
  if (actions.length === 0) return null;

  const start = (a: FindingAction) => {
    form.resetFields();
    form.setFieldsValue(a === 'submit_plan' ? { planText: f.planText ?? '', responsiblePerson: f.responsiblePerson ?? '', funds: f.funds ?? '' } : {});
    setOpen(a);
  };
  const send = async (action: FindingAction) => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return; // the form shows what is missing
    await run(async () => {
      const body: ActionInput = { action, version: f.version };
      for (const k of ['planText', 'responsiblePerson', 'funds', 'note', 'deadline'] as const) {
        const value = v[k]?.trim();
        if (value) body[k] = value;
      }
      const next = await hiddenDangersApi.act(f.id, body);
      setOpen(null);
      success(t(`hiddenDangers.actionDone.${action}`));
      onChanged(next);
    });
  };

  const needsNote = open === 'return' || open === 'reopen' || open === 'extend_deadline';
  const needsDeadline = open === 'reopen' || open === 'extend_deadline';
  return (
    <>
      <Space wrap data-testid="hd-actions">
        {actions.map((a) => (
          <Button key={a} type={primary[a] ? 'primary' : 'default'} danger={danger[a]} onClick={() => start(a)} data-testid={`hd-action-${a}`}>
            {t(`hiddenDangers.action.${a}`)}
          </Button>
        ))}
      </Space>
      <Modal open={open !== null} title={open ? t(`hiddenDangers.action.${open}`) : ''} onCancel={() => setOpen(null)} destroyOnHidden
        okText={t('hiddenDangers.actionForm.confirm')} cancelText={t('common.cancel')} confirmLoading={busy}
        onOk={() => { if (open) void send(open); }} okButtonProps={{ 'data-testid': 'hd-action-ok' } as Record<string, string>}>
        <Form form={form} layout="vertical" data-testid="hd-action-form">
          {open === 'submit_plan' && (
            <>
              <Form.Item name="planText" label={t('hiddenDangers.field.planText')} rules={[{ required: true, whitespace: true, message: t('hiddenDangers.actionForm.planRequired') }]}>
                <Input.TextArea rows={4} maxLength={4000} data-testid="hd-plan-text" />
              </Form.Item>
              <Form.Item name="responsiblePerson" label={t('hiddenDangers.field.responsiblePerson')} rules={[{ required: true, whitespace: true, message: t('hiddenDangers.actionForm.personRequired') }]}>
                <Input maxLength={100} data-testid="hd-plan-person" />
              </Form.Item>
              <Form.Item name="funds" label={t('hiddenDangers.field.funds')} rules={[{ pattern: /^\d+(\.\d{1,2})?$/, message: t('hiddenDangers.actionForm.fundsFormat') }]}
                extra={t('hiddenDangers.actionForm.fundsHint')}>
                <Input inputMode="decimal" maxLength={16} data-testid="hd-plan-funds" />
              </Form.Item>
            </>
          )}
          {open === 'submit_rectification' && <p>{t('hiddenDangers.actionForm.rectificationHint')}</p>}
          {open === 'verify' && <p>{t('hiddenDangers.actionForm.verifyHint')}</p>}
          {needsDeadline && (
            <Form.Item name="deadline" label={t('hiddenDangers.field.newDeadline')} rules={[{ required: true, message: t('hiddenDangers.create.deadlineRequired') }]}>
              <IsoDatePicker testId="hd-action-deadline" />
            </Form.Item>
          )}
          {open && open !== 'submit_plan' && (
            <Form.Item name="note" label={needsNote ? t('hiddenDangers.actionForm.reason') : t('common.note')}
              rules={needsNote ? [{ required: true, whitespace: true, message: t('hiddenDangers.actionForm.reasonRequired') }] : []}>
              <Input.TextArea rows={3} maxLength={2000} data-testid="hd-action-note" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
