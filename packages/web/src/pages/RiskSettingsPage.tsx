// 分级规则 (district admin): the LEC and LS score bands, the 4×4 matrix, the area rule and the supervision frequency
// per level, each value beside its documented default. No national standard fixes the bands (the data file rates that
// mapping's confidence LOW), so the district sets them; saving recomputes every risk point and area. The server's
// field errors ("bands.ls[1].min") are shown on the field. Others see the rules in force, read-only.
import { ExclamationCircleOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Popconfirm, Row, Space, Typography, type ButtonProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { riskAreasApi } from '../modules/risk/api/risk-areas.api';
import { riskLevels, type RiskRules, type RiskSettingsAnswer } from '../modules/risk/api/risk-areas.types';
import { AreaRuleEditor } from '../modules/risk/components/areas/AreaRuleEditor';
import { BandsEditor } from '../modules/risk/components/areas/BandsEditor';
import { FrequencyEditor } from '../modules/risk/components/areas/FrequencyEditor';
import { MatrixEditor } from '../modules/risk/components/areas/MatrixEditor';
import { bandsInLevelOrder, fieldPath, placeOf, setIn } from '../modules/risk/components/areas/rule-text';
import { GroupErrors, SettingsFormContext, useErrorProps, type SettingsFormState } from '../modules/risk/components/areas/settings-form';
import '../modules/risk/components/areas/areas.css';
import { RiskNav } from '../modules/risk/components/RiskNav';
import { ApiError } from '../modules/shared/api/client';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter, useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDateTime } from '../modules/shared/utils/format';

/** The rules as the page edits them: bands red first, so a band's index is the same in the draft and the body. */
function draftOf(r: RiskRules): RiskRules {
  return { ...r, bands: { ...r.bands, lec: bandsInLevelOrder(r.bands.lec), ls: bandsInLevelOrder(r.bands.ls) } };
}

const idx4 = [0, 1, 2, 3];
/** Every path the page shows an error on: the fields, then the groups (cards and sections) above them. */
const knownPaths: ReadonlySet<string> = new Set([
  'bands', 'bands.lec', 'bands.ls', 'bands.matrix', 'bands.basis', 'areaRule', 'areaRule.weights', 'areaRule.thresholds', 'areaRule.floors',
  'areaRule.basis', 'supervisionFrequency',
  ...['lec', 'ls'].flatMap((m) => idx4.map((i) => `bands.${m}.${i}.min`)),
  ...idx4.flatMap((r) => idx4.map((c) => `bands.matrix.${r}.${c}`)),
  ...['1', '2', '3', '4'].map((g) => `areaRule.weights.majorHazard.${g}`),
  ...riskLevels.map((l) => `areaRule.weights.riskPoint.${l}`),
  'areaRule.weights.sensitiveTarget', 'areaRule.weights.populationPer10k',
  ...['red', 'orange', 'yellow'].map((l) => `areaRule.thresholds.${l}`),
  ...['grade1MajorHazard', 'redRiskPoint', 'outOfControlPoint'].map((k) => `areaRule.floors.${k}`),
  ...riskLevels.map((l) => `supervisionFrequency.${l}`),
]);

/** A server field as the page's path: a band named by its level or without ".min" is its minimum's field. */
function placeOfServerField(field: string): string {
  let p = fieldPath(field).replace(/^body\./, '');
  p = p.replace(/^bands\.(lec|ls)\.(red|orange|yellow|blue)(?=\.|$)/, (_m, m: string, l: string) => `bands.${m}.${riskLevels.indexOf(l as never)}`);
  if (/^bands\.(lec|ls)\.\d$/.test(p)) p = `${p}.min`;
  return placeOf(p, knownPaths);
}

export function RiskSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const admin = can.admin(me.role);
  const settings = useAsync(() => riskAreasApi.settings(), []);
  const [draft, setDraft] = useState<RiskRules | null>(null);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter();
  const success = useSuccess();
  const { message } = App.useApp();
  useCrumbs([{ title: t('nav.risk'), path: '/risk' }, { title: t('risk.nav.settings') }]);

  const s = settings.data;
  useEffect(() => { if (s) setDraft(draftOf(s)); }, [s]);

  const form: SettingsFormState = useMemo(() => ({
    errors,
    readOnly: !admin,
    set: (path, value) => {
      setDraft((d) => (d ? setIn(d, path, value) : d));
      setErrors((e) => { if (!e.has(path)) return e; const n = new Map(e); n.delete(path); return n; });
    },
  }), [errors, admin]);

  const save = async () => {
    if (!draft) return;
    setBusy(true);
    try {
      const saved: RiskSettingsAnswer = await riskAreasApi.saveSettings(draft);
      settings.setData(saved);
      setErrors(new Map());
      success(t('risk.areas.settings.saved'));
    } catch (e) {
      if (e instanceof ApiError && e.details.length) {
        const next = new Map<string, string[]>();
        for (const d of e.details) {
          const place = d.field ? placeOfServerField(d.field) : '';
          next.set(place, [...(next.get(place) ?? []), d.message || e.message]);
        }
        setErrors(next);
        window.setTimeout(() => document.querySelector('[data-testid="field-error"]')?.scrollIntoView({ block: 'center' }), 50);
        // The details are on their fields: a passing message, not a notification that stays over the page.
        void message.error({ content: <span data-testid="settings-save-error">{e.message}</span>, duration: 6 });
        return;
      }
      report(e);
    } finally {
      setBusy(false);
    }
  };

  const changed = !!(s && draft && JSON.stringify(draftOf(s)) !== JSON.stringify(draft));
  const atDefaults = !!(s && draft && JSON.stringify(draftOf(s.defaults)) === JSON.stringify(draft));
  const extra = admin && draft && s && (
    <Space wrap>
      <Button icon={<UndoOutlined />} disabled={atDefaults} onClick={() => { setDraft(draftOf(s.defaults)); setErrors(new Map()); }} data-testid="settings-defaults">
        {t('risk.areas.settings.restoreDefaults')}
      </Button>
      <Button disabled={!changed} onClick={() => { setDraft(draftOf(s)); setErrors(new Map()); }} data-testid="settings-discard">{t('risk.areas.settings.discard')}</Button>
      <Popconfirm title={t('risk.areas.settings.saveConfirmTitle')} description={<div style={{ maxWidth: 320 }}>{t('risk.areas.settings.recomputeWarning')}</div>}
        icon={<ExclamationCircleOutlined style={{ color: '#faad14' }} />} onConfirm={() => { void save(); }}
        okText={t('risk.areas.settings.saveAndRecompute')} cancelText={t('common.cancel')} okButtonProps={{ 'data-testid': 'settings-save-confirm' } as ButtonProps}>
        <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={!changed} data-testid="settings-save">{t('common.save')}</Button>
      </Popconfirm>
    </Space>
  );

  return (
    <>
      <PageHeader title={t('risk.areas.settings.title')} subtitle={t('risk.areas.settings.subtitle')} extra={extra} />
      <RiskNav active="settings" />
      {settings.error && <ErrorAlert error={settings.error} onRetry={settings.reload} />}
      {settings.loading && !s && <Loading />}
      {s && draft && (
        <SettingsFormContext.Provider value={form}>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="no-national-standard"
            title={t('risk.areas.settings.noStandardTitle')} description={t('risk.areas.settings.noStandard')} />
          {admin ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('risk.areas.settings.recomputeWarning')} />
            : <Typography.Paragraph type="secondary" data-testid="settings-read-only">{t('risk.areas.settings.readOnly')}</Typography.Paragraph>}
          <Typography.Paragraph type="secondary" data-testid="settings-updated">
            {s.updatedAt ? t('risk.areas.settings.updated', { at: formatDateTime(s.updatedAt), by: s.updatedBy ?? '—' }) : t('risk.areas.settings.neverSaved')}
          </Typography.Paragraph>
          <Unplaced />
          <Form layout="vertical" component={false}>
            <Card className="content-card" title={t('risk.areas.settings.bandsTitle')}>
              <GroupErrors path="bands" />
              <Row gutter={[24, 8]}>
                <Col xs={24} xl={12}>
                  <div className="ra-subtitle">{t('risk.areas.settings.lecTitle')}</div>
                  <Typography.Paragraph type="secondary">{t('risk.areas.settings.lecHint')}</Typography.Paragraph>
                  <BandsEditor method="lec" bands={draft.bands.lec} defaults={s.defaults.bands.lec} />
                </Col>
                <Col xs={24} xl={12}>
                  <div className="ra-subtitle">{t('risk.areas.settings.lsTitle')}</div>
                  <Typography.Paragraph type="secondary">{t('risk.areas.settings.lsHint')}</Typography.Paragraph>
                  <BandsEditor method="ls" bands={draft.bands.ls} defaults={s.defaults.bands.ls} />
                </Col>
                <Col xs={24} xl={12}>
                  <div className="ra-subtitle">{t('risk.areas.settings.matrixTitle')}</div>
                  <Typography.Paragraph type="secondary">{t('risk.areas.settings.matrixHint')}</Typography.Paragraph>
                  <MatrixEditor matrix={draft.bands.matrix} defaults={s.defaults.bands.matrix} />
                </Col>
                <Col xs={24} xl={12}>
                  <BasisField path="bands.basis" label={t('risk.areas.settings.bandsBasis')} value={draft.bands.basis} defaultValue={s.defaults.bands.basis} />
                </Col>
              </Row>
            </Card>
            <Card className="content-card" title={t('risk.areas.settings.areaRuleTitle')}>
              <Typography.Paragraph type="secondary">{t('risk.areas.settings.areaRuleHint')}</Typography.Paragraph>
              <AreaRuleEditor rule={draft.areaRule} defaults={s.defaults.areaRule} />
            </Card>
            <Card className="content-card" title={t('risk.areas.settings.frequencyTitle')}>
              <Typography.Paragraph type="secondary">{t('risk.areas.settings.frequencyHint')}</Typography.Paragraph>
              <FrequencyEditor value={draft.supervisionFrequency} defaults={s.defaults.supervisionFrequency} />
            </Card>
          </Form>
        </SettingsFormContext.Provider>
      )}
    </>
  );
}

/** Errors the server named on no field the page shows. */
function Unplaced() {
  return <GroupErrors path="" />;
}

function BasisField({ path, label, value, defaultValue }: { path: string; label: string; value: string; defaultValue: string }) {
  const { t } = useTranslation();
  const errorProps = useErrorProps();
  return (
    <SettingsFormContext.Consumer>
      {({ readOnly, set }) => (
        <Form.Item label={label} {...errorProps(path)} extra={value !== defaultValue ? <span className="ra-default ra-default--changed" style={{ marginLeft: 0 }}>{t('risk.areas.settings.default', { value: defaultValue })}</span> : undefined}>
          {readOnly ? <Typography.Paragraph data-testid={`field-${path}`} style={{ marginBottom: 0 }}>{value}</Typography.Paragraph>
            : <Input.TextArea value={value} autoSize={{ minRows: 3, maxRows: 8 }} data-testid={`field-${path}`} onChange={(e) => set(path, e.target.value)} />}
        </Form.Item>
      )}
    </SettingsFormContext.Consumer>
  );
}
