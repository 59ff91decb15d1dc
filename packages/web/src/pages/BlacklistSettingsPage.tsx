// The blacklist settings page (H7: listing criteria, public fields).
import { Result } from 'antd';

export function BlacklistSettingsPage() {
  return <Result status="info" title="BlacklistSettingsPage" />;
}
