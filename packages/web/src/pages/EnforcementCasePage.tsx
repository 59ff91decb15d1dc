// One enforcement case: the track as Steps (an order: 下达 → 整改 → 结案; a penalty: 立案 → 调查取证 → 告知 → 决定 → 执行 →
// 结案), the facts, legal basis, penalties and amount, the hidden dangers it rests on, the workflow buttons the user
// may press (the decision asks for its number, date and amount), and publication of a decided penalty.
import { Button, Card, Col, Descriptions, Form, Input, Modal, Popconfirm, Row, Space, Steps, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { BlacklistBadge } from '../modules/blacklist/components/BlacklistBadge';
import { caseUrls, enforcementApi } from '../modules/enforcement/api/enforcement.api';
import type { Case, CaseAction, CaseActionInput } from '../modules/enforcement/api/enforcement.types';
import { moneyPattern } from '../modules/enforcement/components/CaseDrawer';
import { CaseKindTag, CaseStatusTag, PublishedTag } from '../modules/enforcement/components/CaseTags';
import { canPublish, caseButtons, trackOf, trackPosition } from '../modules/enforcement/utils/case-track';
import { findingUrls, hiddenDangersApi } from '../modules/hidden-dangers/api/hidden-dangers.api';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { IsoDatePicker } from '../modules/risk/components/IsoDatePicker';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useBusyAction } from '../modules/shared/hooks/use-busy-action';
import { useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDate, formatDateTime, todayIso } from '../modules/shared/utils/format';

type DecideValues = { decisionNo: string; decidedOn: string; amount?: string };

export function EnforcementCasePage() {
  const { t } = useTranslation();
  const me = useMe();
  const success = useSuccess();
  const caseId = useParams().caseId ?? '';
  const one = useAsync(() => enforcementApi.get(caseId), [caseId]);
  const { busy, run } = useBusyAction();
  const [deciding, setDeciding] = useState(false);
  const [form] = Form.useForm<DecideValues>();
  const c = one.data;
  const ids = c?.findingIds ?? [];
  // The case keeps finding ids; their descriptions come from the findings themselves (one that left my scope keeps its id).
  const findings = useAsync(() => Promise.all(ids.slice(0, 20).map((id) => hiddenDangersApi.get(id).then((f) => [id, f.description] as const, () => [id, id.slice(0, 8)] as const))),
    [ids.join(',')], ids.length > 0);
  useCrumbs([{ title: t('enforcement.title'), path: caseUrls.list }, { title: c ? c.decisionNo || t(`enforcement.kind.${c.kind}`) : '…' }]);

  if (one.error && !c) return <ErrorAlert error={one.error} onRetry={one.reload} />;
  if (!c) return <Loading />;

  const act = (action: CaseAction, extra: Partial<CaseActionInput> = {}) => run(async () => {
    const next = await enforcementApi.act(c.id, { action, version: c.version, ...extra });
    success(t(`enforcement.actionDone`));
    setDeciding(false);
    one.setData(next);
  });
  const decide = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await act('decide', { decisionNo: v.decisionNo.trim(), decidedOn: v.decidedOn, ...(v.amount?.trim() ? { amount: v.amount.trim() } : {}) });
  };
  const publish = () => run(async () => {
    const next: Case = await enforcementApi.publish(c.id);
    success(t('enforcement.publishDone'));
    one.setData(next);
  });

  const { current, state } = trackPosition(c.kind, c.status);
  const buttons = c.allowedActions ?? caseButtons(me.role, c.kind, c.status);
  const findingIds = c.findings?.map((f) => f.id) ?? c.findingIds ?? [];
  const findingLabel = (id: string) => findings.data?.find(([k]) => k === id)?.[1] ?? c.findings?.find((f) => f.id === id)?.description ?? id.slice(0, 8);

  return (
    <div data-testid="case-page" data-id={c.id} data-status={c.status}>
      <PageHeader title={c.decisionNo || t(`enforcement.kind.${c.kind}`)}
        subtitle={<Space size={[4, 4]} wrap><CaseKindTag kind={c.kind} /><CaseStatusTag status={c.status} /><PublishedTag at={c.publishedAt} /></Space>}
        extra={
          <Space wrap data-testid="case-actions">
            {buttons.map((a) => (a === 'decide'
              ? <Button key={a} type="primary" onClick={() => { form.setFieldsValue({ decidedOn: todayIso(), amount: c.amount ?? '' }); setDeciding(true); }} data-testid="case-action-decide">{t('enforcement.action.decide')}</Button>
              : (
                <Popconfirm key={a} title={t('enforcement.confirm', { action: t(`enforcement.action.${a}`) })} onConfirm={() => { void act(a); }}>
                  <Button loading={busy} data-testid={`case-action-${a}`}>{t(`enforcement.action.${a}`)}</Button>
                </Popconfirm>
              )))}
            {(c.canPublish ?? canPublish(me.role, c.kind, c.status, c.publishedAt)) && (
              <Popconfirm title={t('enforcement.publishConfirm')} onConfirm={() => { void publish(); }}>
                <Button type="primary" loading={busy} data-testid="case-publish">{t('enforcement.publish')}</Button>
              </Popconfirm>
            )}
          </Space>
        } />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card className="content-card">
            <Steps current={current} status={state} size="small" responsive data-testid="case-steps"
              items={trackOf(c.kind).map((s) => ({ title: t(`enforcement.status.${s}`) }))} />
            {c.status === 'overdue' && <Tag color="red" style={{ marginTop: 8 }}>{t('enforcement.status.overdue')}</Tag>}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card className="content-card" title={t('enforcement.section.basics')}>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}
              items={[
                { key: 'enterprise', label: t('enforcement.field.enterprise'), children: <Space size={4} wrap>{c.enterprise.name}<BlacklistBadge listed={c.enterprise.blacklisted ?? false} /></Space> },
                { key: 'organisation', label: t('enforcement.field.organisation'), children: c.organisation?.name ?? '—' },
                { key: 'facts', label: t('enforcement.field.facts'), span: 2, children: <span style={{ whiteSpace: 'pre-wrap' }}>{c.facts}</span> },
                { key: 'basis', label: t('enforcement.field.legalBasis'), span: 2, children: c.legalBasis },
                ...(c.kind === 'rectification_order'
                  ? [{ key: 'deadline', label: t('enforcement.field.deadline'), children: formatDate(c.deadline) }]
                  : [
                    { key: 'kinds', label: t('enforcement.field.penaltyKinds'), children: c.penaltyKinds.length ? c.penaltyKinds.map((k) => t(`enforcement.penaltyKind.${k}`)).join('、') : '—' },
                    { key: 'amount', label: t('enforcement.field.amount'), children: c.amount ? t('enforcement.amountValue', { amount: c.amount }) : '—' },
                    { key: 'decisionNo', label: t('enforcement.field.decisionNo'), children: c.decisionNo ?? '—' },
                    { key: 'decidedOn', label: t('enforcement.field.decidedOn'), children: formatDate(c.decidedOn) },
                    { key: 'publishedAt', label: t('enforcement.field.publishedAt'), children: formatDateTime(c.publishedAt) },
                  ]),
                ...(c.inspectionId ? [{ key: 'inspection', label: t('enforcement.field.inspection'), children: <Link to={`/inspections/${encodeURIComponent(c.inspectionId)}`}>{t('enforcement.openInspection')}</Link> }] : []),
              ]} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card className="content-card" title={t('enforcement.field.findings')}>
            {findingIds.length === 0 ? '—' : (
              <ul style={{ paddingInlineStart: 18, margin: 0 }} data-testid="case-findings-list">
                {findingIds.map((id) => <li key={id}><Link to={findingUrls.one(id)}>{findingLabel(id)}</Link></li>)}
              </ul>
            )}
          </Card>
          {c.timeline && c.timeline.length > 0 && (
            <Card className="content-card" title={t('enforcement.section.history')} style={{ marginTop: 16 }}>
              <Timeline items={[...c.timeline].sort((a, b) => b.at.localeCompare(a.at)).map((e, i) => ({
                key: `${e.at}-${i}`,
                content: <><b>{t(`enforcement.action.${e.action}`, { defaultValue: e.action })}</b><div className="sub-text">{formatDateTime(e.at)}{typeof e.actor === 'string' ? ` · ${e.actor}` : e.actor?.name ? ` · ${e.actor.name}` : ''}</div>{e.note && <div>{e.note}</div>}</>,
              }))} />
            </Card>
          )}
        </Col>
      </Row>
      <Modal open={deciding} title={t('enforcement.action.decide')} onCancel={() => setDeciding(false)} onOk={() => { void decide(); }} confirmLoading={busy}
        okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden okButtonProps={{ 'data-testid': 'case-decide-ok' } as Record<string, string>}>
        <Form form={form} layout="vertical">
          <Form.Item name="decisionNo" label={t('enforcement.field.decisionNo')} rules={[{ required: true, whitespace: true, message: t('enforcement.decisionNoRequired') }]}
            extra={t('enforcement.decisionNoHint')}>
            <Input maxLength={100} data-testid="case-decision-no" />
          </Form.Item>
          <Form.Item name="decidedOn" label={t('enforcement.field.decidedOn')} rules={[{ required: true, message: t('enforcement.decidedOnRequired') }]}>
            <IsoDatePicker allowClear={false} testId="case-decided-on" />
          </Form.Item>
          {c.penaltyKinds.includes('fine') && (
            <Form.Item name="amount" label={t('enforcement.field.amount')} rules={[{ pattern: moneyPattern, message: t('enforcement.create.amountFormat') }]}>
              <Input inputMode="decimal" addonAfter={t('enforcement.yuan')} data-testid="case-decide-amount" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
