// A chemical's control-list memberships as tags (剧毒, 重点监管, 易制爆, 易制毒, 特别管控) and the district's
// 禁限控 level in red / orange / yellow. The highly-toxic list we hold is partial: "not found there" shows as
// unknown, never as "not highly toxic".
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { listFlagKeys, type Flags, type ListFlagKey, type RestrictionLevel } from '../api/chemicals.types';

const flagColor: Record<ListFlagKey, string> = {
  highlyToxic: 'magenta', keySupervised: 'volcano', explosivePrecursor: 'red', drugPrecursor: 'purple', speciallyControlled: 'geekblue',
};
export const restrictionColor: Record<RestrictionLevel, string> = { prohibited: 'red', restricted: 'orange', controlled: 'gold' };

export function RestrictionTag({ level, note }: { level: RestrictionLevel; note?: string | null }) {
  const { t } = useTranslation();
  const tag = <Tag color={restrictionColor[level]} data-testid="restriction-tag" data-level={level}>{t(`chemicals.restriction.level.${level}`)}</Tag>;
  return note ? <Tooltip title={note}>{tag}</Tooltip> : tag;
}

export function FlagTags({ flags, showUnknown = true }: { flags: Flags | undefined; showUnknown?: boolean }) {
  const { t } = useTranslation();
  if (!flags) return null;
  const listed = listFlagKeys.filter((k) => flags[k] === 'listed');
  return (
    <Space size={[0, 4]} wrap data-testid="flag-tags">
      {flags.restriction && <RestrictionTag level={flags.restriction.level} note={flags.restriction.note} />}
      {listed.map((k) => <Tag key={k} color={flagColor[k]} data-testid="flag-tag" data-flag={k}>{t(`chemicals.flags.${k}`)}</Tag>)}
      {showUnknown && flags.highlyToxic === 'unknown' && (
        <Tooltip title={t('chemicals.flags.highlyToxicUnknownTip')}>
          <Tag icon={<QuestionCircleOutlined />} variant="outlined" data-testid="flag-tag" data-flag="highlyToxic-unknown" style={{ borderStyle: 'dashed', color: 'rgba(0,0,0,0.45)' }}>
            {t('chemicals.flags.highlyToxicUnknown')}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}
