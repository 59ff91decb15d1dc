// The checklist templates page (H5: templates per enterprise type).
import { Result } from 'antd';

export function ChecklistTemplatesPage() {
  return <Result status="info" title="ChecklistTemplatesPage" />;
}
