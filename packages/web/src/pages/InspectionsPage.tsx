// The inspections page (H5: inspections list (mine for an inspector), new inspection).
import { Result } from 'antd';

export function InspectionsPage() {
  return <Result status="info" title="InspectionsPage" />;
}
