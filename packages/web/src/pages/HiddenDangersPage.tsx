// The hidden dangers page (H6: the list).
import { Result } from 'antd';

export function HiddenDangersPage() {
  return <Result status="info" title="HiddenDangersPage" />;
}
