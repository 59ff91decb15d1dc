// The enterprise's rectification evidence (photos, PDFs) and the inspector's verification photos: thumbnails that open
// the file, and an upload (image or PDF ≤ 8 MB; the server checks the bytes) for whoever may add to the list now.
import { FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Image, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/components/EmptyState';
import { useBusyAction } from '../../shared/hooks/use-busy-action';
import { formatDateTime } from '../../shared/utils/format';
import { hiddenDangersApi } from '../api/hidden-dangers.api';
import type { Attachment } from '../api/hidden-dangers.types';

export const maxEvidenceBytes = 8 * 1024 * 1024;

function FileThumb({ a }: { a: Attachment }) {
  return (
    <div className="hd-evidence__file" data-testid="hd-evidence-file" data-id={a.id}>
      {a.mime.startsWith('image/')
        ? <Image src={a.url} width={96} height={96} style={{ objectFit: 'cover' }} alt={a.fileName} />
        : <a href={a.url} target="_blank" rel="noreferrer"><FilePdfOutlined style={{ fontSize: 48 }} /></a>}
      <span>{a.fileName}</span>
      <span className="sub-text">{formatDateTime(a.takenAt ?? a.uploadedAt)}</span>
    </div>
  );
}

type Props = { findingId: string; files: Attachment[]; kind: 'rectification' | 'verification'; canUpload: boolean; onUploaded: () => void; testId: string };

export function EvidenceCard({ findingId, files, kind, canUpload, onUploaded, testId }: Props) {
  const { t } = useTranslation();
  const { busy, run } = useBusyAction();
  return (
    <div data-testid={testId} data-count={files.length}>
      {files.length === 0 ? <EmptyState description={t('hiddenDangers.evidence.none')} /> : (
        <Image.PreviewGroup><div className="hd-evidence">{files.map((a) => <FileThumb key={a.id} a={a} />)}</div></Image.PreviewGroup>
      )}
      {canUpload && (
        <div style={{ marginTop: 12 }}>
          <Upload accept="image/*,application/pdf" showUploadList={false} multiple={false}
            beforeUpload={(file) => {
              void run(async () => { await hiddenDangersApi.uploadEvidence(findingId, file, kind); onUploaded(); });
              return false;
            }}>
            <Button icon={<UploadOutlined />} loading={busy} data-testid={`${testId}-upload`}>{t(`hiddenDangers.evidence.upload.${kind}`)}</Button>
          </Upload>
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{t('hiddenDangers.evidence.limits')}</Typography.Text>
        </div>
      )}
    </div>
  );
}
