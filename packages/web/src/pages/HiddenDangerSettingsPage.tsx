// The hidden-danger settings page (H6: major criteria, escalation, deadlines).
import { Result } from 'antd';

export function HiddenDangerSettingsPage() {
  return <Result status="info" title="HiddenDangerSettingsPage" />;
}
