// The hidden danger page (H6: one finding, its loop and timeline).
import { Result } from 'antd';

export function HiddenDangerPage() {
  return <Result status="info" title="HiddenDangerPage" />;
}
