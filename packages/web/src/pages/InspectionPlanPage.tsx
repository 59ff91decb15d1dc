// The inspection plan page (H5: a plan with its 双随机 draws).
import { Result } from 'antd';

export function InspectionPlanPage() {
  return <Result status="info" title="InspectionPlanPage" />;
}
