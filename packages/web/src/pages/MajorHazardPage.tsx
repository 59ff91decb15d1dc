// One unit's major hazard record: the GB 18218 calculation line by line (the heart of it), the 备案 register,
// the monitoring requirements for its grade, and the printable identification report.
import { FilePdfOutlined, ShopOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { majorHazardsApi, majorHazardUrls } from '../modules/major-hazards/api/major-hazards.api';
import { IdentificationTraceView } from '../modules/major-hazards/components/IdentificationTraceView';
import { RegisterForm } from '../modules/major-hazards/components/RegisterForm';
import { RequirementList } from '../modules/major-hazards/components/RequirementList';
import { IdentificationTag } from '../modules/major-hazards/components/StatusTags';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { formatNumber } from '../modules/shared/utils/format';

export function MajorHazardPage() {
  const { t } = useTranslation();
  const unitId = useParams().unitId ?? '';
  const me = useMe();
  const detail = useAsync(() => majorHazardsApi.detail(unitId), [unitId]);
  const d = detail.data;
  useCrumbs([{ title: t('nav.major-hazards'), path: '/major-hazards' }, { title: d?.unit.name ?? t('majorHazards.unit.title') }]);

  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!d) return <Loading />;

  const trace = d.identification;
  const grade = trace.status === 'graded' ? trace.grade : null;
  const enterpriseLink = majorHazardUrls.enterprise(d.enterprise.id);
  const editable = d.canEditRegister ?? can.editEnterprises(me.role);

  return (
    <>
      <PageHeader
        title={d.unit.name}
        subtitle={<>{d.enterprise.name}{d.territory ? ` · ${d.territory.name}` : ''} <IdentificationTag status={trace.status} grade={grade} /></>}
        extra={(
          <>
            <Link to={enterpriseLink}><Button icon={<ShopOutlined />} data-testid="unit-enterprise-link">{t('majorHazards.unit.openEnterprise')}</Button></Link>
            <Button type="primary" icon={<FilePdfOutlined />} href={majorHazardUrls.report(unitId)} download data-testid="unit-report-pdf">
              {t('majorHazards.unit.reportPdf')}
            </Button>
          </>
        )}
      />
      <Card className="content-card" title={t('majorHazards.unit.basics')} size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} data-testid="unit-basics">
          <Descriptions.Item label={t('majorHazards.register.enterprise')}><Link to={enterpriseLink}>{d.enterprise.name}</Link></Descriptions.Item>
          <Descriptions.Item label={t('majorHazards.unit.uscc')}><span className="mono">{d.enterprise.uscc}</span></Descriptions.Item>
          <Descriptions.Item label={t('majorHazards.register.territory')}>{d.territory?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('majorHazards.unit.kind')}>
            {t(`majorHazards.unitKind.${d.unit.kind}`)}{d.unit.facility ? ` · ${t(`majorHazards.facility.${d.unit.facility}`, { defaultValue: d.unit.facility })}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('majorHazards.unit.population')}>
            <span data-testid="unit-population">{d.unit.population500m === null ? t('majorHazards.unit.populationUnknown') : t('majorHazards.unit.people', { n: formatNumber(d.unit.population500m) })}</span>
            {d.unit.populationSource && <span className="sub-text">（{t(`majorHazards.populationSource.${d.unit.populationSource}`, { defaultValue: d.unit.populationSource })}）</span>}
          </Descriptions.Item>
          <Descriptions.Item label={t('majorHazards.unit.address')}>{d.enterprise.address || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card className="content-card" title={t('majorHazards.unit.calculation')}>
        <IdentificationTraceView trace={trace} lineNames={d.lines.map((l) => l.chemicalName)} fixLink={enterpriseLink} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card className="content-card" title={t('majorHazards.unit.register')}>
            <RegisterForm unitId={unitId} register={d.register} editable={editable}
              onSaved={(register) => detail.setData({ ...d, register })} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card className="content-card" title={grade ? t('majorHazards.unit.monitoringFor', { grade: t(`majorHazards.grade.${grade}`) }) : t('majorHazards.unit.monitoring')}>
            {d.monitoring.length > 0 ? <RequirementList items={d.monitoring} testId="unit-monitoring" />
              : <span className="sub-text">{t(trace.status === 'needs_population' ? 'majorHazards.unit.monitoringUngraded'
                : trace.status === 'incomplete' || trace.status === 'empty' ? 'majorHazards.unit.monitoringUndecided' : 'majorHazards.unit.monitoringNotMajor')}</span>}
          </Card>
        </Col>
      </Row>
    </>
  );
}
