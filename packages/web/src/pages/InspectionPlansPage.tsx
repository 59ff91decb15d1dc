// The inspection plans page (H5: yearly plans).
import { Result } from 'antd';

export function InspectionPlansPage() {
  return <Result status="info" title="InspectionPlansPage" />;
}
