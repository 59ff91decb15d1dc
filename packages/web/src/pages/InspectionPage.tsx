// The inspection page (H5: one inspection on a phone, offline).
import { Result } from 'antd';

export function InspectionPage() {
  return <Result status="info" title="InspectionPage" />;
}
