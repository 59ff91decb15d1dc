// 黑名单设置 (district admin): the listing criteria (纳入条件) with their basis and duration — each marked 未核实 until
// someone has checked the wording against the original measures — and the public portal's field switches: which
// fields of a published blacklist entry or penalty anyone may read at /public. Locked fields (a person's ID number,
// the findings behind a penalty) can never be switched on. Others see both, read-only. The server's field errors
// ("blacklistCriteria[2].text") are shown on that row.
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, InputNumber, Space, Switch, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { blacklistApi, blacklistUrls } from '../modules/blacklist/api/blacklist.api';
import type { BlacklistSettings, ListingCriterion, PublicFieldPolicy } from '../modules/blacklist/api/blacklist.types';
import { BlacklistNav } from '../modules/blacklist/components/BlacklistNav';
import { UnverifiedTag } from '../modules/blacklist/components/EntryStatusTag';
import { nextCriterionKey, serverFieldOf } from '../modules/blacklist/utils/settings-draft';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { ApiError } from '../modules/shared/api/client';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { FormProblem, type FormProblemValue } from '../modules/shared/components/FormProblem';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter, useSuccess } from '../modules/shared/hooks/use-error-reporter';

export function BlacklistSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const admin = can.admin(me.role);
  const settings = useAsync(() => blacklistApi.settings(), []);
  const [draft, setDraft] = useState<BlacklistSettings | null>(null);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [problem, setProblem] = useState<FormProblemValue | null>(null);
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter();
  const success = useSuccess();
  useCrumbs([{ title: t('blacklist.nav.entries'), path: blacklistUrls.list }, { title: t('blacklist.nav.settings') }]);

  const s = settings.data;
  useEffect(() => { if (s) setDraft({ blacklistCriteria: s.blacklistCriteria, publicFields: s.publicFields }); }, [s]);
  const changed = !!(s && draft && JSON.stringify({ blacklistCriteria: s.blacklistCriteria, publicFields: s.publicFields }) !== JSON.stringify(draft));

  const setCriterion = (i: number, patch: Partial<ListingCriterion>) =>
    setDraft((d) => (d ? { ...d, blacklistCriteria: d.blacklistCriteria.map((c, j) => (j === i ? { ...c, ...patch } : c)) } : d));
  const setField = (kind: keyof PublicFieldPolicy, field: string, on: boolean) =>
    setDraft((d) => (d ? { ...d, publicFields: { ...d.publicFields, [kind]: { ...d.publicFields[kind], [field]: { ...d.publicFields[kind][field], public: on } } } } : d));

  const save = async () => {
    if (!draft) return;
    setBusy(true);
    setProblem(null);
    try {
      const saved = await blacklistApi.saveSettings(draft);
      settings.setData({ ...s!, ...saved });
      setErrors(new Map());
      success(t('blacklist.settings.saved'));
    } catch (e) {
      if (e instanceof ApiError && e.status < 500) {
        const next = new Map<string, string>();
        for (const d of e.details) if (d.field) next.set(serverFieldOf(d.field), d.message);
        setErrors(next);
        setProblem({ message: e.message, details: e.details });
      } else report(e);
    } finally {
      setBusy(false);
    }
  };

  const err = (path: string) => (errors.has(path) ? { validateStatus: 'error' as const, help: <span data-testid="field-error">{errors.get(path)}</span> } : {});

  return (
    <>
      <PageHeader title={t('blacklist.settings.title')} subtitle={t('blacklist.settings.subtitle')}
        extra={admin && draft && (
          <Space>
            <Button disabled={!changed} onClick={() => { if (s) setDraft({ blacklistCriteria: s.blacklistCriteria, publicFields: s.publicFields }); setErrors(new Map()); setProblem(null); }}
              data-testid="settings-discard">{t('blacklist.settings.discard')}</Button>
            <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={!changed} onClick={() => { void save(); }} data-testid="settings-save">{t('common.save')}</Button>
          </Space>
        )} />
      <BlacklistNav active="settings" />
      {settings.error && <ErrorAlert error={settings.error} onRetry={settings.reload} />}
      {settings.loading && !s && <Loading />}
      <FormProblem problem={problem} testId="settings-error" />
      {draft && (
        <>
          {!admin && <Typography.Paragraph type="secondary" data-testid="settings-read-only">{t('blacklist.settings.readOnly')}</Typography.Paragraph>}
          <Card className="content-card" title={t('blacklist.settings.criteriaTitle')}
            extra={admin && <Button size="small" icon={<PlusOutlined />} data-testid="criterion-add"
              onClick={() => setDraft((d) => (d ? { ...d, blacklistCriteria: [...d.blacklistCriteria, { key: nextCriterionKey(d.blacklistCriteria), text: '', basis: '', verified: false, durationMonths: 12 }] } : d))}>
              {t('blacklist.settings.addCriterion')}</Button>}>
            {draft.blacklistCriteria.some((c) => !c.verified) && (
              <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="criteria-unverified" title={t('blacklist.settings.unverifiedTitle')}
                description={t('blacklist.settings.unverifiedText')} />
            )}
            <Form component={false}>
              <Table<ListingCriterion> rowKey="key" size="small" pagination={false} dataSource={draft.blacklistCriteria} data-testid="criteria-table"
                onRow={(c) => ({ 'data-testid': 'criterion-row', 'data-key': c.key } as object)}
                columns={[
                  { key: 'key', title: t('blacklist.settings.key'), width: 70, render: (_: unknown, c) => <Tag>{c.key}</Tag> },
                  { key: 'text', title: t('blacklist.settings.text'), render: (_: unknown, c, i) => (admin
                    ? <Form.Item style={{ marginBottom: 0 }} {...err(`blacklistCriteria.${i}.text`)}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} value={c.text} data-testid={`criterion-text-${i}`} onChange={(e) => setCriterion(i, { text: e.target.value })} />
                      </Form.Item>
                    : <>{c.text}</>) },
                  { key: 'basis', title: t('blacklist.settings.basis'), width: 260, render: (_: unknown, c, i) => (admin
                    ? <Form.Item style={{ marginBottom: 0 }} {...err(`blacklistCriteria.${i}.basis`)}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} value={c.basis} data-testid={`criterion-basis-${i}`} onChange={(e) => setCriterion(i, { basis: e.target.value })} />
                      </Form.Item>
                    : <span className="sub-text">{c.basis}</span>) },
                  { key: 'duration', title: t('blacklist.settings.duration'), width: 130, render: (_: unknown, c, i) => (admin
                    ? <Form.Item style={{ marginBottom: 0 }} {...err(`blacklistCriteria.${i}.durationMonths`)}>
                        <InputNumber min={1} max={120} precision={0} value={c.durationMonths} data-testid={`criterion-duration-${i}`}
                          onChange={(v) => setCriterion(i, { durationMonths: typeof v === 'number' ? v : 0 })} />
                      </Form.Item>
                    : t('blacklist.criteria.duration', { count: c.durationMonths })) },
                  { key: 'verified', title: t('blacklist.settings.verified'), width: 110, render: (_: unknown, c, i) => (admin
                    ? <Switch size="small" checked={c.verified} onChange={(v) => setCriterion(i, { verified: v })} data-testid={`criterion-verified-${i}`} />
                    : c.verified ? <Tag color="green">{t('blacklist.criteria.verified')}</Tag> : <UnverifiedTag verified={false} />) },
                  ...(admin ? [{ key: 'del', width: 50, render: (_: unknown, _c: ListingCriterion, i: number) => (
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('blacklist.settings.deleteCriterion')} data-testid={`criterion-delete-${i}`}
                      onClick={() => setDraft((d) => (d ? { ...d, blacklistCriteria: d.blacklistCriteria.filter((_x, j) => j !== i) } : d))} />
                  ) }] : []),
                ]} />
            </Form>
          </Card>
          <Card className="content-card" title={t('blacklist.settings.publicTitle')}>
            <Typography.Paragraph type="secondary">{t('blacklist.settings.publicHint')}</Typography.Paragraph>
            <Space align="start" wrap size={32}>
              {(['blacklist', 'penalty'] as const).map((kind) => (
                <div key={kind} data-testid={`public-fields-${kind}`} style={{ minWidth: 300 }}>
                  <Typography.Title level={5}>{t(`blacklist.settings.publicKind.${kind}`)}</Typography.Title>
                  <Table size="small" pagination={false} rowKey="field"
                    dataSource={Object.entries(draft.publicFields[kind] ?? {}).map(([field, v]) => ({ field, ...v }))}
                    columns={[
                      { key: 'field', title: t('blacklist.settings.field'), render: (_: unknown, r) => t(`blacklist.publicField.${kind}.${r.field}`, { defaultValue: r.field }) },
                      { key: 'public', title: t('blacklist.settings.public'), width: 140, render: (_: unknown, r) => (
                        <Space>
                          <Switch size="small" checked={r.public && !r.locked} disabled={!admin || !!r.locked} data-testid={`public-${kind}-${r.field}`}
                            onChange={(v) => setField(kind, r.field, v)} />
                          {r.locked && <Tag data-testid={`locked-${kind}-${r.field}`}>{t('blacklist.settings.locked')}</Tag>}
                        </Space>
                      ) },
                    ]} />
                </div>
              ))}
            </Space>
          </Card>
        </>
      )}
    </>
  );
}
