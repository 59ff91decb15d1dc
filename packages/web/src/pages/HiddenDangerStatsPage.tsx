// The hidden-danger statistics page (H6).
import { Result } from 'antd';

export function HiddenDangerStatsPage() {
  return <Result status="info" title="HiddenDangerStatsPage" />;
}
