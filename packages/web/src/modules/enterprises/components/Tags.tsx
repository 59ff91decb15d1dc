// The small coloured labels of the enterprise pages. Grade colours follow the usual 红橙黄蓝 of risk maps:
// 一级 red, 二级 orange, 三级 yellow, 四级 blue.
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  Activity, DeclarationReviewStatus, DeclarationStatus, EnterpriseStatus, Flags, Grade, IdentificationStatus, LicenceState,
} from '../api/enterprises.types';
import { flagKeys } from '../api/enterprises.types';

export const gradeColor: Record<Grade, string> = { 1: 'red', 2: 'orange', 3: 'gold', 4: 'blue' };
export const gradeHex: Record<Grade, string> = { 1: '#f5222d', 2: '#fa8c16', 3: '#fadb14', 4: '#1677ff' };

export function GradeTag({ grade }: { grade: Grade | null | undefined }) {
  const { t } = useTranslation();
  if (!grade) return null;
  return <Tag color={gradeColor[grade]} data-testid="grade-tag" data-grade={grade}>{t(`enterprises.grade.${grade}`)}</Tag>;
}

const enterpriseStatusColor: Record<EnterpriseStatus, string> = { operating: 'green', suspended: 'orange', closed: 'default', relocating: 'purple' };
export function EnterpriseStatusTag({ status }: { status: EnterpriseStatus }) {
  const { t } = useTranslation();
  return <Tag color={enterpriseStatusColor[status]} data-testid="enterprise-status">{t(`enterprises.status.${status}`)}</Tag>;
}

const declarationColor: Record<DeclarationStatus, string> = { none: 'default', draft: 'default', submitted: 'processing', approved: 'success', returned: 'orange' };
export function DeclarationTag({ status }: { status: DeclarationStatus | DeclarationReviewStatus }) {
  const { t } = useTranslation();
  return <Tag color={declarationColor[status]} data-testid="declaration-status" data-status={status}>{t(`enterprises.declarationStatus.${status}`)}</Tag>;
}

const licenceColor: Record<LicenceState, string> = { valid: 'green', expiring_90: 'gold', expiring_30: 'orange', expired: 'red' };
export function LicenceStateTag({ state }: { state: LicenceState }) {
  const { t } = useTranslation();
  return <Tag color={licenceColor[state]} data-testid="licence-state" data-state={state}>{t(`enterprises.licenceState.${state}`)}</Tag>;
}

export function ActivityTags({ activities }: { activities: readonly Activity[] }) {
  const { t } = useTranslation();
  return <>{activities.map((a) => <Tag key={a} bordered={false} color="geekblue">{t(`enterprises.activity.${a}`)}</Tag>)}</>;
}

export function DemoTag() {
  const { t } = useTranslation();
  return <Tag color="purple" bordered={false} data-testid="demo-tag">{t('enterprises.demo')}</Tag>;
}

const identificationColor: Record<IdentificationStatus, string> = {
  empty: 'default', incomplete: 'red', below_threshold: 'green', needs_population: 'orange', graded: 'volcano',
};
export function IdentificationTag({ status }: { status: IdentificationStatus }) {
  const { t } = useTranslation();
  return <Tag color={identificationColor[status]} data-testid="identification-status" data-status={status}>{t(`enterprises.identification.${status}`)}</Tag>;
}

const restrictionColor = { prohibited: 'red', restricted: 'volcano', controlled: 'gold' } as const;

/** Tags for the lists a chemical is on (剧毒, 重点监管 …) and the district's 禁限控 list; with showUnknown, that the
 * highly toxic list could not say (it is incomplete). */
export function FlagTags({ flags, showUnknown }: { flags: Flags | null | undefined; showUnknown?: boolean }) {
  const { t } = useTranslation();
  if (!flags) return null;
  return (
    <>
      {flags.restriction && (
        <Tooltip title={flags.restriction.note ?? undefined}>
          <Tag color={restrictionColor[flags.restriction.level]} data-testid="flag-restriction" data-level={flags.restriction.level}>
            {t(`enterprises.restriction.${flags.restriction.level}`)}
          </Tag>
        </Tooltip>
      )}
      {flagKeys.filter((k) => flags[k] === 'listed').map((k) => (
        <Tag key={k} color={k === 'highlyToxic' ? 'magenta' : 'cyan'} data-testid={`flag-${k}`}>{t(`enterprises.flags.${k}`)}</Tag>
      ))}
      {showUnknown && flags.highlyToxic === 'unknown' && (
        <Tooltip title={t('enterprises.flags.highlyToxicUnknownHint')}>
          <Tag bordered={false} className="ent-muted-tag">{t('enterprises.flags.highlyToxicUnknown')}</Tag>
        </Tooltip>
      )}
    </>
  );
}
