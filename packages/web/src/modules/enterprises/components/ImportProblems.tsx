// Every problem of a rejected import, with its sheet, row and column, so the file can be fixed in one pass.
import { Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../api/enterprises.types';

export function ImportProblems({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <Table<ImportProblem>
      size="small" data-testid="import-problems" rowKey={(p, i) => `${p.sheet}-${p.row}-${p.column}-${i}`} dataSource={problems} scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      onRow={(p) => ({ 'data-testid': 'import-problem', 'data-sheet': p.sheet, 'data-row': p.row ?? '', 'data-column': p.column ?? '', 'data-code': p.code } as HTMLAttributes<HTMLElement>)}
      columns={[
        { key: 'sheet', title: t('enterprises.import.sheet'), dataIndex: 'sheet', width: 120 },
        { key: 'row', title: t('enterprises.import.row'), width: 70, render: (_: unknown, p) => p.row ?? '—' },
        { key: 'column', title: t('enterprises.import.column'), width: 160, render: (_: unknown, p) => p.column ?? '—' },
        { key: 'message', title: t('enterprises.import.reason'), dataIndex: 'message' },
      ]}
    />
  );
}
