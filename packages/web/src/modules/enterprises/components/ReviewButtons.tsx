// 通过 / 退回 for a submitted declaration (regulators). Returning needs a comment the enterprise will read.
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Popconfirm, Space, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter, useSuccess } from '../../shared/hooks/use-error-reporter';
import { enterprisesApi } from '../api/enterprises.api';
import type { Declaration } from '../api/enterprises.types';

export function ReviewButtons({ declaration, onDone, size }: { declaration: Declaration; onDone: () => void; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();
  const report = useErrorReporter();
  const success = useSuccess();

  const decide = async (decision: 'approve' | 'return', comment?: string) => {
    setBusy(true);
    try {
      await enterprisesApi.reviewDeclaration(declaration.id, decision, comment);
      success(decision === 'approve' ? t('enterprises.review.approved') : t('enterprises.review.returned'));
      setReturning(false);
      onDone();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space size={4}>
        <Popconfirm title={t('enterprises.review.confirmApprove', { name: declaration.enterpriseName })} onConfirm={() => decide('approve')}
          okText={t('enterprises.review.approve')} cancelText={t('common.cancel')} okButtonProps={{ 'data-testid': 'declaration-approve-confirm' } as Record<string, string>}>
          <Button size={size} type="primary" icon={<CheckOutlined />} loading={busy} data-testid="declaration-approve">{t('enterprises.review.approve')}</Button>
        </Popconfirm>
        <Button size={size} danger icon={<RollbackOutlined />} disabled={busy} onClick={() => { form.resetFields(); setReturning(true); }} data-testid="declaration-return">
          {t('enterprises.review.return')}
        </Button>
      </Space>
      <Modal open={returning} title={t('enterprises.review.returnTitle', { name: declaration.enterpriseName })} onCancel={() => setReturning(false)}
        okText={t('enterprises.review.return')} confirmLoading={busy} destroyOnHidden
        okButtonProps={{ danger: true, 'data-testid': 'declaration-return-confirm' } as ButtonProps}
        onOk={async () => { const v = await form.validateFields(); await decide('return', v.comment); }}>
        <Form form={form} layout="vertical">
          <Form.Item name="comment" label={t('enterprises.review.comment')} rules={[{ required: true, whitespace: true, message: t('enterprises.review.commentRequired') }]}>
            <Input.TextArea rows={4} maxLength={2000} showCount data-testid="declaration-comment" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
