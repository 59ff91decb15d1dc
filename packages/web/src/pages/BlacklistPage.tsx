// The blacklist page (H7).
import { Result } from 'antd';

export function BlacklistPage() {
  return <Result status="info" title="BlacklistPage" />;
}
