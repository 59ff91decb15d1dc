// The joint-punishment notices page (H7).
import { Result } from 'antd';

export function JointNoticesPage() {
  return <Result status="info" title="JointNoticesPage" />;
}
