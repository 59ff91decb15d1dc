// 信息公开 (no login): the current blacklist, published penalty decisions, the area risk notice and the 双随机 results,
// each read from its public feed (/public/*.json) — the same records the JSON and RSS feeds carry, so a field the
// district keeps confidential cannot appear here (it is not in the answer). Links to the feeds for re-use.
import { ApiOutlined, WifiOutlined } from '@ant-design/icons';
import { Alert, Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { useAsync } from '../modules/shared/hooks/use-async';
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

export function PublicPortalPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = oneOf<TabKey>(tabs, params.get('tab')) ?? 'blacklist';
  const blacklist = useAsync((s) => publicApi.blacklist(s), [], tab === 'blacklist');
  const penalties = useAsync((s) => publicApi.penalties(s), [], tab === 'penalties');
  const risk = useAsync((s) => publicApi.riskNotices(s), [], tab === 'risk');
  const draws = useAsync((s) => publicApi.draws(s), [], tab === 'draws');

  const feedLink = (href: string, label: string, testId: string, icon = <ApiOutlined />) => (
    <a href={href} target="_blank" rel="noreferrer" data-testid={testId}>{icon} {label}</a>
  );
  const generated = (at: string | undefined) => at && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('public.generatedAt', { at: formatDateTime(at) })}</Typography.Text>;

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
                <>
                  <div className="public-feeds">
                    {feedLink(publicFeeds.blacklistJson, t('public.feed.json'), 'feed-blacklist-json')}
                    {feedLink(publicFeeds.blacklistRss, t('public.feed.rss'), 'feed-blacklist-rss', <WifiOutlined />)}
                    {generated(blacklist.data?.generatedAt)}
                  </div>
                  <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('public.blacklistNote')} />
                  {blacklist.error ? <ErrorAlert error={blacklist.error} onRetry={blacklist.reload} />
                    : <PublicRecords kind="blacklist" items={blacklist.data?.items ?? []} order={blacklistFieldOrder} loading={blacklist.loading} testId="public-blacklist" />}
                </>
              ) },
              { key: 'penalties', label: <span data-testid="public-tab-penalties">{t('public.tab.penalties')}</span>, children: (
                <>
                  <div className="public-feeds">
                    {feedLink(publicFeeds.penaltiesJson, t('public.feed.json'), 'feed-penalties-json')}
                    {feedLink(publicFeeds.penaltiesRss, t('public.feed.rss'), 'feed-penalties-rss', <WifiOutlined />)}
                    {generated(penalties.data?.generatedAt)}
                  </div>
                  {penalties.error ? <ErrorAlert error={penalties.error} onRetry={penalties.reload} />
                    : <PublicRecords kind="penalty" items={penalties.data?.items ?? []} order={penaltyFieldOrder} loading={penalties.loading} testId="public-penalties" />}
                </>
              ) },
              { key: 'risk', label: <span data-testid="public-tab-risk">{t('public.tab.risk')}</span>, children: (
                <>
                  <div className="public-feeds">{feedLink(publicFeeds.riskNoticesJson, t('public.feed.json'), 'feed-risk-json')}{generated(risk.data?.generatedAt)}</div>
                  {risk.error ? <ErrorAlert error={risk.error} onRetry={risk.reload} /> : risk.data ? <PublicRiskView data={risk.data} /> : <Loading />}
                </>
              ) },
              { key: 'draws', label: <span data-testid="public-tab-draws">{t('public.tab.draws')}</span>, children: (
                <>
                  <div className="public-feeds">{feedLink(publicFeeds.drawsJson, t('public.feed.json'), 'feed-draws-json')}{generated(draws.data?.generatedAt)}</div>
                  {draws.error ? <ErrorAlert error={draws.error} onRetry={draws.reload} /> : draws.data ? <PublicDrawsView items={draws.data.items ?? []} /> : <Loading />}
                </>
              ) },
            ]} />
        </Card>
      </main>
      <footer className="public-footer">{t('public.footer')}</footer>
    </div>
  );
}
