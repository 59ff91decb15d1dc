// The enforcement cases page (H6).
import { Result } from 'antd';

export function EnforcementPage() {
  return <Result status="info" title="EnforcementPage" />;
}
