// The public portal page (H7: no login).
import { Result } from 'antd';

export function PublicPortalPage() {
  return <Result status="info" title="PublicPortalPage" />;
}
