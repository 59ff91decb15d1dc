// 用户管理 (district office): who can sign in, their role and organisation; add a user.
import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Modal, Select, Table, Tag, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '@hazgov/domain/orgs/roles';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { orgsApi, type NewUser, type Org, type User } from '../modules/orgs/api/orgs.api';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter, useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDateTime } from '../modules/shared/utils/format';
import { orgName } from '../modules/shared/utils/names';

type TreeNode = { value: string; title: string; children: TreeNode[] };

function orgTree(orgs: Org[], lang: string): TreeNode[] {
  const nodes = new Map(orgs.map((o) => [o.id, { value: o.id, title: orgName(o, lang), children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const o of [...orgs].sort((a, b) => a.sort - b.sort)) {
    const n = nodes.get(o.id);
    if (!n) continue;
    const parent = o.parentId ? nodes.get(o.parentId) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  return roots;
}

const roleColor: Record<Role, string> = { district_admin: 'red', department: 'blue', territory: 'green', enterprise: 'orange', inspector: 'purple', agency: 'cyan' };

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const users = useAsync(() => orgsApi.users().then((r) => r.items), []);
  const orgs = useAsync(() => orgsApi.list().then((r) => r.items), []);
  const tree = useMemo(() => orgTree(orgs.data ?? [], i18n.language), [orgs.data, i18n.language]);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<NewUser & { confirm: string }>();
  const report = useErrorReporter();
  const success = useSuccess();
  useCrumbs([{ title: t('nav.system') }, { title: t('nav.users') }]);

  const create = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const { confirm: _c, ...body } = v;
      await orgsApi.createUser(body);
      success(t('users.created'));
      setAdding(false);
      users.reload();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('users.title')}
        extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => { form.resetFields(); setAdding(true); }} data-testid="user-add">{t('users.add')}</Button>} />
      {users.error && <ErrorAlert error={users.error} onRetry={users.reload} />}
      <Card className="content-card">
        <Table<User>
          data-testid="users-table"
          size="small"
          rowKey="id"
          loading={users.loading}
          dataSource={users.data ?? []}
          scroll={{ x: 800 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <EmptyState /> }}
          columns={[
            { key: 'username', title: t('users.username'), dataIndex: 'username', sorter: (a, b) => a.username.localeCompare(b.username) },
            { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName' },
            { key: 'role', title: t('users.role'), render: (_: unknown, u) => <Tag color={roleColor[u.role]}>{t(`roles.${u.role}`)}</Tag>,
              filters: roles.map((r) => ({ text: t(`roles.${r}`), value: r })), onFilter: (v, u) => u.role === v },
            { key: 'org', title: t('users.organisation'), render: (_: unknown, u) => u.organisation.name },
            { key: 'state', title: t('users.state'), render: (_: unknown, u) => (
              <>{u.active ? <Tag color="success">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>}{u.locked && <Tag color="red" icon={<LockOutlined />}>{t('users.locked')}</Tag>}</>
            ) },
            { key: 'created', title: t('users.createdAt'), render: (_: unknown, u) => formatDateTime(u.createdAt), responsive: ['lg'] },
          ]}
        />
      </Card>
      <Modal open={adding} title={t('users.add')} onCancel={() => setAdding(false)} onOk={() => { void create(); }} confirmLoading={busy} destroyOnHidden
        okButtonProps={{ 'data-testid': 'user-save' } as Record<string, string>}>
        <Form form={form} layout="vertical" initialValues={{ role: 'department', locale: 'zh-CN' }}>
          <Form.Item name="username" label={t('users.username')} rules={[{ required: true, pattern: /^[a-zA-Z0-9_.-]{2,64}$/, message: t('users.usernameRule') }]}>
            <Input autoComplete="off" data-testid="user-username" />
          </Form.Item>
          <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true }]}><Input data-testid="user-display-name" /></Form.Item>
          <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
            <Select options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          </Form.Item>
          <Form.Item name="organisationId" label={t('users.organisation')} rules={[{ required: true }]}>
            <TreeSelect treeData={tree} showSearch={{ treeNodeFilterProp: 'title' }} treeDefaultExpandAll={false} placeholder={t('users.pickOrg')} data-testid="user-org" />
          </Form.Item>
          <Form.Item name="locale" label={t('users.locale')}>
            <Select options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]} />
          </Form.Item>
          <Form.Item name="password" label={t('users.password')} extra={t('account.passwordRule')}
            rules={[{ required: true }, { min: 10, message: t('account.passwordRule') }, { pattern: /(?=.*[A-Za-z])(?=.*\d)/, message: t('account.passwordRule') }]}>
            <Input.Password autoComplete="new-password" data-testid="user-password" />
          </Form.Item>
          <Form.Item name="confirm" label={t('account.confirmPassword')} dependencies={['password']}
            rules={[{ required: true }, ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('account.mismatch')))) })]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
