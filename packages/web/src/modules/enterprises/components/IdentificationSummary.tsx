// The unit's GB 18218 result in one strip: S and whether it is a major hazard; when graded, R, α and the grade;
// what is missing otherwise (the population within 500 m, a Table 1 row, hazard categories …); a link to the
// line-by-line trace.
import { NodeIndexOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/utils/format';
import { enterpriseUrls } from '../api/enterprises.api';
import type { Unit } from '../api/enterprises.types';
import { GradeTag, IdentificationTag } from './Tags';

export function IdentificationSummary({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const id = unit.identification;
  const S = id.status === 'below_threshold' || id.status === 'needs_population' || id.status === 'graded' ? id.S : null;
  const major = id.status === 'needs_population' || id.status === 'graded';
  return (
    <div className="ent-ident" data-testid="identification-summary" data-unit-id={unit.id} data-status={id.status}>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} className="ent-ident__numbers">
        <Descriptions.Item label={t('enterprises.ident.result')}><Space size={4} wrap><IdentificationTag status={id.status} />{id.status === 'graded' && <GradeTag grade={id.grade} />}</Space></Descriptions.Item>
        <Descriptions.Item label="S">{S ? <b data-testid="ident-s" title={S.exact}>{S.display}</b> : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('enterprises.ident.isMajor')}>
          <span data-testid="ident-major" data-major={major ? '1' : '0'}>{S ? (major ? t('enterprises.ident.yes') : t('enterprises.ident.no')) : '—'}</span>
        </Descriptions.Item>
        {id.status === 'graded' && (
          <>
            <Descriptions.Item label="R"><b data-testid="ident-r" title={id.R.exact}>{id.R.display}</b></Descriptions.Item>
            <Descriptions.Item label="α">{t('enterprises.ident.alpha', { alpha: id.alpha.value.display, people: id.alpha.population, band: id.alpha.band })}</Descriptions.Item>
            <Descriptions.Item label={t('enterprises.ident.grade')}><span data-testid="ident-grade" data-grade={id.grade}>{t('enterprises.ident.gradeWith', { grade: t(`enterprises.grade.${id.grade}`), expr: id.gradeExpression })}</span></Descriptions.Item>
          </>
        )}
        {unit.identifiedAt && <Descriptions.Item label={t('enterprises.ident.at')}>{formatDateTime(unit.identifiedAt)}</Descriptions.Item>}
      </Descriptions>
      {id.status === 'needs_population' && <Alert type="warning" showIcon title={t('enterprises.ident.needsPopulation')} className="ent-ident__alert" />}
      {id.status === 'incomplete' && (
        <Alert type="error" showIcon className="ent-ident__alert" title={t('enterprises.ident.incomplete')} data-testid="ident-problems"
          description={
            <ul className="error-details">
              {id.problems.map((p, i) => (
                <li key={i}>
                  {p.index !== null && <span className="error-details__where">{t('common.rowN', { row: p.index + 1 })}</span>}
                  {t(`enterprises.problem.${p.problem}`, { defaultValue: p.problem })}
                  {p.detail.length > 0 && <span className="sub-text"> {t('enterprises.ident.detail', { detail: p.detail.join(' / ') })}</span>}
                </li>
              ))}
            </ul>
          } />
      )}
      {id.status !== 'empty' && (
        <Link to={enterpriseUrls.trace(unit.id)} data-testid="trace-link"><NodeIndexOutlined /> {t('enterprises.ident.trace')}</Link>
      )}
    </div>
  );
}
