// The enforcement case page (H6).
import { Result } from 'antd';

export function EnforcementCasePage() {
  return <Result status="info" title="EnforcementCasePage" />;
}
