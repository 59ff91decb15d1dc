// 信息公开 (no login): the current blacklist, published penalty decisions, the area risk notice and the 双随机 results,
// each read from its public feed (/public/*.json) — the same records the JSON and RSS feeds carry, so a field the
// district keeps confidential cannot appear here (it is not in the answer). Links to the feeds for re-use.
import { ApiOutlined, WifiOutlined } from '@ant-design/icons';
import { Alert, Card, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { useAsync, type AsyncState } from '../modules/shared/hooks/use-async';
import { formatDateTime } from '../modules/shared/utils/format';
import { oneOf } from '../modules/shared/utils/url-filters';
import { publicApi, publicFeeds } from '../modules/public/api/public.api';
import { blacklistFieldOrder, penaltyFieldOrder } from '../modules/public/api/public-values';
import { PublicDrawsView } from '../modules/public/components/PublicDrawsView';
import { PublicHeader } from '../modules/public/components/PublicHeader';
import { PublicRecords } from '../modules/public/components/PublicRecords';
import { PublicRiskView } from '../modules/public/components/PublicRiskView';
import '../modules/public/public.css';

const tabs = ['blacklist', 'penalties', 'risk', 'draws'] as const;
type TabKey = (typeof tabs)[number];

/** One tab: the links to its feed (JSON, and RSS where there is one) with the feed's time, then the feed's view or its error. */
function FeedPanel<T extends { generatedAt?: string }>({ state, name, json, rss, note, children }: {
  state: AsyncState<T>; name: string; json: string; rss?: string; note?: ReactNode; children: (data: T | undefined) => ReactNode;
}) {
  const { t } = useTranslation();
  const at = state.data?.generatedAt;
  return (
    <>
      <div className="public-feeds">
        <a href={json} target="_blank" rel="noreferrer" data-testid={`feed-${name}-json`}><ApiOutlined /> {t('public.feed.json')}</a>
        {rss && <a href={rss} target="_blank" rel="noreferrer" data-testid={`feed-${name}-rss`}><WifiOutlined /> {t('public.feed.rss')}</a>}
        {at && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('public.generatedAt', { at: formatDateTime(at) })}</Typography.Text>}
      </div>
      {note}
      {state.error ? <ErrorAlert error={state.error} onRetry={state.reload} /> : children(state.data)}
    </>
  );
}

export function PublicPortalPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = oneOf<TabKey>(tabs, params.get('tab')) ?? 'blacklist';
  const blacklist = useAsync((s) => publicApi.blacklist(s), [], tab === 'blacklist');
  const penalties = useAsync((s) => publicApi.penalties(s), [], tab === 'penalties');
  const risk = useAsync((s) => publicApi.riskNotices(s), [], tab === 'risk');
  const draws = useAsync((s) => publicApi.draws(s), [], tab === 'draws');

  return (
    <div className="public-page" data-testid="public-portal">
      <PublicHeader />
      <main className="public-main">
        <Typography.Title level={3} data-testid="page-title" style={{ marginTop: 8 }}>{t('public.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('public.intro')}</Typography.Paragraph>
        <Card>
          <Tabs activeKey={tab} onChange={(k) => setParams(k === 'blacklist' ? {} : { tab: k })} data-testid="public-tabs"
            items={[
              { key: 'blacklist', label: <span data-testid="public-tab-blacklist">{t('public.tab.blacklist')}</span>, children: (
                <FeedPanel state={blacklist} name="blacklist" json={publicFeeds.blacklistJson} rss={publicFeeds.blacklistRss}
                  note={<Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('public.blacklistNote')} />}>
                  {(data) => <PublicRecords kind="blacklist" items={data?.items ?? []} order={blacklistFieldOrder} loading={blacklist.loading} testId="public-blacklist" />}
                </FeedPanel>
              ) },
              { key: 'penalties', label: <span data-testid="public-tab-penalties">{t('public.tab.penalties')}</span>, children: (
                <FeedPanel state={penalties} name="penalties" json={publicFeeds.penaltiesJson} rss={publicFeeds.penaltiesRss}>
                  {(data) => <PublicRecords kind="penalty" items={data?.items ?? []} order={penaltyFieldOrder} loading={penalties.loading} testId="public-penalties" />}
                </FeedPanel>
              ) },
              { key: 'risk', label: <span data-testid="public-tab-risk">{t('public.tab.risk')}</span>, children: (
                <FeedPanel state={risk} name="risk" json={publicFeeds.riskNoticesJson}>
                  {(data) => (data ? <PublicRiskView data={data} /> : <Loading />)}
                </FeedPanel>
              ) },
              { key: 'draws', label: <span data-testid="public-tab-draws">{t('public.tab.draws')}</span>, children: (
                <FeedPanel state={draws} name="draws" json={publicFeeds.drawsJson}>
                  {(data) => (data ? <PublicDrawsView items={data.items ?? []} /> : <Loading />)}
                </FeedPanel>
              ) },
            ]} />
        </Card>
      </main>
      <footer className="public-footer">{t('public.footer')}</footer>
    </div>
  );
}
