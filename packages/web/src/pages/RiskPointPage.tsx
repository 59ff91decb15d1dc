// One risk point — the page the QR code on a printed notice board or post card opens, so it reads well on a
// phone: the colour and level, where and whose, the assessment with its meanings and band, a regulator's override,
// the measures, the posts with their 明白卡, comments, post confirmations, the review cycle and the history.
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Popconfirm, Row, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { useTerritories } from '../modules/enterprises/hooks/use-territories';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { riskApi, riskUrls } from '../modules/risk/api/risk.api';
import { AssessmentView } from '../modules/risk/components/AssessmentView';
import { CommentsCard } from '../modules/risk/components/CommentsCard';
import { ConfirmationsCard } from '../modules/risk/components/ConfirmationsCard';
import { LevelBadge, RiskStatusTag } from '../modules/risk/components/LevelTag';
import { MeasuresView } from '../modules/risk/components/MeasuresView';
import { OverrideBlock } from '../modules/risk/components/OverrideBlock';
import { PostsCard } from '../modules/risk/components/PostsCard';
import { ReviewCard } from '../modules/risk/components/ReviewCard';
import { RiskHistory } from '../modules/risk/components/RiskHistory';
import { RiskPointDrawer } from '../modules/risk/components/RiskPointDrawer';
import { useOwnEnterprise } from '../modules/risk/hooks/use-own-enterprise';
import '../modules/risk/risk.css';
import { accidentTypeChoices, labelOf } from '../modules/risk/utils/choices';
import { canComment, canConfirm, createRightsOf } from '../modules/risk/utils/permissions';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter, useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDateTime, formatNumber } from '../modules/shared/utils/format';
import { BlacklistBadge } from '../modules/blacklist/components/BlacklistBadge';

export function RiskPointPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const success = useSuccess();
  const report = useErrorReporter();
  const pointId = useParams().pointId ?? '';
  const point = useAsync(() => riskApi.get(pointId), [pointId]);
  const territories = useTerritories();
  const own = useOwnEnterprise();
  const [editing, setEditing] = useState(false);
  const p = point.data;
  useCrumbs([{ title: t('risk.nav.points'), path: '/risk' }, { title: p?.name ?? '…' }]);

  if (point.error && !p) return <ErrorAlert error={point.error} onRetry={point.reload} />;
  if (!p) return <Loading />;

  const remove = async () => {
    try {
      await riskApi.remove(p.id);
      success(t('risk.point.deleted'));
      void navigate(p.enterprise && me.role !== 'enterprise' ? riskUrls.enterprise(p.enterprise.id) : '/risk');
    } catch (e) {
      report(e);
    }
  };
  const accident = (zh: string) => { const c = accidentTypeChoices.find((x) => x.zh === zh); return c ? labelOf(c, i18n.language) : zh; };
  const score = p.assessment.method === 'matrix' ? `L${p.assessment.inputs.l} × S${p.assessment.inputs.s ?? ''}` : `${p.assessment.method === 'lec' ? 'D' : 'R'} = ${formatNumber(p.assessment.score, 2)}`;

  return (
    <div className="risk-point-page" data-testid="risk-point" data-id={p.id} data-level={p.level}>
      <PageHeader
        title={p.name}
        subtitle={
          <Space size={[4, 4]} wrap>
            <Tag>{t(`risk.kind.${p.kind}`)}</Tag>
            <RiskStatusTag status={p.status} />
            {p.reviewLate && <Tag color="red">{t('risk.review.late')}</Tag>}
            {p.isDemo && <Tag>{t('risk.point.demo')}</Tag>}
          </Space>
        }
        extra={p.canEdit && (
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="risk-edit">{t('risk.point.edit')}</Button>
            <Popconfirm title={t('risk.point.deleteConfirm')} onConfirm={() => { void remove(); }} okButtonProps={{ danger: true }}>
              <Button danger icon={<DeleteOutlined />} data-testid="risk-delete">{t('risk.point.delete')}</Button>
            </Popconfirm>
          </Space>
        )}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card className="content-card">
            <LevelBadge level={p.level} caption={score} />
            <div style={{ marginTop: 12 }}><OverrideBlock point={p} onChanged={point.setData} /></div>
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card className="content-card" title={t('risk.section.basics')}>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}
              items={[
                { key: 'owner', label: p.enterprise ? t('risk.field.enterprise') : t('risk.field.territory'),
                  children: p.enterprise ? <><Link to={riskUrls.enterprise(p.enterprise.id)} data-testid="risk-enterprise-link">{p.enterprise.name}</Link><BlacklistBadge enterpriseId={p.enterprise.id} /></> : p.territory.name },
                { key: 'place', label: t('risk.field.territory'), children: [p.territory.name, p.grid?.name].filter(Boolean).join(' · ') },
                { key: 'location', label: t('risk.field.location'), children: p.location ?? '—' },
                { key: 'coords', label: t('risk.field.coordinates'),
                  children: p.coordinates
                    ? <span className="mono">{p.coordinates.lng.toFixed(6)}, {p.coordinates.lat.toFixed(6)} (WGS-84){p.coordinates.input === 'gcj02' ? ` · ${t('risk.point.fromGcj')}` : ''}</span>
                    : '—' },
                { key: 'factors', label: t('risk.field.hazardFactors'), children: <Space size={[4, 4]} wrap>{p.hazardFactors.map((f) => <Tag key={f}>{f}</Tag>)}</Space> },
                { key: 'accidents', label: t('risk.field.accidentTypes'), children: p.accidentTypes.length ? <Space size={[4, 4]} wrap>{p.accidentTypes.map((a) => <Tag key={a} color="volcano">{accident(a)}</Tag>)}</Space> : '—' },
                { key: 'controlLevel', label: t('risk.field.controlLevel'), children: t(`risk.controlLevel.${p.controlLevel}`) },
                { key: 'responsible', label: t('risk.field.responsible'),
                  children: <span data-testid="risk-responsible">{p.responsibleDepartment} · {p.responsiblePerson}{p.responsiblePhone ? <> · <a href={`tel:${p.responsiblePhone}`}>{p.responsiblePhone}</a></> : null}</span> },
                { key: 'updated', label: t('risk.point.updatedAt'), children: formatDateTime(p.updatedAt) },
              ]} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card className="content-card" title={t('risk.section.assessment')}><AssessmentView a={p.assessment} /></Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card className="content-card" title={t('risk.section.measures')}><MeasuresView point={p} /></Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card className="content-card" title={t('risk.section.posts')}><PostsCard point={p} /></Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card className="content-card" title={t('risk.section.review')}><ReviewCard point={p} onChanged={point.setData} /></Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card className="content-card" title={t('risk.section.comments')}><CommentsCard pointId={p.id} canWrite={canComment(me.role)} /></Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card className="content-card" title={t('risk.section.confirmations')}><ConfirmationsCard point={p} canWrite={canConfirm(me.role) && p.canEdit} /></Card>
        </Col>
        <Col xs={24}>
          <Card className="content-card" title={t('risk.section.history')}><RiskHistory key={`${p.id}-${p.version}`} pointId={p.id} /></Card>
        </Col>
      </Row>
      {editing && (
        <RiskPointDrawer open={editing} point={p} onClose={() => setEditing(false)} territories={territories} rights={createRightsOf(me.role)}
          fixedEnterprise={me.role === 'enterprise' ? own.enterprise ?? null : null}
          onSaved={(saved) => { setEditing(false); success(t('common.saved')); point.setData(saved); }} />
      )}
    </div>
  );
}
