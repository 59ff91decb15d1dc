// Downloads in the forms government offices use. Plain links: the browser sends the session cookie and saves
// the file the server names; the hazgov_locale cookie decides its language.
import { DownloadOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { exportUrls } from '../api/plans.api';
import type { Quarter } from '../api/plans.types';

export function ExportTasksButton({ planId }: { planId: string }) {
  const { t } = useTranslation();
  return (
    <Button icon={<FileExcelOutlined />} href={exportUrls.tasks(planId)} download data-testid="export-tasks">
      {t('exports.tasks')}
    </Button>
  );
}

export function ExportRollupButtons({ planId, quarter }: { planId: string; quarter: Quarter | undefined }) {
  const { t } = useTranslation();
  if (!quarter) return null;
  const q = { year: quarter.year, quarter: quarter.quarter };
  return (
    <Dropdown
      menu={{
        items: [
          { key: 'xlsx', icon: <FileExcelOutlined />, label: <a href={exportUrls.rollupXlsx(planId, q)} download data-testid="export-rollup-xlsx">{t('exports.rollupXlsx')}</a> },
          { key: 'docx', icon: <FileWordOutlined />, label: <a href={exportUrls.rollupDocx(planId, q)} download data-testid="export-rollup-docx">{t('exports.rollupDocx')}</a> },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />} data-testid="export-rollup">{t('exports.rollup')}</Button>
    </Dropdown>
  );
}

export function ExportUnitReportButton({ planId, unitId, quarter }: { planId: string; unitId?: string; quarter: Quarter | undefined }) {
  const { t } = useTranslation();
  if (!quarter) return null;
  const q = unitId ? { unitId, year: quarter.year, quarter: quarter.quarter } : { year: quarter.year, quarter: quarter.quarter };
  return (
    <Space>
      <Button icon={<FileWordOutlined />} href={exportUrls.unitReport(planId, q)} download data-testid="export-unit-report">
        {t('exports.unitReport')}
      </Button>
    </Space>
  );
}
