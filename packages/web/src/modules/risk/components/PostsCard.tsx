// The posts (岗位) exposed to the point, each with its 明白卡 (岗位风险告知卡) to print, and the enterprise's
// 风险公告栏 — both PDFs in Chinese with a QR code opening this page.
import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { riskUrls } from '../api/risk.api';
import type { RiskPoint } from '../api/risk.types';

export function PostsCard({ point }: { point: RiskPoint }) {
  const { t } = useTranslation();
  return (
    <div data-testid="risk-posts">
      {point.posts.length === 0 && <Typography.Text type="secondary">{t('risk.posts.none')}</Typography.Text>}
      <ul className="risk-posts">
        {point.posts.map((p) => (
          <li key={p} data-testid="risk-post" data-post={p}>
            <span className="risk-posts__name">{p}</span>
            <Button size="small" icon={<FilePdfOutlined />} href={riskUrls.card(point.id, p)} target="_blank" data-testid="risk-card-pdf">{t('risk.posts.printCard')}</Button>
          </li>
        ))}
      </ul>
      <Space wrap>
        {point.posts.length > 1 && (
          <Button icon={<FilePdfOutlined />} href={riskUrls.card(point.id)} target="_blank" data-testid="risk-cards-all">{t('risk.posts.printAll')}</Button>
        )}
        {point.enterprise && (
          <Button icon={<FilePdfOutlined />} href={riskUrls.noticeBoard(point.enterprise.id)} target="_blank" data-testid="risk-notice-board">{t('risk.posts.noticeBoard')}</Button>
        )}
      </Space>
    </div>
  );
}
