// 化学品目录: search GB 18218 Table 1 and the loaded catalog by name, alias or CAS (a CAS with a wrong check digit
// is refused by the server, whose message shows under the field), with each chemical's list flags and the
// district's restriction level; the Table 2 categories and the reference lists below.
import { Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { chemicalsApi } from '../modules/chemicals/api/chemicals.api';
import type { ChemicalSearch } from '../modules/chemicals/api/chemicals.types';
import { CategoriesTable } from '../modules/chemicals/components/CategoriesTable';
import { ChemicalResults } from '../modules/chemicals/components/ChemicalResults';
import { ChemicalsNav } from '../modules/chemicals/components/ChemicalsNav';
import { IncompleteListsNotice, ListsTable } from '../modules/chemicals/components/ListsNotice';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { ApiError } from '../modules/shared/api/client';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';

export function ChemicalsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const [draft, setDraft] = useState(q);
  const search = useAsync<ChemicalSearch>(() => chemicalsApi.search(q, 50), [q], q.length > 0);
  const lists = useAsync(() => chemicalsApi.lists(), []);
  const categories = useAsync(() => chemicalsApi.categories(), []);
  useCrumbs([{ title: t('nav.chemicals') }]);

  // A refused CAS is an input error, shown under the field; any other failure is a load error.
  const casError = search.error instanceof ApiError && search.error.status === 400 ? search.error.message
    : search.data?.casProblem === 'check_digit' ? t('chemicals.search.casCheckDigit') : null;
  const loadError = search.error && !casError ? search.error : null;

  return (
    <>
      <PageHeader title={t('chemicals.page.title')} subtitle={t('chemicals.page.subtitle')} />
      <ChemicalsNav active="catalog" />
      <IncompleteListsNotice lists={lists.data ?? []} />
      <Card className="content-card" title={t('chemicals.search.title')}>
        <Form layout="vertical" onFinish={() => setParams(draft.trim() ? { q: draft.trim() } : {})}>
          <Form.Item label={t('chemicals.search.label')} validateStatus={casError ? 'error' : undefined}
            help={casError ? <span data-testid="cas-error">{casError}</span> : t('chemicals.search.help')} style={{ maxWidth: 560 }}>
            <Input.Search value={draft} onChange={(e) => setDraft(e.target.value)} onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {})}
              allowClear enterButton placeholder={t('chemicals.search.placeholder')} data-testid="chemical-search" loading={search.loading} />
          </Form.Item>
        </Form>
        {loadError && <ErrorAlert error={loadError} onRetry={search.reload} />}
        <ChemicalResults items={casError || !q ? [] : search.data?.items ?? []} loading={search.loading} searched={q.length > 0} />
      </Card>
      <Card className="content-card" title={t('chemicals.categories.title')} extra={<span className="sub-text">{t('chemicals.categories.note')}</span>}>
        {categories.error && <ErrorAlert error={categories.error} onRetry={categories.reload} />}
        <CategoriesTable rows={categories.data ?? []} loading={categories.loading} />
      </Card>
      <Card className="content-card" title={t('chemicals.lists.cardTitle')}>
        {lists.error && <ErrorAlert error={lists.error} onRetry={lists.reload} />}
        <ListsTable lists={lists.data ?? []} loading={lists.loading} />
      </Card>
    </>
  );
}
