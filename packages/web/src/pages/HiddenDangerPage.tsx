// One hidden danger and its closed loop — the page that answers "how do I know this finding from six months ago was
// fixed?": the loop as Steps, what was found and why it matters (the major criteria with their sources), the
// enterprise's plan and evidence, the inspector's verification, 挂牌督办, and the timeline from the audit chain.
// The enterprise submits its plan and evidence here; an inspector verifies, returns, reopens or extends.
import { Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { BlacklistBadge } from '../modules/blacklist/components/BlacklistBadge';
import { caseUrls } from '../modules/enforcement/api/enforcement.api';
import { findingUrls, hiddenDangersApi } from '../modules/hidden-dangers/api/hidden-dangers.api';
import { CriteriaList } from '../modules/hidden-dangers/components/CriteriaList';
import { EvidenceCard } from '../modules/hidden-dangers/components/EvidenceCard';
import { FindingActions } from '../modules/hidden-dangers/components/FindingActions';
import { FindingLoop } from '../modules/hidden-dangers/components/FindingLoop';
import { EscalationTag, FindingStatusTag, OverdueDays, SeverityTag, SupervisionTag } from '../modules/hidden-dangers/components/FindingTags';
import { FindingTimeline } from '../modules/hidden-dangers/components/FindingTimeline';
import { SupervisionCard } from '../modules/hidden-dangers/components/SupervisionCard';
import '../modules/hidden-dangers/hidden-dangers.css';
import { evidenceKindFor } from '../modules/hidden-dangers/utils/loop';
import { actorName } from '../modules/hidden-dangers/utils/timeline';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { formatDate, formatDateTime } from '../modules/shared/utils/format';

export function HiddenDangerPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const findingId = useParams().findingId ?? '';
  const finding = useAsync(() => hiddenDangersApi.get(findingId), [findingId]);
  const f = finding.data;
  useCrumbs([{ title: t('hiddenDangers.nav.title'), path: findingUrls.list }, { title: f ? f.category || f.description.slice(0, 20) : '…' }]);

  if (finding.error && !f) return <ErrorAlert error={finding.error} onRetry={finding.reload} />;
  if (!f) return <Loading />;
  const evidenceKind = evidenceKindFor(me.role, f.status);
  // The verifier by name: the timeline's verify entry names the person (verifiedBy is their user id).
  const verifier = f.timeline.filter((e) => e.action === 'verify').at(-1)?.actor ?? f.verifiedBy;
  const money = f.funds ? t('hiddenDangers.field.fundsValue', { amount: f.funds }) : '—';

  return (
    <div data-testid="hd-finding" data-id={f.id} data-status={f.status} data-version={f.version}>
      <PageHeader
        title={f.description}
        subtitle={
          <Space size={[4, 4]} wrap>
            <FindingStatusTag status={f.status} />
            <SeverityTag severity={f.severity} />
            <EscalationTag level={f.escalationLevel} />
            <SupervisionTag supervision={f.supervision} />
          </Space>
        }
        extra={
          <Space wrap>
            <FindingActions finding={f} onChanged={finding.setData} />
            {can.enforce(me.role) && (
              <Button onClick={() => void navigate(caseUrls.createFrom(f.enterprise.id, f.id))} data-testid="hd-to-enforcement">{t('hiddenDangers.page.toEnforcement')}</Button>
            )}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card className="content-card"><FindingLoop finding={f} /></Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card className="content-card" title={t('hiddenDangers.page.basics')}>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}
              items={[
                { key: 'enterprise', label: t('hiddenDangers.field.enterprise'), children: <Space size={4} wrap>{f.enterprise.name}<BlacklistBadge listed={f.enterprise.blacklisted ?? false} /></Space> },
                { key: 'territory', label: t('hiddenDangers.field.territory'), children: f.territory.name },
                { key: 'category', label: t('hiddenDangers.field.category'), children: f.category || '—' },
                { key: 'source', label: t('hiddenDangers.field.source'),
                  children: <>{t(`hiddenDangers.source.${f.source}`)}{f.inspection && <> · <Link to={`/inspections/${encodeURIComponent(f.inspection.id)}`}>{t('hiddenDangers.page.inspection')}</Link></>}</> },
                { key: 'foundOn', label: t('hiddenDangers.field.foundOn'), children: formatDate(f.foundOn) },
                { key: 'deadline', label: t('hiddenDangers.field.deadline'),
                  children: <span data-testid="hd-deadline">{formatDate(f.deadline)}{f.status !== 'closed' && <OverdueDays days={f.overdueDays} />}</span> },
                { key: 'legalBasis', label: t('hiddenDangers.field.legalBasis'), span: 2, children: f.legalBasis || '—' },
                ...(f.majorCriteria.length ? [{ key: 'criteria', label: t('hiddenDangers.field.majorCriteria'), span: 2, children: <CriteriaList items={f.majorCriteria} /> }] : []),
              ]} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card className="content-card" title={t('hiddenDangers.page.plan')}>
            {f.planText ? (
              <Descriptions size="small" column={1} data-testid="hd-plan"
                items={[
                  { key: 'plan', label: t('hiddenDangers.field.planText'), children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{f.planText}</Typography.Paragraph> },
                  { key: 'person', label: t('hiddenDangers.field.responsiblePerson'), children: f.responsiblePerson || '—' },
                  { key: 'funds', label: t('hiddenDangers.field.funds'), children: money },
                  { key: 'submitted', label: t('hiddenDangers.field.submittedAt'), children: formatDateTime(f.submittedAt) },
                  { key: 'verified', label: t('hiddenDangers.field.verifiedAt'), children: f.verifiedAt ? `${formatDateTime(f.verifiedAt)} · ${actorName(verifier ?? null)}` : '—' },
                  { key: 'closed', label: t('hiddenDangers.field.closedAt'), children: formatDateTime(f.closedAt) },
                ]} />
            ) : <Typography.Text type="secondary" data-testid="hd-plan-none">{t('hiddenDangers.page.noPlan')}</Typography.Text>}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card className="content-card" title={t('hiddenDangers.page.evidence')}>
            <EvidenceCard findingId={f.id} files={f.evidence} kind="rectification" canUpload={evidenceKind === 'rectification'} onUploaded={finding.reload} testId="hd-evidence" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card className="content-card" title={t('hiddenDangers.page.verificationPhotos')}>
            <EvidenceCard findingId={f.id} files={f.verificationPhotos} kind="verification" canUpload={evidenceKind === 'verification'} onUploaded={finding.reload} testId="hd-verification" />
          </Card>
        </Col>
        {f.severity === 'major' && (
          <Col xs={24} lg={12}>
            <Card className="content-card" title={t('hiddenDangers.page.supervision')}><SupervisionCard finding={f} onChanged={finding.setData} /></Card>
          </Col>
        )}
        <Col xs={24} lg={f.severity === 'major' ? 12 : 24}>
          <Card className="content-card" title={t('hiddenDangers.page.timeline')}><FindingTimeline items={f.timeline} /></Card>
        </Col>
      </Row>
    </div>
  );
}
