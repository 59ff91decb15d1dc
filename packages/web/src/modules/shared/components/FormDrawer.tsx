// A form in a drawer: cancel and save at the top, full width on a phone, what the save could not place above the form.
import { Button, Drawer, Grid, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, type FormProblemValue } from './FormProblem';

type Props = {
  open: boolean; onClose: () => void; title: ReactNode; width: number; busy: boolean; onSave: () => void;
  problem: FormProblemValue | null; children: ReactNode;
  /** data-testid of the drawer, its save button and its problem alert (kept as the e2e journeys know them). */
  testIds: { drawer: string; save: string; problem: string };
};

export function FormDrawer({ open, onClose, title, width, busy, onSave, problem, children, testIds }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={screens.md ? width : '100%'}
      destroyOnHidden
      data-testid={testIds.drawer}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={onSave} data-testid={testIds.save}>{t('common.save')}</Button>
        </Space>
      }
    >
      <FormProblem problem={problem} testId={testIds.problem} />
      {children}
    </Drawer>
  );
}
