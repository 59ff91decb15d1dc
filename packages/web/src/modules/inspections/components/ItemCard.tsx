// One checklist item on the phone: the requirement and its legal basis, 合格 / 不合格 / 不涉及 as three big buttons,
// a note, photos from the camera (queued as blobs until they upload), and — after a sync found another phone's answer
// for the same item — both values with a choice.
import { CameraOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Radio, Space, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, ChecklistItem, InspectionOutcome, InspectionResult, SyncConflict } from '../api/inspections.types';
import type { QueuedPhoto } from '../offline/store';

type Props = {
  item: ChecklistItem;
  index: number;
  result: InspectionResult | undefined;
  queuedPhotos: QueuedPhoto[];
  conflicts: SyncConflict[];
  editable: boolean;
  changed: boolean;
  onAnswer: (outcome: InspectionOutcome, note: string) => void;
  onPhoto: (file: File) => void;
  onKeepMine: (c: SyncConflict) => void;
  onTakeTheirs: (c: SyncConflict) => void;
};

const outcomes: InspectionOutcome[] = ['pass', 'fail', 'not_applicable'];

export function ItemCard({ item, index, result, queuedPhotos, conflicts, editable, changed, onAnswer, onPhoto, onKeepMine, onTakeTheirs }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState(result?.note ?? '');
  useEffect(() => { setNote(result?.note ?? ''); }, [result?.note]);
  const outcome = result?.outcome ?? null;
  const inputId = `photo-${item.id}`;
  
  return (
    <Card size="small" className={`insp-item${outcome === 'fail' ? ' insp-item--fail' : ''}`} data-testid={`inspection-item-${item.id}`}
      data-outcome={outcome ?? ''} data-changed={changed ? '1' : '0'}
      title={<span>{t('inspections.item.number', { n: index + 1 })}</span>}
      extra={<Space size={4}>
        {item.severityHint === 'major' && <Tag color="red">{t('inspections.item.major')}{item.majorCriterion ? ` ${item.majorCriterion}` : ''}</Tag>}
        {changed && <Tag color="gold">{t('inspections.item.queued')}</Tag>}
      </Space>}>
      <div className="insp-item__content">{item.content}</div>
      <div className="insp-item__basis">{t('inspections.item.basis')}: {item.legalBasis}</div>
      <Radio.Group className="insp-outcome" optionType="button" buttonStyle="solid" size="large" disabled={!editable}
        value={outcome} onChange={(e) => onAnswer(e.target.value as InspectionOutcome, note)}>
        {outcomes.map((o) => (
          <Radio.Button key={o} value={o} data-testid={`outcome-${item.id}-${o}`}>{t(`inspections.outcome.${o}`)}</Radio.Button>
        ))}
      </Radio.Group>
      <Input.TextArea style={{ marginTop: 10 }} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} disabled={!editable}
        placeholder={outcome === 'fail' ? t('inspections.item.notePlaceholderFail') : t('inspections.item.notePlaceholder')}
        value={note} onChange={(e) => setNote(e.target.value)} data-testid={`note-${item.id}`}
        onBlur={() => { if (outcome && note !== (result?.note ?? '')) onAnswer(outcome, note); }} />
      <Photos item={item} editable={editable} inputId={inputId} server={result?.photos ?? []} queued={queuedPhotos} onPhoto={onPhoto} />
      {result?.findingId && <Tag color="volcano" style={{ marginTop: 8 }}>{t('inspections.item.finding')}</Tag>}
      {conflicts.map((c) => <ConflictAlert key={`${c.itemId}-${c.field}`} conflict={c} testId={`conflict-${item.id}`} onKeepMine={onKeepMine} onTakeTheirs={onTakeTheirs} />)}
    </Card>
  );
}

const conflictFields = ['outcome', 'note', 'summary', 'representativeName'];

/** Both values of a field two phones changed, and the choice. Used on an item card and for the summary/representative. */
export function ConflictAlert({ conflict: c, testId, onKeepMine, onTakeTheirs }: {
  conflict: SyncConflict; testId: string; onKeepMine: (c: SyncConflict) => void; onTakeTheirs: (c: SyncConflict) => void;
}) {
  const { t } = useTranslation();
  const value = (v: string | null) => (c.field === 'outcome' && v ? t(`inspections.outcome.${v}`) : v || '—');
  const field = conflictFields.includes(c.field) ? c.field : 'outcome';
  return (
    <Alert type="warning" showIcon className="insp-conflict" data-testid={testId}
      title={t('inspections.conflict.title', { field: t(`inspections.conflict.field.${field}`) })}
      description={<>
        <div>{t('inspections.conflict.mine')}: <b data-testid="conflict-mine">{value(c.mine)}</b></div>
        <div>{t('inspections.conflict.theirs')}: <b data-testid="conflict-theirs">{value(c.theirs)}</b></div>
        <Space style={{ marginTop: 8 }} wrap>
          <Button size="middle" onClick={() => onKeepMine(c)} data-testid="conflict-keep-mine">{t('inspections.conflict.keepMine')}</Button>
          <Button size="middle" onClick={() => onTakeTheirs(c)} data-testid="conflict-take-theirs">{t('inspections.conflict.takeTheirs')}</Button>
        </Space>
      </>} />
  );
}

function Photos({ item, editable, inputId, server, queued, onPhoto }: {
  item: ChecklistItem; editable: boolean; inputId: string; server: Attachment[]; queued: QueuedPhoto[]; onPhoto: (file: File) => void;
}) {
  const { t } = useTranslation();
  const urls = useMemo(() => queued.map((p) => ({ id: p.id, url: URL.createObjectURL(p.blob) })), [queued]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u.url)), [urls]);
  return (
    <div style={{ marginTop: 10 }}>
      {editable && (
        <label htmlFor={inputId} className="insp-photo-button">
          <CameraOutlined /> {t('inspections.item.photo')}
          <input id={inputId} className="insp-photo-input" type="file" accept="image/*" capture="environment" data-testid={`photo-${item.id}`}
            onChange={(e) => { const f = e.target.files?.[0]; if (f) onPhoto(f); e.target.value = ''; }} />
        </label>
      )}
      {(server.length > 0 || urls.length > 0) && (
        <div className="insp-thumbs">
          {server.map((p) => <a key={p.id} href={p.url} target="_blank" rel="noreferrer" data-testid="photo-uploaded"><img src={p.url} alt={p.fileName} /></a>)}
          {urls.map((u) => (
            <span key={u.id} className="insp-thumb" data-testid="photo-queued">
              <img src={u.url} alt="" /><Tag className="insp-thumb__tag" color="gold">{t('inspections.item.photoQueued')}</Tag>
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
