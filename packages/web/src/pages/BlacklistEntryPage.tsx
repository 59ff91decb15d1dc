// The blacklist entry page (H7).
import { Result } from 'antd';

export function BlacklistEntryPage() {
  return <Result status="info" title="BlacklistEntryPage" />;
}
